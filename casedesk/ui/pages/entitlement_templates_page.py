"""Settings › Entitlement Templates (SPEC §1.5): the templates that prefill new entitlements —
their terms, length, channels and products. Managers and administrators edit them; agents see
them read-only (the controller refuses them too).

`entitlements` is casedesk.controllers.entitlements (list_templates, get_template,
create_template, update_template, delete_template, TemplateFields); `lookups` gives the
products (search_products).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
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
from casedesk.models.options import AllocationType, DecreaseRemainingOn, Role
from casedesk.ui import icons, labels, prompts
from casedesk.ui.actions import ENTITLEMENT_TEMPLATE_COMMANDS, ActionRegistry
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.styles import ERROR_STYLE, HINT_STYLE, NOTE_STYLE, heading_label

TEMPLATES_CHANGED = getattr(events, "ENTITLEMENT_TEMPLATES_CHANGED",
                            "entitlement_templates_changed")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TERMS_MAX = 9_999_999_999.99
DURATION_MAX = 36_600


def _decimal(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(f"{spin.value():.2f}")


class EntitlementTemplatesPage(QWidget):
    """Settings › Entitlement Templates: a list on the left, the chosen template on the right.
    The main window asks `confirm_leave()` before it shows another page or closes."""

    status_message = Signal(str)
    saved = Signal(int)

    def __init__(self, session, entitlements, lookups, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_entitlement_templates")
        self._session = session
        self._entitlements = entitlements
        self._lookups = lookups
        self.read_only = not (session.has_role(Role.MANAGER)
                              or session.has_role(Role.ADMINISTRATOR))
        self.template_id: int | None = None  # the template shown (None: a new one)
        self._version = 0
        self._channels: list[tuple[int, Decimal]] = []
        self._products: list[tuple[int, str]] = []
        self._loading = False
        self._dirty = False
        self._errors: dict[str, object] = {}
        self.editors: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._origins = self._read_origins()

        self.actions = ActionRegistry(self)
        self.command_bar = QToolBar(objectName="templatesCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.command_bar, ENTITLEMENT_TEMPLATE_COMMANDS)
        self.new_action = self.actions["new_entitlement_template"]
        self.save_action = self.actions["save_settings"]
        self.revert_action = self.actions["revert_settings"]
        self.delete_action = self.actions["delete_entitlement_template"]

        self.heading = heading_label("templatesHeading")
        self.read_only_note = QLabel(objectName="templatesReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.setVisible(self.read_only)
        self.form_error = QLabel(objectName="templatesError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.template_list = QListWidget(objectName="templatesList")
        self.template_list.setMinimumWidth(220)
        self.empty_note = QLabel(objectName="templatesEmptyNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet(HINT_STYLE)
        list_pane = QWidget(objectName="templatesListPane")
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 4, 0)
        list_layout.addWidget(self.template_list, 1)
        list_layout.addWidget(self.empty_note)

        # -- the editor ------------------------------------------------------------------------
        self.editor_heading = QLabel(objectName="templateEditorHeading")
        bold = self.editor_heading.font()
        bold.setBold(True)
        self.editor_heading.setFont(bold)
        self.terms_box = QGroupBox(objectName="templateTermsBox")
        form = QFormLayout(self.terms_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self._add_field(form, "name", self.name_edit)
        self.allocation_combo = QComboBox()
        for value in AllocationType:
            self.allocation_combo.addItem("", int(value))
        self._add_field(form, "allocation_type", self.allocation_combo)
        self.decrease_combo = QComboBox()
        for value in DecreaseRemainingOn:
            self.decrease_combo.addItem("", int(value))
        self.decrease_hint = QLabel(objectName="template_decrease_on_hint")
        self.decrease_hint.setStyleSheet(HINT_STYLE)
        self.decrease_hint.hide()
        self._add_field(form, "decrease_on", self.decrease_combo, self.decrease_hint)
        self.total_spin = QDoubleSpinBox()
        self.total_spin.setDecimals(2)
        self.total_spin.setRange(0, TERMS_MAX)
        self.total_spin.setGroupSeparatorShown(True)
        self.total_spin.setMaximumWidth(200)
        self._add_field(form, "total_terms", self.total_spin)
        self.restrict_check = QCheckBox()
        self._add_field(form, "restrict_case_creation", self.restrict_check)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, DURATION_MAX)
        self.duration_spin.setValue(365)
        self.duration_spin.setMaximumWidth(200)
        self._add_field(form, "duration_days", self.duration_spin)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(90)
        self._add_field(form, "description", self.description_edit)

        # channels
        self.channels_box = QGroupBox(objectName="templateChannelsBox")
        self.channels_tree = QTreeWidget(objectName="templateChannelsTree")
        self._setup_tree(self.channels_tree, 2)
        header = self.channels_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.channel_origin_combo = QComboBox(objectName="templateChannelOrigin")
        self.channel_origin_combo.setMinimumContentsLength(10)
        self.channel_origin_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for value, _label in self._origins:
            self.channel_origin_combo.addItem("", value)
        self.channel_terms_spin = QDoubleSpinBox(objectName="templateChannelTerms")
        self.channel_terms_spin.setDecimals(2)
        self.channel_terms_spin.setRange(0, TERMS_MAX)
        self.channel_apply_button = QPushButton(objectName="templateChannelApply")
        self.channel_remove_button = QPushButton(objectName="templateChannelRemove")
        self.channel_remove_button.setIcon(icons.icon("remove"))
        self.channels_error = QLabel(objectName="template_channels_error")
        self.channels_error.setStyleSheet(ERROR_STYLE)
        self.channels_error.setWordWrap(True)
        self.channels_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.channel_origin_combo)
        row.addWidget(self.channel_terms_spin)
        row.addWidget(self.channel_apply_button)
        row.addStretch(1)
        row.addWidget(self.channel_remove_button)
        channels_layout = QVBoxLayout(self.channels_box)
        channels_layout.addLayout(row)
        channels_layout.addWidget(self.channels_tree)
        channels_layout.addWidget(self.channels_error)
        self.error_labels["channels"] = self.channels_error
        self.editors["channels"] = self.channels_tree

        # products
        self.products_box = QGroupBox(objectName="templateProductsBox")
        self.products_tree = QTreeWidget(objectName="templateProductsTree")
        self._setup_tree(self.products_tree, 1)
        self.products_tree.setHeaderHidden(True)
        self.product_combo = QComboBox(objectName="templateProductCombo")
        self.product_combo.setMinimumContentsLength(18)
        self.product_add_button = QPushButton(objectName="templateProductAdd")
        self.product_add_button.setIcon(icons.icon("add"))
        self.product_remove_button = QPushButton(objectName="templateProductRemove")
        self.product_remove_button.setIcon(icons.icon("remove"))
        self.products_error = QLabel(objectName="template_products_error")
        self.products_error.setStyleSheet(ERROR_STYLE)
        self.products_error.setWordWrap(True)
        self.products_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.product_combo, 1)
        row.addWidget(self.product_add_button)
        row.addSpacing(12)
        row.addWidget(self.product_remove_button)
        products_layout = QVBoxLayout(self.products_box)
        products_layout.addLayout(row)
        products_layout.addWidget(self.products_tree)
        products_layout.addWidget(self.products_error)
        self.error_labels["products"] = self.products_error
        self.editors["products"] = self.products_tree

        editor = QWidget(objectName="templateEditor")
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(4, 0, 0, 0)
        editor_layout.addWidget(self.editor_heading)
        editor_layout.addWidget(self.terms_box)
        editor_layout.addWidget(self.channels_box)
        editor_layout.addWidget(self.products_box)
        editor_layout.addStretch(1)
        self.editor_scroll = QScrollArea(objectName="templateEditorScroll")
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.editor_scroll.setWidget(editor)
        self.editor = editor

        self.splitter = QSplitter(objectName="templatesSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.command_bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.form_error)
        layout.addWidget(self.splitter, 1)

        self._connect()
        self._fill_products()
        self.retranslate_ui()
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _add_field(self, form: QFormLayout, field: str, editor: QWidget,
                   hint: QLabel | None = None) -> None:
        editor.setObjectName(f"template_{field}")
        caption = QLabel(objectName=f"template_{field}_caption")
        caption.setBuddy(editor)
        error = QLabel(objectName=f"template_{field}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(objectName=f"template_{field}_cell")
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

    @staticmethod
    def _setup_tree(tree: QTreeWidget, columns: int) -> None:
        tree.setColumnCount(columns)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setMinimumHeight(90)
        tree.setMaximumHeight(160)

    def _connect(self) -> None:
        self.new_action.triggered.connect(self._when_shown(self.new_template))
        self.save_action.triggered.connect(self._when_shown(self.save))
        self.revert_action.triggered.connect(self._when_shown(self.revert))
        self.delete_action.triggered.connect(self._when_shown(self.delete_template))
        self.template_list.currentItemChanged.connect(self._template_chosen)
        self.name_edit.textEdited.connect(lambda _t: self._edited("name"))
        self.allocation_combo.currentIndexChanged.connect(self._allocation_changed)
        self.decrease_combo.currentIndexChanged.connect(lambda _i: self._edited("decrease_on"))
        self.total_spin.valueChanged.connect(lambda _v: self._edited("total_terms"))
        self.restrict_check.toggled.connect(lambda _on: self._edited("restrict_case_creation"))
        self.duration_spin.valueChanged.connect(lambda _v: self._edited("duration_days"))
        self.description_edit.textChanged.connect(lambda: self._edited("description"))
        self.channel_apply_button.clicked.connect(self.apply_channel)
        self.channel_remove_button.clicked.connect(self.remove_channel)
        self.channels_tree.currentItemChanged.connect(self._channel_chosen)
        self.channel_origin_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.product_add_button.clicked.connect(self.add_product)
        self.product_remove_button.clicked.connect(self.remove_product)
        self.products_tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        bus = self._session.events
        bus.subscribe(TEMPLATES_CHANGED, self._templates_changed)
        self.destroyed.connect(lambda *_: bus.unsubscribe(TEMPLATES_CHANGED,
                                                          self._templates_changed))

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if isValid(self) and self.isVisible():
                slot()
        return run

    def _read_origins(self) -> list[tuple[int, str]]:
        try:
            from casedesk.controllers.admin import option_labels

            return [(value, label) for value, label, _b, _s in option_labels("origin")]
        except Exception:  # noqa: BLE001 (no database: the built-in origins)
            return [(int(value), "") for value in labels.ORIGINS]

    def origin_text(self, value) -> str:
        return labels.origin(int(value), dict(self._origins))

    def _fill_products(self) -> None:
        self.product_combo.clear()
        try:
            items = self._lookups.search_products("", limit=100_000)
        except Exception:  # noqa: BLE001 (shown empty: templates work without products)
            items = []
        self._product_names = {item.id: item.label for item in items}
        for item in sorted(items, key=lambda i: i.label.casefold()):
            self.product_combo.addItem(item.label, item.id)

    # -- the list --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the templates again; show `select_id` (or the one shown, or the first)."""
        wanted = select_id if select_id is not None else self.template_id
        rows = self._entitlements.list_templates()
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for template_id, name, allocation, total, days in rows:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, template_id)
            item.setData(ID_ROLE + 1, (allocation, total, days))
            self.template_list.addItem(item)
        self.template_list.blockSignals(False)
        self._retranslate_list()
        ids = [r[0] for r in rows]
        if wanted in ids:
            self.template_list.setCurrentRow(ids.index(wanted))
            self.show_template(wanted)
        elif ids:
            self.template_list.setCurrentRow(0)
            self.show_template(ids[0])
        else:
            self.show_template(None)
        self.empty_note.setVisible(not ids)

    def _template_chosen(self, current, previous) -> None:
        if current is None or self._loading:
            return
        template_id = current.data(ID_ROLE)
        if template_id == self.template_id:
            return
        if not self.confirm_leave():
            self.template_list.blockSignals(True)
            self.template_list.setCurrentItem(previous)
            self.template_list.blockSignals(False)
            return
        self.show_template(template_id)

    def show_template(self, template_id: int | None) -> None:
        """Show a template (None: an empty new one); unsaved changes are dropped."""
        self._loading = True
        try:
            if template_id is None:
                fields = self._entitlements.TemplateFields(name="")
                self._version = 0
            else:
                record = self._entitlements.get_template(template_id)
                fields, self._version = record.fields, record.version
            self.template_id = template_id
            self.name_edit.setText(fields.name)
            self.allocation_combo.setCurrentIndex(
                max(0, self.allocation_combo.findData(int(fields.allocation_type))))
            self._apply_hours_rule()
            self.decrease_combo.setCurrentIndex(
                max(0, self.decrease_combo.findData(int(fields.decrease_on))))
            self.total_spin.setValue(float(fields.total_terms or 0))
            self.restrict_check.setChecked(bool(fields.restrict_case_creation))
            self.duration_spin.setValue(int(fields.duration_days))
            self.description_edit.setPlainText(fields.description or "")
            self._channels = [(int(o), Decimal(t)) for o, t in fields.channels]
            self._products = [(int(i), self._product_names.get(int(i), f"#{i}"))
                              for i in fields.product_ids]
        finally:
            self._loading = False
        self._errors.clear()
        self._set_dirty(False)
        self._show_lists()
        self._update_state()
        self._update_heading()

    def _update_heading(self) -> None:
        self.editor_heading.setText(self.name_edit.text() if self.template_id is not None
                                    else self.tr("New Template"))

    # -- editing ---------------------------------------------------------------------------

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._update_state()

    def has_changes(self) -> bool:
        return self._dirty

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        if field in self._errors:
            del self._errors[field]
        self._set_dirty(True)

    def _allocation_changed(self, _index: int) -> None:
        self._apply_hours_rule()
        self._edited("allocation_type")

    def _apply_hours_rule(self) -> None:
        hours = self.allocation_combo.currentData() == int(AllocationType.NUMBER_OF_HOURS)
        creation = self.decrease_combo.findData(int(DecreaseRemainingOn.CASE_CREATION))
        item = self.decrease_combo.model().item(creation)
        if item is not None:
            item.setEnabled(not hours)
        if hours:
            self.decrease_combo.setCurrentIndex(
                self.decrease_combo.findData(int(DecreaseRemainingOn.CASE_RESOLUTION)))
        self.decrease_hint.setVisible(hours)

    def _update_state(self) -> None:
        editable = not self.read_only
        self.new_action.setEnabled(editable)
        self.save_action.setEnabled(editable and self._dirty)
        self.revert_action.setEnabled(editable and self._dirty)
        self.delete_action.setEnabled(editable and self.template_id is not None)
        for editor in (self.name_edit, self.description_edit, self.total_spin,
                       self.duration_spin):
            editor.setReadOnly(not editable)
        for widget in (self.allocation_combo, self.decrease_combo, self.restrict_check,
                       self.channel_origin_combo, self.channel_terms_spin,
                       self.channel_apply_button, self.product_combo):
            widget.setEnabled(editable)
        self._update_buttons()
        self._render_errors()

    def _update_buttons(self) -> None:
        editable = not self.read_only
        self.channel_remove_button.setEnabled(
            editable and self.channels_tree.currentItem() is not None)
        self.product_add_button.setEnabled(editable and self.product_combo.count() > 0)
        self.product_remove_button.setEnabled(
            editable and self.products_tree.currentItem() is not None)
        update = self.channel_origin_combo.currentData() in {o for o, _t in self._channels}
        self.channel_apply_button.setText(self.tr("&Update") if update else self.tr("&Add"))
        self.channel_apply_button.setIcon(icons.icon("save" if update else "add"))
        self.channel_apply_button.setAccessibleName(
            self.tr("Update channel") if update else self.tr("Add channel"))

    def _show_lists(self) -> None:
        self.channels_tree.clear()
        for origin, total in self._channels:
            item = QTreeWidgetItem(self.channels_tree, [self.origin_text(origin),
                                                        labels.terms(total)])
            item.setData(0, ID_ROLE, origin)
            item.setData(1, ID_ROLE, float(total))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        listed = {o for o, _t in self._channels}
        free = [i for i in range(self.channel_origin_combo.count())
                if self.channel_origin_combo.itemData(i) not in listed]
        if free:
            self.channel_origin_combo.setCurrentIndex(free[0])
            self.channel_terms_spin.setValue(0)
        self.products_tree.clear()
        for product_id, name in self._products:
            item = QTreeWidgetItem(self.products_tree, [name])
            item.setData(0, ID_ROLE, product_id)
        self._update_buttons()

    def _channel_chosen(self, item, _previous=None) -> None:
        if item is not None:
            self.channel_origin_combo.setCurrentIndex(
                max(0, self.channel_origin_combo.findData(item.data(0, ID_ROLE))))
            self.channel_terms_spin.setValue(float(item.data(1, ID_ROLE) or 0))
        self._update_buttons()

    def apply_channel(self) -> None:
        origin = int(self.channel_origin_combo.currentData())
        terms = _decimal(self.channel_terms_spin)
        if any(o == origin for o, _t in self._channels):
            self._channels = [(o, terms if o == origin else t) for o, t in self._channels]
        else:
            self._channels.append((origin, terms))
        self._show_lists()
        self._edited("channels")

    def remove_channel(self) -> None:
        item = self.channels_tree.currentItem()
        if item is not None:
            origin = item.data(0, ID_ROLE)
            self._channels = [(o, t) for o, t in self._channels if o != origin]
            self._show_lists()
            self._edited("channels")

    def add_product(self) -> None:
        product_id = self.product_combo.currentData()
        if product_id is not None and product_id not in {i for i, _n in self._products}:
            self._products.append((product_id, self.product_combo.currentText()))
            self._show_lists()
            self._edited("products")

    def remove_product(self) -> None:
        item = self.products_tree.currentItem()
        if item is not None:
            gone = item.data(0, ID_ROLE)
            self._products = [(i, n) for i, n in self._products if i != gone]
            self._show_lists()
            self._edited("products")

    def current_fields(self):
        """The template as shown (entitlements.TemplateFields)."""
        return self._entitlements.TemplateFields(
            name=self.name_edit.text().strip(),
            allocation_type=int(self.allocation_combo.currentData()),
            decrease_on=int(self.decrease_combo.currentData()),
            total_terms=_decimal(self.total_spin),
            restrict_case_creation=self.restrict_check.isChecked(),
            duration_days=self.duration_spin.value(),
            description=self.description_edit.toPlainText().strip() or None,
            channels=list(self._channels),
            product_ids=[i for i, _n in self._products])

    # -- errors ----------------------------------------------------------------------------

    def _render_errors(self) -> None:
        for field, label in self.error_labels.items():
            text_fn = self._errors.get(field)
            text = text_fn() if text_fn else ""
            label.setText(text)
            label.setVisible(bool(text))
            self.editors[field].setAccessibleDescription(text)
        other = [fn() for f, fn in self._errors.items() if f not in self.error_labels]
        self.form_error.setText("\n".join(other))
        self.form_error.setVisible(bool(other))

    def field_error(self, field: str) -> str:
        label = self.error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, PermissionDenied):
            prompts.error(self, self.tr("Only managers and administrators can change "
                                        "entitlement templates."))
        else:
            prompts.error(self, error_message(exc))

    # -- commands --------------------------------------------------------------------------

    def new_template(self) -> None:
        if self.read_only or not self.confirm_leave():
            return
        self.template_list.blockSignals(True)
        self.template_list.clearSelection()
        self.template_list.setCurrentItem(None)
        self.template_list.blockSignals(False)
        self.show_template(None)
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Create or update the template; False (with the reason shown) when refused."""
        if self.read_only:
            self._refused(PermissionDenied("entitlement_templates"))
            return False
        self._errors.clear()
        fields = self.current_fields()
        try:
            if self.template_id is None:
                template_id = self._entitlements.create_template(self._session, fields)
            else:
                template_id = self.template_id
                self._version = self._entitlements.update_template(
                    self._session, template_id, fields, self._version)
        except ValidationError as exc:
            self._errors[exc.field] = lambda e=exc: validation_message(e)
            self._render_errors()
            editor = self.editors.get(exc.field)
            if editor is not None:
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except (ConflictError, CaseDeskError) as exc:
            self._refused(exc)
            return False
        self._dirty = False
        self.template_id = template_id
        self.reload(template_id)
        self.status_message.emit(self.tr("Entitlement template saved."))
        self.saved.emit(template_id)
        return True

    def revert(self) -> None:
        self.show_template(self.template_id)

    def delete_template(self) -> bool:
        if self.read_only or self.template_id is None:
            return False
        text = self.tr("Delete the entitlement template “%1”? Entitlements made from it "
                       "keep their terms.").replace("%1", self.name_edit.text())
        if not prompts.confirm(self, text):
            return False
        try:
            self._entitlements.delete_template(self._session, self.template_id)
        except CaseDeskError as exc:
            self._refused(exc)
            return False
        self._dirty = False
        self.template_id = None
        self.reload()
        return True

    def confirm_leave(self) -> bool:
        """Before the template or the page is left: ask about unsaved changes."""
        if self.read_only or not self._dirty:
            return True
        answer = prompts.ask_save_changes(self, self.tr("Save the changes to the entitlement "
                                                        "template?"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def _templates_changed(self, **_payload) -> None:
        if isValid(self) and not self._dirty:
            self.reload()

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.actions.retranslate()
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_list(self) -> None:
        for i in range(self.template_list.count()):
            item = self.template_list.item(i)
            allocation, total, days = item.data(ID_ROLE + 1)
            item.setToolTip(self.tr("%1: %2, %3 days").replace(
                "%1", labels.allocation_type(allocation)).replace(
                "%2", labels.terms(total)).replace("%3", str(days)))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Entitlement Templates"))
        self.heading.setText(self.tr("Entitlement Templates"))
        self.heading.setAccessibleName(self.tr("Entitlement Templates"))
        self.command_bar.setWindowTitle(self.tr("Template commands"))
        self.command_bar.setAccessibleName(self.tr("Template commands"))
        self.save_action.setStatusTip(self.tr("Save the template"))
        self.read_only_note.setText(self.tr("Only managers and administrators can change "
                                            "entitlement templates. You can look at them "
                                            "here."))
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.form_error.setAccessibleName(self.tr("Error"))
        self.template_list.setAccessibleName(self.tr("Entitlement templates"))
        self.empty_note.setText(self.tr("No templates yet. New Template creates one."))
        self._update_heading()
        self.editor_heading.setAccessibleName(self.tr("Template"))
        self.editor.setAccessibleName(self.tr("Template"))
        self.editor_scroll.setAccessibleName(self.tr("Template"))
        self.terms_box.setTitle(self.tr("Terms"))
        self.terms_box.setAccessibleName(self.tr("Terms"))
        captions = {
            "name": self.tr("&Name:"), "allocation_type": self.tr("&Allocation Type:"),
            "decrease_on": self.tr("&Decrease Remaining On:"),
            "total_terms": self.tr("&Total Terms:"),
            "restrict_case_creation": self.tr("&Restrict Case Creation:"),
            "duration_days": self.tr("D&uration:"),
            "description": self.tr("Descri&ption:"),
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
            self.editors[field].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.name_edit.setPlaceholderText(self.tr("Required"))
        self.duration_spin.setSuffix(self.tr(" days"))
        self.restrict_check.setText(self.tr("Refuse new cases when no terms remain"))
        for i in range(self.allocation_combo.count()):
            self.allocation_combo.setItemText(
                i, labels.allocation_type(self.allocation_combo.itemData(i)))
        for i in range(self.decrease_combo.count()):
            self.decrease_combo.setItemText(
                i, labels.decrease_on(self.decrease_combo.itemData(i)))
        self.decrease_hint.setText(self.tr("Hours are always decreased on Case Resolution."))
        self.decrease_hint.setAccessibleName(self.tr("About Decrease Remaining On"))
        self.channels_box.setTitle(self.tr("Channels"))
        self.channels_box.setAccessibleName(self.tr("Channels"))
        self.channels_tree.setHeaderLabels([self.tr("Origin"), self.tr("Total Terms")])
        self.channels_tree.setAccessibleName(self.tr("Channels"))
        self.channel_origin_combo.setAccessibleName(self.tr("Origin"))
        for i in range(self.channel_origin_combo.count()):
            self.channel_origin_combo.setItemText(
                i, self.origin_text(self.channel_origin_combo.itemData(i)))
        self.channel_terms_spin.setAccessibleName(self.tr("Total terms of the channel"))
        self.channel_remove_button.setText(self.tr("Re&move"))
        self.channel_remove_button.setAccessibleName(self.tr("Remove channel"))
        self.channels_error.setAccessibleName(self.tr("Channels error"))
        self.products_box.setTitle(self.tr("Products"))
        self.products_box.setAccessibleName(self.tr("Products"))
        self.products_tree.setAccessibleName(self.tr("Products"))
        self.product_combo.setAccessibleName(self.tr("Product to add"))
        self.product_add_button.setText(self.tr("Add &Product"))
        self.product_add_button.setAccessibleName(self.tr("Add product"))
        self.product_remove_button.setText(self.tr("Remove"))
        self.product_remove_button.setAccessibleName(self.tr("Remove product"))
        self.products_error.setAccessibleName(self.tr("Products error"))
        self._retranslate_list()
        self._update_buttons()
        self._render_errors()
        for i in range(self.channels_tree.topLevelItemCount()):
            item = self.channels_tree.topLevelItem(i)
            item.setText(0, self.origin_text(item.data(0, ID_ROLE)))
