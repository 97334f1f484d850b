"""Creating cases (SPEC §1.1, §1.13) and the case lists (SPEC §4.2): views, sorting, keyset
paging, filter-as-you-type, and one case's summary."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pytest

from casedesk.controllers import admin
from casedesk.controllers.cases import (
    CaseColumn,
    CaseQuery,
    CaseView,
    NewCase,
    count_cases,
    create_case,
    get_case_summary,
    list_cases,
)
from casedesk.controllers.errors import NotFound, ValidationError
from casedesk.models import (
    Account,
    AppUser,
    AuditLog,
    Case,
    CaseNumberCounter,
    Contact,
    Product,
    Queue,
    QueueItem,
    Subject,
    Team,
)
from casedesk.models.options import (
    AuditAction,
    CaseState,
    Origin,
    Priority,
    QueueItemState,
    StatusReason,
)


@pytest.fixture
def account(session):
    return Account.create(name="Havstål AB").id


@pytest.fixture
def contact(session, account):
    return Contact.create(first_name="Örjan", last_name="Ek", full_name="Örjan Ek",
                          parent_account=account).id


def _state():
    """What a failed command must leave unchanged."""
    return (Case.select().count(), [(c.prefix, c.next_value) for c in CaseNumberCounter.select()],
            AuditLog.select().count())


# -- create_case: validation ------------------------------------------------------------------


@pytest.mark.parametrize("title", ["", "   ", "\t \n ", None])
def test_title_is_required(session, account, title):
    before = _state()
    with pytest.raises(ValidationError) as info:
        create_case(session, NewCase(title=title, customer_account_id=account))
    assert (info.value.field, info.value.code) == ("title", "required")
    assert _state() == before


def test_title_up_to_200_characters(session, account):
    before = _state()
    with pytest.raises(ValidationError) as info:
        create_case(session, NewCase(title="x" * 201, customer_account_id=account))
    assert (info.value.field, info.value.code) == ("title", "too_long")
    assert info.value.params["max"] == 200
    assert _state() == before

    for title in ("x" * 200, "å" * 200, "🚀" * 200):
        case_id = create_case(session, NewCase(title=title, customer_account_id=account))
        assert Case.get_by_id(case_id).title == title


@pytest.mark.parametrize("title", ["Skrivare\x00trasig", "rad 1\nrad 2", "flik\tflik",
                                   "klocka\x07", "del\x7f", "n\x85el"])
def test_control_characters_refused_in_title(session, account, title):
    before = _state()
    with pytest.raises(ValidationError) as info:
        create_case(session, NewCase(title=title, customer_account_id=account))
    assert (info.value.field, info.value.code) == ("title", "control_chars")
    assert _state() == before


def test_description_keeps_line_breaks_and_tabs_but_not_other_controls(session, account):
    text = "Steg:\n\t1. Starta om\n\t2. Ring 📞 Åsa\n\nKlart."
    case_id = create_case(session, NewCase(title="Skrivaren", customer_account_id=account,
                                           description=text))
    assert Case.get_by_id(case_id).description == text
    assert get_case_summary(case_id).description == text

    before = _state()
    with pytest.raises(ValidationError) as info:
        create_case(session, NewCase(title="Skrivaren", customer_account_id=account,
                                     description="rad\x00rad"))
    assert (info.value.field, info.value.code) == ("description", "control_chars")
    assert _state() == before


def test_title_is_trimmed(session, account):
    case_id = create_case(session, NewCase(title="  Kön växer  ", customer_account_id=account))
    assert Case.get_by_id(case_id).title == "Kön växer"


def test_customer_is_required(session):
    before = _state()
    with pytest.raises(ValidationError) as info:
        create_case(session, NewCase(title="Skrivaren"))
    assert (info.value.field, info.value.code) == ("customer", "required")
    assert _state() == before


def test_customer_is_an_account_or_a_contact_not_both(session, account, contact):
    before = _state()
    with pytest.raises(ValidationError) as info:
        create_case(session, NewCase(title="Skrivaren", customer_account_id=account,
                                     customer_contact_id=contact))
    assert info.value.field == "customer"
    assert _state() == before

    by_account = create_case(session, NewCase(title="A", customer_account_id=account))
    by_contact = create_case(session, NewCase(title="B", customer_contact_id=contact))
    assert get_case_summary(by_account).customer == "Havstål AB"
    assert get_case_summary(by_account).customer_is_account is True
    assert get_case_summary(by_contact).customer == "Örjan Ek"
    assert get_case_summary(by_contact).customer_is_account is False


@pytest.mark.parametrize("new", [NewCase(title="x", customer_account_id=9999),
                                 NewCase(title="x", customer_contact_id=9999)])
def test_customer_that_does_not_exist_writes_nothing(session, account, new):
    before = _state()
    with pytest.raises(ValidationError) as info:
        create_case(session, new)
    assert (info.value.field, info.value.code) == ("customer", "not_found")
    assert _state() == before  # the counter value was not used up either


@pytest.mark.parametrize("title", [
    "打印机无法连接到网络",
    "الطابعة لا تعمل منذ الصباح",
    "Принтер не печатает — срочно",
    "Kön växer 🚀🔥 👩‍💻 🇸🇪",
    "Ελληνικά και עברית mixed",
])
def test_any_script_and_emoji_round_trip_exactly(session, account, title):
    case_id = create_case(session, NewCase(title=title, customer_account_id=account,
                                           description=title * 3))

    assert Case.get_by_id(case_id).title == title
    assert get_case_summary(case_id).title == title
    assert get_case_summary(case_id).description == title * 3
    rows = list_cases(CaseQuery(view=CaseView.ALL, user_id=session.user_id)).rows
    assert [r.title for r in rows] == [title]


def test_new_case_defaults(session, account):
    case_id = create_case(session, NewCase(title="Skrivaren", customer_account_id=account))
    s = get_case_summary(case_id)
    assert s.state == CaseState.ACTIVE and s.status_reason == StatusReason.IN_PROGRESS
    assert s.priority == Priority.NORMAL
    assert s.owner == "Åsa Öberg" and s.created_by == "Åsa Öberg"


def test_every_field_of_a_new_case_is_audited_with_the_login(session, account, contact):
    case_id = create_case(session, NewCase(title="Skrivaren på plan 3", customer_account_id=account,
                                           contact_id=contact, description="Blinkar rött",
                                           priority=int(Priority.HIGH)))
    rows = list(AuditLog.select().where((AuditLog.entity == "incident")
                                        & (AuditLog.record_id == case_id)))
    by_field = {r.field: r for r in rows}

    assert len(by_field) == len(rows), "one row per field"
    assert set(by_field) == {"number", "title", "customer_account", "contact", "origin",
                             "priority", "severity", "description", "owner_user", "state",
                             "status_reason", "stage", "decrement_entitlement"}
    assert all(r.action == AuditAction.CREATE for r in rows)
    assert all(r.login == "asa" and r.user_id == session.user_id for r in rows)
    assert all(r.old_value is None for r in rows)
    case = Case.get_by_id(case_id)
    assert by_field["number"].new_value == case.number
    assert by_field["title"].new_value == "Skrivaren på plan 3"
    assert by_field["description"].new_value == "Blinkar rött"
    assert by_field["customer_account"].new_value == str(account)
    assert by_field["contact"].new_value == str(contact)
    assert by_field["priority"].new_value == str(int(Priority.HIGH))
    assert by_field["owner_user"].new_value == str(session.user_id)


def test_creating_a_case_announces_it(session, account):
    seen = []
    session.events.subscribe("cases_created", lambda ids: seen.append(ids))
    case_id = create_case(session, NewCase(title="Skrivaren", customer_account_id=account))
    assert seen == [[case_id]]


# -- the list views ---------------------------------------------------------------------------


def _make(session, title, customer, *, owner=None, team=None, state=CaseState.ACTIVE,
          reason=None, escalated=False):
    kwargs = {"customer_account_id": customer}
    if owner is not None:
        kwargs["owner_user_id"] = owner
    if team is not None:
        kwargs["owner_team_id"] = team
    case_id = create_case(session, NewCase(title=title, **kwargs))
    default_reason = {CaseState.ACTIVE: StatusReason.IN_PROGRESS,
                      CaseState.RESOLVED: StatusReason.PROBLEM_SOLVED,
                      CaseState.CANCELED: StatusReason.CANCELED}[state]
    # No resolve/cancel/escalate commands yet: put the case in its state directly.
    Case.update(state=int(state), status_reason=int(reason or default_reason),
                is_escalated=escalated).where(Case.id == case_id).execute()
    return case_id


@pytest.fixture
def view_cases(session, account):
    other = admin.create_user(session, "Björn Ängström", "bjorn").id
    team = Team.create(name="Tier 2").id
    me = session.user_id
    c = {}
    c["mine_active"] = _make(session, "Mitt aktiva", account, owner=me)
    c["mine_on_hold"] = _make(session, "Mitt väntande", account, owner=me,
                              reason=StatusReason.ON_HOLD)
    c["other_active"] = _make(session, "Björns aktiva", account, owner=other)
    c["team_active"] = _make(session, "Teamets aktiva", account, team=team)
    c["escalated"] = _make(session, "Eskalerat", account, owner=other, escalated=True)
    c["mine_resolved"] = _make(session, "Mitt lösta", account, owner=me,
                               state=CaseState.RESOLVED)
    c["mine_info"] = _make(session, "Mitt informerade", account, owner=me,
                           state=CaseState.RESOLVED, reason=StatusReason.INFORMATION_PROVIDED)
    c["other_resolved"] = _make(session, "Björns lösta", account, owner=other,
                                state=CaseState.RESOLVED)
    c["mine_canceled"] = _make(session, "Mitt avbrutna", account, owner=me,
                               state=CaseState.CANCELED)
    c["other_merged"] = _make(session, "Björns sammanslagna", account, owner=other,
                              state=CaseState.CANCELED, reason=StatusReason.MERGED)
    return c


_EXPECTED_VIEWS = {
    CaseView.MY_ACTIVE: {"mine_active", "mine_on_hold"},
    CaseView.ACTIVE: {"mine_active", "mine_on_hold", "other_active", "team_active",
                      "escalated"},
    CaseView.RESOLVED: {"mine_resolved", "mine_info", "other_resolved"},
    CaseView.MY_RESOLVED: {"mine_resolved", "mine_info"},
    CaseView.CANCELED: {"mine_canceled", "other_merged"},
    CaseView.ESCALATED: {"escalated"},
    CaseView.ALL: {"mine_active", "mine_on_hold", "other_active", "team_active", "escalated",
                   "mine_resolved", "mine_info", "other_resolved", "mine_canceled",
                   "other_merged"},
}


@pytest.mark.parametrize("view", list(CaseView))
def test_each_view_holds_exactly_its_cases(session, view_cases, view):
    assert set(_EXPECTED_VIEWS) == set(CaseView)
    query = CaseQuery(view=view, user_id=session.user_id)
    rows = list_cases(query, limit=100).rows
    expected = {view_cases[k] for k in _EXPECTED_VIEWS[view]}

    assert sorted(r.id for r in rows) == sorted(expected)
    assert count_cases(query) == len(expected)


def test_default_view_is_my_active_cases_newest_first(session, view_cases):
    query = CaseQuery(user_id=session.user_id)
    assert query.view == CaseView.MY_ACTIVE
    rows = list_cases(query).rows
    assert [r.id for r in rows] == [view_cases["mine_on_hold"], view_cases["mine_active"]]


def test_my_views_follow_the_signed_in_user(session, view_cases):
    bjorn = AppUser.get(AppUser.login == "bjorn").id
    rows = list_cases(CaseQuery(view=CaseView.MY_ACTIVE, user_id=bjorn)).rows
    assert {r.id for r in rows} == {view_cases["other_active"], view_cases["escalated"]}
    rows = list_cases(CaseQuery(view=CaseView.MY_RESOLVED, user_id=bjorn)).rows
    assert {r.id for r in rows} == {view_cases["other_resolved"]}


# -- sorting and keyset paging ----------------------------------------------------------------


@pytest.fixture
def sort_cases(session):
    """~24 cases whose every column varies, with ties, joined names and empty values."""
    me = session.user_id
    other = admin.create_user(session, "Björn Ängström", "bjorn").id
    team = Team.create(name="Tier 2").id
    customers = [Account.create(name=n).id
                 for n in ("Havstål AB", "Älvsbyn Energi", "acme", "Zeta Oy", "Östra Hamnen")]
    person = Contact.create(first_name="Örjan", last_name="Ek", full_name="Örjan Ek").id
    subjects = [None] + [Subject.create(title=t).id for t in ("Hardware", "software", "Nätverk")]
    products = [None] + [Product.create(name=n).id for n in ("Printer X1", "laptop", "Router")]
    queues = [Queue.create(name=n).id for n in ("Tier 1", "tier 2 support", "Inkorg")]
    # Titles in any case, with å, ä, ö (capital too), ties and a non-letter.
    titles = ["printer", "Printer trasig", "ärende", "Zebra", "kön växer", "Kön växer", "apa",
              "Apa", "Öppettider", "42 svar", "Ärende", "Skrivaren på våning 3", "zz top",
              "Mitt ärende", "🚀 raket", "älg", "b", "Åtgärd", "a", "åtgärd", "c", "C", "d", "D"]
    base = datetime(2024, 5, 1, 8, 0, 0)
    ids = []
    for i, title in enumerate(titles):
        new = NewCase(title=title,
                      customer_contact_id=person if i % 7 == 3 else None,
                      customer_account_id=None if i % 7 == 3 else customers[i % 5],
                      subject_id=subjects[i % 4], product_id=products[(i * 3) % 4],
                      origin=[int(Origin.PHONE), int(Origin.EMAIL), int(Origin.WEB),
                              int(Origin.TWITTER)][i % 4],
                      priority=[int(Priority.HIGH), int(Priority.NORMAL),
                                int(Priority.LOW)][i % 3],
                      owner_user_id=[me, other, None][i % 3],
                      owner_team_id=team if i % 3 == 2 else None)
        case_id = create_case(session, new)
        ids.append(case_id)
        # Created/modified times with ties (several cases at the same instant) and not in
        # id order, so that the id tie-break and the datetime paging are exercised.
        Case.update(created_on=base + timedelta(minutes=(i * 7) % 5),
                    modified_on=base + timedelta(seconds=(i * 11) % 6, microseconds=i % 2),
                    status_reason=[1, 2, 3, 4][i % 4]).where(Case.id == case_id).execute()
        if i % 3 != 1:
            QueueItem.create(case=case_id, queue=queues[i % 3],
                             worked_by_user=[me, other, None, None][i % 4],
                             state=int(QueueItemState.INACTIVE if i % 6 == 5
                                       else QueueItemState.ACTIVE))
    return ids


def _swedish(text):
    """A Swede's alphabetical order: case does not matter, and å < ä < ö come after z."""
    last = {"å": "z\uffff1", "ä": "z\uffff2", "ö": "z\uffff3"}
    return "".join(last.get(ch, ch) for ch in text.casefold())


def test_titles_sort_in_swedish_order(session, sort_cases):
    query = CaseQuery(view=CaseView.ALL, sort=CaseColumn.TITLE, descending=False)
    titles = [r.title for r in list_cases(query, limit=100).rows]
    assert titles.index("zz top") < titles.index("Åtgärd") < titles.index("älg") \
        < titles.index("Öppettider")
    assert titles.index("Zebra") < titles.index("zz top")


def _python_key(column, case, names):
    """What each column sorts by, as a user expects it: names case-insensitively."""
    item = QueueItem.get_or_none((QueueItem.case == case.id)
                                 & (QueueItem.state == int(QueueItemState.ACTIVE)))
    customer = (Account.get_by_id(case.customer_account_id).name if case.customer_account_id
                else Contact.get_by_id(case.customer_contact_id).full_name)
    owner = (names["user"][case.owner_user_id] if case.owner_user_id
             else names["team"][case.owner_team_id])
    return {
        CaseColumn.NUMBER: case.number,
        CaseColumn.TITLE: _swedish(case.title),
        CaseColumn.CUSTOMER: _swedish(customer),
        CaseColumn.PRIORITY: case.priority,
        CaseColumn.ORIGIN: case.origin,
        CaseColumn.STATUS_REASON: case.status_reason,
        CaseColumn.OWNER: owner.casefold(),
        CaseColumn.CREATED_ON: case.created_on,
        CaseColumn.SUBJECT: (Subject.get_by_id(case.subject_id).title.casefold()
                             if case.subject_id else ""),
        CaseColumn.PRODUCT: (Product.get_by_id(case.product_id).name.casefold()
                             if case.product_id else ""),
        CaseColumn.QUEUE: Queue.get_by_id(item.queue_id).name.casefold() if item else "",
        CaseColumn.WORKED_BY: (names["user"][item.worked_by_user_id].casefold()
                               if item and item.worked_by_user_id else ""),
        CaseColumn.MODIFIED_ON: case.modified_on,
    }[column]


def _expected_order(column, descending):
    names = {"user": {u.id: u.name for u in AppUser.select()},
             "team": {t.id: t.name for t in Team.select()}}
    cases = list(Case.select())
    asc = [c.id for c in sorted(cases, key=lambda c: (_python_key(column, c, names), c.id))]
    return asc[::-1] if descending else asc


def _all_pages(query, limit):
    ids, after, pages = [], None, 0
    while True:
        page = list_cases(query, after=after, limit=limit)
        pages += 1
        ids += [r.id for r in page.rows]
        assert len(page.rows) <= limit
        if page.next_key is None:
            return ids, pages
        assert len(page.rows) == limit
        after = page.next_key
        assert pages < 100, "paging does not end"


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("column", list(CaseColumn), ids=lambda c: c.name)
def test_every_column_sorts_and_pages_through_every_row_once(session, sort_cases, column,
                                                             descending):
    query = CaseQuery(view=CaseView.ALL, sort=column, descending=descending,
                      user_id=session.user_id)
    expected = _expected_order(column, descending)

    one_page = [r.id for r in list_cases(query, limit=1000).rows]
    assert one_page == expected

    paged, pages = _all_pages(query, 7)
    assert paged == expected
    assert len(set(paged)) == len(sort_cases)
    assert pages == math.ceil(len(sort_cases) / 7)


def test_paging_within_a_view_and_a_filter(session, sort_cases):
    query = CaseQuery(view=CaseView.MY_ACTIVE, sort=CaseColumn.TITLE, descending=False,
                      filter_text="a", user_id=session.user_id)
    everything = [r.id for r in list_cases(query, limit=1000).rows]
    assert len(everything) > 3

    paged, _ = _all_pages(query, 3)

    assert paged == everything
    assert count_cases(query) == len(everything)


def test_rows_carry_the_joined_names(session, sort_cases):
    rows = {r.id: r for r in list_cases(CaseQuery(view=CaseView.ALL, user_id=session.user_id),
                                        limit=100).rows}
    first = rows[sort_cases[0]]  # i = 0: Havstål AB, owner Åsa, queue Tier 1 worked by Åsa
    assert (first.customer, first.customer_is_account, first.owner) \
        == ("Havstål AB", True, "Åsa Öberg")
    assert (first.queue, first.worked_by, first.subject, first.product) \
        == ("Tier 1", "Åsa Öberg", "", "")
    by_contact = rows[sort_cases[3]]
    assert (by_contact.customer, by_contact.customer_is_account) == ("Örjan Ek", False)
    team_owned = rows[sort_cases[2]]
    assert team_owned.owner == "Tier 2"
    assert isinstance(first.created_on, datetime) and isinstance(first.modified_on, datetime)


# -- filter as you type ---------------------------------------------------------------------------


@pytest.fixture
def filter_cases(session):
    havstal = Account.create(name="Havstål AB").id
    alvsbyn = Account.create(name="Älvsbyn Energi").id
    person = Contact.create(first_name="Örjan", last_name="Ek", full_name="Örjan Ek").id
    specs = [
        ("Skrivaren på våning 3 är trasig", havstal, None),
        ("Kön växer", alvsbyn, None),
        ("Faktura saknas", havstal, None),
        ("Lösenordet fungerar inte", None, person),
        ("100% av diskarna fulla", alvsbyn, None),
        ("snake_case i exporten", alvsbyn, None),
    ] + [(f"Ärende {i}", alvsbyn, None) for i in range(8)]
    ids = [create_case(session, NewCase(title=t, customer_account_id=a, customer_contact_id=c))
           for t, a, c in specs]
    return {"ids": ids, "numbers": [Case.get_by_id(i).number for i in ids],
            "havstal": [ids[0], ids[2]], "alvsbyn": [ids[1], ids[4], ids[5]] + ids[6:]}


def _filtered(session, text, view=CaseView.ALL):
    query = CaseQuery(view=view, filter_text=text, user_id=session.user_id)
    ids = [r.id for r in list_cases(query, limit=1000).rows]
    assert count_cases(query) == len(ids)
    return set(ids)


def test_filter_by_number_prefix(session, filter_cases):
    ids, numbers = filter_cases["ids"], filter_cases["numbers"]
    assert _filtered(session, numbers[0]) == {ids[0]}
    assert _filtered(session, numbers[0].lower()) == {ids[0]}
    assert _filtered(session, "CAS-0100") == set(ids[:10])  # counters 1000–1009
    assert _filtered(session, "cas-01010") == {ids[10]}
    assert _filtered(session, "  CAS-01013  ") == {ids[13]}


def test_filter_by_title_words(session, filter_cases):
    ids = filter_cases["ids"]
    assert _filtered(session, "skrivaren") == {ids[0]}
    assert _filtered(session, "SKRIVAREN") == {ids[0]}
    assert _filtered(session, "trasig") == {ids[0]}
    assert _filtered(session, "växer") == {ids[1]}
    assert _filtered(session, "faktura") == {ids[2]}
    assert _filtered(session, "Ärende") == set(ids[6:])


def test_filter_by_customer_name_ignores_case_also_for_a_with_ring(session, filter_cases):
    assert _filtered(session, "havstål") == set(filter_cases["havstal"])
    assert _filtered(session, "HAVSTÅL") == set(filter_cases["havstal"])
    assert _filtered(session, "Havstål AB") == set(filter_cases["havstal"])
    assert _filtered(session, "älvsbyn") == set(filter_cases["alvsbyn"])
    assert _filtered(session, "örjan") == {filter_cases["ids"][3]}


def test_filter_wildcards_are_literal(session, filter_cases):
    ids = filter_cases["ids"]
    assert _filtered(session, "100%") == {ids[4]}
    assert _filtered(session, "%") == {ids[4]}
    assert _filtered(session, "_") == {ids[5]}


def test_filter_that_matches_nothing_and_empty_filter(session, filter_cases):
    assert _filtered(session, "finnsinte") == set()
    assert _filtered(session, "") == set(filter_cases["ids"])
    assert _filtered(session, "   ") == set(filter_cases["ids"])


def test_filter_combines_with_the_view(session, filter_cases):
    ids = filter_cases["ids"]
    Case.update(state=int(CaseState.RESOLVED),
                status_reason=int(StatusReason.PROBLEM_SOLVED)).where(Case.id == ids[0]).execute()
    assert _filtered(session, "havstål", CaseView.ACTIVE) == {ids[2]}
    assert _filtered(session, "havstål", CaseView.RESOLVED) == {ids[0]}


# -- one case ---------------------------------------------------------------------------------


def test_summary_has_the_joined_names(session, account, contact):
    subject = Subject.create(title="Hårdvara").id
    product = Product.create(name="Skrivare X1 🖨").id
    queue = Queue.create(name="Nivå 2").id
    case_id = create_case(session, NewCase(
        title="Skrivaren är trasig", customer_account_id=account, contact_id=contact,
        subject_id=subject, product_id=product, queue_id=queue, description="Rött ljus",
        priority=int(Priority.HIGH), origin=int(Origin.EMAIL)))

    s = get_case_summary(case_id)

    assert (s.id, s.title, s.number) == (case_id, "Skrivaren är trasig",
                                         Case.get_by_id(case_id).number)
    assert (s.customer, s.customer_is_account, s.contact) == ("Havstål AB", True, "Örjan Ek")
    assert (s.subject, s.product, s.queue) == ("Hårdvara", "Skrivare X1 🖨", "Nivå 2")
    assert (s.owner, s.created_by) == ("Åsa Öberg", "Åsa Öberg")
    assert (s.priority, s.origin, s.description) == (Priority.HIGH, Origin.EMAIL, "Rött ljus")
    assert s.is_escalated is False and s.follow_up_by is None
    assert isinstance(s.created_on, datetime) and s.timeline == []


def test_summary_of_a_missing_case_is_not_found(session, account):
    case_id = create_case(session, NewCase(title="Finns", customer_account_id=account))
    with pytest.raises(NotFound) as info:
        get_case_summary(case_id + 1000)
    assert info.value.code == "not_found"
    assert info.value.params == {"entity": "incident", "record_id": case_id + 1000}


@pytest.mark.parametrize("field", ["contact", "subject", "product", "queue"])
def test_a_lookup_deleted_meanwhile_is_a_field_error_and_nothing_is_saved(session, field):
    account = Account.create(name="Kustinvest Oy")
    before = Case.select().count()
    with pytest.raises(ValidationError) as err:
        create_case(session, NewCase(title="Skrivaren", customer_account_id=account.id,
                                     **{f"{field}_id": 987654}))
    assert (err.value.field, err.value.code) == (field, "not_found")
    assert Case.select().count() == before


def test_every_filter_word_must_match(session):
    account = Account.create(name="Havstål AB")
    for title in ("Faktura saknas", "Ärende om faktura", "Ärende om skrivare"):
        create_case(session, NewCase(title=title, customer_account_id=account.id))
    found = list_cases(CaseQuery(view=CaseView.ALL, filter_text="ärende FAKTURA")).rows
    assert [r.title for r in found] == ["Ärende om faktura"]
    assert count_cases(CaseQuery(view=CaseView.ALL, filter_text="havstål skrivare")) == 1
