"""The demo desk (SPEC §6.1): every state and status reason, every activity kind, the signed-in
user's own active cases, the same desk from the same seed, and only on an empty database."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from peewee import fn

from casedesk.controllers import admin, demo, events
from casedesk.controllers.errors import RuleViolation
from casedesk.controllers.session import Session
from casedesk.models import (
    Activity,
    AppUser,
    Case,
    CaseNumberCounter,
    CaseResolution,
    Note,
    Queue,
    QueueItem,
    Subject,
    db,
)
from casedesk.models.db import sqlite_url
from casedesk.models.migrations import open_database
from casedesk.models.options import (
    STATE_REASONS,
    ActivityKind,
    ActivityState,
    CaseState,
    QueueItemState,
    StatusReason,
)

NOW = datetime(2025, 3, 1, 9, 0)


@pytest.fixture
def loaded(session):
    seen = []
    session.events.subscribe(events.DATA_RESET, lambda **kw: seen.append(kw))
    demo.load_demo(session, now=NOW)
    assert seen == [{}]
    return session


def test_every_state_and_status_reason(loaded):
    found = set(Case.select(Case.state, Case.status_reason).distinct().tuples())
    expected = {(int(state), int(reason)) for state, (reasons, _) in STATE_REASONS.items()
                for reason in reasons}
    assert found == expected
    assert 300 <= Case.select().count() <= 500


def test_resolved_and_merged_cases_are_complete(loaded):
    resolved = Case.select(Case.id).where(Case.state == int(CaseState.RESOLVED))
    with_resolution = (CaseResolution.select(CaseResolution.case).distinct()
                       .where(CaseResolution.case.in_(resolved)))
    assert with_resolution.count() == resolved.count()
    merged = Case.select().where(Case.status_reason == int(StatusReason.MERGED))
    assert merged.count() and all(c.master_case_id for c in merged)
    assert Case.select().where(Case.is_escalated == True).count()  # noqa: E712
    # a finished case's queue item is inactive
    finished_active_items = (QueueItem.select().join(Case)
                             .where((Case.state != int(CaseState.ACTIVE))
                                    & (QueueItem.state == int(QueueItemState.ACTIVE))))
    assert finished_active_items.count() == 0


def test_activities_of_every_kind_open_and_completed(loaded):
    found = set(Activity.select(Activity.kind, Activity.state).distinct().tuples())
    for kind in ActivityKind:
        assert (int(kind), int(ActivityState.OPEN)) in found
        assert (int(kind), int(ActivityState.COMPLETED)) in found
    assert Activity.select().where((Activity.state == int(ActivityState.COMPLETED))
                                   & (Activity.duration_minutes > 0)).count()
    assert Note.select().count()


def test_signed_in_user_owns_active_cases(loaded):
    mine = Case.select().where((Case.owner_user == loaded.user_id)
                               & (Case.state == int(CaseState.ACTIVE))).count()
    assert mine >= 20
    assert AppUser.select().count() >= 8
    names = {q.name for q in Queue.select()}
    assert "Nivå 2 – Teknik" in names and "Faktura" in names
    assert Subject.select().where(Subject.parent.is_null(False)).count() >= 5


def test_counter_continues_after_the_demo(loaded):
    top = Case.select(fn.MAX(Case.number)).scalar()
    counter = CaseNumberCounter.get(CaseNumberCounter.prefix == "CAS").next_value
    assert int(top.split("-")[1]) == counter - 1


def test_refuses_a_database_with_cases(loaded):
    assert not demo.is_empty()
    with pytest.raises(RuleViolation) as err:
        demo.load_demo(loaded)
    assert err.value.code == "not_empty"


def _desk(folder: Path):
    result = open_database(sqlite_url(folder / "demo.db"), backups_dir=folder / "backups")
    try:
        session = Session(result.database)
        admin.ensure_reference_data(session)
        admin.create_first_user(session, "Åsa Öberg", "asa")
        assert demo.is_empty()
        demo.load_demo(session, now=NOW)
        return [(c.number, c.title, c.state, c.status_reason, c.owner_user_id)
                for c in Case.select().order_by(Case.id)]
    finally:
        result.database.close()
        db.initialize(None)


def test_same_seed_same_desk(tmp_path):
    first = _desk(tmp_path / "one")
    second = _desk(tmp_path / "two")
    assert first == second
    assert first[0][0].startswith("CAS-01000-")
