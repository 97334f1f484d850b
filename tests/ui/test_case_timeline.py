"""Issue 4 through the case form: add each kind from the timeline, complete, cancel, import."""

from pathlib import Path

import pytest

from casedesk.models import Activity, Note
from casedesk.models.options import ActivityKind, ActivityState
from casedesk.ui.dialogs.note_dialog import NoteDialog
from casedesk.ui.forms.activity_form import ActivityCloseDialog, ActivityForm

EML = Path(__file__).resolve().parents[1] / "fixtures" / "eml_ui"


@pytest.fixture
def form(qtbot, window, desk):
    form = window.open_case(desk[0])
    form.tabs.setCurrentWidget(form.timeline)
    qtbot.waitUntil(lambda: form.timeline.loaded_once, timeout=3000)
    return form


def entries(form):
    timeline = form.timeline
    return [timeline.entry_texts(row) for row in range(timeline.model.rowCount())]


@pytest.mark.parametrize("kind, activity_kind", [
    ("phone_call", ActivityKind.PHONE_CALL), ("task", ActivityKind.TASK),
    ("email", ActivityKind.EMAIL), ("appointment", ActivityKind.APPOINTMENT)])
def test_each_kind_is_added_from_the_timeline(qtbot, window, form, kind, activity_kind):
    form.timeline.add_actions[kind].trigger()
    activity_form = window.activity_commands.last
    assert isinstance(activity_form, ActivityForm)
    activity_form.subject_edit.setText(f"Ny {kind}")
    activity_form.duration_edit.setValue(30)
    assert activity_form.save()
    activity_form.close()
    saved = Activity.get(Activity.subject == f"Ny {kind}")
    assert saved.kind == int(activity_kind) and saved.regarding_case_id == form.case_id
    assert saved.duration_minutes == 30 and saved.owner_user_id == window.session.user_id
    qtbot.waitUntil(lambda: any(e.get("subject") == f"Ny {kind}" for e in entries(form)),
                    timeout=3000)


def test_a_note_is_added_from_the_timeline(qtbot, window, form):
    form.timeline.add_actions["note"].trigger()
    dialog = window.activity_commands.last
    assert isinstance(dialog, NoteDialog)
    dialog.text_edit.setPlainText("Kunden ringer tillbaka i morgon.")
    assert dialog.save()
    dialog.close()
    assert Note.get(Note.case == form.case_id).text == "Kunden ringer tillbaka i morgon."
    qtbot.waitUntil(lambda: any("Kunden ringer" in e.get("subject", "") for e in entries(form)),
                    timeout=3000)


def test_complete_and_cancel_from_the_timeline(qtbot, window, form, session):
    from casedesk.controllers import activities

    call = activities.create_activity(session, activities.ActivityFields(
        kind=int(ActivityKind.PHONE_CALL), subject="Ring kunden",
        regarding_case_id=form.case_id))
    task = activities.create_activity(session, activities.ActivityFields(
        kind=int(ActivityKind.TASK), subject="Beställ reservdel", regarding_case_id=form.case_id))
    qtbot.waitUntil(lambda: form.timeline.select_entry("activity", call), timeout=3000)
    form.timeline.complete_action.trigger()
    dialog = window.activity_commands.last
    assert isinstance(dialog, ActivityCloseDialog)
    dialog.duration_edit.setValue(20)
    dialog.accept()
    done = Activity.get_by_id(call)
    assert done.state == int(ActivityState.COMPLETED) and done.duration_minutes == 20
    qtbot.waitUntil(lambda: form.timeline.select_entry("activity", task), timeout=3000)
    form.timeline.cancel_action.trigger()
    window.activity_commands.last.accept()
    assert Activity.get_by_id(task).state == int(ActivityState.CANCELED)
    # closed: the timeline no longer offers Complete or Cancel on them
    qtbot.waitUntil(lambda: form.timeline.select_entry("activity", call)
                    and not form.timeline.complete_action.isEnabled(), timeout=3000)


def test_an_eml_dropped_on_the_case_becomes_an_email(qtbot, form, no_message_boxes):
    form.timeline.eml_dropped.emit([str(EML / "svar_fran_kund.eml")])
    email = Activity.get((Activity.regarding_case == form.case_id)
                         & (Activity.kind == int(ActivityKind.EMAIL)))
    assert email.sender and email.state == int(ActivityState.COMPLETED)
    qtbot.waitUntil(lambda: any(e.get("subject") == email.subject for e in entries(form)),
                    timeout=3000)
    before = Activity.select().count()
    form.timeline.eml_dropped.emit([str(EML / "trasig.eml")])
    assert Activity.select().count() == before  # a malformed file writes nothing
    assert no_message_boxes and "trasig.eml" in no_message_boxes[-1]


def test_the_activities_page_lists_and_opens(qtbot, window, form, session):
    from casedesk.controllers import activities

    activities.create_activity(session, activities.ActivityFields(
        kind=int(ActivityKind.TASK), subject="Kontrollera loggar",
        regarding_case_id=form.case_id))
    window.show_page("activities")
    page = window.activity_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    subjects = [page.model.row_of(r).subject for r in range(page.model.rowCount())]
    assert "Kontrollera loggar" in subjects
    row = subjects.index("Kontrollera loggar")
    page.activity_open_requested.emit(page.model.row_of(row).id)
    assert isinstance(window.activity_commands.last, ActivityForm)
    assert window.activity_commands.last.subject_edit.text() == "Kontrollera loggar"
