"""One CaseDesk per database: a second start brings the running window to the front.

The first instance on a database holds a QLockFile named after it (config.instance_lock_path)
and listens on a QLocalServer of the same key. A second one finds the lock held, connects,
sends "activate" and waits for "ok"; then it quits instead of opening the database twice.
A lock left behind by a crash names a process that no longer runs: it is taken over.
Everything here runs on the GUI thread.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QLockFile,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from casedesk import config

log = logging.getLogger(__name__)

#: claim(): this process now has the database to itself
FIRST = "first"
#: claim(): another CaseDesk has the database open and brought its window to the front
ACTIVATED = "activated"
#: claim(): another CaseDesk holds the database but did not answer (busy or hung)
NOT_ANSWERING = "not_answering"
#: claim(): the lock folder cannot be used; go on without the guard (logged)
UNAVAILABLE = "unavailable"

_ACTIVATE = b"activate"
_OK = b"ok"


class SingleInstance(QObject):
    """The guard of one database; `activation_requested` fires when a second start asks."""

    activation_requested = Signal()

    def __init__(self, url: str, parent: QObject | None = None):
        super().__init__(parent)
        self.lock_path = config.instance_lock_path(url)
        self.server_name = config.instance_server_name(url)
        self.window: QWidget | None = None  # brought to the front when asked
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # held for hours: only a dead holder makes it stale
        self._server: QLocalServer | None = None
        self.activation_requested.connect(self.bring_to_front)

    def claim(self, timeout_ms: int = 3000) -> str:
        """FIRST, ACTIVATED, NOT_ANSWERING or UNAVAILABLE (see the constants). Waits at most
        timeout_ms for a running instance to answer; runs the event loop meanwhile."""
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no single-instance lock (folder %s: %s)", self.lock_path.parent, exc)
            return UNAVAILABLE
        deadline = QDeadlineTimer(timeout_ms)
        while True:
            if self._lock.tryLock(0):
                self._listen()
                return FIRST
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                log.warning("no single-instance lock (%s: %s)", self.lock_path,
                            self._lock.error().name)
                return UNAVAILABLE
            if self._ask_to_activate(deadline):
                log.info("CaseDesk already runs on this database (process %s): activated it",
                         self.holder_pid())
                return ACTIVATED
            if deadline.hasExpired():
                log.warning("CaseDesk process %s holds %s but does not answer",
                            self.holder_pid(), self.lock_path)
                return NOT_ANSWERING
            _wait_until(lambda: False, QDeadlineTimer(50))  # it may be starting or quitting

    def holder_pid(self) -> int | None:
        """The process that holds the lock (when this one does not)."""
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app); no pid when none
        pid = info[0] if isinstance(info, tuple) and info else 0
        return pid if isinstance(pid, int) and pid > 0 else None

    def release(self) -> None:
        """Stop answering and give the database up (safe to call twice)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()

    def bring_to_front(self) -> None:
        """Show the main window (and a dialog open over it) on top, not minimized."""
        log.info("another start on this database: bringing the window to the front")
        for widget in (self.window, QApplication.activeModalWidget()):
            if widget is None:
                continue
            widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
            widget.show()
            widget.raise_()
            widget.activateWindow()

    # the first instance: answer the others ------------------------------------------------

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A socket file left by a crash: ours, since we hold the lock.
        QLocalServer.removeServer(self.server_name)
        if not server.listen(self.server_name):
            log.warning("single instance: cannot listen on %s: %s", self.server_name,
                        server.errorString())
            server.deleteLater()
            return
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def _on_new_connection(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()):
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()).strip() == _ACTIVATE:
                socket.write(_OK + b"\n")
                socket.flush()
                self.activation_requested.emit()

    # a second instance: ask the first ------------------------------------------------------

    def _ask_to_activate(self, deadline: QDeadlineTimer) -> bool:
        """True when the running instance answered "ok" before the deadline."""
        socket = QLocalSocket()
        try:
            socket.connectToServer(self.server_name)
            connected = _wait_until(
                lambda: socket.state() != QLocalSocket.LocalSocketState.ConnectingState,
                deadline) and socket.state() == QLocalSocket.LocalSocketState.ConnectedState
            if not connected:
                return False
            _allow_to_take_focus(self.holder_pid())
            socket.write(_ACTIVATE + b"\n")
            socket.flush()
            answered = _wait_until(
                lambda: socket.canReadLine()
                or socket.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                deadline)
            return answered and socket.canReadLine() and \
                bytes(socket.readLine().data()).strip() == _OK
        finally:
            socket.abort()


def _allow_to_take_focus(pid: int | None) -> None:
    """Windows lets only the foreground process (this one: the user just started it) bring a
    window forward; pass that right on to the running CaseDesk. Elsewhere nothing to do."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid or 0xFFFFFFFF)  # ASFW_ANY
    except (AttributeError, OSError):  # pragma: no cover - best effort
        pass


def _wait_until(predicate, deadline: QDeadlineTimer) -> bool:
    """Run the event loop until predicate() holds (True) or the deadline passes (False)."""
    tick = QTimer()
    tick.start(10)  # wakes the loop to look at the predicate and the clock
    try:
        while not predicate():
            if deadline.hasExpired():
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        tick.stop()


def not_answering_text(database: str) -> str:
    """The message for a CaseDesk that holds the database but does not answer."""
    return QCoreApplication.translate(
        "SingleInstance", "CaseDesk is already running with the database %1, but it does not "
        "answer. It may be busy: wait a moment and start CaseDesk again. If it still does "
        "not answer, close that CaseDesk (or end it in the task manager) and try again."
    ).replace("%1", database)
