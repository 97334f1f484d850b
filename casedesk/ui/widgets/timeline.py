"""The case timeline (SPEC §1.3, §4.3): activities, notes and resolutions of one case, newest
first, with quick add, Mark Complete / Cancel Activity on open activities and .eml drops.

The widget opens no forms: it says what the user asked for (add_requested, open_requested,
complete_requested, cancel_requested, eml_dropped) and the case form connects those. It reads
through `activities.case_timeline` on the reader thread and reloads itself when the
activities or the case change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.models.options import ActivityState, ResolutionState
from casedesk.ui import labels, settings
from casedesk.ui.actions import SPECS as ACTION_SPECS
from casedesk.ui.actions import TIMELINE_ADD_COMMANDS, TIMELINE_ENTRY_COMMANDS
from casedesk.ui.actions import tr as action_tr
from casedesk.ui.formatting import local_datetime
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message

_ROOT = QModelIndex()
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor("#c62828")  # the colour of field errors: red on light and dark
_WIDEST_DATE = datetime(2026, 12, 28, 23, 58)  # sizes the date columns

#: kind filter: combo value → the kinds case_timeline keeps (None: all)
KIND_FILTERS = {
    "all": None,
    "phone_call": frozenset({"phone_call"}),
    "task": frozenset({"task"}),
    "email": frozenset({"email"}),
    "appointment": frozenset({"appointment"}),
    "note": frozenset({"note"}),
    "resolution": frozenset({"resolution"}),
}
#: state filter values
STATE_ALL, STATE_OPEN, STATE_OVERDUE = "all", "open", "overdue"
#: ActivityKind value → the icon and filter name of the kind
ACTIVITY_KIND_NAMES = {1: "phone_call", 2: "task", 3: "email", 4: "appointment"}


def entry_icon_name(entry) -> str:
    if entry.kind == "activity":
        return ACTIVITY_KIND_NAMES.get(entry.activity_kind, "task")
    return entry.kind  # "note" or "resolution"


def is_open_activity(entry) -> bool:
    return entry.kind == "activity" and entry.state == ActivityState.OPEN


#: status reasons that only repeat their state (phone call Open, every Canceled, the
#: Completed of tasks and appointments)
_REASON_IS_STATE = frozenset({1, 3, 14, 15, 23, 33, 34})


def status_text(entry) -> str:
    """State and status reason in one, e.g. "Open – In Progress", "Completed – Made"."""
    if entry.state is None:
        return ""
    state = labels.activity_state(entry.state)
    if entry.kind == "resolution":  # the resolution type; a superseded one is canceled
        reason = labels.status_reason(entry.status_reason)
        if entry.state != ResolutionState.CANCELED:
            return reason
        return f"{state} – {reason}" if reason else state
    if entry.status_reason in _REASON_IS_STATE:
        return state
    reason = labels.activity_status_reason(entry.status_reason)
    return state if reason in ("", state) else f"{state} – {reason}"


@dataclass(frozen=True)
class TimelineColumn:
    key: str
    header: str  # English source in context "TimelineColumns"


_CTX = "TimelineColumns"
COLUMNS = (
    TimelineColumn("kind", QT_TRANSLATE_NOOP("TimelineColumns", "Type")),
    TimelineColumn("subject", QT_TRANSLATE_NOOP("TimelineColumns", "Subject")),
    # Translator: the owner of an activity, the author of a note, who resolved the case.
    TimelineColumn("who", QT_TRANSLATE_NOOP("TimelineColumns", "Person")),
    TimelineColumn("when", QT_TRANSLATE_NOOP("TimelineColumns", "Date")),
    TimelineColumn("due", QT_TRANSLATE_NOOP("TimelineColumns", "Due")),
    TimelineColumn("duration", QT_TRANSLATE_NOOP("TimelineColumns", "Duration")),
    TimelineColumn("status", QT_TRANSLATE_NOOP("TimelineColumns", "Status")),
)
COLUMN_KEYS = [c.key for c in COLUMNS]
_OVERDUE = QT_TRANSLATE_NOOP("TimelineColumns", "Overdue")
_HAS_FILE = QT_TRANSLATE_NOOP("TimelineColumns", "Has an attached file")


class TimelineModel(QAbstractTableModel):
    """The entries of one case, as given (newest first). Holds the entries; never queries."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list = []
        self._icons: dict = {}

    def set_entries(self, entries) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list:
        return list(self._entries)

    def entry(self, row: int):
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, kind: str, entry_id: int) -> int:
        return next((i for i, e in enumerate(self._entries)
                     if e.kind == kind and e.id == entry_id), -1)

    def _icon(self, name: str):
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]

    def text(self, entry, key: str) -> str:
        if key == "kind":
            return labels.timeline_kind(entry.kind, entry.activity_kind)
        if key == "subject":
            return entry.subject or ""
        if key == "who":
            return entry.who or ""
        if key == "when":
            return local_datetime(entry.when)
        if key == "due":
            return local_datetime(entry.due)
        if key == "duration":
            return labels.duration(entry.duration_minutes)
        if key == "status":
            return status_text(entry)
        return ""

    # -- Qt overrides --------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        key = COLUMN_KEYS[index.column()]
        overdue = bool(entry.overdue) and is_open_activity(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.text(entry, key)
            if key == "due" and overdue:
                return f"{QCoreApplication.translate(_CTX, _OVERDUE)}: {text}"
            if key == "subject" and entry.has_file:
                return f"{text}\n{QCoreApplication.translate(_CTX, _HAS_FILE)}"
            return text
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "kind":
                return self._icon(entry_icon_name(entry))
            if key == "subject" and entry.has_file:
                return self._icon("attachment")
            if key == "due" and overdue:
                return self._icon("overdue")
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            header = QCoreApplication.translate(_CTX, COLUMNS[index.column()].header)
            text = f"{header}: {self.text(entry, key)}"
            if key == "due" and overdue:
                text += f" ({QCoreApplication.translate(_CTX, _OVERDUE)})"
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and key in ("due", "status"):
                return OVERDUE_COLOR
            if entry.kind == "activity" and entry.state == ActivityState.CANCELED:
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                    QPalette.ColorRole.Text)
            return None
        if role == Qt.ItemDataRole.FontRole and overdue and key == "due":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS)
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)):
            return QCoreApplication.translate(_CTX, COLUMNS[section].header)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self._icons.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._entries) - 1, len(COLUMNS) - 1))


def eml_paths(mime) -> list[str]:
    """The local .eml files (any case of the suffix) among dragged URLs."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".eml")]


class TimelineWidget(QWidget):
    """The timeline of one case. `activities`: the controller module (case_timeline);
    `reader`: the background Reader. Call set_case() when the form shows a case."""

    add_requested = Signal(str)  # "phone_call", "task", "email", "appointment", "note",
    #                              "import_email"
    open_requested = Signal(str, int)  # "activity", "note" or "resolution", its id
    complete_requested = Signal(int)  # activity id
    cancel_requested = Signal(int)  # activity id
    eml_dropped = Signal(list)  # local paths of .eml files

    def __init__(self, session, activities, reader, parent=None, prefs=None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._session = session
        self._activities = activities
        self._reader = reader
        self._prefs: settings.Settings | None = prefs
        self._case_id: int | None = None
        self._case_read_only = False
        self._generation = 0
        self._stale = False
        self._error: str | None = None
        self.loading = False
        self.loaded_once = False
        self._fit_subject_on_resize = True
        self.model = TimelineModel(self)

        # quick add
        self.add_label = QLabel(objectName="timelineAddLabel")
        self.add_bar = QToolBar(objectName="timelineAddBar")
        self.add_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_actions: dict[str, QAction] = {}
        for action_id, kind in TIMELINE_ADD_COMMANDS.items():
            if kind == "import_email":
                self.add_bar.addSeparator()
            action = self._make_action(action_id)
            action.triggered.connect(lambda _c=False, k=kind: self._add(k))
            self.add_bar.addAction(action)
            self.add_bar.widgetForAction(action).setObjectName(f"timelineAdd_{kind}")
            self.add_actions[kind] = action

        # the selected entry's commands
        self.entry_bar = QToolBar(objectName="timelineEntryBar")
        self.entry_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.entry_actions: dict[str, QAction] = {}
        for action_id in TIMELINE_ENTRY_COMMANDS:
            action = self._make_action(action_id)
            self.entry_bar.addAction(action)
            self.entry_bar.widgetForAction(action).setObjectName(f"timelineButton_{action_id}")
            self.entry_actions[action_id] = action
        self.open_action = self.entry_actions["open_activity"]
        self.complete_action = self.entry_actions["complete_activity"]
        self.cancel_action = self.entry_actions["cancel_activity"]

        # filters and counts
        self.kind_label = QLabel(objectName="timelineKindLabel")
        self.kind_combo = QComboBox(objectName="timelineKindFilter")
        for value in KIND_FILTERS:
            self.kind_combo.addItem("", value)
        self.kind_label.setBuddy(self.kind_combo)
        self.state_label = QLabel(objectName="timelineStateLabel")
        self.state_combo = QComboBox(objectName="timelineStateFilter")
        for value in (STATE_ALL, STATE_OPEN, STATE_OVERDUE):
            self.state_combo.addItem("", value)
        self.state_label.setBuddy(self.state_combo)
        self.count_label = QLabel(objectName="timelineCountLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.closed_case_label = QLabel(objectName="timelineClosedCaseNote")
        self.closed_case_label.setWordWrap(True)
        self.closed_case_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.closed_case_label.hide()

        # the entries, or a sentence when there are none
        self.view = QTreeView(objectName="timelineView")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        self.empty_label = QLabel(objectName="timelineEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setMargin(24)
        self.empty_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.empty_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty_label.setAutoFillBackground(True)
        self.stack = QStackedWidget(objectName="timelineStack")
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.add_label)
        top.addWidget(self.add_bar, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.entry_bar)
        filters.addStretch(1)
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind_combo)
        filters.addSpacing(8)
        filters.addWidget(self.state_label)
        filters.addWidget(self.state_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.closed_case_label)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.kind_combo, self.state_combo)
        self.setTabOrder(self.state_combo, self.view)

        self.setAcceptDrops(True)
        self.view.viewport().installEventFilter(self)
        self._connect_signals()
        self.retranslate_ui()
        self._restore_header()
        self._update_actions()
        self._show_state()

    def _make_action(self, action_id: str) -> QAction:
        """This widget's own action (several case forms may be open), texts from the registry."""
        spec = ACTION_SPECS[action_id]
        action = QAction(icon(spec.icon), "", self, objectName=f"timeline_{action_id}")
        action.setData(action_id)
        return action

    # -- wiring --------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.state_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.activated.connect(lambda index: self._open_row(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._update_actions)
        self.open_action.triggered.connect(self.open_selected)
        self.complete_action.triggered.connect(self.complete_selected)
        self.cancel_action.triggered.connect(self.cancel_selected)
        header = self.view.header()
        header.sectionMoved.connect(lambda *_: self.save_header())
        header.sectionResized.connect(lambda *_: self.save_header())
        # the bus holds these bound methods; a destroyed widget lets go of them
        bus = self._session.events
        subscriptions = ((events.ACTIVITIES_CHANGED, self._activities_changed),
                         (events.CASES_CHANGED, self._cases_changed),
                         (events.DATA_RESET, self._data_reset))
        for name, callback in subscriptions:
            bus.subscribe(name, callback)
        self.destroyed.connect(lambda *_: [bus.unsubscribe(name, callback)
                                           for name, callback in subscriptions])

    # -- the case ------------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self._case_id

    @property
    def case_read_only(self) -> bool:
        return self._case_read_only

    def set_case(self, case_id: int | None, case_read_only: bool = False) -> None:
        """Show the timeline of `case_id` (None: a case not saved yet, nothing to add to).
        A read-only (resolved or canceled) case still takes new activities and notes."""
        changed = case_id != self._case_id
        self._case_id = case_id
        self._case_read_only = case_read_only
        self.closed_case_label.setVisible(case_id is not None and case_read_only)
        for action in self.add_actions.values():
            action.setEnabled(case_id is not None)
        if changed:
            self.model.set_entries([])
            self.loaded_once = False
        self.reload()

    def filters(self) -> tuple[frozenset[str] | None, bool, bool]:
        """What case_timeline is asked: kinds, only_open, only_overdue."""
        kinds = KIND_FILTERS[self.kind_combo.currentData()]
        state = self.state_combo.currentData()
        return kinds, state == STATE_OPEN, state == STATE_OVERDUE

    def reload(self) -> None:
        """Read the timeline again (on the reader thread); older answers are dropped."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        case_id = self._case_id
        if case_id is None:
            self.loading = False
            self.model.set_entries([])
            self._show_state()
            return
        kinds, only_open, only_overdue = self.filters()
        timeline = self._activities.case_timeline
        self.loading = True

        def load():
            return timeline(case_id, kinds=kinds, only_open=only_open,
                            only_overdue=only_overdue)

        self._reader.submit(load, lambda entries: self._apply(generation, entries),
                            lambda exc: self._failed(generation, exc),
                            key=f"timeline{id(self)}", owner=self)

    def _apply(self, generation: int, entries) -> None:
        if generation != self._generation:
            return
        selected = self.selected_entry()
        self._error = None
        self.model.set_entries(entries)
        self.loading = False
        self.loaded_once = True
        if selected is not None:
            row = self.model.row_of(selected.kind, selected.id)
            if row >= 0:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        self._show_state()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._error = error_message(exc)
        self._show_state()

    def _is_mine(self, ids) -> bool:
        return self._case_id is not None and (ids is None or self._case_id in ids)

    def _changed(self) -> None:
        if not isValid(self):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reloaded when shown

    def _activities_changed(self, case_ids=None, **_payload) -> None:
        if self._is_mine(case_ids):
            self._changed()

    def _cases_changed(self, ids=None, **_payload) -> None:
        if self._is_mine(ids):  # resolved, reactivated, merged: resolutions and cancels
            self._changed()

    def _data_reset(self, **_payload) -> None:
        if self._case_id is not None:
            self._changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- what it shows -------------------------------------------------------------------

    def _show_state(self) -> None:
        entries = self.model.entries()
        if self._error:
            self.empty_label.setText(self.tr("The timeline could not be read: %1")
                                     .replace("%1", self._error))
        elif self._case_id is None:
            self.empty_label.setText(self.tr("Save the case to add activities and notes."))
        elif not entries and self.loading and not self.loaded_once:
            self.empty_label.setText(self.tr("Loading…"))
        elif not entries and self.filters() != (None, False, False):
            self.empty_label.setText(self.tr("Nothing in the timeline matches the filter."))
        else:
            self.empty_label.setText(self.tr(
                "No activities or notes yet. Add one with the buttons above, or drop a saved "
                "e-mail (.eml file) here."))
        self.stack.setCurrentWidget(self.view if entries and not self._error
                                    else self.empty_label)
        self.count_label.setText(self.count_text())

    def count_text(self) -> str:
        entries = self.model.entries()
        if self._case_id is None or not self.loaded_once:
            return ""
        activities = [e for e in entries if e.kind == "activity"]
        parts = [self.tr("%n activity(ies)", "", len(activities))]
        open_count = sum(1 for e in activities if e.state == ActivityState.OPEN)
        overdue = sum(1 for e in activities if e.overdue and e.state == ActivityState.OPEN)
        notes = sum(1 for e in entries if e.kind == "note")
        if open_count:
            parts.append(self.tr("%n open", "", open_count))
        if overdue:
            parts.append(self.tr("%n overdue", "", overdue))
        if notes:
            parts.append(self.tr("%n note(s)", "", notes))
        return " · ".join(parts)

    def entry_texts(self, row: int) -> dict[str, str]:
        """The texts of one row by column key (what a user reads)."""
        entry = self.model.entry(row)
        return {} if entry is None else {k: self.model.text(entry, k) for k in COLUMN_KEYS}

    def selected_entry(self):
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.entry(rows[0].row()) if rows else None

    def select_entry(self, kind: str, entry_id: int) -> bool:
        row = self.model.row_of(kind, entry_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def _update_actions(self, *_args) -> None:
        entry = self.selected_entry()
        self.open_action.setEnabled(entry is not None)
        can_close = entry is not None and is_open_activity(entry)
        self.complete_action.setEnabled(can_close)
        self.cancel_action.setEnabled(can_close)
        closed = self.tr("Only open activities can be completed or canceled.")
        for action_id in ("complete_activity", "cancel_activity"):
            action = self.entry_actions[action_id]
            tip = action_tr(ACTION_SPECS[action_id].tip)
            action.setToolTip(tip if can_close or entry is None else closed)

    # -- commands ------------------------------------------------------------------------

    def _add(self, kind: str) -> None:
        if self._case_id is not None:
            self.add_requested.emit(kind)

    def _open_row(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is not None:
            self.open_requested.emit(entry.kind, entry.id)

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.open_requested.emit(entry.kind, entry.id)

    def complete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and is_open_activity(entry):
            self.complete_requested.emit(entry.id)

    def cancel_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and is_open_activity(entry):
            self.cancel_requested.emit(entry.id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = self.context_menu()
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The menu of the selected entry (Open, Mark Complete, Cancel Activity)."""
        menu = QMenu(self)
        menu.setObjectName("timelineContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self.entry_actions.values():
            menu.addAction(action)
        return menu

    # -- .eml drops ----------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if self._case_id is not None and eml_paths(event.mimeData()):
            event.acceptProposedAction()
            self._set_drop_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._case_id is not None and eml_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._set_drop_highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self._set_drop_highlight(False)
        paths = eml_paths(event.mimeData())
        if self._case_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.eml_dropped.emit(paths)

    def _set_drop_highlight(self, on: bool) -> None:
        style = "QStackedWidget#timelineStack { border: 2px dashed palette(highlight); }"
        self.stack.setStyleSheet(style if on else "")

    # -- layout and language -------------------------------------------------------------

    def _restore_header(self) -> None:
        state = self._prefs.get(settings.TIMELINE_HEADER) if self._prefs else None
        restored = (state is not None and not state.isEmpty()
                    and self.view.header().restoreState(state))
        self._fit_subject_on_resize = not restored
        if not restored:
            self.fit_columns()

    def save_header(self) -> None:
        """Remember the column layout the user made (called when they move or resize)."""
        if self._prefs is not None:
            self._fit_subject_on_resize = False
            self._prefs.set(settings.TIMELINE_HEADER, self.view.header().saveState())

    def fit_columns(self) -> None:
        """Widths from what the columns hold in this font and language; the subject gets
        the room that is left (at least 24 characters)."""
        metrics = self.view.fontMetrics()
        ch = metrics.averageCharWidth()
        padding = 2 * ch + 8
        kinds = [labels.timeline_kind("activity", k) for k in ACTIVITY_KIND_NAMES]
        kinds += [labels.timeline_kind(k) for k in ("note", "resolution")]
        samples = {
            "kind": kinds,
            "who": ["Margareta Öberg"],
            "when": [local_datetime(_WIDEST_DATE)],
            "due": [local_datetime(_WIDEST_DATE)],
            "duration": [labels.duration(10 * 60 + 45)],
            "status": [labels.activity_state(1) + " – " + labels.activity_status_reason(4),
                       labels.activity_state(0) + " – " + labels.activity_status_reason(10)],
        }
        icons = {"kind", "due"}
        caps = {"who": 16, "status": 22}
        header = self.view.header()
        blocked = header.blockSignals(True)
        others = 0
        for i, column in enumerate(COLUMNS):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            if column.key == "subject":
                continue
            texts = samples.get(column.key, []) + [
                QCoreApplication.translate(_CTX, column.header)]
            width = max(metrics.horizontalAdvance(t) for t in texts) + padding
            width += 22 if column.key in icons else 0
            width = min(width, caps.get(column.key, 40) * ch + padding)
            self.view.setColumnWidth(i, width)
            others += width
        self._fit_subject(others)
        header.blockSignals(blocked)

    def _fit_subject(self, others: int | None = None) -> None:
        subject = COLUMN_KEYS.index("subject")
        if others is None:
            others = sum(self.view.columnWidth(i) for i in range(len(COLUMNS)) if i != subject)
        room = self.view.viewport().width() - others - 2
        self.view.setColumnWidth(subject, max(24 * self.view.fontMetrics().averageCharWidth(),
                                              room))

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.Resize and watched is self.view.viewport()
                and self._fit_subject_on_resize):  # no saved layout: the subject follows
            blocked = self.view.header().blockSignals(True)
            self._fit_subject()
            self.view.header().blockSignals(blocked)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for action in [*self.add_actions.values(), *self.entry_actions.values()]:
            spec = ACTION_SPECS[action.data()]
            action.setText(action_tr(spec.text))
            action.setToolTip(action_tr(spec.tip))
            action.setStatusTip(action_tr(spec.tip))
        add_names = {
            "phone_call": self.tr("Add Phone Call"),
            "task": self.tr("Add Task"),
            "email": self.tr("Add E-mail"),
            "appointment": self.tr("Add Appointment"),
            "note": self.tr("Add Note"),
            "import_email": self.tr("Import E-mail"),
        }
        for kind, action in self.add_actions.items():
            button = self.add_bar.widgetForAction(action)
            button.setAccessibleName(add_names[kind])
            button.setAccessibleDescription(action.toolTip())
        for action in self.entry_actions.values():
            button = self.entry_bar.widgetForAction(action)
            button.setAccessibleName(action.iconText())
        kinds = {
            "all": self.tr("All"),
            "phone_call": self.tr("Phone Calls"),
            "task": self.tr("Tasks"),
            "email": self.tr("E-mails"),
            "appointment": self.tr("Appointments"),
            "note": self.tr("Notes"),
            "resolution": self.tr("Resolutions"),
        }
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, kinds[self.kind_combo.itemData(i)])
        states = {STATE_ALL: self.tr("All"), STATE_OPEN: self.tr("Open"),
                  STATE_OVERDUE: self.tr("Overdue")}
        for i in range(self.state_combo.count()):
            self.state_combo.setItemText(i, states[self.state_combo.itemData(i)])
        self.add_label.setText(self.tr("Add:"))
        self.kind_label.setText(self.tr("&Show:"))
        self.state_label.setText(self.tr("S&tatus:"))
        self.kind_combo.setAccessibleName(self.tr("Show entries of type"))
        self.state_combo.setAccessibleName(self.tr("Show open or overdue activities"))
        self.add_bar.setWindowTitle(self.tr("Add to the timeline"))
        self.add_bar.setAccessibleName(self.tr("Add to the timeline"))
        self.entry_bar.setWindowTitle(self.tr("Timeline entry commands"))
        self.entry_bar.setAccessibleName(self.tr("Timeline entry commands"))
        self.setAccessibleName(self.tr("Timeline"))
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.setAccessibleDescription(self.tr(
            "Activities, notes and resolutions of the case, newest first"))
        self.count_label.setAccessibleName(self.tr("Number of activities"))
        self.empty_label.setAccessibleName(self.tr("Timeline"))
        self.closed_case_label.setText(self.tr(
            "This case is closed. You can still add activities and notes to it."))
        self.closed_case_label.setAccessibleName(self.closed_case_label.text())
        self.model.retranslate()
        self._update_actions()
        self._show_state()
