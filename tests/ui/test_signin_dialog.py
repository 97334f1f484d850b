"""The sign-in dialog and the start-up sign-in (issue 9): a failed try keeps the dialog open
with the reason, Remember keeps the password in the keyring only, never in the settings
file or the log. The connection is a stand-in: the real one is tested in
tests/controllers/test_signin.py."""

from __future__ import annotations

import logging

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from casedesk.controllers import credentials, signin
from casedesk.models.migrations import DatabaseOpenError
from casedesk.ui import settings
from casedesk.ui.dialogs.signin_dialog import SignInDialog, sign_in
from tests.support import keyrings

SERVER = "postgresql://db.example.com/casedesk"
PASSWORD = "Rätt lösen@/:%"


class FakeServer:
    """signin.connect's stand-in: accepts one login with one password (or none)."""

    def __init__(self, login="asa", password=PASSWORD, error=None):
        self.login, self.password, self.error = login, password, error
        self.tries: list[tuple[str, str | None]] = []

    def __call__(self, url):
        parts = signin.parse(url)
        self.tries.append((parts.login, parts.password))
        server = signin.safe_text(url)
        if self.error is not None:
            raise self.error
        if parts.password != self.password:
            raise DatabaseOpenError("auth_failed", server=server)
        if parts.login != self.login:
            raise DatabaseOpenError("no_account", login=parts.login, server=server)
        return ("result", "session")


@pytest.fixture
def memory_keyring():
    with keyrings.use(keyrings.MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def no_keyring():
    with keyrings.use(keyring.backends.fail.Keyring()) as backend:
        yield backend


def _dialog(qtbot, server, prefs, **kw):
    dialog = SignInDialog(SERVER, server, prefs, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_password_keeps_the_dialog_open_with_the_password_selected(
        qtbot, prefs, memory_keyring):
    server = FakeServer()
    dialog = _dialog(qtbot, server, prefs, login="asa")
    assert dialog.server_label.text() == "db.example.com:5432/casedesk"
    dialog.password_edit.setText("fel")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert server.tries == [("asa", "fel")]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == ("The database server did not accept the sign-in: the "
                                         "login or the password is wrong.")
    assert dialog.password_edit.selectedText() == "fel"
    dialog.password_edit.setText(PASSWORD)
    assert dialog.try_sign_in()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome == ("result", "session")
    assert prefs.get(settings.LAST_LOGIN) == "asa"


def test_a_login_without_an_account_is_said_at_the_login(qtbot, prefs, memory_keyring):
    dialog = _dialog(qtbot, FakeServer(), prefs, login="kim")
    dialog.password_edit.setText(PASSWORD)
    assert not dialog.try_sign_in()
    assert dialog.error_label.text() == ("The login kim has no CaseDesk account in this "
                                         "database. Ask an administrator to add you.")
    assert dialog.login_edit.selectedText() == "kim"


def test_an_empty_login_is_asked_for_without_trying(qtbot, prefs, memory_keyring):
    server = FakeServer()
    dialog = _dialog(qtbot, server, prefs, login="")
    assert not dialog.try_sign_in()
    assert server.tries == []
    assert dialog.error_label.text() == "Login is required."


@pytest.mark.parametrize("error, text", [
    (DatabaseOpenError("unreachable", server="asa@db.example.com:5432/casedesk",
                       detail="Connection refused"),
     "The database server asa@db.example.com:5432/casedesk cannot be reached. Check the "
     "host and the port, and that the server is running. (Connection refused)"),
    (DatabaseOpenError("needs_migration", found=5, supported=6, server="x"),
     "The team database must be upgraded first: an administrator must run `casedesk admin "
     "migrate`. This version of CaseDesk needs schema 6, the database is at 5."),
    (DatabaseOpenError("newer", found=9, supported=6, server="x"),
     "The team database was made by a newer version of CaseDesk (schema 9; this version "
     "supports 6). Install the newer version to use it. Nothing was changed."),
    (DatabaseOpenError("no_schema", server="db:5432/casedesk"),
     "The database db:5432/casedesk is empty: it is not set up for CaseDesk yet. An "
     "administrator must run `casedesk admin init`."),
    (DatabaseOpenError("not_casedesk", server="db:5432/crm"),
     "The database db:5432/crm belongs to another program, not to CaseDesk. Nothing was "
     "changed."),
    (DatabaseOpenError("no_database", name="casedesk", server="x"),
     "There is no database called “casedesk” on the server. Check the database name."),
])
def test_every_bad_input_has_its_own_message(qtbot, prefs, memory_keyring, error, text):
    dialog = _dialog(qtbot, FakeServer(error=error), prefs, login="asa")
    dialog.password_edit.setText(PASSWORD)
    assert not dialog.try_sign_in()
    assert dialog.error_label.text() == text


def test_remember_keeps_the_password_in_the_keyring_only(qtbot, prefs, tmp_path,
                                                         memory_keyring, caplog):
    dialog = _dialog(qtbot, FakeServer(), prefs, login="asa")
    assert dialog.remember_check.isEnabled()
    dialog.remember_check.setChecked(True)
    dialog.password_edit.setText(PASSWORD)
    with caplog.at_level(logging.DEBUG):
        assert dialog.try_sign_in()
    assert memory_keyring.passwords == {
        ("CaseDesk", "asa@db.example.com:5432/casedesk"): PASSWORD}
    prefs.sync()
    stored = (tmp_path / "prefs.ini").read_bytes()
    assert b"asa" in stored  # the last login is kept …
    for form in (PASSWORD, "R%C3%A4tt", "Rätt", "lösen"):  # … the password never, in any form
        assert form.encode() not in stored
        assert form not in caplog.text


def test_unticking_remember_forgets_the_password(qtbot, prefs, memory_keyring):
    credentials.remember(SERVER, "asa", PASSWORD)
    dialog = _dialog(qtbot, FakeServer(), prefs, login="asa", remember=True)
    assert dialog.remember_check.isChecked()
    dialog.remember_check.setChecked(False)
    dialog.password_edit.setText(PASSWORD)
    assert dialog.try_sign_in()
    assert memory_keyring.passwords == {}


def test_without_a_keyring_remember_is_disabled_with_a_reason(qtbot, prefs, no_keyring):
    dialog = _dialog(qtbot, FakeServer(), prefs, login="asa", remember=True)
    assert not dialog.remember_check.isEnabled()
    assert not dialog.remember_check.isChecked()
    assert "keyring" in dialog.remember_check.toolTip()
    dialog.password_edit.setText(PASSWORD)
    assert dialog.try_sign_in()  # signing in works all the same


# -- sign_in at start-up -----------------------------------------------------------------------


class Runner:
    """Runs the dialog the way a person would: `steps` act on it, then it was accepted or
    not."""

    def __init__(self, qtbot, step=None):
        self.qtbot, self.step, self.dialogs = qtbot, step, []

    def __call__(self, dialog):
        self.qtbot.addWidget(dialog)
        self.dialogs.append(dialog)
        if self.step is None:
            return False  # Cancel
        return self.step(dialog)


def test_a_remembered_password_signs_in_without_the_dialog(qtbot, prefs, memory_keyring):
    credentials.remember(SERVER, "asa", PASSWORD)
    prefs.set(settings.LAST_LOGIN, "asa")
    server, runner = FakeServer(), Runner(qtbot)
    assert sign_in(SERVER, server, prefs, exec_dialog=runner) == ("result", "session")
    assert server.tries == [("asa", PASSWORD)] and runner.dialogs == []


def test_a_server_that_needs_no_password_is_not_asked_for_one(qtbot, prefs, memory_keyring):
    """Kerberos, a certificate or ~/.pgpass: the first try has no password and works."""
    server, runner = FakeServer(password=None), Runner(qtbot)
    assert sign_in("postgresql://asa@db.example.com/casedesk?sslmode=verify-full", server,
                   prefs, exec_dialog=runner) == ("result", "session")
    assert server.tries == [("asa", None)] and runner.dialogs == []


def test_the_dialog_asks_for_the_password_when_the_server_wants_one(qtbot, prefs,
                                                                    memory_keyring):
    def type_password(dialog):
        assert dialog.login_edit.text() == "asa"
        assert dialog.error_label.isHidden()  # wanting a password is not an error
        dialog.password_edit.setText(PASSWORD)
        return dialog.try_sign_in()

    server, runner = FakeServer(), Runner(qtbot, type_password)
    assert sign_in("postgresql://asa@db.example.com/casedesk", server, prefs,
                   exec_dialog=runner) == ("result", "session")
    assert server.tries == [("asa", None), ("asa", PASSWORD)]


def test_a_refused_remembered_password_opens_the_dialog_with_the_reason(qtbot, prefs,
                                                                       memory_keyring):
    credentials.remember(SERVER, "asa", "old password")
    runner = Runner(qtbot)
    assert sign_in("postgresql://asa@db.example.com/casedesk", FakeServer(), prefs,
                   exec_dialog=runner) is None  # canceled
    dialog = runner.dialogs[0]
    assert not dialog.error_label.isHidden() and "password is wrong" in dialog.error_label.text()
    assert dialog.remember_check.isChecked()


def test_a_password_in_the_url_is_used_as_it_is(qtbot, prefs, memory_keyring):
    server, runner = FakeServer(), Runner(qtbot)
    url = signin.server_url("db.example.com", None, "casedesk", "asa", PASSWORD)
    assert sign_in(url, server, prefs, exec_dialog=runner) == ("result", "session")
    assert server.tries == [("asa", PASSWORD)]
    assert memory_keyring.passwords == {}  # a script's password is not remembered


def test_the_login_defaults_to_the_last_one_then_the_os_login(qtbot, prefs, memory_keyring,
                                                              monkeypatch):
    from casedesk.controllers import admin

    monkeypatch.setattr(admin, "os_login", lambda: "oslogin")
    runner = Runner(qtbot)
    sign_in(SERVER, FakeServer(), prefs, exec_dialog=runner)
    assert runner.dialogs[-1].login_edit.text() == "oslogin"
    prefs.set(settings.LAST_LOGIN, "bo")
    sign_in(SERVER, FakeServer(), prefs, exec_dialog=runner)
    assert runner.dialogs[-1].login_edit.text() == "bo"


def test_an_unreachable_server_opens_the_dialog_with_the_reason_and_cancel_gives_none(
        qtbot, prefs, memory_keyring):
    error = DatabaseOpenError("unreachable", server="db.example.com:5432/casedesk",
                              detail="timeout expired")
    runner = Runner(qtbot)
    assert sign_in(SERVER, FakeServer(error=error), prefs, exec_dialog=runner) is None
    assert "cannot be reached" in runner.dialogs[0].error_label.text()


def test_the_dialog_speaks_swedish(qtbot, prefs, memory_keyring, english):
    dialog = _dialog(qtbot, FakeServer(), prefs, login="asa")
    dialog.password_edit.setText("fel")
    dialog.try_sign_in()
    english.switch("sv")
    assert dialog.windowTitle() == "Logga in i CaseDesk"
    assert dialog.sign_in_button.text() == "&Logga in"
    assert dialog.error_label.text() == ("Databasservern godtog inte inloggningen: "
                                         "inloggningsnamnet eller lösenordet är fel.")
    english.switch("en")
    assert dialog.windowTitle() == "Sign In to CaseDesk"
