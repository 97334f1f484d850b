"""The bulk loader: rows with their own ids and defaults, self references, and the case-number
counter left past the highest loaded number."""

from __future__ import annotations

import random
from datetime import datetime

from casedesk.controllers import bulk
from casedesk.controllers.cases import NewCase, create_case, sort_key
from casedesk.models import Account, Case, CaseNumberCounter, QueueItem, Subject
from casedesk.models.options import CaseState, StatusReason


def _cases(first_id, numbers, account_id):
    when = datetime(2024, 5, 1, 12, 0)
    return bulk.Rows(
        ("id", "number", "title", "customer_account", "customer_sort", "state", "status_reason",
         "created_on", "modified_on"),
        [(first_id + i, number, f"Skrivaren {i} går inte", account_id, sort_key("Havstål AB"),
          int(CaseState.ACTIVE), int(StatusReason.IN_PROGRESS), when, when)
         for i, number in enumerate(numbers)])


def test_counter_continues_after_the_highest_loaded_number(session):
    ids = bulk.next_ids(Account, Case)
    numbers = bulk.case_numbers("CAS", 1000, 250, random.Random(7))
    numbers[17] = "CAS-04711-ABCDEF"  # out of order: the highest is not the last
    result = bulk.load(bulk.BulkData(
        accounts=[{"id": ids[Account], "name": "Havstål AB"}],
        cases=_cases(ids[Case], numbers, ids[Account])))
    assert result.counts["cases"] == 250
    assert result.highest_number == {"CAS": 4711}
    assert CaseNumberCounter.get(CaseNumberCounter.prefix == "CAS").next_value == 4712
    new_id = create_case(session, NewCase(title="Ny", customer_account_id=ids[Account]))
    number = Case.get_by_id(new_id).number
    assert bulk.counter_of(number, "CAS") == 4712
    loaded = [bulk.counter_of(n, "CAS") for n in numbers]
    assert bulk.counter_of(number, "CAS") > max(loaded)


def test_numbers_follow_the_spec_and_are_deterministic():
    first = bulk.case_numbers("CAS", 1000, 50, random.Random(1))
    assert first == bulk.case_numbers("CAS", 1000, 50, random.Random(1))
    assert first[0].startswith("CAS-01000-") and len(first[0]) == len("CAS-01000-K7M9F2")
    assert all(n[10:].isalnum() and n[10:].upper() == n[10:] for n in first)
    assert len(bulk.case_numbers("X", 5, 3, random.Random(1), suffix_length=4)[2]) == 12


def test_defaults_derived_keys_and_self_references(session):
    ids = bulk.next_ids(Account, Case, Subject)
    s = ids[Subject]
    bulk.load(bulk.BulkData(
        accounts=[{"id": ids[Account], "name": "Havstål AB"}],
        # the child comes before its parent: references are set after the insert
        subjects=[{"id": s, "title": "Skrivare", "parent": s + 1},
                  {"id": s + 1, "title": "Hårdvara"}],
        cases=_cases(ids[Case], ["CAS-01000-AAAAAA", "CAS-01001-BBBBBB"], ids[Account]),
        queue_items=bulk.Rows(("case", "queue"), [(ids[Case], 1)])))
    case = Case.get_by_id(ids[Case])
    assert case.title_sort == "skrivaren 0 går inte".replace("å", "{")
    assert case.version == 1 and case.origin == 1 and case.is_escalated is False
    assert Subject.get_by_id(s).parent_id == s + 1
    assert QueueItem.get(QueueItem.case == ids[Case]).state == 0


def test_loaded_cases_and_resolutions_are_searchable_and_later_edits_too(session):
    """The search index (FTS5 / PostgreSQL case_search) is filled once after a load and its
    triggers are back on: loaded text is found, a case saved afterwards is re-indexed."""
    from casedesk.controllers import search
    from casedesk.models import CaseResolution

    ids = bulk.next_ids(Account, Case, CaseResolution)
    bulk.load(bulk.BulkData(
        accounts=[{"id": ids[Account], "name": "Havstål AB"}],
        cases=_cases(ids[Case], ["CAS-01000-AAAAAA", "CAS-01001-BBBBBB"], ids[Account]),
        case_resolutions=bulk.Rows(
            ("id", "case", "resolution", "resolution_type", "resolved_on", "state"),
            [(ids[CaseResolution], ids[Case] + 1, "Bytte tonerkassett", 5,
              datetime(2024, 5, 2), 1)])))
    assert search.search_cases("skrivaren")[0] == 2
    assert [h.case_id for h in search.search_cases("tonerkassett")[1]] == [ids[Case] + 1]
    Case.update(title="Routern blinkar").where(Case.id == ids[Case]).execute()
    assert [h.case_id for h in search.search_cases("routern")[1]] == [ids[Case]]
