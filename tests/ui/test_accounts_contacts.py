"""Service › Accounts and Contacts as a user meets them: lists, forms, errors, Swedish."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase
from playhouse.test_utils import count_queries
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from casedesk.controllers import cases, customers, lookups
from casedesk.controllers.customers import AccountFields, ContactFields, CustomerQuery
from casedesk.ui import prompts
from casedesk.ui.actions import ActionRegistry
from casedesk.ui.background import Reader
from casedesk.ui.forms.account_form import AccountForm
from casedesk.ui.forms.contact_form import ContactForm
from casedesk.ui.itemmodels import record_list_model
from casedesk.ui.itemmodels.record_list_model import RecordListModel
from casedesk.ui.pages import account_list_page
from casedesk.ui.pages.account_list_page import ACCOUNT_COLUMNS, AccountListPage, RecordView
from casedesk.ui.pages.contact_list_page import ContactListPage


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
    """Type like a keyboard, one key event per character (keyClicks aborts on å, ä, ö)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def replace_text(widget, text):
    widget.selectAll()
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete,
                                             Qt.KeyboardModifier.NoModifier))
    type_text(widget, text)


@pytest.fixture
def customer_desk(session):
    """Four active accounts (one with contacts and cases) and one inactive account."""
    ids = {}
    for name, number, city in (("Havstål AB", "ACC-100", "Göteborg"),
                               ("Kustinvest Oy", "ACC-200", "Helsingfors"),
                               ("Örebro Bygg AB", "ACC-300", "Örebro"),
                               ("Alfa Data AB", "ACC-400", "Malmö"),
                               ("Gamla Verken AB", "ACC-500", "Luleå")):
        ids[name] = customers.create_account(session, AccountFields(
            name=name, account_number=number, city=city, phone="+46 31 12 34 56"))
    havstal = ids["Havstål AB"]
    ids["Sven Ödman"] = customers.create_contact(session, ContactFields(
        last_name="Ödman", first_name="Sven", parent_account_id=havstal, job_title="Inköpare",
        email="sven@havstal.se"))
    ids["Åsa Lind"] = customers.create_contact(session, ContactFields(
        last_name="Lind", first_name="Åsa", parent_account_id=havstal, job_title="IT-chef"))
    ids["Per Ek"] = customers.create_contact(session, ContactFields(last_name="Ek",
                                                                    first_name="Per"))
    for title in ("Skrivaren skriver inte ut", "Fakturan är fel"):
        cases.create_case(session, cases.NewCase(title=title, customer_account_id=havstal))
    cases.create_case(session, cases.NewCase(title="Lösenordet har gått ut",
                                             customer_contact_id=ids["Sven Ödman"]))
    customers.set_account_active(session, ids["Gamla Verken AB"], False)
    return ids


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


def _page(qtbot, cls, session, reader, host, prefs):
    page = cls(session, customers, lookups, reader, ActionRegistry(host), prefs)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    return page


@pytest.fixture
def accounts_page(qtbot, session, customer_desk, reader, host, prefs):
    return _page(qtbot, AccountListPage, session, reader, host, prefs)


@pytest.fixture
def contacts_page(qtbot, session, customer_desk, reader, host, prefs):
    return _page(qtbot, ContactListPage, session, reader, host, prefs)


def column_texts(page, key):
    column = [c.key for c in page.model.columns].index(key)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def wait_loaded(qtbot, model):
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)


def open_form(qtbot, form):
    if not form.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):  # a page's own form
        qtbot.addWidget(form)
    form.show()
    return form


# -- the generic lazy model ----------------------------------------------------------------


def _many_accounts(session, n):
    for i in range(n):
        customers.create_account(session, AccountFields(name=f"Konto {i:03d}",
                                                        city="Åre" if i % 2 else "Umeå"))


def test_model_pages_rows_in_and_passes_qtmodeltester(qtmodeltester, session):
    _many_accounts(session, 45)
    model = RecordListModel(customers.list_accounts, customers.count_accounts, InlineReader(),
                            ACCOUNT_COLUMNS, CustomerQuery(), page_size=20)
    model.set_query(CustomerQuery())
    assert model.rowCount() == 20 and model.total == 45
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 45
    assert not model.canFetchMore(QModelIndex())
    assert [model.index(r, 0).data() for r in range(45)] == [f"Konto {i:03d}"
                                                             for i in range(45)]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Account Name"
    qtmodeltester.check(model)


def test_data_never_queries(session):
    _many_accounts(session, 10)
    model = RecordListModel(customers.list_accounts, customers.count_accounts, InlineReader(),
                            ACCOUNT_COLUMNS, CustomerQuery())
    model.set_query(CustomerQuery(active_only=False))
    assert isinstance(session.database, SqliteDatabase)
    with count_queries() as counter:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             record_list_model.SORT_ROLE, record_list_model.ID_ROLE,
                             Qt.ItemDataRole.AccessibleTextRole,
                             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
                    model.index(row, column).data(role)
    assert counter.count == 0


def test_sort_is_a_new_query_over_the_whole_list(session):
    _many_accounts(session, 30)
    model = RecordListModel(customers.list_accounts, customers.count_accounts, InlineReader(),
                            ACCOUNT_COLUMNS, CustomerQuery(), page_size=10)
    model.set_query(CustomerQuery())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and model.query.descending
    assert model.index(0, 0).data() == "Konto 029"  # not just the 10 rows loaded before
    city = model.column_of("city")
    model.sort(city, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "city"
    assert model.index(0, city).data() == "Umeå"
    model.sort(city, Qt.SortOrder.DescendingOrder)
    assert model.index(0, city).data() == "Åre"
    assert model.index(model.rowCount() - 1, city).data() == "Åre"  # 10 of 15 Åre loaded


def test_stale_answers_are_dropped(session):
    """A slow answer to an old filter must not replace the answer to the newer one."""
    _many_accounts(session, 5)

    class HeldReader:
        def __init__(self):
            self.jobs = []

        def submit(self, fn, on_done, on_error=None, key=None, owner=None):
            self.jobs.append((fn, on_done))

    reader = HeldReader()
    model = RecordListModel(customers.list_accounts, customers.count_accounts, reader,
                            ACCOUNT_COLUMNS, CustomerQuery())
    model.set_query(CustomerQuery(filter_text="Konto 001"))
    model.set_query(CustomerQuery())
    assert not model.canFetchMore(QModelIndex())  # nothing fetched while a query is pending
    new_fn, new_done = reader.jobs[1]
    new_done(new_fn())
    old_fn, old_done = reader.jobs[0]
    old_done(old_fn())
    assert model.rowCount() == 5 and model.total == 5


# -- Service › Accounts ------------------------------------------------------------------------


def test_accounts_page_shows_active_accounts(accounts_page):
    page = accounts_page
    assert page.view_combo.currentText() == "Active Accounts"
    assert column_texts(page, "name") == ["Alfa Data AB", "Havstål AB", "Kustinvest Oy",
                                          "Örebro Bygg AB"]
    assert page.count_label.text() == "4 accounts"
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(page.model.columnCount())]
    assert headers == ["Account Name", "Account Number", "City", "Phone", "E-mail",
                       "Primary Contact"]
    assert page.objectName() == "page_accounts"
    assert page.table.accessibleName() == "Accounts"


def test_account_views(qtbot, accounts_page, monkeypatch):
    page = accounts_page
    monkeypatch.setattr(account_list_page, "INACTIVE_SCAN", 2)  # picks out of several pages
    page.view_combo.setCurrentIndex(page.view_combo.findData(int(RecordView.INACTIVE)))
    qtbot.waitUntil(lambda: not page.model.loading
                    and column_texts(page, "name") == ["Gamla Verken AB"], timeout=5000)
    assert page.count_label.text() == "1 account"
    assert page.model.index(0, 0).data(record_list_model.ACTIVE_ROLE) is False
    page.view_combo.setCurrentIndex(page.view_combo.findData(int(RecordView.ALL)))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 5, timeout=5000)
    assert "Gamla Verken AB" in column_texts(page, "name")


def test_typing_filters_the_accounts(qtbot, accounts_page):
    page = accounts_page
    type_text(page.filter_edit, "örebro")
    qtbot.waitUntil(lambda: page.model.query.filter_text == "örebro"
                    and not page.model.loading, timeout=5000)
    assert column_texts(page, "name") == ["Örebro Bygg AB"]
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: page.model.query.filter_text == "" and not page.model.loading,
                    timeout=5000)
    assert page.model.rowCount() == 4


def test_header_click_sorts_and_is_remembered(qtbot, accounts_page, session, reader, host,
                                              prefs):
    page = accounts_page
    header = page.table.horizontalHeader()
    header.setSortIndicator(page.model.column_of("city"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.query.sort == "city" and not page.model.loading,
                    timeout=5000)
    assert column_texts(page, "city") == ["Örebro", "Malmö", "Helsingfors", "Göteborg"]
    header.moveSection(0, 2)
    page.save_state()
    again = _page(qtbot, AccountListPage, session, reader, host, prefs)
    assert again.model.query.sort == "city" and again.model.query.descending
    assert again.table.horizontalHeader().sortIndicatorSection() == again.model.column_of("city")
    assert again.table.horizontalHeader().visualIndex(0) == 2
    assert column_texts(again, "city")[0] == "Örebro"


def test_enter_opens_the_account_form(qtbot, accounts_page):
    page = accounts_page
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.last_form
    assert isinstance(form, AccountForm)
    assert form.name_edit.text() == "Havstål AB"
    assert form.windowTitle().startswith("Account: Havstål AB")
    assert page.open_record(form.record_id) is form  # the open form, not a second one


def test_new_case_for_the_selected_account(qtbot, accounts_page, customer_desk):
    page = accounts_page
    page.table.selectRow(1)
    action = page._actions["new_case_for_account"]
    assert action.isEnabled()
    with qtbot.waitSignal(page.new_case_requested) as signal:
        action.trigger()
    assert signal.args == ["account", customer_desk["Havstål AB"], "Havstål AB"]


def test_deactivate_from_the_list(qtbot, accounts_page, no_message_boxes):
    page = accounts_page
    page.table.selectRow(0)
    page._actions["deactivate_account"].trigger()
    assert "Alfa Data AB" in no_message_boxes[-1]  # asked first
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 3, timeout=5000)
    assert "Alfa Data AB" not in column_texts(page, "name")


# -- the account form -------------------------------------------------------------------------


def test_create_an_account_through_the_form(qtbot, accounts_page, customer_desk):
    page = accounts_page
    page._actions["new_account"].trigger()
    form = open_form(qtbot, page.last_form)
    assert form.windowTitle().startswith("New Account")
    assert not form.actions["new_case_for_account"].isEnabled()
    type_text(form.name_edit, "Ängelholms Åkeri AB")
    type_text(form.city_edit, "Ängelholm")
    type_text(form.email_edit, "info@akeri.se")
    assert form.is_dirty()
    form.actions["save_record"].trigger()
    assert form.record_id is not None and not form.is_dirty()
    record = customers.get_account(form.record_id)
    assert (record.name, record.city, record.email) == ("Ängelholms Åkeri AB", "Ängelholm",
                                                        "info@akeri.se")
    assert form.windowTitle().startswith("Account: Ängelholms Åkeri AB")
    assert form.actions["new_case_for_account"].isEnabled()
    qtbot.waitUntil(lambda: "Ängelholms Åkeri AB" in column_texts(page, "name"), timeout=5000)


def test_invalid_name_shows_the_field_error_and_saves_nothing(qtbot, session, customer_desk,
                                                              reader, prefs):
    form = open_form(qtbot, AccountForm(session, customers, lookups, reader, prefs))
    type_text(form.city_edit, "Kiruna")
    type_text(form.email_edit, "inte-en-adress")
    before = customers.count_accounts(CustomerQuery(active_only=False))
    assert form.save() is False
    assert form.field_error("name") == "Name is required."
    assert form.error_labels["name"].isVisible()
    assert form.record_id is None
    type_text(form.name_edit, "Kiruna Järn AB")
    assert form.field_error("name") == ""  # typing in the field clears its error
    assert form.save() is False
    assert form.field_error("email") == "E-mail is not valid."
    assert customers.count_accounts(CustomerQuery(active_only=False)) == before


def test_edit_and_save_writes_the_change(qtbot, session, customer_desk, reader, prefs):
    account_id = customer_desk["Kustinvest Oy"]
    form = open_form(qtbot, AccountForm(session, customers, lookups, reader, prefs, account_id))
    version = customers.get_account(account_id).version
    replace_text(form.phone_edit, "+358 9 123 4567")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert customers.get_account(account_id).phone == "+358 9 123 4567"
    assert customers.get_account(account_id).version == version + 1
    assert not form.is_dirty()


def test_someone_else_saved_first(qtbot, session, customer_desk, reader, prefs,
                                  no_message_boxes):
    account_id = customer_desk["Kustinvest Oy"]
    form = open_form(qtbot, AccountForm(session, customers, lookups, reader, prefs, account_id))
    record = customers.get_account(account_id)
    customers.update_account(session, account_id, AccountFields(name="Kustinvest Abp",
                                                                city=record.city),
                             record.version)
    replace_text(form.city_edit, "Esbo")
    assert form.save() is False
    assert no_message_boxes[-1].startswith("Someone else saved this record first")
    assert customers.get_account(account_id).city == "Helsingfors"
    assert form.is_dirty()  # the user's edit is still there


def test_unsaved_changes_are_asked_about(qtbot, session, customer_desk, reader, prefs,
                                         monkeypatch):
    form = open_form(qtbot, AccountForm(session, customers, lookups, reader, prefs,
                                        customer_desk["Alfa Data AB"]))
    type_text(form.city_edit, " C")
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, text: asked.append(text) or False)
    form.close()
    assert asked == ["The account has unsaved changes. Close it and lose them?"]
    assert form.isVisible()
    monkeypatch.setattr(prompts, "confirm", lambda parent, text: asked.append(text) or True)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert customers.get_account(customer_desk["Alfa Data AB"]).city == "Malmö"


def test_deactivate_in_the_form_removes_it_from_active_accounts(qtbot, accounts_page,
                                                                customer_desk):
    page = accounts_page
    form = open_form(qtbot, page.open_record(customer_desk["Örebro Bygg AB"]))
    form.actions["deactivate_account"].trigger()
    assert not customers.get_account(form.record_id).active
    assert form.inactive_badge.isVisible() and form.name_edit.isReadOnly()
    assert not form.actions["save_record"].isEnabled()
    assert form.actions["activate_account"].isVisible()
    qtbot.waitUntil(lambda: not page.model.loading
                    and "Örebro Bygg AB" not in column_texts(page, "name"), timeout=5000)
    form.actions["activate_account"].trigger()
    assert customers.get_account(form.record_id).active
    assert not form.name_edit.isReadOnly()


def test_account_form_shows_contacts_cases_and_its_entitlements(qtbot, session, customer_desk,
                                                               reader, prefs):
    account_id = customer_desk["Havstål AB"]
    form = open_form(qtbot, AccountForm(session, customers, lookups, reader, prefs, account_id))
    qtbot.waitUntil(lambda: form.contacts_model.rowCount() == 2
                    and form.cases_tree.topLevelItemCount() == 2, timeout=5000)
    names = [form.contacts_model.index(r, 0).data() for r in range(2)]
    assert names == ["Sven Ödman", "Åsa Lind"]  # Swedish order: S < Å
    titles = {form.cases_tree.topLevelItem(i).text(1) for i in range(2)}
    assert titles == {"Skrivaren skriver inte ut", "Fakturan är fel"}
    assert form.cases_tree.topLevelItem(0).text(2) == "In Progress"
    assert form.entitlements_list.empty.text() == "No active entitlements."
    assert form.entitlements_list.tree.topLevelItemCount() == 0  # no made-up rows

    with qtbot.waitSignal(form.case_open_requested) as opened:
        form.cases_tree.itemActivated.emit(form.cases_tree.topLevelItem(0), 0)
    assert isinstance(opened.args[0], int)
    form.contacts_table.selectRow(0)
    with qtbot.waitSignal(form.contact_open_requested) as contact:
        form.actions["open_contact"].trigger()
    assert contact.args == [customer_desk["Sven Ödman"]]
    with qtbot.waitSignal(form.new_contact_requested) as new_contact:
        form.actions["new_contact"].trigger()
    assert new_contact.args == [account_id, "Havstål AB"]
    with qtbot.waitSignal(form.new_case_requested) as new_case:
        form.actions["new_case_for_account"].trigger()
    assert new_case.args == ["account", account_id, "Havstål AB"]


def test_choose_parent_account_and_primary_contact_with_lookups(qtbot, session, customer_desk,
                                                                reader, prefs):
    account_id = customer_desk["Havstål AB"]
    form = open_form(qtbot, AccountForm(session, customers, lookups, reader, prefs, account_id))
    form.parent_edit.edit.setFocus()
    type_text(form.parent_edit.edit, "Kustinv")
    qtbot.keyClick(form.parent_edit.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.parent_edit.results_visible()
                    and bool(form.parent_edit.results().selectable_items()), timeout=5000)
    qtbot.keyClick(form.parent_edit.edit, Qt.Key.Key_Return)
    assert form.parent_edit.item().id == customer_desk["Kustinvest Oy"]
    form.primary_contact_edit.edit.setFocus()
    type_text(form.primary_contact_edit.edit, "Sven")
    qtbot.keyClick(form.primary_contact_edit.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.primary_contact_edit.results_visible()
                    and bool(form.primary_contact_edit.results().selectable_items()),
                    timeout=5000)
    qtbot.keyClick(form.primary_contact_edit.edit, Qt.Key.Key_Return)
    assert form.save()
    record = customers.get_account(account_id)
    assert record.parent_account_name == "Kustinvest Oy"
    assert record.primary_contact_name == "Sven Ödman"


def test_a_contact_of_another_account_is_refused_as_primary_contact(qtbot, session,
                                                                    customer_desk, reader,
                                                                    prefs):
    form = open_form(qtbot, AccountForm(session, customers, lookups, reader, prefs,
                                        customer_desk["Alfa Data AB"]))
    form.primary_contact_edit.set_item(lookups.LookupItem("contact", customer_desk["Per Ek"],
                                                          "Per Ek"))
    assert form.save() is False
    assert form.field_error("primary_contact") == ("Primary Contact must be one of this "
                                                   "account's contacts.")


def test_typed_but_not_chosen_lookup_is_an_error(qtbot, session, customer_desk, reader, prefs):
    form = open_form(qtbot, AccountForm(session, customers, lookups, reader, prefs,
                                        customer_desk["Alfa Data AB"]))
    type_text(form.parent_edit.edit, "Nobody")
    assert form.save() is False
    assert form.field_error("parent_account").startswith("Press Enter to look up")


# -- Service › Contacts and the contact form ------------------------------------------------


def test_contacts_page_lists_filters_and_sorts(qtbot, contacts_page):
    page = contacts_page
    assert column_texts(page, "name") == ["Per Ek", "Sven Ödman", "Åsa Lind"]  # Swedish order
    assert column_texts(page, "account") == ["", "Havstål AB", "Havstål AB"]
    assert page.count_label.text() == "3 contacts"
    header = page.table.horizontalHeader()
    header.setSortIndicator(page.model.column_of("job_title"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.query.sort == "job_title" and not page.model.loading,
                    timeout=5000)
    assert column_texts(page, "job_title") == ["", "Inköpare", "IT-chef"]
    type_text(page.filter_edit, "havstål")
    qtbot.waitUntil(lambda: page.model.query.filter_text == "havstål"
                    and not page.model.loading, timeout=5000)
    assert sorted(column_texts(page, "name")) == ["Sven Ödman", "Åsa Lind"]


def test_create_a_contact_for_an_account(qtbot, contacts_page, customer_desk):
    page = contacts_page
    account_id = customer_desk["Örebro Bygg AB"]
    form = open_form(qtbot, page.new_contact(account_id, "Örebro Bygg AB"))
    assert isinstance(form, ContactForm)
    assert form.account_edit.item().id == account_id
    assert form.save() is False
    assert form.field_error("last_name") == "Last Name is required."
    type_text(form.first_name_edit, "Märta")
    type_text(form.last_name_edit, "Öhrström")
    form.method_combo.setCurrentIndex(form.method_combo.findData(3))
    assert form.method_combo.currentText() == "Phone"
    form.do_not_email_check.setChecked(True)
    form.actions["save_close_record"].trigger()
    assert not form.isVisible()
    qtbot.waitUntil(lambda: "Märta Öhrström" in column_texts(page, "name"), timeout=5000)
    row = page.model.row_of(column_texts(page, "name").index("Märta Öhrström"))
    record = customers.get_contact(row.id)
    assert record.parent_account_name == "Örebro Bygg AB"
    assert (record.preferred_contact_method, record.do_not_email, record.do_not_phone) == (
        3, True, False)


def test_edit_deactivate_and_cases_of_a_contact(qtbot, contacts_page, customer_desk):
    page = contacts_page
    page.table.selectRow(column_texts(page, "name").index("Sven Ödman"))
    page._actions["open_contact"].trigger()
    form = open_form(qtbot, page.last_form)
    assert form.last_name_edit.text() == "Ödman"
    assert form.account_edit.item().label == "Havstål AB"
    qtbot.waitUntil(lambda: form.cases_tree.topLevelItemCount() == 1, timeout=5000)
    assert form.cases_tree.topLevelItem(0).text(1) == "Lösenordet har gått ut"
    replace_text(form.job_title_edit, "Inköpschef")
    assert form.save()
    assert customers.get_contact(form.record_id).job_title == "Inköpschef"
    with qtbot.waitSignal(form.new_case_requested) as new_case:
        form.actions["new_case_for_contact"].trigger()
    assert new_case.args == ["contact", form.record_id, "Sven Ödman"]
    form.actions["deactivate_contact"].trigger()
    assert not customers.get_contact(form.record_id).active
    qtbot.waitUntil(lambda: not page.model.loading
                    and "Sven Ödman" not in column_texts(page, "name"), timeout=5000)


# -- Swedish ------------------------------------------------------------------------------------


def test_swedish_labels_after_switching_language(qtbot, accounts_page, contacts_page, session,
                                                 customer_desk, reader, prefs, english):
    account = open_form(qtbot, AccountForm(session, customers, lookups, reader, prefs))
    contact = open_form(qtbot, ContactForm(session, customers, lookups, reader, prefs))
    account.save()
    english.switch("sv")
    assert accounts_page.view_combo.currentText() == "Aktiva konton"
    assert accounts_page.model.headerData(0, Qt.Orientation.Horizontal) == "Kontonamn"
    assert accounts_page.count_label.text() == "4 konton"
    accounts_page._actions.retranslate()  # the main window does this for its registry
    assert accounts_page._actions["new_account"].text() == "Nytt &konto"
    assert contacts_page.view_combo.currentText() == "Aktiva kontakter"
    assert contacts_page.count_label.text() == "3 kontakter"
    assert account.windowTitle().startswith("Nytt konto")
    assert account.captions["name"].text() == "Konto&namn:"
    assert account.field_error("name") == "Namn måste fyllas i."
    assert account.actions["save_record"].text() == "&Spara"
    assert account.actions["new_case_for_account"].text() == "&Nytt ärende"
    assert account.entitlements_box.title() == "Aktiva berättiganden"
    assert contact.method_combo.itemText(0) == "Valfri"
    assert contact.captions["last_name"].text() == "&Efternamn:"
    english.switch("en")
    assert accounts_page.view_combo.currentText() == "Active Accounts"
    assert account.field_error("name") == "Name is required."
