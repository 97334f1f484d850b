"""Assign, Add to Queue, the Queues page with Pick / Release / Route / Remove, Settings › Queues
and Settings › Users and Teams — real widgets over the real controllers (issue 7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from casedesk.controllers import admin, lookups, queues, users
from casedesk.models import Case, Queue, QueueItem, RoutingRuleItem, RoutingRuleSet
from casedesk.models.options import QueueItemState, QueueType, Role
from casedesk.ui import settings
from casedesk.ui.actions import ActionRegistry
from casedesk.ui.background import Reader
from casedesk.ui.dialogs.add_to_queue_dialog import AddToQueueDialog
from casedesk.ui.dialogs.assign_dialog import AssignDialog
from casedesk.ui.dialogs.queue_item_dialogs import PickDialog, RouteDialog
from casedesk.ui.pages.queue_items_page import (
    ALL_ITEMS,
    ALL_QUEUES,
    AVAILABLE,
    MY_QUEUES,
    QUEUE_COLUMN,
    WORKING,
    QueueItemsPage,
)
from casedesk.ui.pages.queues_settings_page import QueuesSettingsPage
from casedesk.ui.pages.users_teams_page import UsersTeamsPage


@pytest.fixture
def reader():
    r = Reader()
    yield r
    r.close()


@pytest.fixture
def host(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def tier2(session):
    return queues.create_queue(session, queues.QueueFields(name="Tier 2 Support",
                                                           description="Hard cases"))


@pytest.fixture
def tier3(session):
    return queues.create_queue(session, queues.QueueFields(name="Tier 3 Engineering"))


@pytest.fixture
def karin(session):
    """An agent (signed in by the tests that need her)."""
    return admin.create_user(session, "Karin Åkesson", "karin", roles=(Role.AGENT,))


def _item(case_id: int) -> QueueItem | None:
    return QueueItem.get_or_none(QueueItem.case == case_id)


def _look_up(qtbot, lookup, text: str, label: str) -> None:
    """Type, search (as Enter would), and choose the result called `label`."""
    lookup.setEnabled(True)
    lookup.edit.setText(text)
    lookup.search()
    qtbot.waitUntil(lambda: lookup.results_visible() and any(
        item.text(0).startswith(label) for item in lookup.results().selectable_items()),
        timeout=5000)
    row = next(item for item in lookup.results().selectable_items()
               if item.text(0).startswith(label))
    lookup.results().setCurrentItem(row)
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert lookup.item() is not None and lookup.item().label == label


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


# -- Assign ----------------------------------------------------------------------------------


def test_assign_cases_to_a_team(qtbot, session, desk, reader, prefs):
    team = users.create_team(session, users.TeamFields("Fakturateamet",
                                                       owner_user_id=session.user_id))
    dialog = _show(qtbot, AssignDialog(session, queues, lookups, reader, desk[:2], prefs))
    assert dialog.me_radio.isChecked() and not dialog.owner_lookup.isEnabled()
    assert "2 cases" in dialog.question.text()

    dialog.other_radio.setChecked(True)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert not dialog.completed
    assert dialog.errors.label("owner").text() == "Owner is required."

    _look_up(qtbot, dialog.owner_lookup, "Faktura", "Fakturateamet")
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert dialog.completed and not dialog.isVisible()
    assert (dialog.owner_kind, dialog.owner_id) == ("team", team)
    for case_id in desk[:2]:
        case = Case.get_by_id(case_id)
        assert case.owner_team_id == team and case.owner_user_id is None


def test_assign_to_me_and_refused_for_a_resolved_case(qtbot, session, desk, reader):
    bjorn_case = desk[3]
    dialog = _show(qtbot, AssignDialog(session, queues, lookups, reader, [bjorn_case]))
    dialog.accept()
    assert dialog.completed
    assert Case.get_by_id(bjorn_case).owner_user_id == session.user_id

    resolved = desk[5]
    dialog = _show(qtbot, AssignDialog(session, queues, lookups, reader, [resolved]))
    dialog.accept()
    assert not dialog.completed and dialog.isVisible()
    assert not dialog.general_error.isHidden() and dialog.general_error.text()


# -- Add to Queue --------------------------------------------------------------------------


def test_add_to_queue_then_prefilled_and_moved(qtbot, session, desk, reader, prefs, tier2,
                                                tier3):
    case_id = desk[0]
    dialog = _show(qtbot, AddToQueueDialog(session, queues, reader, [case_id], prefs))
    assert dialog.queue_lookup.item() is None and dialog.move_note.isHidden()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.label("queue").text() == "Queue is required."

    _look_up(qtbot, dialog.queue_lookup, "tier 2", "Tier 2 Support")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.completed and dialog.queue_id == tier2
    assert _item(case_id).queue_id == tier2

    # again: the lookup shows the queue the case is in
    again = _show(qtbot, AddToQueueDialog(session, queues, reader, [case_id], prefs))
    assert again.queue_lookup.item().id == tier2
    assert again.queue_lookup.text() == "Tier 2 Support"
    assert "Tier 2 Support" in again.move_note.text()
    _look_up(qtbot, again.queue_lookup, "Eng", "Tier 3 Engineering")
    assert "moves it to “Tier 3 Engineering”" in again.move_note.text()
    again.accept()
    assert again.completed
    assert QueueItem.select().where(QueueItem.case == case_id).count() == 1
    assert _item(case_id).queue_id == tier3

    # several cases: no prefill
    many = _show(qtbot, AddToQueueDialog(session, queues, reader, desk[:3], prefs))
    assert many.queue_lookup.item() is None
    assert "3 selected cases" in many.intro.text()


# -- the Queues page -----------------------------------------------------------------------


def _page(qtbot, session, reader, host, prefs) -> QueueItemsPage:
    page = QueueItemsPage(session, queues, lookups, reader, ActionRegistry(host), prefs)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    return page


def _rows(page) -> list:
    return [page.model.row_of(n) for n in range(page.model.rowCount())]


def _numbers(page) -> list[str]:
    return [row.case_number for row in _rows(page)]


def _settle(qtbot, page, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: not page.model.loading and sorted(_numbers(page)) == sorted(expected),
                    timeout=5000)


def _select(page, case_id: int) -> None:
    page.table.clearSelection()
    assert page.select_case(case_id)


def test_pick_release_as_another_user(qtbot, session, desk, reader, host, prefs, tier2, karin):
    queues.add_to_queue(session, desk[:2], tier2)
    number = Case.get_by_id(desk[0]).number
    other = Case.get_by_id(desk[1]).number
    admin.sign_in(session, "karin")
    page = _page(qtbot, session, reader, host, prefs)
    actions = page._actions

    # the chooser offers the public queue and the queues Karin belongs to
    names = [page.queue_combo.itemText(i) for i in range(page.queue_combo.count())]
    assert names[:2] == ["All Queues", "Queues I'm a member of"]
    assert "Tier 2 Support" in names and "<Karin Åkesson (karin)>" in names
    page.set_choice(queue=ALL_QUEUES, view=AVAILABLE)
    _settle(qtbot, page, [number, other])
    assert not page.table.isColumnHidden(QUEUE_COLUMN)
    page.set_choice(queue=tier2)
    _settle(qtbot, page, [number, other])
    assert page.table.isColumnHidden(QUEUE_COLUMN)
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(page.model.columnCount())]
    assert headers == ["Case Number", "Case Title", "Customer", "Priority", "Entered Queue",
                       "Worked By", "Queue"]
    assert not actions["pick_queue_item"].isEnabled()

    _select(page, desk[0])
    assert actions["pick_queue_item"].isEnabled()
    assert not actions["release_queue_item"].isEnabled()  # nobody works it
    actions["pick_queue_item"].trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, PickDialog) and dialog.isVisible()
    assert dialog.remove_check.text() == "&Remove the item from the queue"
    qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
    assert dialog.completed
    item = _item(desk[0])
    assert item.worked_by_user_id == karin.id and item.state == QueueItemState.ACTIVE
    assert Case.get_by_id(desk[0]).owner_user_id == karin.id
    _settle(qtbot, page, [other])  # no longer available

    page.set_choice(view=WORKING)
    _settle(qtbot, page, [number])
    assert _rows(page)[0].worked_by == "Karin Åkesson"
    _select(page, desk[0])
    assert actions["release_queue_item"].isEnabled()
    actions["release_queue_item"].trigger()
    _settle(qtbot, page, [])
    item = _item(desk[0])
    assert item.worked_by_user_id is None
    # the queue's owner (the administrator who made it) owns the case again
    assert Case.get_by_id(desk[0]).owner_user_id == Queue.get_by_id(tier2).owner_user_id

    # Pick with "Remove the item from the queue"
    page.set_choice(view=ALL_ITEMS)
    _settle(qtbot, page, [number, other])
    _select(page, desk[1])
    dialog = page.pick_selected()
    dialog.remove_check.setChecked(True)
    dialog.accept()
    assert _item(desk[1]).state == QueueItemState.INACTIVE
    assert Case.get_by_id(desk[1]).owner_user_id == karin.id
    _settle(qtbot, page, [number])


def test_open_emits_the_case(qtbot, session, desk, reader, host, prefs, tier2):
    queues.add_to_queue(session, [desk[2]], tier2)
    page = _page(qtbot, session, reader, host, prefs)
    page.set_choice(queue=tier2, view=ALL_ITEMS)
    _settle(qtbot, page, [Case.get_by_id(desk[2]).number])
    _select(page, desk[2])
    with qtbot.waitSignal(page.case_open_requested) as opened:
        page._actions["open_queue_item"].trigger()
    assert opened.args == [desk[2]]


def test_route_to_a_queue_and_to_a_user_then_remove(qtbot, session, desk, reader, host, prefs,
                                                    tier2, tier3, karin, no_message_boxes):
    queues.add_to_queue(session, desk[:3], tier2)
    n0, n1, n2 = (Case.get_by_id(c).number for c in desk[:3])
    page = _page(qtbot, session, reader, host, prefs)
    page.set_choice(queue=tier2, view=ALL_ITEMS)
    _settle(qtbot, page, [n0, n1, n2])

    # to another queue: the item moves; the queue it is in is not offered
    _select(page, desk[0])
    page._actions["route_queue_item"].trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, RouteDialog) and dialog.to_queue
    assert not dialog.remove_check.isEnabled()
    assert [i.label for i in dialog.queue_lookup._search("Tier")] == ["Tier 3 Engineering"]
    _look_up(qtbot, dialog.queue_lookup, "Tier", "Tier 3 Engineering")
    qtbot.mouseClick(dialog.route_button, Qt.MouseButton.LeftButton)
    assert dialog.completed
    assert _item(desk[0]).queue_id == tier3
    _settle(qtbot, page, [n1, n2])

    # to a user, out of the queue
    _select(page, desk[1])
    dialog = page.route_selected()
    dialog.owner_radio.setChecked(True)
    assert dialog.remove_check.isEnabled() and not dialog.queue_lookup.isEnabled()
    _look_up(qtbot, dialog.owner_lookup, "Kar", "Karin Åkesson")
    dialog.remove_check.setChecked(True)
    dialog.accept()
    assert dialog.completed
    item = _item(desk[1])
    assert item.worked_by_user_id == karin.id and item.state == QueueItemState.INACTIVE
    assert Case.get_by_id(desk[1]).owner_user_id == karin.id
    _settle(qtbot, page, [n2])

    # Remove, after the confirmation
    _select(page, desk[2])
    page._actions["remove_queue_item"].trigger()
    assert no_message_boxes[-1] == (f"Remove case {n2} from the queue “Tier 2 Support”? "
                                    "The case itself stays as it is.")
    assert _item(desk[2]).state == QueueItemState.INACTIVE
    _settle(qtbot, page, [])


def test_queues_page_remembers_queue_view_and_reloads(qtbot, session, desk, reader, host,
                                                      prefs, tier2):
    page = _page(qtbot, session, reader, host, prefs)
    page.set_choice(queue=tier2, view=ALL_ITEMS)
    _settle(qtbot, page, [])
    queues.add_to_queue(session, [desk[0]], tier2)  # CASES_CHANGED / QUEUES_CHANGED reload
    _settle(qtbot, page, [Case.get_by_id(desk[0]).number])
    assert page.count_label.text() == "1 item"
    page.close()

    again = _page(qtbot, session, reader, host, prefs)
    assert again.current_queue() == tier2 and again.current_view() == ALL_ITEMS
    _settle(qtbot, again, [Case.get_by_id(desk[0]).number])
    # a queue that is gone: back to Queues I'm a member of
    prefs.set(settings.QUEUE_ITEMS_QUEUE, 99999)
    third = _page(qtbot, session, reader, host, prefs)
    assert third.current_queue() == MY_QUEUES


# -- Settings › Queues ---------------------------------------------------------------------


def _settings_page(qtbot, session, reader) -> QueuesSettingsPage:
    page = QueuesSettingsPage(session, queues, lookups, reader)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_queue_settings_create_private_queue_and_delete(qtbot, session, desk, reader,
                                                        karin, no_message_boxes):
    page = _settings_page(qtbot, session, reader)
    assert "<Åsa Öberg (asa)>" in page.queue_names()
    page.actions["new_queue"].trigger()
    assert page.queue_id is None and page.editor_heading.text() == "New queue"
    assert page.owner_lookup.item().label == "Åsa Öberg"  # me, by default
    assert not page.members_list.isEnabled()

    page.actions["save_settings"].setEnabled(True)
    assert not page.save()
    assert page.field_error("name") == "Name is required."

    qtbot.keyClicks(page.name_edit, "Escalations")
    page.description_edit.setPlainText("VIP customers")
    page.private_radio.setChecked(True)
    assert page.members_list.isEnabled()
    for i in range(page.members_list.count()):
        item = page.members_list.item(i)
        if item.text() == "Karin Åkesson":
            item.setCheckState(Qt.CheckState.Checked)
    assert page.has_changes() and page.actions["save_settings"].isEnabled()
    page.actions["save_settings"].trigger()
    assert not page.has_changes()
    assert "Escalations" in page.queue_names()
    fields, _version = queues.get_queue(page.queue_id)
    assert fields.queue_type == QueueType.PRIVATE and fields.member_ids == (karin.id,)
    assert fields.description == "VIP customers"

    # a name in use is refused at the field
    page.new_queue()
    page.name_edit.setText("Escalations")
    page._edited("name")
    assert not page.save()
    assert page.field_error("name") == "Name is already in use."
    page.revert()

    # in use: items and a routing rule
    escalations = Queue.get(Queue.name == "Escalations").id
    queues.add_to_queue(session, [desk[0]], escalations)
    rule_set = RoutingRuleSet.create(name="Standard routing")
    RoutingRuleItem.create(rule_set=rule_set, sequence=1, name="VIP customers first",
                           target_queue=escalations)
    assert page.select_queue("Escalations")
    assert page.actions["delete_queue"].isEnabled()
    assert not page.delete_queue()
    text = no_message_boxes[-1]
    assert "The queue “Escalations” can't be deleted." in text
    assert "1 queue item" in text and "“VIP customers first”" in text
    assert "“Standard routing”" in text
    assert Queue.get_or_none(Queue.id == escalations) is not None

    # a default queue can't be deleted; an unused queue can
    assert page.select_queue("<Åsa Öberg (asa)>")
    assert not page.actions["delete_queue"].isEnabled() and page.default_note.isVisible()
    empty = queues.create_queue(session, queues.QueueFields(name="Unused"))
    assert page.select_queue("Unused")
    assert page.delete_queue()
    assert Queue.get_or_none(Queue.id == empty) is None
    assert "Unused" not in page.queue_names()


# -- Settings › Users and Teams ------------------------------------------------------------


def _users_page(qtbot, session) -> UsersTeamsPage:
    page = UsersTeamsPage(session, users, lookups)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_users_create_with_roles_and_deactivate(qtbot, session, no_message_boxes):
    page = _users_page(qtbot, session)
    tab = page.users_tab
    assert page.actions["new_user"].isVisible() and not page.actions["new_team"].isVisible()
    page.actions["new_user"].trigger()
    assert tab.user_id is None and tab.heading.text() == "New user"
    assert tab.role_checks[int(Role.AGENT)].isChecked()
    qtbot.keyClicks(tab.name_edit, "Maja Lind")
    page.actions["save_settings"].trigger()
    assert tab.form.error("login") == "Login is required."

    qtbot.keyClicks(tab.login_edit, "maja")
    tab.email_edit.setText("not-an-address")
    tab._edited("email")
    assert not page.save()
    assert tab.form.error("email") == "E-mail is not valid."
    tab.email_edit.setText("maja@example.com")
    tab.role_checks[int(Role.MANAGER)].setChecked(True)
    assert page.save()
    row = next(u for u in users.list_users() if u.login == "maja")
    assert row.roles == frozenset({int(Role.AGENT), int(Role.MANAGER)})
    assert row.email == "maja@example.com" and row.active and row.default_queue_id
    assert tab.user_id == row.id
    names = [tab.user_list.topLevelItem(i).text(0)
             for i in range(tab.user_list.topLevelItemCount())]
    assert "Maja Lind" in names
    item = tab.user_list.currentItem()
    assert item.text(2) == "Agent, Manager" and item.text(3) == "Active"

    # no role at all is refused
    for check in tab.role_checks.values():
        check.setChecked(False)
    assert not tab.save()
    assert tab.form.error("roles") == "Roles is required."
    tab.revert()

    # Deactivate (after the confirmation); not myself
    assert page.actions["deactivate_user"].isEnabled()
    page.actions["deactivate_user"].trigger()
    assert "Deactivate the user “Maja Lind”?" in no_message_boxes[-1]
    assert not next(u for u in users.list_users() if u.login == "maja").active
    assert page.actions["activate_user"].isEnabled()
    assert tab.user_list.currentItem().text(3) == "Inactive"
    page.actions["activate_user"].trigger()
    assert next(u for u in users.list_users() if u.login == "maja").active
    assert tab.select_user("asa")
    assert not page.actions["deactivate_user"].isEnabled()
    assert not tab.role_checks[int(Role.ADMINISTRATOR)].isEnabled()


def test_teams_with_members_and_delete(qtbot, session, desk, karin, no_message_boxes):
    page = _users_page(qtbot, session)
    page.show_tab(page.TEAMS)
    tab = page.teams_tab
    assert page.actions["new_team"].isVisible() and not page.actions["new_user"].isVisible()
    page.actions["new_team"].trigger()
    qtbot.keyClicks(tab.name_edit, "Nivå 2")
    tab.owner_combo.setCurrentIndex(tab.owner_combo.findData(karin.id))
    bjorn = admin.find_user_by_login("bjorn").id
    tab.set_members([karin.id, bjorn])
    tab.description_edit.setPlainText("Andra linjens support")
    assert "“<Nivå 2>”" in tab.queue_note.text()
    page.actions["save_settings"].trigger()
    assert tab.team_id is not None and not tab.has_changes()
    fields, _version = users.get_team(tab.team_id)
    assert fields.owner_user_id == karin.id and set(fields.member_ids) == {karin.id, bjorn}
    assert Queue.get_or_none(Queue.default_for_team == tab.team_id) is not None
    item = tab.team_list.currentItem()
    assert (item.text(0), item.text(1), item.text(2)) == ("Nivå 2", "Karin Åkesson", "2")

    # a member less
    tab.set_members([karin.id])
    assert page.actions["save_settings"].isEnabled()
    assert page.save()
    assert users.get_team(tab.team_id)[0].member_ids == (karin.id,)

    # owning a case: delete refused, says why
    queues.assign(session, [desk[0]], "team", tab.team_id)
    assert not tab.delete_team()
    assert no_message_boxes[-1] == ("The team “Nivå 2” can't be deleted. It owns 1 case: "
                                    "assign it to someone else first.")
    queues.assign(session, [desk[0]], "user", session.user_id)
    page.actions["delete_team"].trigger()
    assert tab.team_id is None or "Nivå 2" not in [
        tab.team_list.topLevelItem(i).text(0) for i in range(tab.team_list.topLevelItemCount())]
    assert users.list_teams() == []


# -- agents: read-only ---------------------------------------------------------------------


def test_agents_see_settings_read_only(qtbot, session, reader, karin, tier2):
    admin.sign_in(session, "karin")
    queues_page = _settings_page(qtbot, session, reader)
    assert queues_page.read_only and queues_page.read_only_note.isVisible()
    assert not queues_page.actions["new_queue"].isEnabled()
    assert not queues_page.actions["delete_queue"].isEnabled()
    assert queues_page.name_edit.isReadOnly() and queues_page.owner_lookup.is_read_only()
    assert not queues_page.public_radio.isEnabled()
    assert not queues_page.save()
    assert "Only managers and administrators" in queues_page.form_error.text()

    users_page = _users_page(qtbot, session)
    assert users_page.read_only and users_page.read_only_note.isVisible()
    assert "Only administrators" in users_page.read_only_note.text()
    for action_id in ("new_user", "deactivate_user", "save_settings"):
        assert not users_page.actions[action_id].isEnabled()
    assert users_page.users_tab.name_edit.isReadOnly()
    assert not users_page.users_tab.save()
    users_page.show_tab(users_page.TEAMS)
    assert not users_page.actions["new_team"].isEnabled()
    assert users_page.teams_tab.name_edit.isReadOnly()


# -- Swedish ---------------------------------------------------------------------------------


def test_swedish_labels(qtbot, session, desk, reader, host, prefs, english, tier2):
    english.switch("sv")
    assign = _show(qtbot, AssignDialog(session, queues, lookups, reader, [desk[0]]))
    assert assign.windowTitle() == "Tilldela till team eller användare"
    assert assign.assign_button.text() == "&Tilldela"
    add = _show(qtbot, AddToQueueDialog(session, queues, reader, [desk[0]]))
    assert add.windowTitle() == "Lägg till i kö"
    assert add.add_button.text() == "&Lägg till"
    assert add.queue_caption.text() == "&Kö: *"
    pick = _show(qtbot, PickDialog(session, queues, [1]))
    assert pick.pick_button.text() == "&Plocka"
    route = _show(qtbot, RouteDialog(session, queues, lookups, reader, [1]))
    assert route.route_button.text() == "&Cirkulera"

    page = _page(qtbot, session, reader, host, prefs)
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(page.model.columnCount())]
    assert "Arbetas med av" in headers and "Kö" in headers
    actions = page._actions
    assert actions["pick_queue_item"].text() == "&Plocka…"
    assert actions["release_queue_item"].text() == "S&läpp"
    assert actions["remove_queue_item"].text() == "Ta &bort"
    assert page.queue_combo.itemText(0) == "Alla köer"
    settings_page = _settings_page(qtbot, session, reader)
    assert settings_page.heading.text() == "Köer"
    users_page = _users_page(qtbot, session)
    assert users_page.tabs.tabText(0) == "&Användare"

    # and back, without a restart
    english.switch("en")
    assert assign.windowTitle() == "Assign to Team or User"
    assert page.queue_combo.itemText(0) == "All Queues"
    assert users_page.tabs.tabText(1) == "&Teams"
