"""Settings › Routing Rule Sets, Route Case and Apply Routing Rule on real widgets over the real
routing controller (SPEC §1.8, §2.12)."""

import threading
import types

import pytest
from PySide6.QtCore import Qt

from casedesk.controllers import admin, cases, events, lookups, queues, routing
from casedesk.models import Account, Case, db
from casedesk.models.db import write_transaction
from casedesk.models.options import Priority, Role, RuleAction, RuleSetState
from casedesk.ui.background import Reader
from casedesk.ui.dialogs.apply_routing_dialog import ApplyRoutingDialog
from casedesk.ui.dialogs.route_case_dialog import RouteCaseDialog
from casedesk.ui.pages.routing_page import ConditionRow, RoutingPage


@pytest.fixture
def reader():
    r = Reader()
    yield r
    r.close()


@pytest.fixture
def two_queues(session):
    a = queues.create_queue(session, queues.QueueFields(name="Havs Support"))
    b = queues.create_queue(session, queues.QueueFields(name="Tier 2"))
    return a, b


@pytest.fixture
def page(qtbot, session, reader, two_queues):
    p = RoutingPage(session, routing, queues, lookups, reader)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    qtbot.waitExposed(p)
    return p


def _choose(combo, data, role=Qt.ItemDataRole.UserRole):
    """Pick an entry as a user does: the combo's current index, then `activated`."""
    index = combo.findData(data, role) if role != Qt.ItemDataRole.UserRole else \
        combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _condition(row: ConditionRow, field, operator):
    from casedesk.ui.pages.routing_page import ID_ROLE

    _choose(row.field_combo, field, ID_ROLE)
    _choose(row.operator_combo, operator)


def _build_two_items(qtbot, page, queue_a, queue_b, name="Support routing"):
    page.new_action.trigger()
    qtbot.keyClicks(page.name_edit, name)
    # item 1: Customer Name begins with "Havs" → queue A
    qtbot.mouseClick(page.add_item_button, Qt.MouseButton.LeftButton)
    page.item_name_edit.clear()
    qtbot.keyClicks(page.item_name_edit, "Havs customers")
    qtbot.mouseClick(page.condition_editor.root.add_condition_button, Qt.MouseButton.LeftButton)
    row = page.condition_editor.rows()[0]
    _condition(row, "customer.name", "begins_with")
    qtbot.keyClicks(row.value_editor, "Havs")
    _choose(page.action_combo, int(RuleAction.ROUTE_TO_QUEUE))
    _choose(page.queue_combo, queue_a)
    # item 2: Priority equals High → queue B
    qtbot.mouseClick(page.add_item_button, Qt.MouseButton.LeftButton)
    page.item_name_edit.clear()
    qtbot.keyClicks(page.item_name_edit, "Urgent")
    qtbot.mouseClick(page.condition_editor.root.add_condition_button, Qt.MouseButton.LeftButton)
    row = page.condition_editor.rows()[0]
    _condition(row, "priority", "equals")
    _choose(row.value_editor, int(Priority.HIGH))
    _choose(page.queue_combo, queue_b)


def test_build_save_activate_and_route_a_case(qtbot, session, desk, page, two_queues):
    queue_a, queue_b = two_queues
    _build_two_items(qtbot, page, queue_a, queue_b)
    assert page.has_changes() and page.save_action.isEnabled()
    page.save_action.trigger()

    sets = routing.list_rule_sets()
    assert [(s.name, s.state, s.item_count) for s in sets] == [
        ("Support routing", int(RuleSetState.DRAFT), 2)]
    fields, _state, _version = routing.get_rule_set(sets[0].id)
    assert [i.name for i in fields.items] == ["Havs customers", "Urgent"]
    assert fields.items[0].condition == {"op": "and", "items": [
        {"field": "customer.name", "operator": "begins_with", "value": "Havs"}]}
    assert fields.items[1].condition["items"][0]["value"] == int(Priority.HIGH)
    assert fields.items[1].target_queue_id == queue_b
    assert not page.has_changes()

    page.activate_action.trigger()
    assert routing.list_rule_sets()[0].state == int(RuleSetState.ACTIVE)
    assert page.is_read_only() and page.read_only_note.isVisible()
    assert page.name_edit.isReadOnly() and not page.add_item_button.isEnabled()
    assert page.deactivate_action.isEnabled() and not page.delete_action.isEnabled()

    # Havstål AB's case → Havs Support; Sven Ödman's High case → Tier 2
    for case_id, queue_name in ((desk[0], "Havs Support"), (desk[4], "Tier 2")):
        dialog = RouteCaseDialog(session, routing, case_id)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.mouseClick(dialog.route_button, Qt.MouseButton.LeftButton)
        assert dialog.result is not None and dialog.result.target == queue_name
        assert queue_name in dialog.result_label.text()
        assert dialog.result_label.isVisible() and not dialog.route_button.isVisible()
        assert queues.current_queue(case_id).name == queue_name
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    # Sven Ödman's Normal case matches nothing: the user is told, nothing changes
    dialog = RouteCaseDialog(session, routing, desk[1])
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.mouseClick(dialog.route_button, Qt.MouseButton.LeftButton)
    assert dialog.result.matched_item is None
    assert dialog.result_label.text() == "No rule matched: nothing changed."
    assert queues.current_queue(desk[1]) is None


def test_a_bad_value_is_shown_at_the_item_and_condition_and_nothing_is_saved(
        qtbot, page, two_queues):
    queue_a, queue_b = two_queues
    _build_two_items(qtbot, page, queue_a, queue_b)
    # item 2 gets a nested Or group whose number condition has a value that is no number
    group = page.condition_editor.root.add_group()
    row = group.rows()[0]
    _condition(row, "entitlement.remaining_terms", "less_than")
    qtbot.keyClicks(row.value_editor, "many")
    page.save_action.trigger()

    assert routing.list_rule_sets() == []
    assert page.items_list.currentRow() == 1
    assert page.item_error.isVisible()
    assert "not valid" in page.item_error.text()
    entry = page.items_list.item(1)
    assert entry.toolTip() == page.item_error.text()
    assert page.items_list.item(0).toolTip() == ""
    assert row.error_label.isVisible()
    assert [r for r in page.condition_editor.rows() if r.error_text()] == [row]
    assert "Entitlement Remaining Terms" in row.error_label.text()
    assert "Type a number" in row.error_label.text()
    assert page.error_label.isVisible() and "Urgent" in page.error_label.text()
    assert row.value_editor.hasFocus()
    assert page.has_changes()

    # fixing the value clears the marks; then it saves
    row.value_editor.clear()
    qtbot.keyClicks(row.value_editor, "5")
    assert not row.error_label.isVisible()
    assert page.save()
    saved = routing.get_rule_set(routing.list_rule_sets()[0].id)[0].items[1].condition
    assert saved["items"][1] == {"op": "or", "items": [
        {"field": "entitlement.remaining_terms", "operator": "less_than", "value": 5}]}


def test_item_order_and_the_operators_that_fit(qtbot, page, two_queues):
    queue_a, queue_b = two_queues
    _build_two_items(qtbot, page, queue_a, queue_b)
    assert page.up_button.isEnabled() and not page.down_button.isEnabled()
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [page.items_list.item(i).text() for i in range(2)] == [
        "1. Urgent", "2. Havs customers"]
    assert page.items_list.currentRow() == 0
    row = page.condition_editor.rows()[0]
    operators = [row.operator_combo.itemData(i) for i in range(row.operator_combo.count())]
    assert operators == list(routing.operators_for("priority"))
    assert "contains" not in operators
    # In List on an option field: several values, checked
    _choose(row.operator_combo, "in_list")
    values = row.value_editor
    values.item(0).setCheckState(Qt.CheckState.Checked)
    values.item(1).setCheckState(Qt.CheckState.Checked)
    assert row.condition()["operator"] == "in_list"
    assert len(row.condition()["value"]) == 2
    # Is Empty needs no value
    _choose(row.operator_combo, "is_empty")
    assert row.condition() == {"field": "priority", "operator": "is_empty", "value": None}
    qtbot.mouseClick(page.remove_item_button, Qt.MouseButton.LeftButton)
    assert page.items_list.count() == 1
    assert page.item_name_edit.text() == "Havs customers"


def test_leaving_with_unsaved_changes_asks(qtbot, page, two_queues, no_message_boxes):
    queue_a, queue_b = two_queues
    _build_two_items(qtbot, page, queue_a, queue_b)
    assert page.confirm_leave()  # the fixture answers "discard"
    assert no_message_boxes and "Support routing" in no_message_boxes[-1]
    assert not page.has_changes()
    assert routing.list_rule_sets() == []


def test_agents_see_rule_sets_read_only(qtbot, session, reader, page, two_queues):
    queue_a, queue_b = two_queues
    _build_two_items(qtbot, page, queue_a, queue_b)
    page.save_action.trigger()
    admin.create_user(session, "Björn Berg", "bjorn", roles=(Role.AGENT,))
    admin.sign_in(session, "bjorn")
    agent_page = RoutingPage(session, routing, queues, lookups, reader)
    qtbot.addWidget(agent_page)
    agent_page.show()
    assert agent_page.is_read_only() and agent_page.read_only_note.isVisible()
    assert "managers and administrators" in agent_page.read_only_note.text()
    assert not agent_page.new_action.isEnabled() and not agent_page.activate_action.isEnabled()
    assert agent_page.name_edit.text() == "Support routing"


# -- Apply Routing Rule --------------------------------------------------------------------

@pytest.fixture
def thousand_cases(session):
    """1,000 active cases: every fourth of Havsbris AB, the rest of Nordic Oy."""
    havs = Account.create(name="Havsbris AB")
    nordic = Account.create(name="Nordic Oy")
    with write_transaction():
        ids = [cases.create_case(session, cases.NewCase(
            title=f"Case {n}", customer_account_id=(havs if n % 4 == 0 else nordic).id,
            priority=int(Priority.NORMAL)), publish=False) for n in range(1000)]
    return ids


@pytest.fixture
def active_set(session, two_queues):
    rule_set = routing.create_rule_set(session, routing.RuleSetFields("Bulk", items=[
        routing.RuleItemFields("Havs", {"op": "and", "items": [
            {"field": "customer.name", "operator": "begins_with", "value": "Havs"}]},
            int(RuleAction.ROUTE_TO_QUEUE), target_queue_id=two_queues[0])]))
    routing.activate(session, rule_set)
    return rule_set


def test_apply_routing_to_1000_cases_shows_progress_and_the_summary(
        qtbot, session, thousand_cases, active_set):
    announced = []  # (event, thread): widgets subscribe, so only ever the GUI thread
    for name in (events.CASES_CHANGED, events.QUEUES_CHANGED):
        session.events.subscribe(name, lambda n=name, **_p: announced.append(
            (n, threading.current_thread())))
    dialog = ApplyRoutingDialog(session, routing, thousand_cases)
    qtbot.addWidget(dialog)
    dialog.open()
    seen = []
    dialog.progress_bar.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.finished_work, timeout=60_000) as finished:
        qtbot.mouseClick(dialog.route_button, Qt.MouseButton.LeftButton)
        assert dialog.is_running() and dialog.progress_bar.isVisible()
        assert dialog.cancel_button.text() == "Cancel"
    results = finished.args[0]
    assert len(results) == 1000 and dialog.results == results
    assert dialog.progress_bar.value() == 1000 and dialog.progress_bar.format() == "1,000 of 1,000"
    assert seen and seen[-1] == 1000
    assert dialog.counts() == {"queue": 250, "owner": 0, "unchanged": 750, "refused": 0}
    assert dialog.summary.isVisible() and dialog.summary_model.rowCount() == 1000
    first = dialog.summary_model.index(0, 1).data()
    assert first == "Queue: Havs Support"
    assert dialog.summary_model.index(1, 1).data() == "Unchanged"
    assert dialog.counts_label.text() == "To a queue: 250 · To an owner: 0 · Unchanged: 750"
    assert dialog.done_label.text() == "Done: 1,000 cases processed."
    assert dialog.cancel_button.text() == "&Close"
    assert Case.select().count() >= 1000
    assert {n for n, _t in announced} == {events.CASES_CHANGED, events.QUEUES_CHANGED}
    assert {t for _n, t in announced} == {threading.main_thread()}


def test_cancel_stops_apply_routing(qtbot, session, thousand_cases, active_set):
    """The worker waits after the first case until the test has pressed Cancel."""
    pressed = threading.Event()

    def apply_routing(session, case_ids, *, progress=None, cancelled=None):
        def report(done, total):
            progress(done, total)
            if done == 1:
                pressed.wait(30)
        return routing.apply_routing(session, case_ids, progress=report, cancelled=cancelled)

    slow = types.SimpleNamespace(apply_routing=apply_routing)
    dialog = ApplyRoutingDialog(session, slow, thousand_cases)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 1, timeout=30_000)
    assert "Routing case" in dialog.progress_label.text()
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert "Stopping" in dialog.progress_label.text()
        pressed.set()
    assert dialog.isVisible()  # Cancel while routing stops the work, the summary shows
    assert dialog.canceled and len(dialog.results) == 1
    assert dialog.done_label.text() == ("Canceled after 1 of 1,000 cases. The other cases "
                                        "were not routed.")
    assert sum(dialog.counts().values()) == 1


def test_apply_routing_without_an_active_set_says_so(qtbot, session, desk):
    dialog = ApplyRoutingDialog(session, routing, desk[:2])
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.finished_work, timeout=10_000):
        dialog.start()
    assert dialog.error.isVisible() and "No routing rule set is active" in dialog.error.text()
    assert dialog.results == []


def test_route_case_without_an_active_set_says_so(qtbot, session, desk):
    dialog = RouteCaseDialog(session, routing, desk[0])
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.mouseClick(dialog.route_button, Qt.MouseButton.LeftButton)
    assert dialog.result is None and dialog.isVisible()
    assert "No routing rule set is active" in dialog.error.text()


# -- Swedish -------------------------------------------------------------------------------

def test_swedish_labels(qtbot, session, desk, page, english, two_queues):
    queue_a, queue_b = two_queues
    _build_two_items(qtbot, page, queue_a, queue_b)
    route = RouteCaseDialog(session, routing, desk[0])
    qtbot.addWidget(route)
    apply = ApplyRoutingDialog(session, routing, desk[:3])
    qtbot.addWidget(apply)
    english.switch("sv")
    assert route.windowTitle() == "Cirkulera ärende"
    assert route.route_button.text() == "&Cirkulera"
    assert route.message.text() == ("Ärendet kommer att cirkuleras baserat på den aktiva "
                                    "uppsättningen hanteringsregler.")
    assert apply.windowTitle() == "Tillämpa hanteringsregel"
    assert apply.message.text().startswith("3 markerade ärenden")
    assert page.sets_caption.text() == "&Hanteringsregler"
    assert page.activate_action.text() == "&Aktivera"
    row = page.condition_editor.rows()[0]
    assert row.operator_combo.currentText() == "Är lika med"
    assert row.field_combo.currentText().strip() == "Prioritet"
    assert row.value_editor.currentText() == "Hög"
    assert page.action_combo.currentText() == "Cirkulera till kö"
    english.switch("en")
    assert route.route_button.text() == "&Route"
    assert row.operator_combo.currentText() == "Equals"


def test_db_proxy_is_usable_after_the_worker_closed_its_connection(
        qtbot, session, thousand_cases, active_set):
    dialog = ApplyRoutingDialog(session, routing, thousand_cases[:10])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        dialog.start()
    assert not db.is_closed()
    assert len(routing.list_rule_sets()) == 1
