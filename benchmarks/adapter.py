"""The CaseDesk side of the comparison workload (../shared/bench/WORKLOAD.md §5).

`dataset_to_bulk` maps a `workload.Dataset` onto the bulk loader's input; `CaseDeskAdapter`
loads it through `controllers.bulk` and runs every op through the real controllers, on a SQLite
file or (with a server URL) on a fresh PostgreSQL database.
`raw_baseline_class` extends the workload's raw adapter with hand-written SQL equivalents of
the extra list ops, run on CaseDesk's own tables in the same file, so that each extra op has
a "physical limit" to be compared with.
"""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from peewee import JOIN, fn

from benchmarks import postgres
from casedesk.controllers import admin, bulk, cases, lifecycle, search
from casedesk.controllers.cases import CaseColumn, CaseQuery, CaseView, NewCase
from casedesk.controllers.session import Session
from casedesk.models import Account, AuditLog, Case, Contact, Queue, QueueItem, db
from casedesk.models.db import sqlite_url
from casedesk.models.migrations import open_database
from casedesk.models.options import (
    ActivityKind,
    ActivityState,
    ActivityStatusReason,
    AuditAction,
    CaseState,
    Direction,
    QueueItemState,
    QueueType,
    ResolutionState,
    Role,
    StatusReason,
)

#: ../shared/bench/workload.py, seen from the repository root.
DEFAULT_WORKLOAD = Path(__file__).resolve().parents[2] / "shared" / "bench" / "workload.py"

#: Workload priority 1..5 → CaseDesk High/Normal/Low.
PRIORITY = {1: 1, 2: 1, 3: 2, 4: 3, 5: 3}
#: The team that owns the workload's unassigned cases (a case always has an owner here).
DESK_TEAM_ID = 1
DESK_TEAM_NAME = "Kundtjänst"
PAGE = 50

_EPOCH = datetime(1970, 1, 1)


def load_workload(path: str | os.PathLike | None = None):
    """Import workload.py from a path (default: ../shared/bench/workload.py)."""
    path = Path(path or os.environ.get("CASEDESK_WORKLOAD") or DEFAULT_WORKLOAD)
    if not path.is_file():
        raise FileNotFoundError(f"workload.py not found at {path}; pass --workload PATH")
    existing = sys.modules.get("workload")
    if existing is not None and Path(getattr(existing, "__file__", "")) == path:
        return existing
    spec = importlib.util.spec_from_file_location("workload", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["workload"] = module
    spec.loader.exec_module(module)
    return module


def utc(ts: int) -> datetime:
    """Epoch seconds → naive UTC datetime (what CaseDesk stores)."""
    return _EPOCH + timedelta(seconds=ts)


# -- the data set as bulk input ------------------------------------------------------------


def dataset_to_bulk(ds, wl, *, seed: int | None = None) -> bulk.BulkData:
    """Map a workload Dataset onto CaseDesk (WORKLOAD.md §5). Ids are kept: case, account,
    contact, queue and agent N of the data set are record N here (the database is fresh).

    Open/Reopened → Active/In Progress; Resolved/Closed/Duplicate → Resolved/Problem Solved
    with a Case Resolution holding the resolution text; every case has a queue item, active
    while the case is; the customer is the contact's account with the contact as Contact;
    agents' notes are Notes, customers' notes are incoming Phone Calls (completed, with a
    duration, billed by the resolution when the case is finished); history rows are audit
    rows; unassigned cases are owned by the desk team.
    """
    import random

    seed = wl.SEED if seed is None else seed
    prefix = admin.get_setting("case_number_prefix")
    numbers = bulk.case_numbers(prefix, 1000, len(ds.cases), random.Random(seed),
                                admin.get_setting("case_number_suffix_length"))
    agents = ds.agents
    users = [{"id": a.id, "name": f"{a.first_name} {a.last_name}", "login": a.username,
              "email": a.email, "roles": (Role.AGENT,), "default_queue": True} for a in agents]
    teams = [{"id": DESK_TEAM_ID, "name": DESK_TEAM_NAME, "owner": agents[0].id,
              "members": [a.id for a in agents], "default_queue": True}]
    queues = bulk.Rows(("id", "name", "description", "queue_type"),
                       [(q.id, q.name, q.slug, int(QueueType.PUBLIC)) for q in ds.queues])
    accounts = bulk.Rows(("id", "name", "website"),
                         [(a.id, a.name, a.domain) for a in ds.accounts])
    contacts = bulk.Rows(
        ("id", "first_name", "last_name", "full_name", "email", "parent_account"),
        [(c.id, c.first_name, c.last_name, f"{c.first_name} {c.last_name}", c.email,
          c.account_id) for c in ds.contacts])
    account_sort = {a.id: cases.sort_key(a.name) for a in ds.accounts}

    active_statuses = set(wl.ACTIVE_STATUSES)
    active, in_progress = int(CaseState.ACTIVE), int(StatusReason.IN_PROGRESS)
    resolved, solved = int(CaseState.RESOLVED), int(StatusReason.PROBLEM_SOLVED)
    case_rows, item_rows = [], []
    qi_active, qi_inactive = int(QueueItemState.ACTIVE), int(QueueItemState.INACTIVE)
    resolution_of = {}  # case id → resolution id
    title_keys = fast_sort_keys(c.title for c in ds.cases)
    for c, number, title_key in zip(ds.cases, numbers, title_keys, strict=True):
        created, modified = utc(c.created), utc(c.modified)
        is_active = c.status in active_statuses
        if not is_active:
            resolution_of[c.id] = len(resolution_of) + 1
        case_rows.append((
            c.id, number, c.title, title_key, c.description, c.account_id,
            account_sort[c.account_id],
            c.contact_id, PRIORITY[c.priority],
            active if is_active else resolved, in_progress if is_active else solved,
            c.owner_id, None if c.owner_id else DESK_TEAM_ID,
            None if c.due is None else utc(c.due).date(),
            created, modified, c.owner_id, c.owner_id,
            None if is_active else modified, 1 if is_active else 2))
        item_rows.append((c.id, c.queue_id, created, qi_active if is_active else qi_inactive,
                          created, modified))
    case_table = bulk.Rows(
        ("id", "number", "title", "title_sort", "description", "customer_account",
         "customer_sort",
         "contact", "priority", "state", "status_reason", "owner_user", "owner_team",
         "follow_up_by", "created_on", "modified_on", "created_by", "modified_by",
         "resolved_on", "version"), case_rows)
    items = bulk.Rows(("case", "queue", "entered_on", "state", "created_on", "modified_on"),
                      item_rows)

    # activities: 'opened' is the case itself; notes; the final resolve/close
    notes, calls, resolutions = [], [], []
    call_time: dict[int, int] = {}
    phone, completed = int(ActivityKind.PHONE_CALL), int(ActivityState.COMPLETED)
    received, incoming = int(ActivityStatusReason.PHONE_RECEIVED), int(Direction.INCOMING)
    res_completed = int(ResolutionState.COMPLETED)
    author_of = {}
    for a in ds.activities:
        if a.kind == "opened":
            continue
        when = utc(a.ts)
        if a.kind == "note":
            if a.author_agent_id is not None:
                notes.append((a.case_id, a.body, a.author_agent_id, when, when))
            else:
                case = ds.cases[a.case_id - 1]
                minutes = 5 + (a.id * 7) % 26
                res_id = resolution_of.get(a.case_id)
                if res_id is not None:
                    call_time[a.case_id] = call_time.get(a.case_id, 0) + minutes
                subject = a.body.split(". ", 1)[0][:120]
                calls.append((phone, subject, a.body, a.case_id, case.owner_id, incoming,
                              completed, received, minutes, case.contact_id, when, when, when,
                              res_id is not None, res_id))
        else:  # 'resolved' / 'closed': the case resolution
            author_of[a.id] = a.author_agent_id
            total = call_time.get(a.case_id, 0)
            resolutions.append((resolution_of[a.case_id], a.case_id, solved, a.body, total,
                                total, a.author_agent_id, when, res_completed, when, when,
                                a.author_agent_id))
    activities = bulk.Rows(
        ("kind", "subject", "description", "regarding_case", "owner_user", "direction",
         "state", "status_reason", "duration_minutes", "call_with_contact", "closed_on",
         "created_on", "modified_on", "billed", "billed_by"), calls)
    note_table = bulk.Rows(("case", "text", "created_by", "created_on", "modified_on"), notes)
    resolution_table = bulk.Rows(
        ("id", "case", "resolution_type", "resolution", "total_time", "billable_time",
         "resolved_by", "resolved_on", "state", "created_on", "modified_on", "created_by"),
        resolutions)
    logins = {a.id: a.username for a in agents}
    status_value = {wl.STATUS_NAMES[s]: str(int(in_progress if s in active_statuses else solved))
                    for s in wl.STATUS_NAMES}
    state_change = int(AuditAction.STATE)
    audit = bulk.Rows(
        ("entity", "record_id", "action", "field", "old_value", "new_value", "user_id",
         "login", "changed_on"),
        [("incident", h.case_id, state_change, "status_reason", status_value[h.old_value],
          status_value[h.new_value], author_of.get(h.activity_id),
          logins.get(author_of.get(h.activity_id)), utc(h.ts)) for h in ds.history])
    return bulk.BulkData(users=users, teams=teams, accounts=accounts, contacts=contacts,
                         queues=queues, cases=case_table, case_resolutions=resolution_table,
                         activities=activities, notes=note_table, queue_items=items,
                         audit=audit)


def fast_sort_keys(texts, sort_key=None):
    """text.sort_key of each text, memoised per word: the key is built character by
    character, so a text's key is its words' keys joined by the same spaces."""
    from casedesk.models.text import sort_key as text_sort_key

    sort_key = sort_key or text_sort_key
    memo: dict[str, str] = {}
    out = []
    for text in texts:
        parts = []
        for word in text.split(" "):
            key = memo.get(word)
            if key is None:
                key = memo[word] = sort_key(word, 10_000)
            parts.append(key)
        out.append(" ".join(parts)[:200])
    return out


# -- reads the benchmark needs that no controller offers yet ----------------------------------


def open_cases_per_queue() -> dict[int, int]:
    """Active queue items per queue (the dashboard's queue-size widget): one index range per
    queue on queue_item(queue, state, …), so the cost follows the active items, not all."""
    active = int(QueueItemState.ACTIVE)
    count = (QueueItem.select(fn.COUNT(QueueItem.id))
             .where((QueueItem.queue == Queue.id) & (QueueItem.state == active)))
    return {q: n for q, n in Queue.select(Queue.id, count.alias("n")).tuples() if n}


def case_history(case_id: int) -> list[tuple]:
    """The case's audit rows, oldest first (the History tab)."""
    return list(AuditLog.select(AuditLog.changed_on, AuditLog.action, AuditLog.field,
                                AuditLog.old_value, AuditLog.new_value, AuditLog.login)
                .where((AuditLog.entity == "incident") & (AuditLog.record_id == case_id))
                .order_by(AuditLog.changed_on, AuditLog.id).tuples())


def customer_card(case_id: int):
    """The case's contact and its account (the customer details panel)."""
    contact_of = Case.select(Case.contact).where(Case.id == case_id)
    return (Contact.select(Contact.id, Contact.full_name, Contact.email, Contact.business_phone,
                           Account.id, Account.name)
            .join(Account, JOIN.LEFT_OUTER, on=(Contact.parent_account == Account.id))
            .where(Contact.id.in_(contact_of)).tuples().first())


# -- the extra list ops: CaseDesk and the raw-SQL equivalent on the same file ------------------

EXTRA_OPS = {
    "3a": "3a My Active Cases p1 (+names)",
    "3b": "3b Active Cases deep page (keyset)",
    "3c": "3c All Cases deep page (keyset)",
    "3d": "3d Active sorted Title asc p1",
    "3e": "3e Active sorted Customer asc p1",
    "3f": "3f My Active sorted Customer p1",
}
#: Page number of the deep pages (capped at the last page there is).
DEEP_PAGE = {"3b": 200, "3c": 2000}

_RAW_COLUMNS = """c.id, c.number, c.title, COALESCE(a.name, ct.full_name, ''),
    c.customer_account_id, c.priority, c.origin, c.status_reason, c.state,
    COALESCE(ou.name, ot.name, ''), c.created_on, COALESCE(s.title, ''), COALESCE(p.name, ''),
    COALESCE(q.name, ''), COALESCE(wb.name, wt.name, ''), c.modified_on"""
_RAW_JOINS = """LEFT JOIN account a ON a.id = c.customer_account_id
    LEFT JOIN contact ct ON ct.id = c.customer_contact_id
    LEFT JOIN app_user ou ON ou.id = c.owner_user_id
    LEFT JOIN team ot ON ot.id = c.owner_team_id
    LEFT JOIN subject s ON s.id = c.subject_id
    LEFT JOIN product p ON p.id = c.product_id
    LEFT JOIN queue_item qi ON qi.case_id = c.id AND qi.state = 0
    LEFT JOIN queue q ON q.id = qi.queue_id
    LEFT JOIN app_user wb ON wb.id = qi.worked_by_user_id
    LEFT JOIN team wt ON wt.id = qi.worked_by_team_id"""


def _raw_page_sql(where: str, order: str, keyset: str | None = None) -> str:
    """The best hand-written form: the page's ids from the case table alone (the planner
    picks the index that yields the order), then the names joined for those 50 rows."""
    if keyset:
        where = f"{where} AND {keyset}"
    inner = order.replace("c.", "")
    return (f"SELECT {_RAW_COLUMNS} FROM (SELECT id FROM incident "
            f"WHERE {where.replace('c.', '')} ORDER BY {inner} LIMIT {PAGE}) AS page "
            f"JOIN incident c ON c.id = page.id {_RAW_JOINS} ORDER BY {order}")


class CaseDeskAdapter:
    """WORKLOAD.md §5 through CaseDesk's controllers, signed in as agent01: on a SQLite file,
    or with `server` (a PostgreSQL URL that may CREATE DATABASE) on a fresh database there,
    made the way `casedesk admin init` makes one (open_database with migrate=True).

    Several adapters may run in one process (SQLite next to PostgreSQL): each op first points
    the model proxy at its own database."""

    name = "casedesk"

    def __init__(self, wl, server: str | None = None, *, database_name: str | None = None):
        self.wl = wl
        self.server = server
        self.database_name = database_name or f"casedesk_bench_{os.getpid()}"
        self.url = None
        if server is not None:
            self.name = "casedesk-pg"
        self.session = None
        self.database = None
        self.path = None
        self.seed_detail: dict = {}
        self.keys: dict = {}  # op key → (query, keyset key) of the extra ops

    @property
    def postgres(self) -> bool:
        return self.server is not None

    def bind(self) -> None:
        """Point the model proxy at this adapter's database (a no-op when it already is)."""
        if db.obj is not self.database:
            db.initialize(self.database)

    # -- setup ------------------------------------------------------------------------
    def setup(self, ds, workdir, *, extras: bool = True) -> float:
        """Make the database, load the data set, sign in; with `extras`, walk the deep pages
        of the extra list ops (untimed). Returns the seconds it took."""
        started = time.perf_counter()
        if self.postgres:
            self.url = postgres.create_database(self.server, self.database_name)
            opened = open_database(self.url, backups_dir=None, migrate=True)
        else:
            self.path = Path(workdir) / "casedesk.db"
            self.url = sqlite_url(self.path)
            opened = open_database(self.url, backups_dir=Path(workdir) / "backups")
        self.database = opened.database
        self.session = Session(self.database)
        admin.ensure_reference_data(self.session)
        mapped = time.perf_counter()
        data = dataset_to_bulk(ds, self.wl)
        mapped = time.perf_counter() - mapped
        result = bulk.load(data)
        if self.postgres:
            # What autovacuum would do soon after a load (sets the visibility map, so that
            # counts are index-only scans), done now so that it does not run during the ops
            # (bulk.load has ANALYZEd; see postgres.flush_wal for the CHECKPOINT).
            vacuum = time.perf_counter()
            postgres.flush_wal(self.database.execute_sql)
            self.database.execute_sql("VACUUM")
            result.seconds["vacuum"] = time.perf_counter() - vacuum
        admin.sign_in(self.session, ds.agents[0].username)
        seconds = time.perf_counter() - started
        self.seed_detail = {"map_s": round(mapped, 3),
                            **{f"{k}_s": round(v, 3) for k, v in result.seconds.items()},
                            "rows": result.counts, "highest_counter": result.highest_number}
        if extras:
            self._prepare_extras()
        return seconds

    def close(self, *, keep: bool = False) -> None:
        if self.database is not None:
            self.database.close()
            db.initialize(None)
            self.database = None
            if self.postgres and not keep:
                postgres.drop_database(self.server, self.database_name)

    def _query(self, view, sort=CaseColumn.CREATED_ON, descending=True, text=""):
        return CaseQuery(view=view, sort=sort, descending=descending, filter_text=text,
                         user_id=self.session.user_id)

    def _prepare_extras(self) -> None:
        """Walk the deep lists once (untimed) to get the keyset key of their deep page."""
        me = self.session.user_id
        plans = {
            "3a": (self._query(CaseView.MY_ACTIVE), f"c.state = 0 AND c.owner_user_id = {me}",
                   "c.created_on DESC, c.id DESC", "(c.created_on, c.id) < (?, ?)"),
            "3b": (self._query(CaseView.ACTIVE), "c.state = 0", "c.created_on DESC, c.id DESC",
                   "(c.created_on, c.id) < (?, ?)"),
            "3c": (self._query(CaseView.ALL), "1 = 1", "c.created_on DESC, c.id DESC",
                   "(c.created_on, c.id) < (?, ?)"),
            "3d": (self._query(CaseView.ACTIVE, CaseColumn.TITLE, False), "c.state = 0",
                   "c.title_sort ASC, c.id ASC", None),
            "3e": (self._query(CaseView.ACTIVE, CaseColumn.CUSTOMER, False), "c.state = 0",
                   "c.customer_sort ASC, c.id ASC", None),
            "3f": (self._query(CaseView.MY_ACTIVE, CaseColumn.CUSTOMER, False),
                   f"c.state = 0 AND c.owner_user_id = {me}",
                   "c.customer_sort ASC, c.id ASC", None),
        }
        self.keys, self.raw_sql, self.deep_pages = {}, {}, {}
        for key, (query, where, order, keyset) in plans.items():
            after, page_no = None, 1
            for _ in range(DEEP_PAGE.get(key, 1) - 1):
                page = cases.list_cases(query, after=after)
                if page.next_key is None:
                    break
                after, page_no = page.next_key, page_no + 1
            self.keys[key] = (query, after)
            self.deep_pages[key] = page_no
            sql = _raw_page_sql(where, order, keyset if after else None)
            value = None if after is None else after[0]
            if isinstance(value, datetime) and not self.postgres:
                value = str(value)  # how SQLite stores it
            self.raw_sql[key] = (postgres.to_pg(sql) if self.postgres else sql,
                                 None if after is None else (value, after[1]))

    # -- the ops ----------------------------------------------------------------------
    def op_create(self, inp) -> int:
        self.bind()
        account = (Contact.select(Contact.parent_account).where(Contact.id == inp.contact_id)
                   .scalar())
        return cases.create_case(self.session, NewCase(
            title=inp.title, description=inp.description, customer_account_id=account,
            contact_id=inp.contact_id, queue_id=inp.queue_id, priority=PRIORITY[inp.priority],
            owner_user_id=inp.owner_id, owner_team_id=None if inp.owner_id else DESK_TEAM_ID))

    def _page(self, query, after=None):
        page = cases.list_cases(query, after=after)
        return [(r.id, r) for r in page.rows]

    def op_list_active(self):
        self.bind()
        query = self._query(CaseView.ACTIVE)
        return cases.count_cases(query), self._page(query)

    def op_search(self, term):
        # Issue 8: the keyword search over the full-text index (word and prefix matching over
        # title, description and resolution text; the workload counts substrings of title +
        # description, so the counts differ: see benchmarks/search.py).
        self.bind()
        total, hits = search.search_cases(term, limit=PAGE)
        return total, [(h.case_id, h) for h in hits]

    def op_resolve(self, case_id, note):
        """Close Case as Problem Solved with the note as the resolution text (lifecycle:
        resolution record, open activities canceled, case Resolved, queue item inactive,
        audit)."""
        self.bind()
        lifecycle.resolve_case(self.session, case_id,
                               resolution_type=int(StatusReason.PROBLEM_SOLVED),
                               resolution=note, billable_time=0)

    def op_detail(self, case_id):
        self.bind()
        summary = cases.get_case_summary(case_id)
        return summary, (summary.timeline, case_history(case_id)), customer_card(case_id)

    def op_open_per_queue(self):
        self.bind()
        return open_cases_per_queue()

    def extra_ops(self):
        def page_op(key):
            query, after = self.keys[key]

            def run():
                self.bind()
                return len(rows := self._page(query, after)), rows
            return run
        return [(key, EXTRA_OPS[key], "list", page_op(key)) for key in EXTRA_OPS]

    # -- the raw-SQL equivalents --------------------------------------------------------
    def raw_extra_ops(self, conn):
        """The extra ops by hand on this adapter's tables (`conn`: a sqlite3 connection, or a
        psycopg one for PostgreSQL)."""
        def page_op(key):
            sql, params = self.raw_sql[key]
            params = params or ()
            return lambda: (len(rows := conn.execute(sql, params).fetchall()), rows)
        return [(key, EXTRA_OPS[key], "list", page_op(key)) for key in EXTRA_OPS]


def raw_baseline_class(wl):
    """workload.RawSqliteAdapter plus the extra list ops as hand-written SQL on CaseDesk's
    tables (one sqlite3 connection to the CaseDesk file, with CaseDesk's pragmas)."""
    from casedesk.models.db import SQLITE_PRAGMAS

    class RawBaseline(wl.RawSqliteAdapter):
        casedesk = None
        casedesk_conn = None

        def attach(self, casedesk: CaseDeskAdapter) -> None:
            conn = sqlite3.connect(casedesk.path, isolation_level=None)
            for name, value in SQLITE_PRAGMAS.items():
                conn.execute(f"PRAGMA {name} = {value}")
            self.casedesk, self.casedesk_conn = casedesk, conn

        def extra_ops(self):
            out = super().extra_ops()
            if self.casedesk is not None:
                out += self.casedesk.raw_extra_ops(self.casedesk_conn)
            return out

        def close(self):
            super().close()
            if self.casedesk_conn is not None:
                self.casedesk_conn.close()
                self.casedesk_conn = None

    return RawBaseline
