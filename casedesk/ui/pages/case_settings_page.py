"""Settings › Case Settings (SPEC §1.11, §2.7): the parent and child case settings — the
maximum number of child cases, what closing a parent case does to its child cases, and the
fields Create Child Case copies. Administrators edit them; everyone else sees them read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import CaseDeskError, ValidationError
from casedesk.models.options import Role
from casedesk.ui import prompts
from casedesk.ui.actions import CASE_SETTINGS_COMMANDS, ActionRegistry
from casedesk.ui.messages import error_message, field_name, validation_message
from casedesk.ui.styles import ERROR_STYLE, NOTE_STYLE, heading_label

#: the closure preferences (SPEC §2.7), as stored, in the order shown
CLOSURES = ("independent", "close_children", "block_parent")
#: fields every child case inherits, whatever the setting says
ALWAYS_INHERITED = ("title", "customer")
CHILD_LIMIT_MIN, CHILD_LIMIT_MAX = 1, 1000
INHERITED_COLUMNS = 3
KEYS = {"child_case_limit", "parent_closure", "inherited_fields"}
#: the entitlement settings (SPEC §3.2), stored through admin.set_setting
ENTITLEMENT_KEYS = ("default_entitlement_on_create", "default_entitlement_on_update")


class CaseSettingsPage(QWidget):
    """Settings › Case Settings. `lifecycle` is casedesk.controllers.lifecycle
    (case_settings, set_case_settings, CaseSettings, INHERITABLE_FIELDS).

    The main window asks `confirm_leave()` (or `has_changes()` and `save()`) before it shows
    another page or closes."""

    status_message = Signal(str)
    saved = Signal()
    #: True when there are unsaved changes, False when there are none again
    modified_changed = Signal(bool)

    def __init__(self, session, lifecycle, parent=None, *, admin=None) -> None:
        super().__init__(parent)
        if admin is None:
            from casedesk.controllers import admin
        self._admin = admin
        self._saved_entitlement: dict[str, bool] = {}
        self.setObjectName("page_case_settings")
        self._session = session
        self._lifecycle = lifecycle
        self.read_only = not session.has_role(Role.ADMINISTRATOR)
        self._saved = None  # the stored CaseSettings, normalized
        self._loading = False
        self._modified = False
        #: field → a function giving its error (None: the banner above the settings)
        self._errors: dict[str | None, object] = {}

        self.actions = ActionRegistry(self)
        self.save_action = self.actions["save_settings"]
        self.revert_action = self.actions["revert_settings"]
        self.command_bar = QToolBar(objectName="caseSettingsCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.command_bar, CASE_SETTINGS_COMMANDS)

        self.heading = heading_label("caseSettingsHeading")
        self.read_only_note = QLabel(objectName="caseSettingsReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.setVisible(self.read_only)
        self.form_error = QLabel(objectName="caseSettingsError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        # parent and child cases
        self.parent_child_box = QGroupBox(objectName="caseSettingsParentChildBox")
        self.limit_caption = QLabel(objectName="caseSettingsChildLimitCaption")
        self.limit_spin = QSpinBox(objectName="caseSettingsChildLimit")
        self.limit_spin.setRange(CHILD_LIMIT_MIN, CHILD_LIMIT_MAX)
        self.limit_spin.setAccelerated(True)
        self.limit_caption.setBuddy(self.limit_spin)
        self.limit_error = QLabel(objectName="caseSettingsChildLimitError")
        self.limit_error.setStyleSheet(ERROR_STYLE)
        self.limit_error.setWordWrap(True)
        self.limit_error.hide()
        self.limit_hint = QLabel(objectName="caseSettingsChildLimitHint")
        self.limit_cell = limit_cell = QWidget(objectName="caseSettingsChildLimitCell")
        limit_row = QHBoxLayout()
        limit_row.setSpacing(12)
        limit_row.addWidget(self.limit_spin)
        limit_row.addWidget(self.limit_hint, 1)
        limit_layout = QVBoxLayout(limit_cell)
        limit_layout.setContentsMargins(0, 0, 0, 0)
        limit_layout.setSpacing(2)
        limit_layout.addLayout(limit_row)
        limit_layout.addWidget(self.limit_error)

        self.closure_caption = QLabel(objectName="caseSettingsClosureCaption")
        self.closure_group = QButtonGroup(self)
        self.closure_group.setObjectName("caseSettingsClosureGroup")
        self.closure_buttons: dict[str, QRadioButton] = {}
        self.closure_cell = closure_cell = QWidget(objectName="caseSettingsClosureCell")
        closure_layout = QVBoxLayout(closure_cell)
        closure_layout.setContentsMargins(0, 0, 0, 0)
        closure_layout.setSpacing(4)
        for n, value in enumerate(CLOSURES):
            button = QRadioButton(objectName=f"caseSettingsClosure_{value}")
            self.closure_group.addButton(button, n)
            self.closure_buttons[value] = button
            closure_layout.addWidget(button)
        self.closure_caption.setBuddy(self.closure_buttons[CLOSURES[0]])
        self.closure_error = QLabel(objectName="caseSettingsClosureError")
        self.closure_error.setStyleSheet(ERROR_STYLE)
        self.closure_error.setWordWrap(True)
        self.closure_error.hide()
        closure_layout.addWidget(self.closure_error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(12)
        form.addRow(self.limit_caption, limit_cell)
        form.addRow(self.closure_caption, closure_cell)

        self.inherited_box = QGroupBox(objectName="caseSettingsInheritedBox")
        self.inherited_hint = QLabel(objectName="caseSettingsInheritedHint")
        self.inherited_hint.setWordWrap(True)
        self.inherited_checks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for n, fieldname in enumerate(lifecycle.INHERITABLE_FIELDS):
            check = QCheckBox(objectName=f"caseSettingsInherit_{fieldname}")
            if fieldname in ALWAYS_INHERITED:
                check.setChecked(True)
                check.setEnabled(False)
            self.inherited_checks[fieldname] = check
            grid.addWidget(check, n // INHERITED_COLUMNS, n % INHERITED_COLUMNS)
        grid.setColumnStretch(INHERITED_COLUMNS, 1)
        self.inherited_error = QLabel(objectName="caseSettingsInheritedError")
        self.inherited_error.setStyleSheet(ERROR_STYLE)
        self.inherited_error.setWordWrap(True)
        self.inherited_error.hide()
        inherited_layout = QVBoxLayout(self.inherited_box)
        inherited_layout.addWidget(self.inherited_hint)
        inherited_layout.addLayout(grid)
        inherited_layout.addWidget(self.inherited_error)

        box_layout = QVBoxLayout(self.parent_child_box)
        box_layout.setSpacing(12)
        box_layout.addLayout(form)
        box_layout.addWidget(self.inherited_box)

        # entitlements (SPEC §3.2): apply the customer's default entitlement
        self.entitlement_box = QGroupBox(objectName="caseSettingsEntitlementBox")
        self.entitlement_hint = QLabel(objectName="caseSettingsEntitlementHint")
        self.entitlement_hint.setWordWrap(True)
        self.entitlement_checks: dict[str, QCheckBox] = {}
        entitlement_layout = QVBoxLayout(self.entitlement_box)
        entitlement_layout.addWidget(self.entitlement_hint)
        for key in ENTITLEMENT_KEYS:
            check = QCheckBox(objectName=f"caseSettings_{key}")
            self.entitlement_checks[key] = check
            entitlement_layout.addWidget(check)
        self.entitlement_error = QLabel(objectName="caseSettingsEntitlementError")
        self.entitlement_error.setStyleSheet(ERROR_STYLE)
        self.entitlement_error.setWordWrap(True)
        self.entitlement_error.hide()
        entitlement_layout.addWidget(self.entitlement_error)

        self.error_labels = {"child_case_limit": self.limit_error,
                             "parent_closure": self.closure_error,
                             "inherited_fields": self.inherited_error}
        self.editors = {"child_case_limit": self.limit_spin,
                        "parent_closure": self.closure_buttons[CLOSURES[0]],
                        "inherited_fields": self.inherited_box}

        self.content = content = QWidget(objectName="caseSettingsContent")
        content.setMaximumWidth(900)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 4, 8, 8)
        content_layout.setSpacing(8)
        content_layout.addWidget(self.heading)
        content_layout.addWidget(self.read_only_note)
        content_layout.addWidget(self.form_error)
        content_layout.addWidget(self.parent_child_box)
        content_layout.addWidget(self.entitlement_box)
        content_layout.addStretch(1)
        self.scroll = QScrollArea(objectName="caseSettingsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.command_bar)
        layout.addWidget(self.scroll, 1)

        for widget in (self.limit_spin, *self.closure_buttons.values(),
                       *(c for f, c in self.inherited_checks.items()
                         if f not in ALWAYS_INHERITED)):
            widget.setEnabled(not self.read_only)
        self.limit_spin.valueChanged.connect(lambda _v: self._edited("child_case_limit"))
        self.closure_group.idToggled.connect(
            lambda _id, on: on and self._edited("parent_closure"))
        for check in self.inherited_checks.values():
            check.toggled.connect(lambda _on: self._edited("inherited_fields"))
        for key, check in self.entitlement_checks.items():
            check.setEnabled(not self.read_only)
            check.toggled.connect(lambda _on, k=key: self._edited(k))
        self.save_action.triggered.connect(self._when_shown(self.save))
        self.revert_action.triggered.connect(self._when_shown(self.revert))
        bus = session.events
        bus.subscribe(events.SETTINGS_CHANGED, self._settings_changed)
        self.destroyed.connect(
            lambda *_: bus.unsubscribe(events.SETTINGS_CHANGED, self._settings_changed))
        self.retranslate_ui()
        self.reload()

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if self.isVisible():
                slot()
        return run

    # -- values ----------------------------------------------------------------------------

    def _normalized(self, settings):
        fields = set(settings.inherited_fields) | set(ALWAYS_INHERITED)
        return self._lifecycle.CaseSettings(
            int(settings.child_case_limit), str(settings.parent_closure),
            tuple(f for f in self._lifecycle.INHERITABLE_FIELDS if f in fields))

    def current_settings(self):
        """The settings as the page shows them (a lifecycle.CaseSettings)."""
        closure = next((value for value, button in self.closure_buttons.items()
                        if button.isChecked()), CLOSURES[0])
        return self._lifecycle.CaseSettings(
            self.limit_spin.value(), closure,
            tuple(f for f, check in self.inherited_checks.items() if check.isChecked()))

    def has_changes(self) -> bool:
        return self._saved is not None and (self.current_settings() != self._saved
                                            or self.entitlement_changes() != {})

    def entitlement_settings(self) -> dict[str, bool]:
        """The entitlement settings as the page shows them."""
        return {key: check.isChecked() for key, check in self.entitlement_checks.items()}

    def entitlement_changes(self) -> dict[str, bool]:
        return {key: value for key, value in self.entitlement_settings().items()
                if value != self._saved_entitlement.get(key)}

    def reload(self) -> None:
        """Show the stored settings (unsaved changes are dropped)."""
        self._saved = self._normalized(self._lifecycle.case_settings())
        self._saved_entitlement = {key: bool(self._admin.get_setting(key))
                                   for key in ENTITLEMENT_KEYS}
        self._show(self._saved)
        self._errors.clear()
        self._render_errors()
        self._update_state()

    def _show(self, settings) -> None:
        self._loading = True
        try:
            self.limit_spin.setValue(settings.child_case_limit)
            button = self.closure_buttons.get(settings.parent_closure,
                                              self.closure_buttons[CLOSURES[0]])
            button.setChecked(True)
            for fieldname, check in self.inherited_checks.items():
                check.setChecked(fieldname in ALWAYS_INHERITED
                                 or fieldname in settings.inherited_fields)
            for key, check in self.entitlement_checks.items():
                check.setChecked(self._saved_entitlement.get(key, False))
        finally:
            self._loading = False

    def _edited(self, fieldname: str) -> None:
        if self._loading:
            return
        if fieldname in self._errors or None in self._errors:
            self._errors.pop(fieldname, None)
            self._errors.pop(None, None)
            self._render_errors()
        self._update_state()

    def _update_state(self) -> None:
        modified = not self.read_only and self.has_changes()
        self.save_action.setEnabled(modified)
        self.revert_action.setEnabled(modified)
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def _render_errors(self) -> None:
        for fieldname, label in self.error_labels.items():
            text_fn = self._errors.get(fieldname)
            text = text_fn() if text_fn else ""
            label.setText(text)
            label.setVisible(bool(text))
            self.editors[fieldname].setAccessibleDescription(text)
        entitlement = [fn() for f, fn in self._errors.items() if f in ENTITLEMENT_KEYS]
        self.entitlement_error.setText("\n".join(entitlement))
        self.entitlement_error.setVisible(bool(entitlement))
        other = [fn() for f, fn in self._errors.items()
                 if f not in self.error_labels and f not in ENTITLEMENT_KEYS]
        self.form_error.setText("\n".join(other))
        self.form_error.setVisible(bool(other))

    def field_error(self, fieldname: str | None) -> str:
        """The error shown for a field ('' when none; None: the banner)."""
        text_fn = self._errors.get(fieldname)
        return text_fn() if text_fn else ""

    # -- commands --------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the settings; False (with the reason shown next to the field) when refused."""
        if self.read_only:
            return False
        try:
            if self.current_settings() != self._saved:
                self._lifecycle.set_case_settings(self._session, self.current_settings())
            for key, value in self.entitlement_changes().items():
                self._admin.set_setting(self._session, key, value)
        except ValidationError as exc:
            field = exc.field if exc.field in self.error_labels else None
            self._errors = {field: lambda e=exc: validation_message(e)}
            self._render_errors()
            return False
        except CaseDeskError as exc:
            self._errors = {None: lambda e=exc: error_message(e)}
            self._render_errors()
            return False
        self.reload()
        self.status_message.emit(self.tr("Case settings saved."))
        self.saved.emit()
        return True

    def revert(self) -> None:
        """Drop the unsaved changes: show the stored settings again."""
        self.reload()

    def confirm_leave(self) -> bool:
        """Before the page is left: ask about unsaved changes. True when it may be left."""
        if self.read_only or not self.has_changes():
            return True
        answer = prompts.ask_save_changes(self, self.tr("Save the changes to the case settings?"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def _settings_changed(self, keys=(), **_payload) -> None:
        if (isValid(self) and (KEYS | set(ENTITLEMENT_KEYS)) & set(keys or ())
                and not self.has_changes()):
            self.reload()

    # -- events ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.has_changes():
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.actions.retranslate()
        self.heading.setText(self.tr("Case Settings"))
        self.heading.setAccessibleName(self.tr("Case Settings"))
        self.setAccessibleName(self.tr("Case Settings"))
        self.command_bar.setWindowTitle(self.tr("Case settings commands"))
        self.command_bar.setAccessibleName(self.tr("Case settings commands"))
        self.read_only_note.setText(self.tr("Only administrators can change the case "
                                            "settings. You can look at them here."))
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.form_error.setAccessibleName(self.tr("Error"))
        self.parent_child_box.setTitle(self.tr("Parent and child cases"))
        self.parent_child_box.setAccessibleName(self.tr("Parent and child cases"))
        self.limit_caption.setText(self.tr("&Maximum number of child cases:"))
        self.limit_spin.setAccessibleName(self.tr("Maximum number of child cases"))
        self.limit_spin.setToolTip(self.tr("From 1 to 1000"))
        self.limit_hint.setText(self.tr("A parent case can have at most this many child cases "
                                        "(1 to 1000)."))
        self.limit_hint.setAccessibleName(self.tr("About the maximum"))
        self.limit_error.setAccessibleName(self.tr("Maximum number of child cases error"))
        self.closure_caption.setText(self.tr("&When a parent case is closed:"))
        self.closure_cell.setAccessibleName(self.tr("When a parent case is closed"))
        self.limit_cell.setAccessibleName(self.tr("Maximum number of child cases"))
        self.content.setAccessibleName(self.tr("Case Settings"))
        self.scroll.setAccessibleName(self.tr("Case Settings"))
        texts = {
            "independent": self.tr("Leave its child cases as they are (independent)"),
            "close_children": self.tr("Close all child cases when the parent case is closed"),
            "block_parent": self.tr("Don't allow the parent case to close while child cases "
                                    "are active"),
        }
        for value, button in self.closure_buttons.items():
            button.setText(texts[value])
            button.setAccessibleName(texts[value])
        self.closure_error.setAccessibleName(self.tr("Closure preference error"))
        self.inherited_box.setTitle(self.tr("Fields a child case inherits"))
        self.inherited_box.setAccessibleName(self.tr("Fields a child case inherits"))
        self.inherited_hint.setText(self.tr("Create Child Case copies these fields from the "
                                            "parent case. Case Title and Customer are always "
                                            "copied."))
        self.inherited_hint.setAccessibleName(self.tr("About inherited fields"))
        self.inherited_error.setAccessibleName(self.tr("Inherited fields error"))
        for fieldname, check in self.inherited_checks.items():
            name = field_name(fieldname)
            if fieldname in ALWAYS_INHERITED:
                check.setText(self.tr("%1 (always)").replace("%1", name))
                check.setToolTip(self.tr("Always copied to a child case"))
            else:
                check.setText(name)
            check.setAccessibleName(check.text())
        self.entitlement_box.setTitle(self.tr("Entitlements"))
        self.entitlement_box.setAccessibleName(self.tr("Entitlements"))
        self.entitlement_hint.setText(self.tr("A manager marks an active entitlement Set As "
                                              "Default. A case without an entitlement then "
                                              "gets its customer's default one:"))
        self.entitlement_hint.setAccessibleName(self.tr("About default entitlements"))
        texts = {
            "default_entitlement_on_create": self.tr(
                "Apply the customer's default entitlement when a case is created"),
            "default_entitlement_on_update": self.tr(
                "Apply the customer's default entitlement when its customer, contact or "
                "product changes"),
        }
        for key, check in self.entitlement_checks.items():
            check.setText(texts[key])
            check.setAccessibleName(texts[key])
        self.entitlement_error.setAccessibleName(self.tr("Entitlement settings error"))
        self._render_errors()
