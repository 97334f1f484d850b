"""A data folder CaseDesk cannot use is a clear message and exit code 1, never a traceback.

Tests run as root, for whom chmod does not stop a write: like the database checks, CaseDesk
looks at the write bits, so a folder made read-only with chmod counts as one here too.
"""

import errno
import os
import stat
import subprocess
import sys
import tempfile

import pytest

from casedesk import app, config
from casedesk.ui import prompts


@pytest.fixture
def shown(monkeypatch, qapp):
    messages = []
    monkeypatch.setattr(prompts, "error", lambda parent, text, details="": messages.append(text))
    return messages


@pytest.fixture
def read_only(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    yield folder
    folder.chmod(stat.S_IRWXU)


def start(*args):
    return app.main(["--name", "Åsa Öberg", "--lang", "en", *args])


def test_a_file_where_the_data_folder_should_be(tmp_path, monkeypatch, shown):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert start() == 1
    assert shown == [
        f"CaseDesk cannot use its data folder {blocker / 'CaseDesk'}. {blocker} is a file, not "
        "a folder. Ask your administrator, or start CaseDesk with --database "
        "sqlite:///another/place/casedesk.db."]
    assert blocker.read_text() == "a file"


def test_a_data_folder_that_cannot_be_created(read_only, monkeypatch, shown):
    monkeypatch.setenv("XDG_DATA_HOME", str(read_only))
    assert start("--demo") == 1
    assert shown == [
        f"CaseDesk cannot use its data folder {read_only / 'CaseDesk'}. You are not allowed to "
        "create or change files there (permission denied). Ask your administrator, or start "
        "CaseDesk with --database sqlite:///another/place/casedesk.db."]
    assert list(read_only.iterdir()) == []  # nothing was created


def test_a_data_folder_that_exists_but_is_read_only(tmp_path, monkeypatch, shown):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    folder = tmp_path / "CaseDesk"
    folder.mkdir(mode=0o555)
    try:
        assert start() == 1
        assert shown and shown[0].startswith(f"CaseDesk cannot use its data folder {folder}. "
                                             "You are not allowed")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_chosen_database_in_a_folder_that_cannot_be_made(read_only, shown):
    target = read_only / "team" / "desk.db"
    assert start("--database", config.sqlite_url(target)) == 1
    assert shown and shown[0].startswith(
        f"CaseDesk cannot use the folder {target.parent} for its database. You are not allowed")
    assert list(read_only.iterdir()) == []


def test_a_full_disk_is_named_and_leaves_no_folder_behind(tmp_path, monkeypatch, shown):
    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(tempfile, "TemporaryFile", no_space)
    assert start() == 1
    assert shown == [
        f"CaseDesk cannot use its data folder {tmp_path / 'data' / 'CaseDesk'}. The disk is "
        "full. Make room on the disk, or start CaseDesk with --database "
        "sqlite:///another/place/casedesk.db."]
    assert not (tmp_path / "data").exists()  # the folders made for the check are gone


def test_a_usable_folder_is_made_and_left_clean(tmp_path):
    folder = tmp_path / "a" / "b"
    assert config.ensure_database_folder(config.sqlite_url(folder / "x.db")) == folder
    assert folder.is_dir() and list(folder.iterdir()) == []  # the write probe left nothing
    assert config.ensure_database_folder("postgresql://db.example.com/team") is None


def test_the_installed_app_says_why_on_stderr_and_exits(tmp_path):
    """As `casedesk --smoke-test` on a workstation: no message box to hang on, no traceback,
    even when the log folder cannot be made either (the log goes to stderr then)."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(blocker),
           "XDG_STATE_HOME": str(blocker), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-m", "casedesk", "--smoke-test", "--name", "Test",
                          "--lang", "en"], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 1
    assert f"CaseDesk cannot use its data folder {blocker / 'CaseDesk'}." in out.stderr
    assert "Traceback" not in out.stderr
    assert blocker.read_text() == ""
