"""No lost updates in the window (issue 9, SPEC §6.4): a colleague saves the case this form has
open; the form's save shows the conflict dialog, field by field, and saves the merge; commands
on a stale case are refused with who and when, and the form shows the case as it is now.

The colleague (Björn) has a session of his own — his own event bus, as another agent's app
would — so this form is not refreshed behind the test's back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from casedesk.controllers import admin, lookups, queues
from casedesk.controllers.cases import CaseView, get_case_record, update_case
from casedesk.controllers.session import Session
from casedesk.models import Account, AuditLog, Case, QueueItem
from casedesk.models.options import Priority
from casedesk.ui.actions import ActionRegistry
from casedesk.ui.dialogs.conflict_dialog import MINE, THEIRS, ConflictDialog
from casedesk.ui.pages.queue_items_page import ALL_ITEMS, ALL_QUEUES, QueueItemsPage


@pytest.fixture
def bjorn(session, desk, database) -> Session:
    """Björn Berg (made by `desk`), signed in on a session of his own."""
    info = next(u for u in admin.list_users() if u.login == "bjorn")
    colleague = Session(database)
    colleague.set_user(info.id, info.login, info.name, info.roles)
    return colleague


def their_save(bjorn, case_id, **changes) -> None:
    record = get_case_record(case_id)
    fields = record.fields()
    for name, value in changes.items():
        setattr(fields, name, value)
    update_case(bjorn, case_id, fields, record.version)


def set_combo(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def conflict_after_save(form) -> ConflictDialog:
    assert not form.save()
    dialog = form.last_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    return dialog


def test_the_second_save_shows_theirs_and_mine_field_by_field(qtbot, window, desk, bjorn,
                                                              session):
    form = window.open_case(desk[0])
    number = form.record.number
    form.title_edit.setText("Skrivaren skriver inte ut alls")  # I edit …
    set_combo(form.priority_combo, int(Priority.LOW))
    their_save(bjorn, desk[0], description="Papper fastnar i fack 2",  # … Björn saves
               priority=int(Priority.NORMAL), owner_user_id=bjorn.user_id)
    audited = AuditLog.select().count()
    dialog = conflict_after_save(form)
    assert AuditLog.select().count() == audited  # nothing of mine was written
    assert get_case_record(desk[0]).title == "Skrivaren skriver inte ut"
    assert dialog.shown_fields() == ["title", "description", "priority", "owner"]
    assert dialog.message.text().startswith(f"Björn Berg saved case {number} at ")
    rows = dialog.rows
    # only-mine keeps mine, only-theirs takes theirs, both changed keeps mine
    assert [dialog.choice(key) for key in dialog.shown_fields()] == [MINE, THEIRS, MINE, THEIRS]
    assert [rows[k].note.text() for k in dialog.shown_fields()] == [
        "Changed by you", "Changed by them", "Changed by both of you", "Changed by them"]
    assert (rows["owner"].theirs_text.text(), rows["owner"].mine_text.text()) == (
        "Björn Berg", "Åsa Öberg")  # names, not ids
    assert (rows["priority"].theirs_text.text(), rows["priority"].mine_text.text()) == (
        "Normal", "Low")
    assert rows["description"].mine_text.text() == "—"  # empty
    # per field: take their priority, keep my owner (a click on the value chooses it)
    qtbot.mouseClick(rows["priority"].theirs_text, Qt.MouseButton.LeftButton)
    rows["owner"].mine_button.click()
    assert dialog.choice("priority") == THEIRS and dialog.choice("owner") == MINE
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = get_case_record(desk[0])
    assert (saved.title, saved.description, saved.priority, saved.owner.label) == (
        "Skrivaren skriver inte ut alls", "Papper fastnar i fack 2", int(Priority.NORMAL),
        "Åsa Öberg")
    assert saved.version == 3
    assert not form.dirty and form._version == 3
    assert form.description_edit.toPlainText() == "Papper fastnar i fack 2"
    assert form.priority_combo.currentData() == int(Priority.NORMAL)


def test_reload_discards_mine(qtbot, window, desk, bjorn):
    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    their_save(bjorn, desk[0], title="Hans rubrik")
    dialog = conflict_after_save(form)
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.action == "reload" and not dialog.isVisible()
    assert form.title_edit.text() == "Hans rubrik" and not form.dirty
    assert form._version == 2
    assert get_case_record(desk[0]).title == "Hans rubrik"


def test_cancel_keeps_my_edits_unsaved(qtbot, window, desk, bjorn):
    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    their_save(bjorn, desk[0], title="Hans rubrik")
    dialog = conflict_after_save(form)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.action is None and not dialog.isVisible()
    assert form.dirty and form.title_edit.text() == "Min rubrik"
    assert get_case_record(desk[0]).title == "Hans rubrik"


def test_a_colleague_saving_again_shows_the_dialog_again(qtbot, window, desk, bjorn):
    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    their_save(bjorn, desk[0], priority=int(Priority.LOW))
    first = conflict_after_save(form)
    assert first.shown_fields() == ["title", "priority"]
    their_save(bjorn, desk[0], description="Tredje versionen")  # while I choose
    first.save_merged()
    second = form.last_dialog
    assert isinstance(second, ConflictDialog) and second is not first and second.isVisible()
    # compared with what I merged onto (their first save): only the description is new
    assert second.shown_fields() == ["title", "description"]
    assert second.choice("description") == THEIRS and second.choice("title") == MINE
    second.save_merged()
    saved = get_case_record(desk[0])
    assert (saved.title, saved.priority, saved.description, saved.version) == (
        "Min rubrik", int(Priority.LOW), "Tredje versionen", 4)
    assert not form.dirty


def test_lookups_show_names_and_the_contact_follows_the_customer(qtbot, window, desk, bjorn):
    other = Account.create(name="Kustinvest Oy")
    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    their_save(bjorn, desk[0], customer_account_id=other.id)
    dialog = conflict_after_save(form)
    assert dialog.shown_fields() == ["customer", "title"]
    row = dialog.rows["customer"]
    assert (row.theirs_text.text(), row.mine_text.text()) == ("Kustinvest Oy", "Havstål AB")
    assert "#" not in row.theirs_text.text()
    dialog.save_merged()
    saved = get_case_record(desk[0])
    assert (saved.customer.label, saved.title) == ("Kustinvest Oy", "Min rubrik")
    assert form.customer_edit.item().label == "Kustinvest Oy"


def test_the_dialog_works_from_the_keyboard(qtbot, window, desk, bjorn):
    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    their_save(bjorn, desk[0], title="Hans rubrik")
    dialog = conflict_after_save(form)
    qtbot.waitExposed(dialog)
    row = dialog.rows["title"]
    assert dialog.focusWidget() is row.mine_button  # the first field's choice
    qtbot.keyClick(row.theirs_button, Qt.Key.Key_Space)
    assert dialog.choice("title") == THEIRS
    assert dialog.save_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Save Merged
    assert dialog.action == "save"
    assert get_case_record(desk[0]).title == "Hans rubrik" and not form.dirty


def test_a_command_on_a_stale_case_says_who_and_reloads(qtbot, window, desk, bjorn,
                                                        no_message_boxes):
    form = window.open_case(desk[0])
    their_save(bjorn, desk[0], title="Hans rubrik")
    form.escalate_action.trigger()
    assert not Case.get_by_id(desk[0]).is_escalated  # refused
    message = no_message_boxes[-1]
    assert message.startswith("Björn Berg changed this case at ")
    assert "nothing was done" in message and "reloaded" in message
    assert form.title_edit.text() == "Hans rubrik" and form._version == 2
    form.escalate_action.trigger()  # on the case as it is now it works
    assert Case.get_by_id(desk[0]).is_escalated


def test_a_stale_command_with_unsaved_edits_keeps_them(qtbot, window, desk, bjorn,
                                                       no_message_boxes):
    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    their_save(bjorn, desk[0], priority=int(Priority.LOW))
    form.set_stage(1)  # saves the stage only: refused, my typing stays
    assert "Save your changes first" in no_message_boxes[-1]
    assert form.dirty and form.title_edit.text() == "Min rubrik"
    assert get_case_record(desk[0]).stage == 0


def test_a_dialog_command_on_a_stale_case_is_refused_in_the_dialog(qtbot, window, desk, bjorn):
    form = window.open_case(desk[0])
    dialog = form.assign()
    their_save(bjorn, desk[0], title="Hans rubrik")
    dialog.accept()
    assert dialog.isVisible()  # the reason shows in the dialog
    assert dialog.general_error.text().startswith("Björn Berg changed case ")
    assert form.title_edit.text() == "Hans rubrik"  # the form shows the case as it is now
    assert "Björn Berg changed this case" in form.statusBar().currentMessage()


def test_list_commands_pass_the_versions_the_list_showed(qtbot, window, desk, bjorn):
    page = window.case_list
    page.set_view(CaseView.ACTIVE)
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    row = next(r for r in range(page.model.rowCount()) if page.model.case_id(r) == desk[0])
    page.table.selectRow(row)
    their_save(bjorn, desk[0], title="Hans rubrik")
    dialog = window.assign_selected_cases()
    dialog.other_radio.setChecked(True)
    dialog.owner_lookup.set_item(lookups.LookupItem("user", bjorn.user_id, "Björn Berg"))
    dialog.accept()
    assert dialog.general_error.text().startswith("Björn Berg changed case ")
    assert Case.get_by_id(desk[0]).owner_user_id != bjorn.user_id
    # the list was reloaded: with the version it shows now, the same command works
    qtbot.waitUntil(lambda: not page.model.loading and bool(page.selected_rows())
                    and page.selected_rows()[0].version == 2, timeout=5000)
    dialog = window.assign_selected_cases()
    dialog.other_radio.setChecked(True)
    dialog.owner_lookup.set_item(lookups.LookupItem("user", bjorn.user_id, "Björn Berg"))
    dialog.accept()
    assert Case.get_by_id(desk[0]).owner_user_id == bjorn.user_id


@pytest.fixture
def host(qtbot):
    """Holds a page's actions (alive until the test's widgets are gone)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_queue_item_commands_pass_the_versions_the_list_showed(qtbot, window, session, desk,
                                                               bjorn, host, prefs):
    tier2 = queues.create_queue(session, queues.QueueFields(name="Tier 2 Support"))
    queues.add_to_queue(session, [desk[0]], tier2)
    page = QueueItemsPage(session, queues, lookups, window.reader, ActionRegistry(host), prefs)
    qtbot.addWidget(page)
    page.show()
    page.set_choice(queue=ALL_QUEUES, view=ALL_ITEMS)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1,
                    timeout=5000)
    assert page.select_case(desk[0])
    queues.pick(bjorn, [QueueItem.get(QueueItem.case == desk[0]).id])  # Björn was quicker
    dialog = page.pick_selected()
    dialog.accept()
    assert dialog.isVisible() and "Björn Berg changed case" in dialog.general_error.text()
    assert QueueItem.get(QueueItem.case == desk[0]).worked_by_user_id == bjorn.user_id
    qtbot.waitUntil(lambda: not page.model.loading and page.model.row_of(0) is not None
                    and page.model.row_of(0).worked_by == "Björn Berg", timeout=5000)
    dialog.reject()
    assert page.select_case(desk[0])
    assert page.release_selected()  # on the fresh row it works
    assert QueueItem.get(QueueItem.case == desk[0]).worked_by_user_id is None


def test_a_case_closed_meanwhile_is_said_and_my_edits_stay(qtbot, window, desk, bjorn,
                                                           no_message_boxes):
    from casedesk.controllers import lifecycle
    from casedesk.models.options import CaseState, StatusReason

    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    lifecycle.resolve_case(bjorn, desk[0], resolution_type=int(StatusReason.PROBLEM_SOLVED),
                           resolution="Klart", billable_time=0)
    assert not form.save()
    assert not isinstance(getattr(form, "last_dialog", None), ConflictDialog)  # no merge
    assert no_message_boxes[-1].startswith("Björn Berg resolved or canceled this case at ")
    assert form.dirty and form.title_edit.text() == "Min rubrik"
    assert Case.get_by_id(desk[0]).state == int(CaseState.RESOLVED)
