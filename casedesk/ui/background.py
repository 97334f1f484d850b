"""Reads that may take a moment run on one worker thread, never on the GUI thread.

The worker keeps its own database connection (peewee's are per thread). Results come back to
the GUI thread through a queued Qt signal; a caller drops answers it no longer wants.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from casedesk.models import db

log = logging.getLogger(__name__)


class Reader(QObject):
    """submit(fn, on_done, on_error): fn() runs on the worker; the callbacks on the GUI thread."""

    _finished = Signal(object, object, object)  # callback, result, is_error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-read")
        self._finished.connect(self._deliver)
        self._closed = False

    def submit(self, fn: Callable, on_done: Callable, on_error: Callable | None = None) -> None:
        if self._closed:
            return

        def work():
            try:
                if db.obj is not None:
                    db.connect(reuse_if_open=True)
                result = fn()
            except Exception as exc:  # handed to on_error on the GUI thread
                log.exception("background read failed")
                self._finished.emit(on_error, exc, True)
            else:
                self._finished.emit(on_done, result, False)

        self._pool.submit(work)

    def _deliver(self, callback, result, is_error) -> None:
        if self._closed or callback is None:
            return
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
