"""The case form through its real widgets: intake, Find Case, field errors, editing, history."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from casedesk.controllers import cases, customers, lookups
from casedesk.controllers.cases import CaseFields, get_case_record, update_case
from casedesk.models import Account, Case, Contact
from casedesk.models.options import CaseState, Priority, ServiceStage, StatusReason
from casedesk.ui import prompts
from casedesk.ui.forms.case_form import CaseForm


def type_text(widget, text):
    """One key event per character, as a keyboard (keyClicks aborts on å, ä, ö)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def look_up(qtbot, lookup, text):
    """Type in a lookup and press Enter: the results show under it."""
    lookup.edit.setFocus()
    lookup.edit.clear()
    type_text(lookup.edit, text)
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.results_visible(), timeout=3000)


def choose(qtbot, lookup, text):
    look_up(qtbot, lookup, text)
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)  # the best match is pre-selected


def new_form(qtbot, window):
    form = window.new_case()
    return form


def test_a_new_case_for_a_brand_new_customer_made_inline(qtbot, window):
    form = new_form(qtbot, window)
    assert form.number_label.text() == "New Case"
    assert form.owner_edit.item().label == "Åsa Öberg"  # owner defaults to me
    assert form.priority_combo.currentText() == "Normal"
    type_text(form.title_edit, "Kortläsaren svarar inte")
    look_up(qtbot, form.customer_edit, "Nordlys Glas AB")
    qtbot.keyClick(form.customer_edit.edit, Qt.Key.Key_Return)  # New: nothing matched
    dialog = form.last_dialog
    assert dialog.name_edit.text() == "Nordlys Glas AB"
    dialog.accept()
    assert form.customer_edit.item().label == "Nordlys Glas AB"
    assert form.title_edit.text() == "Kortläsaren svarar inte"  # nothing typed was lost
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = form.record
    assert record is not None and form.number_label.text() == record.number
    assert record.number.startswith("CAS-0")
    saved = get_case_record(record.id)
    assert saved.customer.label == "Nordlys Glas AB" and saved.customer.kind == "account"
    assert Account.get(Account.name == "Nordlys Glas AB").id == saved.customer.id
    assert not form.dirty


def test_a_new_contact_of_the_customer_made_inline(qtbot, window):
    form = new_form(qtbot, window)
    choose(qtbot, form.customer_edit, "Havstål")
    look_up(qtbot, form.contact_edit, "Eva Lund")
    qtbot.keyClick(form.contact_edit.edit, Qt.Key.Key_Return)
    dialog = form.last_dialog
    assert (dialog.first_name_edit.text(), dialog.last_name_edit.text()) == ("Eva", "Lund")
    dialog.accept()
    eva = Contact.get(Contact.last_name == "Lund")
    assert eva.parent_account.name == "Havstål AB"  # made under the customer account
    assert form.contact_edit.item().id == eva.id


def test_find_case_opens_the_existing_case_instead(qtbot, window, desk, no_message_boxes):
    form = new_form(qtbot, window)
    type_text(form.title_edit, "Skrivaren igen")
    choose(qtbot, form.customer_edit, "Havstål")
    form.find_case()
    dialog = form.last_dialog
    numbers = [dialog.list.topLevelItem(i).text(0)
               for i in range(dialog.list.topLevelItemCount())]
    active = [c for c in Case.select().where((Case.customer_account.is_null(False))
                                             & (Case.state == int(CaseState.ACTIVE)))]
    assert sorted(numbers) == sorted(c.number for c in active)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    before = Case.select().count()
    dialog.open_button.click()
    assert any("Discard the new case" in text for text in no_message_boxes)
    assert form.number_label.text() == numbers[0]
    assert form.title_edit.text() != "Skrivaren igen"
    assert Case.select().count() == before  # the new one was discarded, not saved


def test_going_on_with_a_new_case_remembers_the_existing_one(qtbot, window, desk):
    form = new_form(qtbot, window)
    choose(qtbot, form.customer_edit, "Havstål")
    form.find_case()
    dialog = form.last_dialog
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    found = dialog.list.topLevelItem(0).text(0)
    dialog.new_button.click()
    assert form.existing_case_label.text() == found
    type_text(form.title_edit, "Ny fråga")
    assert form.save()
    assert form.record.existing_case.label == found


def test_an_invalid_title_shows_the_field_error_and_saves_nothing(qtbot, window):
    form = new_form(qtbot, window)
    choose(qtbot, form.customer_edit, "Havstål")
    before = Case.select().count()
    assert not form.save()
    assert form.errors["title"].isVisible() or form.errors["title"].text()
    assert form.errors["title"].text() == "Case Title is required."
    form.title_edit.setText("x" * 201)
    assert not form.save()
    assert form.errors["title"].text() == "Case Title can be at most 200 characters (now 201)."
    assert Case.select().count() == before
    form.title_edit.setText("Lagom lång rubrik")
    assert form.save() and not form.errors["title"].text()


def test_the_customer_is_required(qtbot, window):
    form = new_form(qtbot, window)
    form.title_edit.setText("Utan kund")
    assert not form.save()
    assert form.errors["customer"].text() == "Customer is required."


def test_editing_writes_history_rows(qtbot, window, desk):
    form = window.open_case(desk[0])
    form.priority_combo.setCurrentIndex(form.priority_combo.findData(int(Priority.LOW)))
    form.title_edit.setText("Skrivaren skriver inte ut alls")
    assert form.dirty and form.windowTitle().startswith("* ")
    assert form.save()
    history = [[form.history.topLevelItem(i).text(c) for c in range(5)]
               for i in range(form.history.topLevelItemCount())]
    changes = {row[1]: (row[2], row[3], row[4]) for row in history[:2]}
    assert changes == {"Priority": ("High", "Low", "Åsa Öberg"),
                       "Case Title": ("Skrivaren skriver inte ut",
                                      "Skrivaren skriver inte ut alls", "Åsa Öberg")}
    assert any(row[1] == "Case Number" for row in history)  # the creation is there too


def test_someone_else_saving_first_is_a_conflict_not_an_overwrite(qtbot, window, desk, session,
                                                                 no_message_boxes):
    form = window.open_case(desk[0])
    form.title_edit.setText("My title")  # editing …
    fields: CaseFields = get_case_record(desk[0]).fields()
    fields.title = "Their title"
    update_case(session, desk[0], fields, 1)  # … while someone else saves
    assert form.title_edit.text() == "My title"  # an open edit is never replaced silently
    assert not form.save()
    dialog = form.last_dialog  # the conflict dialog (tests/ui/test_conflict_dialog.py)
    assert dialog.objectName() == "conflictDialog" and dialog.shown_fields() == ["title"]
    assert get_case_record(desk[0]).title == "Their title"
    dialog.reload()
    assert form.title_edit.text() == "Their title"  # reloaded: mine discarded
    assert not form.dirty


def test_an_unedited_form_shows_changes_saved_elsewhere(qtbot, window, desk, session):
    form = window.open_case(desk[0])
    fields = get_case_record(desk[0]).fields()
    fields.title = "Changed in another window"
    update_case(session, desk[0], fields, 1)
    assert form.title_edit.text() == "Changed in another window"
    assert not form.dirty


def test_unsaved_changes_are_asked_about_when_closing(qtbot, window, desk, monkeypatch):
    form = window.open_case(desk[0])
    form.title_edit.setText("Ändrad rubrik")
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "cancel")
    assert not form.close()
    assert form.isVisible()
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "save")
    assert form.close()
    assert get_case_record(desk[0]).title == "Ändrad rubrik"


def test_resolved_cases_open_read_only_with_a_bar_saying_why(qtbot, window, desk):
    resolved = desk[5]
    form = window.open_case(resolved)
    assert form.read_only_bar.isVisibleTo(form)
    assert "resolved and read-only" in form.read_only_bar.text()
    assert form.title_edit.isReadOnly() and not form.save_action.isEnabled()
    assert not form.priority_combo.isEnabled()


def test_the_process_bar_moves_and_is_stored(qtbot, window, desk):
    form = window.open_case(desk[0])
    assert form.stage_steps.currentIndex() == int(ServiceStage.IDENTIFY)
    form.process_bar.next_button.click()
    assert get_case_record(desk[0]).stage == int(ServiceStage.RESEARCH)
    assert form.stage_steps.currentIndex() == int(ServiceStage.RESEARCH)
    form.process_bar.previous_button.click()
    assert get_case_record(desk[0]).stage == int(ServiceStage.IDENTIFY)
    assert not form.dirty


def test_choosing_a_customer_shows_the_details_panel(qtbot, window, desk):
    form = new_form(qtbot, window)
    choose(qtbot, form.customer_edit, "Havstål")
    panel = form.details_panel
    qtbot.waitUntil(lambda: panel.details() is not None, timeout=3000)
    assert panel.details().name == "Havstål AB"
    assert len(panel.details().recent_cases) == 4


def test_a_contact_as_customer_is_its_own_contact(qtbot, window, desk):
    form = new_form(qtbot, window)
    choose(qtbot, form.customer_edit, "Sven Ödman")
    assert form.customer_edit.item().kind == "contact"
    assert form.contact_edit.item().label == "Sven Ödman"


def test_status_reason_offers_active_reasons_only(qtbot, window, desk):
    form = window.open_case(desk[0])
    offered = {form.status_combo.itemData(i) for i in range(form.status_combo.count())}
    assert offered == {int(StatusReason.IN_PROGRESS), int(StatusReason.ON_HOLD),
                       int(StatusReason.WAITING_FOR_DETAILS), int(StatusReason.RESEARCHING)}


def test_the_swedish_form(qtbot, window, english):
    form = new_form(qtbot, window)
    english.switch("sv")
    assert form.captions["title"].text().replace("&", "") == "Ärenderubrik*"
    assert form.captions["customer"].text().replace("&", "") == "Kund*"
    assert form.captions["contact"].text().replace("&", "") == "Kontakt"
    assert form.number_label.text() == "Nytt ärende"
    assert form.windowTitle().startswith("Nytt ärende")
    assert form.save_action.text() == "Spara"
    form.title_edit.setText("")
    assert not form.save()
    assert form.errors["title"].text() == "Ärenderubrik måste fyllas i."


def test_the_form_uses_the_real_controllers(window):
    services = window._form_services()
    assert (services.cases, services.customers, services.lookups) == (cases, customers, lookups)
    assert isinstance(window.new_case(), CaseForm)


def test_the_subject_tree_filters_as_you_type(qtbot, window):
    from casedesk.models import Subject

    hardware = Subject.create(title="Hårdvara")
    Subject.create(title="Skrivare", parent=hardware)
    Subject.create(title="Skärm", parent=hardware)
    Subject.create(title="Programvara")
    form = new_form(qtbot, window)
    dialog = form.browse_subjects()
    type_text(dialog.filter_edit, "skriv")
    visible = [i.text(0) for i in dialog._items() if not i.isHidden()]
    assert visible == ["Hårdvara", "Skrivare"]  # a match keeps its parents
    assert dialog.tree.currentItem().text(0) == "Skrivare"
    dialog.accept()
    assert form.subject_edit.item().label == "Skrivare"
    assert form.dirty
