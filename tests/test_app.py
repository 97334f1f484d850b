"""The command line: options, and databases that cannot be opened are refused kindly."""

import os
import subprocess
import sys

import pytest

from casedesk import __version__, app
from casedesk.ui import prompts


def run_cli(*args, **env):
    return subprocess.run([sys.executable, "-m", "casedesk", *args], capture_output=True,
                          text=True, timeout=60, env={**os.environ, **env})


def test_version_and_help():
    out = run_cli("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"CaseDesk {__version__}"
    out = run_cli("--help")
    assert out.returncode == 0
    for option in ("--database URL", "--demo", "--lang {sv,en}", "--version", "--help"):
        assert option in out.stdout


def test_unknown_language_is_refused():
    out = run_cli("--lang", "de")
    assert out.returncode == 2 and "invalid choice" in out.stderr


@pytest.fixture
def shown(monkeypatch, qapp):
    messages = []
    monkeypatch.setattr(prompts, "error", lambda parent, text, details="": messages.append(text))
    return messages


def test_corrupt_database_gets_a_message_and_is_left_alone(tmp_path, shown):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 10)
    before = bad.read_bytes()
    assert app.main(["--database", f"sqlite:///{bad}", "--lang", "en"]) == 1
    assert shown == ["The file is not a CaseDesk database or it is damaged. It was not changed. "
                     "Restore a backup or choose another file."]
    assert bad.read_bytes() == before


def test_unknown_database_url_gets_a_message_in_swedish(shown):
    assert app.main(["--database", "mysql://somewhere/db", "--lang", "sv"]) == 2
    assert shown and shown[0].startswith("”mysql://somewhere/db” är inte en databasadress")
    app.main(["--database", "mysql://x/y", "--lang", "en"])


def test_bad_name_on_first_start_is_refused(tmp_path, shown):
    url = f"sqlite:///{tmp_path / 'new' / 'desk.db'}"
    assert app.main(["--database", url, "--name", "\x00", "--lang", "en"]) == 2
    assert shown == ["Name contains control characters that cannot be saved."]
    assert (tmp_path / "new" / "desk.db").exists()  # the missing folder was created


def test_the_whole_app_starts_on_a_demo_database_and_exits_cleanly(tmp_path):
    """app.py's own wiring (every controller, every page), as a user starts it."""
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    out = run_cli("--demo", "--name", "Åsa Öberg", "--lang", "sv", "--smoke-test", **env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "smoke test: opened CAS-" in out.stdout
    assert (tmp_path / "data" / "CaseDesk" / "demo.db").exists()
    log = (tmp_path / "state" / "CaseDesk" / "log" / "casedesk.log")
    assert "Traceback" not in (log.read_text() if log.exists() else "")
