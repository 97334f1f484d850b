"""Settings › Status Reason Transitions and Settings › Case Settings, on real widgets over the
real lifecycle controller (SPEC §2.1, §2.2, §2.7)."""

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from casedesk.controllers import admin, lifecycle
from casedesk.models.options import CaseState, Role, StatusReason
from casedesk.ui.pages.case_settings_page import CaseSettingsPage
from casedesk.ui.pages.transitions_page import HEADERS, TransitionsPage

R = StatusReason
ACTIVE = (R.IN_PROGRESS, R.ON_HOLD, R.WAITING_FOR_DETAILS, R.RESEARCHING)


def _show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def transitions(qtbot, session):
    return _show(qtbot, TransitionsPage(session, lifecycle))


@pytest.fixture
def case_settings(qtbot, session):
    return _show(qtbot, CaseSettingsPage(session, lifecycle))


@pytest.fixture
def agent_session(session):
    admin.create_user(session, "Björn Berg", "bjorn", roles=(Role.AGENT,))
    admin.sign_in(session, "bjorn")
    return session


def _check(page, source, target, on=True):
    item = page.cell(source, target)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _every_active_to_solved(page):
    for reason in ACTIVE:
        _check(page, reason, R.PROBLEM_SOLVED)


def _type(widget, text):
    """One key event per character (keyClicks aborts on å, ä, ö: TECH-NOTES)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


# -- Status Reason Transitions -------------------------------------------------------------


def test_matrix_shows_every_reason_grouped_by_state(transitions):
    values = transitions.reason_values()
    assert values[:4] == [int(r) for r in ACTIVE]
    assert set(values[4:6]) == {R.PROBLEM_SOLVED, R.INFORMATION_PROVIDED}
    assert set(values[6:]) == {R.CANCELED, R.MERGED}
    table = transitions.table
    assert table.item(0, HEADERS).text() == "Active"
    assert table.columnSpan(0, HEADERS) == 4
    assert table.item(HEADERS, 0).text() == "Active"
    assert table.item(1, HEADERS + 1).text() == "On Hold"
    assert table.item(HEADERS + 6, 1).text() == "Canceled"  # the reason, not "(reason)"
    # a reason can always stay as it is: no check box on the diagonal
    diagonal = transitions.cell(R.ON_HOLD, R.ON_HOLD)
    assert not diagonal.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not transitions.save_action.isEnabled()
    assert not transitions.has_changes()


def test_toggling_cells_and_saving_stores_the_matrix(qtbot, transitions):
    _every_active_to_solved(transitions)
    _check(transitions, R.IN_PROGRESS, R.ON_HOLD)
    assert transitions.has_changes()
    assert transitions.save_action.isEnabled()
    assert transitions.save() is True
    stored = lifecycle.transition_matrix()
    assert stored.allowed[R.IN_PROGRESS] == {R.ON_HOLD, R.PROBLEM_SOLVED}
    assert stored.allowed[R.ON_HOLD] == {R.PROBLEM_SOLVED}
    assert not transitions.has_changes()
    assert not transitions.save_action.isEnabled()
    # unchecking one and saving with Ctrl+S removes it
    _check(transitions, R.IN_PROGRESS, R.ON_HOLD, on=False)
    qtbot.keyClick(transitions.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: R.ON_HOLD not in lifecycle.transition_matrix().allowed.get(
        R.IN_PROGRESS, set()))


def test_keyboard_space_toggles_the_current_cell(qtbot, transitions):
    table = transitions.table
    table.setFocus()
    table.setCurrentItem(transitions.cell(R.IN_PROGRESS, R.ON_HOLD))
    qtbot.keyClick(table, Qt.Key.Key_Right)  # to Waiting for Details
    assert table.currentItem() is transitions.cell(R.IN_PROGRESS, R.WAITING_FOR_DETAILS)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert transitions.current_allowed()[R.IN_PROGRESS] == {R.WAITING_FOR_DETAILS}
    qtbot.keyClick(table, Qt.Key.Key_Down)  # On Hold → Waiting for Details
    qtbot.keyClick(table, Qt.Key.Key_Left)  # the diagonal is skipped: On Hold → In Progress
    assert table.currentItem() is transitions.cell(R.ON_HOLD, R.IN_PROGRESS)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert R.IN_PROGRESS not in transitions.current_allowed()[R.ON_HOLD]


def test_a_click_anywhere_in_a_cell_toggles_it(qtbot, transitions):
    table = transitions.table
    rect = table.visualItemRect(transitions.cell(R.RESEARCHING, R.MERGED))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.topLeft() + QPoint(3, 3))
    assert transitions.current_allowed()[R.RESEARCHING] == {R.MERGED}


def test_switching_the_check_on_saves_it(transitions):
    _every_active_to_solved(transitions)
    transitions.enabled_switch.setChecked(True)
    assert transitions.has_changes()
    assert transitions.save()
    matrix = lifecycle.transition_matrix()
    assert matrix.enabled is True
    assert lifecycle.allowed_targets(R.ON_HOLD) == {R.PROBLEM_SOLVED}
    transitions.enabled_switch.setChecked(False)
    assert transitions.save()
    assert lifecycle.transition_matrix().enabled is False


def test_a_dead_end_active_reason_is_refused_and_named(transitions, no_message_boxes):
    for reason in (R.IN_PROGRESS, R.WAITING_FOR_DETAILS, R.RESEARCHING):
        _check(transitions, reason, R.PROBLEM_SOLVED)
    transitions.enabled_switch.setChecked(True)
    before = lifecycle.transition_matrix()
    assert transitions.save() is False
    text = transitions.error_label.text()
    assert transitions.error_label.isVisible()
    assert "On Hold" in text and "In Progress" not in text
    assert "Resolved" in text and "Canceled" in text
    assert lifecycle.transition_matrix() == before  # nothing stored
    assert transitions.has_changes()
    # the row of the dead end is marked and the cursor is on it
    assert transitions.table.currentRow() == HEADERS + 1
    assert "no path" in transitions.table.item(HEADERS + 1, 1).toolTip()
    # allowing On Hold → Researching gives it a path: saved
    _check(transitions, R.ON_HOLD, R.RESEARCHING)
    assert transitions.save() is True
    assert not transitions.error_label.isVisible()
    assert lifecycle.transition_matrix().enabled


def test_revert_and_leaving_with_unsaved_changes(transitions, no_message_boxes, monkeypatch):
    from casedesk.ui import prompts

    _check(transitions, R.IN_PROGRESS, R.RESEARCHING)
    transitions.revert()
    assert not transitions.has_changes()
    assert not transitions.cell(R.IN_PROGRESS, R.RESEARCHING).checkState() == \
        Qt.CheckState.Checked
    # leaving: cancel keeps the page, save stores, discard drops
    _check(transitions, R.IN_PROGRESS, R.RESEARCHING)
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "cancel")
    assert transitions.confirm_leave() is False and transitions.has_changes()
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "save")
    assert transitions.confirm_leave() is True
    assert lifecycle.transition_matrix().allowed[R.IN_PROGRESS] == {R.RESEARCHING}
    _check(transitions, R.IN_PROGRESS, R.ON_HOLD)
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "discard")
    assert transitions.confirm_leave() is True
    assert not transitions.has_changes()
    assert lifecycle.transition_matrix().allowed[R.IN_PROGRESS] == {R.RESEARCHING}


def test_adding_a_status_reason_shows_it_and_keeps_unsaved_changes(qtbot, transitions):
    _check(transitions, R.IN_PROGRESS, R.ON_HOLD)
    dialog = transitions.add_status_reason()
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.state_combo.currentData() == CaseState.ACTIVE  # the current row's state
    # empty: refused next to the field
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.label_error.isVisible()
    assert "Label is required" in dialog.label_error.text()
    # taken (in the same state, whatever the case)
    dialog.label_edit.setText("on hold")
    dialog.ok_button.click()
    assert "already has a status reason" in dialog.label_error.text()
    dialog.label_edit.clear()
    _type(dialog.label_edit, "Väntar på kund")
    assert not dialog.label_error.isVisible()  # editing clears the error
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.value is not None)
    value = dialog.value
    assert value >= 100000
    assert value in transitions.reason_values()
    assert transitions.reason_values().index(value) == 4  # last of the Active reasons
    row = HEADERS + 4
    assert transitions.table.item(row, 1).text() == "Väntar på kund"
    assert transitions.table.item(1, row).text() == "Väntar på kund"
    assert transitions.table.columnSpan(0, HEADERS) == 5
    # the unsaved change is still there, and the new reason can be given a path
    assert transitions.current_allowed()[R.IN_PROGRESS] == {R.ON_HOLD}
    assert transitions.has_changes()
    assert transitions.table.currentItem().data(Qt.ItemDataRole.UserRole + 1)[0] == value


def test_a_resolved_status_reason_can_be_added(qtbot, transitions):
    dialog = transitions.add_status_reason(CaseState.RESOLVED)
    dialog.label_edit.setText("Workaround Given")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.value is not None)
    values = transitions.reason_values()
    assert values.index(dialog.value) == 6  # after the two built-in Resolved reasons
    assert transitions.table.item(0, HEADERS + 4).text() == "Resolved"
    assert transitions.table.columnSpan(0, HEADERS + 4) == 3


def test_agents_see_the_matrix_read_only(qtbot, agent_session):
    page = _show(qtbot, TransitionsPage(agent_session, lifecycle))
    assert page.read_only
    assert page.read_only_note.isVisible()
    assert "Only administrators" in page.read_only_note.text()
    assert not page.enabled_switch.isEnabled()
    assert not page.add_action.isEnabled()
    assert not page.save_action.isEnabled()
    assert page.add_status_reason() is None
    item = page.cell(R.IN_PROGRESS, R.ON_HOLD)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    page.table.setCurrentItem(item)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert not page.has_changes()
    assert page.save() is False


def test_refused_by_the_controller_is_shown(qtbot, transitions, agent_session):
    """Rights taken away while the page is open: the controller refuses, the page says so."""
    _check(transitions, R.IN_PROGRESS, R.ON_HOLD)
    assert transitions.save() is False
    assert "not allowed" in transitions.error_label.text()
    assert lifecycle.transition_matrix().allowed == {}


def test_swedish_labels(qtbot, transitions, english):
    added = lifecycle.add_status_reason(transitions._session, CaseState.CANCELED, "Dubblett")
    qtbot.waitUntil(lambda: added in transitions.reason_values())
    english.switch("sv")
    table = transitions.table
    assert transitions.heading.text() == "Övergångar för statusorsak"
    assert table.item(0, HEADERS).text() == "Aktiv"
    assert table.item(HEADERS + 4, 0).text() == "Löst"
    assert table.item(HEADERS + 6, 0).text() == "Avbruten"
    assert table.item(1, HEADERS).text() == "Pågår"
    assert table.item(HEADERS + 1, 1).text() == "Parkerad"
    assert table.item(HEADERS + 8, 1).text() == "Dubblett"  # as stored
    assert transitions.save_action.text() == "&Spara"
    assert "statusorsak" in transitions.add_action.text().replace("&", "")
    # the refusal names the reasons in Swedish
    _check(transitions, R.IN_PROGRESS, R.PROBLEM_SOLVED)
    transitions.enabled_switch.setChecked(True)
    assert not transitions.save()
    assert "”Parkerad”" in transitions.error_label.text()
    dialog = transitions.add_status_reason()
    assert dialog.windowTitle() == "Lägg till statusorsak"
    english.switch("en")
    assert table.item(0, HEADERS).text() == "Active"
    assert "On Hold" in transitions.error_label.text()
    dialog.reject()


# -- Case Settings -------------------------------------------------------------------------


def test_case_settings_show_the_stored_values(case_settings):
    page = case_settings
    assert page.limit_spin.value() == 100
    assert page.limit_spin.minimum() == 1 and page.limit_spin.maximum() == 1000
    assert page.closure_buttons["independent"].isChecked()
    for fieldname in ("title", "customer"):
        check = page.inherited_checks[fieldname]
        assert check.isChecked() and not check.isEnabled()
        assert "(always)" in check.text()
    assert list(page.inherited_checks) == list(lifecycle.INHERITABLE_FIELDS)
    assert page.inherited_checks["title"].text() == "Case Title (always)"
    assert not page.save_action.isEnabled()


def test_case_settings_save(case_settings):
    page = case_settings
    page.limit_spin.setValue(25)
    page.closure_buttons["block_parent"].click()
    page.inherited_checks["product"].click()
    page.inherited_checks["priority"].click()
    assert page.has_changes() and page.save_action.isEnabled()
    assert page.save()
    stored = lifecycle.case_settings()
    assert stored.child_case_limit == 25
    assert stored.parent_closure == "block_parent"
    assert set(stored.inherited_fields) >= {"title", "customer", "product", "priority"}
    assert not page.has_changes() and not page.save_action.isEnabled()
    page.closure_buttons["close_children"].click()
    assert page.save()
    assert lifecycle.case_settings().parent_closure == "close_children"


def test_closure_buttons_are_exclusive(case_settings):
    buttons = case_settings.closure_buttons
    buttons["close_children"].click()
    assert [v for v, b in buttons.items() if b.isChecked()] == ["close_children"]
    buttons["block_parent"].click()
    assert [v for v, b in buttons.items() if b.isChecked()] == ["block_parent"]
    assert case_settings.current_settings().parent_closure == "block_parent"


def test_case_settings_revert(case_settings, no_message_boxes, monkeypatch):
    from casedesk.ui import prompts

    page = case_settings
    page.limit_spin.setValue(7)
    page.inherited_checks["description"].click()
    page.revert()
    assert page.limit_spin.value() == 100
    assert not page.inherited_checks["description"].isChecked()
    assert not page.has_changes()
    page.limit_spin.setValue(8)
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "cancel")
    assert page.confirm_leave() is False
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "save")
    assert page.confirm_leave() is True
    assert lifecycle.case_settings().child_case_limit == 8


def test_always_inherited_fields_cannot_be_unchecked(qtbot, case_settings):
    check = case_settings.inherited_checks["customer"]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert check.isChecked()
    assert "title" in case_settings.current_settings().inherited_fields


def test_case_settings_inline_error(case_settings, monkeypatch):
    from casedesk.controllers.errors import ValidationError

    def refuse(session, settings):
        raise ValidationError("child_case_limit", "invalid", min=1, max=1000)

    monkeypatch.setattr(lifecycle, "set_case_settings", refuse)
    case_settings.limit_spin.setValue(5)
    assert case_settings.save() is False
    assert case_settings.limit_error.isVisible()
    assert "1 to 1000" in case_settings.limit_error.text()
    case_settings.limit_spin.setValue(6)  # editing clears it
    assert not case_settings.limit_error.isVisible()


def test_agents_see_case_settings_read_only(qtbot, agent_session):
    page = _show(qtbot, CaseSettingsPage(agent_session, lifecycle))
    assert page.read_only_note.isVisible()
    assert not page.limit_spin.isEnabled()
    assert not any(b.isEnabled() for b in page.closure_buttons.values())
    assert not any(c.isEnabled() for c in page.inherited_checks.values())
    assert not page.save_action.isEnabled()
    assert page.save() is False


def test_case_settings_in_swedish(case_settings, english):
    english.switch("sv")
    page = case_settings
    assert page.heading.text() == "Ärendeinställningar"
    assert page.parent_child_box.title() == "Överordnade / underordnade ärenden"
    assert page.inherited_checks["title"].text() == "Ärenderubrik (alltid)"
    assert page.inherited_checks["customer"].text() == "Kund (alltid)"
    assert page.save_action.text() == "&Spara"
    assert "underordnade" in page.closure_buttons["close_children"].text()
    english.switch("en")
    assert page.parent_child_box.title() == "Parent and child cases"


def test_settings_changed_elsewhere_are_shown(case_settings, transitions, session):
    lifecycle.set_case_settings(session, lifecycle.CaseSettings(42, "close_children",
                                                                ("title", "customer")))
    assert case_settings.limit_spin.value() == 42
    assert case_settings.closure_buttons["close_children"].isChecked()
    allowed = {int(r): {int(R.PROBLEM_SOLVED)} for r in ACTIVE}
    lifecycle.set_transitions(session, enabled=True, allowed=allowed)
    assert transitions.enabled_switch.isChecked()
    assert transitions.cell(R.ON_HOLD, R.PROBLEM_SOLVED).checkState() == Qt.CheckState.Checked
