"""Settings › Products (SPEC §1.9): the products on the left (name, number, active, how many
cases have it), the chosen product on the right (name, number, active). Administrators edit
them; everyone else sees them read-only (the controller refuses them too). Products are never
deleted: Deactivate keeps the cases that have one and stops offering it for new cases.

`products` is casedesk.controllers.products (list_products, create_product, update_product,
set_active, ProductFields).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import CaseDeskError, PermissionDenied, ValidationError
from casedesk.models.options import Role
from casedesk.ui import prompts
from casedesk.ui.actions import PRODUCT_COMMANDS, ActionRegistry
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.styles import ERROR_STYLE, NOTE_STYLE, heading_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: controller field → the page's field
_ALIASES = {"product_number": "number"}


class ProductsPage(QWidget):
    """Settings › Products. The main window asks `confirm_leave()` (or `has_changes()` and
    `save()`) before it leaves."""

    status_message = Signal(str)
    saved = Signal(int)
    modified_changed = Signal(bool)

    def __init__(self, session, products, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings_products")
        self._session = session
        self._products = products
        self.read_only = not session.has_role(Role.ADMINISTRATOR)
        self.product_id: int | None = None  # the product shown (None: a new one)
        self._version = 0
        self._rows: dict = {}
        self._saved_fields = None
        self._loading = False
        self._modified = False
        self._errors: dict[str, object] = {}
        self.editors: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}

        self.actions = ActionRegistry(self)
        self.command_bar = QToolBar(objectName="productsCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.command_bar, PRODUCT_COMMANDS)
        self.new_action = self.actions["new_product"]
        self.save_action = self.actions["save_settings"]
        self.revert_action = self.actions["revert_settings"]
        self.deactivate_action = self.actions["deactivate_product"]
        self.activate_action = self.actions["activate_product"]

        self.heading = heading_label("productsHeading")
        self.read_only_note = QLabel(objectName="productsReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.setVisible(self.read_only)
        self.form_error = QLabel(objectName="productsError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.product_list = QTreeWidget(objectName="productsList")
        self.product_list.setColumnCount(4)
        self.product_list.setRootIsDecorated(False)
        self.product_list.setUniformRowHeights(True)
        self.product_list.setAlternatingRowColors(True)
        self.product_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.product_list.setMinimumWidth(340)
        row_height = self.product_list.fontMetrics().height() + 8
        self.product_list.setStyleSheet(f"QTreeView::item {{ min-height: {row_height}px; }}")
        header = self.product_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.editor_heading = QLabel(objectName="productEditorHeading")
        bold = self.editor_heading.font()
        bold.setBold(True)
        self.editor_heading.setFont(bold)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self._add_field(form, "name", self.name_edit)
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(100)
        self._add_field(form, "number", self.number_edit)
        self.active_check = QCheckBox()
        self._add_field(form, "active", self.active_check)
        self.cases_label = QLabel(objectName="productCasesLabel")
        self.cases_label.setWordWrap(True)
        editor = QWidget(objectName="productEditor")
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        editor_layout.addWidget(self.editor_heading)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.cases_label)
        editor_layout.addStretch(1)
        self.editor = editor

        self.splitter = QSplitter(objectName="productsSplitter")
        self.splitter.addWidget(self.product_list)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.command_bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.form_error)
        layout.addWidget(self.splitter, 1)

        self._connect()
        self.retranslate_ui()
        self.reload()

    def _add_field(self, form: QFormLayout, field: str, editor: QWidget) -> None:
        editor.setObjectName(f"product_{field}")
        caption = QLabel(objectName=f"product_{field}_caption")
        caption.setBuddy(editor)
        error = QLabel(objectName=f"product_{field}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(objectName=f"product_{field}_cell")
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        form.addRow(caption, cell)
        self.editors[field] = editor
        self.captions[field] = caption
        self.error_labels[field] = error

    def _connect(self) -> None:
        self.new_action.triggered.connect(self._when_shown(self.new_product))
        self.save_action.triggered.connect(self._when_shown(self.save))
        self.revert_action.triggered.connect(self._when_shown(self.revert))
        self.deactivate_action.triggered.connect(self._when_shown(lambda: self.set_active(False)))
        self.activate_action.triggered.connect(self._when_shown(lambda: self.set_active(True)))
        self.product_list.currentItemChanged.connect(self._product_chosen)
        self.name_edit.textEdited.connect(lambda _t: self._edited("name"))
        self.number_edit.textEdited.connect(lambda _t: self._edited("number"))
        self.active_check.toggled.connect(lambda _on: self._edited("active"))
        bus = self._session.events
        subscriptions = ((events.PRODUCTS_CHANGED, self._products_changed),)
        for name, callback in subscriptions:
            bus.subscribe(name, callback)
        self.destroyed.connect(lambda *_: [bus.unsubscribe(n, c) for n, c in subscriptions])

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if isValid(self) and self.isVisible():
                slot()
        return run

    # -- the list --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else self.product_id
        try:
            rows = self._products.list_products()
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            rows = []
        self._rows = {row.id: row for row in rows}
        self.product_list.blockSignals(True)
        self.product_list.clear()
        chosen = None
        for row in rows:
            item = QTreeWidgetItem(self.product_list,
                                   [row.name, row.number or "", "", str(row.case_count)])
            item.setData(0, ID_ROLE, row.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not row.active:
                for column in range(4):
                    item.setForeground(column, self.palette().placeholderText())
            if row.id == wanted:
                chosen = item
        if chosen is None and wanted is None and self.product_list.topLevelItemCount() \
                and self._saved_fields is None:
            chosen = self.product_list.topLevelItem(0)
        if chosen is not None:
            self.product_list.setCurrentItem(chosen)
        self.product_list.blockSignals(False)
        self._retranslate_list()
        if chosen is not None:
            self.show_product(chosen.data(0, ID_ROLE))
        elif wanted is not None or self._saved_fields is None:
            self.show_product(None)

    def _product_chosen(self, current, previous) -> None:
        if self._loading or current is None:
            return
        product_id = current.data(0, ID_ROLE)
        if product_id == self.product_id:
            return
        if not self.confirm_leave():
            self.product_list.blockSignals(True)
            self.product_list.setCurrentItem(previous)
            self.product_list.blockSignals(False)
            return
        self.show_product(product_id)

    def show_product(self, product_id: int | None) -> None:
        """Show a product in the editor (None: an empty form for a new one)."""
        row = self._rows.get(product_id) if product_id is not None else None
        self.product_id = row.id if row is not None else None
        self._version = row.version if row is not None else 0
        self._loading = True
        try:
            self.name_edit.setText(row.name if row else "")
            self.number_edit.setText((row.number or "") if row else "")
            self.active_check.setChecked(row.active if row else True)
        finally:
            self._loading = False
        self._saved_fields = self.current_fields()
        self._errors.clear()
        self._update_state()
        self._update_heading()

    def current_fields(self):
        return self._products.ProductFields(name=self.name_edit.text().strip(),
                                            number=self.number_edit.text().strip() or None,
                                            active=self.active_check.isChecked())

    def has_changes(self) -> bool:
        return self._saved_fields is not None and self.current_fields() != self._saved_fields

    # -- state -----------------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        if self._errors:
            self._errors.pop(field, None)
            self._errors.pop("", None)
            self._render_errors()
        self._update_state()

    def _update_state(self) -> None:
        editable = not self.read_only
        modified = editable and self.has_changes()
        row = self._rows.get(self.product_id)
        self.new_action.setEnabled(editable)
        self.save_action.setEnabled(modified)
        self.revert_action.setEnabled(modified)
        self.deactivate_action.setEnabled(editable and row is not None and row.active)
        self.activate_action.setEnabled(editable and row is not None and not row.active)
        self.name_edit.setReadOnly(not editable)
        self.number_edit.setReadOnly(not editable)
        self.active_check.setEnabled(editable)
        if row is None:
            self.cases_label.setText("")
        else:
            self.cases_label.setText(self.tr("%n case(s) have this product.", "",
                                             row.case_count))
        self._render_errors()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def _update_heading(self) -> None:
        if self.product_id is None:
            text = self.tr("New product")
        else:
            text = self.tr("Product: %1").replace("%1", self.name_edit.text())
        self.editor_heading.setText(text)

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

    def _show_error(self, exc: Exception) -> None:
        field = _ALIASES.get(getattr(exc, "field", None), getattr(exc, "field", None))
        if isinstance(exc, ValidationError) and field in self.error_labels:
            self._errors[field] = lambda e=exc: validation_message(e)
            self._render_errors()
            self.editors[field].setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(exc, PermissionDenied):
            self._errors[""] = lambda: self.tr("Only administrators can change products.")
            self._render_errors()
        else:
            self._errors[""] = lambda e=exc: error_message(e)
            self._render_errors()

    # -- commands --------------------------------------------------------------------------

    def new_product(self) -> None:
        if self.read_only or not self.confirm_leave():
            return
        self.product_list.blockSignals(True)
        self.product_list.clearSelection()
        self.product_list.setCurrentItem(None)
        self.product_list.blockSignals(False)
        self.show_product(None)
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Create or update the product; False (with the reason shown) when refused."""
        if self.read_only:
            self._show_error(PermissionDenied("products"))
            return False
        self._errors.clear()
        self._render_errors()
        fields = self.current_fields()
        try:
            if self.product_id is None:
                product_id = self._products.create_product(self._session, fields)
            else:
                product_id = self.product_id
                self._version = self._products.update_product(self._session, product_id,
                                                              fields, self._version)
        except CaseDeskError as exc:
            self._show_error(exc)
            return False
        self.product_id = product_id
        self._saved_fields = fields
        self.reload(product_id)
        self.status_message.emit(self.tr("Product “%1” saved.").replace("%1", fields.name))
        self.saved.emit(product_id)
        return True

    def revert(self) -> None:
        self.show_product(self.product_id)

    def set_active(self, active: bool) -> bool:
        """Deactivate or activate the product shown (changes not saved are asked about)."""
        if self.read_only or self.product_id is None or not self.confirm_leave():
            return False
        try:
            self._products.set_active(self._session, self.product_id, active)
        except CaseDeskError as exc:
            self._show_error(exc)
            return False
        name = self._rows[self.product_id].name if self.product_id in self._rows else ""
        self.reload(self.product_id)
        self.status_message.emit(
            (self.tr("Product “%1” activated.") if active
             else self.tr("Product “%1” deactivated.")).replace("%1", name))
        return True

    def confirm_leave(self) -> bool:
        if self.read_only or not self.has_changes():
            return True
        answer = prompts.ask_save_changes(self, self.tr("Save the changes to the product?"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def _products_changed(self, **_payload) -> None:
        if isValid(self) and not self.has_changes():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.has_changes():
            self.reload()

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.actions.retranslate()
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_list(self) -> None:
        for i in range(self.product_list.topLevelItemCount()):
            item = self.product_list.topLevelItem(i)
            row = self._rows.get(item.data(0, ID_ROLE))
            if row is not None:
                item.setText(2, self.tr("Yes") if row.active else self.tr("No"))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Products"))
        self.heading.setText(self.tr("Products"))
        self.heading.setAccessibleName(self.tr("Products"))
        self.command_bar.setWindowTitle(self.tr("Product commands"))
        self.command_bar.setAccessibleName(self.tr("Product commands"))
        self.save_action.setStatusTip(self.tr("Save the product"))
        self.read_only_note.setText(self.tr("Only administrators can change products. You can "
                                            "look at them here."))
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.form_error.setAccessibleName(self.tr("Error"))
        self.product_list.setHeaderLabels([self.tr("Name"), self.tr("Number"), self.tr("Active"),
                                           self.tr("Cases")])
        self.product_list.headerItem().setToolTip(3, self.tr("Cases that have the product"))
        self.product_list.setAccessibleName(self.tr("Products"))
        self.editor.setAccessibleName(self.tr("Product"))
        self.editor_heading.setAccessibleName(self.tr("Product"))
        self.cases_label.setAccessibleName(self.tr("Cases"))
        captions = {"name": self.tr("&Name: *"), "number": self.tr("N&umber:"),
                    "active": self.tr("Active:")}
        names = {"name": self.tr("Name (required)"), "number": self.tr("Product number"),
                 "active": self.tr("Active")}
        for field, text in captions.items():
            self.captions[field].setText(text)
            self.editors[field].setAccessibleName(names[field])
            self.error_labels[field].setAccessibleName(
                self.tr("%1 error").replace("%1", names[field]))
        self.active_check.setText(self.tr("Offered for new cases"))
        self._retranslate_list()
        self._update_heading()
        self._update_state()
