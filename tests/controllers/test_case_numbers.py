"""Case numbers (SPEC §1.1): PREFIX-NNNNN-SSSSSS, a counter from 1000, unique even when two
processes create cases in the same file at the same moment."""

from __future__ import annotations

import multiprocessing
import re
import time

import pytest
from fixtures.workers import create_cases_process

from casedesk.controllers import admin
from casedesk.controllers.cases import (
    CaseQuery,
    CaseView,
    NewCase,
    create_case,
    get_case_summary,
    list_cases,
)
from casedesk.models import Account, Case

NUMBER = re.compile(r"^CAS-\d{5}-[A-Z0-9]{6}$")


@pytest.fixture
def account(session):
    return Account.create(name="Havstål AB").id


def _new(session, account, title="Skrivaren är trasig"):
    case_id = create_case(session, NewCase(title=title, customer_account_id=account))
    return Case.get_by_id(case_id).number


def _counter(number: str) -> int:
    return int(number.split("-")[1])


def test_numbers_have_the_spec_format_and_count_up_from_1000(session, account):
    numbers = [_new(session, account) for _ in range(12)]

    for number in numbers:
        assert NUMBER.match(number), number
    assert [_counter(n) for n in numbers] == list(range(1000, 1012))
    assert numbers[0].startswith("CAS-01000-")
    assert len(set(numbers)) == len(numbers)
    # The random suffixes are not all the same (they keep offline copies apart, §6.5).
    assert len({n.split("-")[2] for n in numbers}) > 1


def test_the_number_is_what_the_list_and_the_case_show(session, account):
    case_id = create_case(session, NewCase(title="Kön växer", customer_account_id=account))
    number = Case.get_by_id(case_id).number

    assert get_case_summary(case_id).number == number
    rows = list_cases(CaseQuery(view=CaseView.ALL, user_id=session.user_id)).rows
    assert [r.number for r in rows] == [number]


def test_prefix_setting_changes_the_prefix(session, account):
    first = _new(session, account)
    admin.set_setting(session, "case_number_prefix", "HD")
    hd = [_new(session, account) for _ in range(2)]
    admin.set_setting(session, "case_number_prefix", "CAS")
    back = _new(session, account)

    assert first.startswith("CAS-01000-")
    assert all(re.fullmatch(r"HD-\d{5}-[A-Z0-9]{6}", n) for n in hd), hd
    assert [_counter(n) for n in hd] == [1000, 1001]
    # Switching back continues the CAS counter: no number is given out twice.
    assert back.startswith("CAS-01001-")


def test_suffix_length_setting_changes_the_suffix(session, account):
    admin.set_setting(session, "case_number_suffix_length", 8)

    assert re.fullmatch(r"CAS-01000-[A-Z0-9]{8}", _new(session, account))


def test_two_processes_creating_cases_at_once_get_unique_numbers(session, account, database,
                                                                 tmp_path):
    admin.create_user(session, "Björn Ängström", "bjorn")
    per_process = 100
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=create_cases_process,
                    args=(database.test_url, str(tmp_path / "backups"), login, account,
                          per_process, start, results))
        for login in ("asa", "bjorn")
    ]
    for p in procs:
        p.start()
    outcomes = []
    deadline = time.monotonic() + 120
    try:
        while len(outcomes) < len(procs) and time.monotonic() < deadline:
            try:
                outcomes.append(results.get(timeout=1))
            except Exception:  # queue.Empty: poll again until the deadline
                if not any(p.is_alive() for p in procs) and results.empty():
                    break
    finally:
        for p in procs:
            p.join(timeout=max(0.0, deadline - time.monotonic()))
            if p.is_alive():
                p.terminate()
                p.join()

    assert [o[0] for o in outcomes] == ["ok", "ok"], outcomes
    assert all(p.exitcode == 0 for p in procs)
    numbers = [c.number for c in Case.select(Case.number)]
    assert len(numbers) == 2 * per_process
    assert len(set(numbers)) == 2 * per_process
    assert all(NUMBER.match(n) for n in numbers)
    assert sorted(_counter(n) for n in numbers) == list(range(1000, 1000 + 2 * per_process))
    # Both really worked at once: each began before the other had finished.
    (_, _, start_a, end_a), (_, _, start_b, end_b) = outcomes
    assert start_a < end_b and start_b < end_a


@pytest.mark.parametrize("prefix", ["", "ABCD", "ab", "C-S", "ÅÄÖ", 12])
def test_a_bad_prefix_is_refused(session, prefix):
    from casedesk.controllers.admin import get_setting, set_setting
    from casedesk.controllers.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        set_setting(session, "case_number_prefix", prefix)
    assert err.value.field == "case_number_prefix"
    assert get_setting("case_number_prefix") == "CAS"
