"""Assign, Add to Queue, the queue commands and the Queues page list (issue 7, SPEC §1.7,
§2.10, §2.11). Every refused command leaves every table and the audit log as they were."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import timedelta

import pytest

from casedesk.controllers import admin, events, lifecycle, queues, users
from casedesk.controllers.cases import NewCase, create_case
from casedesk.controllers.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from casedesk.controllers.queues import (
    ItemQuery,
    ItemView,
    QueueChoice,
    QueueFields,
    add_to_queue,
    assign,
    count_items,
    current_queue,
    list_items,
    pick,
    release,
    remove_items,
    route_items,
)
from casedesk.controllers.session import Session
from casedesk.models import (
    ALL_MODELS,
    Account,
    AuditLog,
    Case,
    Contact,
    Queue,
    QueueItem,
    RoutingRuleItem,
    RoutingRuleSet,
    db,
)
from casedesk.models.options import (
    AuditAction,
    CaseState,
    QueueItemState,
    QueueType,
    Role,
    RuleAction,
    StatusReason,
)

ACTIVE_ITEM, INACTIVE_ITEM = int(QueueItemState.ACTIVE), int(QueueItemState.INACTIVE)


# -- fixtures and helpers ------------------------------------------------------------------


def signed_in(database, user_id) -> Session:
    info = next(u for u in admin.list_users(active_only=False) if u.id == user_id)
    s = Session(database)
    s.set_user(info.id, info.login, info.name, info.roles)
    return s


@pytest.fixture
def bo_id(session):
    return users.create_user(session, users.UserFields("Bo Ek", "bo"))


@pytest.fixture
def cia_id(session):
    return users.create_user(session, users.UserFields("Cia Lund", "cia"))


@pytest.fixture
def bo(database, bo_id) -> Session:
    """An agent."""
    return signed_in(database, bo_id)


@pytest.fixture
def cia(database, cia_id) -> Session:
    return signed_in(database, cia_id)


@pytest.fixture
def team_id(session, bo_id):
    return users.create_team(session, users.TeamFields("Andra linjen", session.user_id,
                                                       member_ids=(bo_id,)))


@pytest.fixture
def tier1(session):
    return queues.create_queue(session, QueueFields("Tier 1"))


@pytest.fixture
def tier2(session, team_id):
    return queues.create_queue(session, QueueFields("Tier 2", owner_kind="team",
                                                    owner_id=team_id))


@pytest.fixture
def acme(session):
    return Account.create(name="Havstål AB")


@pytest.fixture
def new_case(session, acme):
    def make(title="Skrivaren skriver inte ut", **kw):
        kw.setdefault("customer_account_id", acme.id)
        return create_case(session, NewCase(title=title, **kw))
    return make


@pytest.fixture
def seen(session):
    got = []
    for name in (events.CASES_CHANGED, events.QUEUES_CHANGED):
        def note(name=name, **kw):
            got.append((name, kw, db.in_transaction()))
        session.events.subscribe(name, note)
    return got


def snapshot():
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


def item_of(case_id) -> QueueItem:
    (item,) = QueueItem.select().where(QueueItem.case == case_id)
    return item


def owner(case_id):
    c = case(case_id)
    return c.owner_user_id, c.owner_team_id


def worked_by(case_id):
    i = item_of(case_id)
    return i.worked_by_user_id, i.worked_by_team_id


def audited(entity, record_id, field, *, creates=False):
    """(old, new) of the field's audited changes (and its value at creation, when asked)."""
    query = AuditLog.select().where(
        (AuditLog.entity == entity) & (AuditLog.record_id == record_id)
        & (AuditLog.field == field))
    if not creates:
        query = query.where(AuditLog.action != int(AuditAction.CREATE))
    return [(r.old_value, r.new_value) for r in query.order_by(AuditLog.id)]


def in_queue(session, case_id, queue_id, *, worked_by_user=None):
    add_to_queue(session, [case_id], queue_id)
    if worked_by_user is not None:
        QueueItem.update(worked_by_user=worked_by_user).where(
            QueueItem.case == case_id).execute()
    return item_of(case_id).id


# -- Assign (SPEC §2.10) -------------------------------------------------------------------


def test_assign_changes_the_owner_audited_with_one_version_step(session, new_case, bo_id,
                                                               seen):
    case_id = new_case()
    assert owner(case_id) == (session.user_id, None)
    assign(session, [case_id], "user", bo_id)
    assert owner(case_id) == (bo_id, None)
    assert case(case_id).version == 2
    assert audited("incident", case_id, "owner_user") == [(str(session.user_id), str(bo_id))]
    assert seen == [(events.CASES_CHANGED, {"ids": [case_id]}, False)]


def test_assign_to_a_team_clears_the_user_owner(session, new_case, team_id):
    case_id = new_case()
    assign(session, [case_id], "team", team_id)
    assert owner(case_id) == (None, team_id)


def test_assign_many_cases_at_once(session, new_case, bo_id):
    ids = [new_case(f"Ärende {i}") for i in range(3)]
    assign(session, ids, "user", bo_id)
    assert [owner(i) for i in ids] == [(bo_id, None)] * 3


def test_worked_by_follows_the_new_owner_when_someone_else_works_the_item(
        session, new_case, tier1, bo_id, cia_id, team_id):
    case_id = new_case()
    item_id = in_queue(session, case_id, tier1, worked_by_user=cia_id)
    assign(session, [case_id], "user", bo_id)
    assert worked_by(case_id) == (bo_id, None)
    assert item_of(case_id).state == ACTIVE_ITEM
    assert audited("queue_item", item_id, "worked_by_user") == [(str(cia_id), str(bo_id))]
    assign(session, [case_id], "team", team_id)
    assert worked_by(case_id) == (None, team_id)
    assert owner(case_id) == (None, team_id)


def test_an_item_nobody_works_stays_available_on_assign(session, new_case, tier1, bo_id):
    case_id = new_case()
    in_queue(session, case_id, tier1)
    assign(session, [case_id], "user", bo_id)
    assert worked_by(case_id) == (None, None)


def test_worked_by_of_a_removed_item_is_left_alone(session, new_case, tier1, bo_id, cia_id):
    case_id = new_case()
    item_id = in_queue(session, case_id, tier1, worked_by_user=cia_id)
    remove_items(session, [item_id])
    assign(session, [case_id], "user", bo_id)
    assert worked_by(case_id) == (cia_id, None)
    assert item_of(case_id).state == INACTIVE_ITEM


def test_an_agent_may_assign(bo, new_case, cia_id):
    case_id = new_case()
    assign(bo, [case_id], "user", cia_id)
    assert owner(case_id) == (cia_id, None)


def test_assign_refuses_inactive_cases_and_writes_nothing(session, new_case, bo_id):
    active, resolved = new_case("Öppet"), new_case("Löst")
    lifecycle.resolve_case(session, resolved, resolution_type=int(StatusReason.PROBLEM_SOLVED),
                           resolution="Klart", billable_time=0)
    with unchanged(code="not_active") as info:
        assign(session, [active, resolved], "user", bo_id)
    assert info.value.params["number"] == case(resolved).number


@pytest.mark.parametrize("kind, which", [("user", "unknown"), ("team", "unknown"),
                                         ("robot", "bo"), ("user", "inactive")])
def test_assign_refuses_a_bad_owner(session, new_case, bo_id, kind, which):
    case_id = new_case()
    owner_id = 9999 if which == "unknown" else bo_id
    if which == "inactive":
        users.set_user_active(session, bo_id, False)
    with unchanged(ValidationError, field="owner"):
        assign(session, [case_id], kind, owner_id)


def test_assign_unknown_case(session, bo_id):
    with unchanged(NotFound):
        assign(session, [424242], "user", bo_id)


# -- Add to Queue (SPEC §2.11) -------------------------------------------------------------


def test_add_to_queue_creates_the_item(session, new_case, tier1, seen):
    case_id = new_case()
    add_to_queue(session, [case_id], tier1)
    item = item_of(case_id)
    assert (item.queue_id, item.state, item.worked_by_user_id) == (tier1, ACTIVE_ITEM, None)
    assert owner(case_id) == (session.user_id, None)  # the owner stays
    assert case(case_id).version == 1
    assert current_queue(case_id).id == tier1
    assert audited("incident", case_id, "queue") == [(None, str(tier1))]
    assert audited("queue_item", item.id, "queue", creates=True) == [(None, str(tier1))]
    assert seen == [(events.CASES_CHANGED, {"ids": [case_id]}, False),
                    (events.QUEUES_CHANGED, {"ids": [tier1]}, False)]


def test_add_to_queue_moves_the_one_item(session, new_case, tier1, tier2, bo_id):
    case_id = new_case(queue_id=tier1)
    first = item_of(case_id)
    QueueItem.update(worked_by_user=bo_id,
                     entered_on=first.entered_on - timedelta(hours=1)).execute()
    add_to_queue(session, [case_id], tier2)
    moved = item_of(case_id)
    assert moved.id == first.id
    assert (moved.queue_id, moved.state, moved.worked_by_user_id) == (tier2, ACTIVE_ITEM, None)
    assert moved.entered_on > first.entered_on - timedelta(hours=1)
    assert moved.version == first.version + 1
    assert current_queue(case_id).name == "Tier 2"
    assert audited("incident", case_id, "queue")[-1] == (str(tier1), str(tier2))


def test_adding_to_the_queue_it_is_in_changes_nothing(session, new_case, tier1, bo_id,
                                                      seen):
    case_id = new_case()
    in_queue(session, case_id, tier1, worked_by_user=bo_id)
    seen.clear()
    before = snapshot()
    add_to_queue(session, [case_id], tier1)
    assert snapshot() == before
    assert seen == []


def test_a_removed_item_comes_back_active(session, new_case, tier1):
    case_id = new_case()
    item_id = in_queue(session, case_id, tier1)
    remove_items(session, [item_id])
    assert current_queue(case_id) is None
    add_to_queue(session, [case_id], tier1)
    assert (item_of(case_id).id, item_of(case_id).state) == (item_id, ACTIVE_ITEM)


def test_an_agent_may_add_to_queue(bo, new_case, tier1):
    case_id = new_case()
    add_to_queue(bo, [case_id], tier1)
    assert item_of(case_id).queue_id == tier1


def test_add_to_queue_refusals(session, new_case, tier1, tier2):
    case_id = new_case()
    resolved = new_case("Löst")
    lifecycle.resolve_case(session, resolved, resolution_type=int(StatusReason.PROBLEM_SOLVED),
                           resolution="Klart", billable_time=0)
    with unchanged(code="not_active"):
        add_to_queue(session, [case_id, resolved], tier1)
    with unchanged(ValidationError, field="queue", code="not_found"):
        add_to_queue(session, [case_id], 9999)
    queues.set_queue_active(session, tier2, False)
    with unchanged(ValidationError, field="queue", code="inactive"):
        add_to_queue(session, [case_id], tier2)
    with unchanged(NotFound):
        add_to_queue(session, [777777], tier1)


def test_one_item_per_case_when_two_connections_add_it_at_once(session, new_case, tier1,
                                                               tier2, database):
    """Two threads, each with its own SQLite connection, add the same case to two queues at
    the same moment: one item remains, in one of the two queues."""
    for _ in range(5):
        case_id = new_case()
        barrier = threading.Barrier(2)
        errors = []

        def add(queue_id, case_id=case_id, barrier=barrier, errors=errors):
            try:
                database.connect(reuse_if_open=True)  # this thread's own connection
                barrier.wait()
                add_to_queue(session, [case_id], queue_id)
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)
            finally:
                database.close()

        threads = [threading.Thread(target=add, args=(q,)) for q in (tier1, tier2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        assert errors == []
        rows = list(QueueItem.select().where(QueueItem.case == case_id))
        assert len(rows) == 1
        assert rows[0].queue_id in (tier1, tier2)
        assert rows[0].state == ACTIVE_ITEM


def test_the_upsert_keeps_one_item_without_a_prior_read(session, new_case, tier1, tier2):
    """The write itself (not a check before it) keeps the item unique: a second insert for
    the case updates the existing row."""
    case_id = new_case()
    queues._put_in_queue(session, case_id, tier1, queues.utcnow())
    QueueItem.insert(case=case_id, queue=tier2, state=ACTIVE_ITEM).on_conflict(
        conflict_target=[QueueItem.case],
        update={QueueItem.queue: queues.EXCLUDED.queue_id}).execute()
    assert [i.queue_id for i in QueueItem.select().where(QueueItem.case == case_id)] == [tier2]


# -- Pick, Release, Route, Remove (SPEC §2.11) ---------------------------------------------


def test_pick_sets_worked_by_and_owner_to_me(bo, session, new_case, tier1):
    case_id = new_case()
    item_id = in_queue(session, case_id, tier1)
    got = []
    bo.events.subscribe(events.CASES_CHANGED, lambda **kw: got.append(("cases", kw)))
    bo.events.subscribe(events.QUEUES_CHANGED, lambda **kw: got.append(("queues", kw)))
    pick(bo, [item_id])
    assert worked_by(case_id) == (bo.user_id, None)
    assert owner(case_id) == (bo.user_id, None)
    assert item_of(case_id).state == ACTIVE_ITEM
    assert audited("queue_item", item_id, "worked_by_user") == [(None, str(bo.user_id))]
    assert got == [("cases", {"ids": [case_id]}), ("queues", {"ids": [tier1]})]


def test_pick_and_remove(bo, session, new_case, tier1):
    case_id = new_case()
    item_id = in_queue(session, case_id, tier1)
    pick(bo, [item_id], remove=True)
    assert worked_by(case_id) == (bo.user_id, None)
    assert owner(case_id) == (bo.user_id, None)
    assert item_of(case_id).state == INACTIVE_ITEM
    assert audited("incident", case_id, "queue")[-1] == (str(tier1), None)


def test_release_clears_worked_by_and_gives_the_case_to_the_queue_owner(
        session, bo, new_case, tier1, tier2, team_id):
    a, b = new_case("A"), new_case("B")
    item_a, item_b = in_queue(session, a, tier1), in_queue(session, b, tier2)
    pick(bo, [item_a, item_b])
    release(bo, [item_a, item_b])
    assert (worked_by(a), worked_by(b)) == ((None, None), (None, None))
    assert owner(a) == (session.user_id, None)  # Tier 1 is Åsa's
    assert owner(b) == (None, team_id)  # Tier 2 is the team's
    assert item_of(a).state == ACTIVE_ITEM


def test_route_to_another_queue_moves_the_item(session, bo, new_case, tier1, tier2):
    case_id = new_case()
    item_id = in_queue(session, case_id, tier1)
    pick(bo, [item_id])
    route_items(bo, [item_id], queue_id=tier2)
    item = item_of(case_id)
    assert (item.id, item.queue_id, item.state) == (item_id, tier2, ACTIVE_ITEM)
    assert worked_by(case_id) == (None, None)
    assert owner(case_id) == (bo.user_id, None)


@pytest.mark.parametrize("remove", [False, True])
def test_route_to_a_user_or_team(session, new_case, tier1, cia_id, team_id, remove):
    a, b = new_case("A"), new_case("B")
    item_a, item_b = in_queue(session, a, tier1), in_queue(session, b, tier1)
    route_items(session, [item_a], owner_kind="user", owner_id=cia_id, remove=remove)
    route_items(session, [item_b], owner_kind="team", owner_id=team_id, remove=remove)
    assert (worked_by(a), owner(a)) == ((cia_id, None), (cia_id, None))
    assert (worked_by(b), owner(b)) == ((None, team_id), (None, team_id))
    state = INACTIVE_ITEM if remove else ACTIVE_ITEM
    assert (item_of(a).state, item_of(b).state) == (state, state)
    assert item_of(a).queue_id == tier1


def test_route_needs_exactly_one_target(session, new_case, tier1, tier2, cia_id):
    item_id = in_queue(session, new_case(), tier1)
    with unchanged(ValidationError, field="target", code="required"):
        route_items(session, [item_id])
    with unchanged(ValidationError, field="target", code="invalid"):
        route_items(session, [item_id], queue_id=tier2, owner_kind="user", owner_id=cia_id)
    with unchanged(ValidationError, field="owner"):
        route_items(session, [item_id], owner_kind="user", owner_id=9999)
    with unchanged(ValidationError, field="queue"):
        route_items(session, [item_id], queue_id=9999)


def test_remove_makes_the_item_inactive_and_keeps_owner_and_worked_by(session, bo, new_case,
                                                                      tier1):
    case_id = new_case()
    item_id = in_queue(session, case_id, tier1)
    pick(bo, [item_id])
    remove_items(session, [item_id])
    assert item_of(case_id).state == INACTIVE_ITEM
    assert (worked_by(case_id), owner(case_id)) == ((bo.user_id, None), (bo.user_id, None))
    assert count_items(ItemQuery(queue=tier1, view=ItemView.ALL)) == 0
    before = snapshot()
    remove_items(session, [item_id])  # already removed: nothing to do
    assert snapshot() == before


def test_item_commands_refuse_inactive_and_unknown_items(session, bo, new_case, tier1,
                                                         tier2):
    case_id = new_case()
    item_id = in_queue(session, case_id, tier1)
    remove_items(session, [item_id])
    for command in (lambda: pick(bo, [item_id]), lambda: release(bo, [item_id]),
                    lambda: route_items(bo, [item_id], queue_id=tier2)):
        with unchanged(code="item_inactive"):
            command()
    for command in (lambda: pick(bo, [5555]), lambda: release(bo, [5555]),
                    lambda: remove_items(bo, [5555]),
                    lambda: route_items(bo, [5555], queue_id=tier2)):
        with unchanged(NotFound):
            command()


def test_pick_without_a_signed_in_user_is_refused(database, new_case, session, tier1):
    item_id = in_queue(session, new_case(), tier1)
    with unchanged(PermissionDenied):
        pick(Session(database), [item_id])


def test_resolve_and_reactivate_switch_the_one_item(session, new_case, tier1):
    """lifecycle.py keeps the item in step (SPEC §2.11): inactive, then active; never two."""
    case_id = new_case(queue_id=tier1)
    lifecycle.resolve_case(session, case_id, resolution_type=int(StatusReason.PROBLEM_SOLVED),
                           resolution="Klart", billable_time=0)
    assert item_of(case_id).state == INACTIVE_ITEM
    assert count_items(ItemQuery(queue=tier1, view=ItemView.ALL)) == 0
    lifecycle.reactivate_case(session, case_id)
    assert item_of(case_id).state == ACTIVE_ITEM
    assert case(case_id).state == int(CaseState.ACTIVE)


# -- queues (Settings) ---------------------------------------------------------------------


def test_create_get_update_a_queue(session, bo_id, cia_id, team_id, seen):
    queue_id = queues.create_queue(session, QueueFields(
        "  VIP  ", "Viktiga kunder", int(QueueType.PRIVATE), member_ids=(bo_id, bo_id)))
    fields, version = queues.get_queue(queue_id)
    assert fields == QueueFields("VIP", "Viktiga kunder", int(QueueType.PRIVATE), "user",
                                 session.user_id, (bo_id,))
    assert seen[-1] == (events.QUEUES_CHANGED, {"ids": [queue_id]}, False)
    fields.member_ids = (cia_id,)
    fields.owner_kind, fields.owner_id = "team", team_id
    assert queues.update_queue(session, queue_id, fields, version) == version + 1
    fields2, _ = queues.get_queue(queue_id)
    assert (fields2.owner_kind, fields2.owner_id, fields2.member_ids) == ("team", team_id,
                                                                          (cia_id,))
    with unchanged(ConflictError):
        queues.update_queue(session, queue_id, fields, version)
    assert audited("queue", queue_id, "members")[-1] == (str(bo_id), str(cia_id))


@pytest.mark.parametrize("name, code", [("", "required"), ("   ", "required"),
                                        ("x" * 161, "too_long"), ("Tier 1", "taken"),
                                        ("a\x00b", "control_chars")])
def test_bad_queue_names(session, tier1, name, code):
    with unchanged(ValidationError, field="name", code=code):
        queues.create_queue(session, QueueFields(name))


def test_other_bad_queue_input(session, tier1):
    with unchanged(ValidationError, field="owner"):
        queues.create_queue(session, QueueFields("X", owner_kind="team", owner_id=9999))
    with unchanged(ValidationError, field="members"):
        queues.create_queue(session, QueueFields("X", member_ids=(9999,)))
    with unchanged(ValidationError, field="queue_type"):
        queues.create_queue(session, QueueFields("X", queue_type=7))
    with unchanged(ValidationError, field="description"):
        queues.create_queue(session, QueueFields("X", description="d" * 2001))
    with unchanged(NotFound):
        queues.update_queue(session, 9999, QueueFields("X"), 1)
    with unchanged(NotFound):
        queues.delete_queue(session, 9999)
    with pytest.raises(NotFound):
        queues.get_queue(9999)


def test_agents_may_not_keep_queues(bo, tier1):
    fields, version = queues.get_queue(tier1)
    for command in (lambda: queues.create_queue(bo, QueueFields("Mine")),
                    lambda: queues.update_queue(bo, tier1, fields, version),
                    lambda: queues.delete_queue(bo, tier1),
                    lambda: queues.set_queue_active(bo, tier1, False)):
        with unchanged(PermissionDenied) as info:
            command()
        assert info.value.params == {"action": "queues"}


def test_a_manager_may_keep_queues(session, database):
    manager = users.create_user(session, users.UserFields(
        "Karin Östlund", "karin", roles=frozenset({int(Role.AGENT), int(Role.MANAGER)})))
    s = signed_in(database, manager)
    queue_id = queues.create_queue(s, QueueFields("Fakturor"))
    queues.delete_queue(s, queue_id)
    assert Queue.get_or_none(Queue.id == queue_id) is None


def test_delete_a_queue_in_use_says_why(session, new_case, tier1, tier2):
    new_case(queue_id=tier1)
    new_case(queue_id=tier1)
    with unchanged(code="queue_in_use") as info:
        queues.delete_queue(session, tier1)
    assert (info.value.params["items"], info.value.params["rules"]) == (2, [])
    rule_set = RoutingRuleSet.create(name="Standard")
    RoutingRuleItem.create(rule_set=rule_set, sequence=1, name="Fakturafrågor",
                           action=int(RuleAction.ROUTE_TO_QUEUE), target_queue=tier2)
    with unchanged(code="queue_in_use") as info:
        queues.delete_queue(session, tier2)
    assert info.value.params["items"] == 0
    assert info.value.params["rules"] == ["Fakturafrågor"]
    assert info.value.params["rule_sets"] == ["Standard"]


def test_an_inactive_item_keeps_the_queue_in_use(session, new_case, tier1):
    item_id = in_queue(session, new_case(), tier1)
    remove_items(session, [item_id])
    with unchanged(code="queue_in_use"):
        queues.delete_queue(session, tier1)


def test_delete_an_unused_queue(session, tier1, bo_id):
    queue_id = queues.create_queue(session, QueueFields("Tom", member_ids=(bo_id,)))
    queues.delete_queue(session, queue_id)
    assert Queue.get_or_none(Queue.id == queue_id) is None


def test_a_default_queue_stays(session, bo_id):
    default = next(u for u in users.list_users() if u.id == bo_id).default_queue_id
    with unchanged(code="default_queue"):
        queues.delete_queue(session, default)
    fields, version = queues.get_queue(default)
    assert fields.queue_type == int(QueueType.PRIVATE) and fields.owner_id == bo_id
    fields.queue_type = int(QueueType.PUBLIC)
    with unchanged(code="default_queue"):
        queues.update_queue(session, default, fields, version)
    fields.queue_type = int(QueueType.PRIVATE)
    fields.description = "Bos egen kö"
    queues.update_queue(session, default, fields, version)


def test_list_queues_and_what_a_user_sees(session, new_case, bo_id, cia_id, team_id, tier1):
    vip = queues.create_queue(session, QueueFields("VIP", queue_type=int(QueueType.PRIVATE),
                                                   member_ids=(cia_id,)))
    new_case(queue_id=tier1)
    removed = new_case(queue_id=tier1)
    remove_items(session, [item_of(removed).id])
    rows = {r.name: r for r in queues.list_queues()}
    assert rows["Tier 1"].active_items == 1
    assert rows["Tier 1"].owner == "Åsa Öberg" and not rows["Tier 1"].is_default
    assert rows["VIP"].member_ids == (cia_id,)
    assert rows["<Bo Ek (bo)>"].is_default
    assert rows["<Andra linjen>"].is_default and rows["<Andra linjen>"].owner_kind == "team"

    def names(user_id):
        return {r.name for r in queues.list_queues(for_user_id=user_id)}
    # Bo: public queues, his own default queue and his team's; not VIP nor Cia's.
    assert names(bo_id) == {"Tier 1", "<Bo Ek (bo)>", "<Andra linjen>"}
    assert names(cia_id) == {"Tier 1", "VIP", "<Cia Lund (cia)>"}
    assert set(queues.member_queue_ids(cia_id)) == {vip, rows["<Cia Lund (cia)>"].id}
    queues.set_queue_active(session, tier1, False)
    assert "Tier 1" not in names(bo_id)


# -- the Queues page list ------------------------------------------------------------------


@pytest.fixture
def board(session, bo, new_case, tier1, tier2, acme):
    """Tier 1: three items (one worked by Bo), Tier 2: one item, worked by Åsa."""
    anna = Contact.create(first_name="Anna", last_name="Berg")
    ids = {
        "a": new_case("Skrivaren", queue_id=tier1),
        "b": new_case("Nätverket", queue_id=tier1, customer_account_id=None,
                      customer_contact_id=anna.id),
        "c": new_case("Lösenord", queue_id=tier1),
        "d": new_case("Faktura", queue_id=tier2),
    }
    pick(bo, [item_of(ids["b"]).id])
    pick(session, [item_of(ids["d"]).id])
    return ids


def titles(query, **kw):
    return [r.title for r in list_items(query, **kw).rows]


def test_views_of_one_queue(session, bo, board, tier1):
    me = bo.user_id
    assert titles(ItemQuery(queue=tier1, view=ItemView.AVAILABLE, user_id=me)) == [
        "Skrivaren", "Lösenord"]
    assert titles(ItemQuery(queue=tier1, view=ItemView.WORKING, user_id=me)) == ["Nätverket"]
    assert titles(ItemQuery(queue=tier1, view=ItemView.ALL, user_id=me)) == [
        "Skrivaren", "Nätverket", "Lösenord"]
    assert count_items(ItemQuery(queue=tier1, view=ItemView.ALL)) == 3
    row = list_items(ItemQuery(queue=tier1, view=ItemView.WORKING, user_id=me)).rows[0]
    assert (row.customer, row.worked_by, row.queue, row.queue_id) == (
        "Anna Berg", "Bo Ek", "Tier 1", tier1)
    assert row.case_number == case(board["b"]).number
    assert row.case_state == int(CaseState.ACTIVE) and row.entered_on is not None


def test_all_queues_and_my_queues(session, bo, board, tier1, tier2, team_id):
    everything = ItemQuery(queue=QueueChoice.ALL, view=ItemView.ALL)
    assert count_items(everything) == 4
    assert titles(ItemQuery(queue=QueueChoice.ALL, view=ItemView.ALL, user_id=bo.user_id)) == [
        "Skrivaren", "Nätverket", "Lösenord", "Faktura"]
    # Bo is a member of the team that owns Tier 2, not of Tier 1 (Åsa's).
    assert titles(ItemQuery(queue=QueueChoice.MINE, view=ItemView.ALL,
                            user_id=bo.user_id)) == ["Faktura"]
    assert titles(ItemQuery(queue=QueueChoice.MINE, view=ItemView.ALL,
                            user_id=session.user_id)) == ["Skrivaren", "Nätverket",
                                                          "Lösenord"]
    assert titles(ItemQuery(queue=QueueChoice.ALL, view=ItemView.WORKING,
                            user_id=session.user_id)) == ["Faktura"]


def test_filter_and_sort(session, bo, board, tier1):
    q = ItemQuery(queue=tier1, view=ItemView.ALL)
    assert titles(ItemQuery(queue=tier1, view=ItemView.ALL, filter_text="lösen")) == [
        "Lösenord"]
    assert titles(ItemQuery(queue=tier1, view=ItemView.ALL, filter_text="berg")) == [
        "Nätverket"]
    number = case(board["c"]).number
    assert titles(ItemQuery(queue=tier1, view=ItemView.ALL, filter_text=number[:9].lower())) \
        and titles(ItemQuery(queue=tier1, view=ItemView.ALL, filter_text=number)) == [
            "Lösenord"]
    assert titles(ItemQuery(queue=tier1, view=ItemView.ALL, filter_text="100%_")) == []
    assert titles(ItemQuery(queue=tier1, view=ItemView.ALL, sort="title")) == [
        "Lösenord", "Nätverket", "Skrivaren"]
    assert titles(ItemQuery(queue=tier1, view=ItemView.ALL, sort="entered",
                            descending=True)) == ["Lösenord", "Nätverket", "Skrivaren"]
    for sort in queues.ITEM_SORTS:
        assert len(titles(ItemQuery(queue=tier1, view=ItemView.ALL, sort=sort))) == 3
    with pytest.raises(ValueError):
        list_items(ItemQuery(queue=tier1, sort="nonsense"))
    assert count_items(q) == 3


@pytest.mark.parametrize("choice, sort, descending", [
    ("one", "entered", False), ("one", "entered", True), ("one", "title", False),
    ("one", "priority", True), ("one", "worked_by", False),
    ("all", "entered", False), ("all", "entered", True), ("mine", "entered", False),
    ("all", "title", False)])
def test_keyset_pages_walk_every_item_once(session, acme, tier1, tier2, choice, sort,
                                           descending):
    ids = [create_case(session, NewCase(title=f"Ärende {i:03d}", customer_account_id=acme.id,
                                        priority=1 + i % 3,
                                        queue_id=tier2 if choice != "one" and i % 3 == 0
                                        else tier1))
           for i in range(23)]
    # Several items entered at the same moment: the id breaks the tie.
    QueueItem.update(entered_on=QueueItem.select(QueueItem.entered_on).where(
        QueueItem.case == ids[0]).scalar()).where(QueueItem.case.in_(ids[:6])).execute()
    queue = {"one": tier1, "all": QueueChoice.ALL, "mine": QueueChoice.MINE}[choice]
    query = ItemQuery(queue=queue, view=ItemView.ALL, sort=sort, descending=descending,
                      user_id=session.user_id)
    expected = ids if choice != "mine" else [
        i for n, i in enumerate(ids) if n % 3 != 0]  # Tier 2 is the team's, not Åsa's
    seen_ids, after, pages = [], None, 0
    while True:
        page = list_items(query, after=after, limit=5)
        seen_ids += [r.case_id for r in page.rows]
        pages += 1
        if page.next_key is None:
            break
        after = page.next_key
    assert sorted(seen_ids) == sorted(expected) and len(seen_ids) == len(expected)
    assert pages == (len(expected) + 4) // 5
    whole = [r.case_id for r in list_items(query, limit=100).rows]
    assert seen_ids == whole
    if sort == "entered":
        entered = [(r.entered_on, r.id) for r in list_items(query, limit=100).rows]
        assert entered == sorted(entered, reverse=descending)
    assert count_items(query) == len(expected)


@pytest.mark.sqlite_only
def test_one_queue_list_walks_its_index(session, tier1, board):
    """EXPLAIN: the default view of one queue reads queue_item(queue, state, entered_on) in
    order, without sorting (SPEC §7: the page costs the same at any size)."""
    list_items(ItemQuery(queue=tier1, view=ItemView.AVAILABLE), after=None)
    page = list_items(ItemQuery(queue=tier1, view=ItemView.AVAILABLE), limit=1)
    list_items(ItemQuery(queue=tier1, view=ItemView.AVAILABLE), after=page.next_key)
    from casedesk.controllers.querying import _compiled

    plans = []
    for key, (sql, params) in _compiled.items():
        if key[1:] in {("queue_items", "one", False, int(ItemView.AVAILABLE), "entered",
                        False, -1, has_after) for has_after in (False, True)}:
            args = [1 if isinstance(p, str) and p.startswith("\x01") else p for p in params]
            plans.append(" ".join(r[-1] for r in database_plan(sql, args)))
    assert len(plans) == 2
    for plan in plans:
        assert "queue_item_queue_id_state_entered_on" in plan
        assert "TEMP B-TREE" not in plan


def database_plan(sql, params):
    return db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
