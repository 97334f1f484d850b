"""Service › Queues (SPEC §2.11): the items of a queue, of all queues or of the queues I'm a
member of, in one of three views (available to work on, I am working on, all items).

A lazy, sortable table (RecordListModel over queues.list_items / count_items) with Pick, Release,
Route, Remove and Open. The page opens no case itself: case_open_requested(case id) goes to
the main window. It reloads when queues or cases change (QUEUES_CHANGED, CASES_CHANGED).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import CaseDeskError, ConflictError
from casedesk.ui import labels, prompts, settings
from casedesk.ui.actions import QUEUE_ITEM_COMMANDS
from casedesk.ui.dialogs.close_case_dialog import keep_dialog
from casedesk.ui.dialogs.queue_item_dialogs import PickDialog, RouteDialog
from casedesk.ui.formatting import local_datetime
from casedesk.ui.itemmodels.record_list_model import ColumnSpec, RecordListModel
from casedesk.ui.messages import error_message

FILTER_DELAY_MS = 250
QUEUES_CHANGED = getattr(events, "QUEUES_CHANGED", "queues_changed")
#: the queue chooser's two entries besides the queues (queues.QueueChoice)
ALL_QUEUES, MY_QUEUES = -1, -2
#: the views (queues.ItemView), in the chooser's order
AVAILABLE, WORKING, ALL_ITEMS = 0, 1, 2
_WIDEST_DATE = datetime(2026, 12, 28, 23, 58)  # sizes the Entered Queue column

_COLUMNS = "QueueItemColumns"
QUEUE_ITEM_COLUMNS = [
    ColumnSpec("number", _COLUMNS, QT_TRANSLATE_NOOP("QueueItemColumns", "Case Number"),
               lambda r: r.case_number, "number"),
    ColumnSpec("title", _COLUMNS, QT_TRANSLATE_NOOP("QueueItemColumns", "Case Title"),
               lambda r: r.title, "title"),
    ColumnSpec("customer", _COLUMNS, QT_TRANSLATE_NOOP("QueueItemColumns", "Customer"),
               lambda r: r.customer or "", "customer"),
    ColumnSpec("priority", _COLUMNS, QT_TRANSLATE_NOOP("QueueItemColumns", "Priority"),
               lambda r: labels.priority(r.priority), "priority", lambda r: r.priority),
    ColumnSpec("entered", _COLUMNS, QT_TRANSLATE_NOOP("QueueItemColumns", "Entered Queue"),
               lambda r: local_datetime(r.entered_on), "entered", lambda r: r.entered_on),
    ColumnSpec("worked_by", _COLUMNS, QT_TRANSLATE_NOOP("QueueItemColumns", "Worked By"),
               lambda r: r.worked_by or "", "worked_by"),
    ColumnSpec("queue", _COLUMNS, QT_TRANSLATE_NOOP("QueueItemColumns", "Queue"),
               lambda r: r.queue or "", "queue"),
]
QUEUE_COLUMN = len(QUEUE_ITEM_COLUMNS) - 1
SAMPLES = {"number": "CAS-01234-X9Y8Z7", "title": "Skrivaren på tredje våningen skriver inte ut",
           "customer": "Kustinvest & Söner Fastigheter AB", "priority": "Normal",
           "worked_by": "Margareta Öberg", "queue": "<Margareta Öberg (margareta)>"}


class QueueItemsPage(QWidget):
    """Service › Queues. `queues` is casedesk.controllers.queues; `actions` the window's
    ActionRegistry (the page answers its queue item commands only while it is shown)."""

    case_open_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, session, queues, lookups, reader, actions, prefs: settings.Settings,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_queues")
        self._session = session
        self._queues = queues
        self._lookups = lookups
        self._reader = reader
        self._actions = actions
        self._prefs = prefs
        self._stale = False
        self._filled_for: int | None = None  # the user the queue chooser was filled for
        self.last_dialog = None
        self.model = RecordListModel(queues.list_items, queues.count_items, reader,
                                     QUEUE_ITEM_COLUMNS, queues.ItemQuery(
                                         user_id=session.user_id), parent=self)

        self.command_bar = QToolBar(objectName="queueItemsCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        actions.fill(self.command_bar, QUEUE_ITEM_COMMANDS)

        self.queue_label = QLabel(objectName="queueItemsQueueLabel")
        self.queue_combo = QComboBox(objectName="queueItemsQueueCombo")
        self.queue_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.queue_combo.setMinimumContentsLength(24)
        self.queue_label.setBuddy(self.queue_combo)
        self.view_label = QLabel(objectName="queueItemsViewLabel")
        self.view_combo = QComboBox(objectName="queueItemsViewCombo")
        for view in (AVAILABLE, WORKING, ALL_ITEMS):
            self.view_combo.addItem("", view)
        self.view_label.setBuddy(self.view_combo)
        self.filter_edit = QLineEdit(objectName="queueItemsFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(200)
        self.count_label = QLabel(objectName="queueItemsCountLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(objectName="queueItemsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)

        top = QHBoxLayout()
        top.addWidget(self.queue_label)
        top.addWidget(self.queue_combo)
        top.addSpacing(12)
        top.addWidget(self.view_label)
        top.addWidget(self.view_combo)
        top.addSpacing(12)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.command_bar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.queue_combo, self.view_combo)
        self.setTabOrder(self.view_combo, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.table)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._connect_signals()
        self._fill_queues()
        self.retranslate_ui()
        self._restore_state()

    # -- wiring ----------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        a = self._actions
        self.queue_combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.view_combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._apply_filter_now)
        self._filter_timer.timeout.connect(self._apply_filter_now)
        self._save_timer.timeout.connect(self.save_state)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_actions)
        self.model.load_failed.connect(lambda exc: prompts.error(self, error_message(exc)))
        a["open_queue_item"].triggered.connect(self._when_shown(self.open_selected))
        a["refresh"].triggered.connect(self._when_shown(self.reload))
        a["pick_queue_item"].triggered.connect(self._when_shown(self.pick_selected))
        a["release_queue_item"].triggered.connect(self._when_shown(self.release_selected))
        a["route_queue_item"].triggered.connect(self._when_shown(self.route_selected))
        a["remove_queue_item"].triggered.connect(self._when_shown(self.remove_selected))
        header = self.table.horizontalHeader()
        header.sectionMoved.connect(lambda *_: self.save_state())
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        bus = self._session.events
        subscriptions = ((QUEUES_CHANGED, self._queues_changed),
                         (events.USERS_CHANGED, self._queues_changed),
                         (events.DATA_RESET, self._queues_changed),
                         (events.CASES_CHANGED, self._items_changed))
        for name, callback in subscriptions:
            bus.subscribe(name, callback)
        self.destroyed.connect(lambda *_: [bus.unsubscribe(n, c) for n, c in subscriptions])

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if isValid(self) and self.isVisible():
                slot()
        return run

    def _queues_changed(self, **_payload) -> None:
        if not isValid(self):
            return
        if self.isVisible():
            self._fill_queues()
            self.model.set_query(self._query())
        else:
            self._stale = True

    def _items_changed(self, **_payload) -> None:
        if not isValid(self):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # -- the queue chooser -----------------------------------------------------------------

    def _fill_queues(self) -> None:
        """The chooser: All Queues, Queues I'm a member of, then each queue I may see."""
        wanted = self.current_queue()
        try:
            rows = self._queues.list_queues(for_user_id=self._session.user_id)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            rows = []
        combo = self.queue_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", ALL_QUEUES)
        combo.addItem("", MY_QUEUES)
        combo.insertSeparator(combo.count())
        for row in rows:
            combo.addItem(row.name, row.id)
            combo.setItemData(combo.count() - 1, labels.queue_type(row.queue_type),
                              Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(wanted) if wanted is not None else -1
        combo.setCurrentIndex(index if index >= 0 else combo.findData(MY_QUEUES))
        combo.blockSignals(False)
        self._filled_for = self._session.user_id
        self._queue_rows = {row.id: row for row in rows}
        self._retranslate_choices()

    def current_queue(self) -> int | None:
        """The chosen queue id, or ALL_QUEUES / MY_QUEUES (None before the chooser is filled)."""
        data = self.queue_combo.currentData()
        return None if data is None else int(data)

    def current_view(self) -> int:
        return int(self.view_combo.currentData())

    def set_choice(self, queue: int | None = None, view: int | None = None) -> None:
        """Show a queue (an id, ALL_QUEUES or MY_QUEUES) and/or a view."""
        for combo, value in ((self.queue_combo, queue), (self.view_combo, view)):
            if value is not None:
                index = combo.findData(int(value))
                if index >= 0:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(index)
                    combo.blockSignals(False)
        self._choice_changed()

    def _query(self, **changes):
        """The model's query with the chooser's queue and view and the signed-in user."""
        queue = self.current_queue()
        return replace(self.model.query, queue=MY_QUEUES if queue is None else queue,
                       view=self._queues.ItemView(self.current_view()),
                       user_id=self._session.user_id, **changes)

    def _choice_changed(self) -> None:
        self._show_queue_column()
        self.model.set_query(self._query())
        self.save_state()

    def _show_queue_column(self) -> None:
        """The Queue column only where items of several queues show."""
        self.table.setColumnHidden(QUEUE_COLUMN, (self.current_queue() or MY_QUEUES) >= 0)

    # -- state -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        prefs = self._prefs
        header = prefs.get(settings.QUEUE_ITEMS_HEADER)
        restored = not header.isEmpty() and self.table.horizontalHeader().restoreState(header)
        self._fit_on_show = not restored
        if not restored:
            self._apply_default_widths()
        sort = prefs.get(settings.QUEUE_ITEMS_SORT)
        if self.model.column_of(sort) < 0:
            sort = settings.QUEUE_ITEMS_SORT.default
        descending = prefs.get(settings.QUEUE_ITEMS_SORT_DESCENDING)
        for combo, key in ((self.queue_combo, settings.QUEUE_ITEMS_QUEUE),
                           (self.view_combo, settings.QUEUE_ITEMS_VIEW)):
            index = combo.findData(prefs.get(key))
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        self._set_sort_indicator(sort, descending)
        self._show_queue_column()
        self.model.set_query(self._query(sort=sort, descending=descending))

    def _set_sort_indicator(self, sort: str, descending: bool) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.column_of(sort),
                                Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def save_state(self) -> None:
        """Remember the queue, the view, the sort and the column layout."""
        q = self.model.query
        queue = self.current_queue()
        if queue is not None:
            self._prefs.set(settings.QUEUE_ITEMS_QUEUE, queue)
        self._prefs.set(settings.QUEUE_ITEMS_VIEW, self.current_view())
        self._prefs.set(settings.QUEUE_ITEMS_SORT, q.sort)
        self._prefs.set(settings.QUEUE_ITEMS_SORT_DESCENDING, q.descending)
        self._prefs.set(settings.QUEUE_ITEMS_HEADER, self.table.horizontalHeader().saveState())

    def _apply_default_widths(self) -> None:
        metrics = self.table.fontMetrics()
        padding = 4 * metrics.averageCharWidth()
        header = self.table.horizontalHeader()
        samples = dict(SAMPLES, entered=local_datetime(_WIDEST_DATE))
        for i, column in enumerate(self.model.columns):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            texts = [column.header_text(), samples.get(column.key, "")]
            self.table.setColumnWidth(i, max(metrics.horizontalAdvance(t) for t in texts)
                                      + padding)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale or self._filled_for != self._session.user_id:
            self._stale = False
            self._fill_queues()
            self.model.set_query(self._query())
        if self._fit_on_show:
            self._fit_on_show = False
            QTimer.singleShot(0, self._apply_default_widths)

    # -- behaviour -------------------------------------------------------------------------

    def reload(self) -> None:
        self.model.set_query(self._query())

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text()
        if text != self.model.query.filter_text:
            self.model.set_query(self._query(filter_text=text))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _loaded(self, total: int) -> None:
        self.count_label.setText(self.count_text(total))
        self._set_sort_indicator(self.model.query.sort, self.model.query.descending)
        self.save_state()

    def selected_rows(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_of(n) for n in rows) if r is not None]

    def select_case(self, case_id: int) -> bool:
        """Select the row of a case (among the rows loaded); False when it is not shown."""
        for n in range(self.model.rowCount()):
            row = self.model.row_of(n)
            if row is not None and row.case_id == case_id:
                self.table.selectRow(n)
                return True
        return False

    def _update_actions(self, *_args) -> None:
        a = self._actions
        rows = self.selected_rows()
        a["open_queue_item"].setEnabled(len(rows) == 1)
        a["pick_queue_item"].setEnabled(bool(rows))
        a["release_queue_item"].setEnabled(any(r.worked_by for r in rows))
        a["route_queue_item"].setEnabled(bool(rows))
        a["remove_queue_item"].setEnabled(bool(rows))
        if rows:
            self.status_message.emit(self.tr("%n item(s) selected", "", len(rows)))

    def _open_row(self, row: int) -> None:
        record = self.model.row_of(row)
        if record is not None:
            self.case_open_requested.emit(int(record.case_id))

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.case_open_requested.emit(int(rows[0].case_id))

    def _done(self, text: str) -> None:
        self.status_message.emit(text)
        self.reload()

    @staticmethod
    def _seen(rows) -> dict:
        """The versions of the items and their cases as the list shows them: an item command
        is refused when a colleague changed one since (issue 9)."""
        return {"expected_versions": {r.case_id: r.case_version for r in rows
                                      if getattr(r, "case_version", 0)},
                "expected_item_versions": {r.id: r.version for r in rows
                                           if getattr(r, "version", 0)}}

    def _refused_as_stale(self, _error=None) -> None:
        """A command was refused as stale (the dialog or a message says so): the list shows
        the items as they are now."""
        self.reload()

    def pick_selected(self) -> PickDialog | None:
        """Pick: the dialog (window-modal, kept in last_dialog)."""
        rows = self.selected_rows()
        if not rows:
            return None
        dialog = PickDialog(self._session, self._queues, [r.id for r in rows], self._prefs,
                            self, versions=self._seen(rows), on_conflict=self._refused_as_stale)
        n = len(rows)
        dialog.accepted.connect(lambda: self._done(self.tr("%n item(s) picked.", "", n)))
        keep_dialog(self, dialog)
        dialog.open()
        return dialog

    def route_selected(self) -> RouteDialog | None:
        """Route: the dialog (window-modal, kept in last_dialog)."""
        rows = self.selected_rows()
        if not rows:
            return None
        queue = self.current_queue()
        dialog = RouteDialog(self._session, self._queues, self._lookups, self._reader,
                             [r.id for r in rows], self._prefs, self,
                             current_queue_ids=(queue,) if queue is not None and queue >= 0
                             else (), versions=self._seen(rows), on_conflict=self._refused_as_stale)
        n = len(rows)
        dialog.accepted.connect(lambda: self._done(self.tr("%n item(s) routed.", "", n)))
        keep_dialog(self, dialog)
        dialog.open()
        return dialog

    def release_selected(self) -> bool:
        """Release: Worked By cleared, the case goes back to the queue's owner."""
        rows = [r for r in self.selected_rows() if r.worked_by]
        if not rows:
            return False
        try:
            self._queues.release(self._session, [r.id for r in rows], **self._seen(rows))
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            if isinstance(exc, ConflictError):
                self._refused_as_stale(exc)
            return False
        self._done(self.tr("%n item(s) released.", "", len(rows)))
        return True

    def remove_selected(self) -> bool:
        """Remove (after a confirmation): the items leave their queue."""
        rows = self.selected_rows()
        if not rows:
            return False
        if len(rows) == 1:
            text = self.tr("Remove case %1 from the queue “%2”? The case itself stays as it "
                           "is.").replace("%1", rows[0].case_number).replace(
                "%2", rows[0].queue or "")
        else:
            text = self.tr("Remove %n item(s) from their queues? The cases themselves stay as "
                           "they are.", "", len(rows))
        if not prompts.confirm(self, text):
            return False
        try:
            self._queues.remove_items(self._session, [r.id for r in rows], **self._seen(rows))
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            if isinstance(exc, ConflictError):
                self._refused_as_stale(exc)
            return False
        self._done(self.tr("%n item(s) removed from the queue.", "", len(rows)))
        return True

    def count_text(self, total: int) -> str:
        return self.tr("%n item(s)", "", total)

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_choices(self) -> None:
        combo = self.queue_combo
        names = {ALL_QUEUES: self.tr("All Queues"), MY_QUEUES: self.tr("Queues I'm a member of")}
        for i in range(combo.count()):
            data = combo.itemData(i)
            if data in names:
                combo.setItemText(i, names[data])
            elif data is not None and data in getattr(self, "_queue_rows", {}):
                combo.setItemData(i, labels.queue_type(self._queue_rows[data].queue_type),
                                  Qt.ItemDataRole.ToolTipRole)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Queues"))
        self.queue_label.setText(self.tr("&Queue:"))
        self.queue_combo.setAccessibleName(self.tr("Queue"))
        self._retranslate_choices()
        views = {AVAILABLE: self.tr("Items available to work on"),
                 WORKING: self.tr("Items I am working on"), ALL_ITEMS: self.tr("All items")}
        for i in range(self.view_combo.count()):
            self.view_combo.setItemText(i, views[self.view_combo.itemData(i)])
        self.view_label.setText(self.tr("&View:"))
        self.view_combo.setAccessibleName(self.tr("Queue item view"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by case number, title or customer…"))
        self.filter_edit.setAccessibleName(self.tr("Filter queue items"))
        self.table.setAccessibleName(self.tr("Queue items"))
        self.command_bar.setWindowTitle(self.tr("Queue item commands"))
        self.command_bar.setAccessibleName(self.tr("Queue item commands"))
        self.count_label.setAccessibleName(self.tr("Number of queue items"))
        if not self.model.loading:
            self.count_label.setText(self.count_text(self.model.total))
        self.model.retranslate()
