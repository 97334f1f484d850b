"""Quick create behind a lookup's New (SPEC §4.4, §4.5): inline errors, nothing saved while
invalid, and the new record handed back as a LookupItem."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casedesk.controllers import customers
from casedesk.controllers.lookups import LookupItem
from casedesk.models import Account, Contact
from casedesk.ui.background import Reader
from casedesk.ui.dialogs import quick_create_dialog
from casedesk.ui.dialogs.quick_create_dialog import (
    QuickCreateAccountDialog,
    QuickCreateChoiceDialog,
    QuickCreateContactDialog,
    quick_create_customer,
    split_name,
)


def type_text(widget, text):
    """Type like a keyboard, one key event per character (keyClicks aborts on å, ä, ö)."""
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
def havstal(session):
    account_id = customers.create_account(session, customers.AccountFields(
        name="Havstål AB", city="Göteborg"))
    return LookupItem("account", account_id, "Havstål AB", "Göteborg")


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("typed, expected", [
    ("Anna Berg", ("Anna", "Berg")), ("  Anna  Maria   Berg ", ("Anna Maria", "Berg")),
    ("Berg, Anna", ("Anna", "Berg")), ("Öberg", ("", "Öberg")), ("", ("", ""))])
def test_split_what_was_typed_into_first_and_last_name(typed, expected):
    assert split_name(typed) == expected


def test_account_name_comes_from_what_was_typed(qtbot, session):
    dialog = open_dialog(qtbot, QuickCreateAccountDialog(session, "  Havstål   AB "))
    assert dialog.name_edit.text() == "Havstål AB"
    assert dialog.windowTitle() == "Quick Create: Account"
    assert dialog.name_edit.accessibleName() == "Account Name (required)"


def test_account_without_a_name_says_so_at_the_field_and_saves_nothing(qtbot, session):
    dialog = open_dialog(qtbot, QuickCreateAccountDialog(session, ""))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    error = dialog.errors.label("name")
    assert error.text() == "Account Name is required."
    assert error.isVisibleTo(dialog)
    assert dialog.name_edit.accessibleDescription() == "Account Name is required."
    assert dialog.created is None
    assert Account.select().count() == 0


def test_account_with_a_bad_email_says_so_at_the_email(qtbot, session):
    dialog = open_dialog(qtbot, QuickCreateAccountDialog(session, "Havstål AB"))
    type_text(dialog.email_edit, "info@havstål")
    dialog.accept()
    assert dialog.errors.label("email").text() == "E-mail is not valid."
    assert not dialog.errors.label("name").isVisibleTo(dialog)
    assert Account.select().count() == 0
    dialog.email_edit.setText("info@havstål.se")
    dialog.accept()  # the error goes when it is fixed
    assert not dialog.errors.label("email").isVisibleTo(dialog)
    assert dialog.result() == QuickCreateAccountDialog.DialogCode.Accepted


def test_account_is_created_and_handed_back(qtbot, session):
    dialog = open_dialog(qtbot, QuickCreateAccountDialog(session, "Nordvind"))
    type_text(dialog.name_edit, " Åkeri")
    type_text(dialog.phone_edit, "031-70 00 00")
    type_text(dialog.city_edit, "Malmö")
    dialog.accept()
    assert dialog.result() == QuickCreateAccountDialog.DialogCode.Accepted
    account = Account.get()
    assert (account.name, account.phone, account.city, account.email) == (
        "Nordvind Åkeri", "031-70 00 00", "Malmö", None)
    assert dialog.created == LookupItem("account", account.id, "Nordvind Åkeri", "Malmö")


def test_contact_name_is_split_and_the_account_prefilled(qtbot, session, havstal, reader):
    dialog = open_dialog(qtbot, QuickCreateContactDialog(session, "Anna Berg", havstal,
                                                         reader=reader))
    assert (dialog.first_name_edit.text(), dialog.last_name_edit.text()) == ("Anna", "Berg")
    assert dialog.account_lookup.item() == havstal
    assert dialog.account_lookup.text() == "Havstål AB"
    dialog.accept()
    contact = Contact.get()
    assert (contact.first_name, contact.last_name, contact.full_name) == ("Anna", "Berg",
                                                                          "Anna Berg")
    assert contact.parent_account_id == havstal.id
    assert dialog.created == LookupItem("contact", contact.id, "Anna Berg", "Havstål AB")


def test_contact_without_a_last_name_says_so_and_saves_nothing(qtbot, session, reader):
    dialog = open_dialog(qtbot, QuickCreateContactDialog(session, "", None, reader=reader))
    type_text(dialog.first_name_edit, "Märta")
    dialog.accept()
    assert dialog.errors.label("last_name").text() == "Last Name is required."
    assert dialog.errors.label("last_name").isVisibleTo(dialog)
    assert dialog.last_name_edit.hasFocus() or not dialog.isActiveWindow()
    assert Contact.select().count() == 0
    assert dialog.created is None


def test_contact_errors_in_swedish(qtbot, session, reader, english):
    english.switch("sv")
    dialog = open_dialog(qtbot, QuickCreateContactDialog(session, "Anna Berg", None,
                                                         reader=reader))
    type_text(dialog.email_edit, "anna.berg")
    dialog.accept()
    assert dialog.errors.label("email").text() == "E-post är inte giltigt."
    dialog.last_name_edit.clear()
    dialog.accept()
    assert dialog.errors.label("last_name").text() == "Efternamn måste fyllas i."
    assert dialog.windowTitle() == "Snabbregistrering: Kontakt"
    assert Contact.select().count() == 0


def test_the_account_is_looked_up_by_keyboard_and_only_accounts_are_offered(
        qtbot, session, havstal, reader):
    customers.create_contact(session, customers.ContactFields(last_name="Havsberg"))
    dialog = open_dialog(qtbot, QuickCreateContactDialog(session, "Sven Ek", None,
                                                         reader=reader))
    lookup = dialog.account_lookup
    lookup.setFocus()
    type_text(lookup.edit, "hav")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.results_visible())
    panel = lookup.results()
    assert [panel.topLevelItem(i).text(0) for i in range(panel.topLevelItemCount())] == [
        "Havstål AB — Göteborg"]
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert lookup.item().id == havstal.id
    assert dialog.isVisible()  # Enter chose the account; it did not save the dialog
    dialog.accept()
    assert Contact.get(Contact.last_name == "Ek").parent_account_id == havstal.id


def test_an_account_typed_but_not_chosen_is_refused(qtbot, session, havstal, reader):
    dialog = open_dialog(qtbot, QuickCreateContactDialog(session, "Sven Ek", None,
                                                         reader=reader))
    type_text(dialog.account_lookup.edit, "Havstål")
    dialog.accept()
    assert dialog.errors.label("parent_account_id").text() == "Account is not valid."
    assert Contact.select().count() == 0


def test_the_contact_dialog_can_bring_its_own_reader(qtbot, session):
    dialog = open_dialog(qtbot, QuickCreateContactDialog(session, "Sven Ek"))
    dialog.accept()
    assert dialog.created.label == "Sven Ek"


def test_choice_between_a_new_account_and_a_new_contact(qtbot, english):
    dialog = QuickCreateChoiceDialog()
    qtbot.addWidget(dialog)
    assert dialog.contact_button.text() == "New &Contact"
    dialog.contact_button.click()
    assert dialog.choice == "contact"
    assert dialog.result() == QuickCreateChoiceDialog.DialogCode.Accepted
    english.switch("sv")
    assert dialog.account_button.text() == "Nytt &konto"
    assert dialog.windowTitle() == "Ny kund"


def test_quick_create_customer_asks_then_creates(qtbot, session, monkeypatch):
    monkeypatch.setattr(QuickCreateChoiceDialog, "exec",
                        lambda self: (self._choose("account"), self.result())[1])
    monkeypatch.setattr(quick_create_dialog.QuickCreateAccountDialog, "exec",
                        lambda self: (self.accept(), self.result())[1])
    created = quick_create_customer(session, "Fjällbolaget")
    assert created.kind == "account" and created.label == "Fjällbolaget"
    assert Account.get(Account.id == created.id).name == "Fjällbolaget"
    monkeypatch.setattr(QuickCreateChoiceDialog, "exec", lambda self: 0)
    assert quick_create_customer(session, "Nobody") is None
