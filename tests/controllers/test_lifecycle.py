"""The case lifecycle (issue 5, SPEC §2.1–§2.7, §2.9): close, cancel, reactivate, merge,
parent and child cases, escalate, status reasons and the transition matrix. Every refused
command leaves every table and the audit log exactly as they were."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from casedesk.controllers import admin, events, lifecycle
from casedesk.controllers.activities import (
    ActivityFields,
    case_timeline,
    complete_activity,
    create_activity,
    create_note,
)
from casedesk.controllers.cases import (
    NewCase,
    active_status_reasons,
    create_case,
    get_case_record,
    update_case,
)
from casedesk.controllers.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from casedesk.controllers.lifecycle import (
    CaseSettings,
    add_status_reason,
    allowed_targets,
    associate_child_cases,
    cancel_case,
    cancel_info,
    case_settings,
    check_transition,
    child_cases,
    close_info,
    create_child_case,
    de_escalate,
    escalate,
    merge_cases,
    merged_cases,
    open_activities,
    parent_case,
    reactivate_case,
    remove_parent,
    resolve_case,
    set_case_settings,
    set_transitions,
    transition_matrix,
)
from casedesk.controllers.session import Session
from casedesk.models import (
    ALL_MODELS,
    Account,
    Activity,
    AuditLog,
    Case,
    CaseResolution,
    Connection,
    Contact,
    Note,
    Queue,
    QueueItem,
    Subject,
)
from casedesk.models.options import (
    ActivityKind,
    ActivityState,
    ActivityStatusReason,
    AuditAction,
    CaseState,
    ConnectionRole,
    Priority,
    QueueItemState,
    ResolutionState,
    Role,
    StatusReason,
)

ACTIVE, RESOLVED, CANCELED = (int(s) for s in CaseState)
IN_PROGRESS, ON_HOLD, WAITING, RESEARCHING = 1, 2, 3, 4
SOLVED, INFO_PROVIDED = int(StatusReason.PROBLEM_SOLVED), int(StatusReason.INFORMATION_PROVIDED)
CANCELED_REASON, MERGED = int(StatusReason.CANCELED), int(StatusReason.MERGED)


# -- fixtures and helpers ------------------------------------------------------------------


@pytest.fixture
def acme(session):
    return Account.create(name="Havstål AB")


@pytest.fixture
def anna(acme):
    return Contact.create(first_name="Anna", last_name="Berg", parent_account=acme)


@pytest.fixture
def queue(session):
    return Queue.create(name="Tier 1")


@pytest.fixture
def new_case(session, acme, queue):
    def make(title="Skrivaren skriver inte ut", **kw):
        kw.setdefault("customer_account_id", acme.id)
        return create_case(session, NewCase(title=title, **kw))
    return make


@pytest.fixture
def case_id(new_case, queue, anna):
    return new_case(queue_id=queue.id, contact_id=anna.id)


@pytest.fixture
def seen(session):
    got = []
    for name in (events.CASES_CHANGED, events.ACTIVITIES_CHANGED, events.CASES_CREATED):
        session.events.subscribe(name, lambda name=name, **kw: got.append((name, kw)))
    return got


@pytest.fixture
def agent(session, database):
    info = admin.create_user(session, "Bo Ek", "bo", roles=(Role.AGENT,))
    s = Session(database)
    s.set_user(info.id, info.login, info.name, info.roles)
    return s


def activity(session, case, *, kind=ActivityKind.TASK, minutes=0, completed=False,
             subject="Ring tillbaka") -> int:
    activity_id = create_activity(session, ActivityFields(
        kind=int(kind), subject=subject, regarding_case_id=case, duration_minutes=minutes))
    if completed:
        complete_activity(session, activity_id)
    return activity_id


def resolve(session, case, **kw) -> int:
    kw.setdefault("resolution_type", SOLVED)
    kw.setdefault("resolution", "Drivrutinen uppdaterad")
    kw.setdefault("billable_time", 30)
    return resolve_case(session, case, **kw)


def snapshot():
    """Every row of every table (the audit log included)."""
    return {m.__name__: list(m.select().order_by(m.id).tuples()) for m in ALL_MODELS}


@contextmanager
def unchanged(error=RuleViolation, code=None, field=None):
    """The block must raise `error` (with the code / field) and change nothing at all."""
    before = snapshot()
    with pytest.raises(error) as info:
        yield info
    if code is not None:
        assert info.value.code == code
    if field is not None:
        assert info.value.field == field
    assert snapshot() == before


def case(case_id) -> Case:
    return Case.get_by_id(case_id)


def queue_items(case_id):
    return list(QueueItem.select().where(QueueItem.case == case_id))


def history(case_id, field, *, creates=False):
    """(old, new) of the field's audited changes (and its value at creation, when asked)."""
    query = AuditLog.select().where(
        (AuditLog.entity == "incident") & (AuditLog.record_id == case_id)
        & (AuditLog.field == field))
    if not creates:
        query = query.where(AuditLog.action != int(AuditAction.CREATE))
    return [(r.old_value, r.new_value) for r in query.order_by(AuditLog.id)]


# -- close (resolve) §2.3 --------------------------------------------------------------------


def test_resolve_makes_the_case_resolved_with_a_resolution(session, case_id, seen):
    resolution_id = resolve(session, case_id, resolution_type=INFO_PROVIDED, billable_time=45)
    row = case(case_id)
    assert (row.state, row.status_reason, row.version) == (RESOLVED, INFO_PROVIDED, 2)
    assert row.resolved_on is not None
    resolution = CaseResolution.get_by_id(resolution_id)
    assert resolution.case_id == case_id and resolution.resolution == "Drivrutinen uppdaterad"
    assert (resolution.total_time, resolution.billable_time) == (0, 45)
    assert resolution.resolved_by_id == session.user_id
    assert resolution.state == int(ResolutionState.COMPLETED)
    assert history(case_id, "state") == [(str(ACTIVE), str(RESOLVED))]
    assert history(case_id, "status_reason") == [(str(IN_PROGRESS), str(INFO_PROVIDED))]
    assert (events.CASES_CHANGED, {"ids": [case_id]}) in seen
    assert get_case_record(case_id).read_only


def test_resolving_a_resolved_case_is_refused(session, case_id):
    resolve(session, case_id)
    with unchanged(code="not_active") as info:
        resolve(session, case_id)
    assert info.value.params["number"] == case(case_id).number


def test_resolve_cancels_open_activities_and_bills_completed_unbilled(session, case_id, seen):
    call = activity(session, case_id, kind=ActivityKind.PHONE_CALL, minutes=99)
    task = activity(session, case_id, minutes=99)
    done1 = activity(session, case_id, minutes=20, completed=True)
    done2 = activity(session, case_id, kind=ActivityKind.EMAIL, minutes=25, completed=True)
    old = activity(session, case_id, minutes=60, completed=True)
    Activity.update(billed=True).where(Activity.id == old).execute()  # billed before
    assert [a.id for a in open_activities(case_id)] == [call, task]
    info = close_info(case_id)
    assert info.total_time == 45 and len(info.open_activities) == 2
    seen.clear()
    resolution_id = resolve(session, case_id, billable_time=30)
    assert CaseResolution.get_by_id(resolution_id).total_time == 45
    rows = {a.id: a for a in Activity.select()}
    assert rows[call].state == rows[task].state == int(ActivityState.CANCELED)
    assert rows[call].status_reason == int(ActivityStatusReason.PHONE_CANCELED)
    assert rows[task].status_reason == int(ActivityStatusReason.TASK_CANCELED)
    assert not rows[call].billed and not rows[task].billed
    assert rows[done1].billed and rows[done1].billed_by_id == resolution_id
    assert rows[done2].billed and rows[done2].billed_by_id == resolution_id
    assert rows[old].billed and rows[old].billed_by_id is None  # not counted again
    assert open_activities(case_id) == []
    changed = [kw for name, kw in seen if name == events.ACTIVITIES_CHANGED]
    assert changed and set(changed[0]["ids"]) == {call, task, done1, done2}


@pytest.mark.parametrize("text, code", [("", "required"), ("   ", "required"),
                                        ("x" * (lifecycle.RESOLUTION_MAX + 1), "too_long")])
def test_the_resolution_text_is_required_and_short(session, case_id, text, code):
    activity(session, case_id)
    with unchanged(ValidationError, code, "resolution"):
        resolve(session, case_id, resolution=text)


@pytest.mark.parametrize("minutes", [-1, 100_001, 1.5, "15", None, True])
def test_billable_time_is_whole_minutes_in_bounds(session, case_id, minutes):
    with unchanged(ValidationError, "invalid", "billable_time"):
        resolve(session, case_id, billable_time=minutes)


@pytest.mark.parametrize("minutes", [0, 100_000])
def test_billable_time_bounds_are_allowed(session, case_id, minutes):
    resolution_id = resolve(session, case_id, billable_time=minutes)
    assert CaseResolution.get_by_id(resolution_id).billable_time == minutes


@pytest.mark.parametrize("reason", [IN_PROGRESS, CANCELED_REASON, MERGED, 777])
def test_the_resolution_type_must_be_a_resolved_reason(session, case_id, reason):
    with unchanged(ValidationError, "invalid", "resolution_type"):
        resolve(session, case_id, resolution_type=reason)


def test_a_stale_version_is_a_conflict(session, case_id):
    with unchanged(ConflictError, "conflict"):
        resolve(session, case_id, expected_version=7)
    resolve(session, case_id, expected_version=1)


def test_a_missing_case_is_not_found(session):
    with unchanged(NotFound):
        resolve(session, 4242)


def test_the_resolution_is_in_the_timeline(session, case_id):
    activity(session, case_id, minutes=15, completed=True)
    resolution_id = resolve(session, case_id)
    entries = [e for e in case_timeline(case_id) if e.kind == "resolution"]
    assert [(e.id, e.subject, e.duration_minutes, e.status_reason) for e in entries] == [
        (resolution_id, "Drivrutinen uppdaterad", 15, SOLVED)]


def test_close_info_offers_the_resolved_reasons(session, case_id):
    info = close_info(case_id)
    assert info.resolution_types == (SOLVED, INFO_PROVIDED) and info.default_type == SOLVED
    assert info.billable_step == 15 and info.parent_closure == "independent"
    assert (info.number, info.title) == (case(case_id).number, "Skrivaren skriver inte ut")


# -- queue items -----------------------------------------------------------------------------


def test_queue_item_inactive_after_resolve_and_the_same_item_active_after_reactivate(
        session, case_id):
    (item,) = queue_items(case_id)
    resolve(session, case_id)
    assert [(i.id, i.state) for i in queue_items(case_id)] == [
        (item.id, int(QueueItemState.INACTIVE))]
    reactivate_case(session, case_id)
    assert [(i.id, i.state) for i in queue_items(case_id)] == [
        (item.id, int(QueueItemState.ACTIVE))]
    cancel_case(session, case_id)
    assert [(i.id, i.state) for i in queue_items(case_id)] == [
        (item.id, int(QueueItemState.INACTIVE))]
    reactivate_case(session, case_id)
    assert [(i.id, i.state) for i in queue_items(case_id)] == [
        (item.id, int(QueueItemState.ACTIVE))]
    audited = AuditLog.select().where((AuditLog.entity == "queue_item")
                                      & (AuditLog.record_id == item.id)).count()
    assert audited == 4


def test_a_case_without_a_queue_item_still_resolves(session, new_case):
    case_id = new_case()
    resolve(session, case_id)
    reactivate_case(session, case_id)
    assert queue_items(case_id) == []


# -- reactivate §2.5 -------------------------------------------------------------------------


def test_reactivate_cancels_the_last_resolution_and_clears_its_billed_flags(session, case_id):
    done = activity(session, case_id, minutes=20, completed=True)
    resolution_id = resolve(session, case_id)
    reactivate_case(session, case_id, expected_version=2)
    row = case(case_id)
    assert (row.state, row.status_reason, row.resolved_on) == (ACTIVE, IN_PROGRESS, None)
    assert CaseResolution.get_by_id(resolution_id).state == int(ResolutionState.CANCELED)
    again = Activity.get_by_id(done)
    assert not again.billed and again.billed_by_id is None
    assert not get_case_record(case_id).read_only


def test_reactivating_an_active_case_is_refused(session, case_id):
    with unchanged(code="already_active"):
        reactivate_case(session, case_id)


def test_resolve_reactivate_resolve_keeps_both_resolutions(session, case_id):
    activity(session, case_id, minutes=20, completed=True)
    first = resolve(session, case_id, resolution="Första")
    reactivate_case(session, case_id)
    activity(session, case_id, minutes=10, completed=True)
    second = resolve(session, case_id, resolution="Andra")
    rows = {r.id: r for r in CaseResolution.select().where(CaseResolution.case == case_id)}
    assert set(rows) == {first, second}
    assert rows[first].state == int(ResolutionState.CANCELED)
    assert rows[second].state == int(ResolutionState.COMPLETED)
    assert rows[second].total_time == 30  # the first one's flags were cleared
    assert {a.billed_by_id for a in Activity.select()} == {second}
    shown = [(e.id, e.state) for e in case_timeline(case_id) if e.kind == "resolution"]
    assert shown == [(second, int(ResolutionState.COMPLETED)),
                     (first, int(ResolutionState.CANCELED))]


# -- cancel §2.4 -----------------------------------------------------------------------------


def test_cancel_cancels_open_activities_with_the_case(session, case_id, seen):
    task = activity(session, case_id)
    info = cancel_info(case_id)
    assert [a.id for a in info.open_activities] == [task]
    assert info.reasons == (CANCELED_REASON, MERGED) and info.default_reason == CANCELED_REASON
    cancel_case(session, case_id)
    row = case(case_id)
    assert (row.state, row.status_reason) == (CANCELED, CANCELED_REASON)
    assert Activity.get_by_id(task).state == int(ActivityState.CANCELED)
    assert queue_items(case_id)[0].state == int(QueueItemState.INACTIVE)
    assert history(case_id, "state") == [(str(ACTIVE), str(CANCELED))]
    assert (events.ACTIVITIES_CHANGED, {"case_ids": [case_id], "ids": [task]}) in seen


def test_cancel_refuses_closed_cases_and_other_reasons(session, case_id):
    with unchanged(ValidationError, "invalid", "status_reason"):
        cancel_case(session, case_id, status_reason=SOLVED)
    cancel_case(session, case_id)
    with unchanged(code="not_active"):
        cancel_case(session, case_id)


def test_cancel_as_merged_needs_a_target_and_merges(session, case_id, new_case):
    target = new_case("Samma skrivare")
    with unchanged(ValidationError, "required", "merge_into"):
        cancel_case(session, case_id, status_reason=MERGED)
    with unchanged(ValidationError, "invalid", "merge_into"):
        cancel_case(session, case_id, status_reason=MERGED, merge_into=case_id)
    task = activity(session, case_id)
    cancel_case(session, case_id, status_reason=MERGED, merge_into=target)
    row = case(case_id)
    assert (row.state, row.status_reason, row.master_case_id) == (CANCELED, MERGED, target)
    assert Activity.get_by_id(task).regarding_case_id == target
    assert Activity.get_by_id(task).state == int(ActivityState.OPEN)
    assert [c.id for c in merged_cases(target)] == [case_id]


# -- merge §2.6 ------------------------------------------------------------------------------


def test_merge_moves_everything_to_the_target(session, new_case, queue, acme, seen):
    target = new_case("Skrivaren", priority=int(Priority.HIGH), description="Målet")
    a = new_case("Skrivaren igen", queue_id=queue.id, priority=int(Priority.LOW))
    b = new_case("Och igen")
    outside = new_case("Annat ärende")
    open_task = activity(session, a)
    done = activity(session, b, minutes=10, completed=True)
    note = create_note(session, a, "Kunden ringde")
    to_outside = Connection.create(case_from=a, case_to=outside, role=int(ConnectionRole.RELATED))
    from_outside = Connection.create(case_from=outside, case_to=b,
                                     role=int(ConnectionRole.SIMILAR_CASE))
    between = Connection.create(case_from=a, case_to=b, role=int(ConnectionRole.RELATED))
    child = new_case("Barn")
    associate_child_cases(session, a, [child])
    target_before = Case.select().where(Case.id == target).tuples().get()
    seen.clear()

    merge_cases(session, [a, target, b], target)

    for other in (a, b):
        row = case(other)
        assert (row.state, row.status_reason, row.master_case_id) == (CANCELED, MERGED, target)
        assert Connection.select().where((Connection.case_from == other)
                                         & (Connection.case_to == target)
                                         & (Connection.role == int(ConnectionRole.MERGED_INTO))
                                         ).count() == 1
        assert history(other, "master_case") == [(None, str(target))]
    assert Case.select().where(Case.id == target).tuples().get() == target_before
    assert Activity.get_by_id(open_task).regarding_case_id == target
    assert Activity.get_by_id(open_task).state == int(ActivityState.OPEN)
    assert Activity.get_by_id(done).regarding_case_id == target
    assert Note.get_by_id(note).case_id == target
    assert Connection.get_by_id(to_outside.id).case_from_id == target
    assert Connection.get_by_id(from_outside.id).case_to_id == target
    kept = Connection.get_by_id(between.id)
    assert (kept.case_from_id, kept.case_to_id) == (a, b)
    assert case(child).parent_case_id == target
    assert history(child, "parent_case") == [(None, str(a)), (str(a), str(target))]
    assert queue_items(a)[0].state == int(QueueItemState.INACTIVE)
    assert {c.id for c in merged_cases(target)} == {a, b}
    assert [c.id for c in child_cases(target)] == [child]
    changed = dict(seen)
    assert set(changed[events.CASES_CHANGED]["ids"]) == {target, a, b, child}
    assert set(changed[events.ACTIVITIES_CHANGED]["ids"]) == {open_task, done, note}


@pytest.mark.parametrize("count", [1, 11])
def test_merge_needs_two_to_ten_cases(session, new_case, count):
    ids = [new_case(f"Ärende {i}") for i in range(count)]
    with unchanged(code="merge_count") as info:
        merge_cases(session, ids, ids[0])
    assert info.value.params == {"count": count, "min": 2, "max": 10}


def test_merge_of_ten_is_allowed(session, new_case):
    ids = [new_case(f"Ärende {i}") for i in range(10)]
    merge_cases(session, ids, ids[-1])
    assert Case.select().where(Case.status_reason == MERGED).count() == 9


def test_merge_target_must_be_among_the_cases(session, new_case):
    a, b, c = new_case(), new_case(), new_case()
    with unchanged(code="invalid_target"):
        merge_cases(session, [a, b], c)


def test_merge_refuses_inactive_cases(session, new_case):
    a, b = new_case(), new_case()
    resolve(session, b)
    with unchanged(code="not_active") as info:
        merge_cases(session, [a, b], a)
    assert info.value.params["number"] == case(b).number


def test_merge_across_parents_is_refused(session, new_case):
    p1, p2 = new_case("Förälder 1"), new_case("Förälder 2")
    a, b, c = new_case("a"), new_case("b"), new_case("c")
    associate_child_cases(session, p1, [a])
    associate_child_cases(session, p2, [b])
    with unchanged(code="different_parents"):
        merge_cases(session, [a, b], a)
    with unchanged(code="different_parents"):
        merge_cases(session, [a, c], c)  # a parent and no parent differ too
    d = new_case("d")
    associate_child_cases(session, p1, [d])
    merge_cases(session, [a, d], a)  # the same parent is fine
    assert case(d).master_case_id == a


def test_merge_keeps_the_child_limit(session, new_case):
    set_case_settings(session, CaseSettings(2, "independent", ("title", "customer")))
    a, b = new_case("a"), new_case("b")
    associate_child_cases(session, a, [new_case("a1"), new_case("a2")])
    associate_child_cases(session, b, [new_case("b1")])
    with unchanged(code="too_many_children"):
        merge_cases(session, [a, b], a)


# -- parent and child cases §2.7 -------------------------------------------------------------


def test_create_child_case_copies_the_inherited_fields(session, case_id, anna, seen):
    subject = Subject.create(title="Skrivare")
    parent = get_case_record(case_id).fields()
    parent.priority, parent.subject_id, parent.description = int(Priority.HIGH), subject.id, "D"
    update_case(session, case_id, parent, expected_version=1)
    child = create_child_case(session, case_id)
    row = case(child)
    assert row.parent_case_id == case_id and row.title == "Skrivaren skriver inte ut"
    assert row.customer_account_id == case(case_id).customer_account_id
    assert row.contact_id is None and row.subject_id is None
    assert row.priority == int(Priority.NORMAL) and row.description is None
    assert (events.CASES_CREATED, {"ids": [child]}) in seen
    set_case_settings(session, CaseSettings(100, "independent",
                                            ("contact", "subject", "priority", "description")))
    child2 = create_child_case(session, case_id, title="Byt toner")
    row = case(child2)
    assert (row.title, row.contact_id, row.subject_id, row.priority, row.description) == (
        "Byt toner", anna.id, subject.id, int(Priority.HIGH), "D")
    assert [c.id for c in child_cases(case_id)] == [child, child2]
    assert parent_case(child2).id == case_id and parent_case(case_id) is None
    briefs = lifecycle.case_briefs([child2, 999, case_id])
    assert [(b.id, b.title, b.customer, b.state) for b in briefs] == [
        (child2, "Byt toner", "Havstål AB", ACTIVE),
        (case_id, "Skrivaren skriver inte ut", "Havstål AB", ACTIVE)]
    assert history(child2, "parent_case", creates=True) == [(None, str(case_id))]


def test_child_of_a_child_is_refused(session, case_id, new_case):
    child = create_child_case(session, case_id)
    with unchanged(code="child_of_child"):
        create_child_case(session, child)
    loose = new_case()
    with unchanged(code="child_of_child"):
        associate_child_cases(session, child, [loose])


def test_a_parent_cannot_become_a_child(session, case_id, new_case):
    create_child_case(session, case_id)
    other = new_case("Ny förälder")
    with unchanged(code="parent_as_child") as info:
        associate_child_cases(session, other, [case_id])
    assert info.value.params["number"] == case(case_id).number
    with unchanged(code="self_parent"):
        associate_child_cases(session, other, [other])


def test_child_limit(session, case_id, new_case):
    set_case_settings(session, CaseSettings(2, "independent", ()))
    create_child_case(session, case_id)
    create_child_case(session, case_id)
    with unchanged(code="too_many_children") as info:
        create_child_case(session, case_id)
    assert info.value.params == {"max": 2}
    other = new_case("Annan förälder")
    associate_child_cases(session, other, [new_case("x")])
    y, z = new_case("y"), new_case("z")
    with unchanged(code="too_many_children"):
        associate_child_cases(session, other, [y, z])
    associate_child_cases(session, other, [y])


def test_associate_moves_children_and_remove_parent_clears_it(session, new_case, seen):
    p1, p2, child = new_case("p1"), new_case("p2"), new_case("c")
    associate_child_cases(session, p1, [child])
    associate_child_cases(session, p1, [child])  # already its child: nothing happens
    assert case(child).version == 2
    associate_child_cases(session, p2, [child])
    assert case(child).parent_case_id == p2
    remove_parent(session, child)
    assert case(child).parent_case_id is None
    assert history(child, "parent_case") == [(None, str(p1)), (str(p1), str(p2)),
                                             (str(p2), None)]


def test_children_and_parents_must_be_active(session, new_case):
    parent, child = new_case("p"), new_case("c")
    resolve(session, child)
    with unchanged(code="not_active"):
        associate_child_cases(session, parent, [child])
    resolve(session, parent)
    with unchanged(code="not_active"):
        create_child_case(session, parent)


# -- closure preference ----------------------------------------------------------------------


def _with_children(session, parent, closure):
    set_case_settings(session, CaseSettings(100, closure, ()))
    return [create_child_case(session, parent, title=t) for t in ("Barn 1", "Barn 2")]


def test_block_parent_refuses_resolve_and_cancel_with_the_count(session, case_id):
    children = _with_children(session, case_id, "block_parent")
    assert len(close_info(case_id).active_children) == 2
    with unchanged(code="active_children") as info:
        resolve(session, case_id)
    assert info.value.params["count"] == 2
    with unchanged(code="active_children"):
        cancel_case(session, case_id)
    resolve(session, children[0])
    cancel_case(session, children[1])
    resolve(session, case_id)
    assert case(case_id).state == RESOLVED


def test_close_children_resolves_them_with_their_own_resolutions(session, case_id):
    kids = _with_children(session, case_id, "close_children")
    task = activity(session, kids[0])
    activity(session, kids[0], minutes=25, completed=True)
    mine = resolve(session, case_id, resolution_type=INFO_PROVIDED, billable_time=60)
    for kid in kids:
        row = case(kid)
        assert (row.state, row.status_reason) == (RESOLVED, INFO_PROVIDED)
    resolutions = {r.case_id: r for r in CaseResolution.select()}
    assert resolutions[case_id].id == mine and resolutions[case_id].billable_time == 60
    first = resolutions[kids[0]]
    assert (first.resolution, first.resolution_type, first.billable_time, first.total_time) == (
        "Drivrutinen uppdaterad", INFO_PROVIDED, 0, 25)
    assert resolutions[kids[1]].total_time == 0
    assert Activity.get_by_id(task).state == int(ActivityState.CANCELED)


def test_close_children_cancels_them_on_cancel(session, case_id):
    kids = _with_children(session, case_id, "close_children")
    resolve(session, kids[0])
    cancel_case(session, case_id)
    assert case(kids[0]).state == RESOLVED  # closed already: untouched
    assert (case(kids[1]).state, case(kids[1]).status_reason) == (CANCELED, CANCELED_REASON)


def test_independent_leaves_children_alone(session, case_id):
    kids = _with_children(session, case_id, "independent")
    resolve(session, case_id)
    assert {case(k).state for k in kids} == {ACTIVE}


# -- escalate §2.9 ---------------------------------------------------------------------------


def test_escalate_and_de_escalate_active_cases(session, case_id, seen):
    escalate(session, case_id)
    row = case(case_id)
    assert row.is_escalated and row.escalated_on is not None
    assert history(case_id, "is_escalated") == [("0", "1")]
    escalate(session, case_id)  # already: nothing happens
    assert case(case_id).version == 2
    de_escalate(session, case_id, expected_version=2)
    assert not case(case_id).is_escalated
    assert [kw["ids"] for name, kw in seen if name == events.CASES_CHANGED] == [[case_id]] * 2
    resolve(session, case_id)
    with unchanged(code="not_active"):
        escalate(session, case_id)
    with unchanged(code="not_active"):
        de_escalate(session, case_id)


# -- status reasons and transitions §2.1, §2.2 -----------------------------------------------


def _matrix():
    """In Progress ↔ On Hold → Problem Solved; In Progress → Canceled; back to In Progress
    from every closed reason; Waiting and Researching → In Progress."""
    return {IN_PROGRESS: {ON_HOLD, CANCELED_REASON, MERGED}, ON_HOLD: {IN_PROGRESS, SOLVED},
            WAITING: {IN_PROGRESS}, RESEARCHING: {IN_PROGRESS},
            SOLVED: {IN_PROGRESS}, CANCELED_REASON: {IN_PROGRESS}}


def test_transitions_are_off_by_default(session, case_id):
    assert allowed_targets(IN_PROGRESS) is None
    check_transition(IN_PROGRESS, INFO_PROVIDED)
    matrix = transition_matrix()
    assert not matrix.enabled and matrix.allowed == {}
    assert {r.value for r in matrix.reasons} == {1, 2, 3, 4, 5, 1000, 6, 2000}


def test_a_matrix_with_a_dead_end_is_refused_naming_the_reasons(session):
    matrix = _matrix()
    matrix[RESEARCHING] = {WAITING}
    matrix[WAITING] = {RESEARCHING}
    with unchanged(code="no_path") as info:
        set_transitions(session, enabled=True, allowed=matrix)
    assert sorted(info.value.params["reasons"]) == [WAITING, RESEARCHING]
    set_transitions(session, enabled=False, allowed=matrix)  # off: stored as it is
    assert transition_matrix().allowed[WAITING] == frozenset({RESEARCHING})


def test_unknown_reasons_in_a_matrix_are_refused(session):
    with unchanged(ValidationError, "invalid", "transitions"):
        set_transitions(session, enabled=True, allowed={IN_PROGRESS: {12345}})


def test_the_matrix_is_stored_and_audited(session):
    set_transitions(session, enabled=True, allowed=_matrix())
    matrix = transition_matrix()
    assert matrix.enabled and matrix.allowed[ON_HOLD] == frozenset({IN_PROGRESS, SOLVED})
    assert allowed_targets(IN_PROGRESS) == frozenset({ON_HOLD, CANCELED_REASON, MERGED})
    fields = {r.field for r in AuditLog.select().where(AuditLog.entity == "setting")}
    assert {"transitions_enabled", "status_transitions"} <= fields


def test_enabled_transitions_check_every_status_change(session, case_id, new_case):
    set_transitions(session, enabled=True, allowed=_matrix())
    assert close_info(case_id).resolution_types == ()
    with unchanged(code="transition_not_allowed") as info:
        resolve(session, case_id)
    assert info.value.params == {"from_reason": IN_PROGRESS, "to_reason": SOLVED}
    fields = get_case_record(case_id).fields()
    fields.status_reason = WAITING
    with unchanged(code="transition_not_allowed") as info:
        update_case(session, case_id, fields, expected_version=1)
    assert info.value.params == {"from_reason": IN_PROGRESS, "to_reason": WAITING}
    fields.status_reason = ON_HOLD
    update_case(session, case_id, fields, expected_version=1)
    assert close_info(case_id).resolution_types == (SOLVED,)
    with unchanged(code="transition_not_allowed"):
        cancel_case(session, case_id)
    resolve(session, case_id)
    reactivate_case(session, case_id)  # Problem Solved → In Progress is allowed
    cancel_case(session, case_id)
    reactivate_case(session, case_id)
    other = new_case()
    merge_cases(session, [case_id, other], other)  # In Progress → Merged is allowed
    assert case(case_id).status_reason == MERGED
    with unchanged(code="transition_not_allowed") as info:
        reactivate_case(session, case_id)  # Merged → In Progress is not
    assert info.value.params == {"from_reason": MERGED, "to_reason": IN_PROGRESS}


def test_enabled_transitions_refuse_merges_and_closing_children(session, new_case):
    set_transitions(session, enabled=True, allowed={
        IN_PROGRESS: {SOLVED, CANCELED_REASON}, ON_HOLD: {IN_PROGRESS}, WAITING: {IN_PROGRESS},
        RESEARCHING: {IN_PROGRESS}})
    a, b = new_case(), new_case()
    with unchanged(code="transition_not_allowed"):
        merge_cases(session, [a, b], a)
    set_case_settings(session, CaseSettings(100, "close_children", ()))
    child = create_child_case(session, a)
    fields = get_case_record(child).fields()
    set_transitions(session, enabled=True, allowed={
        IN_PROGRESS: {SOLVED, ON_HOLD}, ON_HOLD: {CANCELED_REASON}, WAITING: {IN_PROGRESS},
        RESEARCHING: {IN_PROGRESS}})
    fields.status_reason = ON_HOLD
    update_case(session, child, fields, expected_version=1)
    with unchanged(code="transition_not_allowed") as info:
        resolve(session, a)  # the child can't go from On Hold to Problem Solved
    assert info.value.params == {"from_reason": ON_HOLD, "to_reason": SOLVED}


def test_add_status_reason(session, case_id):
    value = add_status_reason(session, ACTIVE, "Väntar på leverantör")
    assert value >= 100_000
    assert value in active_status_reasons()
    assert add_status_reason(session, RESOLVED, "Löst via telefon") == value + 1
    fields = get_case_record(case_id).fields()
    fields.status_reason = value
    update_case(session, case_id, fields, expected_version=1)
    assert close_info(case_id).resolution_types == (SOLVED, INFO_PROVIDED, value + 1)
    resolve(session, case_id, resolution_type=value + 1)
    assert case(case_id).status_reason == value + 1
    with unchanged(ValidationError, "taken", "label"):
        add_status_reason(session, ACTIVE, "väntar på leverantör")
    add_status_reason(session, CANCELED, "Väntar på leverantör")  # another state: fine
    with unchanged(ValidationError, "required", "label"):
        add_status_reason(session, ACTIVE, "  ")
    with unchanged(ValidationError, "too_long", "label"):
        add_status_reason(session, ACTIVE, "x" * 101)
    with unchanged(ValidationError, "invalid", "state"):
        add_status_reason(session, 9, "Okänt")


def test_settings_are_for_administrators_only(agent, case_id):
    with unchanged(PermissionDenied, "permission_denied") as info:
        set_transitions(agent, enabled=True, allowed=_matrix())
    assert info.value.params == {"action": "settings"}
    with unchanged(PermissionDenied):
        add_status_reason(agent, ACTIVE, "Eget")
    with unchanged(PermissionDenied):
        set_case_settings(agent, CaseSettings(5, "independent", ()))
    resolve(agent, case_id)  # agents work cases
    reactivate_case(agent, case_id)


# -- parent/child settings -------------------------------------------------------------------


def test_case_settings_round_trip_with_title_and_customer_always(session):
    assert case_settings() == CaseSettings(100, "independent", ("title", "customer"))
    set_case_settings(session, CaseSettings(7, "block_parent", ("priority", "contact")))
    assert case_settings() == CaseSettings(7, "block_parent",
                                           ("title", "customer", "contact", "priority"))


@pytest.mark.parametrize("settings, field", [
    (CaseSettings(0, "independent", ()), "child_case_limit"),
    (CaseSettings(1001, "independent", ()), "child_case_limit"),
    (CaseSettings(True, "independent", ()), "child_case_limit"),
    (CaseSettings(5, "both", ()), "parent_closure"),
    (CaseSettings(5, "independent", ("number",)), "inherited_fields"),
])
def test_bad_case_settings_are_refused(session, settings, field):
    with unchanged(ValidationError, "invalid", field):
        set_case_settings(session, settings)
