"""Live refresh: what colleagues changed, as the events our own commands publish. No Qt.

Two watchers turn other sessions' commits into (event name, payload) pairs that the UI
publishes on the session's EventBus with `remote=True` and `who={record id: person}`:

* SQLite, `DataVersionWatcher`: `PRAGMA data_version` on the app's connection changes only
  when another connection committed. Then the rows changed since the last poll are read by
  cheap, indexed ranges: cases by `modified_on` (index (modified_on, id)), the audit log by its
  id (every command on customers, entitlements, queue items, users, settings … writes audit
  rows), activities and notes by id (new rows) and by `modified_on` where that is indexed.
  Changes whose details cannot be known cheaply become a coarse refresh.
* PostgreSQL, `NotifyListener`: its own autocommit psycopg connection LISTENs on channel
  `casedesk` (the database's triggers NOTIFY every committed change, see models/), on a
  thread that coalesces bursts, reconnects when the server went away and says so.
  `events_from_notifications` turns a batch into events, skipping the app's own backends
  (its changes were published already).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import JOIN, fn

from casedesk.controllers import connectivity, events
from casedesk.models import Activity, AppUser, AuditLog, Case, Note, QueueItem

log = logging.getLogger(__name__)

CHANNEL = "casedesk"
#: more changed rows than this in one poll: refresh everything instead of listing them
MAX_ROWS = 2000
#: rows are re-read this far back, so that a commit carrying an earlier clock reading than the
#: last one seen is not missed; (id, version) pairs keep them from being reported twice
MARGIN = timedelta(seconds=2)

Event = tuple[str, dict]

#: audit entity → what to publish (SQLite: the audit log names what other commands changed)
_AUDITED = {
    "incident": events.CASES_CHANGED,
    "account": events.CUSTOMERS_CHANGED,
    "contact": events.CUSTOMERS_CHANGED,
    "entitlement": events.ENTITLEMENTS_CHANGED,
    "queue": events.QUEUES_CHANGED,
    "queue_item": events.QUEUES_CHANGED,
    "app_user": events.USERS_CHANGED,
    "team": events.USERS_CHANGED,
    "routing_rule_set": events.ROUTING_CHANGED,
    "subject": events.SUBJECTS_CHANGED,
    "product": events.PRODUCTS_CHANGED,
    "setting": events.SETTINGS_CHANGED,
    "option_value": events.SETTINGS_CHANGED,
}


class _Collector:
    """Changes found in one poll, merged into one event per name."""

    def __init__(self) -> None:
        self.cases: dict[int, str | None] = {}  # case id → who
        self.activities: dict[int, str | None] = {}  # activity/note id → who
        self.activity_cases: dict[int, str | None] = {}
        self.customers: dict[str, dict[int, str | None]] = {}
        self.entitlements: dict[int, str | None] = {}
        self.queues: set[int] = set()
        self.queues_unknown = False
        self.named: dict[str, set[int]] = {}  # users, routing, subjects, products
        self.setting_keys: set[str] = set()
        self.activities_all = False  # some activities or notes changed, which is not known
        self.reset = False

    def case(self, case_id: int | None, who: str | None) -> None:
        if case_id is not None:
            self.cases[case_id] = who or self.cases.get(case_id)

    def activity(self, record_id: int, case_id: int | None, who: str | None) -> None:
        self.activities[record_id] = who
        if case_id is not None:
            self.activity_cases[case_id] = who or self.activity_cases.get(case_id)

    def events(self) -> list[Event]:
        if self.reset:
            return [(events.DATA_RESET, {"remote": True})]
        out: list[Event] = []
        if self.cases:
            out.append((events.CASES_CHANGED, {"ids": sorted(self.cases), "remote": True,
                                               "who": dict(self.cases)}))
        if self.activities_all:
            out.append((events.ACTIVITIES_CHANGED, {
                "case_ids": None, "ids": None, "remote": True,
                "who": dict(self.activity_cases)}))
        elif self.activities or self.activity_cases:
            out.append((events.ACTIVITIES_CHANGED, {
                "case_ids": sorted(self.activity_cases), "ids": sorted(self.activities),
                "remote": True, "who": dict(self.activity_cases)}))
        for kind, rows in sorted(self.customers.items()):
            out.append((events.CUSTOMERS_CHANGED, {"kind": kind, "ids": sorted(rows),
                                                   "remote": True, "who": dict(rows)}))
        if self.entitlements:
            out.append((events.ENTITLEMENTS_CHANGED, {
                "ids": sorted(self.entitlements), "remote": True,
                "who": dict(self.entitlements)}))
        if self.queues or self.queues_unknown:
            out.append((events.QUEUES_CHANGED, {
                "ids": None if self.queues_unknown else sorted(self.queues), "remote": True}))
        for name, ids in sorted(self.named.items()):
            payload = {"remote": True}
            if name != events.USERS_CHANGED:
                payload["ids"] = sorted(ids)
            out.append((name, payload))
        if self.setting_keys:
            out.append((events.SETTINGS_CHANGED, {"keys": sorted(self.setting_keys),
                                                  "remote": True}))
        return out


def _who(name: str | None, login: str | None) -> str | None:
    return name or login or None


# -- SQLite --------------------------------------------------------------------------------


@dataclass
class _Range:
    """Rows of one table changed since a mark: by modified_on (indexed) with a margin."""

    model: type
    mark: datetime | None = None
    seen: dict | None = None  # id → version, of rows at or after mark - MARGIN

    def rows(self, columns):
        """(id, version, modified_on, *columns, user name, user login) of the rows modified
        after mark - MARGIN, oldest first (an index range on modified_on)."""
        model = self.model
        return list(model.select(model.id, model.version, model.modified_on, *columns,
                                 AppUser.name, AppUser.login)
                    .join(AppUser, JOIN.LEFT_OUTER, on=(model.modified_by == AppUser.id))
                    .where(model.modified_on > self.mark - MARGIN)
                    .order_by(model.modified_on).limit(MAX_ROWS + 1).tuples())

    def start(self) -> None:
        top = self.model.select(fn.MAX(self.model.modified_on)).scalar()
        self.mark = _as_datetime(top) or datetime(1970, 1, 1)
        self.seen = {}
        for row in self.rows(()):
            self.seen[row[0]] = row[1]

    def changes(self, columns) -> list | None:
        """New (id, version) pairs since the last call, as rows; None when too many."""
        rows = self.rows(columns)
        if len(rows) > MAX_ROWS:
            self.start()
            return None
        fresh = [row for row in rows if self.seen.get(row[0]) != row[1]]
        if rows:
            self.mark = max(self.mark, _as_datetime(rows[-1][2]))
        floor = self.mark - MARGIN
        self.seen = {row[0]: row[1] for row in rows if _as_datetime(row[2]) > floor}
        return fresh


def _as_datetime(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    text = str(value)
    for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _indexed_by_modified_on(database, table: str) -> bool:
    try:
        return any(index.columns and index.columns[0] == "modified_on"
                   for index in database.get_indexes(table))
    except Exception:  # noqa: BLE001 - no index information: treat as not indexed
        return False


class DataVersionWatcher:
    """SQLite: what other connections committed since the last poll.

    Call `poll()` on the thread whose connection the app's commands use (the GUI thread):
    `PRAGMA data_version` is per connection and ignores the connection's own commits.
    """

    def __init__(self, database) -> None:
        self.database = database
        self._version = self._data_version()
        self._own = self._total_changes()
        self._cases = _Range(Case)
        self._activity_range = (_Range(Activity) if _indexed_by_modified_on(
            database, Activity._meta.table_name) else None)
        self._note_range = (_Range(Note) if _indexed_by_modified_on(
            database, Note._meta.table_name) else None)
        self._start()

    def _data_version(self) -> int:
        return self.database.execute_sql("PRAGMA data_version").fetchone()[0]

    def _total_changes(self) -> int:
        return self.database.connection().total_changes

    def _start(self) -> None:
        self._audit_mark = AuditLog.select(fn.MAX(AuditLog.id)).scalar() or 0
        self._activity_mark = Activity.select(fn.MAX(Activity.id)).scalar() or 0
        self._note_mark = Note.select(fn.MAX(Note.id)).scalar() or 0
        for rng in (self._cases, self._activity_range, self._note_range):
            if rng is not None:
                rng.start()

    def poll(self) -> list[Event]:
        """The events for what others committed since the last poll ([] when nothing)."""
        version = self._data_version()
        own = self._total_changes()
        if version == self._version:
            if own != self._own:  # our own commits: known already, move the marks past them
                self._own = own
                self._start()
            return []
        self._version, self._own = version, own
        found = _Collector()
        self._read_cases(found)
        if not found.reset:
            self._read_audit(found)
        if not found.reset:
            self._read_activities(found)
        return found.events()

    def _read_cases(self, found: _Collector) -> None:
        rows = self._cases.changes(())
        if rows is None:
            found.reset = True
            return
        for case_id, _version, _modified, name, login in rows:
            found.case(case_id, _who(name, login))

    def _read_audit(self, found: _Collector) -> None:
        rows = list(AuditLog.select(AuditLog.id, AuditLog.entity, AuditLog.record_id,
                                    AuditLog.field, AuditLog.old_value, AuditLog.new_value,
                                    AuditLog.login, AppUser.name)
                    .join(AppUser, JOIN.LEFT_OUTER, on=(AuditLog.user_id == AppUser.id))
                    .where(AuditLog.id > self._audit_mark)
                    .order_by(AuditLog.id).limit(MAX_ROWS + 1).tuples())
        if not rows:
            return
        self._audit_mark = rows[-1][0]
        if len(rows) > MAX_ROWS:
            self._audit_mark = AuditLog.select(fn.MAX(AuditLog.id)).scalar() or 0
            found.reset = True
            return
        items: set[int] = set()
        for _id, entity, record_id, field, old, new, login, name in rows:
            name_of = _AUDITED.get(entity)
            who = _who(name, login)
            if name_of is None:
                continue
            if entity == "incident":
                found.case(record_id, who)
            elif entity in ("account", "contact"):
                found.customers.setdefault(entity, {})[record_id] = who
            elif entity == "entitlement":
                found.entitlements[record_id] = who
            elif entity == "queue":
                found.queues.add(record_id)
            elif entity == "queue_item":
                items.add(record_id)
                for value in (old, new) if field == "queue" else ():
                    if value and value.isdigit():
                        found.queues.add(int(value))
                if field == "case" and new and new.isdigit():
                    found.case(int(new), who)
            elif entity == "setting":
                if field:
                    found.setting_keys.add(field)
            elif entity == "option_value":
                found.setting_keys.add("status_reason")
            else:
                found.named.setdefault(name_of, set()).add(record_id)
        if items:
            for queue_id, case_id in (QueueItem.select(QueueItem.queue, QueueItem.case)
                                      .where(QueueItem.id.in_(sorted(items))).tuples()):
                found.queues.add(queue_id)
                found.case(case_id, None)

    def _read_activities(self, found: _Collector) -> None:
        for model, case_column, mark_name, rng in (
                (Activity, Activity.regarding_case, "_activity_mark", self._activity_range),
                (Note, Note.case, "_note_mark", self._note_range)):
            if rng is not None:  # indexed by modified_on: new and changed rows
                rows = rng.changes((case_column,))
                if rows is None:
                    found.reset = True
                    return
                for record_id, _version, _modified, case_id, name, login in rows:
                    found.activity(record_id, case_id, _who(name, login))
                continue
            # new rows by id; a change to an older row cannot be found cheaply: the open
            # timelines and activity lists look again (case_ids=None: all of them)
            found.activities_all = True
            rows = list(model.select(model.id, case_column, AppUser.name, AppUser.login)
                        .join(AppUser, JOIN.LEFT_OUTER, on=(model.created_by == AppUser.id))
                        .where(model.id > getattr(self, mark_name))
                        .order_by(model.id).limit(MAX_ROWS + 1).tuples())
            if len(rows) > MAX_ROWS:
                setattr(self, mark_name, model.select(fn.MAX(model.id)).scalar() or 0)
                found.reset = True
                return
            for record_id, case_id, name, login in rows:
                found.activity(record_id, case_id, _who(name, login))
            if rows:
                setattr(self, mark_name, rows[-1][0])


# -- PostgreSQL ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One NOTIFY payload: {"table", "id", "case", "login"} from the backend `pid`."""

    table: str
    id: int | None
    case: int | None
    login: str | None
    pid: int = 0


def parse_notification(payload: str, pid: int = 0) -> Change | None:
    """The change a NOTIFY payload describes (None for a payload we do not understand)."""
    try:
        data = json.loads(payload)
        return Change(str(data["table"]), _int(data.get("id")), _int(data.get("case")),
                      data.get("login"), int(pid or 0))
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("ignored a notification: %r", payload)
        return None


def _int(value) -> int | None:
    return None if value is None else int(value)


def events_from_notifications(changes: Iterable[Change], ignore_pids: Iterable[int] = (),
                              names: dict[str, str] | None = None) -> list[Event]:
    """The events for a batch of changes, without those of our own backends (`ignore_pids`:
    the app's connections; their commands published their events themselves). `names`:
    login → the person's name, for the payloads' `who`."""
    ignored = set(ignore_pids)
    names = names or {}
    found = _Collector()
    for change in changes:
        if change is None or change.pid in ignored:
            continue
        who = names.get(change.login or "", change.login)
        table, record_id, case_id = change.table, change.id, change.case
        if table == "incident":
            found.case(record_id, who)
        elif table == "case_resolution":
            found.case(case_id, who)
        elif table in ("activity", "note"):
            if record_id is not None:
                found.activity(record_id, case_id, who)
        elif table == "queue_item":
            found.queues_unknown = True
            found.case(case_id, who)
        elif table in ("account", "contact"):
            if record_id is not None:
                found.customers.setdefault(table, {})[record_id] = who
        elif table == "entitlement":
            if record_id is not None:
                found.entitlements[record_id] = who
            found.case(case_id, who)
    return found.events()


def display_names(logins: Iterable[str]) -> dict[str, str]:
    """login → the CaseDesk user's name, for the logins that have a user."""
    wanted = sorted({login for login in logins if login})
    if not wanted:
        return {}
    return dict(AppUser.select(AppUser.login, AppUser.name)
                .where(AppUser.login.in_(wanted)).tuples())


def backend_pid(database) -> int | None:
    """The PostgreSQL backend of this thread's connection (None on SQLite or when closed)."""
    try:
        info = getattr(database.connection(), "info", None)
        return getattr(info, "backend_pid", None)
    except Exception:  # noqa: BLE001 - no connection now: nothing of ours to ignore
        return None


def connect_params(database) -> dict:
    """psycopg.connect() keywords for the listener's connection (same server and login)."""
    return connectivity.connect_params(database, "CaseDesk (live refresh)")


class NotifyListener:
    """LISTEN casedesk on its own connection, on a daemon thread.

    `on_changes(list[Change])` gets each coalesced burst (at most every `coalesce` seconds);
    `on_state(connected: bool, resumed: bool)` tells when the connection was lost (False) and
    when it is back (True; resumed=True after a loss: notifications may have been missed).
    Both are called on the listener's thread. `stop()` ends the thread within `poll` seconds.
    """

    def __init__(self, url: str | None = None, *, params: dict | None = None,
                 on_changes: Callable[[list[Change]], None],
                 on_state: Callable[[bool, bool], None] | None = None,
                 coalesce: float = 0.2, retry: float = 2.0, poll: float = 0.5) -> None:
        self._url = url
        self._params = dict(params or {})
        self._on_changes = on_changes
        self._on_state = on_state
        self._coalesce = coalesce
        self._retry = retry
        self._poll = poll
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = False

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="casedesk-listen",
                                            daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wait_listening(self, timeout: float = 5.0) -> bool:
        """True once LISTEN is in place (tests)."""
        return self._listening.wait(timeout)

    def _connect(self):
        import psycopg

        if self._url:
            con = psycopg.connect(self._url, autocommit=True, **self._params)
        else:
            con = psycopg.connect(autocommit=True, **self._params)
        con.execute(f"LISTEN {CHANNEL}")
        return con

    def _state(self, connected: bool, resumed: bool = False) -> None:
        self.connected = connected
        if self._on_state is not None:
            try:
                self._on_state(connected, resumed)
            except Exception:  # noqa: BLE001 - a listener callback must not end the thread
                log.exception("live refresh: state callback failed")

    def _run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                con = self._connect()
            except Exception as exc:  # noqa: BLE001 - the server is not there (yet)
                log.info("live refresh: cannot listen: %s", exc)
                if not lost:
                    lost = True
                    self._state(False)
                self._stop.wait(self._retry)
                continue
            self._state(True, resumed=lost)
            lost = False
            self._listening.set()
            try:
                self._listen(con)
            except Exception as exc:  # noqa: BLE001 - the connection broke: say so, retry
                if self._stop.is_set():
                    break
                log.warning("live refresh: connection lost: %s", exc)
                lost = True
                self._listening.clear()
                self._state(False)
                self._stop.wait(self._retry)
            finally:
                try:
                    con.close()
                except Exception:  # noqa: BLE001
                    pass

    def _listen(self, con) -> None:
        while not self._stop.is_set():
            batch = [parse_notification(n.payload, n.pid)
                     for n in con.notifies(timeout=self._poll, stop_after=1)]
            if not batch:
                continue
            deadline = time.monotonic() + self._coalesce
            while (left := deadline - time.monotonic()) > 0:
                batch.extend(parse_notification(n.payload, n.pid)
                             for n in con.notifies(timeout=left))
            changes = [change for change in batch if change is not None]
            if changes:
                try:
                    self._on_changes(changes)
                except Exception:  # noqa: BLE001 - a listener callback must not end the thread
                    log.exception("live refresh: change callback failed")
