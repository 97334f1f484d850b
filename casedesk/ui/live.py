"""Live refresh and connection loss in the window (issue 9).

* `LiveRefresh` publishes what colleagues changed on the session's event bus, with
  `remote=True` and `who={record id: person}` in the payload, so open lists and forms follow:
  on SQLite a `DataVersionWatcher` polled every second on the GUI thread (its connection is
  the one `PRAGMA data_version` must ask); on PostgreSQL a `NotifyListener` thread whose
  bursts come to the GUI thread through a queued signal.
* `ConnectionMonitor` knows whether the database is there. Anything that meets a lost
  connection reports it (`report_connection_lost(exc)`: the exception hook, a form's Save, the
  watcher); the monitor then probes every 2 seconds off the GUI thread and, once the database
  answers, reconnects the GUI thread's connection and asks the lists to look again.
* `ConnectionBanner` says so above the pages: "Connection to the server lost — retrying…",
  then "Reconnected".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from shiboken6 import Shiboken

from casedesk.controllers import connectivity, events
from casedesk.controllers import live as live_changes
from casedesk.models.db import is_sqlite
from casedesk.ui.widgets.banner import Banner

log = logging.getLogger(__name__)

POLL_MS = 1000  # SQLite: how often data_version is asked
PROBE_MS = 2000  # while the connection is lost: how often the database is tried

_monitor: ConnectionMonitor | None = None


def report_connection_lost(exc: BaseException | None) -> bool:
    """True when `exc` is a lost connection; the window's monitor (when there is one) then
    says so and retries. Callers keep what the user typed and do not show an error."""
    if not connectivity.is_connection_lost(exc):
        return False
    monitor = _monitor
    if monitor is not None and Shiboken.isValid(monitor):
        monitor.report(exc)
    return True


class ConnectionMonitor(QObject):
    """Online, or lost and retrying. `probe()` raises while the database is gone; it runs on
    a short-lived worker thread, never on the GUI thread (a server that does not answer can
    take the connect timeout). `restore()` runs on the GUI thread once a probe succeeded."""

    lost = Signal()
    restored = Signal()
    _probed = Signal(object)  # None when the probe succeeded, else the exception

    def __init__(self, probe: Callable[[], None], restore: Callable[[], None] | None = None,
                 *, interval_ms: int = PROBE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._probe = probe
        self._restore = restore
        self.online = True
        self.last_error: BaseException | None = None
        self._probing = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.probe_now)
        self._probed.connect(self._probe_done)
        self.on_restored: list[Callable[[], None]] = []

    def install(self) -> ConnectionMonitor:
        """Make this the monitor `report_connection_lost` tells."""
        global _monitor
        _monitor = self
        return self

    def uninstall(self) -> None:
        global _monitor
        if _monitor is self:
            _monitor = None
        self._timer.stop()

    def report(self, exc: BaseException | None = None) -> None:
        """The connection is gone (again): say so and keep trying."""
        self.last_error = exc
        if self.online:
            log.warning("database connection lost%s", f": {exc}" if exc else "")
            self.online = False
            self.lost.emit()
        if not self._timer.isActive():
            self._timer.start()

    def probe_now(self) -> None:
        """Try the database now (off the GUI thread); nothing when a try is under way."""
        if self._probing:
            return
        self._probing = True
        probe, done = self._probe, self._probed

        def run() -> None:
            try:
                probe()
            except Exception as exc:  # noqa: BLE001 - still gone: handed to the GUI thread
                done.emit(exc)
            else:
                done.emit(None)

        threading.Thread(target=run, name="casedesk-probe", daemon=True).start()

    def _probe_done(self, error) -> None:
        self._probing = False
        if self.online:
            return
        if error is None and self._restore is not None:
            try:
                self._restore()
            except Exception as exc:  # noqa: BLE001 - not usable yet: keep trying
                error = exc
        if error is not None:
            self.last_error = error
            return
        log.info("database connection restored")
        self._timer.stop()
        self.online = True
        self.restored.emit()
        for callback in list(self.on_restored):
            callback()


class LiveRefresh(QObject):
    """Publishes colleagues' changes on `session.events` (see the module docstring)."""

    _changes = Signal(object)  # list[Change], from the listener thread
    _state = Signal(bool, bool)  # connected, resumed, from the listener thread

    def __init__(self, session, database, monitor: ConnectionMonitor | None = None, *,
                 listener_factory=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.database = database
        self.monitor = monitor
        self.watcher = None
        self.listener = None
        self._names: dict[str, str] = {}
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._changes.connect(self._publish_changes)
        self._state.connect(self._listener_state)
        if monitor is not None:
            monitor.on_restored.append(self.resync)
        if is_sqlite(database):
            self.watcher = live_changes.DataVersionWatcher(database)
        else:
            factory = listener_factory or live_changes.NotifyListener
            self.listener = factory(params=live_changes.connect_params(database),
                                    on_changes=self._changes.emit, on_state=self._state.emit)

    def start(self) -> LiveRefresh:
        if self.watcher is not None:
            self._timer.start()
        if self.listener is not None:
            self.listener.start()
        return self

    def stop(self) -> None:
        self._timer.stop()
        if self.listener is not None:
            self.listener.stop()

    # -- SQLite --------------------------------------------------------------------------

    def poll(self) -> None:
        """Ask data_version (GUI thread); publish what others committed."""
        if self.watcher is None or (self.monitor is not None and not self.monitor.online):
            return
        try:
            found = self.watcher.poll()
        except Exception as exc:
            if not report_connection_lost(exc):
                raise
            return
        self.publish(found)

    # -- PostgreSQL ----------------------------------------------------------------------

    def _publish_changes(self, changes) -> None:
        own = set()
        if not self.database.is_closed():
            pid = live_changes.backend_pid(self.database)
            if pid is not None:
                own.add(pid)
        logins = {c.login for c in changes if c.login and c.login not in self._names}
        if logins:
            try:
                self._names.update(live_changes.display_names(logins))
            except Exception as exc:  # noqa: BLE001 - names are a nicety: logins will do
                log.info("live refresh: no names for %s: %s", sorted(logins), exc)
        self.publish(live_changes.events_from_notifications(changes, own, self._names))

    def _listener_state(self, connected: bool, resumed: bool) -> None:
        if not connected:
            if self.monitor is not None:
                self.monitor.report(None)
            return
        if resumed:
            if self.monitor is not None and not self.monitor.online:
                self.monitor.probe_now()  # the monitor reconnects and resyncs
            else:
                self.resync()

    # -- both ----------------------------------------------------------------------------

    def publish(self, found) -> None:
        bus = self.session.events
        for name, payload in found:
            bus.publish(name, **payload)

    def resync(self) -> None:
        """After a gap (reconnected): what was missed is unknown, so everything looks again."""
        if self.watcher is not None:
            try:
                self.watcher = live_changes.DataVersionWatcher(self.database)
            except Exception as exc:
                if not report_connection_lost(exc):
                    raise
                return
        self.publish([(events.DATA_RESET, {"remote": True})])


class ConnectionBanner(Banner):
    """The monitor's state above the pages of the main window."""

    RESTORED_MS = 5000  # how long "Reconnected" stays

    def __init__(self, monitor: ConnectionMonitor, *, server: bool, parent=None) -> None:
        super().__init__("connectionBanner", parent, closable=False)
        self.monitor = monitor
        self.server = server
        self.state = "online"
        monitor.lost.connect(self._lost)
        monitor.restored.connect(self._restored)

    def _lost(self) -> None:
        self.state = "lost"
        self.render()

    def _restored(self) -> None:
        self.state = "restored"
        self.render()

    def render(self) -> None:
        if self.state == "lost":
            text = (self.tr("Connection to the server lost — retrying… Unsaved changes in "
                            "open forms are kept; save them when the connection is back.")
                    if self.server else
                    self.tr("The database file cannot be reached — retrying… Unsaved changes "
                            "in open forms are kept; save them when it is back."))
            self.show_message(text, "warning", [("connectionRetryButton", self.tr("Retry Now"),
                                                 self.monitor.probe_now)])
        elif self.state == "restored":
            self.show_message(self.tr("Reconnected. Lists and forms show the latest data."),
                              "success", timeout_ms=self.RESTORED_MS)
        else:
            self.hide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.render()


class Live(QObject):
    """What `install` wired: the monitor, the refresher and the banner."""

    def __init__(self, monitor: ConnectionMonitor, refresh: LiveRefresh,
                 banner: ConnectionBanner, parent=None) -> None:
        super().__init__(parent)
        self.monitor, self.refresh, self.banner = monitor, refresh, banner

    def stop(self) -> None:
        self.refresh.stop()
        self.monitor.uninstall()


def install(window, session, database, *, probe: Callable[[], None] | None = None) -> Live:
    """Live refresh and the connection banner for the main window (app.py)."""
    def restore() -> None:
        connectivity.ensure_connection(database)  # the GUI thread's connection
        reader = getattr(window, "reader", None)
        if reader is not None:  # the reader thread's, before its next job needs it
            reader.submit(lambda: connectivity.ensure_connection(database), lambda _r: None)

    monitor = ConnectionMonitor(probe or (lambda: connectivity.probe_fresh(database)),
                                restore, parent=window).install()
    refresh = LiveRefresh(session, database, monitor, parent=window).start()
    banner = ConnectionBanner(monitor, server=not is_sqlite(database))
    window.add_banner(banner)
    return Live(monitor, refresh, banner, parent=window)
