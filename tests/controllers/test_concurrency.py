"""No lost updates (issue 9, SPEC §6.4), with two connections on each engine.

A colleague (Björn) works on a connection of his own: a thread, since peewee keeps one
connection per thread on a Database (SQLite: a second handle on the same file; PostgreSQL: a
second server backend). A save or a command that carries the version the user saw is refused
with ConflictError once the colleague saved the case since: nothing is written (every table
and the audit log stay as they were), the error carries the case as it is now (`theirs`)
and who saved it when; with the fresh version the same call works.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace

import pytest

from casedesk.controllers import admin, charging, lifecycle, queues, routing
from casedesk.controllers.cases import (
    CaseFields,
    CaseQuery,
    CaseView,
    CurrentCase,
    NewCase,
    create_case,
    current_fields,
    get_case_record,
    list_cases,
    set_stage,
    update_case,
)
from casedesk.controllers.errors import ConflictError
from casedesk.controllers.queues import ItemQuery, ItemView, QueueFields
from casedesk.controllers.session import Session
from casedesk.models import ALL_MODELS, Account, Case, Contact, QueueItem
from casedesk.models.db import is_postgres, write_transaction
from casedesk.models.options import Priority, RuleAction, StatusReason
from tests.support.threads import elsewhere

SOLVED = int(StatusReason.PROBLEM_SOLVED)
CANCELED = int(StatusReason.CANCELED)
MERGED = int(StatusReason.MERGED)


# -- two connections -----------------------------------------------------------------------


@pytest.fixture
def other_connection(database) -> Callable:
    """other_connection(fn): fn() run on a connection of its own (a thread of its own, which
    opens and closes its connection); returns what fn returned, raises what it raised."""

    return elsewhere


@pytest.fixture
def bjorn(session, database) -> Session:
    info = admin.create_user(session, "Björn Berg", "bjorn")
    colleague = Session(database)
    colleague.set_user(info.id, info.login, info.name, info.roles)
    return colleague


def connection_id(database):
    """What identifies this thread's connection: the server backend (PostgreSQL) or the
    SQLite handle."""
    if is_postgres(database):
        return database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    return id(database.connection())


def snapshot():
    """Every row of every table (the audit log included)."""
    return {m.__name__: list(m.select().order_by(m.id).tuples()) for m in ALL_MODELS}


class Desk:
    """Two customers' cases, two queues, a third user; `versions()` is what a user saw."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.acme = Account.create(name="Havstål AB")
        self.anna = Contact.create(first_name="Anna", last_name="Berg",
                                   parent_account=self.acme)
        self.tier1 = queues.create_queue(session, QueueFields("Tier 1"))
        self.tier2 = queues.create_queue(session, QueueFields("Tier 2"))
        self.cia = admin.create_user(session, "Cia Lund", "cia").id
        self.a = self.case("Skrivaren skriver inte ut", queue_id=self.tier1,
                           contact_id=self.anna.id)
        self.b = self.case("Skrivaren igen")
        self.item = QueueItem.get(QueueItem.case == self.a).id

    def case(self, title: str, **kw) -> int:
        return create_case(self.session, NewCase(title=title, customer_account_id=self.acme.id,
                                                 **kw))

    def versions(self) -> dict[int, int]:
        return {c.id: c.version for c in Case.select(Case.id, Case.version)}

    def item_versions(self) -> dict[int, int]:
        return {i.id: i.version for i in QueueItem.select(QueueItem.id, QueueItem.version)}


@pytest.fixture
def desk(session) -> Desk:
    return Desk(session)


def their_edit(bjorn: Session, case_id: int, **changes) -> int:
    """Björn saves the case (on whatever connection runs this); its new version."""
    record = get_case_record(case_id)
    return update_case(bjorn, case_id, replace(record.fields(), **changes), record.version)


# -- the connections are two ---------------------------------------------------------------


def test_the_colleague_works_on_a_connection_of_its_own(database, other_connection):
    mine = connection_id(database)
    theirs = other_connection(lambda: connection_id(database))
    assert mine != theirs


# -- saving the case form ------------------------------------------------------------------


def test_the_second_save_is_a_conflict_that_carries_their_version(
        session, bjorn, desk, other_connection):
    opened = get_case_record(desk.a)  # I open the case …
    mine = replace(opened.fields(), title="Min rubrik", priority=int(Priority.HIGH))
    # … while Björn saves it on his connection
    other_connection(lambda: their_edit(bjorn, desk.a, title="Hans rubrik",
                                        description="Papper fastnar i fack 2"))
    before = snapshot()
    with pytest.raises(ConflictError) as info:
        update_case(session, desk.a, mine, opened.version)
    assert snapshot() == before  # nothing overwritten, nothing audited
    error = info.value
    assert error.params["entity"] == "incident" and error.params["record_id"] == desk.a
    assert error.params["modified_by"] == "Björn Berg"
    assert error.params["number"] == opened.number
    theirs = error.theirs
    assert isinstance(theirs, CurrentCase)
    assert isinstance(theirs.fields, CaseFields)
    assert theirs.version == opened.version + 1
    assert (theirs.fields.title, theirs.fields.description) == ("Hans rubrik",
                                                                 "Papper fastnar i fack 2")
    assert theirs.fields.priority == int(Priority.NORMAL)
    assert theirs.modified_by == "Björn Berg" and theirs.modified_on is not None
    assert theirs.record.contact.label == "Anna Berg"  # names for the conflict dialog
    assert get_case_record(desk.a).title == "Hans rubrik"
    # merged (my priority, their title and description) and saved on their version: works
    merged = replace(theirs.fields, priority=int(Priority.HIGH))
    assert update_case(session, desk.a, merged, theirs.version) == theirs.version + 1
    saved = get_case_record(desk.a)
    assert (saved.title, saved.description, saved.priority) == (
        "Hans rubrik", "Papper fastnar i fack 2", int(Priority.HIGH))


def test_current_fields_say_who_saved_the_case_last(session, bjorn, desk, other_connection):
    now = current_fields(desk.a)
    assert now.modified_by == "Åsa Öberg" and now.version == 1
    other_connection(lambda: their_edit(bjorn, desk.a, title="Hans rubrik"))
    now = current_fields(desk.a)
    assert (now.modified_by, now.version, now.fields.title) == ("Björn Berg", 2,
                                                                 "Hans rubrik")


def test_a_save_that_races_an_open_transaction_is_a_conflict(
        session, bjorn, desk, database, engine):
    """Björn's save is in flight (his transaction has written, not yet committed) when mine
    starts: mine waits for his and is then refused — on PostgreSQL it read the old version
    and its UPDATE … WHERE version = … finds no row once his commits."""
    opened = get_case_record(desk.a)
    written, release = threading.Event(), threading.Event()
    outcome: dict = {}

    def theirs():
        try:
            with write_transaction():
                their_edit(bjorn, desk.a, title="Hans rubrik")
                written.set()
                release.wait(20)
        finally:
            database.close()

    def mine():
        try:
            written.wait(20)
            update_case(session, desk.a, replace(opened.fields(), title="Min rubrik"),
                        opened.version)
            outcome["saved"] = True
        except ConflictError as exc:
            outcome["conflict"] = exc
        except BaseException as exc:  # noqa: BLE001
            outcome["error"] = exc
        finally:
            database.close()

    threads = [threading.Thread(target=theirs), threading.Thread(target=mine)]
    for t in threads:
        t.start()
    waited = False
    if engine == "postgresql":  # see my save wait on his row lock before he commits
        written.wait(20)
        deadline = time.monotonic() + 10
        while not waited and time.monotonic() < deadline:
            waited = database.execute_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'").fetchone()[0] > 0
            time.sleep(0.02)
        assert waited
    release.set()
    for t in threads:
        t.join(30)
    assert "error" not in outcome and "saved" not in outcome
    assert outcome["conflict"].theirs.fields.title == "Hans rubrik"
    assert outcome["conflict"].params["modified_by"] == "Björn Berg"
    assert get_case_record(desk.a).title == "Hans rubrik"


# -- commands refuse a stale case ----------------------------------------------------------


def _their_title(bjorn, desk):
    return lambda: their_edit(bjorn, desk.a, title="Hans rubrik")


def _their_reactivate_and_resolve(bjorn, desk):
    def change():
        lifecycle.reactivate_case(bjorn, desk.a)
        lifecycle.resolve_case(bjorn, desk.a, resolution_type=SOLVED, resolution="Igen",
                               billable_time=0)
    return change


def _resolved(session, desk):
    lifecycle.resolve_case(session, desk.a, resolution_type=SOLVED, resolution="Klart",
                           billable_time=0)


def _active_rule_set(session, desk):
    rule_set = routing.create_rule_set(session, routing.RuleSetFields("Routing", None, [
        routing.RuleItemFields("Normal", {"op": "and", "items": [
            {"field": "priority", "operator": "equals", "value": int(Priority.NORMAL)}]},
            int(RuleAction.ROUTE_TO_QUEUE), target_queue_id=desk.tier2)]))
    routing.activate(session, rule_set)


#: command → (setup before the user looks, the command with the versions the user saw)
COMMANDS = {
    "update_case": (None, lambda s, d, v, i: update_case(
        s, d.a, replace(get_case_record(d.a).fields(), title="Min rubrik"), v[d.a])),
    "set_stage": (None, lambda s, d, v, i: set_stage(s, d.a, 1, v[d.a])),
    "set_decrement": (None, lambda s, d, v, i: charging.set_decrement(
        s, d.a, False, expected_version=v[d.a])),
    "resolve_case": (None, lambda s, d, v, i: lifecycle.resolve_case(
        s, d.a, resolution_type=SOLVED, resolution="Klart", billable_time=0,
        expected_version=v[d.a])),
    "cancel_case": (None, lambda s, d, v, i: lifecycle.cancel_case(
        s, d.a, status_reason=CANCELED, expected_version=v[d.a])),
    "cancel_case_merged": (None, lambda s, d, v, i: lifecycle.cancel_case(
        s, d.a, status_reason=MERGED, merge_into=d.b, expected_version=v[d.a])),
    "reactivate_case": (_resolved, lambda s, d, v, i: lifecycle.reactivate_case(
        s, d.a, expected_version=v[d.a])),
    "escalate": (None, lambda s, d, v, i: lifecycle.escalate(s, d.a, expected_version=v[d.a])),
    "de_escalate": (lambda s, d: lifecycle.escalate(s, d.a), lambda s, d, v, i:
                    lifecycle.de_escalate(s, d.a, expected_version=v[d.a])),
    "associate_child_cases": (None, lambda s, d, v, i: lifecycle.associate_child_cases(
        s, d.b, [d.a], expected_versions=v)),
    "remove_parent": (lambda s, d: lifecycle.associate_child_cases(s, d.b, [d.a]),
                      lambda s, d, v, i: lifecycle.remove_parent(s, d.a,
                                                                 expected_version=v[d.a])),
    "merge_cases": (None, lambda s, d, v, i: lifecycle.merge_cases(
        s, [d.a, d.b], d.b, expected_versions=v)),
    "assign": (None, lambda s, d, v, i: queues.assign(s, [d.a], "user", d.cia,
                                                      expected_versions=v)),
    "add_to_queue": (None, lambda s, d, v, i: queues.add_to_queue(s, [d.a], d.tier2,
                                                                  expected_versions=v)),
    "route_case": (_active_rule_set, lambda s, d, v, i: routing.route_case(
        s, d.a, expected_version=v[d.a])),
    "pick": (None, lambda s, d, v, i: queues.pick(s, [d.item], expected_versions=v,
                                                  expected_item_versions=i)),
    "release": (lambda s, d: queues.pick(s, [d.item]), lambda s, d, v, i: queues.release(
        s, [d.item], expected_versions=v, expected_item_versions=i)),
    "route_items": (None, lambda s, d, v, i: queues.route_items(
        s, [d.item], queue_id=d.tier2, expected_versions=v, expected_item_versions=i)),
    "remove_items": (None, lambda s, d, v, i: queues.remove_items(
        s, [d.item], expected_versions=v, expected_item_versions=i)),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_command_on_a_stale_case_is_refused_and_writes_nothing(
        name, session, bjorn, desk, other_connection):
    setup, command = COMMANDS[name]
    if setup is not None:
        setup(session, desk)
    seen, seen_items = desk.versions(), desk.item_versions()  # what my window shows
    their_change = (_their_reactivate_and_resolve if name == "reactivate_case"
                    else _their_title)(bjorn, desk)
    other_connection(their_change)
    before = snapshot()
    with pytest.raises(ConflictError) as info:
        command(session, desk, seen, seen_items)
    assert snapshot() == before  # nothing written, nothing audited
    error = info.value
    assert (error.params["entity"], error.params["record_id"]) == ("incident", desk.a)
    assert error.params["modified_by"] == "Björn Berg"
    assert error.theirs.version == seen[desk.a] + (2 if name == "reactivate_case" else 1)
    # looked at again, the same command works
    command(session, desk, desk.versions(), desk.item_versions())
    assert snapshot() != before


def test_a_multi_case_command_refuses_when_any_case_is_stale(
        session, bjorn, desk, other_connection):
    seen = desk.versions()
    other_connection(lambda: their_edit(bjorn, desk.b, title="Hans rubrik"))
    before = snapshot()
    for command in (lambda: queues.assign(session, [desk.a, desk.b], "user", desk.cia,
                                          expected_versions=seen),
                    lambda: queues.add_to_queue(session, [desk.a, desk.b], desk.tier2,
                                                expected_versions=seen),
                    lambda: lifecycle.merge_cases(session, [desk.a, desk.b], desk.a,
                                                  expected_versions=seen)):
        with pytest.raises(ConflictError) as info:
            command()
        assert info.value.params["record_id"] == desk.b
        assert snapshot() == before


def test_an_item_someone_picked_since_is_a_conflict(session, bjorn, desk, other_connection):
    seen, seen_items = desk.versions(), desk.item_versions()
    other_connection(lambda: queues.pick(bjorn, [desk.item]))
    before = snapshot()
    with pytest.raises(ConflictError) as info:
        queues.pick(session, [desk.item], expected_item_versions=seen_items)
    assert snapshot() == before
    error = info.value
    assert (error.params["entity"], error.params["record_id"]) == ("queue_item", desk.item)
    assert error.params["modified_by"] == "Björn Berg"
    assert error.params["number"] == Case.get_by_id(desk.a).number
    assert error.theirs.worked_by == "Björn Berg"
    with pytest.raises(ConflictError):  # and by the case's version
        queues.pick(session, [desk.item], expected_versions=seen)
    assert snapshot() == before


def test_an_item_write_that_lost_a_race_is_a_conflict(session, bjorn, desk, other_connection):
    """The item's UPDATE checks the version it read: a write by another connection between
    the read and the write is refused, not overwritten."""
    item = QueueItem.get_by_id(desk.item)
    other_connection(lambda: queues.pick(bjorn, [desk.item]))
    before = snapshot()
    with pytest.raises(ConflictError):
        with write_transaction():
            queues._write_item(session, item, queues.utcnow(), worked_by_user=desk.cia)
    assert snapshot() == before


def test_commands_without_versions_still_act(session, bjorn, desk, other_connection):
    """Callers that pass no version (imports, routing, older code) are not checked."""
    other_connection(_their_title(bjorn, desk))
    lifecycle.escalate(session, desk.a)
    queues.assign(session, [desk.a], "user", desk.cia)
    assert Case.get_by_id(desk.a).is_escalated


# -- what the lists show carries the version -----------------------------------------------


def test_list_rows_carry_the_versions_the_commands_need(session, bjorn, desk,
                                                        other_connection):
    other_connection(_their_title(bjorn, desk))
    rows = {r.id: r for r in list_cases(CaseQuery(view=CaseView.ALL)).rows}
    assert rows[desk.a].version == 2 and rows[desk.b].version == 1
    items = queues.list_items(ItemQuery(view=ItemView.ALL)).rows
    assert [(r.id, r.version, r.case_version) for r in items] == [(desk.item, 1, 2)]
