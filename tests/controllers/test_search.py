"""Keyword search, suggestions, quick find and the list filter over the full-text index
(issue 8): ranking, folding, prefixes, hostile input, and the index kept in step."""

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.controllers import search
from casedesk.controllers.cases import (
    CaseFields,
    CaseQuery,
    CaseView,
    NewCase,
    count_cases,
    create_case,
    list_cases,
    update_case,
)
from casedesk.controllers.lifecycle import reactivate_case, resolve_case
from casedesk.controllers.search import (
    engine,
    fts_query,
    query_words,
    quick_find,
    rebuild_index,
    search_cases,
    suggest_duplicates,
    suggest_resolved,
)
from casedesk.models import Account, Case, CaseResolution, Contact, Subject, db
from casedesk.models.options import StatusReason

SOLVED = int(StatusReason.PROBLEM_SOLVED)


@pytest.fixture
def account(session):
    return Account.create(name="Havstål AB").id


def new(session, account, title, description=None, **kw):
    return create_case(session, NewCase(title=title, customer_account_id=account,
                                        description=description, **kw))


def ids(text, **kw):
    return [h.case_id for h in search_cases(text, **kw)[1]]


def words(title, body=""):
    """The folded words of a title and a body: what the index of either engine holds."""
    return ({t for w in query_words(title) for t in w},
            {t for w in query_words(body) for t in w})


def indexed(case_id):
    """(title words, body words) the index holds for a case, or None when it has no row
    (FTS5: the stored texts cut into words; PostgreSQL: the tsvector's lexemes by weight)."""
    if engine() == "pg":
        if not db.execute_sql("SELECT 1 FROM case_search WHERE case_id = %s",
                              (case_id,)).fetchone():
            return None
        rows = db.execute_sql("SELECT u.lexeme, u.weights FROM case_search s, unnest(s.doc) u "
                              "WHERE s.case_id = %s", (case_id,)).fetchall()
        return ({lex for lex, w in rows if "A" in w}, {lex for lex, w in rows if "B" in w})
    row = db.execute_sql("SELECT title, body FROM case_fts WHERE rowid = ?",
                         (case_id,)).fetchone()
    return None if row is None else words(*row)


def index_size():
    table = "case_search" if engine() == "pg" else "case_fts"
    return db.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def clear_index():
    db.execute_sql("DELETE FROM " + ("case_search" if engine() == "pg" else "case_fts"))


# -- ranking, folding, prefixes --------------------------------------------------------------


def test_title_matches_rank_before_description_matches_then_newest(session, account):
    in_body_old = new(session, account, "Kön växer", "Skrivaren på plan 3 fastnar")
    in_title = new(session, account, "Skrivaren är trasig")
    in_body_new = new(session, account, "Inget papper", "Kolla skrivaren igen")
    in_title_new = new(session, account, "Skrivaren blinkar rött")

    total, hits = search_cases("skrivaren")

    assert total == 4
    assert [h.case_id for h in hits] == [in_title_new, in_title, in_body_new, in_body_old]
    assert [h.in_title for h in hits] == [True, True, False, False]
    assert hits[0].title_marked == "<b>Skrivaren</b> blinkar rött"
    assert "<b>skrivaren</b>" in hits[2].snippet_marked


def test_diacritics_and_case_are_folded_both_ways(session, account):
    lower = new(session, account, "Nytt ärende om fakturan")
    upper = new(session, account, "ÄRENDE: skrivare")
    capital = new(session, account, "Inget", "Ärende skapat av kunden")
    assert set(ids("arende")) == {lower, upper, capital}
    assert set(ids("ÄRENDE")) == {lower, upper, capital}
    assert set(ids("Ärende")) == {lower, upper, capital}
    assert ids("atkomst") == []


def test_prefix_on_the_last_word_only(session, account):
    printer = new(session, account, "Skrivaren fastnar")
    password = new(session, account, "Lösenordet har gått ut")
    assert ids("skriv") == [printer]
    assert ids("lösen") == [password]
    assert ids("losen") == [password]
    assert ids("lösen gått") == []  # only the last word is a prefix
    assert ids("gått lösen") == [password]
    assert ids("har gått") == [password]


def test_every_word_must_match_somewhere(session, account):
    both = new(session, account, "Skrivaren", "Felkod 42 i menyn")
    new(session, account, "Skrivaren", "Inget fel")
    assert ids("skrivaren felkod") == [both]
    assert ids("felkod skrivaren") == [both]


def test_resolution_text_is_found_and_marked(session, account):
    case_id = new(session, account, "Datorn startar inte")
    resolve_case(session, case_id, resolution_type=SOLVED,
                 resolution="Bytte nätaggregatet", billable_time=0)
    total, hits = search_cases("nataggregatet")
    assert total == 1 and hits[0].case_id == case_id
    assert not hits[0].in_title
    assert "<b>nätaggregatet</b>" in hits[0].snippet_marked


def test_markup_is_escaped(session, account):
    case_id = new(session, account, "<script>alert(1)</script> & skrivare")
    hit = search_cases("skrivare")[1][0]
    assert hit.case_id == case_id
    assert hit.title_marked == ("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                                "<b>skrivare</b>")


def test_a_code_with_a_hyphen_is_one_phrase(session, account):
    wanted = new(session, account, "Order", "Gäller ORD-9026381.")
    new(session, account, "Order", "ORD 1 och 9026381 separat")
    assert ids("ORD-9026381") == [wanted]


def test_filters_subject_resolved_exclude_and_limit(session, account):
    hardware = Subject.create(title="Hårdvara").id
    a = new(session, account, "Skrivaren A", subject_id=hardware)
    b = new(session, account, "Skrivaren B", subject_id=hardware)
    c = new(session, account, "Skrivaren C")
    resolve_case(session, a, resolution_type=SOLVED, resolution="Klart", billable_time=0)
    assert ids("skrivaren", subject_id=hardware) == [b, a]
    assert ids("skrivaren", subject_id=hardware, resolved_only=True) == [a]
    assert ids("skrivaren", exclude_case_id=b) == [c, a]
    total, hits = search_cases("skrivaren", limit=2)
    assert total == 3 and [h.case_id for h in hits] == [c, b]


def test_empty_text_lists_the_subject_only(session, account):
    hardware = Subject.create(title="Hårdvara").id
    a = new(session, account, "Skrivaren A", subject_id=hardware)
    b = new(session, account, "Skärmen B", subject_id=hardware)
    new(session, account, "Annat")
    resolve_case(session, a, resolution_type=SOLVED, resolution="Klart", billable_time=0)
    assert search_cases("") == (0, [])
    assert search_cases("  ", subject_id=hardware)[0] == 2
    assert ids("", subject_id=hardware) == [b, a]
    assert ids("", subject_id=hardware, resolved_only=True) == [a]


# -- hostile input ------------------------------------------------------------------------------


HOSTILE = ['"', '""', "'", "(", ")", "()", "*", "-", "skriv*", "-skrivaren", "NEAR",
           "NEAR(a b)", "a AND b", "OR", "NOT skrivaren", "title:skrivaren", "{title}: x",
           "'; DROP TABLE incident; --", "^skrivaren", "skrivaren +", "…", "!!!", "\x00",
           "x" * 5000, "🖨️", "a\u0301", "_", "%", "\\"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_is_words_never_an_error(session, account, text):
    new(session, account, "Skrivaren AND NOT fungerar")
    total, hits = search_cases(text)
    assert isinstance(total, int) and isinstance(hits, list)
    quick_find(text)
    list_cases(CaseQuery(view=CaseView.ALL, filter_text=text))
    suggest_resolved(text)
    assert Case.select().count() == 1


def test_operators_are_plain_words(session, account):
    wanted = new(session, account, "Skrivaren AND NOT fungerar")
    new(session, account, "Skrivaren fungerar")
    assert ids("skrivaren NOT fungerar") == [wanted]
    assert ids('"skrivaren" (not)') == [wanted]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text())
def test_any_string_returns_a_list(session, text):
    total, hits = search_cases(text)
    assert isinstance(total, int) and isinstance(hits, list)
    assert isinstance(quick_find(text), search.QuickFindResult)
    count_cases(CaseQuery(view=CaseView.ALL, filter_text=text))


@given(text=st.text())
def test_every_query_is_valid_fts(text):
    words = query_words(text)
    if words:
        import sqlite3
        con = sqlite3.connect(":memory:")
        con.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, "
                    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
        for q in (fts_query(words), fts_query(words, column="title", prefix="all"),
                  fts_query(words, any_word=True)):
            con.execute("SELECT rowid FROM t WHERE t MATCH ?", (q,)).fetchall()


# -- the index in step with every write ----------------------------------------------------------


def test_index_follows_create_edit_resolve_reactivate_delete(session, account):
    case_id = new(session, account, "Skrivaren", "Rött ljus")
    assert indexed(case_id) == words("Skrivaren", "Rött ljus")

    version = Case.get_by_id(case_id).version
    update_case(session, case_id, CaseFields(title="Skärmen", customer_account_id=account,
                                             description="Blinkar"), version)
    assert indexed(case_id) == words("Skärmen", "Blinkar")
    assert ids("skrivaren") == [] and ids("blinkar") == [case_id]

    resolve_case(session, case_id, resolution_type=SOLVED, resolution="Ny kabel",
                 billable_time=0)
    assert indexed(case_id) == words("Skärmen", "Blinkar\nNy kabel")
    assert ids("kabel") == [case_id]

    reactivate_case(session, case_id)  # the resolution is canceled: no longer searched
    assert indexed(case_id) == words("Skärmen", "Blinkar")
    assert ids("kabel") == []

    resolve_case(session, case_id, resolution_type=SOLVED, resolution="Nytt kort",
                 billable_time=0)
    assert ids("kort") == [case_id] and ids("kabel") == []

    Case.update(state=0).where(Case.id == case_id).execute()  # no text change: kept as is
    assert indexed(case_id) == words("Skärmen", "Blinkar\nNytt kort")

    CaseResolution.delete().where(CaseResolution.case == case_id).execute()
    assert indexed(case_id) == words("Skärmen", "Blinkar")
    Case.delete().where(Case.id == case_id).execute()
    assert indexed(case_id) is None and index_size() == 0


def test_deleting_a_case_with_resolutions_leaves_nothing_in_the_index(session, account):
    case_id = new(session, account, "Skrivaren")
    resolve_case(session, case_id, resolution_type=SOLVED, resolution="Klart",
                 billable_time=0)
    Case.get_by_id(case_id).delete_instance(recursive=True)
    assert index_size() == 0 and ids("skrivaren") == []


def test_a_failed_transaction_leaves_the_index_as_it_was(session, account):
    case_id = new(session, account, "Skrivaren")
    with pytest.raises(RuntimeError), db.atomic():
        Case.update(title="Skärmen").where(Case.id == case_id).execute()
        raise RuntimeError
    assert indexed(case_id)[0] == words("Skrivaren")[0]


def test_rebuild_index(session, account):
    a = new(session, account, "Skrivaren", "Rött ljus")
    b = new(session, account, "Skärmen")
    resolve_case(session, b, resolution_type=SOLVED, resolution="Ny kabel", billable_time=0)
    clear_index()
    assert ids("skrivaren") == []
    seen = []

    assert rebuild_index(lambda done, total: seen.append((done, total))) == 2

    assert ids("skrivaren") == [a] and ids("kabel") == [b]
    assert seen[-1] == (2, 2)
    assert rebuild_index() == 2 and index_size() == 2


# -- suggestions --------------------------------------------------------------------------------


def test_suggest_duplicates_same_customer_active_similar_title(session, account):
    other = Account.create(name="Kustinvest Oy").id
    same = new(session, account, "Skrivaren på plan 3 fastnar")
    new(session, other, "Skrivaren på plan 3 fastnar")
    solved = new(session, account, "Skrivaren fastnar igen")
    resolve_case(session, solved, resolution_type=SOLVED, resolution="Klart", billable_time=0)
    new(session, account, "Fakturan saknas")

    hits = suggest_duplicates(customer_kind="account", customer_id=account,
                              title="skrivaren fastnar")
    assert [h.case_id for h in hits] == [same]
    assert suggest_duplicates(customer_kind="account", customer_id=account, title="och") == []
    assert suggest_duplicates(customer_kind="account", customer_id=account,
                              title="skrivaren fastnar", exclude_case_id=same) == []


def test_suggest_duplicates_for_a_contact_customer(session):
    person = Contact.create(first_name="Örjan", last_name="Ek", full_name="Örjan Ek").id
    case_id = create_case(session, NewCase(title="Lösenordet har gått ut",
                                           customer_contact_id=person))
    hits = suggest_duplicates(customer_kind="contact", customer_id=person, title="losenordet")
    assert [h.case_id for h in hits] == [case_id]


def test_suggest_resolved(session, account):
    hardware = Subject.create(title="Hårdvara").id
    solved = new(session, account, "Skrivaren fastnar", subject_id=hardware)
    resolve_case(session, solved, resolution_type=SOLVED, resolution="Rensa pappersbanan",
                 billable_time=0)
    partly = new(session, account, "Skrivaren är långsam")
    resolve_case(session, partly, resolution_type=SOLVED, resolution="Ny drivrutin",
                 billable_time=0)
    new(session, account, "Skrivaren fastnar igen")  # active: not suggested

    assert [h.case_id for h in suggest_resolved("skrivaren fastnar")] == [solved, partly]
    assert [h.case_id for h in suggest_resolved("skrivaren fastnar",
                                                subject_id=hardware)] == [solved]
    assert suggest_resolved("") == []


# -- quick find and the list filter use the index ---------------------------------------------


def test_quick_find_titles_by_word_prefix_folded(session, account):
    old = new(session, account, "Ärendet om skrivaren")
    newer = new(session, account, "Skrivaren fastnar")
    new(session, account, "Inget", "skrivaren i beskrivningen")  # quick find: titles only
    found = quick_find("skriv")
    assert [c[0] for c in found.cases] == [newer, old]
    assert [c[0] for c in quick_find("arendet").cases] == [old]
    number = Case.get_by_id(old).number
    assert quick_find(number.lower()).cases[0][0] == old


def test_list_filter_finds_description_and_resolution_words(session, account):
    a = new(session, account, "Kön växer", "Skrivaren på plan 3")
    b = new(session, account, "Datorn")
    resolve_case(session, b, resolution_type=SOLVED, resolution="Bytte nätaggregatet",
                 billable_time=0)

    def found(text):
        query = CaseQuery(view=CaseView.ALL, filter_text=text)
        rows = [r.id for r in list_cases(query).rows]
        assert count_cases(query) == len(rows)
        return rows

    assert found("skriv") == [a]
    assert found("natagg") == [b]
    assert found("havstål natagg") == [b]  # customer name and index words together
    assert found("plan skrivaren") == [a]


def test_list_filter_pages_through_index_matches(session, account):
    made = [new(session, account, f"Skrivare nummer {i}") for i in range(12)]
    base = datetime(2024, 1, 1)
    for i, case_id in enumerate(made):  # the same date for some: ties break by id
        Case.update(created_on=base + timedelta(days=i // 3)).where(Case.id == case_id).execute()
    query = CaseQuery(view=CaseView.ALL, filter_text="skrivare")
    seen, after = [], None
    while True:
        page = list_cases(query, after=after, limit=5)
        seen += [r.id for r in page.rows]
        if page.next_key is None:
            break
        after = page.next_key
    order = {case_id: (i // 3, case_id) for i, case_id in enumerate(made)}
    assert seen == sorted(made, key=order.get, reverse=True)


def test_without_the_index_search_falls_back_to_like(session, account, monkeypatch):
    a = new(session, account, "Skrivaren fastnar", "Felkod 42")
    b = new(session, account, "Kön", "skrivaren igen")
    monkeypatch.setattr(search, "fts_available", lambda database=None: False)
    total, hits = search_cases("skrivaren")
    assert total == 2 and [h.case_id for h in hits] == [a, b]
    assert [c[0] for c in quick_find("skriv").cases] == [a]
    assert ids("felkod skrivaren") == [a]
