"""Apply Routing Rule (SPEC §2.12; Swedish "Tillämpa hanteringsregel"): the selected cases are
routed by the active rule set, each as Route Case would. The work (routing.apply_routing) runs
on a worker thread with its own database connection, never on the GUI thread; a progress bar
shows "n of N" and Cancel stops after the case being routed. At the end a summary lists each
case and where it went (queue, owner, or unchanged) with the counts. Window-modal; opened with
open().

Threading: `_work` runs on the dialog's worker thread and talks to the GUI thread only through
the queued signals of `_WorkerSignals`.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from casedesk.controllers.errors import CaseDeskError
from casedesk.controllers.events import EventBus
from casedesk.models import db
from casedesk.models.options import RuleAction
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.close_case_dialog import error_label
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message

#: how often the worker reports progress at most (seconds)
PROGRESS_INTERVAL = 0.05
#: the dialog's height once the summary shows (it grows to it, never shrinks)
SUMMARY_HEIGHT = 480


def outcome(result) -> str:
    """"queue", "owner", "unchanged" or "refused": what routing did to a case."""
    if getattr(result, "error", None):
        return "refused"
    if result.matched_item is None or result.action is None:
        return "unchanged"
    return "queue" if int(result.action) == RuleAction.ROUTE_TO_QUEUE else "owner"


class RoutingSummaryModel(QAbstractTableModel):
    """The results: Case Number, Routed To, Rule Item (one row per case, in routing order)."""

    NUMBER, ROUTED_TO, RULE_ITEM = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._results: list = []

    def set_results(self, results) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result(self, row: int):
        return self._results[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NUMBER:
                return str(result.number or "")
            if column == self.ROUTED_TO:
                return self.routed_to(result)
            return str(result.matched_item or "")
        if role == Qt.ItemDataRole.DecorationRole and column == self.ROUTED_TO:
            return icon({"queue": "kind_queue", "owner": "assign", "unchanged": "unchanged",
                         "refused": "field_error"}[outcome(result)])
        return None

    def routed_to(self, result) -> str:
        kind = outcome(result)
        if kind == "unchanged":
            return self.tr("Unchanged")
        if kind == "refused":
            reason = {"not_active": self.tr("the case is not active"),
                      "not_found": self.tr("the case no longer exists")}.get(
                result.error, result.error)
            return self.tr("Not routed: %1").replace("%1", str(reason))
        if kind == "queue":
            return self.tr("Queue: %1").replace("%1", str(result.target or ""))
        return self.tr("Owner: %1").replace("%1", str(result.target or ""))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.NUMBER: self.tr("Case Number"), self.ROUTED_TO: self.tr("Routed To"),
                self.RULE_ITEM: self.tr("Rule Item")}.get(section)

    def retranslate(self) -> None:
        if self._results:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._results) - 1, 2))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)


class _HeldEvents(EventBus):
    """What the controller announces on the worker thread, kept to be published on the GUI
    thread (subscribers are widgets)."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[str, dict]] = []
        self._lock = threading.Lock()

    def publish(self, name: str, **payload) -> None:
        with self._lock:
            self.held.append((name, payload))

    def take(self) -> list[tuple[str, dict]]:
        with self._lock:
            held, self.held = self.held, []
        return held


class _WorkerSignals(QObject):
    """Lives on the GUI thread; the worker emits, the dialog receives (queued)."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class ApplyRoutingDialog(BaseDialog):
    """Apply Routing Rule to `case_ids`. Route starts it (or `start()`); `results` holds the
    RouteResults once done (also when canceled: the cases routed so far);
    `finished_work(results)` is emitted then."""

    geometry_key = "apply_routing"
    finished_work = Signal(object)

    READY, RUNNING, DONE = range(3)

    def __init__(self, session, routing, case_ids, prefs=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("applyRoutingDialog")
        self.session = session
        self.routing = routing
        self.case_ids = list(case_ids)
        self.results: list | None = None
        self.phase = self.READY
        self.canceled = False
        self.failure: Exception | None = None
        self._cancel = threading.Event()
        self._close_when_done = False
        self._done_count = 0
        self._pool: ThreadPoolExecutor | None = None
        self._held = _HeldEvents()
        try:  # the worker announces into _held; _end publishes on the GUI thread
            self._worker_session = dataclasses.replace(session, events=self._held)
        except TypeError:  # not a dataclass (a test double): as it is
            self._worker_session = session
        self._signals = _WorkerSignals(self)
        self._signals.progress.connect(self._progress)
        self._signals.done.connect(self._finished)
        self._signals.failed.connect(self._failed)

        self.icon_label = QLabel(objectName="applyRoutingIcon")
        self.icon_label.setPixmap(icon("route").pixmap(32, 32))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(objectName="applyRoutingMessage")
        self.message.setWordWrap(True)
        self.progress_bar = QProgressBar(objectName="applyRoutingProgress")
        self.progress_bar.setRange(0, max(1, len(self.case_ids)))
        self.progress_bar.setValue(0)
        self.progress_bar.hide()
        self.progress_label = QLabel(objectName="applyRoutingProgressText")
        self.progress_label.hide()
        self.done_label = QLabel(objectName="applyRoutingDone")
        self.done_label.setWordWrap(True)
        font = self.done_label.font()
        font.setBold(True)
        self.done_label.setFont(font)
        self.done_label.hide()
        self.counts_label = QLabel(objectName="applyRoutingCounts")
        self.counts_label.setWordWrap(True)
        self.counts_label.hide()
        self.summary_model = RoutingSummaryModel(self)
        self.summary = QTableView(objectName="applyRoutingSummary")
        self.summary.setModel(self.summary_model)
        self.summary.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setAlternatingRowColors(True)
        self.summary.verticalHeader().hide()
        self.summary.verticalHeader().setDefaultSectionSize(
            self.summary.fontMetrics().height() + 8)
        self.summary.setWordWrap(False)
        header = self.summary.horizontalHeader()
        header.setSectionResizeMode(RoutingSummaryModel.NUMBER,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoutingSummaryModel.ROUTED_TO,
                                    QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RoutingSummaryModel.RULE_ITEM,
                                    QHeaderView.ResizeMode.Stretch)
        self.summary.hide()
        self.error = error_label("applyRoutingError")
        # own buttons: a standard button's text is reset by the box on a language change
        self.buttons = QDialogButtonBox(objectName="applyRoutingButtons")
        self.route_button = QPushButton(objectName="applyRoutingRouteButton")
        self.route_button.setIcon(icon("route"))
        self.route_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="applyRoutingCancelButton")
        self.buttons.addButton(self.route_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.icon_label)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.done_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.error)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self.restore_geometry()
        self.route_button.setFocus()

    # -- the work --------------------------------------------------------------------------

    def start(self) -> None:
        """Route the cases on the worker thread (once)."""
        if self.phase != self.READY:
            return
        self.phase = self.RUNNING
        self.error.hide()
        self.route_button.hide()
        self.progress_bar.show()
        self.progress_label.show()
        self._progress(0, len(self.case_ids))
        self._retranslate_buttons()
        self.cancel_button.setFocus()
        self._fit_height()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-routing")
        self._pool.submit(self._work)

    def _work(self) -> None:
        """On the worker thread: its own connection, progress at most every 50 ms."""
        signals, total = self._signals, len(self.case_ids)
        last = [0.0]

        def progress(done: int, of: int | None = None) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or done <= 1 or done >= (of or total):
                last[0] = now
                signals.progress.emit(int(done), int(of or total))

        try:
            db.connect(reuse_if_open=True)
            results = self.routing.apply_routing(self._worker_session, self.case_ids,
                                                 progress=progress,
                                                 cancelled=self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 (shown in the dialog on the GUI thread)
            signals.failed.emit(exc)
        else:
            signals.done.emit(list(results or ()))
        finally:
            if db.obj is not None and not db.is_closed():
                db.close()

    def cancel(self) -> None:
        """Stop after the case being routed; the summary then shows what was done."""
        if self.phase == self.RUNNING and not self._cancel.is_set():
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self._retranslate_progress()

    def is_running(self) -> bool:
        return self.phase == self.RUNNING

    def _progress(self, done: int, total: int) -> None:
        self._done_count = done
        self.progress_bar.setMaximum(max(1, total))
        self.progress_bar.setValue(done)
        self._retranslate_progress()

    def _finished(self, results) -> None:
        self._end()
        self.results = results
        self.canceled = self._cancel.is_set() and len(results) < len(self.case_ids)
        self.summary_model.set_results(results)
        self.summary.setVisible(bool(results))
        self.done_label.show()
        self.counts_label.show()
        self._retranslate_summary()
        self._fit_height(SUMMARY_HEIGHT if results else 0)
        self.finished_work.emit(results)
        if self._close_when_done:
            super().accept()

    def _failed(self, exc) -> None:
        self._end()
        self.failure = exc
        self.results = []
        self._show_failure()
        self._fit_height()
        self.finished_work.emit([])
        if self._close_when_done:
            super().reject()

    def _end(self) -> None:
        self.phase = self.DONE
        events = getattr(self.session, "events", None)
        for name, payload in self._held.take():
            if events is not None:
                events.publish(name, **payload)
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None
        self.progress_bar.setValue(self._done_count)
        self.progress_label.hide()  # the bar says "n of N"; the summary says the rest
        self.cancel_button.setEnabled(True)
        self._retranslate_progress()
        self._retranslate_buttons()
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()

    def _show_failure(self) -> None:
        exc = self.failure
        text = error_message(exc) if isinstance(exc, CaseDeskError) else self.tr(
            "Routing stopped: %1").replace("%1", str(exc))
        self.error.setText(text)
        self.error.show()

    def _fit_height(self, at_least: int = 0) -> None:
        """Grow (never shrink) so that what was just shown is not cut off."""
        layout = self.layout()
        layout.activate()
        width = self.width()
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        height = max(height, at_least)
        if height > self.height():
            self.resize(width, height)

    def counts(self) -> dict[str, int]:
        """How many cases went to a queue, to an owner, or stayed as they were."""
        result = {"queue": 0, "owner": 0, "unchanged": 0, "refused": 0}
        for item in self.results or ():
            result[outcome(item)] += 1
        return result

    # -- buttons ---------------------------------------------------------------------------

    def accept(self) -> None:
        if self.phase == self.READY:
            self.start()
        elif self.phase == self.DONE:
            super().accept()

    def reject(self) -> None:
        """Cancel while routing stops the work (the dialog closes when it has stopped)."""
        if self.phase == self.RUNNING:
            self.cancel()
            return
        if self.phase == self.DONE and self.results is not None and self.failure is None:
            super().accept()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.phase == self.RUNNING:
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # -- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Apply Routing Rule"))
        self.setAccessibleName(self.tr("Apply Routing Rule"))
        self.icon_label.setAccessibleName(self.tr("Route"))
        self.message.setText(self.tr("%Ln selected case(s) will be routed based on the "
                                     "active routing rule set.", "", len(self.case_ids)))
        self.message.setAccessibleName(self.tr("About routing"))
        self.progress_bar.setAccessibleName(self.tr("Routing progress"))
        self.progress_label.setAccessibleName(self.tr("Routing progress"))
        self.done_label.setAccessibleName(self.tr("Result"))
        self.counts_label.setAccessibleName(self.tr("Counts"))
        self.summary.setAccessibleName(self.tr("Where each case went"))
        self.error.setAccessibleName(self.tr("Error"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        self.summary_model.retranslate()
        self._retranslate_progress()
        self._retranslate_buttons()
        self._retranslate_summary()
        if self.failure is not None:
            self._show_failure()

    def _number(self, value: int) -> str:
        return QLocale().toString(int(value))

    def _retranslate_progress(self) -> None:
        total = len(self.case_ids)
        text = self.tr("%1 of %2").replace("%1", self._number(self._done_count)).replace(
            "%2", self._number(total))
        self.progress_bar.setFormat(text)
        if self.phase == self.RUNNING:
            status = (self.tr("Stopping after the current case…") if self._cancel.is_set()
                      else self.tr("Routing case %1 of %2…").replace(
                          "%1", self._number(min(self._done_count + 1, total))).replace(
                          "%2", self._number(total)))
        else:
            status = text
        self.progress_label.setText(status)

    def _retranslate_buttons(self) -> None:
        self.route_button.setText(self.tr("&Route"))
        self.route_button.setAccessibleName(self.tr("Route the cases"))
        if self.phase == self.DONE:
            self.cancel_button.setText(self.tr("&Close"))
            self.cancel_button.setAccessibleName(self.tr("Close"))
        else:
            self.cancel_button.setText(self.tr("Cancel"))
            self.cancel_button.setAccessibleName(self.tr("Cancel") if self.phase == self.READY
                                                 else self.tr("Stop routing"))

    def _retranslate_summary(self) -> None:
        if self.results is None or self.failure is not None:
            return
        done, total = len(self.results), len(self.case_ids)
        if self.canceled:
            self.done_label.setText(self.tr("Canceled after %1 of %2 cases. The other cases "
                                            "were not routed.").replace(
                "%1", self._number(done)).replace("%2", self._number(total)))
        else:
            self.done_label.setText(self.tr("Done: %Ln case(s) processed.", "", done))
        counts = self.counts()
        text = (self.tr("To a queue: %1 · To an owner: %2 · Unchanged: %3")
                .replace("%1", self._number(counts["queue"]))
                .replace("%2", self._number(counts["owner"]))
                .replace("%3", self._number(counts["unchanged"])))
        if counts["refused"]:
            text += " · " + self.tr("Not routed: %1").replace(
                "%1", self._number(counts["refused"]))
        self.counts_label.setText(text)
