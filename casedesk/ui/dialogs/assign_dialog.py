"""Assign to Team or User (SPEC §2.10): Me, or a user or team from a lookup → Assign.

One call, queues.assign, for every selected case (one transaction): the owner changes and,
where a case is in a queue and worked by someone else, Worked By follows the new owner.
Nothing is saved while something is invalid; the reason shows in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.errors import CaseDeskError, ConflictError, ValidationError
from casedesk.ui import prompts
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.close_case_dialog import error_label, keep_dialog
from casedesk.ui.dialogs.quick_create_dialog import _FieldErrors
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message
from casedesk.ui.widgets.lookup_edit import LookupEdit, kind_name

#: the lookup's results: users and teams (LookupItem.kind)
OWNER_KINDS = ("user", "team")


def owner_search(lookups, limit: int = 10):
    """Active users and teams (lookups.search_owners); runs on the reader."""
    def search(text: str):
        return [item for item in lookups.search_owners(text, limit=limit)
                if item.kind in OWNER_KINDS]
    return search


class AssignDialog(BaseDialog):
    """Assign to Team or User. After Assign: `completed` is True and `owner_kind`,
    `owner_id` say to whom. (`done` is QDialog.done(), so the flag is `completed`.)"""

    geometry_key = "assign"

    def __init__(self, session, queues, lookups, reader, case_ids, prefs=None,
                 parent=None, *, expected_versions=None, on_conflict=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("assignDialog")
        self.session = session
        self.queues = queues
        self.case_ids = list(case_ids)
        #: {case id: version the user saw} (None: not checked); on_conflict(error) when stale
        self.expected_versions = expected_versions
        self.on_conflict = on_conflict
        self.completed = False
        self.owner_kind: str | None = None
        self.owner_id: int | None = None

        self.question = QLabel(objectName="assignQuestion")
        self.question.setWordWrap(True)
        self.assign_caption = QLabel(objectName="assignToCaption")
        self.me_radio = QRadioButton(objectName="assignMeRadio")
        self.other_radio = QRadioButton(objectName="assignOtherRadio")
        self.choice = QButtonGroup(self)
        self.choice.setObjectName("assignChoice")
        self.choice.addButton(self.me_radio, 0)
        self.choice.addButton(self.other_radio, 1)
        self.me_radio.setChecked(True)
        self.owner_lookup = LookupEdit(owner_search(lookups), reader, window=self,
                                       kind_label=kind_name, parent=self)
        self.owner_lookup.setObjectName("assignOwnerLookup")
        self.general_error = error_label("assignError")
        self.errors = _FieldErrors(self.general_error)
        self.owner_field = self.errors.add(("owner", "owner_id", "owner_kind"),
                                           self.owner_lookup, "assignOwnerError")
        self.owner_field.setObjectName("assignOwnerField")
        self.assign_caption.setBuddy(self.me_radio)

        choice_box = QWidget(objectName="assignChoiceBox")
        choice_layout = QVBoxLayout(choice_box)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.setSpacing(6)
        choice_layout.addWidget(self.me_radio)
        choice_layout.addWidget(self.other_radio)
        indented = QVBoxLayout()
        indented.setContentsMargins(24, 0, 0, 0)
        indented.addWidget(self.owner_field)
        choice_layout.addLayout(indented)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("assignButtons")
        self.assign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setIcon(icon("assign"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("assignCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.question)
        layout.addWidget(self.assign_caption)
        layout.addWidget(choice_box)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.choice.idToggled.connect(lambda _id, on: on and self._choice_changed())
        self.owner_lookup.edit.textEdited.connect(self._typed)
        self.owner_lookup.item_changed.connect(lambda _item: self.errors.clear())
        self.setMinimumWidth(520)
        # room under the lookup for its results
        self.setMinimumHeight(self.sizeHint().height() + 140)
        self.retranslate_ui()
        self._choice_changed()
        self.restore_geometry()
        self.me_radio.setFocus()

    # -- state -----------------------------------------------------------------------------

    @property
    def assign_to_me(self) -> bool:
        return self.me_radio.isChecked()

    def _choice_changed(self) -> None:
        other = not self.assign_to_me
        self.owner_lookup.setEnabled(other)
        self.errors.clear()
        if other and self.isVisible():
            self.owner_lookup.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed(self, text: str) -> None:
        if text and self.assign_to_me:
            self.other_radio.setChecked(True)

    def choose_me(self) -> None:
        self.me_radio.setChecked(True)

    def choose_owner(self, item) -> None:
        """Assign to this user or team (a LookupItem), as if looked up."""
        self.other_radio.setChecked(True)
        self.owner_lookup.set_item(item)

    # -- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        n = len(self.case_ids)
        self.setWindowTitle(self.tr("Assign to Team or User"))
        self.question.setText(self.tr("You have selected %n case(s). To whom would you like "
                                      "to assign them?", "", n))
        self.question.setAccessibleName(self.tr("Cases to assign"))
        self.assign_caption.setText(self.tr("Assign to:"))
        self.assign_caption.setAccessibleName(self.tr("Assign to"))
        self.me_radio.setText(self.tr("&Me"))
        self.me_radio.setAccessibleName(self.tr("Assign to me"))
        self.other_radio.setText(self.tr("&User or team"))
        self.other_radio.setAccessibleName(self.tr("Assign to a user or team"))
        self.owner_lookup.setAccessibleName(self.tr("User or team"))
        self.owner_lookup.set_placeholder(self.tr("Look up a user or team by name"))
        self.general_error.setAccessibleName(self.tr("Error"))
        self.errors.label("owner").setAccessibleName(self.tr("User or team error"))
        self.assign_button.setText(self.tr("&Assign"))
        self.assign_button.setAccessibleName(self.tr("Assign"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))

    # -- assign ----------------------------------------------------------------------------

    def accept(self) -> None:
        """Assign: every case to me or to the chosen user or team; errors stay in the
        dialog and nothing is saved."""
        self.errors.clear()
        try:
            if self.assign_to_me:
                kind, owner_id = "user", self.session.user_id
            else:
                item = self.owner_lookup.item()
                if item is None:
                    raise ValidationError("owner", "not_chosen" if
                                          self.owner_lookup.text().strip() else "required")
                kind, owner_id = item.kind, item.id
            self.queues.assign(self.session, self.case_ids, kind, owner_id,
                               expected_versions=self.expected_versions)
        except CaseDeskError as exc:
            self.errors.show(exc)
            if isinstance(exc, ConflictError) and self.on_conflict is not None:
                self.on_conflict(exc)
            return
        self.completed = True
        self.owner_kind, self.owner_id = kind, owner_id
        super().accept()


def start_assign(session, queues, lookups, reader, case_ids, parent: QWidget | None,
                 prefs=None, *, on_assigned=None) -> AssignDialog | None:
    """Assign, the command: the dialog, window-modal (kept in `parent.last_dialog`).
    `on_assigned(owner_kind, owner_id)` once done."""
    if not case_ids:
        return None
    try:
        dialog = AssignDialog(session, queues, lookups, reader, case_ids, prefs, parent)
    except CaseDeskError as exc:
        prompts.error(parent, error_message(exc))
        return None
    if on_assigned is not None:
        dialog.accepted.connect(lambda: on_assigned(dialog.owner_kind, dialog.owner_id))
    keep_dialog(parent, dialog)
    dialog.open()
    return dialog
