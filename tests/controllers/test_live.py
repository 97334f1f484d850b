"""Live refresh (issue 9): a colleague's change, made on another connection, comes back as the
events our own commands publish, within 2 seconds, on both engines; our own changes do not
come back a second time."""

from __future__ import annotations

import threading
import time

import pytest

from casedesk.controllers import activities, admin, customers, events
from casedesk.controllers.cases import NewCase, create_case, get_case_record, update_case
from casedesk.controllers.live import (
    Change,
    DataVersionWatcher,
    NotifyListener,
    backend_pid,
    connect_params,
    display_names,
    events_from_notifications,
    parse_notification,
)
from casedesk.controllers.session import Session
from casedesk.models import Account, AuditLog, db
from casedesk.models.db import is_sqlite
from casedesk.models.options import Priority
from tests.support.threads import elsewhere


class Watch:
    """The engine's watcher as the UI drives it: events of other connections, as they come."""

    def __init__(self, database) -> None:
        self.database = database
        self.sqlite = is_sqlite(database)
        self._changes: list[Change] = []
        self._lock = threading.Lock()
        if self.sqlite:
            self.watcher = DataVersionWatcher(database)
        else:
            self.listener = NotifyListener(params=connect_params(database),
                                           on_changes=self._got)
            self.listener.start()
            assert self.listener.wait_listening(5)

    def _got(self, changes) -> None:
        with self._lock:
            self._changes.extend(changes)

    def poll(self) -> list:
        if self.sqlite:
            return self.watcher.poll()
        with self._lock:
            changes, self._changes = self._changes, []
        names = display_names(c.login for c in changes)
        return events_from_notifications(changes, {backend_pid(self.database)}, names)

    def events(self, until, timeout: float = 2.0) -> tuple[list, float]:
        """Events polled (as the UI does, every 100 ms here) until `until(events)`; and how
        long that took."""
        start = time.monotonic()
        seen: list = []
        while True:
            seen.extend(self.poll())
            if until(seen) or time.monotonic() - start > timeout:
                return seen, time.monotonic() - start
            time.sleep(0.05)

    def quiet(self, wait: float = 0.6) -> list:
        """Whatever comes within `wait` seconds (for 'nothing is reported')."""
        seen, _ = self.events(lambda _e: False, timeout=wait)
        return seen

    def close(self) -> None:
        if not self.sqlite:
            self.listener.stop()


@pytest.fixture
def bjorn(session):
    user = admin.create_user(session, "Björn Berg", "bjorn")
    colleague = Session(session.database)
    colleague.set_user(user.id, "bjorn", "Björn Berg", [])
    return colleague


@pytest.fixture
def acme(session):
    return Account.create(name="Havstål AB")


@pytest.fixture
def case_id(session, acme):
    return create_case(session, NewCase(title="Skrivaren skriver inte ut",
                                        customer_account_id=acme.id))


@pytest.fixture
def watch(database, session, bjorn, case_id):
    w = Watch(database)
    yield w
    w.close()


def named(found, name):
    return [payload for event, payload in found if event == name]


def has_case(case_id):
    return lambda found: any(case_id in (p.get("ids") or ())
                             for p in named(found, events.CASES_CHANGED))


def _raise_priority(session, case_id):
    record = get_case_record(case_id)
    fields = record.fields()
    fields.priority = int(Priority.HIGH) if fields.priority != int(Priority.HIGH) \
        else int(Priority.LOW)
    return update_case(session, case_id, fields, record.version)


def test_a_colleagues_change_to_a_case_is_reported_within_2_seconds(watch, bjorn, case_id):
    elsewhere(lambda: _raise_priority(bjorn, case_id))
    found, took = watch.events(has_case(case_id))
    assert has_case(case_id)(found), found
    assert took < 2.0
    payload = named(found, events.CASES_CHANGED)[0]
    assert payload["remote"] is True
    # SQLite: who saved it; PostgreSQL: the login of the connection (here the test's superuser)
    assert payload["who"][case_id] == ("Björn Berg" if watch.sqlite else "postgres")


def test_a_colleagues_new_case_is_reported(watch, bjorn, acme):
    new_id = elsewhere(lambda: create_case(bjorn, NewCase(title="VPN drops every hour",
                                                          customer_account_id=acme.id)))
    found, _ = watch.events(has_case(new_id))
    assert has_case(new_id)(found), found


def test_own_changes_are_not_reported_again(watch, session, bjorn, case_id, acme):
    _raise_priority(session, case_id)
    activities.create_note(session, case_id, "Ringde kunden")
    assert watch.quiet() == []
    # a colleague's change after ours: theirs is reported, ours is not reported with it
    other = create_case(session, NewCase(title="Fakturan är fel", customer_account_id=acme.id))
    assert watch.quiet(0.3) == []
    elsewhere(lambda: _raise_priority(bjorn, other))
    found, _ = watch.events(has_case(other))
    ids = {i for p in named(found, events.CASES_CHANGED) for i in p["ids"]}
    assert ids == {other}
    assert named(found, events.ACTIVITIES_CHANGED) == [] or all(
        p["case_ids"] in (None, []) or case_id not in p["case_ids"]
        for p in named(found, events.ACTIVITIES_CHANGED))


def test_a_colleagues_note_is_reported_for_its_case(watch, bjorn, case_id):
    note_id = elsewhere(lambda: activities.create_note(bjorn, case_id, "Kunden ringde"))

    def seen(found):
        return any(note_id in (p.get("ids") or ()) or p.get("ids") is None
                   for p in named(found, events.ACTIVITIES_CHANGED))

    found, took = watch.events(seen)
    assert seen(found), found
    payload = named(found, events.ACTIVITIES_CHANGED)[0]
    assert payload["case_ids"] is None or case_id in payload["case_ids"]
    assert payload["remote"] is True and took < 2.0


def test_a_colleagues_account_change_is_reported(watch, bjorn, acme):
    def rename():
        record = customers.get_account(acme.id)
        fields = customers.AccountFields(**{**record.fields.__dict__, "name": "Havstål Nord AB"})
        return customers.update_account(bjorn, acme.id, fields, record.version)

    elsewhere(rename)

    def seen(found):
        return any(p["kind"] == "account" and acme.id in p["ids"]
                   for p in named(found, events.CUSTOMERS_CHANGED))

    found, _ = watch.events(seen)
    assert seen(found), found


def test_notifications_become_events_without_our_own():
    changes = [
        Change("incident", 7, 7, "bjorn", pid=11),
        Change("note", 3, 7, "bjorn", pid=11),
        Change("incident", 8, 8, "asa", pid=99),  # our own backend: published already
        Change("account", 4, None, "carin", pid=12),
        Change("queue_item", 5, 9, "carin", pid=12),
        Change("case_resolution", 2, 10, "bjorn", pid=11),
    ]
    found = dict(events_from_notifications(changes, {99}, {"bjorn": "Björn Berg"}))
    assert found[events.CASES_CHANGED]["ids"] == [7, 9, 10]
    assert found[events.CASES_CHANGED]["who"][7] == "Björn Berg"
    assert found[events.CASES_CHANGED]["who"][9] == "carin"  # no CaseDesk user: the login
    assert found[events.ACTIVITIES_CHANGED]["case_ids"] == [7]
    assert found[events.ACTIVITIES_CHANGED]["ids"] == [3]
    assert found[events.CUSTOMERS_CHANGED] == {"kind": "account", "ids": [4], "remote": True,
                                               "who": {4: "carin"}}
    assert found[events.QUEUES_CHANGED] == {"ids": None, "remote": True}
    assert all(payload["remote"] for payload in found.values())


def test_a_payload_we_do_not_understand_is_ignored():
    assert parse_notification("not json") is None
    assert parse_notification('{"id": 1}') is None
    assert parse_notification('{"table": "incident", "id": 1, "case": 1, "login": "x"}',
                              5) == Change("incident", 1, 1, "x", 5)


# -- SQLite only ---------------------------------------------------------------------------


@pytest.fixture
def sqlite_watch(watch):
    return watch


@pytest.mark.sqlite_only
def test_a_colleagues_settings_and_users_are_reported_from_the_audit_log(sqlite_watch,
                                                                        session):
    def work():
        admin.create_user(session, "Carin Ek", "carin")
        admin.set_setting(session, "child_case_limit", 50)

    elsewhere(work)
    found, _ = sqlite_watch.events(lambda f: named(f, events.SETTINGS_CHANGED)
                                   and named(f, events.USERS_CHANGED))
    assert named(found, events.USERS_CHANGED)
    assert "child_case_limit" in named(found, events.SETTINGS_CHANGED)[0]["keys"]


@pytest.mark.sqlite_only
def test_a_burst_too_big_to_list_refreshes_everything(sqlite_watch, session, monkeypatch):
    from casedesk.controllers import live

    monkeypatch.setattr(live, "MAX_ROWS", 5)

    def burst():
        with db.atomic():
            AuditLog.insert_many([{"entity": "incident", "record_id": i, "action": 1}
                                  for i in range(1, 20)]).execute()

    elsewhere(burst)
    found, _ = sqlite_watch.events(lambda f: bool(f))
    assert found == [(events.DATA_RESET, {"remote": True})]
    assert sqlite_watch.quiet(0.3) == []  # and the marks moved past it


@pytest.mark.sqlite_only
def test_a_change_from_another_process_is_reported(sqlite_watch, database, case_id):
    """Another app on the same file: its own process, its own connection."""
    import subprocess
    import sys

    from casedesk.models.db import sqlite_url

    script = (
        "import sys\n"
        "from casedesk.controllers.cases import get_case_record, update_case\n"
        "from casedesk.controllers.session import Session\n"
        "from casedesk.models import AppUser\n"
        "from casedesk.models.migrations import open_database\n"
        "result = open_database(sys.argv[1], backups_dir=None)\n"
        "bjorn = AppUser.get(AppUser.login == 'bjorn')\n"
        "s = Session(result.database)\n"
        "s.set_user(bjorn.id, bjorn.login, bjorn.name, [])\n"
        "record = get_case_record(int(sys.argv[2]))\n"
        "fields = record.fields()\n"
        "fields.description = 'från en annan process'\n"
        "update_case(s, record.id, fields, record.version)\n")
    subprocess.run([sys.executable, "-c", script, sqlite_url(database.database), str(case_id)],
                   check=True, timeout=60)
    found, took = sqlite_watch.events(has_case(case_id))
    assert has_case(case_id)(found) and took < 2.0
    assert named(found, events.CASES_CHANGED)[0]["who"] == {case_id: "Björn Berg"}
