"""Parent and child cases (SPEC §2.7): Set Parent Child Relationship and Create Child Case.

AssociateChildCasesDialog: the selected cases become child cases of a parent picked with a case
lookup (lifecycle.associate_child_cases). CreateChildCaseDialog: a new child case of a parent,
its title prefilled from the parent's (lifecycle.create_child_case copies the inherited
fields). One level only and at most N children: the controller's rules show in the dialog, in
the user's language; nothing is saved while something is invalid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.errors import (
    CaseDeskError,
    ConflictError,
    RuleViolation,
    ValidationError,
)
from casedesk.ui import prompts
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.cancel_case_dialog import case_search
from casedesk.ui.dialogs.close_case_dialog import (
    _FieldErrors,
    case_numbers,
    error_label,
    keep_dialog,
)
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message
from casedesk.ui.widgets.lookup_edit import LookupEdit

#: the longest case title (the case form's)
TITLE_MAX = 200


class AssociateChildCasesDialog(BaseDialog):
    """Set Parent Child Relationship: pick the parent of the selected cases.

    `child_ids`: case ids, or rows with id and number (their numbers are then shown).
    `parent_id` is set once associated (and the dialog accepted)."""

    geometry_key = "associate_child_cases"

    def __init__(self, session, lifecycle, lookups, reader, child_ids, prefs=None,
                 parent=None, *, expected_versions=None, on_conflict=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("associateChildCasesDialog")
        self.session = session
        self.lifecycle = lifecycle
        #: {case id: version the user saw} (None: not checked); on_conflict(error) when stale
        self.expected_versions = expected_versions
        self.on_conflict = on_conflict
        rows = list(child_ids)
        self.child_ids = [getattr(row, "id", row) for row in rows]
        self._children = [row for row in rows if hasattr(row, "number")]
        self.parent_id: int | None = None

        self.intro = QLabel(objectName="associateIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.parent_lookup = LookupEdit(case_search(lookups, set(self.child_ids)), reader,
                                        window=self, parent=self)
        self.parent_lookup.setObjectName("parentCaseLookup")
        self.parent_caption = QLabel(objectName="parentCaseCaption")
        self.parent_caption.setBuddy(self.parent_lookup)
        self.rules = QLabel(objectName="associateRules")
        self.rules.setWordWrap(True)
        self.general_error = error_label("associateError")
        self.errors = _FieldErrors(self.general_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.parent_caption, self.errors.add(
            ("parent_case", "parent_id"), self.parent_lookup, "parentCaseError"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.associate_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.associate_button.setObjectName("associateButton")
        self.associate_button.setIcon(icon("associate"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("associateCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.parent_lookup.item_changed.connect(lambda _item: self.errors.clear())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        # room under the lookup for its results
        self.setMinimumHeight(self.sizeHint().height() + 140)
        self.restore_geometry()
        self.parent_lookup.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set Parent Child Relationship"))
        count = len(self.child_ids)
        if self._children:
            text = self.tr("Choose the parent case of the %n selected case(s): %1", "", count)
            self.intro.setText(text.replace("%1", case_numbers(self._children)))
        else:
            self.intro.setText(self.tr("Choose the parent case of the %n selected case(s).",
                                       "", count))
        self.intro.setAccessibleName(self.tr("Child cases"))
        self.parent_caption.setText(self.tr("&Parent Case: *"))
        self.parent_lookup.setAccessibleName(self.tr("Parent Case (required)"))
        self.parent_lookup.set_placeholder(self.tr("Look up a case by number or title"))
        self.rules.setText(self.tr("One level only: the parent can't be a child case, and "
                                   "a parent case can't become a child case."))
        self.rules.setAccessibleName(self.tr("Rules"))
        self.associate_button.setText(self.tr("&Associate"))
        self.associate_button.setAccessibleName(self.tr("Associate"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def accept(self) -> None:
        """Associate: the cases become children of the chosen parent (or the reason why
        not shows in the dialog)."""
        self.errors.clear()
        try:
            item = self.parent_lookup.item()
            if item is None:
                raise ValidationError("parent_case", "not_chosen" if
                                      self.parent_lookup.text().strip() else "required")
            self.lifecycle.associate_child_cases(self.session, item.id, self.child_ids,
                                                 expected_versions=self.expected_versions)
        except CaseDeskError as exc:
            self.errors.show(exc)
            if isinstance(exc, ConflictError) and self.on_conflict is not None:
                self.on_conflict(exc)
            return
        self.parent_id = item.id
        super().accept()


class CreateChildCaseDialog(BaseDialog):
    """Create Child Case: the child's title (prefilled from the parent's); Create makes the
    child with the parent's inherited fields. `child_id` is set once created."""

    geometry_key = "create_child_case"

    def __init__(self, session, lifecycle, parent_id: int, prefs=None, parent=None, *,
                 parent_number: str = "", parent_title: str | None = None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("createChildCaseDialog")
        self.session = session
        self.lifecycle = lifecycle
        self.parent_id = parent_id
        self.child_id: int | None = None
        if parent_title is None:
            from casedesk.controllers.cases import get_case_record

            record = get_case_record(parent_id)
            parent_title, parent_number = record.title, parent_number or record.number
        self.parent_number = parent_number
        self.intro = QLabel(objectName="createChildIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.title_edit = QLineEdit(objectName="childTitleEdit")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setText(parent_title)
        self.title_caption = QLabel(objectName="childTitleCaption")
        self.title_caption.setBuddy(self.title_edit)
        self.general_error = error_label("createChildError")
        self.errors = _FieldErrors(self.general_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.title_caption,
                    self.errors.add(("title",), self.title_edit, "childTitleError"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setObjectName("createChildButton")
        self.create_button.setIcon(icon("child_case"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("createChildCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self.restore_geometry()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Create Child Case"))
        self.intro.setText(self.tr("A new child case of %1. It gets the parent's customer "
                                   "and the other fields the administrator chose to "
                                   "inherit.").replace("%1", self.parent_number))
        self.intro.setAccessibleName(self.tr("Create Child Case"))
        self.title_caption.setText(self.tr("Case &Title: *"))
        self.title_edit.setAccessibleName(self.tr("Case Title (required)"))
        self.create_button.setText(self.tr("C&reate"))
        self.create_button.setAccessibleName(self.tr("Create"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.child_id = self.lifecycle.create_child_case(
                self.session, self.parent_id, title=self.title_edit.text())
        except CaseDeskError as exc:
            self.errors.show(exc)
            return
        super().accept()


def start_associate_child_cases(session, lifecycle, lookups, reader, child_ids,
                                parent: QWidget | None, prefs=None, *,
                                on_associated: Callable[[int], None] | None = None,
                                ) -> AssociateChildCasesDialog | None:
    """Associate Child Cases, the command (kept in `parent.last_dialog`);
    `on_associated(parent_id)` once done. None (and a message) without selected cases."""
    if not list(child_ids):
        prompts.error(parent, error_message(ValidationError("parent_case", "required")))
        return None
    dialog = AssociateChildCasesDialog(session, lifecycle, lookups, reader, child_ids, prefs,
                                       parent)
    if on_associated is not None:
        dialog.accepted.connect(lambda: on_associated(dialog.parent_id))
    keep_dialog(parent, dialog)
    dialog.open()
    return dialog


def create_child_case(session, lifecycle, parent_id: int, parent_widget: QWidget | None,
                      prefs=None, *, on_created: Callable[[int], None] | None = None,
                      ) -> CreateChildCaseDialog | None:
    """Create Child Case, the command: a child case can't have children of its own, so that
    is refused before anything opens (a message); otherwise CreateChildCaseDialog opens
    window-modal (kept in `parent_widget.last_dialog`). `on_created(child_id)` once made."""
    try:
        if lifecycle.parent_case(parent_id) is not None:
            raise RuleViolation("child_of_child")
        dialog = CreateChildCaseDialog(session, lifecycle, parent_id, prefs, parent_widget)
    except CaseDeskError as exc:
        prompts.error(parent_widget, error_message(exc))
        return None
    if on_created is not None:
        dialog.accepted.connect(lambda: on_created(dialog.child_id))
    keep_dialog(parent_widget, dialog)
    dialog.open()
    return dialog
