"""The activity form (SPEC §1.3): a phone call, task, e-mail or appointment in its own window.

Common fields (subject, regarding case, owner, priority, due or start and end, duration,
description) and the kind's own section. Save, Save & Close, Save & Complete (one
transaction: a call logged while it happens), Complete… and Cancel Activity… with the kind's
status reasons. A completed or canceled activity opens read-only with a bar saying so.
Field errors show under their field in the user's language and nothing is saved while a field
is invalid. Times are shown in local time; the controller stores naive UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import (
    CaseDeskError,
    ConflictError,
    ValidationError,
)
from casedesk.controllers.lookups import LookupItem
from casedesk.models.options import (
    ActivityKind,
    ActivityState,
    ActivityStatusReason,
    Direction,
    Priority,
)
from casedesk.ui import labels, prompts
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.formatting import local_datetime
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.widgets.lookup_edit import LookupEdit, kind_name

#: the most minutes the steps go to (the controller's MAX_DURATION)
MAX_DURATION = 100_000
#: what can be typed: more than MAX_DURATION, so a number out of range is refused at the field
#: with a reason instead of being cut silently
TYPED_MAX = 9_999_999
DURATION_STEP = 15

ERROR_STYLE = "color: #c62828;"
BAR_STYLE = ("QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
             " border-radius: 4px; padding: 6px; }")

KIND_GLYPHS = {
    ActivityKind.PHONE_CALL: "phone_call",
    ActivityKind.TASK: "task",
    ActivityKind.EMAIL: "email",
    ActivityKind.APPOINTMENT: "appointment",
}


# -- local time ⇄ stored UTC -------------------------------------------------------------------

def to_local(value: datetime) -> QDateTime:
    """A stored naive UTC timestamp as a local QDateTime (whole minutes)."""
    local = value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute))


def to_utc(value: QDateTime) -> datetime:
    """A local QDateTime from an edit as naive UTC, as the controller stores it."""
    date, time = value.date(), value.time()
    local = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
    return local.astimezone(UTC).replace(tzinfo=None)  # a naive datetime is local time


def edit_format(date_only: bool = False) -> str:
    """The locale's short date (and time) format, for the date-time edits."""
    locale = QLocale()
    if date_only:
        return locale.dateFormat(QLocale.FormatType.ShortFormat)
    return locale.dateTimeFormat(QLocale.FormatType.ShortFormat)


def next_full_hour() -> QDateTime:
    now = QDateTime.currentDateTime()
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600)


class DurationEdit(QSpinBox):
    """Minutes: the arrows and PgUp/PgDn step to whole quarters of an hour, 0 to
    MAX_DURATION. A bigger number can be typed; the controller then refuses it and the
    reason shows at the field (nothing is cut without a word)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, TYPED_MAX)
        self.setSingleStep(DURATION_STEP)
        self.setAccelerated(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        value = self.value()
        if steps > 0:
            target = (value // DURATION_STEP + steps) * DURATION_STEP
        else:
            target = (-(-value // DURATION_STEP) + steps) * DURATION_STEP
        self.setValue(max(0, min(MAX_DURATION, target)))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 (Qt override)
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        if self.value() > 0:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < MAX_DURATION:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


class ActivityCloseDialog(BaseDialog):
    """Complete… or Cancel Activity…: the status reason (and, completing, the duration).

    `reason` and `duration` hold the choice after it is accepted."""

    geometry_key = "activity_close"

    def __init__(self, choices, *, complete: bool, direction: int | None = None,
                 duration: int = 0, prefs=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("activityCompleteDialog" if complete else "activityCancelDialog")
        self.complete = complete
        self.reason: int | None = None
        self.duration: int | None = None
        reasons = choices.completed if complete else choices.canceled
        default = choices.default_completed if complete else choices.default_canceled
        if complete and direction is not None and len(reasons) > 1:
            # a phone call: Received for an incoming call, Made for an outgoing one
            wanted = (ActivityStatusReason.PHONE_RECEIVED if direction == Direction.INCOMING
                      else ActivityStatusReason.PHONE_MADE)
            default = int(wanted) if int(wanted) in reasons else default
        self.question = QLabel(objectName="closeQuestion")
        self.question.setWordWrap(True)
        self.reason_combo = QComboBox(objectName="closeReasonCombo")
        for value in reasons:
            self.reason_combo.addItem("", int(value))
        self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(int(default))))
        self.reason_caption = QLabel(objectName="closeReasonCaption")
        self.reason_caption.setBuddy(self.reason_combo)
        self.duration_edit = DurationEdit()
        self.duration_edit.setObjectName("closeDurationEdit")
        self.duration_edit.setValue(duration)
        self.duration_caption = QLabel(objectName="closeDurationCaption")
        self.duration_caption.setBuddy(self.duration_edit)
        self.duration_error = QLabel(objectName="closeDurationError")
        self.duration_error.setStyleSheet(ERROR_STYLE)
        self.duration_error.setWordWrap(True)
        self.duration_error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.reason_caption, self.reason_combo)
        if complete:
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(self.duration_edit)
            column.addWidget(self.duration_error)
            form.addRow(self.duration_caption, column)
        else:
            self.duration_edit.hide()
            self.duration_caption.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("closeOkButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()
        self.restore_geometry()
        self.reason_combo.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.complete:
            self.setWindowTitle(self.tr("Complete Activity"))
            self.question.setText(self.tr("Mark the activity as completed. It becomes "
                                          "read-only."))
            self.ok_button.setText(self.tr("&Complete"))
        else:
            self.setWindowTitle(self.tr("Cancel Activity"))
            self.question.setText(self.tr("Cancel the activity? It stays in the timeline as "
                                          "canceled and becomes read-only."))
            self.ok_button.setText(self.tr("Cancel &Activity"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Back"))
        self.reason_caption.setText(self.tr("&Status Reason:"))
        self.reason_combo.setAccessibleName(self.tr("Status Reason"))
        self.duration_caption.setText(self.tr("&Duration:"))
        self.duration_edit.setAccessibleName(self.tr("Duration in minutes"))
        self.duration_edit.setSuffix(self.tr(" min"))
        for i in range(self.reason_combo.count()):
            self.reason_combo.setItemText(
                i, labels.activity_status_reason(self.reason_combo.itemData(i)))

    def accept(self) -> None:
        if self.complete and self.duration_edit.value() > MAX_DURATION:
            self.duration_error.setText(validation_message(
                ValidationError("duration_minutes", "invalid")))
            self.duration_error.show()
            self.duration_edit.setFocus()
            return
        self.reason = self.reason_combo.currentData()
        self.duration = self.duration_edit.value() if self.complete else None
        super().accept()


class ActivityForm(BaseDialog):
    """One activity in its own (non-modal) window.

    `kind` for a new activity (with `case_id` it is regarding that case); `activity_id` opens
    a saved one. Signal saved(activity_id) after every save, completion or cancellation."""

    saved = Signal(int)

    def __init__(self, session, activities, lookups, reader, prefs=None, *,
                 kind: int | None = None, case_id: int | None = None,
                 activity_id: int | None = None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("activityForm")
        self.session = session
        self.activities = activities
        self.lookups = lookups
        self.reader = reader
        self.prefs = prefs
        self.activity_id: int | None = None
        self.record = None
        self._version = 0
        self._loading = False
        self._kept_start: datetime | None = None
        self.dirty = False
        self.last_dialog = None
        record = None
        if activity_id is not None:
            record = activities.get_activity(activity_id)
            kind = record.fields.kind
        if kind is None:
            raise ValueError("a new activity needs its kind")
        self.kind = int(kind)
        self.geometry_key = f"activity_form_{self.kind}"
        self.choices = activities.status_reasons(self.kind)
        self._build()
        self._connect_signals()
        if record is not None:
            self._show_record(record)
        else:
            self._new(case_id)
        self.retranslate_ui()
        if self.prefs is not None and not self.prefs.dialog_geometry(
                self.geometry_key).isEmpty():
            self.restore_geometry()
        else:
            self.resize(max(640, self.sizeHint().width()), max(600, self.sizeHint().height()))
        self.subject_edit.setFocus()

    # -- construction ----------------------------------------------------------------------

    def _lookup(self, name: str, search) -> LookupEdit:
        edit = LookupEdit(search, self.reader, window=self, kind_label=kind_name, parent=self)
        edit.setObjectName(f"{name}Lookup")
        return edit

    def _line(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setMaxLength(max_length)
        return edit

    def _date_time(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(objectName=name)
        edit.setCalendarPopup(True)
        edit.setDateTime(next_full_hour())
        return edit

    def _build(self) -> None:
        kind = self.kind
        # command bar
        self.command_bar = QToolBar(objectName="activityCommandBar")
        self.command_bar.setMovable(False)
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_action = QAction(icon("save"), "", self, objectName="action_activity_save")
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_close_action = QAction(icon("save_close"), "", self,
                                         objectName="action_activity_save_close")
        self.save_complete_action = QAction(icon("save_complete"), "", self,
                                            objectName="action_activity_save_complete")
        self.complete_action = QAction(icon("complete_activity"), "", self,
                                       objectName="action_activity_complete")
        self.cancel_action = QAction(icon("cancel_activity"), "", self,
                                     objectName="action_activity_cancel")
        for action in (self.save_action, self.save_close_action, self.save_complete_action):
            self.command_bar.addAction(action)
            self.addAction(action)
        self.command_bar.addSeparator()
        for action in (self.complete_action, self.cancel_action):
            self.command_bar.addAction(action)
            self.addAction(action)
        for action in (self.save_action, self.save_close_action, self.save_complete_action,
                       self.complete_action, self.cancel_action):
            self.command_bar.widgetForAction(action).setObjectName(
                action.objectName().replace("action_", "button_"))

        # read-only bar and header
        self.read_only_bar = QLabel(objectName="activityReadOnlyBar")
        self.read_only_bar.setWordWrap(True)
        self.read_only_bar.setStyleSheet(BAR_STYLE)
        self.read_only_bar.hide()
        self.kind_icon = QLabel(objectName="activityKindIcon")
        self.kind_icon.setPixmap(icon(KIND_GLYPHS[ActivityKind(kind)]).pixmap(28, 28))
        self.heading = QLabel(objectName="activityHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_label = QLabel(objectName="activityStatusLabel")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(self.kind_icon)
        header.addWidget(self.heading, 1)
        header.addWidget(self.status_label)

        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}

        # common fields
        self.subject_edit = self._line("activitySubjectEdit", 200)
        self.regarding_edit = self._lookup("regarding", self.lookups.search_cases)
        self.owner_edit = self._lookup("activityOwner", self.lookups.search_owners)
        self.priority_combo = QComboBox(objectName="activityPriorityCombo")
        for priority in Priority:
            self.priority_combo.addItem("", int(priority))
        self.status_combo = QComboBox(objectName="activityStatusReasonCombo")
        for value in self.choices.open:
            self.status_combo.addItem("", int(value))
        self.duration_edit = DurationEdit()
        self.duration_edit.setObjectName("durationEdit")
        self.description_edit = QPlainTextEdit(objectName="activityDescriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(90)

        # the kind's own fields
        self.direction_combo: QComboBox | None = None
        self.call_with_edit: LookupEdit | None = None
        self.phone_edit: QLineEdit | None = None
        self.voice_mail_check: QCheckBox | None = None
        self.sender_edit = self.to_edit = self.cc_edit = None
        self.location_edit: QLineEdit | None = None
        self.start_edit: QDateTimeEdit | None = None
        self.end_edit: QDateTimeEdit | None = None
        self.all_day_check: QCheckBox | None = None
        self.due_check: QCheckBox | None = None
        self.due_edit: QDateTimeEdit | None = None

        main = QFormLayout()
        main.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(main, "subject", self.subject_edit)
        kind_rows: list[tuple[str, QWidget]] = []
        if kind in (ActivityKind.PHONE_CALL, ActivityKind.EMAIL):
            self.direction_combo = QComboBox(objectName="directionCombo")
            for direction in (Direction.OUTGOING, Direction.INCOMING):
                self.direction_combo.addItem("", int(direction))
        if kind == ActivityKind.PHONE_CALL:
            self.call_with_edit = self._lookup("callWith", self.lookups.search_customers)
            self.phone_edit = self._line("phoneNumberEdit", 50)
            self.voice_mail_check = QCheckBox(objectName="leftVoiceMailCheck")
            kind_rows = [("direction", self.direction_combo),
                         ("call_with", self.call_with_edit),
                         ("phone_number", self.phone_edit),
                         ("left_voice_mail", self.voice_mail_check)]
        elif kind == ActivityKind.EMAIL:
            self.sender_edit = self._line("senderEdit", 500)
            self.to_edit = self._line("toEdit", 2000)
            self.cc_edit = self._line("ccEdit", 2000)
            kind_rows = [("sender", self.sender_edit), ("to_recipients", self.to_edit),
                         ("cc_recipients", self.cc_edit), ("direction", self.direction_combo)]
        elif kind == ActivityKind.APPOINTMENT:
            self.location_edit = self._line("locationEdit", 200)
            kind_rows = [("location", self.location_edit)]
        self.kind_box = QGroupBox(objectName="activityKindSection")
        if kind_rows:
            kind_form = QFormLayout(self.kind_box)
            kind_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key, widget in kind_rows:
                self._add_row(kind_form, key, widget)
        else:
            self.kind_box.hide()

        when = QFormLayout()
        when.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if kind == ActivityKind.APPOINTMENT:
            self.start_edit = self._date_time("startEdit")
            self.end_edit = self._date_time("endEdit")
            self.end_edit.setDateTime(self.start_edit.dateTime().addSecs(3600))
            self.all_day_check = QCheckBox(objectName="allDayCheck")
            self._add_row(when, "scheduled_start", self.start_edit)
            self._add_row(when, "scheduled_end", self.end_edit)
            self._add_row(when, "all_day", self.all_day_check)
        else:
            self.due_check = QCheckBox(objectName="dueCheck")
            self.due_edit = self._date_time("dueEdit")
            self.due_edit.setEnabled(False)
            due = QWidget()
            row = QHBoxLayout(due)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.due_check)
            row.addWidget(self.due_edit, 1)
            due.setFocusProxy(self.due_check)
            self._add_row(when, "scheduled_end", due)
            self.captions["scheduled_end"].setBuddy(self.due_check)
        self._add_row(when, "duration_minutes", self.duration_edit)
        self._add_row(main, "regarding_case_id", self.regarding_edit)
        self._add_row(main, "owner", self.owner_edit)
        self._add_row(main, "priority", self.priority_combo)
        if len(self.choices.open) > 1:
            self._add_row(main, "status_reason", self.status_combo)
        else:
            self.status_combo.hide()

        self.when_box = QGroupBox(objectName="activityTimeSection")
        self.when_box.setLayout(when)
        self.general_error = QLabel(objectName="activityError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.description_caption = QLabel(objectName="descriptionCaption")
        self.description_caption.setBuddy(self.description_edit)
        self.description_error = QLabel(objectName="descriptionError")
        self.description_error.setStyleSheet(ERROR_STYLE)
        self.description_error.hide()
        self.errors["description"] = self.description_error
        self.captions["description"] = self.description_caption

        self.created_label = QLabel(objectName="activityCreatedLabel")
        self.created_label.setStyleSheet("color: palette(placeholder-text);")
        self.close_button = QPushButton(objectName="activityCloseButton")
        self.close_button.clicked.connect(self.close)
        self.close_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.created_label, 1)
        bottom.addWidget(self.close_button)

        body = QVBoxLayout()
        body.setContentsMargins(9, 6, 9, 9)
        body.addWidget(self.read_only_bar)
        body.addLayout(header)
        body.addLayout(main)
        body.addWidget(self.kind_box)
        body.addWidget(self.when_box)
        body.addWidget(self.description_caption)
        body.addWidget(self.description_edit, 1)
        body.addWidget(self.description_error)
        body.addWidget(self.general_error)
        body.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.command_bar)
        layout.addLayout(body, 1)

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        caption = QLabel(objectName=f"{key}Caption")
        caption.setBuddy(widget)
        error = QLabel(objectName=f"{key}Error")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(caption, column)
        self.captions[key] = caption
        self.errors[key] = error

    def _connect_signals(self) -> None:
        bus = self.session.events
        bus.subscribe(events.ACTIVITIES_CHANGED, self._activities_changed)
        self.destroyed.connect(
            lambda *_: bus.unsubscribe(events.ACTIVITIES_CHANGED, self._activities_changed))
        self.save_action.triggered.connect(self.save)
        self.save_close_action.triggered.connect(self.save_and_close)
        self.save_complete_action.triggered.connect(self.save_and_complete)
        self.complete_action.triggered.connect(self.complete)
        self.cancel_action.triggered.connect(self.cancel_activity)
        self.subject_edit.textChanged.connect(self._changed)
        self.subject_edit.textChanged.connect(self._update_title)
        self.description_edit.textChanged.connect(self._changed)
        self.duration_edit.valueChanged.connect(self._changed)
        for combo in (self.priority_combo, self.status_combo, self.direction_combo):
            if combo is not None:
                combo.currentIndexChanged.connect(self._changed)
        for lookup in (self.regarding_edit, self.owner_edit, self.call_with_edit):
            if lookup is not None:
                lookup.item_changed.connect(self._changed)
                lookup.edit.textEdited.connect(self._changed)
        for edit in (self.phone_edit, self.sender_edit, self.to_edit, self.cc_edit,
                     self.location_edit):
            if edit is not None:
                edit.textChanged.connect(self._changed)
        for check in (self.voice_mail_check, self.due_check, self.all_day_check):
            if check is not None:
                check.toggled.connect(self._changed)
        for edit in (self.due_edit, self.start_edit, self.end_edit):
            if edit is not None:
                edit.dateTimeChanged.connect(self._changed)
        if self.due_check is not None:
            self.due_check.toggled.connect(self._due_toggled)
        if self.all_day_check is not None:
            self.all_day_check.toggled.connect(self._all_day_toggled)
        if self.start_edit is not None:
            self.start_edit.dateTimeChanged.connect(self._start_moved)
        if self.call_with_edit is not None:
            self.call_with_edit.item_changed.connect(self._call_with_changed)

    # -- state -----------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self._update_title()

    def _due_toggled(self, on: bool) -> None:
        self.due_edit.setEnabled(on and not self.read_only)

    def _all_day_toggled(self, on: bool) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(edit_format(on))
        if on and not self._loading and self.start_edit.dateTime().secsTo(
                self.end_edit.dateTime()) <= 86_400 \
                and self.end_edit.date() != self.start_edit.date():
            # a slot of a day or less that crosses midnight (an hour from 23:30): one day,
            # not two, once only dates are shown
            self.end_edit.setDate(self.start_edit.date())

    def _start_moved(self, new_start: QDateTime) -> None:
        """Moving the start keeps the appointment's length (as calendars do)."""
        if self._loading:
            return
        previous = getattr(self, "_last_start", None)
        if previous is not None and self.end_edit is not None:
            self.end_edit.setDateTime(self.end_edit.dateTime().addSecs(
                previous.secsTo(new_start)))
        self._last_start = new_start

    def _call_with_changed(self, item: LookupItem | None) -> None:
        """A new person to call: their number, unless one was typed already."""
        if self._loading or item is None or self.phone_edit.text().strip():
            return
        phone = self._customer_phone(item)
        if phone:
            self.phone_edit.setText(phone)

    @staticmethod
    def _customer_phone(item: LookupItem) -> str:
        from casedesk.controllers import customers

        try:
            if item.kind == "contact":
                record = customers.get_contact(item.id)
                return record.business_phone or record.mobile_phone or ""
            if item.kind == "account":
                return customers.get_account(item.id).phone or ""
        except (CaseDeskError, AttributeError):
            return ""
        return ""

    @property
    def read_only(self) -> bool:
        return self.record is not None and self.record.read_only

    def _case_item(self, case_id: int | None, number: str | None = None,
                   title: str | None = None) -> LookupItem | None:
        if case_id is None:
            return None
        if number is None:
            from casedesk.controllers import cases

            try:
                record = cases.get_case_record(case_id)
            except CaseDeskError:
                return LookupItem("case", case_id, str(case_id))
            number, title = record.number, record.title
        return LookupItem("case", case_id, f"{number} {title or ''}".strip())

    @staticmethod
    def _customer_item(fields, name: str | None) -> LookupItem | None:
        if fields.call_with_contact_id is not None:
            return LookupItem("contact", fields.call_with_contact_id, name or "")
        if fields.call_with_account_id is not None:
            return LookupItem("account", fields.call_with_account_id, name or "")
        return None

    @staticmethod
    def _customer_name(fields) -> str | None:
        from casedesk.controllers import customers

        try:
            if fields.call_with_contact_id is not None:
                return customers.get_contact(fields.call_with_contact_id).full_name
            if fields.call_with_account_id is not None:
                return customers.get_account(fields.call_with_account_id).name
        except CaseDeskError:
            return None
        return None

    def _new(self, case_id: int | None) -> None:
        fields = self.activities.default_fields(self.kind, case_id, self.session)
        owner = None
        if fields.owner_team_id is None and fields.owner_user_id in (None,
                                                                    self.session.user_id):
            owner = LookupItem("user", self.session.user_id, self.session.user_name or "")
        self._fill(fields, case=self._case_item(fields.regarding_case_id or case_id),
                   owner=owner, call_with=self._customer_item(fields,
                                                              self._customer_name(fields)))
        self._refresh_state()

    def _activities_changed(self, ids=None, remote=False, **_payload) -> None:
        """A colleague changed this activity: show it, unless there are unsaved edits (their
        save then meets the conflict)."""
        if (not remote or not isValid(self) or self.activity_id is None or self.dirty
                or (ids is not None and self.activity_id not in ids)):
            return
        try:
            record = self.activities.get_activity(self.activity_id)
        except CaseDeskError:
            return  # gone: the form keeps what it shows
        if record.version != self._version:
            self._show_record(record)
            self.retranslate_ui()

    def load(self, activity_id: int) -> None:
        """Show the saved activity (read-only once it is completed or canceled)."""
        try:
            record = self.activities.get_activity(activity_id)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return
        self._show_record(record)
        self.retranslate_ui()

    def _show_record(self, record) -> None:
        self.activity_id, self.record, self._version = record.id, record, record.version
        fields = record.fields
        if fields.owner_user_id is not None:
            owner = LookupItem("user", fields.owner_user_id, record.owner_name)
        elif fields.owner_team_id is not None:
            owner = LookupItem("team", fields.owner_team_id, record.owner_name)
        else:
            owner = None
        self._fill(fields, case=self._case_item(record.case_id, record.case_number or "",
                                                record.case_title),
                   owner=owner, call_with=self._customer_item(fields, record.call_with_name),
                   status_reason=record.status_reason)
        self._clear_errors()
        self._refresh_state()

    def _fill(self, fields, *, case, owner, call_with, status_reason=None) -> None:
        self._loading = True
        self.subject_edit.setText(fields.subject or "")
        self.regarding_edit.set_item(case)
        self.owner_edit.set_item(owner)
        self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(
            fields.priority)))
        reason = fields.status_reason if fields.status_reason is not None else status_reason
        if reason is not None and self.status_combo.findData(reason) < 0 and reason in (
                self.choices.open):
            self.status_combo.addItem(labels.activity_status_reason(reason), reason)
        index = self.status_combo.findData(reason if reason is not None
                                           else self.choices.default_open)
        if index < 0:
            index = self.status_combo.findData(self.choices.default_open)
        self.status_combo.setCurrentIndex(max(0, index))
        self.duration_edit.setValue(fields.duration_minutes or 0)
        self.description_edit.setPlainText(fields.description or "")
        if self.direction_combo is not None:
            self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData(
                fields.direction)))
        if self.call_with_edit is not None:
            self.call_with_edit.set_item(call_with)
            self.phone_edit.setText(fields.phone_number or "")
            self.voice_mail_check.setChecked(bool(fields.left_voice_mail))
        if self.sender_edit is not None:
            self.sender_edit.setText(fields.sender or "")
            self.to_edit.setText(fields.to_recipients or "")
            self.cc_edit.setText(fields.cc_recipients or "")
        if self.location_edit is not None:
            self.location_edit.setText(fields.location or "")
        if self.start_edit is not None:
            start = (to_local(fields.scheduled_start) if fields.scheduled_start
                     else next_full_hour())
            end = to_local(fields.scheduled_end) if fields.scheduled_end else start.addSecs(3600)
            self.all_day_check.setChecked(bool(fields.all_day))
            if fields.all_day and end > start:
                end = end.addDays(-1)  # stored as midnight after the last day
            self.start_edit.setDateTime(start)
            self.end_edit.setDateTime(end)
            self._last_start = start
            self._all_day_toggled(bool(fields.all_day))
        else:
            self._kept_start = fields.scheduled_start
            self.due_check.setChecked(fields.scheduled_end is not None)
            if fields.scheduled_end is not None:
                self.due_edit.setDateTime(to_local(fields.scheduled_end))
        self._loading = False
        self.dirty = False

    def _refresh_state(self) -> None:
        read_only = self.read_only
        for lookup in (self.regarding_edit, self.owner_edit, self.call_with_edit):
            if lookup is not None:
                lookup.set_read_only(read_only)
        for edit in (self.subject_edit, self.phone_edit, self.sender_edit, self.to_edit,
                     self.cc_edit, self.location_edit, self.description_edit,
                     self.duration_edit, self.start_edit, self.end_edit, self.due_edit):
            if edit is not None:
                edit.setReadOnly(read_only)
        for widget in (self.priority_combo, self.status_combo, self.direction_combo,
                       self.voice_mail_check, self.due_check, self.all_day_check):
            if widget is not None:
                widget.setEnabled(not read_only)
        if self.due_edit is not None:
            self.due_edit.setEnabled(not read_only and self.due_check.isChecked())
        for action in (self.save_action, self.save_close_action, self.save_complete_action,
                       self.complete_action):
            action.setEnabled(not read_only)
        self.cancel_action.setEnabled(not read_only and self.activity_id is not None)
        self.read_only_bar.setVisible(read_only)

    def _update_title(self, *_args) -> None:
        subject = self.subject_edit.text().strip()
        name = self._heading_text()
        text = f"{name}: {subject}" if subject else name
        self.setWindowTitle(("* " if self.dirty else "") + text + " – CaseDesk")

    def _heading_text(self) -> str:
        if self.activity_id is not None:
            return labels.activity_kind(self.kind)
        return {ActivityKind.PHONE_CALL: self.tr("New Phone Call"),
                ActivityKind.TASK: self.tr("New Task"),
                ActivityKind.EMAIL: self.tr("New E-mail"),
                ActivityKind.APPOINTMENT: self.tr("New Appointment")}[ActivityKind(self.kind)]

    # -- fields ----------------------------------------------------------------------------

    def fields(self):
        """What the form holds, as the controller's ActivityFields (times in UTC).

        A lookup with typed text but no chosen record is an error at its field: saving
        without it would silently drop what the user meant."""
        for key, lookup in (("regarding_case_id", self.regarding_edit),
                            ("owner", self.owner_edit), ("call_with", self.call_with_edit)):
            if lookup is not None and lookup.item() is None and lookup.text().strip():
                raise ValidationError(key, "not_chosen")
        case = self.regarding_edit.item()
        owner = self.owner_edit.item()
        values = {
            "kind": self.kind,
            "subject": self.subject_edit.text(),
            "regarding_case_id": case.id if case else None,
            "description": self.description_edit.toPlainText() or None,
            "owner_user_id": owner.id if owner and owner.kind == "user" else None,
            "owner_team_id": owner.id if owner and owner.kind == "team" else None,
            "priority": self.priority_combo.currentData(),
            "duration_minutes": self.duration_edit.value(),
            "status_reason": (self.status_combo.currentData() if self.status_combo.count()
                              else None),
        }
        if self.direction_combo is not None:
            values["direction"] = self.direction_combo.currentData()
        if self.call_with_edit is not None:
            who = self.call_with_edit.item()
            values["call_with_contact_id"] = who.id if who and who.kind == "contact" else None
            values["call_with_account_id"] = who.id if who and who.kind == "account" else None
            values["phone_number"] = self.phone_edit.text().strip() or None
            values["left_voice_mail"] = self.voice_mail_check.isChecked()
        if self.sender_edit is not None:
            values["sender"] = self.sender_edit.text().strip() or None
            values["to_recipients"] = self.to_edit.text().strip() or None
            values["cc_recipients"] = self.cc_edit.text().strip() or None
        if self.start_edit is not None:
            values["location"] = self.location_edit.text().strip() or None
            all_day = self.all_day_check.isChecked()
            start, end = self.start_edit.dateTime(), self.end_edit.dateTime()
            if all_day:  # whole days: midnight of the first to midnight after the last
                start = QDateTime(start.date(), QTime(0, 0))
                end = QDateTime(end.date().addDays(1), QTime(0, 0))
            values["all_day"] = all_day
            values["scheduled_start"] = to_utc(start)
            values["scheduled_end"] = to_utc(end)
        else:
            values["scheduled_start"] = self._kept_start
            values["scheduled_end"] = (to_utc(self.due_edit.dateTime())
                                       if self.due_check.isChecked() else None)
        return self.activities.ActivityFields(**values)

    # -- commands --------------------------------------------------------------------------

    def _run(self, command) -> int | None:
        """Run a controller command; its errors go to their field (or a message)."""
        self._clear_errors()
        try:
            return command()
        except ValidationError as exc:
            self._show_error(exc)
        except ConflictError:
            self._conflict()
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
        return None

    def _after_save(self, activity_id: int, message: str) -> None:
        self.dirty = False
        self.load(activity_id)
        self.saved.emit(activity_id)
        self.general_error.hide()
        self.created_label.setText(message)

    def save(self) -> bool:
        """Save; True when saved. Errors show at their field and nothing is written."""
        if self.read_only:
            return False

        def command():
            fields = self.fields()
            if self.activity_id is None:
                return self.activities.create_activity(self.session, fields)
            self.activities.update_activity(self.session, self.activity_id, fields,
                                            self._version)
            return self.activity_id

        activity_id = self._run(command)
        if activity_id is None:
            return False
        self._after_save(activity_id, self.tr("Saved."))
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def save_and_complete(self) -> bool:
        """Save and complete in one transaction (the call logged while it happens); the
        window closes when done."""
        if self._complete_with(None, None):
            self.accept()
            return True
        return False

    def _complete_with(self, reason: int | None, duration: int | None) -> bool:
        if self.read_only:
            return False

        def command():
            fields = self.fields()
            if duration is not None:
                fields.duration_minutes = duration
            if self.activity_id is not None and not self.dirty:
                self.activities.complete_activity(self.session, self.activity_id,
                                                  status_reason=reason,
                                                  duration_minutes=duration)
                return self.activity_id
            return self.activities.save_and_complete(
                self.session, fields, activity_id=self.activity_id,
                expected_version=self._version if self.activity_id is not None else None,
                status_reason=reason)

        activity_id = self._run(command)
        if activity_id is None:
            return False
        self._after_save(activity_id, self.tr("Completed."))
        return True

    def complete(self) -> ActivityCloseDialog | None:
        """Complete…: choose the completed reason and the duration (window-modal, not
        blocking); completing saves the form's changes in the same transaction."""
        if self.read_only:
            return None
        self._clear_errors()
        try:
            self.fields()  # a typed but unchosen lookup: say so before asking anything
        except ValidationError as exc:
            self._show_error(exc)
            return None
        direction = (self.direction_combo.currentData()
                     if self.kind == ActivityKind.PHONE_CALL else None)
        dialog = ActivityCloseDialog(self.choices, complete=True, direction=direction,
                                     duration=min(self.duration_edit.value(), TYPED_MAX),
                                     prefs=self.prefs, parent=self)

        def finished(result) -> None:
            if result and dialog.reason is not None:
                self._complete_with(dialog.reason, dialog.duration)

        return self._open(dialog, finished)

    def cancel_activity(self) -> ActivityCloseDialog | None:
        """Cancel Activity…: choose the canceled reason. Changes not yet saved are saved
        first (or the cancel stops at their error)."""
        if self.read_only or self.activity_id is None:
            return None
        dialog = ActivityCloseDialog(self.choices, complete=False, prefs=self.prefs,
                                     parent=self)

        def finished(result) -> None:
            if not result or dialog.reason is None:
                return
            if self.dirty and not self.save():
                return

            def command():
                self.activities.cancel_activity(self.session, self.activity_id,
                                                status_reason=dialog.reason)
                return self.activity_id

            if self._run(command) is not None:
                self._after_save(self.activity_id, self.tr("Canceled."))

        return self._open(dialog, finished)

    def _open(self, dialog, finished) -> ActivityCloseDialog:
        self.last_dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _conflict(self) -> None:
        if prompts.confirm(self, self.tr("Someone else saved this activity after you opened "
                                         "it. Load their version? Your changes will be "
                                         "lost.")):
            self.dirty = False
            self.load(self.activity_id)

    # -- errors ----------------------------------------------------------------------------

    ALIASES = {"call_with_contact_id": "call_with", "call_with_account_id": "call_with",
               "owner_user_id": "owner", "owner_team_id": "owner",
               "regarding_case": "regarding_case_id", "due": "scheduled_end"}

    def _show_error(self, error: ValidationError) -> None:
        key = self.ALIASES.get(error.field, error.field)
        label = self.errors.get(key)
        text = validation_message(error)
        if label is None:
            self.general_error.setText(text)
            self.general_error.show()
            return
        if key == "scheduled_end" and self.due_edit is not None:
            error = ValidationError("due", error.code, **error.params)
            text = validation_message(error)
        label.setText(text)
        label.show()
        buddy = self.captions[key].buddy()
        if buddy is not None:
            buddy.setAccessibleDescription(text)
            buddy.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.hide()
            label.clear()
            buddy = self.captions[key].buddy()
            if buddy is not None:
                buddy.setAccessibleDescription("")
        self.general_error.hide()
        self.general_error.clear()

    # -- window ----------------------------------------------------------------------------

    def _may_leave(self) -> bool:
        if not self.dirty or self.read_only:
            return True
        answer = prompts.ask_save_changes(self, self.tr(
            "The activity has changes that are not saved. Save them?"))
        return answer == "discard" or (answer == "save" and self.save())

    def reject(self) -> None:
        """Esc, the Close button and the window's close: unsaved changes are asked about."""
        if self._may_leave():
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.save_action.setText(self.tr("Save"))
        self.save_action.setToolTip(self.tr("Save (%1)").replace(
            "%1", self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_close_action.setText(self.tr("Save && Close"))
        self.save_complete_action.setText(self.tr("Save && Complete"))
        self.save_complete_action.setToolTip(self.tr(
            "Save and mark as completed in one step, e.g. a call logged while it happens"))
        self.complete_action.setText(self.tr("Complete…"))
        self.complete_action.setToolTip(self.tr("Mark as completed with a status reason and "
                                                "the time spent"))
        self.cancel_action.setText(self.tr("Cancel Activity…"))
        self.cancel_action.setToolTip(
            self.tr("Cancel the activity with a status reason") if self.activity_id
            else self.tr("Save the activity before canceling it"))
        closed = self.tr("The activity is completed or canceled.")
        for action in (self.save_action, self.save_close_action, self.save_complete_action,
                       self.complete_action):
            if self.read_only:
                action.setToolTip(closed)
        for action in (self.save_action, self.save_close_action, self.save_complete_action,
                       self.complete_action, self.cancel_action):
            self.command_bar.widgetForAction(action).setAccessibleName(
                action.text().replace("&&", "&"))
        self.command_bar.setAccessibleName(self.tr("Activity commands"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.heading.setText(self._heading_text())
        self.heading.setAccessibleName(self.tr("Activity"))
        record = self.record
        if record is not None:
            self.status_label.setText(f"{labels.activity_state(record.state)} – "
                                      f"{labels.activity_status_reason(record.status_reason)}")
            self.created_label.setText(self.tr("Created %1 by %2").replace(
                "%1", local_datetime(record.created_on)).replace("%2", record.created_by))
        else:
            self.status_label.setText(labels.activity_state(int(ActivityState.OPEN)))
            self.created_label.clear()
        self.status_label.setAccessibleName(self.tr("Status"))
        if record is not None and record.read_only:
            reason = labels.activity_status_reason(record.status_reason)
            if record.state == ActivityState.COMPLETED:
                text = self.tr("This activity is completed (%1) and read-only.")
            else:
                text = self.tr("This activity is canceled (%1) and read-only.")
            if record.closed_on is not None:
                text += " " + self.tr("Closed on %2.")
            self.read_only_bar.setText(text.replace("%1", reason).replace(
                "%2", local_datetime(record.closed_on)))
        self.read_only_bar.setAccessibleName(self.tr("Read-only"))
        self.kind_box.setTitle(labels.activity_kind(self.kind))
        self.when_box.setTitle(self.tr("Time"))
        due_text = self.tr("&Due:")
        captions = {
            "subject": (self.tr("&Subject: *"), self.tr("Subject (required)")),
            "regarding_case_id": (self.tr("&Regarding:"), self.tr("Regarding case")),
            "owner": (self.tr("O&wner:"), self.tr("Owner")),
            "priority": (self.tr("&Priority:"), self.tr("Priority")),
            "status_reason": (self.tr("Status &Reason:"), self.tr("Status Reason")),
            "direction": (self.tr("D&irection:"), self.tr("Direction")),
            "call_with": (self.tr("Call &With:"), self.tr("Call With")),
            "phone_number": (self.tr("P&hone Number:"), self.tr("Phone Number")),
            "left_voice_mail": ("", self.tr("Left Voice Mail")),
            "sender": (self.tr("&From:"), self.tr("From")),
            "to_recipients": (self.tr("&To:"), self.tr("To")),
            "cc_recipients": (self.tr("&Cc:"), self.tr("Cc")),
            "location": (self.tr("&Location:"), self.tr("Location")),
            "scheduled_start": (self.tr("S&tart:"), self.tr("Start")),
            "scheduled_end": ((self.tr("&End:"), self.tr("End")) if self.start_edit
                              is not None else (due_text, self.tr("Due date set"))),
            "all_day": ("", self.tr("All Day")),
            "duration_minutes": (self.tr("D&uration:"), self.tr("Duration in minutes")),
            "description": (self.tr("Descri&ption:"), self.tr("Description")),
        }
        for key, (text, accessible) in captions.items():
            caption = self.captions.get(key)
            if caption is None:
                continue
            caption.setText(text)
            buddy = caption.buddy()
            if buddy is not None:
                buddy.setAccessibleName(accessible)
        if self.voice_mail_check is not None:
            self.voice_mail_check.setText(self.tr("Left &Voice Mail"))
        if self.all_day_check is not None:
            self.all_day_check.setText(self.tr("&All Day"))
        if self.due_check is not None:
            self.due_edit.setDisplayFormat(edit_format())
            self.due_check.setText(self.tr("Set"))
            self.due_edit.setAccessibleName(self.tr("Due"))
        self.duration_edit.setSuffix(self.tr(" min"))
        self.duration_edit.setToolTip(self.tr("The time actually spent, in minutes; the arrows "
                                              "step by quarters of an hour"))
        self.regarding_edit.set_placeholder(self.tr("Look up a case by number or title"))
        self.owner_edit.set_placeholder(self.tr("Look up a user or team"))
        if self.call_with_edit is not None:
            self.call_with_edit.set_placeholder(self.tr("Look up an account or contact"))
        if self.to_edit is not None:
            self.to_edit.setPlaceholderText(self.tr("Addresses separated by ;"))
            self.cc_edit.setPlaceholderText(self.tr("Addresses separated by ;"))
        for i, priority in enumerate(Priority):
            self.priority_combo.setItemText(i, labels.priority(int(priority)))
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(
                i, labels.activity_status_reason(self.status_combo.itemData(i)))
        if self.direction_combo is not None:
            for i in range(self.direction_combo.count()):
                self.direction_combo.setItemText(
                    i, labels.direction(self.direction_combo.itemData(i)))
        if self.all_day_check is not None:
            self._all_day_toggled(self.all_day_check.isChecked())
        self._update_title()

