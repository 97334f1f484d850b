"""Reads that may take a moment run on one worker thread, never on the GUI thread.

The worker keeps its own database connection (peewee's are per thread). Results come back to
the GUI thread through a queued Qt signal. Jobs submitted with the same `key` supersede each
other: a queued older job is skipped, and a running one is aborted (on SQLite, a progress
handler stops any statement of a job that is no longer current), so typing in a filter over
a million cases never waits for answers nobody wants any more.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from peewee import OperationalError
from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

from casedesk.controllers.connectivity import is_connection_lost
from casedesk.models import db
from casedesk.models.db import is_sqlite

log = logging.getLogger(__name__)


def _connection_lost(exc: BaseException) -> None:
    """On the GUI thread: the connection banner instead of the job's error handler (the
    lists load again when the connection is back)."""
    from casedesk.ui.live import report_connection_lost

    report_connection_lost(exc)


class Reader(QObject):
    """submit(fn, on_done, on_error, key=): fn() on the worker; callbacks on the GUI thread."""

    _finished = Signal(object, object, object)  # callback, result, owner

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-read")
        self._finished.connect(self._deliver)
        self._closed = False
        self._lock = threading.Lock()
        self._latest: dict[str, int] = {}  # key → the newest job's token
        self._running: tuple[str, int] | None = None
        self._watched = set()  # ids of worker connections with our progress handler

    def _current(self, key: str | None, token: int) -> bool:
        with self._lock:
            return key is None or self._latest.get(key) == token

    def submit(self, fn: Callable, on_done: Callable, on_error: Callable | None = None, *,
               key: str | None = None, owner: QObject | None = None) -> None:
        """`owner`: the widget the answer is for; no answer is delivered once it is deleted."""
        if self._closed:
            return
        with self._lock:
            token = self._latest.get(key, 0) + 1 if key else 0
            if key:
                self._latest[key] = token

        def work():
            if not self._current(key, token):
                return  # superseded while it waited
            for attempt in (1, 2):
                try:
                    if db.obj is not None:
                        db.connect(reuse_if_open=True)
                        if is_sqlite():
                            self._watch(db.connection())
                    with self._lock:
                        self._running = (key, token) if key else None
                    result = fn()
                except OperationalError as exc:
                    if "interrupted" in str(exc):
                        if self._current(key, token) and attempt == 1:
                            continue  # interrupted by a race with another key: once more
                        return
                    self._fail(on_error, exc, owner)
                    return
                except Exception as exc:  # handed to on_error on the GUI thread
                    self._fail(on_error, exc, owner)
                    return
                finally:
                    with self._lock:
                        self._running = None
                if self._current(key, token):
                    self._finished.emit(on_done, result, owner)
                return

        self._pool.submit(work)

    def _watch(self, connection) -> None:
        """Abort the statements of a superseded job (checked every few thousand steps)."""
        if id(connection) not in self._watched:
            connection.set_progress_handler(self._superseded, 5000)
            self._watched.add(id(connection))

    def _superseded(self) -> bool:
        running = self._running
        return running is not None and not self._current(*running)

    def _fail(self, on_error, exc, owner) -> None:
        if is_connection_lost(exc):  # not the job's fault: the window says so and retries
            log.warning("background read: database connection lost: %s", exc)
            self._finished.emit(_connection_lost, exc, None)
            return
        log.exception("background read failed", exc_info=exc)
        self._finished.emit(on_error, exc, owner)

    def _deliver(self, callback, result, owner) -> None:
        if self._closed or callback is None:
            return
        if owner is not None and not Shiboken.isValid(owner):
            return  # the widget that asked is gone
        callback(result)

    def close(self) -> None:
        """Stop taking work; wait for what runs and close the worker's connection."""
        if self._closed:
            return
        self._closed = True

        def close_connection():
            if db.obj is not None and not db.is_closed():
                db.close()

        self._pool.submit(close_connection)
        self._pool.shutdown(wait=True)
