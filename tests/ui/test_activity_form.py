"""The activity form through its real widgets and the real activities controller."""

import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from casedesk.controllers import activities, lookups
from casedesk.models import Activity, Case, Contact
from casedesk.models.options import (
    ActivityKind,
    ActivityState,
    ActivityStatusReason,
    Direction,
    Priority,
)
from casedesk.ui import prompts
from casedesk.ui.background import Reader
from casedesk.ui.forms.activity_form import MAX_DURATION, ActivityForm, to_local, to_utc


def type_text(widget, text):
    """One key event per character, as a keyboard (keyClicks aborts on å, ä, ö)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


@pytest.fixture
def reader():
    r = Reader()
    yield r
    r.close()


@pytest.fixture
def open_form(qtbot, session, prefs, reader):
    """open_form(kind=…, case_id=…) or open_form(activity_id=…): a shown form."""

    made = []

    def make(**kwargs):
        form = ActivityForm(session, activities, lookups, reader, prefs, **kwargs)
        made.append(form)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(lambda: bool(form.isActiveWindow()), timeout=3000)
        return form

    yield make
    for form in made:  # a form deletes itself when closed
        if isValid(form):
            form.dirty = False
            form.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def contact_case(desk):
    """The case of the contact Sven Ödman (phone 08-123 45 67, sven@example.se)."""
    Contact.update(business_phone="08-123 45 67", email="sven@example.se").where(
        Contact.last_name == "Ödman").execute()
    return desk[1]


def activity_rows():
    return list(Activity.select().order_by(Activity.id))


def test_a_phone_call_with_the_case_contact_prefilled(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.PHONE_CALL, case_id=contact_case)
    number = Case.get_by_id(contact_case).number
    assert form.regarding_edit.item().label.startswith(number)
    assert form.owner_edit.item().label == "Åsa Öberg"
    assert form.call_with_edit.item().label == "Sven Ödman"
    assert form.phone_edit.text() == "08-123 45 67"
    assert form.direction_combo.currentData() == int(Direction.OUTGOING)
    type_text(form.subject_edit, "Återkoppling om lösenordet")
    form.direction_combo.setCurrentIndex(form.direction_combo.findData(int(Direction.INCOMING)))
    form.voice_mail_check.setChecked(True)
    form.duration_edit.stepUp()
    form.duration_edit.stepUp()
    assert form.duration_edit.value() == 30  # quarter-hour steps
    assert form.dirty and form.windowTitle().startswith("* ")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = activities.get_activity(saved.args[0])
    assert record.fields.subject == "Återkoppling om lösenordet"
    assert record.fields.duration_minutes == 30
    assert record.fields.direction == int(Direction.INCOMING)
    assert record.fields.left_voice_mail
    assert record.fields.call_with_contact_id == Contact.get(Contact.last_name == "Ödman").id
    assert record.fields.phone_number == "08-123 45 67"
    assert record.case_id == contact_case and record.state == int(ActivityState.OPEN)
    assert not form.dirty and form.activity_id == record.id
    assert form.heading.text() == "Phone Call"


def test_a_task_with_a_due_date_and_status_reason(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.TASK, case_id=contact_case)
    assert form.call_with_edit is None and form.kind_box.isHidden()
    type_text(form.subject_edit, "Skicka ny faktura")
    form.priority_combo.setCurrentIndex(form.priority_combo.findData(int(Priority.HIGH)))
    form.status_combo.setCurrentIndex(form.status_combo.findData(
        int(ActivityStatusReason.TASK_IN_PROGRESS)))
    form.due_check.setChecked(True)
    due = QDateTime.currentDateTime().addDays(2)
    form.due_edit.setDateTime(due)
    form.duration_edit.setValue(45)
    assert form.save()
    record = activities.get_activity(form.activity_id)
    assert record.fields.kind == int(ActivityKind.TASK)
    assert record.fields.priority == int(Priority.HIGH)
    assert record.status_reason == int(ActivityStatusReason.TASK_IN_PROGRESS)
    assert record.fields.duration_minutes == 45
    assert record.fields.scheduled_end == to_utc(due)


def test_an_email_recorded_with_from_to_and_cc(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.EMAIL, case_id=contact_case)
    assert "sven@example.se" in form.to_edit.text()  # the case contact's address
    type_text(form.subject_edit, "Svar: lösenordet")
    form.sender_edit.setText("support@casedesk.example")
    form.cc_edit.setText("chef@example.se")
    form.duration_edit.setValue(10)
    assert form.save()
    record = activities.get_activity(form.activity_id)
    assert record.fields.kind == int(ActivityKind.EMAIL)
    assert record.fields.sender == "support@casedesk.example"
    assert "sven@example.se" in record.fields.to_recipients
    assert record.fields.cc_recipients == "chef@example.se"
    assert record.fields.direction == int(Direction.OUTGOING)
    assert record.fields.duration_minutes == 10


def test_an_appointment_with_location_start_and_end(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.APPOINTMENT, case_id=contact_case)
    start = form.start_edit.dateTime()
    assert start.time().minute() == 0  # the next full hour, for one hour
    assert start.secsTo(form.end_edit.dateTime()) == 3600
    type_text(form.subject_edit, "Möte på kontoret")
    form.location_edit.setText("Göteborg")
    form.start_edit.setDateTime(start.addSecs(1800))  # the end moves with it
    assert start.addSecs(5400) == form.end_edit.dateTime()
    form.duration_edit.setValue(60)
    assert form.save()
    record = activities.get_activity(form.activity_id)
    assert record.fields.location == "Göteborg"
    assert record.fields.scheduled_start == to_utc(start.addSecs(1800))
    assert record.fields.scheduled_end == to_utc(start.addSecs(5400))
    assert record.fields.duration_minutes == 60 and not record.fields.all_day


def test_an_all_day_appointment_is_whole_days(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.APPOINTMENT, case_id=contact_case)
    form.subject_edit.setText("Utbildningsdag")
    form.all_day_check.setChecked(True)
    assert "hh" not in form.start_edit.displayFormat().lower()
    assert form.save()
    fields = activities.get_activity(form.activity_id).fields
    assert fields.all_day
    assert fields.scheduled_end - fields.scheduled_start == timedelta(days=1)
    reopened = open_form(activity_id=form.activity_id)
    assert reopened.start_edit.date() == reopened.end_edit.date()  # shown as one day


def test_an_hour_from_half_past_eleven_made_all_day_is_one_day(qtbot, open_form, contact_case):
    """Found by the clock: the default hour-long slot started at 23:30 ends tomorrow; ticking
    All Day must not turn that into two days."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    form = open_form(kind=ActivityKind.APPOINTMENT, case_id=contact_case)
    form.subject_edit.setText("Sen kurs")
    form.start_edit.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(23, 30)))
    form.end_edit.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(0, 30)))
    form.all_day_check.setChecked(True)
    assert form.save()
    fields = activities.get_activity(form.activity_id).fields
    assert fields.scheduled_end - fields.scheduled_start == timedelta(days=1)


def test_save_and_complete_logs_one_completed_call(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.PHONE_CALL, case_id=contact_case)
    type_text(form.subject_edit, "Samtal om VPN")
    form.duration_edit.setValue(20)
    form.save_complete_action.trigger()
    rows = activity_rows()
    assert len(rows) == 1
    call = rows[0]
    assert call.kind == int(ActivityKind.PHONE_CALL)
    assert call.state == int(ActivityState.COMPLETED)
    assert call.status_reason == int(ActivityStatusReason.PHONE_MADE)  # outgoing
    assert call.duration_minutes == 20 and call.closed_on is not None
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=3000)


def test_complete_with_a_reason_and_the_time_spent(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.PHONE_CALL, case_id=contact_case)
    form.subject_edit.setText("Inkommande samtal")
    form.direction_combo.setCurrentIndex(form.direction_combo.findData(int(Direction.INCOMING)))
    assert form.save()
    dialog = form.complete()
    assert dialog.isVisible() and dialog.reason_combo.currentData() == int(
        ActivityStatusReason.PHONE_RECEIVED)  # an incoming call was received
    assert [dialog.reason_combo.itemText(i) for i in range(dialog.reason_combo.count())] == [
        "Made", "Received"]
    dialog.duration_edit.setValue(25)
    dialog.accept()
    record = activities.get_activity(form.activity_id)
    assert record.state == int(ActivityState.COMPLETED)
    assert record.status_reason == int(ActivityStatusReason.PHONE_RECEIVED)
    assert record.fields.duration_minutes == 25
    assert form.read_only and form.read_only_bar.isVisibleTo(form)
    assert "completed (Received)" in form.read_only_bar.text()


def test_complete_on_a_new_task_saves_and_completes_at_once(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.TASK, case_id=contact_case)
    form.subject_edit.setText("Ring tillbaka")
    dialog = form.complete()
    dialog.duration_edit.setValue(90)
    dialog.accept()
    [task] = activity_rows()
    assert (task.state, task.status_reason, task.duration_minutes) == (
        int(ActivityState.COMPLETED), int(ActivityStatusReason.TASK_COMPLETED), 90)


def test_cancel_with_a_reason(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.APPOINTMENT, case_id=contact_case)
    assert not form.cancel_action.isEnabled()  # nothing to cancel before it is saved
    form.subject_edit.setText("Besök hos kunden")
    assert form.save()
    assert form.cancel_action.isEnabled()
    form.location_edit.setText("Malmö")  # unsaved: saved before it is canceled
    dialog = form.cancel_activity()
    assert dialog.duration_edit.isHidden()
    assert dialog.reason_combo.currentData() == int(ActivityStatusReason.APPT_CANCELED)
    dialog.accept()
    record = activities.get_activity(form.activity_id)
    assert record.state == int(ActivityState.CANCELED)
    assert record.status_reason == int(ActivityStatusReason.APPT_CANCELED)
    assert record.fields.location == "Malmö"
    assert "canceled" in form.read_only_bar.text()


def test_backing_out_of_complete_changes_nothing(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.TASK, case_id=contact_case)
    form.subject_edit.setText("Kvar att göra")
    assert form.save()
    form.complete().reject()
    assert activities.get_activity(form.activity_id).state == int(ActivityState.OPEN)
    assert not form.read_only


def test_a_closed_activity_opens_read_only(qtbot, session, open_form, contact_case):
    fields = activities.default_fields(ActivityKind.PHONE_CALL, contact_case, session)
    fields.subject = "Avslutat samtal"
    activity_id = activities.save_and_complete(session, fields)
    form = open_form(activity_id=activity_id)
    assert form.read_only and form.read_only_bar.isVisibleTo(form)
    assert "completed (Made) and read-only" in form.read_only_bar.text()
    assert form.subject_edit.isReadOnly() and form.duration_edit.isReadOnly()
    assert form.call_with_edit.is_read_only() and form.owner_edit.is_read_only()
    assert not form.direction_combo.isEnabled() and not form.priority_combo.isEnabled()
    for action in (form.save_action, form.save_close_action, form.save_complete_action,
                   form.complete_action, form.cancel_action):
        assert not action.isEnabled()
    assert not form.save()
    assert form.call_with_edit.item().label == "Sven Ödman"
    assert form.status_label.text() == "Completed – Made"
    assert form.close()  # nothing to ask about


def test_an_empty_subject_is_a_field_error_and_nothing_is_saved(qtbot, open_form,
                                                                 contact_case):
    form = open_form(kind=ActivityKind.PHONE_CALL, case_id=contact_case)
    assert not form.save()
    assert form.errors["subject"].text() == "Subject is required."
    assert form.errors["subject"].isVisibleTo(form)
    assert not form.save_and_complete()
    assert activity_rows() == []
    form.subject_edit.setText("Nu med ämne")
    assert form.save() and not form.errors["subject"].isVisibleTo(form)


def test_a_duration_out_of_range_is_a_field_error(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.TASK, case_id=contact_case)
    form.subject_edit.setText("För lång")
    form.duration_edit.setFocus()
    form.duration_edit.selectAll()
    type_text(form.duration_edit, str(MAX_DURATION + 1))
    assert form.duration_edit.value() == MAX_DURATION + 1  # typed as it is, not cut
    assert not form.save()
    assert form.errors["duration_minutes"].text() == (
        "Duration must be a whole number of minutes from 0 to 100000.")
    assert activity_rows() == []
    form.duration_edit.setValue(MAX_DURATION)
    form.duration_edit.stepUp()  # the arrows stop at the limit
    assert form.duration_edit.value() == MAX_DURATION
    assert form.save()


def test_an_end_before_the_start_is_a_field_error(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.APPOINTMENT, case_id=contact_case)
    form.subject_edit.setText("Baklänges")
    form.end_edit.setDateTime(form.start_edit.dateTime().addSecs(-3600))
    assert not form.save()
    assert form.errors["scheduled_end"].text() == "End must be after the start."
    assert form.errors["scheduled_end"].isVisibleTo(form)
    assert activity_rows() == []


def test_a_typed_but_unchosen_lookup_is_refused(qtbot, open_form, contact_case):
    form = open_form(kind=ActivityKind.PHONE_CALL, case_id=contact_case)
    form.subject_edit.setText("Till vem?")
    form.call_with_edit.edit.setFocus()
    type_text(form.call_with_edit.edit, "x")  # typed over the chosen contact
    assert form.call_with_edit.item() is None
    assert not form.save()
    assert form.errors["call_with"].text() == (
        "Call With: choose a record from the results (type and press Enter), or clear the "
        "field.")
    assert form.errors["call_with"].isVisibleTo(form)
    assert activity_rows() == []


def test_someone_else_saving_first_offers_to_reload(qtbot, session, open_form, contact_case,
                                                   no_message_boxes):
    form = open_form(kind=ActivityKind.TASK, case_id=contact_case)
    form.subject_edit.setText("Min version")
    assert form.save()
    theirs = activities.get_activity(form.activity_id).fields
    theirs.subject = "Deras version"
    activities.update_activity(session, form.activity_id, theirs, 1)
    form.subject_edit.setText("Min andra version")
    assert not form.save()
    assert any("Someone else saved this activity" in t for t in no_message_boxes)
    assert form.subject_edit.text() == "Deras version" and not form.dirty


def test_unsaved_changes_are_asked_about_when_closing(qtbot, open_form, contact_case,
                                                      monkeypatch):
    form = open_form(kind=ActivityKind.TASK, case_id=contact_case)
    form.subject_edit.setText("Ändrad")
    asked = []
    monkeypatch.setattr(prompts, "ask_save_changes",
                        lambda parent, text: asked.append(text) or "cancel")
    assert not form.close() and form.isVisible()
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "save")
    with qtbot.waitSignal(form.saved):
        assert form.close()
    assert asked == ["The activity has changes that are not saved. Save them?"]
    assert [a.subject for a in activity_rows()] == ["Ändrad"]


def test_times_are_shown_in_local_time_and_stored_in_utc(qtbot, session, open_form,
                                                         contact_case, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        due = datetime(2026, 1, 15, 9, 30)  # UTC; 10:30 in Stockholm in winter
        fields = activities.default_fields(ActivityKind.TASK, contact_case, session)
        fields.subject, fields.scheduled_end = "Tidszon", due
        activity_id = activities.create_activity(session, fields)
        form = open_form(activity_id=activity_id)
        assert form.due_check.isChecked()
        assert form.due_edit.dateTime().time().hour() == 10
        assert to_local(due).time().hour() == 10
        form.due_edit.setDateTime(form.due_edit.dateTime().addSecs(3600))  # 11:30 local
        assert form.save()
        assert activities.get_activity(activity_id).fields.scheduled_end == datetime(
            2026, 1, 15, 10, 30)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_every_field_has_a_name_for_assistive_technology(qtbot, open_form, contact_case):
    for kind in ActivityKind:
        form = open_form(kind=kind, case_id=contact_case)
        for key, caption in form.captions.items():
            buddy = caption.buddy()
            assert buddy is not None and buddy.objectName(), key
            assert buddy.accessibleName(), key


def test_the_swedish_forms(qtbot, open_form, contact_case, english):
    forms = {kind: open_form(kind=kind, case_id=contact_case) for kind in ActivityKind}
    english.switch("sv")
    assert forms[ActivityKind.PHONE_CALL].windowTitle().startswith("Nytt telefonsamtal")
    assert forms[ActivityKind.TASK].heading.text() == "Ny uppgift"
    assert forms[ActivityKind.EMAIL].kind_box.title() == "E-post"
    assert forms[ActivityKind.PHONE_CALL].kind_box.title() == "Telefonsamtal"
    assert forms[ActivityKind.APPOINTMENT].kind_box.title() == "Avtalad tid"
    form = forms[ActivityKind.PHONE_CALL]
    assert form.captions["duration_minutes"].text().replace("&", "") == "Varaktighet:"
    assert form.save_action.text() == "Spara"
    assert form.save_close_action.text() == "Spara och stäng"
    assert form.direction_combo.itemText(0) == "Utgående"
    assert not form.save()
    assert form.errors["subject"].text() == "Ämne måste fyllas i."
    task = forms[ActivityKind.TASK]
    task.subject_edit.setText("Uppgift")
    task.duration_edit.setValue(MAX_DURATION + 1)
    assert not task.save()
    assert "Varaktighet" in task.errors["duration_minutes"].text()
