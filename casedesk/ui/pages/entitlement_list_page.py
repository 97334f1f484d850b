"""Service › Entitlements (SPEC §1.5, §3): views, filter-as-you-type, a sortable lazy table,
New, New from Template…, Open; the entitlement forms open from here.

`entitlements` is casedesk.controllers.entitlements (list_entitlements, count_entitlements,
EntitlementQuery, EntitlementView, list_templates, fields_from_template, …).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.models.options import Role
from casedesk.ui import labels, prompts, settings
from casedesk.ui.actions import ENTITLEMENT_LIST_COMMANDS
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.formatting import local_date
from casedesk.ui.forms.entitlement_form import EntitlementForm
from casedesk.ui.itemmodels.record_list_model import ColumnSpec, RecordListModel
from casedesk.ui.messages import error_message
from casedesk.ui.pages.list_layout import configure_list_table, lay_out_list_page
from casedesk.ui.widgets.lookup_edit import LookupEdit, kind_name

FILTER_DELAY_MS = 250
ENTITLEMENTS_CHANGED = getattr(events, "ENTITLEMENTS_CHANGED", "entitlements_changed")
TEMPLATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_CTX = "EntitlementColumns"


def _yes(flag: bool) -> str:
    return QCoreApplication.translate(_CTX, "Yes") if flag else ""


QT_TRANSLATE_NOOP("EntitlementColumns", "Yes")

ENTITLEMENT_COLUMNS = [
    ColumnSpec("name", _CTX, QT_TRANSLATE_NOOP("EntitlementColumns", "Name"),
               lambda r: r.name, "name"),
    ColumnSpec("customer", _CTX, QT_TRANSLATE_NOOP("EntitlementColumns", "Customer"),
               lambda r: r.customer, "customer"),
    ColumnSpec("state", _CTX, QT_TRANSLATE_NOOP("EntitlementColumns", "Status"),
               lambda r: labels.entitlement_state(r.state), "state", lambda r: r.state),
    ColumnSpec("allocation_type", _CTX,
               QT_TRANSLATE_NOOP("EntitlementColumns", "Allocation Type"),
               lambda r: labels.allocation_type(r.allocation_type), "allocation_type",
               lambda r: r.allocation_type),
    ColumnSpec("total_terms", _CTX, QT_TRANSLATE_NOOP("EntitlementColumns", "Total Terms"),
               lambda r: labels.terms(r.total_terms), "total_terms", lambda r: r.total_terms),
    ColumnSpec("remaining", _CTX, QT_TRANSLATE_NOOP("EntitlementColumns", "Remaining Terms"),
               lambda r: labels.terms(r.remaining), "remaining", lambda r: r.remaining),
    ColumnSpec("start_date", _CTX, QT_TRANSLATE_NOOP("EntitlementColumns", "Start Date"),
               lambda r: local_date(r.start_date), "start_date", lambda r: r.start_date),
    ColumnSpec("end_date", _CTX, QT_TRANSLATE_NOOP("EntitlementColumns", "End Date"),
               lambda r: local_date(r.end_date), "end_date", lambda r: r.end_date),
    ColumnSpec("is_default", _CTX, QT_TRANSLATE_NOOP("EntitlementColumns", "Default"),
               lambda r: _yes(r.is_default), None, lambda r: r.is_default),
]
#: a typical long value per column: sizes the columns at first
SAMPLES = {"name": "Premium Support 2026 — 24/7", "customer": "Nordic Logistics Group AB",
           "start_date": "2026-12-31", "end_date": "2026-12-31"}


class TemplateChooser(BaseDialog):
    """New from Template: pick a template (and, optionally, the customer). The caller opens
    it with open() and reads `template_id()` and `customer()` when it is accepted."""

    geometry_key = "entitlement_template_chooser"

    def __init__(self, templates: list, lookups, reader, prefs=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("entitlementTemplateChooser")
        self.intro = QLabel(objectName="templateChooserIntro")
        self.intro.setWordWrap(True)
        self.list = QListWidget(objectName="templateChooserList")
        for template in templates:
            template_id, name = template[0], template[1]
            item = QListWidgetItem(name)
            item.setData(TEMPLATE_ID_ROLE, template_id)
            item.setData(Qt.ItemDataRole.UserRole + 2, template)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty_note = QLabel(objectName="templateChooserEmpty")
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(not templates)
        self.customer_caption = QLabel(objectName="templateChooserCustomerCaption")
        self.customer_edit = LookupEdit(lookups.search_customers, reader, window=self,
                                        kind_label=kind_name)
        self.customer_edit.setObjectName("templateChooserCustomer")
        self.customer_caption.setBuddy(self.customer_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            objectName="templateChooserButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda _r: self._update())
        form = QFormLayout()
        form.addRow(self.customer_caption, self.customer_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, 380)
        self.restore_geometry()
        self.retranslate_ui()
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.template_id() is not None)

    def template_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(TEMPLATE_ID_ROLE) if item is not None else None

    def customer(self):
        return self.customer_edit.item()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New Entitlement from Template"))
        self.intro.setText(self.tr("Choose the template whose terms, channels and products "
                                   "the new entitlement starts with."))
        self.list.setAccessibleName(self.tr("Entitlement templates"))
        self.empty_note.setText(self.tr("There are no entitlement templates yet. Create them "
                                        "under Settings › Entitlement Templates."))
        self.customer_caption.setText(self.tr("&Customer (optional):"))
        self.customer_edit.setAccessibleName(self.tr("Customer"))
        self.customer_edit.set_placeholder(self.tr("Type a name and press Enter"))
        for item in (self.list.item(i) for i in range(self.list.count())):
            template = item.data(Qt.ItemDataRole.UserRole + 2)
            if len(template) >= 5:
                item.setToolTip(self.tr("%1: %2, %3 days").replace(
                    "%1", labels.allocation_type(template[2])).replace(
                    "%2", labels.terms(template[3])).replace("%3", str(template[4])))


class EntitlementListPage(QWidget):
    """Service › Entitlements. Signals: case_open_requested(case id) (from a form's ledger),
    status_message(text). The window's `actions` registry holds the list commands."""

    case_open_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, session, entitlements, lookups, reader, actions, prefs: settings.Settings,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_entitlements")
        self._session = session
        self._entitlements = entitlements
        self._lookups = lookups
        self._reader = reader
        self._actions = actions
        self._prefs = prefs
        self._forms: dict[int, EntitlementForm] = {}
        self._stale = False
        self.last_form: EntitlementForm | None = None
        self.chooser: TemplateChooser | None = None
        self.model = RecordListModel(entitlements.list_entitlements,
                                     entitlements.count_entitlements, reader,
                                     ENTITLEMENT_COLUMNS, entitlements.EntitlementQuery(),
                                     parent=self)

        self.command_bar = QToolBar(objectName="entitlementCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        actions.fill(self.command_bar, ENTITLEMENT_LIST_COMMANDS)

        self.view_label = QLabel(objectName="entitlementViewLabel")
        self.view_combo = QComboBox(objectName="entitlementViewCombo")
        for view in entitlements.EntitlementView:
            self.view_combo.addItem("", int(view))
        self.view_label.setBuddy(self.view_combo)
        self.filter_edit = QLineEdit(objectName="entitlementFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(200)
        self.count_label = QLabel(objectName="entitlementCountLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(objectName="entitlementTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
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
        self.table.activated.connect(
            lambda index: self.open_record(self.model.record_id(index.row())))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_actions)
        self.model.load_failed.connect(lambda exc: prompts.error(self, error_message(exc)))
        a["new_entitlement"].triggered.connect(self._when_shown(self.new_record))
        a["new_entitlement_from_template"].triggered.connect(
            self._when_shown(self.new_from_template))
        a["open_entitlement"].triggered.connect(self._when_shown(self.open_selected))
        a["refresh"].triggered.connect(self._when_shown(self.model.reload))
        header = self.table.horizontalHeader()
        header.sectionMoved.connect(lambda *_: self.save_state())
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        bus = self._session.events
        names = (ENTITLEMENTS_CHANGED, events.CASES_CHANGED, events.CASES_CREATED,
                 events.CUSTOMERS_CHANGED, events.DATA_RESET)
        for name in names:
            bus.subscribe(name, self._changed)
        self.destroyed.connect(lambda *_: [bus.unsubscribe(n, self._changed) for n in names])

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

    # -- state ---------------------------------------------------------------------------

    def _restore_state(self) -> None:
        prefs = self._prefs
        header_state = prefs.get(settings.ENTITLEMENT_HEADER)
        restored = (not header_state.isEmpty()
                    and self.table.horizontalHeader().restoreState(header_state))
        self._fit_on_show = not restored
        if restored:
            self._widen_for_language()  # saved in another language, perhaps
        else:
            self._apply_default_widths()
        sort = prefs.get(settings.ENTITLEMENT_SORT)
        if self.model.column_of(sort) < 0:
            sort = settings.ENTITLEMENT_SORT.default
        descending = prefs.get(settings.ENTITLEMENT_SORT_DESCENDING)
        view = prefs.get(settings.ENTITLEMENT_VIEW)
        if self.view_combo.findData(view) < 0:
            view = settings.ENTITLEMENT_VIEW.default
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(self.view_combo.findData(view))
        self.view_combo.blockSignals(False)
        self._set_sort_indicator(sort, descending)
        self.model.set_query(replace(self.model.query, view=self._view_value(view), sort=sort,
                                     descending=descending))

    def _view_value(self, view: int):
        return self._entitlements.EntitlementView(int(view))

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
        self._prefs.set(settings.ENTITLEMENT_VIEW, int(q.view))
        self._prefs.set(settings.ENTITLEMENT_SORT, q.sort)
        self._prefs.set(settings.ENTITLEMENT_SORT_DESCENDING, q.descending)
        self._prefs.set(settings.ENTITLEMENT_HEADER, self.table.horizontalHeader().saveState())

    def _needed_width(self, column: ColumnSpec) -> int:
        """What the column needs for its header and typical values, in this language."""
        metrics = self.table.fontMetrics()
        texts = [column.header_text(), SAMPLES.get(column.key, "")]
        if column.key == "state":
            texts += [labels.entitlement_state(v) for v in labels.ENTITLEMENT_STATES]
        elif column.key == "allocation_type":
            texts += [labels.allocation_type(v) for v in labels.ALLOCATION_TYPES]
        return (max(metrics.horizontalAdvance(t) for t in texts)
                + 4 * metrics.averageCharWidth())  # cell margins and the sort arrow

    def _apply_default_widths(self) -> None:
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(i, self._needed_width(column))

    def _widen_for_language(self) -> None:
        """After a language change: widen the columns the new texts no longer fit."""
        for i, column in enumerate(self.model.columns):
            needed = self._needed_width(column)
            if self.table.columnWidth(i) < needed:
                self.table.setColumnWidth(i, needed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.reload()
        if self._fit_on_show:
            self._fit_on_show = False
            QTimer.singleShot(0, self, self._apply_default_widths)
        self._update_actions()

    # -- behaviour -----------------------------------------------------------------------

    def _view_changed(self) -> None:
        view = self._view_value(self.view_combo.currentData())
        self.model.set_query(replace(self.model.query, view=view))
        self.save_state()

    def set_view(self, view: int, filter_text: str = "") -> None:
        """Show a view (EntitlementView) with a filter, as if the user had chosen them."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.setText(filter_text)
        self.filter_edit.blockSignals(False)
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(self.view_combo.findData(int(view)))
        self.view_combo.blockSignals(False)
        self.model.set_query(replace(self.model.query, view=self._view_value(view),
                                     filter_text=filter_text))

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text()
        if text != self.model.query.filter_text:
            self.model.set_query(replace(self.model.query, filter_text=text))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _loaded(self, total: int) -> None:
        self.count_label.setText(self.tr("%n entitlement(s)", "", total))
        self._set_sort_indicator(self.model.query.sort, self.model.query.descending)
        self.save_state()

    def selected_row(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_of(rows[0].row()) if rows else None

    def _update_actions(self, *_args) -> None:
        if not self.isVisible():
            return  # the window's actions belong to the page on show
        self._actions["open_entitlement"].setEnabled(self.selected_row() is not None)
        # new entitlements are for managers and administrators (SPEC §1.6)
        manage = self._session.has_role(Role.MANAGER) or self._session.has_role(
            Role.ADMINISTRATOR)
        for action_id in ("new_entitlement", "new_entitlement_from_template"):
            self._actions[action_id].setEnabled(manage)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_record(row.id)

    # -- forms ---------------------------------------------------------------------------

    def open_record(self, entitlement_id: int | None):
        """Open the entitlement's form (raise it when it is open already)."""
        if entitlement_id is None:
            return None
        form = self._forms.get(entitlement_id)
        if form is not None and isValid(form):
            form.show()
            form.raise_()
            form.activateWindow()
            return form
        try:
            form = EntitlementForm(self._session, self._entitlements, self._lookups,
                                   self._reader, self._prefs, entitlement_id=entitlement_id,
                                   parent=self.window())
        except Exception as exc:  # noqa: BLE001 (e.g. NotFound: deleted meanwhile)
            prompts.error(self, error_message(exc))
            self.model.reload()
            return None
        return self._show_form(form)

    def new_record(self, customer=None, template_id: int | None = None):
        form = EntitlementForm(self._session, self._entitlements, self._lookups, self._reader,
                               self._prefs, template_id=template_id, customer=customer,
                               parent=self.window())
        return self._show_form(form)

    def new_from_template(self) -> TemplateChooser | None:
        """Ask for a template (a small dialog, opened non-blocking); the form opens when it
        is accepted."""
        try:
            templates = self._entitlements.list_templates()
        except Exception as exc:  # noqa: BLE001
            prompts.error(self, error_message(exc))
            return None
        chooser = TemplateChooser(templates, self._lookups, self._reader, self._prefs,
                                  parent=self.window())
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.accepted.connect(lambda c=chooser: self.new_record(c.customer(),
                                                                   c.template_id()))
        self.chooser = chooser
        chooser.open()
        return chooser

    def _show_form(self, form: EntitlementForm) -> EntitlementForm:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.case_open_requested.connect(self.case_open_requested)
        form.saved.connect(lambda record_id, f=form: self._remember(record_id, f))
        if form.record_id is not None:
            self._forms[form.record_id] = form
        form.show()
        self.last_form = form
        return form

    def _remember(self, record_id: int, form: EntitlementForm) -> None:
        for known_id, known in list(self._forms.items()):
            if known is form:
                del self._forms[known_id]
        self._forms[record_id] = form
        form.destroyed.connect(lambda *_, i=record_id: self._forms.pop(i, None))

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Entitlements"))
        self.command_bar.setWindowTitle(self.tr("Entitlement commands"))
        self.command_bar.setAccessibleName(self.tr("Entitlement commands"))
        self.view_label.setText(self.tr("&View:"))
        views = {0: self.tr("All Entitlements"), 1: self.tr("Active Entitlements"),
                 2: self.tr("Expiring in 30 Days"), 3: self.tr("Exhausted Entitlements")}
        for i in range(self.view_combo.count()):
            self.view_combo.setItemText(i, views.get(self.view_combo.itemData(i), ""))
        self.view_combo.setAccessibleName(self.tr("View"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or customer"))
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.count_label.setAccessibleName(self.tr("Number of entitlements"))
        if not self.model.loading:
            self.count_label.setText(self.tr("%n entitlement(s)", "", self.model.total))
        self.table.setAccessibleName(self.tr("Entitlements"))
        self.model.retranslate()
        if not getattr(self, "_fit_on_show", True):
            self._widen_for_language()
