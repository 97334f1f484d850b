"""The account form (SPEC §1.2): create and edit an account, see its contacts and cases.

`CustomerForm` holds what the account and the contact form share (saving, inline field
errors, unsaved changes, activate/deactivate, the related cases); it has no texts of its own
(a tr() in a base class would translate in the wrong context).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import CaseDeskError, ConflictError, ValidationError
from casedesk.ui import labels, prompts
from casedesk.ui.actions import ACCOUNT_FORM_COMMANDS, ActionRegistry
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.formatting import local_datetime
from casedesk.ui.itemmodels.record_list_model import ColumnSpec, RecordListModel
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.styles import ERROR_STYLE
from casedesk.ui.widgets.active_entitlements import ActiveEntitlementsList
from casedesk.ui.widgets.lookup_edit import LookupEdit

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_STYLE = ("QLabel { border: 1px solid palette(mid); border-radius: 4px; "
               "padding: 1px 8px; }")


class CustomerForm(BaseDialog):
    """A non-modal window over one account or contact (record_id None: a new one).

    Subclasses build the fields (with `add_line`, `add_field`), name everything, and say how
    to read, create, update and (de)activate their record."""

    new_case_requested = Signal(str, int, str)  # customer kind, id, name
    case_open_requested = Signal(int)
    saved = Signal(int)  # the record's id, after every successful save

    kind = ""  # "account" or "contact"
    commands: tuple = ()
    action_ids: dict[str, str] = {}  # new_case, deactivate, activate

    def __init__(self, session, customers, lookups, reader, prefs, record_id: int | None,
                 parent=None) -> None:
        super().__init__(prefs, parent)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName(f"{self.kind}Form")
        self._session = session
        self._customers = customers
        self._lookups = lookups
        self._reader = reader
        self.record_id = record_id
        self.record = None
        self._version = 0
        self._loading = False
        self._dirty = False
        #: field → what its error says (a function: the text follows the language)
        self._errors: dict[str, object] = {}
        self.editors: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}

        self.actions = ActionRegistry(self)
        self.command_bar = QToolBar(objectName=f"{self.kind}FormCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.command_bar, self.commands)

        self.heading = QLabel(objectName=f"{self.kind}Heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_label = QLabel(objectName=f"{self.kind}KindLabel")
        self.inactive_badge = QLabel(objectName=f"{self.kind}InactiveBadge")
        self.inactive_badge.setStyleSheet(BADGE_STYLE)
        self.inactive_badge.hide()
        self.form_error = QLabel(objectName=f"{self.kind}FormError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        # the related cases, shown by both forms
        self.cases_box = QGroupBox(objectName=f"{self.kind}CasesBox")
        self.cases_tree = QTreeWidget(objectName=f"{self.kind}CasesTree")
        self.cases_tree.setRootIsDecorated(False)
        self.cases_tree.setUniformRowHeights(True)
        self.cases_tree.setColumnCount(4)
        self.cases_tree.setAlternatingRowColors(True)
        cases_header = self.cases_tree.header()
        cases_header.setStretchLastSection(False)
        for column in (0, 2, 3):
            cases_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        cases_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title
        self.cases_note = QLabel(objectName=f"{self.kind}CasesNote")
        self.cases_note.setWordWrap(True)
        cases_layout = QVBoxLayout(self.cases_box)
        cases_layout.addWidget(self.cases_note)
        cases_layout.addWidget(self.cases_tree)
        self._cases: list = []

    # -- building (subclasses) -----------------------------------------------------------

    def _new_section(self, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(objectName=f"{self.kind}{name}Box")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return box, form

    def add_field(self, form: QFormLayout, field: str, editor: QWidget) -> QWidget:
        """A row: caption (its buddy the editor), the editor, and its error below it."""
        editor.setObjectName(f"{self.kind}_{field}")
        caption = QLabel(objectName=f"{self.kind}_{field}_caption")
        caption.setBuddy(editor)
        error = QLabel(objectName=f"{self.kind}_{field}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        form.addRow(caption, cell)
        self.editors[field] = editor
        self.captions[field] = caption
        self.error_labels[field] = error
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t, f=field: self._edited(f))
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i, f=field: self._edited(f))
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda _on, f=field: self._edited(f))
        elif hasattr(editor, "item_changed"):  # a LookupEdit
            editor.item_changed.connect(lambda _item, f=field: self._edited(f))
            editor.edit.textEdited.connect(lambda _t, f=field: self._edited(f))
        return editor

    def add_line(self, form: QFormLayout, field: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        return self.add_field(form, field, edit)

    def _finish_layout(self, left: list[QWidget], right: list[QWidget]) -> None:
        """Header and command bar on top; the fields on the left, related lists right."""
        fields = QWidget(objectName=f"{self.kind}FieldsPane")
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 4, 0)
        for box in left:
            fields_layout.addWidget(box)
        fields_layout.addStretch(1)
        scroll = QScrollArea(objectName=f"{self.kind}FieldsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(fields)
        related = QWidget(objectName=f"{self.kind}RelatedPane")
        related_layout = QVBoxLayout(related)
        related_layout.setContentsMargins(4, 0, 0, 0)
        for box in right:
            related_layout.addWidget(box, 1 if box is not right[-1] else 0)
        self.splitter = QSplitter(objectName=f"{self.kind}FormSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(related)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addWidget(self.inactive_badge)
        title_row.addStretch(1)
        title_row.addWidget(self.kind_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.command_bar)
        layout.addLayout(title_row)
        layout.addWidget(self.form_error)
        layout.addWidget(self.splitter, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_split_done", False):  # the fields get a fair half at first
            self._split_done = True
            width = self.splitter.width()
            left = max(min(520, width // 2), int(width * 0.45))
            self.splitter.setSizes([left, max(1, width - left)])

    def _connect_common(self) -> None:
        a, ids = self.actions, self.action_ids
        a["save_record"].triggered.connect(self.save)
        a["save_close_record"].triggered.connect(self.save_and_close)
        a[ids["new_case"]].triggered.connect(self.request_new_case)
        a[ids["deactivate"]].triggered.connect(lambda: self.set_active(False))
        a[ids["activate"]].triggered.connect(lambda: self.set_active(True))
        self.cases_tree.itemActivated.connect(
            lambda item, _c: self.case_open_requested.emit(item.data(0, CASE_ID_ROLE)))
        bus = self._session.events
        for name in (events.CUSTOMERS_CHANGED, events.CASES_CREATED, events.CASES_CHANGED,
                     events.DATA_RESET):
            bus.subscribe(name, self._something_changed)
        self.destroyed.connect(lambda *_: self._unsubscribe(bus))

    def _unsubscribe(self, bus) -> None:
        for name in (events.CUSTOMERS_CHANGED, events.CASES_CREATED, events.CASES_CHANGED,
                     events.DATA_RESET):
            bus.unsubscribe(name, self._something_changed)

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the record (raises NotFound) and show it; a new form starts empty."""
        self._loading = True
        try:
            if self.record_id is None:
                self.record = None
                self._version = 0
                self.clear_fields()
            else:
                self.record = self.read(self.record_id)
                self._version = self.record.version
                self.fill(self.record)
        finally:
            self._loading = False
        self._set_dirty(False)
        self._clear_errors()
        self._update_state()
        self.load_related()

    def load_related(self) -> None:
        """The cases of the record, on the reader thread (subclasses add their lists)."""
        if self.record_id is None:
            self._show_cases([])
            return
        record_id, customers, kind = self.record_id, self._customers, self.kind
        self._reader.submit(lambda: customers.customer_cases(kind, record_id),
                            lambda rows: self._show_cases(rows) if isValid(self) else None,
                            None, key=f"{kind}-cases-{id(self)}", owner=self)
        entitlements_list = getattr(self, "entitlements_list", None)
        if entitlements_list is not None:
            from casedesk.controllers import entitlements

            self._reader.submit(
                lambda: entitlements.active_entitlements_of(kind, record_id),
                entitlements_list.set_rows, None, key=f"{kind}-ents-{id(self)}",
                owner=entitlements_list)

    def _show_cases(self, rows) -> None:
        self._cases = list(rows)
        self.cases_tree.clear()
        for case in self._cases:
            item = QTreeWidgetItem(self.cases_tree, [
                case.number, case.title, labels.status_reason(case.status_reason),
                local_datetime(case.created_on)])
            item.setData(0, CASE_ID_ROLE, case.id)
            item.setToolTip(1, case.title)
        self.cases_loaded()

    def cases_loaded(self) -> None:
        """Hook: the cases list was (re)filled."""

    def _something_changed(self, kind=None, ids=None, remote=False, **_payload) -> None:
        if not isValid(self) or self.record_id is None:
            return
        # a colleague changed this record (or we reconnected after a gap): show it, unless
        # there are unsaved edits (their save then meets the conflict)
        mine = kind == self.kind and self.record_id in (ids or ()) or (
            remote and kind is None and ids is None)
        if remote and mine and not self._dirty:
            self.load()
        else:
            self.load_related()

    # -- state ---------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.setWindowModified(dirty)

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        if field in self._errors:
            del self._errors[field]
            self._render_errors()

    def is_active(self) -> bool:
        return self.record is None or bool(self.record.active)

    def _update_state(self) -> None:
        a, ids = self.actions, self.action_ids
        saved = self.record is not None
        active = self.is_active()
        a["save_record"].setEnabled(active)
        a["save_close_record"].setEnabled(active)
        a[ids["new_case"]].setEnabled(saved and active)
        a[ids["deactivate"]].setVisible(active)
        a[ids["deactivate"]].setEnabled(saved)
        a[ids["activate"]].setVisible(not active)
        self.inactive_badge.setVisible(not active)
        self.set_read_only(not active)
        self.cases_box.setEnabled(saved)
        self.retranslate_ui()

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit):
                editor.setReadOnly(read_only)
            elif hasattr(editor, "set_read_only"):
                editor.set_read_only(read_only)
            else:
                editor.setEnabled(not read_only)

    # -- errors --------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        self._errors.clear()
        self._render_errors()

    def show_error(self, field: str, text_fn) -> None:
        """Show `text_fn()` under the field (or above the form for a field it lacks)."""
        self._errors[field] = text_fn
        self._render_errors()
        editor = self.editors.get(field)
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_errors(self) -> None:
        for field, label in self.error_labels.items():
            text_fn = self._errors.get(field)
            label.setText(text_fn() if text_fn else "")
            label.setVisible(text_fn is not None)
            self.editors[field].setAccessibleDescription(text_fn() if text_fn else "")
        other = [fn() for field, fn in self._errors.items() if field not in self.error_labels]
        self.form_error.setText("\n".join(other))
        self.form_error.setVisible(bool(other))

    def field_error(self, field: str) -> str:
        """The error shown under a field ("" when none)."""
        label = self.error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    # -- commands ------------------------------------------------------------------------

    def save(self) -> bool:
        """Check and save; on a validation error the field says why and nothing is saved."""
        if not self.is_active():
            return False
        self._clear_errors()
        unresolved = self.unresolved_lookups()
        if unresolved:
            for field in unresolved:
                self._errors[field] = self.unresolved_text
            self._render_errors()
            self.editors[unresolved[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        fields = self.collect()
        try:
            if self.record_id is None:
                self.record_id = self.create(fields)
            else:
                self._version = self.update(self.record_id, fields, self._version)
        except ValidationError as exc:
            self.show_error(exc.field, lambda e=exc: validation_message(e))
            return False
        except ConflictError as exc:  # someone else saved first: say so, keep the edits
            prompts.error(self, error_message(exc))
            return False
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return False
        self.load()
        self.saved.emit(self.record_id)
        return True

    def save_and_close(self) -> bool:
        if self.save():
            self.accept()
            return True
        return False

    def set_active(self, active: bool) -> bool:
        """Deactivate or activate the record, after asking (unsaved changes: save first)."""
        if self.record is None or bool(self.record.active) == active:
            return False
        if self._dirty and active is False and not self.save():
            return False
        if not prompts.confirm(self, self.confirm_active_text(active)):
            return False
        try:
            self.write_active(self.record_id, active)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return False
        self.load()
        return True

    def request_new_case(self) -> None:
        if self.record is not None and self.is_active():
            self.new_case_requested.emit(self.kind, self.record_id, self.record_name())

    def reject(self) -> None:
        """Esc, Close or the window's close button: unsaved changes are asked about."""
        if self._dirty and not prompts.confirm(self, self.discard_text()):
            return
        self._set_dirty(False)
        super().reject()

    def done(self, result: int) -> None:
        self._unsubscribe(self._session.events)
        super().done(result)

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.actions.retranslate()
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_common(self) -> None:
        """Re-render what follows the language but not the subclass (errors, case cells)."""
        self._render_errors()
        for i, case in enumerate(self._cases):
            item = self.cases_tree.topLevelItem(i)
            if item is not None:
                item.setText(2, labels.status_reason(case.status_reason))
                item.setText(3, local_datetime(case.created_on))

    # -- for subclasses ------------------------------------------------------------------

    def read(self, record_id: int):
        raise NotImplementedError

    def create(self, fields) -> int:
        raise NotImplementedError

    def update(self, record_id: int, fields, version: int) -> int:
        raise NotImplementedError

    def write_active(self, record_id: int, active: bool) -> None:
        raise NotImplementedError

    def collect(self):
        raise NotImplementedError

    def fill(self, record) -> None:
        raise NotImplementedError

    def clear_fields(self) -> None:
        raise NotImplementedError

    def unresolved_lookups(self) -> list[str]:
        """Lookups with typed text but no chosen record."""
        return [field for field, editor in self.editors.items()
                if hasattr(editor, "item") and editor.item() is None and editor.text().strip()]

    def unresolved_text(self) -> str:
        raise NotImplementedError

    def record_name(self) -> str:
        raise NotImplementedError

    def confirm_active_text(self, active: bool) -> str:
        raise NotImplementedError

    def discard_text(self) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError


def text_or_none(edit: QLineEdit) -> str | None:
    text = edit.text().strip()
    return text or None


def lookup_id(edit) -> int | None:
    item = edit.item()
    return item.id if item is not None else None


_CONTACT_COLUMNS = "AccountForm"
ACCOUNT_CONTACT_COLUMNS = [
    ColumnSpec("name", _CONTACT_COLUMNS, QT_TRANSLATE_NOOP("AccountForm", "Full Name"),
               lambda r: r.full_name, "name"),
    ColumnSpec("job_title", _CONTACT_COLUMNS, QT_TRANSLATE_NOOP("AccountForm", "Job Title"),
               lambda r: r.job_title, "job_title"),
    ColumnSpec("email", _CONTACT_COLUMNS, QT_TRANSLATE_NOOP("AccountForm", "E-mail"),
               lambda r: r.email, "email"),
    ColumnSpec("business_phone", _CONTACT_COLUMNS,
               QT_TRANSLATE_NOOP("AccountForm", "Business Phone"),
               lambda r: r.business_phone, "business_phone"),
]


class AccountForm(CustomerForm):
    """Create or edit an account. Signals: new_case_requested(kind, id, name),
    case_open_requested(case id), contact_open_requested(contact id),
    new_contact_requested(account id, account name), saved(account id)."""

    contact_open_requested = Signal(int)
    new_contact_requested = Signal(int, str)

    kind = "account"
    geometry_key = "account_form"
    commands = ACCOUNT_FORM_COMMANDS
    action_ids = {"new_case": "new_case_for_account", "deactivate": "deactivate_account",
                  "activate": "activate_account"}

    def __init__(self, session, customers, lookups, reader, prefs, account_id: int | None = None,
                 parent=None) -> None:
        super().__init__(session, customers, lookups, reader, prefs, account_id, parent)
        self.info_box, info = self._new_section("Information")
        self.name_edit = self.add_line(info, "name", 160)
        self.number_edit = self.add_line(info, "account_number", 40)
        self.phone_edit = self.add_line(info, "phone", 50)
        self.email_edit = self.add_line(info, "email", 254)
        self.website_edit = self.add_line(info, "website", 200)
        self.parent_edit = self.add_field(info, "parent_account", LookupEdit(
            self._search_accounts, reader, window=self, kind_label=self._kind_text))
        self.primary_contact_edit = self.add_field(info, "primary_contact", LookupEdit(
            self._search_contacts, reader, window=self, kind_label=self._kind_text))
        self.address_box, address = self._new_section("Address")
        self.street_edit = self.add_line(address, "street", 250)
        self.postal_code_edit = self.add_line(address, "postal_code", 20)
        self.city_edit = self.add_line(address, "city", 80)
        self.country_edit = self.add_line(address, "country", 80)

        # contacts of the account: the generic lazy list over the controller
        self.contacts_box = QGroupBox(objectName="accountContactsBox")
        self.contacts_bar = QToolBar(objectName="accountContactsBar")
        self.contacts_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.contacts_bar.addAction(self.actions["new_contact"])
        self.contacts_bar.addAction(self.actions["open_contact"])
        self.contacts_model = RecordListModel(
            customers.list_contacts, customers.count_contacts, reader, ACCOUNT_CONTACT_COLUMNS,
            customers.CustomerQuery(account_id=-1), page_size=50, parent=self)
        self.contacts_table = QTableView(objectName="accountContactsTable")
        self.contacts_table.setModel(self.contacts_model)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.contacts_table.setSortingEnabled(True)
        self.contacts_table.setAlternatingRowColors(True)
        self.contacts_table.setWordWrap(False)
        self.contacts_table.setTabKeyNavigation(False)
        self.contacts_table.verticalHeader().hide()
        self.contacts_table.verticalHeader().setDefaultSectionSize(
            self.contacts_table.fontMetrics().height() + 10)
        self.contacts_table.horizontalHeader().setStretchLastSection(True)
        self.contacts_note = QLabel(objectName="accountContactsNote")
        self.contacts_note.setWordWrap(True)
        contacts_layout = QVBoxLayout(self.contacts_box)
        contacts_layout.addWidget(self.contacts_bar)
        contacts_layout.addWidget(self.contacts_note)
        contacts_layout.addWidget(self.contacts_table)

        self.entitlements_box = QGroupBox(objectName="accountEntitlementsBox")
        self.entitlements_list = ActiveEntitlementsList("accountEntitlements")
        QVBoxLayout(self.entitlements_box).addWidget(self.entitlements_list)

        self._finish_layout([self.info_box, self.address_box],
                            [self.contacts_box, self.cases_box, self.entitlements_box])
        order = [self.name_edit, self.number_edit, self.phone_edit, self.email_edit,
                 self.website_edit, self.parent_edit, self.primary_contact_edit,
                 self.street_edit, self.postal_code_edit, self.city_edit, self.country_edit,
                 self.contacts_table, self.cases_tree]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        self._connect_common()
        self.actions["new_contact"].triggered.connect(self.request_new_contact)
        self.actions["open_contact"].triggered.connect(self.open_selected_contact)
        self.contacts_table.activated.connect(
            lambda index: self._open_contact(self.contacts_model.record_id(index.row())))
        self.contacts_table.selectionModel().selectionChanged.connect(self._contacts_selection)
        self.contacts_model.modelReset.connect(self._contacts_selection)
        self.contacts_model.loaded.connect(self._contacts_loaded)
        self.resize(1180, 720)
        self.restore_geometry()
        self.load()
        self.contacts_table.resizeColumnsToContents()
        self.name_edit.setFocus()

    # -- lookups -------------------------------------------------------------------------

    def _search_accounts(self, text: str) -> list:
        """Accounts only (runs on the reader thread); never this account itself."""
        own = self.record_id
        return [item for item in self._lookups.search_customers(text)
                if item.kind == "account" and item.id != own]

    def _search_contacts(self, text: str) -> list:
        return self._lookups.search_contacts(text, account_id=self.record_id)

    def _kind_text(self, kind: str) -> str:
        return self.tr("Account") if kind == "account" else self.tr("Contact")

    def _item(self, kind: str, record_id, label) -> object:
        if record_id is None:
            return None
        return self._lookups.LookupItem(kind, record_id, label or "", "")

    # -- the record ----------------------------------------------------------------------

    def read(self, record_id: int):
        return self._customers.get_account(record_id)

    def create(self, fields) -> int:
        return self._customers.create_account(self._session, fields)

    def update(self, record_id: int, fields, version: int) -> int:
        return self._customers.update_account(self._session, record_id, fields, version)

    def write_active(self, record_id: int, active: bool) -> None:
        self._customers.set_account_active(self._session, record_id, active)

    def collect(self):
        return self._customers.AccountFields(
            name=self.name_edit.text().strip(),
            account_number=text_or_none(self.number_edit),
            phone=text_or_none(self.phone_edit),
            email=text_or_none(self.email_edit),
            street=text_or_none(self.street_edit),
            postal_code=text_or_none(self.postal_code_edit),
            city=text_or_none(self.city_edit),
            country=text_or_none(self.country_edit),
            website=text_or_none(self.website_edit),
            parent_account_id=lookup_id(self.parent_edit),
            primary_contact_id=lookup_id(self.primary_contact_edit))

    def fill(self, record) -> None:
        for edit, value in ((self.name_edit, record.name),
                            (self.number_edit, record.account_number),
                            (self.phone_edit, record.phone), (self.email_edit, record.email),
                            (self.website_edit, record.website),
                            (self.street_edit, record.street),
                            (self.postal_code_edit, record.postal_code),
                            (self.city_edit, record.city), (self.country_edit, record.country)):
            edit.setText(value or "")
        self.parent_edit.set_item(self._item("account", record.parent_account_id,
                                             record.parent_account_name))
        self.primary_contact_edit.set_item(self._item("contact", record.primary_contact_id,
                                                      record.primary_contact_name))

    def clear_fields(self) -> None:
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit):
                editor.clear()
            else:
                editor.set_item(None)

    def load_related(self) -> None:
        super().load_related()
        if self.record_id is not None:
            self.contacts_model.set_query(self._customers.CustomerQuery(
                account_id=self.record_id, sort=self.contacts_model.query.sort,
                descending=self.contacts_model.query.descending))
        self.contacts_box.setEnabled(self.record_id is not None and self.is_active())

    def record_name(self) -> str:
        return self.record.name if self.record is not None else ""

    # -- contacts ------------------------------------------------------------------------

    def _contacts_selection(self, *_args) -> None:
        rows = self.contacts_table.selectionModel().selectedRows()
        self.actions["open_contact"].setEnabled(len(rows) == 1)
        self.actions["new_contact"].setEnabled(self.record is not None and self.is_active())

    def _contacts_loaded(self, _total: int) -> None:
        self.contacts_table.resizeColumnsToContents()
        self.retranslate_ui()

    def open_selected_contact(self) -> None:
        rows = self.contacts_table.selectionModel().selectedRows()
        if rows:
            self._open_contact(self.contacts_model.record_id(rows[0].row()))

    def _open_contact(self, contact_id: int | None) -> None:
        if contact_id is not None:
            self.contact_open_requested.emit(contact_id)

    def request_new_contact(self) -> None:
        if self.record is not None and self.is_active():
            self.new_contact_requested.emit(self.record_id, self.record.name)

    # -- texts ---------------------------------------------------------------------------

    def unresolved_text(self) -> str:
        return self.tr("Press Enter to look up what you typed and choose a record, or clear "
                       "the field.")

    def confirm_active_text(self, active: bool) -> str:
        text = (self.tr("Activate the account “%1”?") if active
                else self.tr("Deactivate the account “%1”? It stays with its contacts and "
                             "cases but is no longer offered for new cases."))
        return text.replace("%1", self.record_name())

    def discard_text(self) -> str:
        return self.tr("The account has unsaved changes. Close it and lose them?")

    def retranslate_ui(self) -> None:
        name = self.record_name()
        self.setWindowTitle((self.tr("Account: %1").replace("%1", name) if self.record
                             else self.tr("New Account")) + "[*]")
        self.heading.setText(name or self.tr("New Account"))
        self.heading.setAccessibleName(self.tr("Account name"))
        self.kind_label.setText(self.tr("Account"))
        self.inactive_badge.setText(self.tr("Inactive"))
        self.inactive_badge.setToolTip(self.tr("This account is inactive: activate it to "
                                               "edit it."))
        self.command_bar.setWindowTitle(self.tr("Account commands"))
        self.command_bar.setAccessibleName(self.tr("Account commands"))
        self.info_box.setTitle(self.tr("Account Information"))
        self.address_box.setTitle(self.tr("Address"))
        captions = {
            "name": self.tr("Account &Name:"), "account_number": self.tr("Account N&umber:"),
            "phone": self.tr("&Phone:"), "email": self.tr("&E-mail:"),
            "website": self.tr("&Website:"), "parent_account": self.tr("P&arent Account:"),
            "primary_contact": self.tr("Primary &Contact:"), "street": self.tr("S&treet:"),
            "postal_code": self.tr("Postal C&ode:"), "city": self.tr("C&ity:"),
            "country": self.tr("Countr&y:"),
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
            self.editors[field].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.name_edit.setPlaceholderText(self.tr("Required"))
        self.parent_edit.set_placeholder(self.tr("Type a name and press Enter"))
        self.primary_contact_edit.set_placeholder(self.tr("Type a name and press Enter"))
        self.contacts_box.setTitle(self.tr("Contacts"))
        self.contacts_table.setAccessibleName(self.tr("Contacts of the account"))
        self.contacts_bar.setAccessibleName(self.tr("Contact commands"))
        self.contacts_bar.setWindowTitle(self.tr("Contact commands"))
        if self.record is None:
            self.contacts_note.setText(self.tr("Save the account to add its contacts."))
        elif not self.contacts_model.loading and self.contacts_model.total == 0:
            self.contacts_note.setText(self.tr("No active contacts yet."))
        else:
            self.contacts_note.setText("")
        self.contacts_note.setVisible(bool(self.contacts_note.text()))
        self.contacts_model.retranslate()
        self.cases_box.setTitle(self.tr("Cases"))
        self.cases_tree.setHeaderLabels([self.tr("Case Number"), self.tr("Case Title"),
                                         self.tr("Status Reason"), self.tr("Created On")])
        self.cases_tree.setAccessibleName(self.tr("Cases of the account"))
        if self.record is None:
            self.cases_note.setText(self.tr("Save the account to see its cases."))
        elif not self._cases:
            self.cases_note.setText(self.tr("No cases yet."))
        else:
            self.cases_note.setText("")
        self.cases_note.setVisible(bool(self.cases_note.text()))
        self.entitlements_box.setTitle(self.tr("Active Entitlements"))
        self.retranslate_common()

    def cases_loaded(self) -> None:
        self.retranslate_ui()
