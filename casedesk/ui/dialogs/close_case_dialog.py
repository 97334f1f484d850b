"""Close Case (SPEC §2.3): the open activities warning, then the Close Case dialog.

`start_close_case` is the command: when the case has open activities it first lists them
("3 open activities will be canceled.") and asks to go on; then the Close Case dialog asks for
the resolution type, the resolution and the billable time. Both are window-modal and opened
with open(); the dialog showing is kept in `parent.last_dialog` (and the first is returned).

On Close the whole resolution is one call, lifecycle.resolve_case: nothing is saved while a
field is invalid; a field's error shows under it, a rule (active child cases, transitions, the
case no longer active) as a sentence above the buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.errors import (
    CaseDeskError,
    ConflictError,
    RuleViolation,
    ValidationError,
)
from casedesk.ui import labels, prompts
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.quick_create_dialog import ERROR_STYLE, _FieldErrors
from casedesk.ui.formatting import local_datetime
from casedesk.ui.forms.activity_form import MAX_DURATION, DurationEdit
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message
from casedesk.ui.styles import NOTE_STYLE, error_label, note_label

#: a note about what happens (child cases, activities): framed, in the window's colours
#: a note that stops the command (a rule): the error colour
BLOCK_STYLE = NOTE_STYLE.replace("}", f" {ERROR_STYLE} }}")
#: how many child case numbers a note names before "…"
NAMED_CHILDREN = 5
NB_HYPHEN = "\u2011"
#: the most rows a list of open activities shows before it scrolls
VISIBLE_ROWS = 8

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def custom_reason_labels() -> dict[int, str]:
    """The administrator's own status reasons by value (the built-in ones are translated)."""
    from casedesk.controllers.admin import option_labels

    return {value: label for value, label, builtin, _state in option_labels("status_reason")
            if not builtin}


def case_numbers(briefs, limit: int = NAMED_CHILDREN) -> str:
    """"CAS-01001, CAS-01002, …" — the numbers of some cases (the first `limit`)."""
    # a non-breaking hyphen: a wrapped note never splits a number
    numbers = [brief.number.replace("-", NB_HYPHEN) for brief in briefs]
    shown = ", ".join(numbers[:limit])
    return shown + (", …" if len(numbers) > limit else "")






def keep_dialog(parent: QWidget | None, dialog: QDialog) -> QDialog:
    """Remember the dialog showing on its parent (tests and callers reach it there)."""
    if parent is not None:
        parent.last_dialog = dialog
    return dialog


class BillableTimeEdit(DurationEdit):
    """Billable Time in minutes: the arrows step by the setting's minutes (15), any whole
    number of minutes can be typed."""

    def __init__(self, step: int = 15, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = max(1, int(step or 15))
        self.setSingleStep(self.step)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        value, step = self.value(), self.step
        if steps > 0:
            target = (value // step + steps) * step
        else:
            target = (-(-value // step) + steps) * step
        self.setValue(max(0, min(MAX_DURATION, target)))
        self.selectAll()


class OpenActivitiesList(QTreeWidget):
    """The open activities of a case: type, subject, due, owner."""

    def __init__(self, activities, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openActivitiesList")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setColumnCount(4)
        self.activities = list(activities)
        for activity in self.activities:
            item = QTreeWidgetItem(self, ["", activity.subject, local_datetime(activity.due),
                                          activity.owner])
            item.setData(0, ID_ROLE, activity.id)
            item.setToolTip(1, activity.subject)
        header = self.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.retranslate_ui()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As high as its rows (up to VISIBLE_ROWS), so a short list leaves no empty box."""
        rows = min(max(len(self.activities), 1), VISIBLE_ROWS)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        height = self.header().sizeHint().height() + rows * row_height + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setHeaderLabels([self.tr("Activity Type"), self.tr("Subject"), self.tr("Due"),
                              self.tr("Owner")])
        self.setAccessibleName(self.tr("Open activities"))
        for i, activity in enumerate(self.activities):
            self.topLevelItem(i).setText(0, labels.activity_kind(activity.kind))


class OpenActivitiesWarning(BaseDialog):
    """Before Close Case (or Cancel Case): the case's open activities will be canceled.

    `purpose` is "close" or "cancel"; Confirm accepts, Cancel rejects."""

    geometry_key = "open_activities_warning"

    def __init__(self, activities, purpose: str = "close", prefs=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("openActivitiesWarning")
        self.purpose = purpose
        self.activities = list(activities)
        self.icon_label = QLabel(objectName="openActivitiesIcon")
        self.icon_label.setPixmap(icon("open_activities_warning").pixmap(32, 32))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(objectName="openActivitiesMessage")
        self.message.setWordWrap(True)
        self.count_label = QLabel(objectName="openActivitiesCount")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.list = OpenActivitiesList(self.activities)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setObjectName("openActivitiesConfirm")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("openActivitiesCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.icon_label)
        text = QVBoxLayout()
        text.addWidget(self.count_label)
        text.addWidget(self.message)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate_ui()
        self.restore_geometry()
        self.confirm_button.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open Activities"))
        self.count_label.setText(self.tr("%n open activity(ies) will be canceled.", "",
                                         len(self.activities)))
        if self.purpose == "cancel":
            self.message.setText(self.tr("The case still has open activities. If you cancel "
                                         "the case, they are canceled with it."))
        else:
            self.message.setText(self.tr("The case still has open activities. If you close "
                                         "the case, they are canceled. Their time is not "
                                         "counted in the case's total time."))
        self.count_label.setAccessibleName(self.count_label.text())
        self.message.setAccessibleName(self.tr("Warning"))
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setAccessibleName(self.tr("Confirm"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.icon_label.setAccessibleName(self.tr("Warning"))


class CloseCaseDialog(BaseDialog):
    """Close Case: Resolution Type, Resolution (required), Total Time (read-only) and
    Billable Time; Close resolves the case (lifecycle.resolve_case).

    `resolution_id` is set once the case is resolved (and the dialog accepted).
    `on_conflict(error)`: the case was saved by someone else since `expected_version` (the
    refusal shows in the dialog too)."""

    geometry_key = "close_case"

    def __init__(self, session, lifecycle, case_id: int, prefs=None, parent=None, *,
                 info=None, expected_version: int | None = None,
                 on_conflict: Callable[[ConflictError], None] | None = None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("closeCaseDialog")
        self.session = session
        self.lifecycle = lifecycle
        self.case_id = case_id
        self.expected_version = expected_version
        self.on_conflict = on_conflict
        self.resolution_id: int | None = None
        self.info = info if info is not None else lifecycle.close_info(case_id)
        self._custom_reasons = custom_reason_labels()
        info = self.info

        self.heading = QLabel(objectName="closeCaseHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.type_combo = QComboBox(objectName="resolutionTypeCombo")
        for value in info.resolution_types:
            self.type_combo.addItem("", int(value))
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(int(info.default_type))))
        self.resolution_edit = QLineEdit(objectName="resolutionEdit")
        self.total_time_edit = QLineEdit(objectName="totalTimeEdit")
        self.total_time_edit.setReadOnly(True)
        self.total_time_edit.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.billable_edit = BillableTimeEdit(info.billable_step)
        self.billable_edit.setObjectName("billableTimeEdit")
        self.billable_edit.setValue(int(info.total_time or 0))
        self.billable_text = QLabel(objectName="billableTimeText")
        billable_row = QWidget(objectName="billableTimeRow")
        row = QHBoxLayout(billable_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.billable_edit)
        row.addWidget(self.billable_text, 1)

        self.children_note = note_label("closeCaseChildrenNote")
        self.general_error = error_label("closeCaseError")
        self.errors = _FieldErrors(self.general_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        for key, widget, field in (
                ("resolution_type", self.type_combo, self.errors.add(
                    ("resolution_type",), self.type_combo, "resolutionTypeError")),
                ("resolution", self.resolution_edit, self.errors.add(
                    ("resolution",), self.resolution_edit, "resolutionError")),
                ("total_time", self.total_time_edit, self.total_time_edit),
                ("billable_time", self.billable_edit, self.errors.add(
                    ("billable_time",), billable_row, "billableTimeError"))):
            caption = QLabel(objectName=f"{widget.objectName()}Caption")
            caption.setBuddy(widget)
            self.captions[key] = caption
            self.form.addRow(caption, field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button.setObjectName("closeCaseButton")
        self.close_button.setIcon(icon("close_case"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("closeCaseCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.billable_edit.valueChanged.connect(self._show_billable_text)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.children_note)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)
        self.retranslate_ui()
        if self.blocked:
            self.close_button.setEnabled(False)
        self.restore_geometry()
        self.resolution_edit.setFocus()

    @property
    def blocked(self) -> bool:
        """The closure preference forbids closing a parent with active child cases."""
        return bool(self.info.active_children) and self.info.parent_closure == "block_parent"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        info = self.info
        self.setWindowTitle(self.tr("Close Case"))
        self.heading.setText(f"{info.number}  {info.title}")
        self.heading.setAccessibleName(self.tr("Case"))
        for key, text, accessible in (
                ("resolution_type", self.tr("Resolution &Type:"), self.tr("Resolution Type")),
                ("resolution", self.tr("&Resolution: *"), self.tr("Resolution (required)")),
                ("total_time", self.tr("Total Time:"), self.tr("Total Time")),
                ("billable_time", self.tr("&Billable Time:"),
                 self.tr("Billable Time in minutes"))):
            self.captions[key].setText(text)
            self.captions[key].buddy().setAccessibleName(accessible)
        for i in range(self.type_combo.count()):
            self.type_combo.setItemText(i, labels.status_reason(self.type_combo.itemData(i),
                                                                self._custom_reasons))
        self.resolution_edit.setPlaceholderText(self.tr("A short explanation of how the case "
                                                        "was resolved"))
        total = int(info.total_time or 0)
        self.total_time_edit.setText(labels.duration(total) or self.tr("0 min"))
        self.total_time_edit.setToolTip(self.tr("The duration of the case's completed "
                                                "activities that are not billed yet"))
        self.billable_edit.setSuffix(self.tr(" min"))
        self.billable_edit.setToolTip(self.tr("The time to bill the customer, in minutes; the "
                                              "arrows step by %1 minutes")
                                      .replace("%1", str(self.billable_edit.step)))
        self.billable_text.setAccessibleName(self.tr("Billable Time"))
        self._show_billable_text(self.billable_edit.value())
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._show_children_note()

    def _show_billable_text(self, minutes: int) -> None:
        self.billable_text.setText(labels.duration(minutes) if minutes >= 60 else "")

    def _show_children_note(self) -> None:
        children = self.info.active_children
        note = self.children_note
        if not children:
            note.hide()
            return
        count = len(children)
        if self.info.parent_closure == "close_children":
            text = self.tr("%n active child case(s) will be closed too, with the same "
                           "resolution: %1", "", count)
        elif self.info.parent_closure == "block_parent":
            text = (error_message(RuleViolation("active_children", count=count)) + " "
                    + self.tr("Close or cancel them first: %1"))
        else:
            text = self.tr("This case has %n active child case(s). They stay active: %1",
                           "", count)
        note.setText(text.replace("%1", case_numbers(children)))
        note.setStyleSheet(BLOCK_STYLE if self.blocked else NOTE_STYLE)
        note.setAccessibleName(self.tr("Child cases"))
        note.show()

    def accept(self) -> None:
        """Close: resolve the case; an error shows in the dialog and nothing is saved."""
        self.errors.clear()
        try:
            if self.billable_edit.value() > MAX_DURATION:
                raise ValidationError("billable_time", "invalid")
            resolution_type = self.type_combo.currentData()
            if resolution_type is None:
                raise ValidationError("resolution_type", "invalid")
            self.resolution_id = self.lifecycle.resolve_case(
                self.session, self.case_id, resolution_type=int(resolution_type),
                resolution=self.resolution_edit.text(),
                billable_time=self.billable_edit.value(),
                expected_version=self.expected_version)
        except CaseDeskError as exc:
            self.errors.show(exc)
            if isinstance(exc, ConflictError) and self.on_conflict is not None:
                self.on_conflict(exc)
            return
        super().accept()


def start_close_case(session, lifecycle, case_id: int, parent: QWidget | None, prefs=None, *,
                     expected_version: int | None = None,
                     on_closed: Callable[[int], None] | None = None,
                     on_conflict: Callable[[ConflictError], None] | None = None,
                     ) -> QDialog | None:
    """Close Case, the command: the open activities warning (when there are any), then the
    Close Case dialog. Returns the first dialog opened (None when the case can't be read);
    `parent.last_dialog` is the one showing. `on_closed(resolution_id)` after the case is
    resolved."""
    try:
        info = lifecycle.close_info(case_id)
    except CaseDeskError as exc:
        prompts.error(parent, error_message(exc))
        return None

    def open_close_dialog() -> CloseCaseDialog:
        dialog = CloseCaseDialog(session, lifecycle, case_id, prefs, parent, info=info,
                                 expected_version=expected_version, on_conflict=on_conflict)
        if on_closed is not None:
            dialog.accepted.connect(lambda: on_closed(dialog.resolution_id))
        keep_dialog(parent, dialog)
        dialog.open()
        return dialog

    if not info.open_activities:
        return open_close_dialog()
    warning = OpenActivitiesWarning(info.open_activities, "close", prefs, parent)
    warning.accepted.connect(open_close_dialog)
    keep_dialog(parent, warning)
    warning.open()
    return warning
