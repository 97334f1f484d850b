"""The CaseDesk side of the comparison workload (../shared/bench/WORKLOAD.md §5).

`dataset_to_bulk` maps a `workload.Dataset` onto the bulk loader's input; `CaseDeskAdapter`
loads it through `controllers.bulk` and runs every op through the real controllers.
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

from casedesk.controllers import admin, bulk, cases
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
    for c, number in zip(ds.cases, numbers, strict=True):
        created, modified = utc(c.created), utc(c.modified)
        is_active = c.status in active_statuses
        if not is_active:
            resolution_of[c.id] = len(resolution_of) + 1
        case_rows.append((
            c.id, number, c.title, c.description, c.account_id, account_sort[c.account_id],
            c.contact_id, PRIORITY[c.priority],
            active if is_active else resolved, in_progress if is_active else solved,
            c.owner_id, None if c.owner_id else DESK_TEAM_ID,
            None if c.due is None else utc(c.due).date(),
            created, modified, c.owner_id, c.owner_id,
            None if is_active else modified, 1 if is_active else 2))
        item_rows.append((c.id, c.queue_id, created, qi_active if is_active else qi_inactive,
                          created, modified))
    case_table = bulk.Rows(
        ("id", "number", "title", "description", "customer_account", "customer_sort",
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
