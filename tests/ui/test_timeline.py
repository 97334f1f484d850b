"""The case timeline as a user meets it: entries newest first, filters, quick add, complete
and cancel, .eml drops, live reloads, Swedish."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QToolButton
from shiboken6 import Shiboken

from casedesk.controllers import activities, cases, events
from casedesk.controllers.activities import ActivityFields
from casedesk.models import Account, Activity, CaseResolution, Note, utcnow
from casedesk.models.options import (
    ActivityKind,
    ActivityStatusReason,
    Direction,
    ResolutionState,
    StatusReason,
)
from casedesk.ui.background import Reader
from casedesk.ui.formatting import local_datetime
from casedesk.ui.widgets.timeline import OVERDUE_COLOR, TimelineModel, TimelineWidget

K = ActivityKind


@pytest.fixture
def reader():
    r = Reader()
    yield r
    r.close()


def _at(model, record_id, when):
    model.update(created_on=when).where(model.id == record_id).execute()


@pytest.fixture
def timeline_case(session):
    """One case with a full mix of entries, oldest first:
    a superseded resolution, a made call, a received e-mail, an overdue task, a canceled
    task, a note with a file, an open appointment."""
    account = Account.create(name="Havstål AB", phone="+46 31 12 34 56")
    case_id = cases.create_case(session, cases.NewCase(title="Skrivaren skriver inte ut",
                                                       customer_account_id=account.id))
    other_id = cases.create_case(session, cases.NewCase(title="Annat ärende",
                                                        customer_account_id=account.id))
    now = utcnow()
    ids = {}

    def add(name, kind, subject, *, hours_ago, **extra):
        fields = ActivityFields(kind=int(kind), subject=subject, regarding_case_id=case_id,
                                **extra)
        ids[name] = activities.create_activity(session, fields)
        _at(Activity, ids[name], now - timedelta(hours=hours_ago))

    resolution = CaseResolution.create(case=case_id, resolution_type=int(
        StatusReason.PROBLEM_SOLVED), resolution="Bytte tonerkassett", resolved_by=session.user_id,
        resolved_on=now - timedelta(hours=8), state=int(ResolutionState.CANCELED))
    ids["resolution"] = resolution.id
    add("call", K.PHONE_CALL, "Ringde kunden om skrivaren", hours_ago=6,
        direction=int(Direction.OUTGOING))
    activities.complete_activity(session, ids["call"], duration_minutes=15)
    add("email", K.EMAIL, "Re: Skrivaren", hours_ago=5, direction=int(Direction.INCOMING))
    activities.complete_activity(session, ids["email"],
                                 status_reason=int(ActivityStatusReason.EMAIL_RECEIVED))
    add("task", K.TASK, "Beställ ny trumma", hours_ago=4, scheduled_end=now - timedelta(hours=1),
        duration_minutes=90)
    add("canceled", K.TASK, "Skicka tekniker", hours_ago=3)
    activities.cancel_activity(session, ids["canceled"])
    ids["note"] = activities.create_note(session, case_id, "Kunden skickade en bild.",
                                         title="Bild på felet", file_name="fel.png",
                                         file_data=b"\x89PNG....", mime_type="image/png")
    _at(Note, ids["note"], now - timedelta(hours=2))
    add("appointment", K.APPOINTMENT, "Besök hos kunden", hours_ago=1,
        scheduled_start=now + timedelta(days=1), scheduled_end=now + timedelta(days=1, hours=1))
    return {"case": case_id, "other": other_id, "now": now, **ids}


@pytest.fixture
def timeline(qtbot, session, reader, timeline_case, prefs):
    widget = TimelineWidget(session, activities, reader, prefs=prefs)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    widget.set_case(timeline_case["case"])
    wait_loaded(qtbot, widget)
    return widget


def wait_loaded(qtbot, widget):
    qtbot.waitUntil(lambda: not widget.loading and widget.loaded_once, timeout=5000)


def subjects(widget):
    return [widget.entry_texts(r)["subject"] for r in range(widget.model.rowCount())]


def select(widget, kind, entry_id):
    assert widget.select_entry(kind, entry_id)
    return widget.selected_entry()


# -- what it shows ---------------------------------------------------------------------------


def test_entries_newest_first_with_their_texts(timeline, timeline_case, session):
    w = timeline
    assert subjects(w) == ["Besök hos kunden", "Bild på felet", "Skicka tekniker",
                           "Beställ ny trumma", "Re: Skrivaren", "Ringde kunden om skrivaren",
                           "Bytte tonerkassett"]
    texts = [w.entry_texts(r) for r in range(w.model.rowCount())]
    assert [t["kind"] for t in texts] == ["Appointment", "Note", "Task", "Task", "E-mail",
                                          "Phone Call", "Case Resolution"]
    assert [t["status"] for t in texts] == ["Open – Busy", "", "Canceled",
                                            "Open – Not Started", "Completed – Received",
                                            "Completed – Made", "Canceled – Problem Solved"]
    assert {t["who"] for t in texts} == {"Åsa Öberg"}
    call = texts[5]
    assert call["duration"] == "15 min"
    assert texts[3]["duration"] == "1 h 30 min"
    assert call["when"] == local_datetime(timeline_case["now"] - timedelta(hours=6))
    assert texts[3]["due"] == local_datetime(timeline_case["now"] - timedelta(hours=1))
    assert w.count_label.text() == "5 activities · 2 open · 1 overdue · 1 note"
    assert w.stack.currentWidget() is w.view
    assert w.view.accessibleName() == "Timeline"
    assert w.model.headerData(5, Qt.Orientation.Horizontal) == "Duration"


def test_overdue_and_attachments_are_marked(timeline):
    w = timeline
    task_row, note_row, appt_row = 3, 1, 0
    due = w.model.index(task_row, 4)
    assert due.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None
    assert due.data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue: ")
    assert due.data(Qt.ItemDataRole.AccessibleTextRole).endswith("(Overdue)")
    assert w.model.index(appt_row, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    subject = w.model.index(note_row, 1)
    assert subject.data(Qt.ItemDataRole.DecorationRole) is not None  # the paper clip
    assert "Has an attached file" in subject.data(Qt.ItemDataRole.ToolTipRole)
    for row in range(w.model.rowCount()):  # every row shows its kind's icon
        assert w.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_model_passes_qtmodeltester(qtmodeltester, timeline):
    model = TimelineModel()
    model.set_entries(timeline.model.entries())
    qtmodeltester.check(model)
    model.set_entries([])
    qtmodeltester.check(model)


# -- filters ---------------------------------------------------------------------------------


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


@pytest.mark.parametrize(("kind", "expected"), [
    ("phone_call", ["Ringde kunden om skrivaren"]),
    ("task", ["Skicka tekniker", "Beställ ny trumma"]),
    ("email", ["Re: Skrivaren"]),
    ("appointment", ["Besök hos kunden"]),
    ("note", ["Bild på felet"]),
    ("resolution", ["Bytte tonerkassett"]),
])
def test_filter_by_kind(qtbot, timeline, kind, expected):
    w = timeline
    choose(w.kind_combo, kind)
    qtbot.waitUntil(lambda: not w.loading and subjects(w) == expected, timeout=5000)


def test_filter_open_and_overdue(qtbot, timeline):
    w = timeline
    assert [w.state_combo.itemText(i) for i in range(3)] == ["All", "Open", "Overdue"]
    choose(w.state_combo, "open")
    qtbot.waitUntil(lambda: not w.loading
                    and subjects(w) == ["Besök hos kunden", "Beställ ny trumma"], timeout=5000)
    choose(w.state_combo, "overdue")
    qtbot.waitUntil(lambda: not w.loading and subjects(w) == ["Beställ ny trumma"],
                    timeout=5000)
    choose(w.kind_combo, "appointment")  # overdue appointments: none
    qtbot.waitUntil(lambda: not w.loading and w.stack.currentWidget() is w.empty_label,
                    timeout=5000)
    assert w.empty_label.text() == "Nothing in the timeline matches the filter."
    assert w.count_label.text() == "0 activities"
    choose(w.state_combo, "all")
    choose(w.kind_combo, "all")
    qtbot.waitUntil(lambda: not w.loading and len(subjects(w)) == 7, timeout=5000)


# -- commands --------------------------------------------------------------------------------


def test_quick_add_buttons_ask_for_each_kind(qtbot, timeline):
    w = timeline
    texts = [w.add_actions[k].iconText() for k in w.add_actions]
    assert texts == ["Phone Call", "Task", "E-mail", "Appointment", "Note", "Import E-mail"]
    for kind in ("phone_call", "task", "email", "appointment", "note", "import_email"):
        button = w.findChild(QToolButton, f"timelineAdd_{kind}")
        assert button is not None and button.accessibleName()
        with qtbot.waitSignal(w.add_requested) as signal:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert signal.args == [kind]


def test_complete_and_cancel_only_open_activities(qtbot, timeline, timeline_case):
    w = timeline
    select(w, "activity", timeline_case["call"])  # completed
    assert not w.complete_action.isEnabled() and not w.cancel_action.isEnabled()
    assert w.complete_action.toolTip() == "Only open activities can be completed or canceled."
    select(w, "note", timeline_case["note"])
    assert not w.complete_action.isEnabled() and w.open_action.isEnabled()
    select(w, "activity", timeline_case["task"])
    assert w.complete_action.isEnabled() and w.cancel_action.isEnabled()
    with qtbot.waitSignal(w.complete_requested) as signal:
        qtbot.mouseClick(w.entry_bar.widgetForAction(w.complete_action),
                         Qt.MouseButton.LeftButton)
    assert signal.args == [timeline_case["task"]]
    with qtbot.waitSignal(w.cancel_requested) as signal:
        w.cancel_action.trigger()
    assert signal.args == [timeline_case["task"]]
    menu = w.context_menu()
    assert [a.text() for a in menu.actions()] == ["&Open", "Mark &Complete", "Cancel &Activity"]
    menu.close()


def test_enter_and_double_click_open_the_entry(qtbot, timeline, timeline_case):
    w = timeline
    w.view.setFocus()
    select(w, "note", timeline_case["note"])
    with qtbot.waitSignal(w.open_requested) as signal:
        qtbot.keyClick(w.view, Qt.Key.Key_Return)
    assert signal.args == ["note", timeline_case["note"]]
    row = w.model.row_of("resolution", timeline_case["resolution"])
    rect = w.view.visualRect(w.model.index(row, 1))
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(w.open_requested) as signal:
        qtbot.mouseDClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["resolution", timeline_case["resolution"]]
    select(w, "activity", timeline_case["email"])
    with qtbot.waitSignal(w.open_requested) as signal:
        w.open_action.trigger()
    assert signal.args == ["activity", timeline_case["email"]]


def test_completing_reloads_and_keeps_the_selection(qtbot, timeline, timeline_case, session):
    w = timeline
    select(w, "activity", timeline_case["task"])
    activities.complete_activity(session, timeline_case["task"])  # publishes the event
    qtbot.waitUntil(lambda: not w.loading and w.entry_texts(3)["status"] == "Completed",
                    timeout=5000)
    assert w.selected_entry().id == timeline_case["task"]
    assert not w.complete_action.isEnabled()
    assert w.count_label.text() == "5 activities · 1 open · 1 note"


def test_reloads_on_activities_changed_for_its_case_only(qtbot, timeline, timeline_case,
                                                         session):
    w = timeline
    activities.create_activity(session, ActivityFields(
        kind=int(K.TASK), subject="Följ upp på fredag", regarding_case_id=timeline_case["case"]))
    qtbot.waitUntil(lambda: not w.loading and subjects(w)[0] == "Följ upp på fredag",
                    timeout=5000)
    calls = []
    w._reader, real = type("Spy", (), {"submit": lambda *a, **k: calls.append(a)})(), w._reader
    session.events.publish(events.ACTIVITIES_CHANGED, case_ids=[timeline_case["other"]],
                           ids=[1])
    assert calls == []  # another case's change: nothing read
    session.events.publish(events.CASES_CHANGED, ids=[timeline_case["case"]])
    assert len(calls) == 1  # resolved or reactivated: read again
    w._reader = real


def test_hidden_timeline_reloads_when_shown(qtbot, timeline, timeline_case, session):
    w = timeline
    w.hide()
    activities.create_note(session, timeline_case["case"], "Ring tillbaka efter lunch")
    assert "Ring tillbaka efter lunch" not in subjects(w)
    w.show()
    qtbot.waitUntil(lambda: not w.loading and "Ring tillbaka efter lunch" in subjects(w),
                    timeout=5000)


def test_unsubscribes_when_destroyed(qtbot, session, reader):
    bus = session.events
    before = len(bus._subscribers[events.ACTIVITIES_CHANGED])
    widget = TimelineWidget(session, activities, reader)
    assert len(bus._subscribers[events.ACTIVITIES_CHANGED]) == before + 1
    Shiboken.delete(widget)
    assert len(bus._subscribers[events.ACTIVITIES_CHANGED]) == before
    bus.publish(events.ACTIVITIES_CHANGED, case_ids=[1], ids=[1])  # no crash


# -- the case's state ------------------------------------------------------------------------


def test_new_case_has_nothing_to_add_to(qtbot, session, reader):
    w = TimelineWidget(session, activities, reader)
    qtbot.addWidget(w)
    w.show()
    w.set_case(None)
    assert w.empty_label.text() == "Save the case to add activities and notes."
    assert w.stack.currentWidget() is w.empty_label
    assert not any(a.isEnabled() for a in w.add_actions.values())
    assert w.count_label.text() == ""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/mail.eml")])
    enter = _drag_enter(w, mime)
    assert not enter.isAccepted()


def test_closed_case_still_takes_activities(qtbot, timeline, timeline_case):
    w = timeline
    w.set_case(timeline_case["case"], case_read_only=True)
    wait_loaded(qtbot, w)
    assert w.case_read_only
    assert w.closed_case_label.isVisible()
    assert w.closed_case_label.text().startswith("This case is closed.")
    assert all(a.isEnabled() for a in w.add_actions.values())
    select(w, "activity", timeline_case["task"])
    assert w.complete_action.isEnabled()  # an open activity can still be closed


def test_empty_case(qtbot, timeline, timeline_case):
    w = timeline
    w.set_case(timeline_case["other"])
    qtbot.waitUntil(lambda: not w.loading and w.stack.currentWidget() is w.empty_label,
                    timeout=5000)
    assert w.empty_label.text().startswith("No activities or notes yet.")
    assert w.count_label.text() == "0 activities"


# -- .eml drops ------------------------------------------------------------------------------


def _drag_enter(widget, mime):
    event = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.setAccepted(False)
    QApplication.sendEvent(widget, event)
    return event


def test_dropping_eml_files_asks_to_import_them(qtbot, timeline, tmp_path):
    w = timeline
    mail = tmp_path / "Svar från kunden.EML"
    mail.write_bytes(b"From: a@b.se\r\nSubject: Hej\r\n\r\nText")
    other = tmp_path / "bild.png"
    other.write_bytes(b"png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(mail)), QUrl.fromLocalFile(str(other))])
    assert _drag_enter(w, mime).isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(w.eml_dropped) as signal:
        QApplication.sendEvent(w, drop)
    assert signal.args == [[str(mail)]]
    assert w.stack.styleSheet() == ""  # the drop highlight is gone

    only_png = QMimeData()
    only_png.setUrls([QUrl.fromLocalFile(str(other))])
    assert not _drag_enter(w, only_png).isAccepted()
    text = QMimeData()
    text.setText("/tmp/x.eml")
    assert not _drag_enter(w, text).isAccepted()


# -- Swedish ---------------------------------------------------------------------------------


def test_swedish(qtbot, timeline, english):
    w = timeline
    english.switch("sv")
    kinds = [w.entry_texts(r)["kind"] for r in range(w.model.rowCount())]
    assert kinds == ["Avtalad tid", "Anteckning", "Uppgift", "Uppgift", "E-post",
                     "Telefonsamtal", "Ärendestängningsaktivitet"]
    assert w.model.headerData(5, Qt.Orientation.Horizontal) == "Varaktighet"
    assert [w.add_actions[k].iconText() for k in ("phone_call", "task", "email",
                                                   "appointment", "note")] == [
        "Telefonsamtal", "Uppgift", "E-post", "Avtalad tid", "Anteckning"]
    assert w.add_label.text() == "Lägg till:"
    assert w.count_label.text() == "5 aktiviteter · 2 öppna · 1 försenad · 1 anteckning"
    assert w.kind_combo.itemText(w.kind_combo.findData("phone_call")) == "Telefonsamtal"
    assert w.entry_texts(5)["status"] == "Slutförd – Ringt"
    english.switch("en")
    assert w.entry_texts(0)["kind"] == "Appointment"


def test_index_of_root_has_no_rows(timeline):
    assert timeline.model.rowCount(timeline.model.index(0, 0)) == 0
    assert timeline.model.entry(99) is None
    assert timeline.model.data(QModelIndex()) is None
