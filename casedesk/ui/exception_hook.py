"""One exception hook: log the traceback, show a friendly dialog, keep running."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication

log = logging.getLogger("casedesk")


class ExceptionHook:
    def __init__(self, show_error) -> None:
        self._show_error = show_error  # (text, details) -> None
        self._showing = False
        self.last: BaseException | None = None
        #: (exception) -> bool: True when it was a lost database connection, which the window
        #: shows as its connection state (ui/live.py) instead of as an unexpected error
        self.connection_lost = None

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.last = exc
        if self.connection_lost is not None and self.connection_lost(exc):
            log.warning("database connection lost: %s", exc)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if self._showing:
            return
        self._showing = True
        try:
            text = QCoreApplication.translate(
                "ExceptionHook", "Something unexpected went wrong. Your saved work is safe; "
                "what you were doing may not have finished. The details were written to the "
                "log file.")
            self._show_error(text, details)
        finally:
            self._showing = False
