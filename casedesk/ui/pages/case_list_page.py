"""Service › Cases: the seven case views, filter-as-you-type, sortable lazy table (SPEC §4.2)."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.cases import (
    DEFAULT_COLUMNS,
    OPTIONAL_COLUMNS,
    CaseColumn,
    CaseQuery,
    CaseView,
)
from casedesk.models.options import CaseState
from casedesk.ui import labels, prompts, settings
from casedesk.ui.actions import CASE_LIST_COMMANDS, CASE_LIST_MORE_COMMANDS
from casedesk.ui.formatting import local_datetime
from casedesk.ui.icons import icon
from casedesk.ui.itemmodels.case_list_model import CaseListModel, display_text, header_text
from casedesk.ui.messages import error_message

FILTER_DELAY_MS = 250
_WIDEST_DATE = datetime(2026, 12, 28, 23, 58)  # sizes the date columns


class CaseListPage(QWidget):
    """The case list. Asks `cases` (the controller facade) for pages; never builds a query."""

    open_case_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, cases, reader, actions, prefs: settings.Settings, user_id,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_cases")
        self._cases = cases
        self._actions = actions
        self.lifecycle_available = False  # set by the window when lifecycle commands exist
        self.queues_available = False
        self.routing_available = False
        self._prefs = prefs
        self._user_id = user_id
        self.model = CaseListModel(cases, reader, self._restore_columns(), self)

        self.command_bar = QToolBar(objectName="caseCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        actions.fill(self.command_bar, CASE_LIST_COMMANDS)
        self.command_bar.addSeparator()
        self.more_menu = QMenu(self, objectName="caseMoreMenu")
        actions.fill(self.more_menu, CASE_LIST_MORE_COMMANDS)
        self.more_button = QToolButton(objectName="caseMoreButton")
        self.more_button.setIcon(icon("more"))
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.command_bar.addWidget(self.more_button)

        self.view_label = QLabel(objectName="caseViewLabel")
        self.view_combo = QComboBox(objectName="caseViewCombo")
        for view in CaseView:
            self.view_combo.addItem("", int(view))
        self.view_label.setBuddy(self.view_combo)
        self.filter_edit = QLineEdit(objectName="caseFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(200)
        self.count_label = QLabel(objectName="caseCountLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(objectName="caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._apply_default_widths()

        top = QHBoxLayout()
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
        self.setTabOrder(self.view_combo, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.table)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._connect_signals()
        self.retranslate_ui()
        self._restore_state()

    # -- wiring --------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.view_combo.currentIndexChanged.connect(self._view_changed)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._apply_filter_now)
        self._filter_timer.timeout.connect(self._apply_filter_now)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.loaded.connect(self._loaded)
        self.model.modelAboutToBeReset.connect(self._remember_place)
        self.model.modelReset.connect(self._update_actions)
        self.model.load_failed.connect(
            lambda exc: prompts.error(self, error_message(exc)))
        self._actions["open_case"].triggered.connect(self.open_selected)
        self._actions["refresh"].triggered.connect(self.model.reload)
        self._actions["export_csv"].triggered.connect(self.export_csv)
        self._actions["columns"].triggered.connect(
            lambda: self._header_menu(QPoint(0, 0)))
        self._actions["filter"].triggered.connect(self.focus_filter)
        self.table.horizontalHeader().sectionMoved.connect(lambda *_: self.save_state())
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._save_later())

    def _save_later(self) -> None:
        if not hasattr(self, "_save_timer"):
            self._save_timer = QTimer(self, singleShot=True, interval=500)
            self._save_timer.timeout.connect(self.save_state)
        self._save_timer.start()

    # -- state ---------------------------------------------------------------------------

    def _restore_columns(self) -> list[CaseColumn]:
        extra = []
        for part in self._prefs.get(settings.CASE_EXTRA_COLUMNS).split(","):
            if part.strip().isdigit() and int(part) in {int(c) for c in OPTIONAL_COLUMNS}:
                extra.append(CaseColumn(int(part)))
        return list(DEFAULT_COLUMNS) + extra

    def _restore_state(self) -> None:
        view = self._prefs.get(settings.CASE_VIEW)
        sort = self._prefs.get(settings.CASE_SORT_COLUMN)
        desc = self._prefs.get(settings.CASE_SORT_DESCENDING)
        header = self._prefs.get(settings.CASE_HEADER)
        self._fit_on_show = header.isEmpty()
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        try:
            sort_column = CaseColumn(sort)
        except ValueError:
            sort_column = CaseColumn.CREATED_ON
        if sort_column not in self.model.columns:
            sort_column = CaseColumn.CREATED_ON
        self._set_sort_indicator(sort_column, desc)
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(view)))
        self.view_combo.blockSignals(False)
        self.model.set_query(CaseQuery(view=CaseView(self.view_combo.currentData()),
                                       sort=sort_column, descending=desc,
                                       user_id=self._user_id))

    def _set_sort_indicator(self, column: CaseColumn, descending: bool) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.columns.index(column),
                                Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def save_state(self) -> None:
        q = self.model.query
        self._prefs.set(settings.CASE_VIEW, int(q.view))
        self._prefs.set(settings.CASE_SORT_COLUMN, int(q.sort))
        self._prefs.set(settings.CASE_SORT_DESCENDING, q.descending)
        self._prefs.set(settings.CASE_HEADER, self.table.horizontalHeader().saveState())
        extra = [str(int(c)) for c in self.model.columns if c in OPTIONAL_COLUMNS]
        self._prefs.set(settings.CASE_EXTRA_COLUMNS, ",".join(extra))

    def _apply_default_widths(self) -> None:
        """Widths from what the columns hold, in this font and language; the title gets
        the room that is left."""
        metrics = self.table.fontMetrics()
        samples = {
            CaseColumn.NUMBER: ["CAS-01000-WWWWWW"],
            CaseColumn.CUSTOMER: ["Kustinvest & Söner AB"],
            CaseColumn.PRIORITY: [labels.priority(p) for p in (1, 2, 3)],
            CaseColumn.ORIGIN: [labels.origin(o) for o in (1, 2, 3)],
            CaseColumn.STATUS_REASON: [labels.status_reason(r) for r in (1, 2, 3, 4, 5, 1000)],
            CaseColumn.OWNER: ["Margareta Öberg"],
            CaseColumn.CREATED_ON: [local_datetime(_WIDEST_DATE)],
            CaseColumn.MODIFIED_ON: [local_datetime(_WIDEST_DATE)],
        }
        ch = metrics.averageCharWidth()
        padding = 4 * ch  # cell margins and the sort arrow
        caps = {CaseColumn.CUSTOMER: 22, CaseColumn.STATUS_REASON: 18, CaseColumn.OWNER: 16}
        header = self.table.horizontalHeader()
        others = 0
        for i, column in enumerate(self.model.columns):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            if column == CaseColumn.TITLE:
                continue
            texts = samples.get(column, ["Nätverk och telefoni"]) + [header_text(column)]
            width = min(caps.get(column, 24) * ch,
                        max(metrics.horizontalAdvance(t) for t in texts) + padding)
            self.table.setColumnWidth(i, width)
            others += width
        if CaseColumn.TITLE in self.model.columns:  # the title takes the room that is left
            room = self.table.viewport().width() - others - 4
            self.table.setColumnWidth(self.model.columns.index(CaseColumn.TITLE),
                                      max(24 * ch, room))

    # -- behaviour -----------------------------------------------------------------------

    def _view_changed(self) -> None:
        self.model.set_query(replace(self.model.query,
                                     view=CaseView(self.view_combo.currentData())))
        self.save_state()

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text()
        if text != self.model.query.filter_text:
            self.model.set_query(replace(self.model.query, filter_text=text))

    def set_view(self, view: CaseView, filter_text: str = "") -> None:
        """Show a view, optionally filtered (quick find uses it for a customer's cases)."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.setText(filter_text)
        self.filter_edit.blockSignals(False)
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(self.view_combo.findData(int(view)))
        self.view_combo.blockSignals(False)
        self.model.set_query(replace(self.model.query, view=view, filter_text=filter_text))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _remember_place(self) -> None:
        """Before the rows are replaced: what is selected and where the list is scrolled."""
        current = self.model.case_id(self.table.currentIndex().row())
        self._place = (self.model.query, self.selected_ids(), current,
                       self.table.verticalScrollBar().value())

    def _restore_place(self) -> None:
        """After a reload of the same view (a refresh, a colleague's change): the same cases
        stay selected and the list where it was; a new view starts at the top."""
        place, self._place = getattr(self, "_place", None), None
        if place is None or place[0] != self.model.query:
            return
        _query, ids, current, scroll = place
        wanted = set(ids)
        selection = self.table.selectionModel()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for row in range(self.model.rowCount()):
            case_id = self.model.case_id(row)
            if case_id == current:
                selection.setCurrentIndex(self.model.index(row, 0),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
            if case_id in wanted:
                selection.select(self.model.index(row, 0), flags)
        self.table.verticalScrollBar().setValue(scroll)

    def _loaded(self, total: int) -> None:
        self._restore_place()
        self.count_label.setText(self.tr("%n case(s)", "", total))
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self._set_sort_indicator(self.model.query.sort, self.model.query.descending)
        self.save_state()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.case_id(r) for r in rows) if cid is not None]

    def selected_rows(self):
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_of(row) for row in rows) if r is not None]

    def _update_actions(self, *_args) -> None:
        rows = self.selected_rows()
        count = len(rows)
        all_active = bool(rows) and all(r.state == int(CaseState.ACTIVE) for r in rows)
        self._actions["open_case"].setEnabled(count == 1)
        self._actions["export_csv"].setEnabled(self.model.rowCount() > 0)
        if self.lifecycle_available:
            self._actions["close_case"].setEnabled(count == 1 and all_active)
            self._actions["cancel_case"].setEnabled(count == 1 and all_active)
            self._actions["merge_cases"].setEnabled(2 <= count <= 10 and all_active)
            self._actions["associate_children"].setEnabled(count >= 1 and all_active)
        if self.queues_available:
            self._actions["assign"].setEnabled(count >= 1 and all_active)
            self._actions["add_to_queue"].setEnabled(count >= 1 and all_active)
        if self.routing_available:
            self._actions["apply_routing"].setEnabled(count >= 1 and all_active)
        if count:
            self.status_message.emit(self.tr("%n case(s) selected", "", count))

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_case_requested.emit(ids[0])

    def _open_row(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id is not None:
            self.open_case_requested.emit(case_id)

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("caseColumnsMenu")
        for column in OPTIONAL_COLUMNS:
            action = QAction(header_text(column), menu, checkable=True)
            action.setChecked(column in self.model.columns)
            action.toggled.connect(lambda on, c=column: self.toggle_column(c, on))
            menu.addAction(action)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def toggle_column(self, column: CaseColumn, shown: bool) -> None:
        columns = [c for c in self.model.columns if c != column]
        if shown:
            columns.append(column)
        if self.model.query.sort not in columns:
            self.model.set_query(replace(self.model.query, sort=CaseColumn.CREATED_ON,
                                         descending=True))
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        self.model.set_columns(columns)
        header.blockSignals(False)
        self._apply_default_widths()
        self._set_sort_indicator(self.model.query.sort, self.model.query.descending)
        self.model.reload()
        self.save_state()

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to CSV"),
                                              self.tr("cases.csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> int:
        """Write every case of the current view and filter; returns the number of rows."""
        columns = self.model.columns
        count = 0
        try:
            with open(path, "w", newline="", encoding="utf-8-sig") as fh:
                out = csv.writer(fh)
                out.writerow([header_text(c) for c in columns])
                after = None
                while True:
                    page = self._cases.list_cases(self.model.query, after=after, limit=1000)
                    for row in page.rows:
                        out.writerow([display_text(row, c) for c in columns])
                        count += 1
                    if page.next_key is None:
                        break
                    after = page.next_key
        except OSError as exc:
            prompts.error(self, self.tr("The file could not be written: %1").replace(
                "%1", exc.strerror or str(exc)))
            return 0
        self.status_message.emit(self.tr("%n case(s) exported", "", count))
        return count

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_on_show:  # first show without a saved layout: fit the real width
            self._fit_on_show = False
            QTimer.singleShot(0, self._apply_default_widths)

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = {
            CaseView.MY_ACTIVE: self.tr("My Active Cases"),
            CaseView.ACTIVE: self.tr("Active Cases"),
            CaseView.RESOLVED: self.tr("Resolved Cases"),
            CaseView.MY_RESOLVED: self.tr("My Resolved Cases"),
            CaseView.CANCELED: self.tr("Canceled Cases"),
            CaseView.ESCALATED: self.tr("Escalated Cases"),
            CaseView.ALL: self.tr("All Cases"),
        }
        for i in range(self.view_combo.count()):
            self.view_combo.setItemText(i, names[CaseView(self.view_combo.itemData(i))])
        self.view_label.setText(self.tr("&View:"))
        self.view_combo.setAccessibleName(self.tr("Case view"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by case number, title or customer…"))
        self.filter_edit.setAccessibleName(self.tr("Filter cases"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.command_bar.setWindowTitle(self.tr("Case commands"))
        self.command_bar.setAccessibleName(self.tr("Case commands"))
        self.count_label.setAccessibleName(self.tr("Number of cases"))
        self.more_button.setText(self.tr("More Commands"))
        self.more_button.setToolTip(self.tr("More Commands"))
        self.more_button.setAccessibleName(self.tr("More Commands"))
        if not self.model.loading:
            self.count_label.setText(self.tr("%n case(s)", "", self.model.total))
        self.model.retranslate()
