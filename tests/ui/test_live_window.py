"""Live refresh and connection loss in the window (issue 9): a colleague's change reloads a
clean form and is a banner over a form with unsaved edits; a lost connection is a banner in the
main window, a save it stopped keeps the form as it was, and both clear when it is back."""

from __future__ import annotations

import pytest
from peewee import OperationalError

from casedesk.controllers import admin, cases, customers, events
from casedesk.controllers.session import Session
from casedesk.models.options import Priority
from casedesk.ui import live, prompts
from casedesk.ui.exception_hook import ExceptionHook
from tests.support.threads import elsewhere

LOST = "server closed the connection unexpectedly\n\tThis probably means the server " \
       "terminated abnormally"


@pytest.fixture
def bjorn(session, desk):
    """Björn Berg (the desk's colleague) in his own session."""
    user = admin.find_user_by_login("bjorn")
    colleague = Session(session.database)
    colleague.set_user(user.id, "bjorn", "Björn Berg", [])
    return colleague


@pytest.fixture
def refresh(window, session, database):
    """The SQLite watcher polled every second, as app.py wires it."""
    r = live.LiveRefresh(session, database, parent=window).start()
    yield r
    r.stop()


@pytest.fixture
def monitor(window):
    """A monitor whose database comes back when the test says so."""
    state = {"up": False, "restored": 0}

    def probe():
        if not state["up"]:
            raise OperationalError("connection failed: Connection refused")

    def restore():
        state["restored"] += 1

    m = live.ConnectionMonitor(probe, restore, interval_ms=50, parent=window).install()
    m.state = state
    yield m
    m.uninstall()


def change_priority(session, case_id, priority):
    record = cases.get_case_record(case_id)
    fields = record.fields()
    fields.priority = int(priority)
    return cases.update_case(session, case_id, fields, record.version)


def test_a_colleagues_change_reloads_a_clean_form(qtbot, window, desk, bjorn, refresh):
    form = window.open_case(desk[0])
    assert form.priority_combo.currentData() == int(Priority.HIGH)
    elsewhere(lambda: change_priority(bjorn, desk[0], Priority.LOW))
    qtbot.waitUntil(lambda: form.priority_combo.currentData() == int(Priority.LOW),
                    timeout=2000)
    assert form.banner.isHidden() and not form.dirty


def test_a_colleagues_change_to_a_form_with_edits_is_a_banner(qtbot, window, desk, bjorn,
                                                              refresh, no_message_boxes):
    form = window.open_case(desk[0])
    form.title_edit.setText("Skrivaren skriver inte ut alls")
    assert form.dirty
    elsewhere(lambda: change_priority(bjorn, desk[0], Priority.LOW))
    qtbot.waitUntil(lambda: not form.banner.isHidden(), timeout=2000)
    assert form.banner.label.text() == ("Björn Berg changed this case. Your unsaved changes "
                                        "are kept.")
    # nothing was reloaded under the user
    assert form.title_edit.text() == "Skrivaren skriver inte ut alls"
    assert form.priority_combo.currentData() == int(Priority.HIGH) and form.dirty
    form.banner.buttons["caseFormReloadButton"].click()
    assert form.priority_combo.currentData() == int(Priority.LOW)  # theirs
    assert form.title_edit.text() == "Skrivaren skriver inte ut" and not form.dirty
    assert form.banner.isHidden()
    assert no_message_boxes == ["Load the saved case? Your unsaved changes will be lost."]


def test_the_banner_can_be_dismissed_and_the_edits_saved_into_the_conflict(
        qtbot, window, desk, bjorn, session):
    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    elsewhere(lambda: change_priority(bjorn, desk[0], Priority.LOW))
    session.events.publish(events.CASES_CHANGED, ids=[desk[0]], remote=True)
    assert not form.banner.isHidden()
    form.banner.close_button.click()
    assert form.banner.isHidden() and form.title_edit.text() == "Min rubrik" and form.dirty


def test_our_own_change_reported_as_remote_shows_no_banner(window, desk, session):
    """A change the form already shows (same version) is not a colleague's."""
    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    session.events.publish(events.CASES_CHANGED, ids=[desk[0]], remote=True)
    assert form.banner.isHidden()


def test_after_a_gap_a_clean_form_reloads_and_a_dirty_one_asks(window, desk, bjorn, session):
    clean = window.open_case(desk[0])
    dirty = window.open_case(desk[1])
    dirty.title_edit.setText("Min rubrik")
    elsewhere(lambda: change_priority(bjorn, desk[0], Priority.LOW))
    elsewhere(lambda: change_priority(bjorn, desk[1], Priority.LOW))
    session.events.publish(events.DATA_RESET, remote=True)  # reconnected: what was missed?
    assert clean.priority_combo.currentData() == int(Priority.LOW)
    assert not dirty.banner.isHidden() and dirty.title_edit.text() == "Min rubrik"


def test_a_colleagues_change_reloads_a_clean_account_form(qtbot, window, desk, bjorn,
                                                          session, refresh):
    from casedesk.models import Account
    from casedesk.ui.forms.account_form import AccountForm

    acme = Account.get(Account.name == "Havstål AB")
    form = AccountForm(session, customers, window.services.lookups, window.reader, None,
                       acme.id)
    qtbot.addWidget(form)

    def rename():
        record = customers.get_account(acme.id)
        fields = record.fields()
        fields.name = "Havstål Nord AB"
        customers.update_account(bjorn, acme.id, fields, record.version)

    elsewhere(rename)
    qtbot.waitUntil(lambda: form.name_edit.text() == "Havstål Nord AB", timeout=2000)


def test_the_connection_banner_shows_and_clears(qtbot, window, monitor, monkeypatch):
    monkeypatch.setattr(live.ConnectionBanner, "RESTORED_MS", 300)
    banner = live.ConnectionBanner(monitor, server=True)
    window.add_banner(banner)
    assert banner.isHidden()
    assert live.report_connection_lost(OperationalError(LOST))
    assert not monitor.online and not banner.isHidden()
    assert banner.label.text().startswith("Connection to the server lost — retrying…")
    qtbot.wait(200)  # probes fail meanwhile: still lost
    assert not monitor.online and monitor.state["restored"] == 0
    monitor.state["up"] = True
    with qtbot.waitSignal(monitor.restored, timeout=2000):
        pass
    assert monitor.online and monitor.state["restored"] == 1
    assert banner.label.text().startswith("Reconnected.")
    qtbot.waitUntil(banner.isHidden, timeout=2000)


def test_other_errors_are_not_a_lost_connection(monitor):
    assert not live.report_connection_lost(OperationalError("no such table: incident"))
    assert not live.report_connection_lost(ValueError("server closed the connection"))
    assert monitor.online


def test_the_exception_hook_routes_a_lost_connection_to_the_banner(monitor):
    shown = []
    hook = ExceptionHook(lambda text, details: shown.append(text))
    hook.connection_lost = live.report_connection_lost
    exc = OperationalError(LOST)
    hook(type(exc), exc, None)
    assert shown == [] and not monitor.online
    other = RuntimeError("a bug")
    hook(type(other), other, None)
    assert len(shown) == 1  # a real bug still gets the error dialog


def test_a_save_the_lost_connection_stopped_keeps_the_form(qtbot, window, desk, monitor,
                                                           monkeypatch, no_message_boxes):
    form = window.open_case(desk[0])
    form.title_edit.setText("Skrivaren skriver inte ut alls")

    def gone(*_args, **_kwargs):
        raise OperationalError(LOST)

    update_case = cases.update_case
    monkeypatch.setattr(cases, "update_case", gone)
    assert form.save() is False
    assert form.dirty and form.title_edit.text() == "Skrivaren skriver inte ut alls"
    assert not form.banner.isHidden() and "Not saved" in form.banner.label.text()
    assert not monitor.online and no_message_boxes == []  # no error dialog
    monkeypatch.setattr(prompts, "ask_save_changes", lambda _parent, _text: "save")
    form.close()  # closing asks to save; the save fails: the form stays open
    assert form.isVisible() and form.dirty
    monkeypatch.setattr(cases, "update_case", update_case)
    monitor.state["up"] = True
    qtbot.waitSignal(monitor.restored, timeout=2000).wait()
    form.banner.buttons["caseFormSaveAgainButton"].click()
    assert not form.dirty and form.banner.isHidden()
    assert cases.get_case_record(desk[0]).title == "Skrivaren skriver inte ut alls"


def test_install_wires_the_banner_and_live_refresh_into_the_window(qtbot, window, session,
                                                                   database, desk, bjorn):
    up = {"now": True}

    def probe():
        if not up["now"]:
            raise OperationalError(LOST)

    parts = live.install(window, session, database, probe=probe)
    try:
        assert parts.banner.parent() is not None and parts.banner.isHidden()
        seen = []
        session.events.subscribe(events.CASES_CHANGED, lambda **p: seen.append(p))
        elsewhere(lambda: change_priority(bjorn, desk[2], Priority.HIGH))
        qtbot.waitUntil(lambda: bool(seen), timeout=2000)
        assert seen[0]["ids"] == [desk[2]] and seen[0]["remote"] is True
        assert seen[0]["who"] == {desk[2]: "Björn Berg"}
    finally:
        parts.stop()


def test_a_colleagues_change_refreshes_the_list_and_keeps_the_selection(
        qtbot, window, desk, bjorn, refresh):
    page = window.case_list
    page.table.selectRow(1)
    chosen = page.selected_ids()
    assert len(chosen) == 1
    elsewhere(lambda: change_priority(bjorn, chosen[0], Priority.LOW))
    row = next(r for r in range(page.model.rowCount()) if page.model.case_id(r) == chosen[0])
    qtbot.waitUntil(lambda: page.model.row_of(row) is not None
                    and page.model.row_of(row).priority == int(Priority.LOW), timeout=2000)
    assert page.selected_ids() == chosen


def test_a_background_read_that_meets_a_lost_connection_is_the_banner(qtbot, window, monitor,
                                                                      no_message_boxes):
    failed = []

    def read():
        raise OperationalError(LOST)

    window.reader.submit(read, lambda _r: None, failed.append)
    qtbot.waitUntil(lambda: not monitor.online, timeout=2000)
    assert failed == [] and no_message_boxes == []


def test_compare_opens_the_conflict_dialog_and_merging_clears_the_banner(
        qtbot, window, desk, bjorn, session):
    form = window.open_case(desk[0])
    form.title_edit.setText("Min rubrik")
    elsewhere(lambda: change_priority(bjorn, desk[0], Priority.LOW))
    session.events.publish(events.CASES_CHANGED, ids=[desk[0]], remote=True)
    form.banner.buttons["caseFormCompareButton"].click()
    dialog = form.last_dialog
    assert dialog.objectName() == "conflictDialog"
    assert set(dialog.shown_fields()) == {"title", "priority"}
    dialog.save_merged()  # my title, their priority
    record = cases.get_case_record(desk[0])
    assert (record.title, record.priority) == ("Min rubrik", int(Priority.LOW))
    assert form.banner.isHidden() and not form.dirty
