"""The reader thread: answers arrive on the GUI thread; superseded work is dropped."""

import threading

import pytest

from casedesk.models import db
from casedesk.ui.background import Reader

# A query that runs for many seconds unless interrupted.
SLOW_SQL = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            "WHERE i < 500000000) SELECT count(*) FROM n")




@pytest.fixture
def reader(database):
    r = Reader()
    yield r
    r.close()  # before the database fixture closes the database


def test_answers_arrive_on_the_gui_thread(qtbot, reader):
    seen = []
    reader.submit(lambda: threading.current_thread().name,
                  lambda worker: seen.append((worker, threading.current_thread().name)))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0][0].startswith("casedesk-read")
    assert seen[0][1] == threading.main_thread().name


def test_a_newer_job_interrupts_the_running_one(qtbot, reader):
    started = threading.Event()
    answers, errors = [], []

    def slow():
        started.set()
        return db.execute_sql(SLOW_SQL).fetchone()[0]

    reader.submit(slow, lambda r: answers.append(("slow", r)), errors.append, key="list")
    assert started.wait(3)
    reader.submit(lambda: db.execute_sql("SELECT 42").fetchone()[0],
                  lambda r: answers.append(("fast", r)), errors.append, key="list")
    qtbot.waitUntil(lambda: bool(answers), timeout=4000)  # the slow query alone takes far longer
    assert answers == [("fast", 42)]
    assert errors == []


def test_errors_go_to_the_error_callback(qtbot, reader):
    errors = []
    reader.submit(lambda: db.execute_sql("SELECT * FROM no_such_table"), lambda r: None,
                  errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert "no_such_table" in str(errors[0])
