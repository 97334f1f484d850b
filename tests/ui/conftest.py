"""UI fixtures: preferences on a temporary file, a desk with cases, the main window."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings

from casedesk.controllers import cases, search
from casedesk.controllers.admin import create_user
from casedesk.models import Account, Case, Contact, utcnow
from casedesk.models.options import CaseState, Priority, StatusReason
from casedesk.ui import prompts, settings
from casedesk.ui.main_window import MainWindow, Services


@pytest.fixture
def prefs(tmp_path):
    return settings.Settings(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """Message boxes would block a test: record them instead."""
    shown = []
    monkeypatch.setattr(prompts, "error", lambda parent, text, details="": shown.append(text))
    monkeypatch.setattr(prompts, "information", lambda parent, text: shown.append(text))
    monkeypatch.setattr(prompts, "confirm", lambda parent, text: shown.append(text) or True)
    monkeypatch.setattr(prompts, "about", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(prompts, "ask_save_changes",
                        lambda parent, text: shown.append(text) or "discard")
    monkeypatch.setattr(prompts, "choose", lambda parent, text, options: shown.append(text) or 0)
    return shown


@pytest.fixture
def desk(session):
    """Cases of two customers: 3 active mine, 2 active of Björn, 1 resolved mine, 1 canceled."""
    acme = Account.create(name="Havstål AB")
    person = Contact.create(first_name="Sven", last_name="Ödman", full_name="Sven Ödman")
    bjorn = create_user(session, "Björn Berg", "bjorn")
    specs = [
        ("Skrivaren skriver inte ut", acme.id, None, None, Priority.HIGH),
        ("Lösenordet har gått ut", None, person.id, None, Priority.NORMAL),
        ("Printer jams on page two", acme.id, None, None, Priority.LOW),
        ("Fakturan är fel", acme.id, None, bjorn.id, Priority.NORMAL),
        ("VPN drops every hour", None, person.id, bjorn.id, Priority.HIGH),
        ("Åtkomst till portalen", acme.id, None, None, Priority.NORMAL),
        ("Dubblett av faktura", None, person.id, None, Priority.LOW),
    ]
    ids = []
    for title, account, contact, owner, priority in specs:
        ids.append(cases.create_case(session, cases.NewCase(
            title=title, customer_account_id=account, customer_contact_id=contact,
            owner_user_id=owner, priority=int(priority))))
    # distinct creation times, oldest first
    start = utcnow() - timedelta(days=1)
    for n, case_id in enumerate(ids):
        Case.update(created_on=start + timedelta(hours=n)).where(Case.id == case_id).execute()
    Case.update(state=int(CaseState.RESOLVED), status_reason=int(StatusReason.PROBLEM_SOLVED)
                ).where(Case.id == ids[5]).execute()
    Case.update(state=int(CaseState.CANCELED), status_reason=int(StatusReason.CANCELED)
                ).where(Case.id == ids[6]).execute()
    return ids


@pytest.fixture
def services():
    from casedesk.controllers import (
        activities,
        charging,
        connections,
        customers,
        entitlements,
        lifecycle,
        lookups,
        products,
        queues,
        routing,
        subjects,
        users,
    )

    return Services(cases=cases, quick_find=search.quick_find, customers=customers,
                    lookups=lookups, activities=activities, lifecycle=lifecycle,
                    entitlements=entitlements, charging=charging, users=users,
                    queues=queues, routing=routing, subjects=subjects,
                    products=products, search=search, connections=connections)


@pytest.fixture
def window(qtbot, session, desk, prefs, services):
    w = MainWindow(session, services, prefs, "test.db")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: not w.case_list.model.loading, timeout=5000)
    yield w
    w.reader.close()


@pytest.fixture(scope="session")
def languages(qapp):
    from casedesk.ui.i18n import LanguageManager

    return LanguageManager(qapp)


@pytest.fixture(autouse=True)
def english(languages):
    """Every UI test starts in English (whatever the machine's locale) and ends in it."""
    languages.switch("en")
    yield languages
    languages.switch("en")
