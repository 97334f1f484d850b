"""Issue 5 in the real window: close with open activities, reactivate, cancel, merge three
cases from the list, create a child — the dialogs reached the way a user reaches them."""

import pytest

from casedesk.controllers import activities, lifecycle
from casedesk.controllers.cases import get_case_record
from casedesk.controllers.lookups import LookupItem
from casedesk.models import Activity, Case, CaseResolution
from casedesk.models.options import ActivityKind, ActivityState, CaseState, StatusReason
from casedesk.ui.dialogs.close_case_dialog import CloseCaseDialog, OpenActivitiesWarning


def select_cases(page, ids):
    page.table.clearSelection()
    for row in range(page.model.rowCount()):
        if page.model.case_id(row) in ids:
            page.table.selectionModel().select(
                page.model.index(row, 0),
                page.table.selectionModel().SelectionFlag.Select
                | page.table.selectionModel().SelectionFlag.Rows)


@pytest.fixture
def all_cases(qtbot, window):
    from casedesk.controllers.cases import CaseView

    page = window.case_list
    page.set_view(CaseView.ALL)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 7)
    return page


def test_close_case_with_open_activities_from_the_form(qtbot, window, desk, session):
    task = activities.create_activity(session, activities.ActivityFields(
        kind=int(ActivityKind.TASK), subject="Beställ reservdel", regarding_case_id=desk[0]))
    call = activities.create_activity(session, activities.ActivityFields(
        kind=int(ActivityKind.PHONE_CALL), subject="Ring kunden", regarding_case_id=desk[0],
        duration_minutes=25))
    activities.complete_activity(session, call)
    form = window.open_case(desk[0])
    assert form.close_case_action.isEnabled() and not form.reactivate_action.isEnabled()
    form.close_case_action.trigger()
    warning = form.last_dialog
    assert isinstance(warning, OpenActivitiesWarning)
    warning.accept()
    dialog = form.last_dialog
    assert isinstance(dialog, CloseCaseDialog)
    assert dialog.total_time_edit.text()  # the completed call's 25 minutes
    assert dialog.billable_edit.value() == 25
    dialog.accept()  # no resolution yet: refused at its field, nothing written
    assert Case.get_by_id(desk[0]).state == int(CaseState.ACTIVE)
    dialog.resolution_edit.setText("Reservdelen bytt, skrivaren fungerar.")
    dialog.accept()
    case = Case.get_by_id(desk[0])
    assert case.state == int(CaseState.RESOLVED)
    assert Activity.get_by_id(task).state == int(ActivityState.CANCELED)
    assert Activity.get_by_id(call).billed
    assert CaseResolution.get(CaseResolution.case == desk[0]).billable_time == 25
    # the form shows it: read-only, with Reactivate on the bar
    qtbot.waitUntil(lambda: form.record.read_only, timeout=3000)
    assert form.read_only_row.isVisibleTo(form) and form.reactivate_button.isEnabled()
    assert not form.close_case_action.isEnabled()
    form.reactivate_button.click()
    record = get_case_record(desk[0])
    assert record.state == int(CaseState.ACTIVE)
    assert record.status_reason == int(StatusReason.IN_PROGRESS)
    assert not form.record.read_only


def test_cancel_a_case_from_the_list(qtbot, window, desk, all_cases):
    select_cases(all_cases, {desk[1]})
    assert window.actions["cancel_case"].isEnabled()
    window.actions["cancel_case"].trigger()
    dialog = window.last_dialog
    assert dialog.status_combo.currentData() == int(StatusReason.CANCELED)  # the default
    dialog.accept()
    assert Case.get_by_id(desk[1]).state == int(CaseState.CANCELED)


def test_merge_three_cases_from_the_list(qtbot, window, desk, all_cases):
    three = {desk[0], desk[2], desk[3]}
    select_cases(all_cases, three)
    assert window.actions["merge_cases"].isEnabled()
    window.actions["merge_cases"].trigger()
    dialog = window.last_dialog
    assert not dialog.merge_button.isEnabled()  # no target chosen yet
    dialog.select_target(desk[2])
    assert dialog.merge_button.isEnabled()
    dialog.accept()
    for other in (desk[0], desk[3]):
        case = Case.get_by_id(other)
        assert (case.state, case.status_reason) == (int(CaseState.CANCELED),
                                                    int(StatusReason.MERGED))
        assert case.master_case_id == desk[2]
    form = window.open_case(desk[2])
    merged = [form.merged_list.topLevelItem(i).text(0)
              for i in range(form.merged_list.topLevelItemCount())]
    assert sorted(merged) == sorted(Case.get_by_id(i).number for i in (desk[0], desk[3]))


def test_merge_needs_two_to_ten_active_cases(qtbot, window, desk, all_cases):
    select_cases(all_cases, {desk[0]})
    assert not window.actions["merge_cases"].isEnabled()
    select_cases(all_cases, {desk[0], desk[5]})  # desk[5] is resolved
    assert not window.actions["merge_cases"].isEnabled()


def test_create_a_child_case_from_the_form(qtbot, window, desk, no_message_boxes):
    form = window.open_case(desk[0])
    form.child_action.trigger()
    dialog = form.last_dialog
    assert dialog.title_edit.text() == "Skrivaren skriver inte ut"
    dialog.title_edit.setText("Byt fixeringsenhet")
    dialog.accept()
    child = Case.get(Case.title == "Byt fixeringsenhet")
    assert child.parent_case_id == desk[0]
    assert window.last_form.case_id == child.id  # the child opened
    assert [form.children_list.topLevelItem(i).text(1)
            for i in range(form.children_list.topLevelItemCount())] == ["Byt fixeringsenhet"]
    # one level only: the child cannot have children
    assert not lifecycle.child_cases(child.id)
    window.last_form.child_action.trigger()
    assert any("child cases for child cases" in m for m in no_message_boxes)


def test_associate_child_cases_from_the_list(qtbot, window, desk, all_cases):
    select_cases(all_cases, {desk[1], desk[2]})
    window.actions["associate_children"].trigger()
    dialog = window.last_dialog
    parent = Case.get_by_id(desk[0])
    dialog.parent_lookup.set_item(LookupItem("case", parent.id, parent.number))
    dialog.accept()
    assert {c.id for c in lifecycle.child_cases(desk[0])} == {desk[1], desk[2]}


def test_escalate_and_de_escalate(qtbot, window, desk):
    form = window.open_case(desk[0])
    form.escalate_action.trigger()
    assert get_case_record(desk[0]).is_escalated
    assert form.de_escalate_action.isEnabled() and not form.escalate_action.isEnabled()
    form.de_escalate_action.trigger()
    assert not get_case_record(desk[0]).is_escalated


def test_swedish_commands(qtbot, window, desk, english):
    form = window.open_case(desk[0])
    english.switch("sv")
    assert form.close_case_action.text() == "Stäng ärende"
    assert form.cancel_case_action.text() == "Avbryt ärende"
    assert form.reactivate_action.text() == "Återaktivera ärende"
    assert form.escalate_action.text() == "Eskalera"
    assert window.actions["merge_cases"].text() == "Slå samman ärenden"


def test_the_settings_pages_are_in_the_window_and_ask_before_leaving(qtbot, window,
                                                                     monkeypatch):
    from casedesk.ui import prompts

    window.show_page("case_settings")
    page = window.case_settings_page
    assert window.stack.currentWidget() is page
    page.limit_spin.setValue(7)
    assert page.has_changes()
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "cancel")
    window.show_page("cases")
    assert window.stack.currentWidget() is page  # stayed: the user chose to go on editing
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "save")
    window.show_page("cases")
    assert window.stack.currentWidget() is window.case_list
    assert lifecycle.case_settings().child_case_limit == 7
    window.show_page("transitions")
    assert window.stack.currentWidget() is window.transitions_page
