"""The customer details panel of a case (SPEC §1.2): card, 5 newest cases and activities."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from casedesk.controllers import cases, customers
from casedesk.controllers.customers import ActivityBrief, CaseBrief, CustomerDetails
from casedesk.models import Activity, Case
from casedesk.models.options import CaseState, PreferredContactMethod, StatusReason
from casedesk.ui.formatting import local_datetime
from casedesk.ui.widgets.customer_details_panel import CustomerDetailsPanel

START = datetime(2026, 11, 1, 9, 30)


def contact_details(n_cases=6, n_activities=7):
    recent_cases = [CaseBrief(100 + n, f"CAS-0{1000 + n}-AAAAA{n}", f"Fall nummer {n}",
                              int(CaseState.ACTIVE), int(StatusReason.IN_PROGRESS),
                              START + timedelta(days=n)) for n in range(n_cases)]
    recent_cases[-1:] = [CaseBrief(105, "CAS-01005-AAAAA5", "Skrivaren är trasig",
                                 int(CaseState.RESOLVED), int(StatusReason.PROBLEM_SOLVED),
                                 START + timedelta(days=20))] if n_cases else []
    activities = [ActivityBrief(200 + n, 1 + n % 4, f"Samtal {n}", n % 3,
                                START + timedelta(hours=n), "CAS-01000-AAAAA0")
                  for n in range(n_activities)]
    return CustomerDetails(
        "contact", 7, "Anna Öberg", "anna@havstal.se", "031-12 34 56", "070-123 45 67",
        "Inköpschef", "Havstål AB", "Göteborg", int(PreferredContactMethod.EMAIL),
        False, True, recent_cases, activities)


@pytest.fixture
def panel(qtbot):
    widget = CustomerDetailsPanel()
    qtbot.addWidget(widget)
    widget.resize(520, 640)
    widget.show()
    return widget


def card(panel, key):
    """The card's value for `key`, or None when its row is hidden."""
    label = panel.findChild(QLabel, f"customerCard_{key}")
    return label.text() if label.isVisibleTo(panel) else None


def column(view, col):
    return [view.topLevelItem(i).text(col) for i in range(view.topLevelItemCount())]


def test_empty_until_a_customer_is_chosen(panel):
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text().startswith("Choose a customer")
    panel.set_details(contact_details())
    panel.set_details(None)
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.cases_view.topLevelItemCount() == 0


def test_contact_card(panel):
    panel.set_details(contact_details())
    assert panel.name_label.text() == "Anna Öberg"
    assert panel.kind_label.text() == "Contact"
    assert card(panel, "job_title") == "Inköpschef"
    assert card(panel, "account") == "Havstål AB"
    assert card(panel, "email") == "anna@havstal.se"
    assert card(panel, "phone") == "031-12 34 56"
    assert card(panel, "mobile") == "070-123 45 67"
    assert card(panel, "city") == "Göteborg"
    assert card(panel, "preferred") == "E-mail"
    assert card(panel, "do_not_contact") == "Phone"
    assert card(panel, "primary_contact") is None  # an account's row
    assert card(panel, "parent_account") is None


def test_five_newest_cases_with_status_and_created_on(panel):
    details = contact_details()
    panel.set_details(details)
    view = panel.cases_view
    assert view.topLevelItemCount() == 5
    assert column(view, 0)[0] == "CAS-01005-AAAAA5"  # the newest first
    assert column(view, 1)[0] == "Skrivaren är trasig"
    assert column(view, 2)[:2] == ["Problem Solved", "In Progress"]
    assert column(view, 3)[0] == local_datetime(START + timedelta(days=20))
    assert "CAS-01000-AAAAA0" not in column(view, 0)  # the oldest of six is left out
    assert panel.cases_empty.isHidden()


def test_five_newest_activities(panel):
    panel.set_details(contact_details())
    view = panel.activities_view
    assert view.topLevelItemCount() == 5
    assert column(view, 1)[0] == "Samtal 6"
    assert column(view, 0)[:2] == ["E-mail", "Task"]  # kinds 3 and 2
    assert column(view, 2)[0] == "Open"  # state 0
    assert column(view, 4)[0] == "CAS-01000-AAAAA0"


def test_a_recent_case_opens_from_the_keyboard(qtbot, panel):
    panel.set_details(contact_details())
    view = panel.cases_view
    view.setFocus()
    view.setCurrentItem(view.topLevelItem(1))
    with qtbot.waitSignal(panel.case_open_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [104]


def test_no_cases_and_no_activities_say_so(panel):
    panel.set_details(contact_details(n_cases=0, n_activities=0))
    assert panel.cases_view.isHidden() and not panel.cases_empty.isHidden()
    assert panel.cases_empty.text() == "No cases yet."
    assert panel.activities_empty.text() == "No activities yet."


def test_no_active_entitlements_says_so(panel):
    panel.set_details(contact_details())
    assert panel.entitlements_title.text() == "Active Entitlements"
    assert panel.entitlements_note.text() == "No active entitlements."
    assert not panel.entitlements_view.isVisibleTo(panel)


def test_the_customers_active_entitlements_with_remaining_terms(panel, session):
    from datetime import date, timedelta
    from decimal import Decimal

    from casedesk.controllers import customers, entitlements
    from casedesk.models import Account

    account = Account.create(name="Havstål AB")
    today = date.today()
    fields = entitlements.EntitlementFields(
        name="Guldavtal 2026", customer_account_id=account.id, start_date=today,
        end_date=today + timedelta(days=90), total_terms=Decimal(10))
    active = entitlements.create_entitlement(session, fields)
    entitlements.activate(session, active)
    entitlements.create_entitlement(session, entitlements.EntitlementFields(  # a draft
        name="Utkast", customer_account_id=account.id, start_date=today,
        end_date=today + timedelta(days=30), total_terms=Decimal(5)))
    panel.set_details(customers.customer_details("account", account.id))
    assert column(panel.entitlements_view, 0) == ["Guldavtal 2026"]
    assert column(panel.entitlements_view, 1) == ["10 of 10 cases"]


def test_swedish(panel, english):
    panel.set_details(contact_details())
    english.switch("sv")
    assert panel.kind_label.text() == "Kontakt"
    assert panel.cases_title.text() == "Senaste ärenden"
    assert panel.activities_title.text() == "Senaste aktiviteter"
    assert panel.entitlements_title.text() == "Aktiva berättiganden"
    assert column(panel.cases_view, 2)[:2] == ["Problemet löst", "Pågår"]
    assert column(panel.activities_view, 0)[:2] == ["E-post", "Uppgift"]
    assert card(panel, "preferred") == "E-post"
    assert panel.cases_view.headerItem().text(0) == "Ärendenummer"


def test_an_account_from_the_real_controller(qtbot, panel, session):
    parent = customers.create_account(session, customers.AccountFields(name="Havstål Group"))
    account = customers.create_account(session, customers.AccountFields(
        name="Havstål AB", phone="031-70 00 00", city="Göteborg", parent_account_id=parent))
    ids = [cases.create_case(session, cases.NewCase(title=f"Ärende {n}",
                                                    customer_account_id=account))
           for n in range(7)]
    for n, case_id in enumerate(ids):
        Case.update(created_on=START + timedelta(hours=n)).where(Case.id == case_id).execute()
    panel.set_details(customers.customer_details("account", account))
    assert panel.kind_label.text() == "Account"
    assert card(panel, "phone") == "031-70 00 00"
    assert card(panel, "parent_account") == "Havstål Group"
    assert card(panel, "job_title") is None and card(panel, "preferred") is None
    assert column(panel.cases_view, 1) == [f"Ärende {n}" for n in (6, 5, 4, 3, 2)]
    assert column(panel.cases_view, 2)[0] == "In Progress"
    assert Activity.select().count() == 0
    assert panel.activities_empty.isVisibleTo(panel)
