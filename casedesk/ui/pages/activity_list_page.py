"""Service › Activities: My Activities, All Open Activities, Overdue Activities; filter as you
type, a sortable lazy table (RecordListModel), Open, Open Case, Mark Complete, Cancel Activity.

The page opens nothing itself: activity_open_requested, case_open_requested,
complete_requested and cancel_requested go to the main window.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.models.options import ActivityState
from casedesk.ui import labels, prompts, settings
from casedesk.ui.actions import ACTIVITY_LIST_COMMANDS
from casedesk.ui.formatting import local_datetime
from casedesk.ui.icons import icon
from casedesk.ui.itemmodels.record_list_model import ColumnSpec, RecordListModel
from casedesk.ui.messages import error_message
from casedesk.ui.pages.list_layout import configure_list_table, lay_out_list_page
from casedesk.ui.widgets.timeline import ACTIVITY_KIND_NAMES, OVERDUE_COLOR

FILTER_DELAY_MS = 250
_WIDEST_DATE = datetime(2026, 12, 28, 23, 58)  # sizes the date columns


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def is_overdue(row, now: datetime | None = None) -> bool:
    """Open and due before now (the stored times are naive UTC)."""
    return (row.state == ActivityState.OPEN and row.due is not None
            and row.due < (now or _utcnow()))


_COLUMNS = "ActivityColumns"
ACTIVITY_COLUMNS = [
    ColumnSpec("subject", _COLUMNS, QT_TRANSLATE_NOOP("ActivityColumns", "Subject"),
               lambda r: r.subject, "subject"),
    ColumnSpec("kind", _COLUMNS, QT_TRANSLATE_NOOP("ActivityColumns", "Activity Type"),
               lambda r: labels.activity_kind(r.kind), "kind", lambda r: r.kind),
    ColumnSpec("case", _COLUMNS, QT_TRANSLATE_NOOP("ActivityColumns", "Regarding"),
               lambda r: r.case_number or "", "case"),
    ColumnSpec("customer", _COLUMNS, QT_TRANSLATE_NOOP("ActivityColumns", "Customer"),
               lambda r: r.customer or "", "customer"),
    ColumnSpec("owner", _COLUMNS, QT_TRANSLATE_NOOP("ActivityColumns", "Owner"),
               lambda r: r.owner or "", "owner"),
    ColumnSpec("due", _COLUMNS, QT_TRANSLATE_NOOP("ActivityColumns", "Due"),
               lambda r: local_datetime(r.due), "due", lambda r: r.due),
    ColumnSpec("priority", _COLUMNS, QT_TRANSLATE_NOOP("ActivityColumns", "Priority"),
               lambda r: labels.priority(r.priority), "priority", lambda r: r.priority),
    ColumnSpec("duration", _COLUMNS, QT_TRANSLATE_NOOP("ActivityColumns", "Duration"),
               lambda r: labels.duration(r.duration_minutes), None,
               lambda r: r.duration_minutes),
    ColumnSpec("status_reason", _COLUMNS, QT_TRANSLATE_NOOP("ActivityColumns", "Status Reason"),
               lambda r: labels.activity_status_reason(r.status_reason), None,
               lambda r: r.status_reason),
]
_KEYS = [c.key for c in ACTIVITY_COLUMNS]
_OVERDUE = QT_TRANSLATE_NOOP("ActivityColumns", "Overdue")


class ActivityListModel(RecordListModel):
    """The activity rows, with the kind's icon and overdue due dates in red."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._icons: dict = {}

    def _icon(self, name: str):
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_of(index.row()) if index.isValid() else None
        if row is not None:
            key = _KEYS[index.column()] if index.column() < len(_KEYS) else ""
            if role == Qt.ItemDataRole.DecorationRole:
                if key == "kind":
                    return self._icon(ACTIVITY_KIND_NAMES.get(row.kind, "task"))
                if key == "due" and is_overdue(row):
                    return self._icon("overdue")
                return None
            if key == "due" and is_overdue(row):
                overdue = QCoreApplication.translate(_COLUMNS, _OVERDUE)
                if role == Qt.ItemDataRole.ForegroundRole:
                    return OVERDUE_COLOR
                if role == Qt.ItemDataRole.FontRole:
                    font = QFont()
                    font.setBold(True)
                    return font
                if role == Qt.ItemDataRole.ToolTipRole:
                    return f"{overdue}: {local_datetime(row.due)}"
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return f"{super().data(index, role)} ({overdue})"
        return super().data(index, role)

    def retranslate(self) -> None:
        self._icons.clear()
        super().retranslate()


class ActivityListPage(QWidget):
    """Service › Activities. `activities`: the controller module (list_activities,
    count_activities, ActivityQuery, ActivityView); `actions`: the window's registry."""

    activity_open_requested = Signal(int)
    case_open_requested = Signal(int)
    complete_requested = Signal(int)
    cancel_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, session, activities, reader, actions, prefs: settings.Settings,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_activities")
        self._session = session
        self._activities = activities
        self._actions = actions
        self._prefs = prefs
        self._stale = False
        self._views = activities.ActivityView
        self.model = ActivityListModel(
            activities.list_activities, activities.count_activities, reader,
            ACTIVITY_COLUMNS, activities.ActivityQuery(user_id=session.user_id), parent=self)

        self.command_bar = QToolBar(objectName="activityCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        actions.fill(self.command_bar, ACTIVITY_LIST_COMMANDS)

        self.view_label = QLabel(objectName="activityViewLabel")
        self.view_combo = QComboBox(objectName="activityViewCombo")
        for view in self._views:
            self.view_combo.addItem("", int(view))
        self.view_label.setBuddy(self.view_combo)
        self.filter_edit = QLineEdit(objectName="activityFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(200)
        self.count_label = QLabel(objectName="activityCountLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(objectName="activityTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(
            self.model.column_of("due"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the header asks the model: a new query
        configure_list_table(self.table)
        lay_out_list_page(self, self.command_bar, self.view_label, self.view_combo,
                          self.filter_edit, self.count_label, self.table)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._connect_signals()
        self.retranslate_ui()
        self._restore_state()

    # -- wiring --------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        a = self._actions
        self.view_combo.currentIndexChanged.connect(self._view_changed)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._apply_filter_now)
        self._filter_timer.timeout.connect(self._apply_filter_now)
        self._save_timer.timeout.connect(self.save_state)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_actions)
        self.model.load_failed.connect(lambda exc: prompts.error(self, error_message(exc)))
        # The registry's actions belong to the window; only the page on show answers them.
        a["open_activity"].triggered.connect(self._when_shown(self.open_selected))
        a["open_activity_case"].triggered.connect(self._when_shown(self.open_selected_case))
        a["complete_activity"].triggered.connect(self._when_shown(self.complete_selected))
        a["cancel_activity"].triggered.connect(self._when_shown(self.cancel_selected))
        a["refresh"].triggered.connect(self._when_shown(self.model.reload))
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.sectionMoved.connect(lambda *_: self.save_state())
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        bus = self._session.events
        subscriptions = ((events.ACTIVITIES_CHANGED, self._changed),
                         (events.CASES_CHANGED, self._changed),
                         (events.CUSTOMERS_CHANGED, self._changed),
                         (events.DATA_RESET, self._changed))
        for name, callback in subscriptions:
            bus.subscribe(name, callback)
        self.destroyed.connect(lambda *_: [bus.unsubscribe(name, callback)
                                           for name, callback in subscriptions])

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if isValid(self) and self.isVisible():
                slot()
        return run

    def _changed(self, **_payload) -> None:
        if not isValid(self):
            return
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True  # reloaded when shown

    def _sort_indicator_changed(self, column: int, _order) -> None:
        """Duration and Status Reason do not sort: the indicator stays where the sort is."""
        if not 0 <= column < len(ACTIVITY_COLUMNS) or ACTIVITY_COLUMNS[column].sort is None:
            QTimer.singleShot(0, lambda: isValid(self) and self._set_sort_indicator(
                self.model.query.sort, self.model.query.descending))

    # -- state ---------------------------------------------------------------------------

    def _restore_state(self) -> None:
        header = self._prefs.get(settings.ACTIVITY_HEADER)
        restored = not header.isEmpty() and self.table.horizontalHeader().restoreState(header)
        self._fit_on_show = not restored
        if not restored:
            self._apply_default_widths()
        sort = self._prefs.get(settings.ACTIVITY_SORT)
        if self.model.column_of(sort) < 0:
            sort = settings.ACTIVITY_SORT.default
        descending = self._prefs.get(settings.ACTIVITY_SORT_DESCENDING)
        try:
            view = self._views(self._prefs.get(settings.ACTIVITY_VIEW))
        except ValueError:
            view = self._views(0)
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(self.view_combo.findData(int(view)))
        self.view_combo.blockSignals(False)
        self._set_sort_indicator(sort, descending)
        self.model.set_query(replace(self.model.query, view=view, sort=sort,
                                     descending=descending))

    def _set_sort_indicator(self, sort: str, descending: bool) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.column_of(sort),
                                Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def save_state(self) -> None:
        """Remember the view, the sort and the column layout."""
        q = self.model.query
        self._prefs.set(settings.ACTIVITY_VIEW, int(q.view))
        self._prefs.set(settings.ACTIVITY_SORT, q.sort)
        self._prefs.set(settings.ACTIVITY_SORT_DESCENDING, q.descending)
        self._prefs.set(settings.ACTIVITY_HEADER, self.table.horizontalHeader().saveState())

    def _apply_default_widths(self) -> None:
        """Widths from what the columns hold, in this font and language; the subject gets
        the room that is left."""
        metrics = self.table.fontMetrics()
        ch = metrics.averageCharWidth()
        padding = 2 * ch + 12  # cell margins and the sort arrow
        samples = {
            "kind": [labels.activity_kind(k) for k in range(1, 5)],
            "case": ["CAS-01000-KMW7Q2"],
            "customer": ["Kustinvest & Söner AB"],
            "owner": ["Margareta Öberg"],
            "due": [local_datetime(_WIDEST_DATE)],
            "priority": [labels.priority(p) for p in (1, 2, 3)],
            "duration": [labels.duration(10 * 60 + 45)],
            "status_reason": [labels.activity_status_reason(r) for r in (10, 11, 13, 32)],
        }
        icons = {"kind", "due"}  # a 16 px icon before the text
        caps = {"customer": 22, "owner": 16, "status_reason": 18}
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        others = 0
        subject = -1
        for i, column in enumerate(self.model.columns):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            if column.key == "subject":
                subject = i
                continue
            texts = samples.get(column.key, []) + [column.header_text()]
            width = max(metrics.horizontalAdvance(t) for t in texts) + padding
            width += 22 if column.key in icons else 0
            width = min(width, caps.get(column.key, 40) * ch + padding)
            self.table.setColumnWidth(i, width)
            others += width
        if subject >= 0:
            room = self.table.viewport().width() - others - 4
            self.table.setColumnWidth(subject, max(28 * ch, room))
        header.blockSignals(blocked)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.reload()
        if self._fit_on_show:
            self._fit_on_show = False
            QTimer.singleShot(0, lambda: isValid(self) and self._apply_default_widths())

    # -- behaviour -----------------------------------------------------------------------

    def _view_changed(self) -> None:
        view = self._views(self.view_combo.currentData())
        self.model.set_query(replace(self.model.query, view=view))
        self.save_state()

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text()
        if text != self.model.query.filter_text:
            self.model.set_query(replace(self.model.query, filter_text=text))

    def set_view(self, view, filter_text: str = "") -> None:
        """Show a view (ActivityView), optionally filtered."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.setText(filter_text)
        self.filter_edit.blockSignals(False)
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(self.view_combo.findData(int(view)))
        self.view_combo.blockSignals(False)
        self.model.set_query(replace(self.model.query, view=self._views(int(view)),
                                     filter_text=filter_text))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _loaded(self, total: int) -> None:
        self.count_label.setText(self.tr("%n activity(ies)", "", total))
        self._set_sort_indicator(self.model.query.sort, self.model.query.descending)
        self.save_state()

    def selected_rows(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_of(n) for n in rows) if r is not None]

    def _update_actions(self, *_args) -> None:
        a = self._actions
        rows = self.selected_rows()
        open_rows = [r for r in rows if r.state == ActivityState.OPEN]
        a["open_activity"].setEnabled(len(rows) == 1)
        a["open_activity_case"].setEnabled(len(rows) == 1 and rows[0].case_id is not None)
        a["complete_activity"].setEnabled(bool(open_rows))
        a["cancel_activity"].setEnabled(bool(open_rows))
        if rows and self.isVisible():
            self.status_message.emit(self.tr("%n activity(ies) selected", "", len(rows)))

    def _open_row(self, row: int) -> None:
        activity_id = self.model.record_id(row)
        if activity_id is not None:
            self.activity_open_requested.emit(activity_id)

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.activity_open_requested.emit(rows[0].id)

    def open_selected_case(self) -> None:
        rows = self.selected_rows()
        if rows and rows[0].case_id is not None:
            self.case_open_requested.emit(rows[0].case_id)

    def complete_selected(self) -> None:
        for row in self.selected_rows():
            if row.state == ActivityState.OPEN:
                self.complete_requested.emit(row.id)

    def cancel_selected(self) -> None:
        for row in self.selected_rows():
            if row.state == ActivityState.OPEN:
                self.cancel_requested.emit(row.id)

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = {0: self.tr("My Activities"), 1: self.tr("All Open Activities"),
                 2: self.tr("Overdue Activities")}
        for i in range(self.view_combo.count()):
            self.view_combo.setItemText(i, names.get(self.view_combo.itemData(i), ""))
        self.view_label.setText(self.tr("&View:"))
        self.view_combo.setAccessibleName(self.tr("Activity view"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by subject, case number or customer…"))
        self.filter_edit.setAccessibleName(self.tr("Filter activities"))
        self.table.setAccessibleName(self.tr("Activities"))
        self.command_bar.setWindowTitle(self.tr("Activity commands"))
        self.command_bar.setAccessibleName(self.tr("Activity commands"))
        self.count_label.setAccessibleName(self.tr("Number of activities"))
        if not self.model.loading:
            self.count_label.setText(self.tr("%n activity(ies)", "", self.model.total))
        self.model.retranslate()
