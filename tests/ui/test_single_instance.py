"""One CaseDesk per database: a second start brings the first window to the front."""

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QWidget

from casedesk import config
from casedesk.models.db import sqlite_url
from casedesk.ui.single_instance import (
    ACTIVATED,
    FIRST,
    NOT_ANSWERING,
    UNAVAILABLE,
    SingleInstance,
    not_answering_text,
)


@pytest.fixture
def guards(qapp):
    """SingleInstance objects made by a test, all released at its end."""
    made = []

    def make(url):
        made.append(SingleInstance(url))
        return made[-1]

    yield make
    for guard in made:
        guard.release()


def test_a_second_start_activates_the_first(tmp_path, qtbot, guards):
    url = sqlite_url(tmp_path / "desk.db")
    first, second = guards(url), guards(url)
    assert first.claim() == FIRST
    assert first.lock_path.exists()
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    first.window = window
    with qtbot.waitSignal(first.activation_requested, timeout=2000):
        assert second.claim() == ACTIVATED
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert second.holder_pid() == os.getpid()


def test_the_database_is_free_again_after_release(tmp_path, guards):
    url = sqlite_url(tmp_path / "desk.db")
    first = guards(url)
    assert first.claim() == FIRST
    first.release()
    first.release()  # twice is harmless
    assert guards(url).claim() == FIRST


def test_different_databases_do_not_block_each_other(tmp_path, guards):
    assert guards(sqlite_url(tmp_path / "a.db")).claim() == FIRST
    assert guards(sqlite_url(tmp_path / "b.db")).claim() == FIRST
    assert guards("postgresql://db.example.com/team").claim() == FIRST
    assert guards("postgresql://db.example.com/other").claim() == FIRST


def test_a_holder_that_does_not_answer_is_reported(tmp_path, guards):
    url = sqlite_url(tmp_path / "desk.db")
    guard = guards(url)
    guard.lock_path.parent.mkdir(parents=True, exist_ok=True)
    hung = QLockFile(str(guard.lock_path))  # holds the lock, runs no server
    assert hung.tryLock(0)
    started = time.monotonic()
    try:
        assert guard.claim(timeout_ms=300) == NOT_ANSWERING
    finally:
        hung.unlock()
    assert time.monotonic() - started < 2
    assert "does not answer" in not_answering_text("desk.db")


def test_no_lock_folder_means_no_guard_not_no_casedesk(tmp_path, monkeypatch, guards):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert guards(sqlite_url(tmp_path / "desk.db")).claim() == UNAVAILABLE


_CRASH = """
import os, sys
from PySide6.QtCore import QCoreApplication
from casedesk.ui.single_instance import FIRST, SingleInstance
app = QCoreApplication([])
guard = SingleInstance(sys.argv[1])
assert guard.claim() == FIRST
os._exit(0)  # a crash: the lock file and the socket stay behind
"""


def test_a_lock_left_by_a_crash_is_taken_over(tmp_path, guards):
    url = sqlite_url(tmp_path / "desk.db")
    done = subprocess.run([sys.executable, "-c", _CRASH, url], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert config.instance_lock_path(url).exists()  # stale: its process is gone
    first, second = guards(url), guards(url)
    assert first.claim(timeout_ms=1000) == FIRST
    assert second.claim(timeout_ms=1000) == ACTIVATED  # the new server answers


def test_the_key_names_the_database_not_its_spelling(tmp_path):
    (tmp_path / "sub").mkdir()
    same = [sqlite_url(tmp_path / "desk.db"), sqlite_url(tmp_path / "sub" / ".." / "desk.db")]
    (tmp_path / "link").symlink_to(tmp_path)
    same.append(sqlite_url(tmp_path / "link" / "desk.db"))
    assert len({config.instance_key(url) for url in same}) == 1
    assert config.instance_key(same[0]) != config.instance_key(sqlite_url(tmp_path / "x.db"))
    server = {config.instance_key(url) for url in (
        "postgresql://asa@db.example.com/team", "postgresql://asa:secret@db.example.com/team",
        "postgres://asa:other@DB.example.com:5432/team")}
    assert len(server) == 1
    assert config.instance_key("postgresql://asa@db.example.com:6543/team") not in server
    assert "secret" not in config.database_identity(
        "postgresql://asa:secret@db.example.com/team?password=secret")
    assert config.instance_lock_path(same[0]).parent == config.locks_dir()


def test_two_real_starts_on_one_database(tmp_path):
    """The installed app, twice: the second start hands over to the first and exits 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           **{var: str(tmp_path / var.lower()) for var in (
               "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")}}
    args = [sys.executable, "-m", "casedesk", "--database",
            sqlite_url(tmp_path / "x.db"), "--name", "Test", "--lang", "en"]
    locks = tmp_path / "xdg_cache_home" / "CaseDesk" / "locks"
    first = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not list(locks.glob("*.lock")):
            assert first.poll() is None, "the first CaseDesk ended"
            assert time.monotonic() < deadline, "the first CaseDesk took no lock"
            time.sleep(0.05)
        started = time.monotonic()
        second = subprocess.run(args, env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr[-2000:]
        assert time.monotonic() - started < 10
        assert "CaseDesk is already running with" in second.stdout
        assert first.poll() is None  # the first one goes on
        log = (tmp_path / "xdg_state_home" / "CaseDesk" / "log" / "casedesk.log").read_text()
        assert "bringing the window to the front" in log  # the first one's slot ran
        assert "Traceback" not in log
    finally:
        first.terminate()
        first.wait(timeout=30)

