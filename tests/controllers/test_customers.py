"""Accounts and contacts (SPEC §1.2, §1.13): the commands' rules, renaming, the lists with
keyset paging and filter-as-you-type, one record, and the customer details panel."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from casedesk.controllers import events
from casedesk.controllers.cases import (
    CaseColumn,
    CaseQuery,
    CaseView,
    NewCase,
    create_case,
    list_cases,
)
from casedesk.controllers.customers import (
    AccountFields,
    ContactFields,
    CustomerQuery,
    count_accounts,
    count_contacts,
    create_account,
    create_contact,
    customer_cases,
    customer_details,
    get_account,
    get_contact,
    list_accounts,
    list_contacts,
    set_account_active,
    set_contact_active,
    update_account,
    update_contact,
)
from casedesk.controllers.errors import ConflictError, NotFound, ValidationError
from casedesk.models import Account, Activity, AuditLog, Case, Contact
from casedesk.models.options import (
    ActivityKind,
    ActivityStatusReason,
    AuditAction,
    PreferredContactMethod,
)


@pytest.fixture
def seen(session):
    """Events published on the session's bus, as (name, payload)."""
    got = []
    for name in (events.CUSTOMERS_CHANGED, events.CASES_CHANGED):
        session.events.subscribe(name, lambda _n=name, **kw: got.append((_n, kw)))
    return got


def _state():
    """What a refused command must leave unchanged."""
    return ([(a.id, a.version, a.name, a.parent_account_id, a.primary_contact_id)
             for a in Account.select().order_by(Account.id)],
            [(c.id, c.version, c.full_name, c.parent_account_id)
             for c in Contact.select().order_by(Contact.id)],
            [(c.id, c.customer_sort) for c in Case.select().order_by(Case.id)],
            AuditLog.select().count())


def _audit(entity, record_id, action=None):
    rows = AuditLog.select().where((AuditLog.entity == entity)
                                   & (AuditLog.record_id == record_id))
    if action is not None:
        rows = rows.where(AuditLog.action == int(action))
    return {r.field: (r.old_value, r.new_value) for r in rows}


def _refused(call, field, code):
    before = _state()
    with pytest.raises(ValidationError) as info:
        call()
    assert (info.value.field, info.value.code) == (field, code)
    assert _state() == before
    return info.value


# -- create: validation ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "   ", None])
def test_account_name_is_required(session, name):
    _refused(lambda: create_account(session, AccountFields(name=name)), "name", "required")


def test_account_name_up_to_160_characters(session):
    create_account(session, AccountFields(name="x" * 160))
    error = _refused(lambda: create_account(session, AccountFields(name="x" * 161)),
                     "name", "too_long")
    assert error.params["max"] == 160


@pytest.mark.parametrize(("field", "size"), [("phone", 50), ("website", 200), ("city", 80),
                                             ("account_number", 40), ("postal_code", 20)])
def test_account_fields_are_bounded(session, field, size):
    create_account(session, AccountFields(name="Ok AB", **{field: "1" * size}))
    _refused(lambda: create_account(session, AccountFields(name="Ok AB",
                                                           **{field: "1" * (size + 1)})),
             field, "too_long")


@pytest.mark.parametrize("text", ["Havs\x00tål AB", "Rad\nbrytning AB", "Tab\tAB", "Bell\x07"])
def test_control_characters_are_refused(session, text):
    _refused(lambda: create_account(session, AccountFields(name=text)), "name",
             "control_chars")
    _refused(lambda: create_contact(session, ContactFields(last_name=text)), "last_name",
             "control_chars")


@pytest.mark.parametrize("email", ["anna", "anna@", "@example.se", "anna@example",
                                   "anna @example.se", "anna@@example.se", "anna@example."])
def test_email_must_look_like_an_address(session, email):
    _refused(lambda: create_account(session, AccountFields(name="A AB", email=email)),
             "email", "invalid")
    _refused(lambda: create_contact(session, ContactFields(last_name="Ek", email=email)),
             "email", "invalid")


def test_good_addresses_in_any_script_are_kept(session):
    account = create_account(session, AccountFields(name="A AB", email=" info@havstål.se "))
    assert get_account(account).email == "info@havstål.se"
    contact = create_contact(session, ContactFields(last_name="Ek", email="åsa.ek@example.se"))
    assert get_contact(contact).email == "åsa.ek@example.se"


def test_contact_last_name_required_and_names_up_to_80(session):
    _refused(lambda: create_contact(session, ContactFields(last_name=" ", first_name="Anna")),
             "last_name", "required")
    _refused(lambda: create_contact(session, ContactFields(last_name="x" * 81)),
             "last_name", "too_long")
    _refused(lambda: create_contact(session, ContactFields(last_name="Ek", first_name="y" * 81)),
             "first_name", "too_long")
    contact = create_contact(session, ContactFields(last_name="x" * 80, first_name="y" * 80))
    assert len(get_contact(contact).full_name) == 161


def test_preferred_contact_method_must_be_one_of_the_list(session):
    _refused(lambda: create_contact(session, ContactFields(last_name="Ek",
                                                           preferred_contact_method=9)),
             "preferred_contact_method", "invalid")


def test_names_in_any_script_and_emoji_round_trip(session):
    names = ["Ελληνικά Τρόφιμα ΑΕ", "北京贸易有限公司", "Кофе ☕ 🚀 AB", "שלום בע״מ"]
    ids = [create_account(session, AccountFields(name=n)) for n in names]
    assert [get_account(i).name for i in ids] == names
    contact = create_contact(session, ContactFields(first_name="Ōta", last_name="🦊 Åkesson"))
    assert get_contact(contact).full_name == "Ōta 🦊 Åkesson"
    page = list_accounts(CustomerQuery(filter_text="☕"))
    assert [r.name for r in page.rows] == ["Кофе ☕ 🚀 AB"]


# -- parent account and primary contact -----------------------------------------------------


def test_parent_account_must_exist(session):
    _refused(lambda: create_account(session, AccountFields(name="Child", parent_account_id=999)),
             "parent_account", "not_found")
    _refused(lambda: create_contact(session, ContactFields(last_name="Ek",
                                                           parent_account_id=999)),
             "parent_account", "not_found")


def test_parent_account_cannot_make_a_cycle(session):
    top = create_account(session, AccountFields(name="Koncernen AB"))
    middle = create_account(session, AccountFields(name="Dotter AB", parent_account_id=top))
    bottom = create_account(session, AccountFields(name="Barnbarn AB", parent_account_id=middle))
    version = get_account(top).version
    _refused(lambda: update_account(session, top, AccountFields(
        name="Koncernen AB", parent_account_id=bottom), version), "parent_account", "cycle")
    _refused(lambda: update_account(session, top, AccountFields(
        name="Koncernen AB", parent_account_id=top), version), "parent_account", "cycle")
    other = create_account(session, AccountFields(name="Annat AB"))
    update_account(session, bottom, AccountFields(name="Barnbarn AB", parent_account_id=other),
                   get_account(bottom).version)
    assert get_account(bottom).parent_account_name == "Annat AB"


def test_primary_contact_must_be_a_contact_of_the_account(session):
    account = create_account(session, AccountFields(name="Havstål AB"))
    other = create_account(session, AccountFields(name="Annat AB"))
    own = create_contact(session, ContactFields(first_name="Örjan", last_name="Ek",
                                                parent_account_id=account))
    foreign = create_contact(session, ContactFields(last_name="Berg", parent_account_id=other))
    loose = create_contact(session, ContactFields(last_name="Lös"))
    _refused(lambda: create_account(session, AccountFields(name="Ny AB",
                                                           primary_contact_id=own)),
             "primary_contact", "not_in_account")
    version = get_account(account).version
    for contact in (foreign, loose):
        _refused(lambda c=contact: update_account(session, account, AccountFields(
            name="Havstål AB", primary_contact_id=c), version),
            "primary_contact", "not_in_account")
    _refused(lambda: update_account(session, account, AccountFields(
        name="Havstål AB", primary_contact_id=12345), version), "primary_contact", "not_found")
    update_account(session, account, AccountFields(name="Havstål AB", primary_contact_id=own),
                   version)
    assert get_account(account).primary_contact_name == "Örjan Ek"


def test_a_contact_moving_away_stops_being_primary_contact(session, seen):
    account = create_account(session, AccountFields(name="Havstål AB"))
    other = create_account(session, AccountFields(name="Annat AB"))
    contact = create_contact(session, ContactFields(last_name="Ek", parent_account_id=account))
    update_account(session, account, AccountFields(name="Havstål AB",
                                                   primary_contact_id=contact), 1)
    seen.clear()
    update_contact(session, contact, ContactFields(last_name="Ek", parent_account_id=other), 1)
    record = get_account(account)
    assert record.primary_contact_id is None and record.version == 3
    assert _audit("account", account, AuditAction.UPDATE)["primary_contact"] == (
        str(contact), None)
    assert (events.CUSTOMERS_CHANGED, {"kind": "account", "ids": [account]}) in seen


# -- create, update, audit, events -------------------------------------------------------------


def test_create_account_audits_each_field_and_announces_it(session, seen):
    account = create_account(session, AccountFields(
        name="  Havstål AB ", account_number="K-1", city="Örebro", email="info@havstal.se"))
    record = get_account(account)
    assert (record.name, record.version, record.active) == ("Havstål AB", 1, True)
    assert _audit("account", account, AuditAction.CREATE) == {
        "name": (None, "Havstål AB"), "account_number": (None, "K-1"),
        "city": (None, "Örebro"), "email": (None, "info@havstal.se")}
    assert seen == [(events.CUSTOMERS_CHANGED, {"kind": "account", "ids": [account]})]


def test_create_contact_keeps_the_full_name_and_audits(session, seen):
    account = create_account(session, AccountFields(name="Havstål AB"))
    seen.clear()
    contact = create_contact(session, ContactFields(
        first_name="Åsa", last_name="Öberg", parent_account_id=account, job_title="Inköpare",
        preferred_contact_method=int(PreferredContactMethod.EMAIL), do_not_phone=True))
    record = get_contact(contact)
    assert (record.full_name, record.parent_account_name) == ("Åsa Öberg", "Havstål AB")
    assert record.do_not_phone and not record.do_not_email
    created = _audit("contact", contact, AuditAction.CREATE)
    assert created["last_name"] == (None, "Öberg")
    assert created["parent_account"] == (None, str(account))
    assert seen == [(events.CUSTOMERS_CHANGED, {"kind": "contact", "ids": [contact]})]


def test_update_audits_only_changed_fields_and_bumps_the_version(session, seen):
    account = create_account(session, AccountFields(name="Havstål AB", city="Malmö"))
    seen.clear()
    fields = get_account(account).fields()
    fields.city, fields.phone = "Örebro", "+46 19 12 34 56"
    assert update_account(session, account, fields, 1) == 2
    assert _audit("account", account, AuditAction.UPDATE) == {
        "city": ("Malmö", "Örebro"), "phone": (None, "+46 19 12 34 56")}
    assert get_account(account).version == 2
    assert seen == [(events.CUSTOMERS_CHANGED, {"kind": "account", "ids": [account]})]


def test_a_save_that_changes_nothing_writes_nothing(session):
    account = create_account(session, AccountFields(name="Havstål AB"))
    before = _state()
    assert update_account(session, account, get_account(account).fields(), 1) == 1
    assert _state() == before


def test_stale_version_is_a_conflict_and_writes_nothing(session):
    account = create_account(session, AccountFields(name="Havstål AB"))
    update_account(session, account, AccountFields(name="Havstål Nordic AB"), 1)
    before = _state()
    with pytest.raises(ConflictError) as info:
        update_account(session, account, AccountFields(name="Gammalt namn AB"), 1)
    assert info.value.params == {"entity": "account", "record_id": account}
    assert info.value.theirs.name == "Havstål Nordic AB"
    assert _state() == before
    contact = create_contact(session, ContactFields(last_name="Ek"))
    update_contact(session, contact, ContactFields(last_name="Eke"), 1)
    before = _state()
    with pytest.raises(ConflictError):
        update_contact(session, contact, ContactFields(last_name="Ekman"), 1)
    assert _state() == before


def test_missing_records_are_not_found(session):
    with pytest.raises(NotFound):
        get_account(404)
    with pytest.raises(NotFound):
        get_contact(404)
    with pytest.raises(NotFound):
        update_account(session, 404, AccountFields(name="X"), 1)
    with pytest.raises(NotFound):
        set_contact_active(session, 404, False)
    with pytest.raises(NotFound):
        customer_details("account", 404)


def test_deactivate_and_activate_are_audited(session, seen):
    account = create_account(session, AccountFields(name="Havstål AB"))
    contact = create_contact(session, ContactFields(last_name="Ek"))
    seen.clear()
    set_account_active(session, account, False)
    set_contact_active(session, contact, False)
    assert not get_account(account).active and not get_contact(contact).active
    assert get_account(account).version == 2
    assert _audit("account", account, AuditAction.UPDATE) == {"active": ("1", "0")}
    assert [kw["kind"] for _, kw in seen] == ["account", "contact"]
    set_account_active(session, account, True)
    assert get_account(account).active and get_account(account).version == 3


# -- renaming re-keys the cases --------------------------------------------------------------


def test_renaming_a_customer_resorts_its_cases(session, seen):
    a = create_account(session, AccountFields(name="Alfa AB"))
    b = create_account(session, AccountFields(name="Beta AB"))
    c = create_contact(session, ContactFields(first_name="Cecilia", last_name="Ceder"))
    for customer in (a, b):
        create_case(session, NewCase(title="Skrivaren", customer_account_id=customer))
    contact_case = create_case(session, NewCase(title="Skärmen", customer_contact_id=c))
    query = CaseQuery(view=CaseView.ALL, sort=CaseColumn.CUSTOMER, descending=False)

    def customers():
        return [r.customer for r in list_cases(query).rows]

    assert customers() == ["Alfa AB", "Beta AB", "Cecilia Ceder"]
    seen.clear()
    update_account(session, a, AccountFields(name="Öst AB"), 1)
    renamed_case = Case.get(Case.customer_account == a).id
    assert seen == [(events.CUSTOMERS_CHANGED, {"kind": "account", "ids": [a]}),
                    (events.CASES_CHANGED, {"ids": [renamed_case]})]
    assert customers() == ["Beta AB", "Cecilia Ceder", "Öst AB"]
    update_contact(session, c, ContactFields(first_name="Ärla", last_name="Ceder"), 1)
    assert customers() == ["Beta AB", "Ärla Ceder", "Öst AB"]
    assert Case.get_by_id(contact_case).customer_sort == "|rla ceder"
    hits = list_cases(CaseQuery(view=CaseView.ALL, filter_text="ärla"))
    assert [r.id for r in hits.rows] == [contact_case]


# -- the lists ----------------------------------------------------------------------------------


def _accounts(session, names, **extra):
    return [create_account(session, AccountFields(name=n, **extra)) for n in names]


def test_accounts_list_in_swedish_order_and_filter_folds_case_and_accents(session):
    _accounts(session, ["Örebro AB", "Åkessons Bygg", "Zeta AB", "ärligt talat HB",
                        "Café Noir", "alfa AB"])
    names = [r.name for r in list_accounts(CustomerQuery()).rows]
    assert names == ["alfa AB", "Café Noir", "Zeta AB", "Åkessons Bygg", "ärligt talat HB",
                     "Örebro AB"]
    assert [r.name for r in list_accounts(CustomerQuery(descending=True)).rows] == names[::-1]

    def found(text):
        return [r.name for r in list_accounts(CustomerQuery(filter_text=text)).rows]

    assert found("örebro") == ["Örebro AB"]
    assert found("ÖREBRO ab") == ["Örebro AB"]
    assert found("cafe") == ["Café Noir"]
    assert found("orebro") == []  # ö is a letter of its own, not an o
    assert found("ab bygg") == []  # every word must match
    assert count_accounts(CustomerQuery(filter_text="ab")) == 3


def test_accounts_filter_matches_email_city_and_account_number(session):
    create_account(session, AccountFields(name="Ett AB", email="info@havstal.se"))
    create_account(session, AccountFields(name="Två AB", city="Luleå"))
    create_account(session, AccountFields(name="Tre AB", account_number="KX-100_9"))
    create_account(session, AccountFields(name="Fyra AB"))

    def found(text):
        return {r.name for r in list_accounts(CustomerQuery(filter_text=text)).rows}

    assert found("havstal") == {"Ett AB"}
    assert found("Luleå") == {"Två AB"}
    assert found("kx-100_") == {"Tre AB"}
    assert found("100%") == set()  # LIKE wildcards are plain characters


def test_inactive_records_are_left_out_unless_asked_for(session):
    keep, gone = _accounts(session, ["Aktiv AB", "Vilande AB"])
    set_account_active(session, gone, False)
    assert [r.id for r in list_accounts(CustomerQuery()).rows] == [keep]
    everything = list_accounts(CustomerQuery(active_only=False)).rows
    assert [(r.id, r.active) for r in everything] == [(keep, True), (gone, False)]
    assert count_accounts(CustomerQuery()) == 1
    assert count_accounts(CustomerQuery(active_only=False)) == 2
    contact = create_contact(session, ContactFields(last_name="Ek"))
    set_contact_active(session, contact, False)
    assert list_contacts(CustomerQuery()).rows == []
    assert count_contacts(CustomerQuery(active_only=False)) == 1


def _walk(lister, query, limit):
    rows, after, pages = [], None, 0
    while True:
        page = lister(query, after=after, limit=limit)
        rows += page.rows
        pages += 1
        if page.next_key is None:
            return rows, pages
        after = page.next_key


@pytest.mark.parametrize("sort", ["name", "account_number", "city", "phone", "email",
                                  "primary_contact", "modified_on"])
@pytest.mark.parametrize("descending", [False, True])
def test_paging_accounts_yields_every_row_once_in_order(session, sort, descending):
    cities = ["Örebro", "Malmö", "Åre", "Umeå", None]
    for i in range(23):  # duplicate sort values: the id breaks the tie
        Account.create(name=f"Bolag {i % 7}", account_number=f"K{i % 5}", city=cities[i % 5],
                       phone=f"08-{i % 4}", email=f"a{i % 6}@x.se",
                       modified_on=datetime(2026, 1, 1) + timedelta(hours=i % 3))
    query = CustomerQuery(sort=sort, descending=descending)
    rows, pages = _walk(list_accounts, query, 5)
    assert pages == 5
    assert sorted(r.id for r in rows) == [a.id for a in Account.select().order_by(Account.id)]
    whole = list_accounts(query, limit=100).rows
    assert [r.id for r in rows] == [r.id for r in whole]


@pytest.mark.parametrize("sort", ["name", "account", "job_title", "email", "business_phone",
                                  "modified_on"])
def test_paging_contacts_yields_every_row_once_in_order(session, sort):
    accounts = _accounts(session, ["Beta AB", "Alfa AB", "Östra AB"])
    for i in range(17):
        create_contact(session, ContactFields(
            first_name=["Åsa", "Anna", "Örjan"][i % 3], last_name="Ek",
            parent_account_id=accounts[i % 3] if i % 4 else None,
            job_title=["Chef", None][i % 2], email=f"p{i % 5}@x.se",
            business_phone=f"0{i % 3}"))
    rows, pages = _walk(list_contacts, CustomerQuery(sort=sort), 4)
    assert pages == 5 and len({r.id for r in rows}) == 17
    assert [r.id for r in rows] == [r.id for r in list_contacts(CustomerQuery(sort=sort),
                                                                limit=100).rows]


def test_paging_a_filtered_list(session):
    for i in range(30):
        Account.create(name=f"{'Norr' if i % 2 else 'Söder'} {i:02d} AB")
    rows, _ = _walk(list_accounts, CustomerQuery(filter_text="norr"), 4)
    assert [r.name for r in rows] == [f"Norr {i:02d} AB" for i in range(1, 30, 2)]
    assert count_accounts(CustomerQuery(filter_text="norr")) == 15


def test_contacts_of_one_account_and_the_list_columns(session):
    a, b = _accounts(session, ["Havstål AB", "Annat AB"])
    ek = create_contact(session, ContactFields(first_name="Örjan", last_name="Ek",
                                               parent_account_id=a, job_title="Tekniker",
                                               email="orjan@havstal.se",
                                               business_phone="019-11 22 33"))
    create_contact(session, ContactFields(first_name="Anna", last_name="Berg",
                                          parent_account_id=a))
    create_contact(session, ContactFields(first_name="Bo", last_name="Ask", parent_account_id=b))
    update_account(session, a, AccountFields(name="Havstål AB", primary_contact_id=ek), 1)
    rows = list_contacts(CustomerQuery(account_id=a)).rows
    assert [r.full_name for r in rows] == ["Anna Berg", "Örjan Ek"]
    assert (rows[1].account_name, rows[1].job_title, rows[1].email,
            rows[1].business_phone) == ("Havstål AB", "Tekniker", "orjan@havstal.se",
                                        "019-11 22 33")
    assert count_contacts(CustomerQuery(account_id=a)) == 2
    by_account = list_contacts(CustomerQuery(filter_text="havstål")).rows
    assert {r.full_name for r in by_account} == {"Anna Berg", "Örjan Ek"}
    [row] = [r for r in list_accounts(CustomerQuery()).rows if r.id == a]
    assert row.primary_contact == "Örjan Ek"


def test_unknown_sort_is_a_programming_error(session):
    with pytest.raises(ValueError):
        list_accounts(CustomerQuery(sort="job_title"))


# -- the customer details panel ----------------------------------------------------------------


def test_customer_details_show_the_newest_cases_and_activities(session):
    account = create_account(session, AccountFields(name="Havstål AB", city="Örebro"))
    contact = create_contact(session, ContactFields(
        first_name="Örjan", last_name="Ek", parent_account_id=account, mobile_phone="070-1",
        preferred_contact_method=int(PreferredContactMethod.PHONE), do_not_email=True))
    other = create_account(session, AccountFields(name="Annat AB"))
    start = datetime(2026, 3, 1)
    ids = []
    for i in range(7):
        case_id = create_case(session, NewCase(title=f"Ärende {i}", customer_account_id=account,
                                               contact_id=contact if i == 6 else None))
        Case.update(created_on=start + timedelta(days=i)).where(Case.id == case_id).execute()
        ids.append(case_id)
    as_customer = create_case(session, NewCase(title="Eget", customer_contact_id=contact))
    Case.update(created_on=start - timedelta(days=1)).where(Case.id == as_customer).execute()
    create_case(session, NewCase(title="Annat", customer_account_id=other))
    for i, case_id in enumerate(ids):
        Activity.create(kind=int(ActivityKind.TASK), subject=f"Uppgift {i}",
                        regarding_case=case_id, created_on=start + timedelta(days=i, hours=1),
                        status_reason=int(ActivityStatusReason.TASK_NOT_STARTED))

    details = customer_details("account", account)
    assert (details.name, details.city, details.kind) == ("Havstål AB", "Örebro", "account")
    assert [c.title for c in details.recent_cases] == [f"Ärende {i}" for i in (6, 5, 4, 3, 2)]
    assert [a.subject for a in details.recent_activities] == [
        f"Uppgift {i}" for i in (6, 5, 4, 3, 2)]
    assert details.recent_activities[0].case_number == Case.get_by_id(ids[6]).number

    card = customer_details("contact", contact)
    assert (card.name, card.account_name, card.mobile_phone, card.do_not_email) == (
        "Örjan Ek", "Havstål AB", "070-1", True)
    assert card.preferred_contact_method == int(PreferredContactMethod.PHONE)
    assert [c.title for c in card.recent_cases] == ["Ärende 6", "Eget"]
    assert [a.subject for a in card.recent_activities] == ["Uppgift 6"]
    assert [c.title for c in customer_cases("contact", contact)] == ["Ärende 6", "Eget"]
    assert len(customer_cases("account", account)) == 7
    assert len(customer_cases("account", account, limit=3)) == 3
