"""Issue 7 in the real window: Save & Route from the case form, Escalate offers it, and the
list's Assign and Add to Queue."""

import pytest

from casedesk.controllers import queues, routing
from casedesk.controllers.cases import CaseView, get_case_record
from casedesk.controllers.lookups import LookupItem
from casedesk.models import Case, QueueItem
from casedesk.models.options import RuleAction


@pytest.fixture
def tier2(session):
    return queues.create_queue(session, queues.QueueFields(name="Nivå 2 – Teknik"))


@pytest.fixture
def active_rules(session, tier2):
    rule_set = routing.create_rule_set(session, routing.RuleSetFields(
        name="Standard", items=[routing.RuleItemFields(
            name="Havstål till nivå 2",
            condition={"op": "and", "items": [{"field": "customer.name",
                                               "operator": "begins_with",
                                               "value": "Havs"}]},
            action=int(RuleAction.ROUTE_TO_QUEUE), target_queue_id=tier2)]))
    routing.activate(session, rule_set)
    return rule_set


def queue_of(case_id):
    item = QueueItem.get_or_none(QueueItem.case == case_id)
    return item.queue_id if item else None


def test_save_and_route_sends_the_case_to_the_right_queue(qtbot, window, desk, tier2,
                                                         active_rules):
    form = window.open_case(desk[0])  # Havstål AB
    form.title_edit.setText("Skrivaren skriver inte ut alls")
    assert form.save_route_action.isEnabled()
    form.save_route_action.trigger()
    assert get_case_record(desk[0]).title == "Skrivaren skriver inte ut alls"  # saved first
    dialog = form.last_dialog
    dialog.route_button.click()
    assert queue_of(desk[0]) == tier2
    assert dialog.result is not None and dialog.result.routed


def test_escalate_offers_save_and_route(qtbot, window, desk, tier2, active_rules):
    form = window.open_case(desk[0])
    form.escalate_action.trigger()  # the confirmation is answered yes in tests
    assert get_case_record(desk[0]).is_escalated
    form.last_dialog.route_button.click()
    assert queue_of(desk[0]) == tier2


def test_assign_and_add_to_queue_from_the_list(qtbot, window, desk, session, tier2):
    from casedesk.controllers import users

    team = users.create_team(session, users.TeamFields(name="Nivå 2"))
    page = window.case_list
    page.set_view(CaseView.ACTIVE)  # the case stays listed once it is the team's
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    page.table.selectRow(0)
    case_id = page.selected_ids()[0]
    assert window.actions["assign"].isEnabled()
    window.actions["assign"].trigger()
    dialog = window.last_dialog
    dialog.choose_owner(LookupItem("team", team, "Nivå 2"))
    dialog.accept()
    assert Case.get_by_id(case_id).owner_team_id == team
    # the list shows the case as assigned (its new version) before the next command on it
    qtbot.waitUntil(lambda: not page.model.loading and bool(page.selected_rows())
                    and page.selected_rows()[0].version == Case.get_by_id(case_id).version,
                    timeout=5000)
    window.actions["add_to_queue"].trigger()
    dialog = window.last_dialog
    dialog.choose_queue(next(q for q in queues.list_queues() if q.id == tier2))
    dialog.accept()
    assert queue_of(case_id) == tier2
