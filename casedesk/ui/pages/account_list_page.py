"""Service › Accounts: views, filter-as-you-type, a sortable lazy table, the account forms.

`CustomerListPage` holds what the account and the contact list share; it has no texts of its
own (a tr() in a base class would translate in the wrong context): the subclasses name things.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
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
from casedesk.controllers.customers import CustomerQuery
from casedesk.controllers.errors import CaseDeskError
from casedesk.ui import prompts, settings
from casedesk.ui.actions import ACCOUNT_LIST_COMMANDS
from casedesk.ui.forms.account_form import AccountForm
from casedesk.ui.itemmodels.record_list_model import ColumnSpec, RecordListModel
from casedesk.ui.messages import error_message
from casedesk.ui.pages.list_layout import configure_list_table, lay_out_list_page

FILTER_DELAY_MS = 250


class RecordView(IntEnum):
    """The views of a customer list (stored in the settings by value)."""

    ACTIVE = 0
    INACTIVE = 1
    ALL = 2


@dataclass(frozen=True)
class ListQuery(CustomerQuery):
    """A customer query that also knows its view (the controller reads the fields it has)."""

    view: int = RecordView.ACTIVE


#: rows read per step when the inactive records are picked out of all of them
INACTIVE_SCAN = 500


def query_for_view(query: ListQuery, view: RecordView) -> ListQuery:
    """The query of `view`. CustomerQuery knows active only or all: Inactive reads all."""
    return replace(query, view=int(view), active_only=view == RecordView.ACTIVE)


def view_of(query) -> RecordView:
    return RecordView(getattr(query, "view", RecordView.ACTIVE))


class ViewSource:
    """list_fn/count_fn of one view for the model. CustomerQuery cannot ask for inactive
    records alone, so the Inactive view pages through all records and keeps the inactive
    ones (count: all minus active). Runs on any thread; holds no state."""

    def __init__(self, list_fn, count_fn, page_type) -> None:
        self._list_fn = list_fn
        self._count_fn = count_fn
        self._page_type = page_type

    def list(self, query, *, after=None, limit: int = 50):
        if view_of(query) != RecordView.INACTIVE:
            return self._list_fn(query, after=after, limit=limit)
        rows, key = [], after
        while True:
            page = self._list_fn(query, after=key, limit=max(limit, INACTIVE_SCAN))
            rows.extend(row for row in page.rows if not row.active)
            key = page.next_key
            if key is None or len(rows) >= limit:
                return self._page_type(rows, key)

    def count(self, query) -> int:
        if view_of(query) != RecordView.INACTIVE:
            return self._count_fn(query)
        return (self._count_fn(replace(query, active_only=False))
                - self._count_fn(replace(query, active_only=True)))


class CustomerListPage(QWidget):
    """A list of accounts or contacts. Subclasses set the class attributes and the texts."""

    new_case_requested = Signal(str, int, str)  # customer kind, id, name
    case_open_requested = Signal(int)
    status_message = Signal(str)

    kind = ""  # "account" or "contact"
    name_prefix = ""  # objectName prefix of the widgets
    action_ids: dict[str, str] = {}  # role → action id: new, open, new_case, deactivate, activate
    commands: tuple = ()
    keys: dict[str, settings.Key] = {}  # view, header, sort, descending
    samples: dict[str, str] = {}  # column key → a typical long value, sizes the column

    def __init__(self, session, customers, lookups, reader, actions, prefs: settings.Settings,
                 columns: list[ColumnSpec], list_fn, count_fn, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{self.kind}s")
        self._session = session
        self._customers = customers
        self._lookups = lookups
        self._reader = reader
        self._actions = actions
        self._prefs = prefs
        self._forms: dict[int, QWidget] = {}
        self._stale = False
        self.last_form = None
        self.source = ViewSource(list_fn, count_fn, customers.Page)
        self.model = RecordListModel(self.source.list, self.source.count, reader, columns,
                                     ListQuery(), parent=self)

        prefix = self.name_prefix
        self.command_bar = QToolBar(objectName=f"{prefix}CommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        actions.fill(self.command_bar, self.commands)

        self.view_label = QLabel(objectName=f"{prefix}ViewLabel")
        self.view_combo = QComboBox(objectName=f"{prefix}ViewCombo")
        for view in RecordView:
            self.view_combo.addItem("", int(view))
        self.view_label.setBuddy(self.view_combo)
        self.filter_edit = QLineEdit(objectName=f"{prefix}FilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(200)
        self.count_label = QLabel(objectName=f"{prefix}CountLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(objectName=f"{prefix}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the query's sort: no new query
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
        a, ids = self._actions, self.action_ids
        self.view_combo.currentIndexChanged.connect(self._view_changed)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._apply_filter_now)
        self._filter_timer.timeout.connect(self._apply_filter_now)
        self._save_timer.timeout.connect(self.save_state)
        self.table.activated.connect(lambda index: self.open_record(
            self.model.record_id(index.row())))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_actions)
        self.model.load_failed.connect(lambda exc: prompts.error(self, error_message(exc)))
        # The registry's actions belong to the window; only the page on show answers them.
        a[ids["new"]].triggered.connect(self._when_shown(self.new_record))
        a[ids["open"]].triggered.connect(self._when_shown(self.open_selected))
        a["refresh"].triggered.connect(self._when_shown(self.model.reload))
        a[ids["new_case"]].triggered.connect(self._when_shown(self.new_case_for_selected))
        a[ids["deactivate"]].triggered.connect(
            self._when_shown(lambda: self.set_selected_active(False)))
        a[ids["activate"]].triggered.connect(
            self._when_shown(lambda: self.set_selected_active(True)))
        header = self.table.horizontalHeader()
        header.sectionMoved.connect(lambda *_: self.save_state())
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        bus = self._session.events
        bus.subscribe(events.CUSTOMERS_CHANGED, self._customers_changed)
        bus.subscribe(events.DATA_RESET, self._customers_changed)
        self.destroyed.connect(lambda *_: (
            bus.unsubscribe(events.CUSTOMERS_CHANGED, self._customers_changed),
            bus.unsubscribe(events.DATA_RESET, self._customers_changed)))

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if isValid(self) and self.isVisible():
                slot()
        return run

    def _customers_changed(self, **_payload) -> None:
        if not isValid(self):
            return
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True  # reloaded when shown

    # -- state ---------------------------------------------------------------------------

    def _restore_state(self) -> None:
        keys = self._prefs
        header = keys.get(self.keys["header"])
        restored = not header.isEmpty() and self.table.horizontalHeader().restoreState(header)
        self._fit_on_show = not restored
        if not restored:
            self._apply_default_widths()
        sort = keys.get(self.keys["sort"])
        if self.model.column_of(sort) < 0:
            sort = self.keys["sort"].default
        descending = keys.get(self.keys["descending"])
        try:
            view = RecordView(keys.get(self.keys["view"]))
        except ValueError:
            view = RecordView.ACTIVE
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(self.view_combo.findData(int(view)))
        self.view_combo.blockSignals(False)
        self._set_sort_indicator(sort, descending)
        self.model.set_query(query_for_view(
            replace(self.model.query, sort=sort, descending=descending), view))

    def _set_sort_indicator(self, sort: str, descending: bool) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.column_of(sort),
                                Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def save_state(self) -> None:
        """Remember the view, the sort and the column layout (called on every change)."""
        q = self.model.query
        self._prefs.set(self.keys["view"], int(view_of(q)))
        self._prefs.set(self.keys["sort"], q.sort)
        self._prefs.set(self.keys["descending"], q.descending)
        self._prefs.set(self.keys["header"], self.table.horizontalHeader().saveState())

    def _apply_default_widths(self) -> None:
        """Widths from what the columns hold, in this font and language."""
        metrics = self.table.fontMetrics()
        padding = 4 * metrics.averageCharWidth()  # cell margins and the sort arrow
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            texts = [column.header_text(), self.samples.get(column.key, "")]
            self.table.setColumnWidth(i, max(metrics.horizontalAdvance(t) for t in texts)
                                      + padding)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.reload()
        if self._fit_on_show:
            self._fit_on_show = False
            QTimer.singleShot(0, self._apply_default_widths)

    # -- behaviour -----------------------------------------------------------------------

    def _view_changed(self) -> None:
        view = RecordView(self.view_combo.currentData())
        self.model.set_query(query_for_view(self.model.query, view))
        self.save_state()

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text()
        if text != self.model.query.filter_text:
            self.model.set_query(replace(self.model.query, filter_text=text))

    def set_view(self, view: RecordView, filter_text: str = "") -> None:
        self.filter_edit.blockSignals(True)
        self.filter_edit.setText(filter_text)
        self.filter_edit.blockSignals(False)
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(self.view_combo.findData(int(view)))
        self.view_combo.blockSignals(False)
        self.model.set_query(query_for_view(replace(self.model.query, filter_text=filter_text),
                                            view))

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

    def _update_actions(self, *_args) -> None:
        a, ids = self._actions, self.action_ids
        rows = self.selected_rows()
        view = view_of(self.model.query)
        a[ids["open"]].setEnabled(len(rows) == 1)
        a[ids["new_case"]].setEnabled(len(rows) == 1 and rows[0].active)
        a[ids["deactivate"]].setVisible(view != RecordView.INACTIVE)
        a[ids["deactivate"]].setEnabled(any(r.active for r in rows))
        a[ids["activate"]].setVisible(view != RecordView.ACTIVE)
        a[ids["activate"]].setEnabled(any(not r.active for r in rows))
        if rows:
            self.status_message.emit(self.selected_text(len(rows)))

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_record(rows[0].id)

    def new_case_for_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and rows[0].active:
            self.new_case_requested.emit(self.kind, rows[0].id, self.row_name(rows[0]))

    def set_selected_active(self, active: bool) -> int:
        """Deactivate (or activate) the selected records after asking; returns how many."""
        rows = [r for r in self.selected_rows() if r.active != active]
        if not rows or not prompts.confirm(self, self.confirm_text(
                active, [self.row_name(r) for r in rows])):
            return 0
        done = 0
        for row in rows:
            try:
                self.set_active(row.id, active)
                done += 1
            except CaseDeskError as exc:
                prompts.error(self, error_message(exc))
                break
        self.model.reload()
        return done

    # -- forms ---------------------------------------------------------------------------

    def _existing_form(self, record_id: int | None):
        form = self._forms.get(record_id) if record_id is not None else None
        if form is not None and isValid(form):
            form.show()
            form.raise_()
            form.activateWindow()
            return form
        self._forms.pop(record_id, None)
        return None

    def _show_form(self, form):
        """Show a new form window; it tells this page what to pass on to the main window."""
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.new_case_requested.connect(self.new_case_requested)
        form.case_open_requested.connect(self.case_open_requested)
        form.saved.connect(lambda record_id, f=form: self._forms.__setitem__(record_id, f))
        if form.record_id is not None:
            self._forms[form.record_id] = form
        form.destroyed.connect(lambda *_, f=form: self._forget(f))
        form.show()
        self.last_form = form
        return form

    def _forget(self, form) -> None:
        for record_id, known in list(self._forms.items()):
            if known is form:
                del self._forms[record_id]

    # -- for subclasses ------------------------------------------------------------------

    def open_record(self, record_id: int | None):
        raise NotImplementedError

    def new_record(self):
        raise NotImplementedError

    def set_active(self, record_id: int, active: bool) -> None:
        raise NotImplementedError

    def row_name(self, row) -> str:
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    def selected_text(self, count: int) -> str:
        raise NotImplementedError

    def confirm_text(self, active: bool, names: list[str]) -> str:
        raise NotImplementedError

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


_COLUMNS = "AccountColumns"
ACCOUNT_COLUMNS = [
    ColumnSpec("name", _COLUMNS, QT_TRANSLATE_NOOP("AccountColumns", "Account Name"),
               lambda r: r.name, "name"),
    ColumnSpec("account_number", _COLUMNS,
               QT_TRANSLATE_NOOP("AccountColumns", "Account Number"),
               lambda r: r.account_number, "account_number"),
    ColumnSpec("city", _COLUMNS, QT_TRANSLATE_NOOP("AccountColumns", "City"),
               lambda r: r.city, "city"),
    ColumnSpec("phone", _COLUMNS, QT_TRANSLATE_NOOP("AccountColumns", "Phone"),
               lambda r: r.phone, "phone"),
    ColumnSpec("email", _COLUMNS, QT_TRANSLATE_NOOP("AccountColumns", "E-mail"),
               lambda r: r.email, "email"),
    ColumnSpec("primary_contact", _COLUMNS,
               QT_TRANSLATE_NOOP("AccountColumns", "Primary Contact"),
               lambda r: r.primary_contact, "primary_contact"),
]


class AccountListPage(CustomerListPage):
    """Service › Accounts. Opens account forms itself; what they ask of the rest of the app
    comes out of the page's signals (new_case_requested, case_open_requested,
    contact_open_requested, new_contact_requested)."""

    contact_open_requested = Signal(int)
    new_contact_requested = Signal(int, str)  # account id, account name

    kind = "account"
    name_prefix = "account"
    action_ids = {"new": "new_account", "open": "open_account",
                  "new_case": "new_case_for_account", "deactivate": "deactivate_account",
                  "activate": "activate_account"}
    commands = ACCOUNT_LIST_COMMANDS
    keys = {"view": settings.ACCOUNT_VIEW, "header": settings.ACCOUNT_HEADER,
            "sort": settings.ACCOUNT_SORT, "descending": settings.ACCOUNT_SORT_DESCENDING}
    samples = {"name": "Kustinvest & Söner Fastigheter AB", "account_number": "ACC-000000",
               "city": "Upplands Väsby", "phone": "+46 8 123 456 78",
               "email": "kundtjanst@kustinvest.se", "primary_contact": "Margareta Öberg"}

    def __init__(self, session, customers, lookups, reader, actions,
                 prefs: settings.Settings, parent=None) -> None:
        super().__init__(session, customers, lookups, reader, actions, prefs, ACCOUNT_COLUMNS,
                         customers.list_accounts, customers.count_accounts, parent)

    def open_record(self, record_id: int | None) -> AccountForm | None:
        """Open the account's form (or bring its open form to the front)."""
        if record_id is None:
            return None
        existing = self._existing_form(record_id)
        if existing is not None:
            return existing
        try:
            form = self._make_form(record_id)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return None
        return self._show_form(form)

    def new_record(self) -> AccountForm:
        return self._show_form(self._make_form(None))

    def _make_form(self, record_id: int | None) -> AccountForm:
        form = AccountForm(self._session, self._customers, self._lookups, self._reader,
                           self._prefs, record_id, parent=self.window())
        form.contact_open_requested.connect(self.contact_open_requested)
        form.new_contact_requested.connect(self.new_contact_requested)
        return form

    def set_active(self, record_id: int, active: bool) -> None:
        self._customers.set_account_active(self._session, record_id, active)

    def row_name(self, row) -> str:
        return row.name

    def count_text(self, total: int) -> str:
        return self.tr("%n account(s)", "", total)

    def selected_text(self, count: int) -> str:
        return self.tr("%n account(s) selected", "", count)

    def confirm_text(self, active: bool, names: list[str]) -> str:
        if len(names) == 1:
            text = (self.tr("Activate the account “%1”?") if active
                    else self.tr("Deactivate the account “%1”? It stays with its contacts "
                                 "and cases but is no longer offered for new cases."))
            return text.replace("%1", names[0])
        return (self.tr("Activate %n account(s)?", "", len(names)) if active
                else self.tr("Deactivate %n account(s)? They stay with their contacts and "
                             "cases but are no longer offered for new cases.", "", len(names)))

    def retranslate_ui(self) -> None:
        names = {RecordView.ACTIVE: self.tr("Active Accounts"),
                 RecordView.INACTIVE: self.tr("Inactive Accounts"),
                 RecordView.ALL: self.tr("All Accounts")}
        for i in range(self.view_combo.count()):
            self.view_combo.setItemText(i, names[RecordView(self.view_combo.itemData(i))])
        self.view_label.setText(self.tr("&View:"))
        self.view_combo.setAccessibleName(self.tr("Account view"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, account number, city or e-mail…"))
        self.filter_edit.setAccessibleName(self.tr("Filter accounts"))
        self.table.setAccessibleName(self.tr("Accounts"))
        self.command_bar.setWindowTitle(self.tr("Account commands"))
        self.command_bar.setAccessibleName(self.tr("Account commands"))
        self.count_label.setAccessibleName(self.tr("Number of accounts"))
        if not self.model.loading:
            self.count_label.setText(self.count_text(self.model.total))
        self.model.retranslate()
