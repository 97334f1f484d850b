"""`python -m benchmarks --load`: simulated agents working one desk at the same time (issue 9).

    python -m benchmarks --load [--agents 20] [--seconds 60] [--cases N | --size S|L]
                         [--database URL | --engine postgresql] [--processes] [--hot 50]
                         [--hot-share 0.3] [--think-ms 5] [--superuser] [--keep]

Loads the workload's data set (default 100,000 cases) into a fresh database — a SQLite file,
or on PostgreSQL a new database on the server — then lets N agents loose on it for the given
seconds. Each agent is a thread (or with --processes a process) with its own connection and
its own CaseDesk Session, signed in as its own app user (agent01, agent02, …). On PostgreSQL
each agent is also its own database login in the casedesk_agent group role, so the server's
GRANTs and the audit log's login apply to it (threads: the superuser connection switches to the
login with SET SESSION AUTHORIZATION; processes: the login connects with its password);
--superuser leaves every connection on the URL's login.

The mix (WORKLOAD.md defines the ops, not a mix; this one is a desk day compressed, no pauses
but a short "think" between opening a form and saving it): each step is one of the FLOWS
below, drawn by weight, each through the controllers the window uses. Every controller call is
timed on its own ("open case" before a save is counted as an open).

Contention is deliberate: `--hot-share` of the case edits, notes and opens go to a hot set of
`--hot` active cases that all agents share, so saves really collide. Case edits and Close Case
pass the version the agent saw; a collision must come back as ConflictError (reported, not an
error); anything else raised is an error.

Zero lost updates is proven afterwards, case by case, from the database itself:

* Every successful version-bumping command (save, resolve, pick) was based on the version the
  agent saw, so on each case their "seen" versions must be exactly initial, initial+1, …,
  final-1 — each once. A duplicate is two saves from the same state (one overwrote the other:
  a lost update); a gap is a change nobody reported (a "failed" command that happened).
  A case nobody changed must have kept its version.
* Every save writes a unique token into the title. The title rows of the audit log must hold
  exactly the reported tokens, in version order, as an unbroken chain (each old value is the
  previous new value, from the initial title to the title stored now), each old value being
  the title that agent saw, each row under that agent's login.
* Every note, new case and resolution reported is there with its token, and there is nothing
  from the run that was not reported.

The ops are partitioned so that the proof is exact: edits, notes and resolves go to the hot
set and to even case ids; queue picks go to odd ids owned by nobody taking part (so every
successful pick changes the owner: one version step); nothing resolves a hot case.

Exits 1 when there was an error or a verification failed. Writes the figures as JSON to
benchmarks/results/<date>-load-<engine>-<cases>-<agents>x<seconds>s.json.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import platform
import random
import shutil
import sqlite3
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks import postgres
from benchmarks.adapter import PRIORITY, CaseDeskAdapter, load_workload, open_cases_per_queue
from casedesk.models.options import CaseState

#: (flow, weight). Flows: see Agent.flow_*.
FLOWS = (
    ("open", 20), ("list", 12), ("search", 10), ("dashboard", 4), ("edit", 22),
    ("note", 12), ("resolve", 4), ("create", 6), ("pick", 10),
)
#: The timed controller calls, in report order.
OPS = ("open case", "list page", "search", "dashboard", "save edit", "add note", "resolve",
       "create case", "queue list", "queue pick")
#: What marks the text the run writes (titles, notes, resolutions).
MARK = "⟦load"
RESULTS = Path(__file__).resolve().parent / "results"
LOGIN_PREFIX = "cdbench_"


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (the workload's)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(1, -(-len(ordered) * p // 100))
    return ordered[int(k) - 1]


# -- what an agent gets and gives back (picklable, for --processes) ---------------------------


@dataclass
class Plan:
    agent: int  # 1..N: app user id and agentNN
    login: str  # the app user's login (and on PostgreSQL the database login)
    url: str  # what this agent connects to (processes); threads share the parent's database
    password: str | None
    seconds: float
    seed: int
    hot: list[int]
    edit_pool: list[int]
    pick_pool: frozenset[int]
    queues: list[int]
    terms: list[str]
    creates: list[tuple]
    hot_share: float
    think_ms: float
    set_authorization: bool = False  # threads on PostgreSQL: SET SESSION AUTHORIZATION


@dataclass
class Outcome:
    agent: int
    login: str
    samples: dict[str, list[float]] = field(default_factory=dict)
    conflicts: dict[str, int] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    saves: list[tuple] = field(default_factory=list)  # (case, token, title seen, version seen)
    resolves: list[tuple] = field(default_factory=list)  # (case, token, version seen)
    picks: list[tuple] = field(default_factory=list)  # (case, item, version seen)
    notes: list[tuple] = field(default_factory=list)  # (case, note id, token)
    creates: list[tuple] = field(default_factory=list)  # (case id, token)
    started: float = 0.0
    finished: float = 0.0


# -- the agent -------------------------------------------------------------------------------


class Agent:
    def __init__(self, plan: Plan, session):
        self.plan = plan
        self.session = session
        self.rng = random.Random(plan.seed)
        self.out = Outcome(plan.agent, plan.login)
        self.seq = 0
        self.flows = [name for name, _ in FLOWS]
        self.cum = []
        total = 0
        for _, weight in FLOWS:
            total += weight
            self.cum.append(total)

    # helpers
    def token(self) -> str:
        self.seq += 1
        return f"{MARK} a{self.plan.agent:02d}.{self.seq}⟧"

    def timed(self, op: str, fn, *args, **kw):
        """Run one controller call, timed; ConflictError is counted and re-raised."""
        from casedesk.controllers.errors import ConflictError

        started = time.perf_counter_ns()
        try:
            return fn(*args, **kw)
        except ConflictError:
            self.out.conflicts[op] = self.out.conflicts.get(op, 0) + 1
            raise
        finally:
            self.out.samples.setdefault(op, []).append(
                (time.perf_counter_ns() - started) / 1e6)

    def think(self) -> None:
        if self.plan.think_ms > 0:
            time.sleep(self.rng.uniform(0, 2 * self.plan.think_ms) / 1000)

    def skip(self, why: str) -> None:
        self.out.skipped[why] = self.out.skipped.get(why, 0) + 1

    def case_target(self) -> int:
        if self.rng.random() < self.plan.hot_share:
            return self.rng.choice(self.plan.hot)
        return self.rng.choice(self.plan.edit_pool)

    # the run
    def run(self, deadline: float) -> Outcome:
        from casedesk.controllers.errors import ConflictError

        self.out.started = time.time()
        while time.monotonic() < deadline:
            x = self.rng.random() * self.cum[-1]
            flow = next(name for name, c in zip(self.flows, self.cum, strict=True) if x < c)
            try:
                getattr(self, f"flow_{flow}")()
            except ConflictError:
                pass  # counted by timed(): the user would see the conflict dialog
            except Exception as exc:  # noqa: BLE001 - every other failure is reported
                self.out.errors.append((flow, "".join(
                    traceback.format_exception_only(type(exc), exc)).strip()[:2000]))
        self.out.finished = time.time()
        return self.out

    def open_case(self, case_id: int):
        from casedesk.controllers import activities, cases

        def open_form():
            record = cases.get_case_record(case_id)
            activities.case_timeline(case_id)
            return record
        return self.timed("open case", open_form)

    def flow_open(self) -> None:
        self.open_case(self.case_target())

    def flow_list(self) -> None:
        from casedesk.controllers import cases
        from casedesk.controllers.cases import CaseQuery, CaseView

        view = CaseView.ACTIVE if self.rng.random() < 0.5 else CaseView.MY_ACTIVE
        query = CaseQuery(view=view, user_id=self.session.user_id)

        def page():
            return cases.count_cases(query), cases.list_cases(query)
        self.timed("list page", page)

    def flow_search(self) -> None:
        from casedesk.controllers import search

        term = self.plan.terms[self.seq % len(self.plan.terms)]
        self.seq += 1
        self.timed("search", search.search_cases, term)

    def flow_dashboard(self) -> None:
        self.timed("dashboard", open_cases_per_queue)

    def flow_edit(self) -> None:
        from casedesk.controllers import cases
        from casedesk.models.case import TITLE_MAX

        case_id = self.case_target()
        record = self.open_case(case_id)
        if record.read_only:
            self.skip("edit: case no longer active")
            return
        self.think()
        token = self.token()
        base = record.title.split(f" {MARK}", 1)[0]
        fields = record.fields()
        fields.title = base[:TITLE_MAX - len(token) - 1] + " " + token
        if self.rng.random() < 0.5:
            fields.priority = 1 + (record.priority % 3)
        self.timed("save edit", cases.update_case, self.session, case_id, fields,
                   expected_version=record.version)
        self.out.saves.append((case_id, token, record.title, record.version))

    def flow_note(self) -> None:
        from casedesk.controllers import activities

        case_id = self.case_target()
        token = self.token()
        note_id = self.timed("add note", activities.create_note, self.session, case_id,
                             f"Ringde kunden, väntar på svar. {token}")
        self.out.notes.append((case_id, note_id, token))

    def flow_resolve(self) -> None:
        from casedesk.controllers import lifecycle
        from casedesk.models.options import StatusReason

        case_id = self.rng.choice(self.plan.edit_pool)
        record = self.open_case(case_id)
        if record.read_only:
            self.skip("resolve: case no longer active")
            return
        self.think()
        token = self.token()
        self.timed("resolve", lifecycle.resolve_case, self.session, case_id,
                   resolution_type=int(StatusReason.PROBLEM_SOLVED),
                   resolution=f"Löst i telefon, kunden nöjd. {token}", billable_time=0,
                   expected_version=record.version)
        self.out.resolves.append((case_id, token, record.version))

    def flow_create(self) -> None:
        from casedesk.controllers import cases
        from casedesk.controllers.cases import NewCase
        from casedesk.models import Contact

        title, description, queue_id, contact_id, priority, owner_id = \
            self.plan.creates[self.seq % len(self.plan.creates)]
        token = self.token()

        def create():
            account = (Contact.select(Contact.parent_account)
                       .where(Contact.id == contact_id).scalar())
            return cases.create_case(self.session, NewCase(
                title=f"{title[:150]} {token}", description=description,
                customer_account_id=account, contact_id=contact_id, queue_id=queue_id,
                priority=PRIORITY[priority], owner_user_id=self.session.user_id))
        case_id = self.timed("create case", create)
        self.out.creates.append((case_id, token))

    def flow_pick(self) -> None:
        from casedesk.controllers import queues
        from casedesk.controllers.queues import ItemQuery, ItemView

        query = ItemQuery(queue=self.rng.choice(self.plan.queues), view=ItemView.AVAILABLE,
                          user_id=self.session.user_id)
        after, row = None, None
        for _ in range(4):  # the first pages of the queue, as someone scrolling
            page = self.timed("queue list", queues.list_items, query, after=after)
            row = next((r for r in page.rows if r.case_id in self.plan.pick_pool), None)
            if row is not None or page.next_key is None:
                break
            after = page.next_key
        if row is None:
            self.skip("pick: nothing to pick in the first pages")
            return
        self.think()
        self.timed("queue pick", queues.pick, self.session, [row.id],
                   expected_versions={row.case_id: row.case_version},
                   expected_item_versions={row.id: row.version})
        self.out.picks.append((row.case_id, row.id, row.case_version))


# -- running agents ----------------------------------------------------------------------------


def _sign_in(plan: Plan, database):
    from casedesk.controllers import admin
    from casedesk.controllers.session import Session

    session = Session(database)
    login = admin.database_login() if plan.password is not None or plan.set_authorization \
        else plan.login
    admin.sign_in(session, login)
    return session


def _thread_main(plan: Plan, database, local, barrier, box) -> None:
    try:
        local.login = plan.login if plan.set_authorization else None
        database.connect(reuse_if_open=True)
        agent = Agent(plan, _sign_in(plan, database))
    except Exception:  # noqa: BLE001
        barrier.abort()
        box[plan.agent] = traceback.format_exc()
        raise
    barrier.wait()
    try:
        box[plan.agent] = agent.run(time.monotonic() + plan.seconds)
    finally:
        database.close()


def _process_main(plan: Plan, workdir: str, barrier, results) -> None:
    from casedesk.models.migrations import open_database

    try:
        opened = open_database(plan.url, backups_dir=Path(workdir) / "backups", migrate=False)
        agent = Agent(plan, _sign_in(plan, opened.database))
    except Exception:  # noqa: BLE001
        barrier.abort()
        results.put((plan.agent, traceback.format_exc()))
        return
    barrier.wait()
    try:
        results.put((plan.agent, agent.run(time.monotonic() + plan.seconds)))
    finally:
        opened.database.close()


def _authorization_hook(database, local) -> None:
    """Threads on PostgreSQL: each thread's connection becomes its agent's login."""
    original = database._initialize_connection

    def initialize(conn, _original=original):
        _original(conn)
        login = getattr(local, "login", None)
        if login:
            with conn.cursor() as cur:
                cur.execute(f'SET SESSION AUTHORIZATION "{login}"')
    database._initialize_connection = initialize


def run_threads(plans: list[Plan], database, *, postgres_engine: bool) -> list[Outcome]:
    local = threading.local()
    if postgres_engine and any(p.set_authorization for p in plans):
        _authorization_hook(database, local)
    barrier = threading.Barrier(len(plans))
    box: dict[int, object] = {}
    threads = [threading.Thread(target=_thread_main, args=(p, database, local, barrier, box),
                                name=f"agent{p.agent:02d}", daemon=True) for p in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    failed = [v for v in box.values() if isinstance(v, str)]
    if failed or len(box) != len(plans):
        raise RuntimeError("an agent could not start:\n" + "\n".join(failed))
    return [box[p.agent] for p in plans]


def run_processes(plans: list[Plan], workdir: Path) -> list[Outcome]:
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(len(plans))
    results = ctx.Queue()
    procs = [ctx.Process(target=_process_main, args=(p, str(workdir), barrier, results),
                         name=f"agent{p.agent:02d}") for p in plans]
    for p in procs:
        p.start()
    limit = time.monotonic() + plans[0].seconds + 300
    got: dict[int, object] = {}
    while len(got) < len(plans) and time.monotonic() < limit:
        try:
            agent, value = results.get(timeout=5)
        except Exception:  # noqa: BLE001 - queue.Empty: check the processes are alive
            if not any(p.is_alive() for p in procs):
                break
            continue
        got[agent] = value
    for p in procs:
        p.join(timeout=30)
    failed = [v for v in got.values() if isinstance(v, str)]
    if failed or len(got) != len(plans):
        raise RuntimeError(f"{len(plans) - len(got)} agent(s) gave no result\n"
                           + "\n".join(failed))
    return [got[p.agent] for p in plans]


# -- the database side: setup, snapshot, verification ------------------------------------------


class Inspector:
    """Plain SQL on the loaded database, for the snapshots and the verification (the
    superuser on PostgreSQL)."""

    def __init__(self, url: str, pg: bool):
        self.pg = pg
        if pg:
            self.conn = postgres.connect(url)
        else:
            from casedesk.models.db import sqlite_path

            self.conn = sqlite3.connect(sqlite_path(url), isolation_level=None)

    def rows(self, sql: str, params=()) -> list[tuple]:
        return self.conn.execute(postgres.to_pg(sql) if self.pg else sql, params).fetchall()

    def scalar(self, sql: str, params=()):
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None

    def close(self) -> None:
        self.conn.close()

    def cases(self, ids) -> dict[int, tuple]:
        """id → (version, title, state, owner_user_id) of the cases."""
        out = {}
        ids = sorted(ids)
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            marks = ",".join("?" * len(chunk))
            for r in self.rows(f"SELECT id, version, title, state, owner_user_id FROM incident "
                               f"WHERE id IN ({marks})", chunk):
                out[r[0]] = r[1:]
        return out

    def marks(self) -> dict[str, int]:
        """The highest ids before the run (what the run adds comes after)."""
        return {t: self.scalar(f"SELECT COALESCE(MAX(id), 0) FROM {t}")
                for t in ("incident", "audit_log", "note", "case_resolution")}


def _short(values, n: int = 8) -> str:
    values = list(values)
    return repr(values[:n])[:-1] + (f", … {len(values) - n} more]" if len(values) > n else "]")


def _fail(failures: list[str], text: str) -> None:
    if len(failures) < 200:
        failures.append(text)
    elif len(failures) == 200:
        failures.append("… (more failures not shown)")


def verify(inspector: Inspector, before: dict[int, tuple], marks: dict[str, int],
           outcomes: list[Outcome]) -> dict:
    """The proof of the module docstring. Returns counts and the list of failures."""
    failures: list[str] = []
    login_of = {o.agent: o.login for o in outcomes}
    after = inspector.cases(before)
    writes: dict[int, list[tuple[int, str]]] = {}  # case → [(version seen, what)]
    saves: dict[int, list[tuple]] = {}
    for o in outcomes:
        for case_id, token, seen_title, seen_version in o.saves:
            writes.setdefault(case_id, []).append((seen_version, f"save {token}"))
            saves.setdefault(case_id, []).append((seen_version, token, seen_title, o.agent))
        for case_id, token, seen_version in o.resolves:
            writes.setdefault(case_id, []).append((seen_version, f"resolve {token}"))
        for case_id, item_id, seen_version in o.picks:
            writes.setdefault(case_id, []).append(
                (seen_version, f"pick of item {item_id} by agent{o.agent:02d}"))
    lost = unreported = 0
    # 1. versions: the versions seen by the successful writes are initial..final-1, once each
    for case_id, (v0, *_rest) in before.items():
        v1 = after[case_id][0]
        seen = sorted(v for v, _ in writes.get(case_id, []))
        if seen == list(range(v0, v1)):
            continue
        dupes = sorted({v for v in seen if seen.count(v) > 1})
        if dupes:
            lost += len(seen) - len(set(seen))
            what = [w for v, w in writes[case_id] if v in dupes]
            _fail(failures, f"LOST UPDATE on case {case_id}: several successful writes from "
                            f"the same version {_short(dupes)}: {_short(what)}")
        missing = sorted(set(range(v0, v1)) - set(seen))
        extra = sorted(set(seen) - set(range(v0, v1)))
        if missing or extra:
            unreported += 1
            _fail(failures, f"case {case_id}: version {v0} → {v1}, but the successful writes "
                            f"were based on {_short(seen)} (changes nobody reported: "
                            f"{_short(missing)}; reported but not in the database: "
                            f"{_short(extra)})")
    # 2. the title chain in the audit log
    chain_rows = 0
    for case_id, mine in saves.items():
        rows = inspector.rows(
            "SELECT old_value, new_value, login FROM audit_log WHERE entity = 'incident' "
            "AND record_id = ? AND field = 'title' AND id > ? ORDER BY id",
            (case_id, marks["audit_log"]))
        chain_rows += len(rows)
        mine.sort()
        tokens = [t for _, t, _, _ in mine]
        found = [(new or "").rsplit(" ", 2)[-2:] for _, new, _ in rows]
        found = [" ".join(f) for f in found]
        if found != tokens:
            first = next((i for i, (a, b) in enumerate(zip(found, tokens, strict=False))
                          if a != b),
                         min(len(found), len(tokens)))
            _fail(failures, f"case {case_id}: the audited title changes differ from the "
                            f"reported saves (in version order) from #{first}: audit "
                            f"{_short(found[first:], 3)}, saves {_short(tokens[first:], 3)}")
            continue
        title = before[case_id][1]
        for (old, new, login), (_, token, seen_title, agent) in zip(rows, mine, strict=True):
            if old != title:
                _fail(failures, f"case {case_id}: the audit chain breaks at {token}: old value "
                                f"{old!r}, previous value {title!r}")
            if old != seen_title:
                _fail(failures, f"LOST UPDATE on case {case_id}: {token} was saved over "
                                f"{old!r} but the agent had seen {seen_title!r}")
            if login != login_of[agent]:
                _fail(failures, f"case {case_id}: {token} audited as {login!r}, "
                                f"saved by {login_of[agent]!r}")
            title = new
        if after[case_id][1] != title:
            _fail(failures, f"case {case_id}: stored title {after[case_id][1]!r} is not the "
                            f"last saved one {title!r}")
    # 3. notes, new cases, resolutions: everything reported is there, nothing else is
    notes = {(o_case, note_id, token) for o in outcomes for o_case, note_id, token in o.notes}
    stored = {(r[0], r[1], r[2].rsplit(" ", 2)[-2] + " " + r[2].rsplit(" ", 2)[-1])
              for r in inspector.rows("SELECT case_id, id, text FROM note WHERE id > ?",
                                      (marks["note"],)) if MARK in (r[2] or "")}
    if notes != stored:
        _fail(failures, f"notes: {len(notes - stored)} reported but not stored, "
                        f"{len(stored - notes)} stored but not reported")
    created = {(case_id, token) for o in outcomes for case_id, token in o.creates}
    stored_cases = {(r[0], " ".join(r[1].rsplit(" ", 2)[-2:])) for r in inspector.rows(
        "SELECT id, title FROM incident WHERE id > ?", (marks["incident"],))}
    if created != stored_cases:
        _fail(failures, f"new cases: {len(created - stored_cases)} reported but not stored, "
                        f"{len(stored_cases - created)} stored but not reported")
    resolved = {(case_id, token) for o in outcomes for case_id, token, _ in o.resolves}
    stored_res = {(r[0], " ".join(r[1].rsplit(" ", 2)[-2:])) for r in inspector.rows(
        "SELECT case_id, resolution FROM case_resolution WHERE id > ?",
        (marks["case_resolution"],))}
    if resolved != stored_res:
        _fail(failures, f"resolutions: {len(resolved - stored_res)} reported but not stored, "
                        f"{len(stored_res - resolved)} stored but not reported")
    for case_id, _ in resolved:
        if after[case_id][2] != int(CaseState.RESOLVED):
            _fail(failures, f"case {case_id}: resolved, but its state is {after[case_id][2]}")
    # 4. picks: the last successful pick of a case owns it
    last_pick: dict[int, tuple[int, int]] = {}
    for o in outcomes:
        for case_id, _item, seen in o.picks:
            if seen >= last_pick.get(case_id, (-1, 0))[0]:
                last_pick[case_id] = (seen, o.agent)
    for case_id, (_, agent) in last_pick.items():
        if after[case_id][3] != agent:
            _fail(failures, f"case {case_id}: picked last by agent{agent:02d} but owned by "
                            f"user {after[case_id][3]}")
    return {
        "cases_checked": len(before),
        "cases_changed": sum(1 for c in before if after[c][0] != before[c][0]),
        "version_steps": sum(after[c][0] - before[c][0] for c in before),
        "successful_writes": sum(len(w) for w in writes.values()),
        "audit_title_rows": chain_rows,
        "notes": len(notes), "new_cases": len(created), "resolutions": len(resolved),
        "picks": sum(len(o.picks) for o in outcomes),
        "lost_updates": lost, "unreported_changes": unreported,
        "failures": failures, "ok": not failures,
    }


def _create_logins(server: str, database_name: str, n: int, password: str) -> list[str]:
    """A database login per agent in the casedesk_agent role (cluster-wide: prefixed with
    the process id, dropped afterwards)."""
    from casedesk.models import pg

    logins = [f"{LOGIN_PREFIX}{os.getpid()}_agent{i:02d}" for i in range(1, n + 1)]
    with postgres.connect(server) as con:
        for login in logins:
            con.execute(f'DROP ROLE IF EXISTS "{login}"')
            con.execute(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{password}' "
                        f"IN ROLE {pg.AGENT}")
    return logins


def _drop_logins(server: str, logins: list[str]) -> None:
    with postgres.connect(server) as con:
        for login in logins:
            con.execute(f'DROP ROLE IF EXISTS "{login}"')


def postmaster_pid(server: str | None) -> int | None:
    """The server's main process id when it runs on this machine and its data folder can be
    read (a test server from scripts/pg_server.py), else None."""
    if not server:
        return None
    try:
        with postgres.connect(server) as con:
            data = con.execute("SHOW data_directory").fetchone()[0]
        with open(Path(data) / "postmaster.pid", encoding="utf-8") as fh:
            pid = int(fh.readline())
        return pid if Path(f"/proc/{pid}").exists() else None
    except Exception:  # noqa: BLE001 - only a figure: no pid when anything is amiss
        return None


def _proc_stat(pid: int) -> tuple[int, list[str]] | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            stat = fh.read()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[1]), fields  # parent pid, the fields after the name


def cpu_seconds(server_pid: int | None = None) -> dict[str, float | None]:
    """CPU seconds used so far by this process with its finished children (the agents), and
    by the PostgreSQL server `server_pid` with its processes (its own time, its live
    backends', and the reaped backends' that the kernel adds to it); None without a pid."""
    t = os.times()
    client = t.user + t.system + t.children_user + t.children_system
    if server_pid is None:
        return {"client": client, "server": None}
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        got = _proc_stat(int(pid))
        if got is None:
            continue
        parent, fields = got
        if int(pid) == server_pid:
            total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        elif parent == server_pid:
            total += int(fields[11]) + int(fields[12])
    return {"client": client, "server": total / tick}


def summarize(outcomes: list[Outcome], wall: float) -> dict:
    ops = {}
    total = 0
    every: list[float] = []
    for op in OPS:
        samples = [ms for o in outcomes for ms in o.samples.get(op, [])]
        if not samples:
            continue
        conflicts = sum(o.conflicts.get(op, 0) for o in outcomes)
        total += len(samples)
        every += samples
        ops[op] = {"n": len(samples), "conflicts": conflicts, "per_s": len(samples) / wall,
                   "p50_ms": pct(samples, 50), "p95_ms": pct(samples, 95),
                   "p99_ms": pct(samples, 99), "max_ms": max(samples)}
    skipped: dict[str, int] = {}
    for o in outcomes:
        for why, n in o.skipped.items():
            skipped[why] = skipped.get(why, 0) + n
    return {"ops": ops, "total_ops": total, "ops_per_s": total / wall,
            "p50_ms": pct(every, 50), "p95_ms": pct(every, 95),
            "conflicts": sum(sum(o.conflicts.values()) for o in outcomes),
            "errors": [(o.login, flow, text) for o in outcomes for flow, text in o.errors],
            "skipped": skipped, "wall_s": wall}


def print_summary(s: dict, log) -> None:
    log(f"\n  {'op':<14}{'n':>8}{'per s':>8}{'conflicts':>11}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'p99 ms':>9}{'max ms':>9}")
    for op, st in s["ops"].items():
        log(f"  {op:<14}{st['n']:>8}{st['per_s']:>8.1f}{st['conflicts']:>11}"
            f"{st['p50_ms']:>9.2f}{st['p95_ms']:>9.2f}{st['p99_ms']:>9.2f}{st['max_ms']:>9.1f}")
    log(f"  {'all':<14}{s['total_ops']:>8}{s['ops_per_s']:>8.1f}{s['conflicts']:>11}"
        f"{s['p50_ms']:>9.2f}{s['p95_ms']:>9.2f}")
    if s["skipped"]:
        log("  skipped (not errors: what the window would not offer): "
            + ", ".join(f"{k} ×{v}" for k, v in s["skipped"].items()))


def main(args, server: str | None) -> int:
    """The load test with the runner's arguments (see runner.py)."""
    from benchmarks.runner import command_line, git_revision

    log = print
    wl = load_workload(args.workload)
    n_cases = args.cases or wl.SIZES[args.size or "L"]
    engine = "postgresql" if server else "sqlite"
    mode = "processes" if args.processes else "threads"
    if not 1 <= args.agents <= wl.N_AGENTS:
        raise SystemExit(f"--agents: 1 to {wl.N_AGENTS} (the data set's staff)")
    log(f"CaseDesk load test: {args.agents} agents ({mode}) for {args.seconds:g} s on "
        f"{engine}, {n_cases:,} cases, hot set {args.hot} cases ({args.hot_share:.0%} of "
        f"edits and notes), think {args.think_ms:g} ms; python {platform.python_version()}, "
        f"sqlite {sqlite3.sqlite_version}; machine {json.dumps(postgres.machine_info())}",
        flush=True)
    pg_info = postgres.server_info(server) if server else None
    if pg_info:
        log(f"PostgreSQL {pg_info['version']} at {postgres.safe(server)}: fsync "
            f"{pg_info['fsync']}, synchronous_commit {pg_info['synchronous_commit']}, "
            f"full_page_writes {pg_info['full_page_writes']}", flush=True)
    started = time.perf_counter()
    ds = wl.generate("custom", n_cases=n_cases)
    log(f"generated in {time.perf_counter() - started:.1f} s", flush=True)

    workdir = Path(tempfile.mkdtemp(prefix="casedesk-load-", dir=args.workdir))
    name = f"casedesk_load_{os.getpid()}"
    adapter = CaseDeskAdapter(wl, server, database_name=name)
    logins: list[str] = []
    inspector = None
    try:
        seed_s = adapter.setup(ds, workdir, extras=False)
        log(f"loaded in {seed_s:.1f} s: {adapter.seed_detail}", flush=True)
        url = adapter.url
        password = None
        n = args.agents
        if server and not args.superuser:
            password = f"load-{os.getpid()}"
            logins = _create_logins(server, name, n, password)
            from casedesk.models import AppUser

            for i, login in enumerate(logins, 1):  # app user N's login is its database login
                AppUser.update(login=login).where(AppUser.id == i).execute()
        app_logins = logins or [a.username for a in ds.agents[:n]]
        database = adapter.database

        # the pools (see the module docstring) and the state before
        active = [c for c in ds.cases if c.status in wl.ACTIVE_STATUSES]
        rng = random.Random(wl.SEED)
        hot = sorted(rng.sample([c.id for c in active], min(args.hot, len(active))))
        hot_set = set(hot)
        edit_pool = [c.id for c in active if c.id % 2 == 0 and c.id not in hot_set]
        pick_pool = frozenset(c.id for c in active if c.id % 2 == 1 and c.id not in hot_set
                              and (c.owner_id is None or c.owner_id > n))
        inspector = Inspector(url, bool(server))
        tracked = set(hot) | set(edit_pool) | set(pick_pool)
        before = inspector.cases(tracked)
        marks = inspector.marks()
        inspector.close()  # no connection of this process open while the agents start
        inspector = None
        terms = [t for _, t in wl.search_terms(ds)]
        creates = [tuple(i) for i in wl.create_inputs(200)]
        queue_ids = [q.id for q in ds.queues]
        plans = [Plan(agent=i, login=app_logins[i - 1],
                      url=(postgres.with_database(server, name, user=app_logins[i - 1],
                                                  password=password)
                           if password and args.processes else url),
                      password=password if args.processes else None,
                      seconds=args.seconds, seed=wl.SEED + 1000 + i, hot=hot,
                      edit_pool=edit_pool, pick_pool=pick_pool, queues=queue_ids,
                      terms=terms, creates=creates, hot_share=args.hot_share,
                      think_ms=args.think_ms,
                      set_authorization=bool(server) and not args.superuser
                      and not args.processes)
                 for i in range(1, n + 1)]
        log(f"pools: hot {len(hot)} cases, edit/resolve pool {len(edit_pool):,}, pick pool "
            f"{len(pick_pool):,}; agents sign in as "
            + (f"database logins {app_logins[0]}…" if logins else f"{app_logins[0]}…")
            + f"; running {args.seconds:g} s …", flush=True)

        wall_start = time.perf_counter()
        server_pid = postmaster_pid(server)
        cpu_before = cpu_seconds(server_pid)
        if args.processes:
            database.close()
            outcomes = run_processes(plans, workdir)
        else:
            database.close()
            outcomes = run_threads(plans, database, postgres_engine=bool(server))
        wall = max(o.finished for o in outcomes) - min(o.started for o in outcomes)
        cpu_after = cpu_seconds(server_pid)
        cpu = {k: (None if cpu_after[k] is None or cpu_before[k] is None
                   else round(cpu_after[k] - cpu_before[k], 1)) for k in cpu_after}
        log(f"done in {time.perf_counter() - wall_start:.1f} s (agents worked {wall:.1f} s); "
            f"CPU seconds: agents (Python) {cpu['client']}, PostgreSQL server "
            f"{'-' if cpu['server'] is None else cpu['server']}, of "
            f"{wall * (os.cpu_count() or 1):.0f} available on {os.cpu_count()} cores",
            flush=True)
        summary = summarize(outcomes, wall)
        summary["cpu_s"] = cpu
        print_summary(summary, log)
        inspector = Inspector(url, bool(server))
        result = verify(inspector, before, marks, outcomes)
        log(f"\nverification: {result['cases_checked']:,} cases checked, "
            f"{result['cases_changed']:,} changed by {result['version_steps']:,} version steps "
            f"= {result['successful_writes']:,} successful writes (saves, resolves, picks); "
            f"{result['audit_title_rows']:,} audited title changes in an unbroken chain; "
            f"{result['notes']:,} notes, {result['new_cases']:,} new cases and "
            f"{result['resolutions']:,} resolutions all stored")
        log(f"lost updates: {result['lost_updates']}, unreported changes: "
            f"{result['unreported_changes']}, errors (other than conflicts): "
            f"{len(summary['errors'])}, conflicts reported: {summary['conflicts']}")
        for text in result["failures"]:
            log(f"  FAILED: {text}")
        for login, flow, text in summary["errors"][:30]:
            log(f"  ERROR ({login}, {flow}): {text}")
        ok = result["ok"] and not summary["errors"]
        log("RESULT: " + ("OK — zero lost updates, zero errors" if ok else "FAILED"))
        report = {
            "kind": "load", "date": date.today().isoformat(), "revision": git_revision(),
            "engine": engine, "mode": mode,
            "agents": n, "seconds": args.seconds, "cases": n_cases, "hot": args.hot,
            "hot_share": args.hot_share, "think_ms": args.think_ms,
            "own_logins": bool(logins), "flows": dict(FLOWS),
            "command": command_line(None), "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "machine": postgres.machine_info(),
            "postgresql": pg_info, "seed_s": round(seed_s, 2), "summary": summary,
            "verification": result, "ok": ok,
        }
        out_dir = Path(args.out) if args.out else RESULTS
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = (f"{date.today().isoformat()}-load-{engine}-{n_cases}-{n}x"
                f"{args.seconds:g}s" + ("-processes" if args.processes else "")
                + ("-durable" if postgres.durable(pg_info) else ""))
        target = out_dir / f"{stem}.json"
        k = 1
        while target.exists():
            k += 1
            target = out_dir / f"{stem}-{k}.json"
        target.write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str),
                          encoding="utf-8")
        log(f"written: {target}")
        return 0 if ok else 1
    finally:
        if inspector is not None:
            inspector.close()
        adapter.close(keep=args.keep)
        if logins and not args.keep:
            _drop_logins(server, logins)
        if args.keep:
            log(f"kept: {workdir}" + (f", database {name} on the server" if server else ""))
        else:
            shutil.rmtree(workdir, ignore_errors=True)

