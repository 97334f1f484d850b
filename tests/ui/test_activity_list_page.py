"""Service › Activities as a user meets it: three views, paging, sort, filter, commands,
live reloads, remembered layout, Swedish."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playhouse.test_utils import count_queries
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from casedesk.controllers import activities, cases
from casedesk.controllers.activities import ActivityFields, ActivityQuery, ActivityView
from casedesk.controllers.admin import create_user
from casedesk.models import Account, Contact, utcnow
from casedesk.models.options import ActivityKind, Priority
from casedesk.ui.actions import ActionRegistry
from casedesk.ui.background import Reader
from casedesk.ui.itemmodels import record_list_model
from casedesk.ui.pages.activity_list_page import (
    ACTIVITY_COLUMNS,
    ActivityListModel,
    ActivityListPage,
)
from casedesk.ui.widgets.timeline import OVERDUE_COLOR

K = ActivityKind


class InlineReader:
    """Runs the work at once: the model's logic without a thread."""

    def submit(self, fn, on_done, on_error=None, key=None, owner=None):
        try:
            result = fn()
        except Exception as exc:
            if on_error:
                on_error(exc)
            return
        on_done(result)


def type_text(widget, text):
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
def host(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def activity_desk(session):
    """Two cases; 4 open activities of mine (one overdue, one without due date), 2 open of
    Björn's (one overdue), 1 completed of mine."""
    acme = Account.create(name="Havstål AB")
    sven = Contact.create(first_name="Sven", last_name="Ödman", full_name="Sven Ödman")
    bjorn = create_user(session, "Björn Berg", "bjorn")
    printer = cases.create_case(session, cases.NewCase(title="Skrivaren",
                                                       customer_account_id=acme.id))
    vpn = cases.create_case(session, cases.NewCase(title="VPN",
                                                   customer_contact_id=sven.id))
    now = utcnow()
    ids = {"printer": printer, "vpn": vpn, "bjorn": bjorn.id}

    def add(name, kind, subject, case_id, *, due_days=None, owner=None, **extra):
        due = None if due_days is None else now + timedelta(days=due_days)
        ids[name] = activities.create_activity(session, ActivityFields(
            kind=int(kind), subject=subject, regarding_case_id=case_id, scheduled_end=due,
            owner_user_id=owner, **extra))

    add("call", K.PHONE_CALL, "Ring kunden om tonern", printer, due_days=-1,
        priority=int(Priority.HIGH))
    add("task", K.TASK, "Beställ trumma", printer, due_days=2, duration_minutes=45)
    add("email", K.EMAIL, "Skicka offert", vpn, due_days=5)
    add("appointment", K.APPOINTMENT, "Åk ut till kunden", vpn)
    add("bjorn_task", K.TASK, "Återställ VPN-nyckel", vpn, due_days=-3, owner=bjorn.id)
    add("bjorn_call", K.PHONE_CALL, "Följ upp med Sven", vpn, due_days=1, owner=bjorn.id)
    add("done", K.TASK, "Gammal uppgift", printer, due_days=-10)
    activities.complete_activity(session, ids["done"])
    return ids


def _page(qtbot, session, reader, host, prefs):
    page = ActivityListPage(session, activities, reader, ActionRegistry(host), prefs)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    wait_loaded(qtbot, page.model)
    return page


@pytest.fixture
def page(qtbot, session, activity_desk, reader, host, prefs):
    return _page(qtbot, session, reader, host, prefs)


def wait_loaded(qtbot, model):
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)


def column_texts(page, key):
    column = [c.key for c in page.model.columns].index(key)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def choose_view(page, view):
    page.view_combo.setCurrentIndex(page.view_combo.findData(int(view)))


# -- the views -------------------------------------------------------------------------------


def test_my_activities_by_due_date(page, activity_desk):
    assert page.objectName() == "page_activities"
    assert page.view_combo.currentText() == "My Activities"
    assert column_texts(page, "subject") == ["Ring kunden om tonern", "Beställ trumma",
                                             "Skicka offert", "Åk ut till kunden"]
    assert column_texts(page, "kind") == ["Phone Call", "Task", "E-mail", "Appointment"]
    assert column_texts(page, "customer") == ["Havstål AB", "Havstål AB", "Sven Ödman",
                                              "Sven Ödman"]
    assert column_texts(page, "owner") == ["Åsa Öberg"] * 4
    assert column_texts(page, "priority") == ["High", "Normal", "Normal", "Normal"]
    assert column_texts(page, "duration") == ["", "45 min", "", ""]
    assert column_texts(page, "status_reason") == ["Open", "Not Started", "Draft", "Busy"]
    assert column_texts(page, "case")[0].startswith("CAS-")
    assert page.count_label.text() == "4 activities"
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(page.model.columnCount())]
    assert headers == ["Subject", "Activity Type", "Regarding", "Customer", "Owner", "Due",
                       "Priority", "Duration", "Status Reason"]
    due = page.model.index(0, page.model.column_of("due"))
    assert due.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert due.data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue: ")
    assert page.model.index(1, page.model.column_of("due")).data(
        Qt.ItemDataRole.ForegroundRole) is None
    assert page.model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.table.accessibleName() == "Activities"


def test_all_open_and_overdue_views(qtbot, page):
    choose_view(page, ActivityView.ALL_OPEN)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 6, timeout=5000)
    assert "Återställ VPN-nyckel" in column_texts(page, "subject")
    assert "Gammal uppgift" not in column_texts(page, "subject")  # completed
    choose_view(page, ActivityView.OVERDUE)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 2, timeout=5000)
    assert column_texts(page, "subject") == ["Återställ VPN-nyckel", "Ring kunden om tonern"]
    assert page.count_label.text() == "2 activities"
    assert [page.view_combo.itemText(i) for i in range(3)] == [
        "My Activities", "All Open Activities", "Overdue Activities"]


def test_typing_filters(qtbot, page):
    choose_view(page, ActivityView.ALL_OPEN)
    wait_loaded(qtbot, page.model)
    type_text(page.filter_edit, "ödman")
    qtbot.waitUntil(lambda: page.model.query.filter_text == "ödman"
                    and not page.model.loading, timeout=5000)
    assert sorted(column_texts(page, "subject")) == sorted([
        "Skicka offert", "Åk ut till kunden", "Återställ VPN-nyckel", "Följ upp med Sven"])
    page.filter_edit.clear()
    type_text(page.filter_edit, "trumma")
    qtbot.waitUntil(lambda: page.model.query.filter_text == "trumma"
                    and not page.model.loading, timeout=5000)
    assert column_texts(page, "subject") == ["Beställ trumma"]
    assert page.count_label.text() == "1 activity"


# -- sorting and layout ----------------------------------------------------------------------


def test_header_sorts_and_is_remembered(qtbot, page, session, reader, host, prefs):
    header = page.table.horizontalHeader()
    header.setSortIndicator(page.model.column_of("subject"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.query.sort == "subject" and not page.model.loading,
                    timeout=5000)
    assert column_texts(page, "subject") == ["Åk ut till kunden", "Skicka offert",
                                             "Ring kunden om tonern", "Beställ trumma"]
    duration = [c.key for c in ACTIVITY_COLUMNS].index("duration")
    header.setSortIndicator(duration, Qt.SortOrder.AscendingOrder)  # does not sort
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == page.model.column_of("subject"),
                    timeout=5000)
    assert page.model.query.sort == "subject"
    choose_view(page, ActivityView.ALL_OPEN)
    wait_loaded(qtbot, page.model)
    header.moveSection(0, 3)
    page.save_state()
    again = _page(qtbot, session, reader, host, prefs)
    assert again.model.query.sort == "subject" and again.model.query.descending
    assert again.model.query.view == ActivityView.ALL_OPEN
    assert again.view_combo.currentText() == "All Open Activities"
    assert again.table.horizontalHeader().visualIndex(0) == 3


# -- the model: paging, never a query in data() -----------------------------------------------


def _many(session, n):
    case_id = cases.create_case(session, cases.NewCase(
        title="Många", customer_account_id=Account.create(name="Mångfald AB").id))
    now = utcnow()
    for i in range(n):
        activities.create_activity(session, ActivityFields(
            kind=int(K.TASK), subject=f"Uppgift {i:03d}", regarding_case_id=case_id,
            scheduled_end=now + timedelta(hours=i)))


def test_model_pages_rows_in_and_passes_qtmodeltester(qtmodeltester, session):
    _many(session, 45)
    query = ActivityQuery(user_id=session.user_id)
    model = ActivityListModel(activities.list_activities, activities.count_activities,
                              InlineReader(), ACTIVITY_COLUMNS, query, page_size=20)
    model.set_query(query)
    assert model.rowCount() == 20 and model.total == 45
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 45 and not model.canFetchMore(QModelIndex())
    assert [model.index(r, 0).data() for r in range(45)] == [f"Uppgift {i:03d}"
                                                             for i in range(45)]
    qtmodeltester.check(model)
    with count_queries() as counter:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
                             Qt.ItemDataRole.FontRole, Qt.ItemDataRole.AccessibleTextRole,
                             record_list_model.SORT_ROLE, record_list_model.ID_ROLE):
                    model.index(row, column).data(role)
    assert counter.count == 0


def test_page_scrolls_in_more_rows(qtbot, session, reader, host, prefs, monkeypatch):
    _many(session, 130)
    page = _page(qtbot, session, reader, host, prefs)
    assert page.model.total == 130 and page.model.rowCount() == 100
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 130, timeout=5000)
    assert page.count_label.text() == "130 activities"


# -- commands --------------------------------------------------------------------------------


def test_enter_opens_the_activity(qtbot, page, activity_desk):
    page.table.setFocus()
    page.table.selectRow(1)
    with qtbot.waitSignal(page.activity_open_requested) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == [activity_desk["task"]]
    with qtbot.waitSignal(page.activity_open_requested) as signal:
        page._actions["open_activity"].trigger()
    assert signal.args == [activity_desk["task"]]


def test_open_case_of_the_selected_activity(qtbot, page, activity_desk):
    actions = page._actions
    assert not actions["open_activity_case"].isEnabled()  # nothing selected
    page.table.selectRow(2)
    assert actions["open_activity_case"].isEnabled()
    with qtbot.waitSignal(page.case_open_requested) as signal:
        actions["open_activity_case"].trigger()
    assert signal.args == [activity_desk["vpn"]]
    assert actions["open_activity_case"].text() == "Open &Case"


def test_complete_and_cancel_the_selected(qtbot, page, activity_desk):
    actions = page._actions
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(2, 0), page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows)
    assert actions["complete_activity"].isEnabled() and actions["cancel_activity"].isEnabled()
    assert not actions["open_activity"].isEnabled()  # two selected
    completed = []
    page.complete_requested.connect(completed.append)
    actions["complete_activity"].trigger()
    assert completed == [activity_desk["call"], activity_desk["email"]]
    canceled = []
    page.cancel_requested.connect(canceled.append)
    actions["cancel_activity"].trigger()
    assert canceled == [activity_desk["call"], activity_desk["email"]]


def test_hidden_page_does_not_answer_the_shared_actions(qtbot, page, activity_desk):
    page.table.selectRow(0)
    page.hide()
    completed = []
    page.complete_requested.connect(completed.append)
    page._actions["complete_activity"].trigger()
    assert completed == []


def test_reloads_when_activities_change(qtbot, page, activity_desk, session):
    activities.complete_activity(session, activity_desk["call"])
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 3, timeout=5000)
    assert "Ring kunden om tonern" not in column_texts(page, "subject")
    page.hide()
    activities.create_activity(session, ActivityFields(
        kind=int(K.TASK), subject="Ny uppgift", regarding_case_id=activity_desk["printer"]))
    assert page.model.total == 3  # hidden: read when shown again
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 4, timeout=5000)
    page._actions["refresh"].trigger()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    assert "Ny uppgift" in column_texts(page, "subject")


# -- Swedish ---------------------------------------------------------------------------------


def test_swedish(qtbot, page, english):
    english.switch("sv")
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(page.model.columnCount())]
    assert headers == ["Ämne", "Aktivitetstyp", "Angående", "Kund", "Ägare", "Förfaller",
                       "Prioritet", "Varaktighet", "Statusorsak"]
    assert column_texts(page, "kind") == ["Telefonsamtal", "Uppgift", "E-post", "Avtalad tid"]
    assert column_texts(page, "duration")[1] == "45 min"
    assert page.view_combo.currentText() == "Mina aktiviteter"
    assert page.count_label.text() == "4 aktiviteter"
    page._actions.retranslate()  # the main window does it for its registry
    assert page._actions["complete_activity"].text() == "Markera som &slutförd"
    assert page._actions["open_activity_case"].text() == "Öppna ä&rende"
    english.switch("en")
    assert page.view_combo.currentText() == "My Activities"
