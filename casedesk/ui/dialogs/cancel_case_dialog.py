"""Confirm Cancellation (SPEC §2.4): Cancel Case with the Status Canceled or Merged.

Canceled (the default, or an administrator's own canceled reason) cancels the case with its
open activities; Merged shows a case lookup for the case to merge into and merges (§2.6: the
activities move to that case). The dialog lists the open activities with their count and says
what happens to them and to active child cases. Confirm is one call, lifecycle.cancel_case;
nothing is saved while something is invalid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.errors import CaseDeskError, ConflictError, ValidationError
from casedesk.models.options import StatusReason
from casedesk.ui import labels, prompts
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.close_case_dialog import (
    BLOCK_STYLE,
    NOTE_STYLE,
    OpenActivitiesList,
    _FieldErrors,
    case_numbers,
    custom_reason_labels,
    error_label,
    keep_dialog,
    note_label,
)
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message
from casedesk.ui.widgets.lookup_edit import LookupEdit

MERGED = int(StatusReason.MERGED)


def case_search(lookups, exclude: set[int] | frozenset[int], limit: int = 10):
    """A case lookup's search (lookups.search_cases) without some cases; runs on the reader."""
    def search(text: str):
        found = lookups.search_cases(text, limit=limit + len(exclude))
        return [item for item in found if item.id not in exclude][:limit]
    return search


class ConfirmCancellationDialog(BaseDialog):
    """Cancel Case: the Status (Canceled, Merged or a custom canceled reason), the case to
    merge into when Merged; Confirm cancels (lifecycle.cancel_case). `status_reason` and
    `merge_into` hold what was done once accepted."""

    geometry_key = "confirm_cancellation"

    def __init__(self, session, lifecycle, lookups, reader, case_id: int, prefs=None,
                 parent=None, *, info=None, expected_version: int | None = None,
                 on_conflict: Callable[[ConflictError], None] | None = None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("confirmCancellationDialog")
        self.session = session
        self.lifecycle = lifecycle
        self.case_id = case_id
        self.expected_version = expected_version
        self.on_conflict = on_conflict  # called when the case was saved since
        self.status_reason: int | None = None
        self.merge_into: int | None = None
        self.info = info if info is not None else lifecycle.cancel_info(case_id)
        self._custom_reasons = custom_reason_labels()
        info = self.info

        self.question = QLabel(objectName="cancelQuestion")
        self.question.setWordWrap(True)
        self.status_combo = QComboBox(objectName="cancelStatusCombo")
        for value in info.reasons:
            self.status_combo.addItem("", int(value))
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(int(info.default_reason))))
        self.merge_lookup = LookupEdit(case_search(lookups, {case_id}), reader, window=self,
                                       parent=self)
        self.merge_lookup.setObjectName("mergeIntoLookup")
        self.effect = QLabel(objectName="cancelEffect")
        self.effect.setWordWrap(True)
        self.activities_label = QLabel(objectName="cancelActivitiesCount")
        self.activities_label.setWordWrap(True)
        font = self.activities_label.font()
        font.setBold(True)
        self.activities_label.setFont(font)
        self.activities_list = OpenActivitiesList(info.open_activities)
        self.activities_list.setObjectName("cancelActivitiesList")
        self.children_note = note_label("cancelChildrenNote")
        self.general_error = error_label("cancelError")
        self.errors = _FieldErrors(self.general_error)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status_caption = QLabel(objectName="cancelStatusCaption")
        self.status_caption.setBuddy(self.status_combo)
        self.merge_caption = QLabel(objectName="mergeIntoCaption")
        self.merge_caption.setBuddy(self.merge_lookup)
        self.merge_field = self.errors.add(("merge_into",), self.merge_lookup,
                                           "mergeIntoError")
        self.form.addRow(self.status_caption, self.status_combo)
        self.form.addRow(self.merge_caption, self.merge_field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setObjectName("cancelConfirmButton")
        self.confirm_button.setIcon(icon("cancel_case"))
        self.back_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.back_button.setObjectName("cancelBackButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._status_changed())

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(self.form)
        layout.addWidget(self.effect)
        layout.addWidget(self.activities_label)
        layout.addWidget(self.activities_list)
        layout.addWidget(self.children_note)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if not info.open_activities:
            self.activities_list.hide()
        self.setMinimumWidth(600)
        # room under the lookup for its results
        self.setMinimumHeight(self.sizeHint().height() + 60)
        self.retranslate_ui()
        self._status_changed()
        self.restore_geometry()
        self.status_combo.setFocus()

    # -- state ---------------------------------------------------------------------------------

    @property
    def merging(self) -> bool:
        return self.status_combo.currentData() == MERGED

    @property
    def blocked(self) -> bool:
        """Canceling (not merging) a parent with active child cases, which the closure
        preference forbids."""
        return (not self.merging and bool(self.info.active_children)
                and self.info.parent_closure == "block_parent")

    def _status_changed(self) -> None:
        merging = self.merging
        self.merge_caption.setVisible(merging)
        self.merge_field.setVisible(merging)
        self.errors.clear()
        self._show_effects()
        self.confirm_button.setEnabled(not self.blocked)
        if merging and self.isVisible():
            self.merge_lookup.setFocus()

    # -- texts ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Confirm Cancellation"))
        self.question.setText(self.tr("Cancel case %1? Choose the status of the case.")
                              .replace("%1", self.info.number))
        self.question.setAccessibleName(self.tr("Cancel case"))
        self.status_caption.setText(self.tr("&Status:"))
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.merge_caption.setText(self.tr("&Merge Into: *"))
        self.merge_lookup.setAccessibleName(self.tr("Merge into case (required)"))
        self.merge_lookup.set_placeholder(self.tr("Look up a case by number or title"))
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(i, labels.status_reason(
                self.status_combo.itemData(i), self._custom_reasons))
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setAccessibleName(self.tr("Confirm"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.activities_list.setAccessibleName(self.tr("Open activities"))
        self._show_effects()

    def _show_effects(self) -> None:
        """What Confirm does to the case, its open activities and its active child cases."""
        info = self.info
        merging = self.merging
        if merging:
            self.effect.setText(self.tr("The case becomes Canceled – Merged. Its activities, "
                                        "notes, connections and child cases move to the case "
                                        "it is merged into."))
        else:
            self.effect.setText(self.tr("The case becomes Canceled and read-only. It can be "
                                        "reactivated later."))
        self.effect.setAccessibleName(self.tr("What happens"))
        count = len(info.open_activities)
        if not count:
            self.activities_label.setText(self.tr("The case has no open activities."))
        elif merging:
            self.activities_label.setText(self.tr(
                "%n open activity(ies) will move to the case it is merged into.", "", count))
        else:
            self.activities_label.setText(self.tr(
                "%n open activity(ies) will be canceled with the case.", "", count))
        self.activities_label.setAccessibleName(self.activities_label.text())
        children = info.active_children
        note = self.children_note
        if not children:
            note.hide()
            return
        n = len(children)
        if merging:
            text = self.tr("%n active child case(s) will move to the case it is merged into: "
                           "%1", "", n)
        elif info.parent_closure == "close_children":
            text = self.tr("%n active child case(s) will be canceled too: %1", "", n)
        elif info.parent_closure == "block_parent":
            text = self.tr("You can't cancel the parent case because it has %n active child "
                           "case(s). Close or cancel them first: %1", "", n)
        else:
            text = self.tr("This case has %n active child case(s). They stay active: %1",
                           "", n)
        note.setText(text.replace("%1", case_numbers(children)))
        note.setStyleSheet(BLOCK_STYLE if self.blocked else NOTE_STYLE)
        note.setAccessibleName(self.tr("Child cases"))
        note.show()

    # -- confirm -------------------------------------------------------------------------------

    def accept(self) -> None:
        """Confirm: cancel (or merge) the case; errors show in the dialog, nothing is saved."""
        self.errors.clear()
        reason = self.status_combo.currentData()
        target = None
        try:
            if self.merging:
                item = self.merge_lookup.item()
                if item is None:
                    raise ValidationError("merge_into", "not_chosen" if
                                          self.merge_lookup.text().strip() else "required")
                target = item.id
            self.lifecycle.cancel_case(self.session, self.case_id, status_reason=int(reason),
                                       merge_into=target,
                                       expected_version=self.expected_version)
        except CaseDeskError as exc:
            self.errors.show(exc)
            if isinstance(exc, ConflictError) and self.on_conflict is not None:
                self.on_conflict(exc)
            return
        self.status_reason, self.merge_into = int(reason), target
        super().accept()


def start_cancel_case(session, lifecycle, lookups, reader, case_id: int,
                      parent: QWidget | None, prefs=None, *,
                      expected_version: int | None = None,
                      on_canceled: Callable[[int, int | None], None] | None = None,
                      ) -> ConfirmCancellationDialog | None:
    """Cancel Case, the command: Confirm Cancellation, window-modal (kept in
    `parent.last_dialog`). `on_canceled(status_reason, merge_into)` once done; None when the
    case can't be read (the reason is shown)."""
    try:
        dialog = ConfirmCancellationDialog(session, lifecycle, lookups, reader, case_id, prefs,
                                           parent, expected_version=expected_version)
    except CaseDeskError as exc:
        prompts.error(parent, error_message(exc))
        return None
    if on_canceled is not None:
        dialog.accepted.connect(lambda: on_canceled(dialog.status_reason, dialog.merge_into))
    keep_dialog(parent, dialog)
    dialog.open()
    return dialog

