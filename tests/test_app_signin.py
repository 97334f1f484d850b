"""The app on a team database (issue 9): `--database postgresql://…` signs a person in with
their own login; a refused password keeps asking until it works or the person cancels.
Collected only when the test server is there (CASEDESK_TEST_POSTGRES)."""

from __future__ import annotations

import os
import subprocess
import sys
from urllib.parse import urlparse

import pytest

from casedesk.controllers import admin, signin
from casedesk.controllers.session import Session
from casedesk.models import db
from casedesk.models.migrations import open_database
from tests.support import postgres

PASSWORD = "Kims lösen@/:%"



def postgres_only(test):
    """Collected only when the test server is there; never a skipped test."""
    return test if postgres.server_url() else None


def _team_database():
    """A CaseDesk database on the test server with an agent login `kim` of its own."""
    from psycopg import sql

    url = postgres.new_database()
    result = open_database(url, backups_dir=None)
    session = Session(result.database)
    admin.create_first_user(session, "Åsa Öberg", "asa")
    login = f"cd_app_kim_{os.getpid()}"
    admin.create_user(session, "Kim Nordin", login)
    result.database.close()
    db.initialize(None)
    with postgres.admin_connection() as con:
        con.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))
        con.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(login), sql.Literal(PASSWORD)))
        con.execute(sql.SQL("GRANT casedesk_agent TO {}").format(sql.Identifier(login)))
    return url, login


@pytest.fixture
def team():
    url, login = _team_database()
    server = urlparse(url)
    yield server, server.path.lstrip("/"), login
    postgres.drop_database(url)
    from psycopg import sql

    with postgres.admin_connection() as con:
        con.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))


@postgres_only
def test_a_script_signs_in_with_the_password_in_the_url(team, tmp_path):
    server, name, login = team
    url = signin.server_url(server.hostname, server.port, name, login, PASSWORD)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    out = subprocess.run([sys.executable, "-m", "casedesk", "--database", url, "--lang", "en",
                          "--smoke-test"], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    shown = f"{login}@{server.hostname}:{server.port}/{name}"
    assert f"database {shown}" in out.stdout
    log = (tmp_path / "state" / "CaseDesk" / "log" / "casedesk.log").read_text()
    assert f"signed in to {shown} as {login}" in log
    for text in (out.stdout, out.stderr, log):
        assert "lösen" not in text and "l%C3%B6sen" not in text and "Traceback" not in text
    assert not (tmp_path / "data" / "CaseDesk" / "casedesk.db").exists()  # no local file


@postgres_only
def test_a_refused_password_asks_again_and_cancel_quits(team, qapp, monkeypatch):
    from casedesk import app
    from casedesk.ui import prompts
    from casedesk.ui.dialogs.signin_dialog import SignInDialog

    server, name, login = team
    url = signin.server_url(server.hostname, server.port, name, login, "wrong")
    seen = []

    def person(dialog):
        seen.append(dialog.error_label.text())
        if len(seen) == 1:  # tries another wrong password, then gives up
            dialog.password_edit.setText("also wrong")
            assert not dialog.try_sign_in()
            seen.append(dialog.error_label.text())
        return SignInDialog.DialogCode.Rejected

    monkeypatch.setattr(SignInDialog, "exec", person)
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, text, details="": errors.append(text))
    assert app.main(["--database", url, "--lang", "en"]) == 0
    refused = ("The database server did not accept the sign-in: the login or the password is "
               "wrong.")
    assert seen == [refused, refused] and errors == []
    assert db.obj is None  # nothing stays open
