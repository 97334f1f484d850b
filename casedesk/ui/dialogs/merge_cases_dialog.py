"""Merge Cases (SPEC §2.6): 2 to 10 selected cases, the user picks the one that stays.

The others become Canceled – Merged with the chosen case as their master case; their
activities, notes, connections and child cases move to it (lifecycle.merge_cases, one call).
Merge is enabled only once a target is chosen. `start_merge` refuses fewer than 2 or more than
10 cases before anything opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.errors import CaseDeskError, ConflictError, RuleViolation
from casedesk.ui import prompts
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.close_case_dialog import case_numbers, error_label, keep_dialog
from casedesk.ui.formatting import local_datetime
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message

MIN_CASES, MAX_CASES = 2, 10
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MergeCasesDialog(BaseDialog):
    """The selected cases in a list; the selected row is the target (the case that stays).

    `target_id` is set once the cases are merged (and the dialog accepted)."""

    geometry_key = "merge_cases"

    def __init__(self, session, lifecycle, cases, prefs=None, parent=None, *,
                 expected_versions=None, on_conflict=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("mergeCasesDialog")
        self.session = session
        self.lifecycle = lifecycle
        self.cases = list(cases)
        #: {case id: version the user saw} (None: not checked); on_conflict(error) when stale
        self.expected_versions = expected_versions
        self.on_conflict = on_conflict
        self.target_id: int | None = None
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)  # the rows' text stays in line with the target's

        self.intro = QLabel(objectName="mergeIntro")
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(objectName="mergeCasesList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnCount(4)
        for case in self.cases:
            item = QTreeWidgetItem(self.list, [case.number, case.title, case.customer or "",
                                               local_datetime(case.created_on)])
            item.setData(0, ID_ROLE, case.id)
            item.setToolTip(1, case.title)
            item.setIcon(0, self._blank)
        self.target_label = QLabel(objectName="mergeTarget")
        self.target_label.setWordWrap(True)
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.effect = QLabel(objectName="mergeEffect")
        self.effect.setWordWrap(True)
        self.effect.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error = error_label("mergeError")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setIcon(icon("merge"))
        self.merge_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("mergeCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._target_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.target_label)
        layout.addWidget(self.effect)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.retranslate_ui()
        rows = max(min(len(self.cases), MAX_CASES), MIN_CASES)
        row_height = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        self.list.setMinimumHeight(header.sizeHint().height() + rows * row_height
                                   + 2 * self.list.frameWidth())
        self.setMinimumWidth(640)
        self.resize(max(800, self.sizeHint().width()), self.sizeHint().height())
        self.restore_geometry()
        self.list.setFocus()

    def selected_target(self):
        """The chosen case (a row of `cases`), or None."""
        items = self.list.selectedItems()
        if not items:
            return None
        case_id = items[0].data(0, ID_ROLE)
        return next(case for case in self.cases if case.id == case_id)

    def select_target(self, case_id: int) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, ID_ROLE) == case_id:
                self.list.setCurrentItem(item)
                item.setSelected(True)

    def _target_changed(self) -> None:
        target = self.selected_target()
        self.merge_button.setEnabled(target is not None)
        self.general_error.hide()
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            chosen = target is not None and item.data(0, ID_ROLE) == target.id
            item.setIcon(0, icon("merge_target") if chosen else self._blank)
            font = item.font(0)
            font.setBold(chosen)
            for column in range(self.list.columnCount()):
                item.setFont(column, font)
        self._show_target()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge Cases"))
        self.intro.setText(self.tr("Choose the case that stays (the target). The other cases "
                                   "are merged into it."))
        self.intro.setAccessibleName(self.tr("Merge Cases"))
        self.list.setHeaderLabels([self.tr("Case Number"), self.tr("Case Title"),
                                   self.tr("Customer"), self.tr("Created On")])
        self.list.setAccessibleName(self.tr("Cases to merge; select the case that stays"))
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setAccessibleName(self.tr("Merge"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._show_target()

    def _show_target(self) -> None:
        target = self.selected_target()
        others = [case for case in self.cases if target is None or case.id != target.id]
        if target is None:
            self.target_label.setText(self.tr("No target chosen yet: select the case that "
                                              "stays in the list."))
            self.effect.setText(self.tr("The cases that are not chosen become Canceled – "
                                        "Merged. Their activities, notes, connections and "
                                        "child cases move to the target, which keeps its own "
                                        "field values."))
        else:
            self.target_label.setText(self.tr("Stays: %1").replace(
                "%1", f"{target.number}  {target.title}"))
            self.effect.setText(self.tr(
                "%n case(s) become Canceled – Merged: %1. Their activities, notes, "
                "connections and child cases move to %2, which keeps its own field values.",
                "", len(others)).replace("%1", case_numbers(others, MAX_CASES))
                .replace("%2", target.number))
        self.target_label.setAccessibleName(self.tr("Target"))
        self.effect.setAccessibleName(self.tr("What happens"))

    def accept(self) -> None:
        """Merge into the chosen case; an error shows in the dialog and nothing is saved."""
        target = self.selected_target()
        if target is None:
            return
        self.general_error.hide()
        try:
            self.lifecycle.merge_cases(self.session, [case.id for case in self.cases],
                                       target.id, expected_versions=self.expected_versions)
        except CaseDeskError as exc:
            self.general_error.setText(error_message(exc))
            self.general_error.show()
            if isinstance(exc, ConflictError) and self.on_conflict is not None:
                self.on_conflict(exc)
            return
        self.target_id = target.id
        super().accept()


def start_merge(session, lifecycle, cases, parent: QWidget | None, prefs=None, *,
                on_merged: Callable[[int], None] | None = None, expected_versions=None,
                on_conflict=None) -> MergeCasesDialog | None:
    """Merge Cases, the command: refuses (a message) fewer than 2 or more than 10 cases;
    otherwise opens the dialog window-modal (kept in `parent.last_dialog`).
    `on_merged(target_id)` once merged."""
    cases = list(cases)
    if not MIN_CASES <= len(cases) <= MAX_CASES:
        prompts.error(parent, error_message(RuleViolation(
            "merge_count", count=len(cases), min=MIN_CASES, max=MAX_CASES)))
        return None
    dialog = MergeCasesDialog(session, lifecycle, cases, prefs, parent,
                              expected_versions=expected_versions, on_conflict=on_conflict)
    if on_merged is not None:
        dialog.accepted.connect(lambda: on_merged(dialog.target_id))
    keep_dialog(parent, dialog)
    dialog.open()
    return dialog
