"""The entitlement form (SPEC §1.5, §3): the terms a customer is entitled to, their channels,
products and contacts, the ledger of term movements, and the lifecycle of §3.5 (Activate,
Deactivate, Cancel, Renew, Set As Default).

A Draft is edited; every other state is read-only, and a bar under the title says why. The
sub-lists are written at once (as Dynamics' sub-grids are) once the entitlement is saved; a
form prefilled from a template keeps the template's channels and products until the first
save writes them.

`entitlements` is casedesk.controllers.entitlements; `lookups` casedesk.controllers.lookups.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import (
    CaseDeskError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from casedesk.models.options import (
    AllocationType,
    DecreaseRemainingOn,
    EntitlementState,
    Role,
)
from casedesk.ui import icons, labels, prompts
from casedesk.ui.actions import ENTITLEMENT_FORM_COMMANDS, ActionRegistry
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.formatting import local_date, local_datetime
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.styles import ERROR_STYLE, heading_label
from casedesk.ui.widgets.lookup_edit import LookupEdit, kind_name

ENTITLEMENTS_CHANGED = getattr(events, "ENTITLEMENTS_CHANGED", "entitlements_changed")
BADGE_STYLE = ("QLabel { border: 1px solid palette(mid); border-radius: 4px; "
               "padding: 1px 8px; }")
BAR_STYLE = ("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e8d48a; "
             "border-radius: 4px; padding: 6px 8px; }")
NOTE_STYLE = "QLabel { color: palette(placeholder-text); }"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TERMS_MAX = 9_999_999_999.99
#: a new entitlement runs for a year from today
DEFAULT_DAYS = 365
#: field names of the controller → the field that shows their error
FIELD_ALIASES = {"customer_account_id": "customer", "customer_contact_id": "customer",
                 "customer_account": "customer", "customer_contact": "customer"}


def _decimal(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(f"{spin.value():.2f}")


def _qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


def _signed(amount) -> str:
    """A movement: −1, +1, −1.5 (a real minus sign)."""
    amount = Decimal(amount)
    text = labels.terms(abs(amount))
    return ("\u2212" if amount < 0 else "+") + text if amount else text


class EntitlementForm(BaseDialog):
    """A non-modal window over one entitlement (entitlement_id None: a new one; template_id
    prefills it; customer (a LookupItem) fills the customer). Signals: saved(id) after every
    save or lifecycle command, case_open_requested(case id) from the ledger."""

    saved = Signal(int)
    case_open_requested = Signal(int)

    geometry_key = "entitlement_form"

    def __init__(self, session, entitlements, lookups, reader, prefs=None, *,
                 entitlement_id: int | None = None, template_id: int | None = None,
                 customer=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("entitlementForm")
        self._session = session
        self._entitlements = entitlements
        self._lookups = lookups
        self._reader = reader
        self._template_id = template_id
        self._customer = customer
        self.record_id = entitlement_id
        self.record = None
        self._version = 0
        self._loading = False
        self._busy = False
        self._dirty = False
        self._errors: dict[str, object] = {}
        self._ledger: list = []
        #: before the first save: the template's channels [(origin, Decimal)] and products
        #: [(id, name)], written by the first save
        self._pending_channels: list[tuple[int, Decimal]] = []
        self._pending_products: list[tuple[int, str]] = []
        self.editors: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.may_set_default = (session.has_role(Role.MANAGER)
                                or session.has_role(Role.ADMINISTRATOR))
        self._origins = self._read_origins()

        self.actions = ActionRegistry(self)
        self.command_bar = QToolBar(objectName="entitlementFormCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.command_bar, ENTITLEMENT_FORM_COMMANDS)

        self.heading = heading_label("entitlementHeading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_badge = QLabel(objectName="entitlementStateBadge")
        self.state_badge.setStyleSheet(BADGE_STYLE)
        self.default_badge = QLabel(objectName="entitlementDefaultBadge")
        self.default_badge.setStyleSheet(BADGE_STYLE)
        self.default_badge.hide()
        self.kind_label = QLabel(objectName="entitlementKindLabel")
        self.read_only_bar = QLabel(objectName="entitlementReadOnlyBar")
        self.read_only_bar.setStyleSheet(BAR_STYLE)
        self.read_only_bar.setWordWrap(True)
        self.read_only_bar.hide()
        self.form_error = QLabel(objectName="entitlementFormError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        # -- the fields ----------------------------------------------------------------------
        self.general_box = QGroupBox(objectName="entitlementGeneralBox")
        general = self._new_form(self.general_box)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self._add_field(general, "name", self.name_edit)
        self.customer_edit = LookupEdit(lookups.search_customers, reader, window=self,
                                        kind_label=kind_name)
        self._add_field(general, "customer", self.customer_edit)
        self.start_edit = self._date_edit()
        self._add_field(general, "start_date", self.start_edit)
        self.end_edit = self._date_edit()
        self._add_field(general, "end_date", self.end_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(70)
        self.description_edit.setMaximumHeight(90)
        self._add_field(general, "description", self.description_edit)

        self.terms_box = QGroupBox(objectName="entitlementTermsBox")
        terms = self._new_form(self.terms_box)
        self.allocation_combo = QComboBox()
        for value in AllocationType:
            self.allocation_combo.addItem("", int(value))
        self._add_field(terms, "allocation_type", self.allocation_combo)
        self.decrease_combo = QComboBox()
        for value in DecreaseRemainingOn:
            self.decrease_combo.addItem("", int(value))
        self.decrease_hint = QLabel(objectName="entitlement_decrease_on_hint")
        self.decrease_hint.setStyleSheet(NOTE_STYLE)
        self.decrease_hint.hide()
        self._add_field(terms, "decrease_on", self.decrease_combo, self.decrease_hint)
        self.total_spin = QDoubleSpinBox()
        self.total_spin.setDecimals(2)
        self.total_spin.setRange(0, TERMS_MAX)
        self.total_spin.setGroupSeparatorShown(True)
        self.total_spin.setMaximumWidth(200)
        self._add_field(terms, "total_terms", self.total_spin)
        self.remaining_edit = QLineEdit()
        self.remaining_edit.setReadOnly(True)
        self.remaining_edit.setMaximumWidth(200)
        self.remaining_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._add_field(terms, "remaining", self.remaining_edit)
        self.restrict_check = QCheckBox()
        self._add_field(terms, "restrict_case_creation", self.restrict_check)

        # -- the sub-lists -------------------------------------------------------------------
        self.tabs = QTabWidget(objectName="entitlementTabs")
        self._build_channels()
        self._build_products()
        self._build_contacts()
        self._build_ledger()

        self._layout()
        self._connect()
        self.resize(1180, 740)
        self.restore_geometry()
        self.load()
        self.name_edit.setFocus()

    # -- building ------------------------------------------------------------------------

    @staticmethod
    def _new_form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    @staticmethod
    def _date_edit() -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMaximumWidth(200)
        return edit

    def _add_field(self, form: QFormLayout, field: str, editor: QWidget,
                   hint: QLabel | None = None) -> QWidget:
        """A row: caption (buddy: the editor), the editor, a hint, its error below."""
        editor.setObjectName(f"entitlement_{field}")
        caption = QLabel(objectName=f"entitlement_{field}_caption")
        caption.setBuddy(editor)
        error = QLabel(objectName=f"entitlement_{field}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(objectName=f"entitlement_{field}_cell")
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if hint is not None:
            column.addWidget(hint)
        column.addWidget(error)
        form.addRow(caption, cell)
        self.editors[field] = editor
        self.captions[field] = caption
        self.error_labels[field] = error
        return editor

    def _build_channels(self) -> None:
        page = QWidget(objectName="entitlementChannelsPage")
        self.channels_note = QLabel(objectName="entitlementChannelsNote")
        self.channels_note.setWordWrap(True)
        self.channels_note.setStyleSheet(NOTE_STYLE)
        self.channels_tree = QTreeWidget(objectName="entitlementChannelsTree")
        self._setup_tree(self.channels_tree, 3)
        header = self.channels_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.channel_origin_caption = QLabel(objectName="entitlementChannelOriginCaption")
        self.channel_origin_combo = QComboBox(objectName="entitlementChannelOrigin")
        self.channel_origin_combo.setMinimumContentsLength(10)
        self.channel_origin_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for value, _label in self._origins:
            self.channel_origin_combo.addItem("", value)
        self.channel_origin_caption.setBuddy(self.channel_origin_combo)
        self.channel_terms_caption = QLabel(objectName="entitlementChannelTermsCaption")
        self.channel_terms_spin = QDoubleSpinBox(objectName="entitlementChannelTerms")
        self.channel_terms_spin.setDecimals(2)
        self.channel_terms_spin.setRange(0, TERMS_MAX)
        self.channel_terms_caption.setBuddy(self.channel_terms_spin)
        self.channel_apply_button = QPushButton(objectName="entitlementChannelApply")
        self.channel_apply_button.setIcon(icons.icon("add"))
        self.channel_remove_button = QPushButton(objectName="entitlementChannelRemove")
        self.channel_remove_button.setIcon(icons.icon("remove"))
        row = QHBoxLayout()
        row.addWidget(self.channel_origin_caption)
        row.addWidget(self.channel_origin_combo)
        row.addSpacing(8)
        row.addWidget(self.channel_terms_caption)
        row.addWidget(self.channel_terms_spin)
        row.addWidget(self.channel_apply_button)
        row.addStretch(1)
        row.addWidget(self.channel_remove_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.channels_note)
        layout.addLayout(row)
        layout.addWidget(self.channels_tree, 1)
        self.channels_page = page
        self.tabs.addTab(page, "")

    def _build_products(self) -> None:
        page = QWidget(objectName="entitlementProductsPage")
        self.products_note = QLabel(objectName="entitlementProductsNote")
        self.products_note.setWordWrap(True)
        self.products_note.setStyleSheet(NOTE_STYLE)
        self.product_lookup = LookupEdit(self._lookups.search_products, self._reader,
                                         window=self, kind_label=kind_name)
        self.product_lookup.setObjectName("entitlementProductLookup")
        self.product_add_button = QPushButton(objectName="entitlementProductAdd")
        self.product_add_button.setIcon(icons.icon("add"))
        self.product_remove_button = QPushButton(objectName="entitlementProductRemove")
        self.product_remove_button.setIcon(icons.icon("remove"))
        self.products_tree = QTreeWidget(objectName="entitlementProductsTree")
        self._setup_tree(self.products_tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.product_lookup, 1)
        row.addWidget(self.product_add_button)
        row.addSpacing(12)
        row.addWidget(self.product_remove_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.products_note)
        layout.addLayout(row)
        layout.addWidget(self.products_tree, 1)
        self.products_page = page
        self.tabs.addTab(page, "")

    def _build_contacts(self) -> None:
        page = QWidget(objectName="entitlementContactsPage")
        self.contacts_note = QLabel(objectName="entitlementContactsNote")
        self.contacts_note.setWordWrap(True)
        self.contacts_note.setStyleSheet(NOTE_STYLE)
        self.contact_lookup = LookupEdit(self._search_contacts, self._reader, window=self,
                                         kind_label=kind_name)
        self.contact_lookup.setObjectName("entitlementContactLookup")
        self.contact_add_button = QPushButton(objectName="entitlementContactAdd")
        self.contact_add_button.setIcon(icons.icon("add"))
        self.contact_remove_button = QPushButton(objectName="entitlementContactRemove")
        self.contact_remove_button.setIcon(icons.icon("remove"))
        self.contacts_tree = QTreeWidget(objectName="entitlementContactsTree")
        self._setup_tree(self.contacts_tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.contact_lookup, 1)
        row.addWidget(self.contact_add_button)
        row.addSpacing(12)
        row.addWidget(self.contact_remove_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.contacts_note)
        layout.addLayout(row)
        layout.addWidget(self.contacts_tree, 1)
        self.contacts_page = page
        self.tabs.addTab(page, "")

    def _build_ledger(self) -> None:
        page = QWidget(objectName="entitlementLedgerPage")
        self.ledger_note = QLabel(objectName="entitlementLedgerNote")
        self.ledger_note.setWordWrap(True)
        self.ledger_note.setStyleSheet(NOTE_STYLE)
        self.ledger_tree = QTreeWidget(objectName="entitlementLedgerTree")
        self._setup_tree(self.ledger_tree, 5)
        header = self.ledger_tree.header()
        header.setStretchLastSection(False)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(page)
        layout.addWidget(self.ledger_note)
        layout.addWidget(self.ledger_tree, 1)
        self.ledger_page = page
        self.tabs.addTab(page, "")

    @staticmethod
    def _setup_tree(tree: QTreeWidget, columns: int) -> None:
        tree.setColumnCount(columns)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if columns == 1:
            tree.setHeaderHidden(True)

    def _layout(self) -> None:
        fields = QWidget(objectName="entitlementFieldsPane")
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 4, 0)
        fields_layout.addWidget(self.general_box)
        fields_layout.addWidget(self.terms_box)
        fields_layout.addStretch(1)
        self.fields_scroll = QScrollArea(objectName="entitlementFieldsScroll")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields_scroll.setWidget(fields)
        self.splitter = QSplitter(objectName="entitlementFormSplitter")
        self.splitter.addWidget(self.fields_scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addWidget(self.state_badge)
        title_row.addWidget(self.default_badge)
        title_row.addStretch(1)
        title_row.addWidget(self.kind_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.command_bar)
        layout.addLayout(title_row)
        layout.addWidget(self.read_only_bar)
        layout.addWidget(self.form_error)
        layout.addWidget(self.splitter, 1)
        order = [self.name_edit, self.customer_edit, self.start_edit, self.end_edit,
                 self.description_edit, self.allocation_combo, self.decrease_combo,
                 self.total_spin, self.restrict_check, self.tabs]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_split_done", False):
            self._split_done = True
            # the fields never scroll sideways: their pane is at least as wide as they need
            needed = self.fields_scroll.widget().minimumSizeHint().width() + 8
            self.fields_scroll.setMinimumWidth(needed)
            width = self.splitter.width()
            left = max(needed, min(540, width // 2), int(width * 0.45))
            self.splitter.setSizes([left, max(1, width - left)])

    def _connect(self) -> None:
        a = self.actions
        a["save_record"].triggered.connect(self.save)
        a["save_close_record"].triggered.connect(self.save_and_close)
        a["activate_entitlement"].triggered.connect(self.activate)
        a["deactivate_entitlement"].triggered.connect(self.deactivate)
        a["cancel_entitlement"].triggered.connect(self.cancel_entitlement)
        a["renew_entitlement"].triggered.connect(self.renew)
        a["set_default_entitlement"].triggered.connect(lambda: self.set_default(True))
        a["remove_default_entitlement"].triggered.connect(lambda: self.set_default(False))
        self.name_edit.textEdited.connect(lambda _t: self._edited("name"))
        self.customer_edit.item_changed.connect(lambda _i: self._edited("customer"))
        self.customer_edit.edit.textEdited.connect(lambda _t: self._edited("customer"))
        self.start_edit.dateChanged.connect(lambda _d: self._edited("start_date"))
        self.end_edit.dateChanged.connect(lambda _d: self._edited("end_date"))
        self.description_edit.textChanged.connect(lambda: self._edited("description"))
        self.allocation_combo.currentIndexChanged.connect(self._allocation_changed)
        self.decrease_combo.currentIndexChanged.connect(lambda _i: self._edited("decrease_on"))
        self.total_spin.valueChanged.connect(lambda _v: self._edited("total_terms"))
        self.restrict_check.toggled.connect(lambda _on: self._edited("restrict_case_creation"))
        self.channel_apply_button.clicked.connect(self.apply_channel)
        self.channel_remove_button.clicked.connect(self.remove_channel)
        self.channels_tree.currentItemChanged.connect(self._channel_chosen)
        self.channel_origin_combo.currentIndexChanged.connect(self._update_channel_button)
        self.product_add_button.clicked.connect(self.add_product)
        self.product_lookup.item_changed.connect(lambda _i: self._update_sublists())
        self.product_remove_button.clicked.connect(self.remove_product)
        self.products_tree.currentItemChanged.connect(lambda *_: self._update_sublists())
        self.contact_add_button.clicked.connect(self.add_contact)
        self.contact_lookup.item_changed.connect(lambda _i: self._update_sublists())
        self.contact_remove_button.clicked.connect(self.remove_contact)
        self.contacts_tree.currentItemChanged.connect(lambda *_: self._update_sublists())
        self.ledger_tree.itemActivated.connect(self._open_ledger_case)
        bus = self._session.events
        bus.subscribe(ENTITLEMENTS_CHANGED, self._entitlements_changed)
        bus.subscribe(events.CASES_CHANGED, self._cases_changed)
        bus.subscribe(events.CASES_CREATED, self._cases_changed)
        self.destroyed.connect(lambda *_: self._unsubscribe(bus))

    def _unsubscribe(self, bus) -> None:
        bus.unsubscribe(ENTITLEMENTS_CHANGED, self._entitlements_changed)
        bus.unsubscribe(events.CASES_CHANGED, self._cases_changed)
        bus.unsubscribe(events.CASES_CREATED, self._cases_changed)

    def _read_origins(self) -> list[tuple[int, str]]:
        """(value, stored label) of every origin: the built-in ones and the administrator's."""
        try:
            from casedesk.controllers.admin import option_labels

            return [(value, label) for value, label, _builtin, _state
                    in option_labels("origin")]
        except Exception:  # noqa: BLE001 (no database: the built-in origins)
            return [(int(value), "") for value in labels.ORIGINS]

    def origin_text(self, value) -> str:
        if value is None:
            return ""
        return labels.origin(int(value), {v: text for v, text in self._origins})

    # -- the record ----------------------------------------------------------------------

    @property
    def state(self) -> int | None:
        return int(self.record.state) if self.record is not None else None

    def is_read_only(self) -> bool:
        # entitlements are managed by managers and administrators (SPEC §1.6): an agent
        # sees them, never edits them (the controller and a team database refuse it too)
        return not self.may_set_default or (
            self.record is not None and self.state != EntitlementState.DRAFT)

    def is_dirty(self) -> bool:
        return self._dirty

    def load(self) -> None:
        """Read the entitlement (raises NotFound) and show it; a new one starts with
        defaults, the template's terms and the customer given."""
        self._loading = True
        try:
            if self.record_id is None:
                self.record = None
                self._version = 0
                self._fill_new()
            else:
                self.record = self._entitlements.get_entitlement(self.record_id)
                self._version = self.record.version
                self._fill(self.record)
                self._pending_channels, self._pending_products = [], []
        finally:
            self._loading = False
        self._set_dirty(self.record_id is None and self._template_id is not None)
        self._clear_errors()
        self._show_sublists()
        self._update_state()
        self._load_ledger()

    def _fill_new(self) -> None:
        today = date.today()
        self.name_edit.clear()
        self.customer_edit.set_item(self._customer)
        self.start_edit.setDate(_qdate(today))
        self.end_edit.setDate(_qdate(today + timedelta(days=DEFAULT_DAYS - 1)))
        self.description_edit.clear()
        self._set_combo(self.allocation_combo, AllocationType.NUMBER_OF_CASES)
        self._set_combo(self.decrease_combo, DecreaseRemainingOn.CASE_CREATION)
        self.total_spin.setValue(0)
        self.restrict_check.setChecked(False)
        if self._template_id is None:
            return
        customer = self._customer
        fields, channels, product_ids = self._entitlements.fields_from_template(
            self._template_id, customer_kind=customer.kind if customer else "account",
            customer_id=customer.id if customer else None, start=today)
        self._fill_fields(fields)
        if customer is not None:
            self.customer_edit.set_item(customer)
        self._pending_channels = [(int(o), Decimal(t)) for o, t in channels]
        self._pending_products = self._product_names(product_ids)

    def _product_names(self, product_ids) -> list[tuple[int, str]]:
        """(id, name) of the template's products."""
        wanted = [int(i) for i in product_ids]
        if not wanted:
            return []
        named = {item.id: item.label
                 for item in self._lookups.search_products("", limit=100_000)}
        return [(i, named.get(i, f"#{i}")) for i in wanted]

    def _fill(self, record) -> None:
        self._fill_fields(record.fields)
        kind = record.customer_kind
        customer_id = (record.fields.customer_account_id if kind == "account"
                       else record.fields.customer_contact_id)
        self.customer_edit.set_item(
            self._lookups.LookupItem(kind, customer_id, record.customer_name, "")
            if customer_id is not None else None)
        self.remaining_edit.setText(labels.terms(record.remaining))

    def _fill_fields(self, fields) -> None:
        self.name_edit.setText(fields.name or "")
        self.start_edit.setDate(_qdate(fields.start_date))
        self.end_edit.setDate(_qdate(fields.end_date))
        self._set_combo(self.allocation_combo, fields.allocation_type)
        self._apply_hours_rule()
        self._set_combo(self.decrease_combo, fields.decrease_on)
        self.total_spin.setValue(float(fields.total_terms or 0))
        self.restrict_check.setChecked(bool(fields.restrict_case_creation))
        self.description_edit.setPlainText(fields.description or "")

    @staticmethod
    def _set_combo(combo: QComboBox, value) -> None:
        index = combo.findData(int(value))
        combo.setCurrentIndex(max(index, 0))

    def collect(self):
        """The fields as shown, as entitlements.EntitlementFields."""
        customer = self.customer_edit.item()
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        return self._entitlements.EntitlementFields(
            name=self.name_edit.text().strip(),
            customer_account_id=customer.id if customer and customer.kind == "account"
            else None,
            customer_contact_id=customer.id if customer and customer.kind == "contact"
            else None,
            start_date=start, end_date=end,
            allocation_type=int(self.allocation_combo.currentData()),
            decrease_on=int(self.decrease_combo.currentData()),
            total_terms=_decimal(self.total_spin),
            restrict_case_creation=self.restrict_check.isChecked(),
            description=self.description_edit.toPlainText().strip() or None,
            template_id=(self.record.fields.template_id if self.record is not None
                         else self._template_id))

    # -- editing -------------------------------------------------------------------------

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

    def _allocation_changed(self, _index: int) -> None:
        self._apply_hours_rule()
        self._edited("allocation_type")

    def _apply_hours_rule(self) -> None:
        """Hours are only decreased on Case Resolution: Case Creation is not offered."""
        hours = self.allocation_combo.currentData() == int(AllocationType.NUMBER_OF_HOURS)
        creation = self.decrease_combo.findData(int(DecreaseRemainingOn.CASE_CREATION))
        item = self.decrease_combo.model().item(creation)
        if item is not None:
            item.setEnabled(not hours)
        if hours and self.decrease_combo.currentData() != int(
                DecreaseRemainingOn.CASE_RESOLUTION):
            self._set_combo(self.decrease_combo, DecreaseRemainingOn.CASE_RESOLUTION)
        self.decrease_hint.setVisible(hours)

    # -- state ---------------------------------------------------------------------------

    def _update_state(self) -> None:
        a = self.actions
        saved = self.record is not None
        state = self.state
        draft = not saved or state == EntitlementState.DRAFT
        running = state in (EntitlementState.ACTIVE, EntitlementState.WAITING)
        is_default = bool(saved and self.record.is_default)
        manage = self.may_set_default
        a["save_record"].setEnabled(draft and manage)
        a["save_close_record"].setEnabled(draft and manage)
        a["activate_entitlement"].setVisible(draft)
        a["activate_entitlement"].setEnabled(saved and draft and manage)
        for action_id in ("deactivate_entitlement", "cancel_entitlement", "renew_entitlement"):
            a[action_id].setEnabled(manage)
        a["deactivate_entitlement"].setVisible(running)
        a["cancel_entitlement"].setVisible(running)
        a["renew_entitlement"].setVisible(state in (EntitlementState.EXPIRED,
                                                    EntitlementState.CANCELLED))
        a["set_default_entitlement"].setVisible(state == EntitlementState.ACTIVE
                                                and not is_default)
        a["remove_default_entitlement"].setVisible(is_default)
        for action_id in ("set_default_entitlement", "remove_default_entitlement"):
            a[action_id].setEnabled(self.may_set_default)
        read_only = self.is_read_only()
        for editor in self.editors.values():
            if editor is self.remaining_edit:
                continue
            if isinstance(editor, (QLineEdit, QPlainTextEdit, QDateEdit, QDoubleSpinBox)):
                editor.setReadOnly(read_only)
            elif isinstance(editor, LookupEdit):
                editor.set_read_only(read_only)
            else:
                editor.setEnabled(not read_only)
        self.state_badge.setVisible(True)
        self.default_badge.setVisible(is_default)
        self.read_only_bar.setVisible(read_only)
        self._update_sublists()
        self.retranslate_ui()

    def _update_sublists(self) -> None:
        """The sub-lists are edited while the saved entitlement is a Draft."""
        editable = (self.record is not None and self.state == EntitlementState.DRAFT
                    and self.may_set_default)
        for widget in (self.channel_origin_combo, self.channel_terms_spin,
                       self.channel_apply_button):
            widget.setEnabled(editable)
        self.channel_remove_button.setEnabled(
            editable and self.channels_tree.currentItem() is not None)
        self.product_lookup.set_read_only(not editable)
        self.product_add_button.setEnabled(editable and self.product_lookup.item() is not None)
        self.product_remove_button.setEnabled(
            editable and self.products_tree.currentItem() is not None)
        contacts_ok = editable and self._customer_account_id() is not None
        self.contact_lookup.set_read_only(not contacts_ok)
        self.contact_add_button.setEnabled(contacts_ok and self.contact_lookup.item() is not None)
        self.contact_remove_button.setEnabled(
            editable and self.contacts_tree.currentItem() is not None)
        self._update_channel_button()

    # -- errors --------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        self._errors.clear()
        self._render_errors()

    def show_error(self, field: str, text_fn) -> None:
        field = FIELD_ALIASES.get(field, field)
        self._errors[field] = text_fn
        self._render_errors()
        editor = self.editors.get(field)
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_errors(self) -> None:
        for field, label in self.error_labels.items():
            text_fn = self._errors.get(field)
            text = text_fn() if text_fn else ""
            label.setText(text)
            label.setVisible(bool(text))
            self.editors[field].setAccessibleDescription(text)
        other = [fn() for field, fn in self._errors.items() if field not in self.error_labels]
        self.form_error.setText("\n".join(other))
        self.form_error.setVisible(bool(other))

    def field_error(self, field: str) -> str:
        """The error shown under a field ("" when none)."""
        label = self.error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _refused(self, exc: Exception) -> None:
        """A rule or permission refused the command: say so in a message."""
        if isinstance(exc, PermissionDenied) and exc.params.get("action") == (
                "entitlement_default"):
            text = self.tr("Only managers and administrators can set or remove the default "
                           "entitlement.")
        else:
            text = error_message(exc)
        prompts.error(self, text)

    # -- commands ------------------------------------------------------------------------

    def save(self) -> bool:
        """Check and save; on a validation error the field says why and nothing is saved."""
        if self.is_read_only():
            return False
        self._clear_errors()
        if self.customer_edit.item() is None and self.customer_edit.text().strip():
            self.show_error("customer", self._unresolved_text)
            return False
        fields = self.collect()
        self._busy = True
        try:
            if self.record_id is None:
                new_id = self._entitlements.create_entitlement(self._session, fields)
                self.record_id = new_id
                if self._pending_channels:
                    self._entitlements.set_channels(self._session, new_id,
                                                    list(self._pending_channels))
                if self._pending_products:
                    self._entitlements.set_products(self._session, new_id,
                                                    [i for i, _n in self._pending_products])
            else:
                self._version = self._entitlements.update_entitlement(
                    self._session, self.record_id, fields, self._version)
        except ValidationError as exc:
            self.show_error(exc.field, lambda e=exc: validation_message(e))
            return False
        except ConflictError as exc:  # someone else saved first: say so, keep the edits
            prompts.error(self, error_message(exc))
            return False
        except CaseDeskError as exc:
            self._refused(exc)
            return False
        finally:
            self._busy = False
        self._template_id = None
        self.load()
        self.saved.emit(self.record_id)
        return True

    def save_and_close(self) -> bool:
        if self.save():
            self._set_dirty(False)
            self.accept()
            return True
        return False

    def _command(self, run, *, reload_id=None) -> bool:
        """Run a lifecycle command; a refusal is shown; the form shows the result."""
        self._busy = True
        try:
            result = run()
        except CaseDeskError as exc:
            self._refused(exc)
            return False
        finally:
            self._busy = False
        if reload_id is not None:
            self.record_id = reload_id(result)
        self.load()
        self.saved.emit(self.record_id)
        return True

    def activate(self) -> bool:
        """Confirm Activation, then Active, or Waiting / Expired by the dates."""
        if self.record is None or self.state != EntitlementState.DRAFT:
            return False
        if self._dirty and not self.save():
            return False
        text = self.tr("Confirm Activation\n\nActivate the entitlement “%1”? An active "
                       "entitlement is read-only; cases of the customer can use its terms "
                       "from the start date.").replace("%1", self.record.fields.name)
        if not prompts.confirm(self, text):
            return False
        record_id = self.record_id
        return self._command(lambda: self._entitlements.activate(self._session, record_id))

    def deactivate(self) -> bool:
        """Back to Draft, to edit it."""
        if self.state not in (EntitlementState.ACTIVE, EntitlementState.WAITING):
            return False
        record_id = self.record_id
        return self._command(lambda: self._entitlements.deactivate(self._session, record_id))

    def cancel_entitlement(self) -> bool:
        if self.state not in (EntitlementState.ACTIVE, EntitlementState.WAITING):
            return False
        text = self.tr("Cancel the entitlement “%1”? Cases can no longer use it. Renew makes "
                       "a new draft from it.").replace("%1", self.record.fields.name)
        if not prompts.confirm(self, text):
            return False
        record_id = self.record_id
        return self._command(lambda: self._entitlements.cancel(self._session, record_id))

    def renew(self) -> bool:
        """A new Draft from today for the same length; the form then shows the new one."""
        if self.state not in (EntitlementState.EXPIRED, EntitlementState.CANCELLED):
            return False
        record_id = self.record_id
        return self._command(lambda: self._entitlements.renew(self._session, record_id),
                             reload_id=lambda new_id: new_id)

    def set_default(self, is_default: bool = True) -> bool:
        """Set As Default / Remove Default after a confirmation (managers and
        administrators; the controller refuses everyone else)."""
        if self.record is None:
            return False
        name, customer = self.record.fields.name, self.record.customer_name
        if is_default:
            text = self.tr("Set As Default\n\nMake “%1” the default entitlement of %2? New "
                           "cases of the customer get it automatically when the case settings "
                           "say so.")
        else:
            text = self.tr("Remove “%1” as the default entitlement of %2?")
        if not prompts.confirm(self, text.replace("%1", name).replace("%2", customer)):
            return False
        record_id = self.record_id
        return self._command(lambda: self._entitlements.set_default(
            self._session, record_id, is_default))

    def reject(self) -> None:
        """Esc, Close or the window's close button: unsaved changes are asked about."""
        if self._dirty and not self.is_read_only():
            answer = prompts.ask_save_changes(self, self._save_question())
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
        self._set_dirty(False)
        super().reject()

    def done(self, result: int) -> None:
        self._unsubscribe(self._session.events)
        super().done(result)

    # -- channels ------------------------------------------------------------------------

    def channels(self) -> list[tuple[int, Decimal]]:
        """(origin, total terms) of the channels shown."""
        if self.record is not None:
            return [(int(c.origin), Decimal(c.total_terms)) for c in self.record.channels]
        return list(self._pending_channels)

    def _channel_chosen(self, item, _previous=None) -> None:
        if item is not None:
            self._set_combo(self.channel_origin_combo, item.data(0, ID_ROLE))
            self.channel_terms_spin.setValue(float(item.data(1, ID_ROLE) or 0))
        self._update_sublists()

    def _update_channel_button(self, *_args) -> None:
        listed = {o for o, _t in self.channels()}
        update = self.channel_origin_combo.currentData() in listed
        self.channel_apply_button.setText(self.tr("&Update") if update else self.tr("&Add"))
        self.channel_apply_button.setIcon(icons.icon("save" if update else "add"))
        self.channel_apply_button.setAccessibleName(
            self.tr("Update channel") if update else self.tr("Add channel"))

    def apply_channel(self) -> bool:
        """Add the origin with its terms, or change the terms of a listed origin."""
        origin = int(self.channel_origin_combo.currentData())
        terms = _decimal(self.channel_terms_spin)
        rows = self.channels()
        if any(o == origin for o, _t in rows):
            rows = [(o, terms if o == origin else t) for o, t in rows]
        else:
            rows.append((origin, terms))
        return self._write_channels(rows)

    def remove_channel(self) -> bool:
        item = self.channels_tree.currentItem()
        if item is None:
            return False
        origin = item.data(0, ID_ROLE)
        return self._write_channels([(o, t) for o, t in self.channels() if o != origin])

    def _write_channels(self, rows) -> bool:
        return self._write_sublist(lambda: self._entitlements.set_channels(
            self._session, self.record_id, rows))

    def _write_sublist(self, write) -> bool:
        if self.record is None or self.state != EntitlementState.DRAFT:
            return False
        self._busy = True
        try:
            write()
        except ValidationError as exc:
            prompts.error(self, validation_message(exc))
            return False
        except CaseDeskError as exc:
            self._refused(exc)
            return False
        finally:
            self._busy = False
        self._refresh_related()
        return True

    def _refresh_related(self) -> None:
        """Read the record again for its sub-lists, state and remaining terms; the fields
        keep what the user typed."""
        if self.record_id is None:
            return
        try:
            record = self._entitlements.get_entitlement(self.record_id)
        except CaseDeskError:
            return
        self.record = record
        self._version = record.version
        self.remaining_edit.setText(labels.terms(record.remaining))
        self._show_sublists()
        self._update_state()
        self._load_ledger()

    # -- products and contacts -----------------------------------------------------------

    def products(self) -> list[tuple[int, str]]:
        if self.record is not None:
            return [(int(i), n) for i, n in self.record.products]
        return list(self._pending_products)

    def contacts(self) -> list[tuple[int, str]]:
        return [(int(i), n) for i, n in self.record.contacts] if self.record else []

    def add_product(self) -> bool:
        item = self.product_lookup.item()
        if item is None:
            return False
        ids = [i for i, _n in self.products()]
        if item.id not in ids:
            ids.append(item.id)
        done = self._write_sublist(lambda: self._entitlements.set_products(
            self._session, self.record_id, ids))
        if done:
            self.product_lookup.clear()
        return done

    def remove_product(self) -> bool:
        item = self.products_tree.currentItem()
        if item is None:
            return False
        gone = item.data(0, ID_ROLE)
        ids = [i for i, _n in self.products() if i != gone]
        return self._write_sublist(lambda: self._entitlements.set_products(
            self._session, self.record_id, ids))

    def _customer_account_id(self) -> int | None:
        if self.record is None or self.record.customer_kind != "account":
            return None
        return self.record.fields.customer_account_id

    def _search_contacts(self, text: str) -> list:
        """The customer account's contacts (runs on the reader thread)."""
        account_id = self._customer_account_id()
        if account_id is None:
            return []
        return [item for item in self._lookups.search_contacts(text, account_id=account_id)
                if item.kind == "contact"]

    def add_contact(self) -> bool:
        item = self.contact_lookup.item()
        if item is None:
            return False
        ids = [i for i, _n in self.contacts()]
        if item.id not in ids:
            ids.append(item.id)
        done = self._write_sublist(lambda: self._entitlements.set_contacts(
            self._session, self.record_id, ids))
        if done:
            self.contact_lookup.clear()
        return done

    def remove_contact(self) -> bool:
        item = self.contacts_tree.currentItem()
        if item is None:
            return False
        gone = item.data(0, ID_ROLE)
        ids = [i for i, _n in self.contacts() if i != gone]
        return self._write_sublist(lambda: self._entitlements.set_contacts(
            self._session, self.record_id, ids))

    # -- showing the sub-lists -------------------------------------------------------------

    def _show_sublists(self) -> None:
        current = self.channels_tree.currentItem()
        keep = current.data(0, ID_ROLE) if current is not None else None
        self.channels_tree.clear()
        remaining = {}
        if self.record is not None:
            remaining = {int(c.origin): c.remaining for c in self.record.channels}
        for origin, total in self.channels():
            item = QTreeWidgetItem(self.channels_tree, [
                self.origin_text(origin), labels.terms(total),
                labels.terms(remaining[origin]) if origin in remaining else ""])
            item.setData(0, ID_ROLE, origin)
            item.setData(1, ID_ROLE, float(total))
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if origin == keep:
                self.channels_tree.setCurrentItem(item)
        if keep is None or self.channels_tree.currentItem() is None:
            self._offer_unlisted_origin()
        for tree, rows in ((self.products_tree, self.products()),
                           (self.contacts_tree, self.contacts())):
            tree.clear()
            for record_id, name in rows:
                item = QTreeWidgetItem(tree, [name])
                item.setData(0, ID_ROLE, record_id)

    def _offer_unlisted_origin(self) -> None:
        """With no channel chosen, the editor offers the first origin not listed yet."""
        listed = {o for o, _t in self.channels()}
        for i in range(self.channel_origin_combo.count()):
            if self.channel_origin_combo.itemData(i) not in listed:
                self.channel_origin_combo.setCurrentIndex(i)
                self.channel_terms_spin.setValue(0)
                return

    def _load_ledger(self) -> None:
        if self.record_id is None:
            self._show_ledger([])
            return
        record_id, entitlements = self.record_id, self._entitlements
        self._reader.submit(lambda: entitlements.ledger(record_id),
                            lambda rows: self._show_ledger(rows) if isValid(self) else None,
                            None, key=f"entitlement-ledger-{id(self)}", owner=self)

    def _show_ledger(self, rows) -> None:
        self._ledger = list(rows)
        self._render_ledger()
        self.retranslate_ui()

    def _render_ledger(self) -> None:
        self.ledger_tree.clear()
        for row in self._ledger:
            item = QTreeWidgetItem(self.ledger_tree, [
                row.case_number or "", self.origin_text(row.channel_origin),
                _signed(row.amount), labels.term_reason(row.reason),
                local_datetime(row.moved_on)])
            item.setData(0, ID_ROLE, row.case_id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def ledger_rows(self) -> list:
        return list(self._ledger)

    def _open_ledger_case(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, ID_ROLE)
        if case_id is not None:
            self.case_open_requested.emit(int(case_id))

    # -- events --------------------------------------------------------------------------

    def _entitlements_changed(self, ids=None, **_payload) -> None:
        if not isValid(self) or self._busy or self.record_id is None:
            return
        if ids is not None and self.record_id not in set(ids):
            return
        if self._dirty:
            self._refresh_related()
        else:
            self.load()

    def _cases_changed(self, **_payload) -> None:
        """Cases take and give back terms: remaining terms and the ledger follow."""
        if isValid(self) and not self._busy and self.record_id is not None:
            self._refresh_related()

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.actions.retranslate()
            self.retranslate_ui()
            self._show_sublists()
            self._render_ledger()
        super().changeEvent(event)

    def _unresolved_text(self) -> str:
        return self.tr("Press Enter to look up what you typed and choose a customer, or "
                       "clear the field.")

    def _save_question(self) -> str:
        return self.tr("Save the changes to the entitlement?")

    def read_only_reason(self) -> str:
        """Why the entitlement cannot be edited ("" for a draft)."""
        if not self.is_read_only():
            return ""
        if not self.may_set_default:
            return self.tr("Only managers and administrators can change entitlements.")
        fields = self.record.fields
        texts = {
            EntitlementState.ACTIVE: self.tr(
                "This entitlement is active, so it is read-only. Deactivate it to edit it."),
            EntitlementState.WAITING: self.tr(
                "This entitlement is waiting for its start date, %1, and is read-only. "
                "Deactivate it to edit it.").replace("%1", local_date(fields.start_date)),
            EntitlementState.EXPIRED: self.tr(
                "This entitlement expired on %1 and is read-only. Renew it to continue the "
                "support.").replace("%1", local_date(fields.end_date)),
            EntitlementState.CANCELLED: self.tr(
                "This entitlement is cancelled and read-only. Renew it to continue the "
                "support."),
        }
        return texts.get(self.state, "")

    def retranslate_ui(self) -> None:
        name = self.record.fields.name if self.record is not None else ""
        self.setWindowTitle((self.tr("Entitlement: %1").replace("%1", name) if self.record
                             else self.tr("New Entitlement")) + "[*]")
        self.heading.setText(name or self.tr("New Entitlement"))
        self.heading.setAccessibleName(self.tr("Entitlement name"))
        self.kind_label.setText(self.tr("Entitlement"))
        self.kind_label.setAccessibleName(self.tr("Entitlement"))
        state = self.state if self.state is not None else int(EntitlementState.DRAFT)
        self.state_badge.setText(labels.entitlement_state(state))
        self.state_badge.setAccessibleName(self.tr("Status: %1").replace(
            "%1", labels.entitlement_state(state)))
        self.default_badge.setText(self.tr("Default"))
        self.default_badge.setAccessibleName(self.tr("The customer's default entitlement"))
        self.read_only_bar.setText(self.read_only_reason())
        self.read_only_bar.setAccessibleName(self.tr("Read-only"))
        self.form_error.setAccessibleName(self.tr("Error"))
        self.command_bar.setWindowTitle(self.tr("Entitlement commands"))
        self.command_bar.setAccessibleName(self.tr("Entitlement commands"))
        if not self.may_set_default:
            why = self.tr("Only managers and administrators can set or remove the default "
                          "entitlement.")
            for action_id in ("set_default_entitlement", "remove_default_entitlement"):
                self.actions[action_id].setToolTip(why)
        self.general_box.setTitle(self.tr("General"))
        self.general_box.setAccessibleName(self.tr("General"))
        self.terms_box.setTitle(self.tr("Entitlement Terms"))
        self.terms_box.setAccessibleName(self.tr("Entitlement Terms"))
        captions = {
            "name": self.tr("&Name:"), "customer": self.tr("&Customer:"),
            "start_date": self.tr("&Start Date:"), "end_date": self.tr("&End Date:"),
            "description": self.tr("Descri&ption:"),
            "allocation_type": self.tr("&Allocation Type:"),
            "decrease_on": self.tr("&Decrease Remaining On:"),
            "total_terms": self.tr("&Total Terms:"),
            "remaining": self.tr("Remaining Terms:"),
            "restrict_case_creation": self.tr("&Restrict Case Creation:"),
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
            self.editors[field].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.name_edit.setPlaceholderText(self.tr("Required"))
        self.customer_edit.set_placeholder(self.tr("Type a name and press Enter (required)"))
        self.remaining_edit.setToolTip(self.tr("Total terms plus the movements in the ledger"))
        self.restrict_check.setText(self.tr("Refuse new cases when no terms remain"))
        for i in range(self.allocation_combo.count()):
            self.allocation_combo.setItemText(
                i, labels.allocation_type(self.allocation_combo.itemData(i)))
        for i in range(self.decrease_combo.count()):
            self.decrease_combo.setItemText(
                i, labels.decrease_on(self.decrease_combo.itemData(i)))
        self.decrease_hint.setText(self.tr("Hours are always decreased on Case Resolution."))
        self.decrease_hint.setToolTip(self.tr("Entitlements in hours are always decreased on "
                                              "Case Resolution, by the case's billable time."))
        self.decrease_hint.setAccessibleName(self.tr("About Decrease Remaining On"))
        self._retranslate_sublists()
        self._render_errors()

    def _retranslate_sublists(self) -> None:
        saved = self.record is not None
        draft = not saved or self.state == EntitlementState.DRAFT
        self.tabs.setAccessibleName(self.tr("Channels, products, contacts and ledger"))
        titles = [self.tr("Channels (%1)").replace("%1", str(len(self.channels()))),
                  self.tr("Products (%1)").replace("%1", str(len(self.products()))),
                  self.tr("Contacts (%1)").replace("%1", str(len(self.contacts()))),
                  self.tr("Ledger (%1)").replace("%1", str(len(self._ledger)))]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.channels_page.setAccessibleName(self.tr("Channels"))
        self.products_page.setAccessibleName(self.tr("Products"))
        self.contacts_page.setAccessibleName(self.tr("Contacts"))
        self.ledger_page.setAccessibleName(self.tr("Ledger"))
        not_saved = self.tr("Save the entitlement to edit its channels, products and "
                            "contacts.")
        read_only = self.tr("Only a draft's lists can be changed.")
        if not saved and self._pending_channels:
            channels = self.tr("From the template: saved with the entitlement.")
        elif not saved:
            channels = not_saved
        elif not draft:
            channels = read_only
        else:
            channels = self.tr("Without channels the entitlement covers every origin; with "
                               "channels, only the origins listed, each with its own terms.")
        self.channels_note.setText(channels)
        self.channels_tree.setHeaderLabels([self.tr("Origin"), self.tr("Total Terms"),
                                            self.tr("Remaining Terms")])
        self.channels_tree.setAccessibleName(self.tr("Channels"))
        self.channel_origin_caption.setText(self.tr("&Origin:"))
        self.channel_origin_combo.setAccessibleName(self.tr("Origin"))
        for i in range(self.channel_origin_combo.count()):
            self.channel_origin_combo.setItemText(
                i, self.origin_text(self.channel_origin_combo.itemData(i)))
        self.channel_terms_caption.setText(self.tr("T&erms:"))
        self.channel_terms_spin.setAccessibleName(self.tr("Total terms of the channel"))
        self.channel_remove_button.setText(self.tr("Re&move"))
        self.channel_remove_button.setAccessibleName(self.tr("Remove channel"))
        self._update_channel_button()
        if not saved and self._pending_products:
            products = self.tr("From the template: saved with the entitlement.")
        elif not saved:
            products = not_saved
        elif not draft:
            products = read_only
        else:
            products = self.tr("None listed: the entitlement covers every product.")
        self.products_note.setText(products)
        self.products_tree.setAccessibleName(self.tr("Products"))
        self.product_lookup.setAccessibleName(self.tr("Product to add"))
        self.product_lookup.set_placeholder(self.tr("Type a product and press Enter"))
        self.product_add_button.setText(self.tr("Add &Product"))
        self.product_add_button.setAccessibleName(self.tr("Add product"))
        self.product_remove_button.setText(self.tr("Remove"))
        self.product_remove_button.setAccessibleName(self.tr("Remove product"))
        if not saved:
            contacts = not_saved
        elif self.record.customer_kind != "account":
            contacts = self.tr("The customer is a contact: the entitlement covers that "
                               "contact.")
        elif not draft:
            contacts = read_only
        else:
            contacts = self.tr("None listed: the entitlement covers every contact of the "
                               "customer.")
        self.contacts_note.setText(contacts)
        self.contacts_tree.setAccessibleName(self.tr("Contacts"))
        self.contact_lookup.setAccessibleName(self.tr("Contact to add"))
        self.contact_lookup.set_placeholder(self.tr("Type a contact of the customer and press "
                                                    "Enter"))
        self.contact_add_button.setText(self.tr("Add C&ontact"))
        self.contact_add_button.setAccessibleName(self.tr("Add contact"))
        self.contact_remove_button.setText(self.tr("Remove"))
        self.contact_remove_button.setAccessibleName(self.tr("Remove contact"))
        self.ledger_tree.setHeaderLabels([self.tr("Case Number"), self.tr("Channel"),
                                          self.tr("Movement"), self.tr("Reason"),
                                          self.tr("When")])
        self.ledger_tree.setAccessibleName(self.tr("Ledger of term movements"))
        self.ledger_note.setText(
            self.tr("Every movement of terms, newest first. Remaining terms are the total "
                    "terms plus these movements.") if self._ledger
            else self.tr("No terms have moved yet."))
