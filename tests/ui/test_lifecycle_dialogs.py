"""Close Case, Confirm Cancellation, Merge Cases and parent/child dialogs through their real
widgets and the real lifecycle controller."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from casedesk.controllers import activities, cases, lifecycle, lookups
from casedesk.models import Account, Activity, Case, CaseResolution, utcnow
from casedesk.models.options import ActivityKind, ActivityState, CaseState, StatusReason
from casedesk.ui.background import Reader
from casedesk.ui.dialogs.cancel_case_dialog import (
    ConfirmCancellationDialog,
    start_cancel_case,
)
from casedesk.ui.dialogs.close_case_dialog import (
    CloseCaseDialog,
    OpenActivitiesWarning,
    start_close_case,
)
from casedesk.ui.dialogs.merge_cases_dialog import MergeCasesDialog, start_merge
from casedesk.ui.dialogs.parent_case_dialog import (
    AssociateChildCasesDialog,
    CreateChildCaseDialog,
    create_child_case,
    start_associate_child_cases,
)


def type_text(widget, text):
    """One key event per character, as a keyboard (keyClicks aborts on å, ä, ö)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def choose(qtbot, lookup, text):
    """Type in a lookup, press Enter, take the best match."""
    lookup.edit.setFocus()
    lookup.edit.clear()
    type_text(lookup.edit, text)
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(lookup.results_visible()
                                 and lookup.results().selectable_items()), timeout=3000)
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert lookup.item() is not None


def nb(number):
    """A case number as the dialogs' notes show it (non-breaking hyphens)."""
    return number.replace("-", "\u2011")


def plain(text):
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@pytest.fixture
def host(qtbot):
    """The window the dialogs open over (case form or case list in the app)."""
    widget = QWidget()
    widget.last_dialog = None
    widget.resize(900, 700)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def reader(host):
    r = Reader(host)
    yield r
    r.close()


@pytest.fixture
def customer():
    return Account.create(name="Havstål AB")


@pytest.fixture
def new_case(session, customer):
    def make(title, *, hours_ago=0):
        case_id = cases.create_case(session, cases.NewCase(title=title,
                                                           customer_account_id=customer.id))
        Case.update(created_on=utcnow() - timedelta(hours=hours_ago)).where(
            Case.id == case_id).execute()
        return case_id
    return make


def add_activity(session, case_id, kind, subject, *, completed_minutes=None):
    fields = activities.ActivityFields(kind=int(kind), subject=subject,
                                       regarding_case_id=case_id,
                                       scheduled_end=utcnow() + timedelta(days=1))
    if completed_minutes is None:
        return activities.create_activity(session, fields)
    fields.duration_minutes = completed_minutes
    return activities.save_and_complete(session, fields)


def state(case_id):
    case = Case.get_by_id(case_id)
    return case.state, case.status_reason


# -- Close Case ---------------------------------------------------------------------------------


def test_close_with_open_activities_warns_then_resolves(qtbot, session, new_case, host):
    case_id = new_case("Skrivaren skriver inte ut")
    open_ids = [add_activity(session, case_id, ActivityKind.PHONE_CALL, "Ring kunden"),
                add_activity(session, case_id, ActivityKind.TASK, "Beställ toner"),
                add_activity(session, case_id, ActivityKind.EMAIL, "Skicka instruktion")]
    done = add_activity(session, case_id, ActivityKind.TASK, "Felsökning",
                        completed_minutes=50)
    closed = []
    first = start_close_case(session, lifecycle, case_id, host, on_closed=closed.append)
    warning = host.last_dialog
    assert first is warning and isinstance(warning, OpenActivitiesWarning)
    assert warning.isVisible() and warning.windowModality() == Qt.WindowModality.WindowModal
    assert warning.count_label.text() == "3 open activities will be canceled."
    assert warning.list.topLevelItemCount() == 3
    subjects = {warning.list.topLevelItem(i).text(1) for i in range(3)}
    assert subjects == {"Ring kunden", "Beställ toner", "Skicka instruktion"}
    assert warning.list.topLevelItem(0).text(0) in ("Phone Call", "Task", "E-mail")
    warning.confirm_button.click()
    qtbot.waitUntil(lambda: isinstance(host.last_dialog, CloseCaseDialog))
    dialog = host.last_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Close Case"
    assert dialog.total_time_edit.text() == "50 min" and dialog.total_time_edit.isReadOnly()
    assert dialog.billable_edit.value() == 50
    assert dialog.type_combo.currentText() == "Problem Solved"
    assert [dialog.type_combo.itemText(i) for i in range(dialog.type_combo.count())] == [
        "Problem Solved", "Information Provided"]
    dialog.type_combo.setCurrentIndex(1)
    type_text(dialog.resolution_edit, "Bytte tonerkassett")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted
    assert state(case_id) == (int(CaseState.RESOLVED), int(StatusReason.INFORMATION_PROVIDED))
    assert all(Activity.get_by_id(i).state == int(ActivityState.CANCELED) for i in open_ids)
    resolution = CaseResolution.get_by_id(dialog.resolution_id)
    assert (resolution.case_id, resolution.resolution) == (case_id, "Bytte tonerkassett")
    assert (resolution.total_time, resolution.billable_time) == (50, 50)
    assert Activity.get_by_id(done).billed
    assert closed == [dialog.resolution_id]


def test_warning_canceled_leaves_everything_as_it_was(qtbot, session, new_case, host):
    case_id = new_case("Fakturan är fel")
    activity = add_activity(session, case_id, ActivityKind.TASK, "Kontrollera fakturan")
    warning = start_close_case(session, lifecycle, case_id, host)
    assert warning.count_label.text() == "1 open activity will be canceled."
    warning.cancel_button.click()
    qtbot.waitUntil(lambda: not warning.isVisible())
    assert host.last_dialog is warning  # no Close Case dialog followed
    assert state(case_id)[0] == int(CaseState.ACTIVE)
    assert Activity.get_by_id(activity).state == int(ActivityState.OPEN)


def test_resolution_is_required_inline_and_nothing_is_saved(qtbot, session, new_case, host):
    case_id = new_case("VPN drops every hour")
    dialog = start_close_case(session, lifecycle, case_id, host)
    assert isinstance(dialog, CloseCaseDialog) and host.last_dialog is dialog  # no warning
    assert dialog.total_time_edit.text() == "0 min" and dialog.billable_edit.value() == 0
    dialog.close_button.click()
    error = dialog.errors.label("resolution")
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == "Resolution is required."
    assert dialog.resolution_edit.accessibleDescription() == "Resolution is required."
    assert dialog.isVisible() and dialog.resolution_id is None
    assert state(case_id)[0] == int(CaseState.ACTIVE)
    assert CaseResolution.select().count() == 0
    type_text(dialog.resolution_edit, "Ny router")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert state(case_id)[0] == int(CaseState.RESOLVED)


def test_billable_time_defaults_to_total_time_and_steps_by_15(qtbot, session, new_case, host):
    case_id = new_case("Lösenordet har gått ut")
    add_activity(session, case_id, ActivityKind.PHONE_CALL, "Samtal", completed_minutes=35)
    add_activity(session, case_id, ActivityKind.TASK, "Återställning", completed_minutes=15)
    dialog = start_close_case(session, lifecycle, case_id, host)
    edit = dialog.billable_edit
    assert dialog.total_time_edit.text() == "50 min" and edit.value() == 50
    edit.stepBy(1)
    assert edit.value() == 60 and dialog.billable_text.text() == "1 h"
    edit.stepBy(1)
    assert edit.value() == 75 and dialog.billable_text.text() == "1 h 15 min"
    edit.stepBy(-2)
    assert edit.value() == 45
    edit.setFocus()
    edit.lineEdit().selectAll()
    type_text(edit.lineEdit(), "37")
    assert edit.value() == 37  # typed minutes are kept as they are
    edit.setValue(200_000)  # more than the most: refused at the field, nothing saved
    type_text(dialog.resolution_edit, "Klart")
    dialog.close_button.click()
    error = dialog.errors.label("billable_time")
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == "Billable Time must be a whole number of minutes from 0 to 100000."
    assert state(case_id)[0] == int(CaseState.ACTIVE)
    edit.setValue(30)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    resolution = CaseResolution.get_by_id(dialog.resolution_id)
    assert (resolution.total_time, resolution.billable_time) == (50, 30)


def test_parent_with_active_children_blocked_by_the_closure_preference(qtbot, session,
                                                                        new_case, host):
    parent_id = new_case("Nätverket nere")
    for n in range(3):
        lifecycle.create_child_case(session, parent_id, title=f"Kontor {n + 1}")
    settings = lifecycle.case_settings()
    lifecycle.set_case_settings(session, lifecycle.CaseSettings(
        settings.child_case_limit, "block_parent", settings.inherited_fields))
    dialog = start_close_case(session, lifecycle, parent_id, host)
    assert dialog.children_note.isVisible()
    assert dialog.children_note.text().startswith(
        "You can't resolve the parent case because it has 3 active child cases.")
    assert not dialog.close_button.isEnabled()
    # the rule from the controller shows in the dialog too (e.g. children added meanwhile)
    dialog.close_button.setEnabled(True)
    type_text(dialog.resolution_edit, "Åtgärdat")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: dialog.general_error.isVisible())
    assert dialog.general_error.text() == (
        "You can't resolve the parent case because it has 3 active child cases.")
    assert state(parent_id)[0] == int(CaseState.ACTIVE)


def test_close_children_preference_is_explained_and_applied(qtbot, session, new_case, host):
    parent_id = new_case("Nätverket nere")
    child_id = lifecycle.create_child_case(session, parent_id, title="Kontor 1")
    settings = lifecycle.case_settings()
    lifecycle.set_case_settings(session, lifecycle.CaseSettings(
        settings.child_case_limit, "close_children", settings.inherited_fields))
    dialog = start_close_case(session, lifecycle, parent_id, host)
    number = Case.get_by_id(child_id).number
    assert dialog.children_note.text() == (
        f"1 active child case will be closed too, with the same resolution: {nb(number)}")
    type_text(dialog.resolution_edit, "Åtgärdat")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert state(child_id)[0] == int(CaseState.RESOLVED)


# -- Cancel Case --------------------------------------------------------------------------------


def test_cancel_as_canceled_cancels_the_open_activities(qtbot, session, new_case, host,
                                                        reader):
    case_id = new_case("Dubblett av faktura")
    activity = add_activity(session, case_id, ActivityKind.TASK, "Ring ekonomi")
    done = []
    dialog = start_cancel_case(session, lifecycle, lookups, reader, case_id, host,
                               on_canceled=lambda *a: done.append(a))
    assert host.last_dialog is dialog and dialog.windowTitle() == "Confirm Cancellation"
    assert dialog.status_combo.currentText() == "Canceled"
    assert [dialog.status_combo.itemText(i) for i in range(dialog.status_combo.count())] == [
        "Canceled", "Merged"]
    assert not dialog.merge_lookup.isVisible()
    assert dialog.activities_label.text() == "1 open activity will be canceled with the case."
    assert dialog.activities_list.topLevelItem(0).text(1) == "Ring ekonomi"
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert state(case_id) == (int(CaseState.CANCELED), int(StatusReason.CANCELED))
    assert Activity.get_by_id(activity).state == int(ActivityState.CANCELED)
    assert done == [(int(StatusReason.CANCELED), None)]


def test_cancel_as_merged_chooses_the_target_with_the_lookup(qtbot, session, new_case, host,
                                                             reader):
    target_id = new_case("Skrivaren skriver inte ut", hours_ago=2)
    case_id = new_case("Skrivaren igen")
    activity = add_activity(session, case_id, ActivityKind.PHONE_CALL, "Ring tillbaka")
    dialog = ConfirmCancellationDialog(session, lifecycle, lookups, reader, case_id,
                                       parent=host)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(int(StatusReason.MERGED)))
    assert dialog.merge_lookup.isVisible()
    assert dialog.activities_label.text() == (
        "1 open activity will move to the case it is merged into.")
    dialog.confirm_button.click()  # no target yet: said at the lookup, nothing saved
    error = dialog.errors.label("merge_into")
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == "Choose the case to merge this case into."
    assert state(case_id)[0] == int(CaseState.ACTIVE)
    choose(qtbot, dialog.merge_lookup, "Skrivaren")
    assert dialog.merge_lookup.item().id == target_id  # the case itself is never offered
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert state(case_id) == (int(CaseState.CANCELED), int(StatusReason.MERGED))
    assert Case.get_by_id(case_id).master_case_id == target_id
    assert Activity.get_by_id(activity).regarding_case_id == target_id  # moved, not canceled
    assert (dialog.status_reason, dialog.merge_into) == (int(StatusReason.MERGED), target_id)


# -- Merge Cases --------------------------------------------------------------------------------


def test_merge_three_cases_merge_enabled_only_with_a_target(qtbot, session, new_case, host):
    ids = [new_case(title, hours_ago=3 - n) for n, title in
           enumerate(("Skrivaren skriver inte ut", "Skrivaren igen", "Skrivaren, tredje"))]
    rows = [lifecycle._briefs(Case.id == i)[0] for i in ids]
    merged = []
    dialog = start_merge(session, lifecycle, rows, host, on_merged=merged.append)
    assert host.last_dialog is dialog and dialog.windowTitle() == "Merge Cases"
    assert dialog.list.topLevelItemCount() == 3
    assert dialog.list.topLevelItem(2).text(1) == "Skrivaren, tredje"
    assert dialog.list.topLevelItem(0).text(2) == "Havstål AB"
    assert not dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert state(ids[1])[0] == int(CaseState.ACTIVE)
    dialog.list.topLevelItem(0).setSelected(True)
    assert dialog.merge_button.isEnabled()
    numbers = [Case.get_by_id(i).number for i in ids]
    assert dialog.target_label.text() == f"Stays: {numbers[0]}  Skrivaren skriver inte ut"
    assert dialog.effect.text().startswith(
        f"2 cases become Canceled – Merged: {nb(numbers[1])}, {nb(numbers[2])}.")
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert state(ids[0])[0] == int(CaseState.ACTIVE)
    for other in ids[1:]:
        assert state(other) == (int(CaseState.CANCELED), int(StatusReason.MERGED))
        assert Case.get_by_id(other).master_case_id == ids[0]
    assert merged == [ids[0]]


def test_merge_of_cases_with_different_parents_says_why(qtbot, session, new_case, host):
    first, second = new_case("Förälder A"), new_case("Förälder B")
    a = lifecycle.create_child_case(session, first, title="Barn A")
    b = lifecycle.create_child_case(session, second, title="Barn B")
    rows = [lifecycle._briefs(Case.id == i)[0] for i in (a, b)]
    dialog = start_merge(session, lifecycle, rows, host)
    dialog.select_target(a)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.general_error.isVisible())
    assert dialog.general_error.text() == (
        "You can't merge cases that have different parent cases.")
    assert dialog.isVisible() and state(b)[0] == int(CaseState.ACTIVE)


@pytest.mark.parametrize("count", [1, 11])
def test_merge_count_refused_before_opening(session, new_case, host, no_message_boxes,
                                            count):
    ids = [new_case(f"Ärende {n}") for n in range(count)]
    rows = [lifecycle._briefs(Case.id == i)[0] for i in ids]
    assert start_merge(session, lifecycle, rows, host) is None
    assert host.last_dialog is None
    assert no_message_boxes == [f"Select from 2 to 10 cases to merge ({count} selected)."]


# -- parent and child cases ---------------------------------------------------------------------


def test_associate_children_and_the_child_of_child_rule(qtbot, session, new_case, host,
                                                        reader):
    parent_id = new_case("Nätverket nere i Malmö", hours_ago=3)
    children = [new_case("Skrivare offline"), new_case("Wifi faller")]
    dialog = start_associate_child_cases(session, lifecycle, lookups, reader, children, host)
    assert host.last_dialog is dialog
    assert dialog.windowTitle() == "Set Parent Child Relationship"
    assert dialog.intro.text() == "Choose the parent case of the 2 selected cases."
    dialog.associate_button.click()
    error = dialog.errors.label("parent_case")
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == "Parent Case is required."
    choose(qtbot, dialog.parent_lookup, "Malmö")
    dialog.associate_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.parent_id == parent_id
    assert all(Case.get_by_id(c).parent_case_id == parent_id for c in children)

    # a child can't be a parent: the SPEC's sentence in the dialog
    other = lifecycle._briefs(Case.id == new_case("Skärmen flimrar"))[0]
    dialog = start_associate_child_cases(session, lifecycle, lookups, reader, [other], host)
    assert dialog.intro.text() == (
        f"Choose the parent case of the 1 selected case: {nb(other.number)}")
    choose(qtbot, dialog.parent_lookup, "Skrivare offline")
    dialog.associate_button.click()
    qtbot.waitUntil(lambda: dialog.general_error.isVisible())
    assert dialog.general_error.text() == "You can't create child cases for child cases."
    assert Case.get_by_id(other.id).parent_case_id is None

    # nor can a parent become a child
    dialog.reject()
    dialog = AssociateChildCasesDialog(session, lifecycle, lookups, reader, [parent_id],
                                       parent=host)
    qtbot.addWidget(dialog)
    dialog.open()
    choose(qtbot, dialog.parent_lookup, "Skärmen")
    dialog.associate_button.click()
    qtbot.waitUntil(lambda: dialog.general_error.isVisible())
    assert dialog.general_error.text() == "You can't add a parent case as a child case."


def test_create_a_child_case_with_the_title_prefilled(qtbot, session, new_case, host,
                                                      no_message_boxes):
    parent_id = new_case("Nätverket nere")
    created = []
    dialog = create_child_case(session, lifecycle, parent_id, host, on_created=created.append)
    assert isinstance(dialog, CreateChildCaseDialog) and host.last_dialog is dialog
    assert dialog.title_edit.text() == "Nätverket nere"
    dialog.title_edit.clear()
    dialog.create_button.click()
    error = dialog.errors.label("title")
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == "Case Title is required."
    type_text(dialog.title_edit, "Nätverket nere – plan 3")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    child = Case.get_by_id(dialog.child_id)
    assert (child.parent_case_id, child.title) == (parent_id, "Nätverket nere – plan 3")
    assert child.customer_account_id == Case.get_by_id(parent_id).customer_account_id
    assert created == [child.id]
    # a child case can't have children: refused before anything opens
    host.last_dialog = None
    assert create_child_case(session, lifecycle, child.id, host) is None
    assert host.last_dialog is None
    assert no_message_boxes == ["You can't create child cases for child cases."]


# -- Swedish ------------------------------------------------------------------------------------


def test_swedish_labels_as_the_glossary(qtbot, session, new_case, host, reader, english):
    case_id = new_case("Skrivaren skriver inte ut")
    add_activity(session, case_id, ActivityKind.TASK, "Beställ toner")
    english.switch("sv")
    warning = start_close_case(session, lifecycle, case_id, host)
    assert warning.count_label.text() == "1 öppen aktivitet kommer att avbrytas."
    assert plain(warning.confirm_button.text()) == "Bekräfta"
    warning.confirm_button.click()
    qtbot.waitUntil(lambda: isinstance(host.last_dialog, CloseCaseDialog))
    dialog = host.last_dialog
    assert dialog.windowTitle() == "Stäng ärende"
    captions = {key: plain(c.text()) for key, c in dialog.captions.items()}
    assert captions == {"resolution_type": "Stängningstyp:",
                        "resolution": "Stängningsorsak: *", "total_time": "Total tid:",
                        "billable_time": "Fakturerbar tid:"}
    assert plain(dialog.close_button.text()) == "Stäng"
    assert dialog.type_combo.currentText() == "Problemet löst"
    dialog.close_button.click()
    qtbot.waitUntil(lambda: dialog.errors.label("resolution").isVisible())
    assert dialog.errors.label("resolution").text() == "Stängningsorsak måste fyllas i."
    dialog.reject()

    cancel = start_cancel_case(session, lifecycle, lookups, reader, case_id, host)
    assert cancel.windowTitle() == "Bekräfta annullering"
    assert [cancel.status_combo.itemText(i) for i in range(2)] == ["Avbröt", "Kopplat"]
    assert plain(cancel.confirm_button.text()) == "Bekräfta"
    cancel.reject()

    other = new_case("Skrivaren igen")
    rows = [lifecycle._briefs(Case.id == i)[0] for i in (case_id, other)]
    merge = start_merge(session, lifecycle, rows, host)
    assert merge.windowTitle() == "Slå samman ärenden"
    merge.reject()


def test_dialogs_retranslate_when_the_language_changes(qtbot, session, new_case, host,
                                                       english):
    case_id = new_case("Skrivaren skriver inte ut")
    dialog = start_close_case(session, lifecycle, case_id, host)
    assert dialog.windowTitle() == "Close Case"
    english.switch("sv")
    assert dialog.windowTitle() == "Stäng ärende"
    assert plain(dialog.captions["billable_time"].text()) == "Fakturerbar tid:"
    english.switch("en")
    assert plain(dialog.captions["resolution"].text()) == "Resolution: *"


def test_every_widget_has_an_object_name_and_inputs_an_accessible_name(qtbot, session,
                                                                       new_case, host, reader):
    case_id = new_case("Skrivaren skriver inte ut")
    add_activity(session, case_id, ActivityKind.TASK, "Beställ toner")
    other = new_case("Skrivaren igen")
    rows = [lifecycle._briefs(Case.id == i)[0] for i in (case_id, other)]
    dialogs = [
        OpenActivitiesWarning(lifecycle.open_activities(case_id), parent=host),
        CloseCaseDialog(session, lifecycle, case_id, parent=host),
        ConfirmCancellationDialog(session, lifecycle, lookups, reader, case_id, parent=host),
        MergeCasesDialog(session, lifecycle, rows, parent=host),
        AssociateChildCasesDialog(session, lifecycle, lookups, reader, [other], parent=host),
        CreateChildCaseDialog(session, lifecycle, case_id, parent=host),
    ]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTreeWidget,
    )
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert dialog.objectName()
        for widget in dialog.findChildren(QWidget):
            if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QTreeWidget,
                                   QAbstractSpinBox)) and widget.isVisibleTo(dialog):
                if widget.parent() is not None and widget.parent().inherits("QAbstractSpinBox"):
                    continue  # the spin box's own line edit
                if widget.objectName() in ("qt_spinbox_lineedit",):
                    continue
                assert widget.objectName(), (dialog.objectName(), widget)
                assert widget.accessibleName(), (dialog.objectName(), widget.objectName())
