"""Users and teams (issue 7, SPEC §1.6): administrators only; every user and team has a
default private queue. Every refused command leaves every table and the audit log as they
were."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from casedesk.controllers import admin, events, queues, users
from casedesk.controllers.cases import NewCase, create_case
from casedesk.controllers.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from casedesk.controllers.session import Session
from casedesk.controllers.users import TeamFields, UserFields
from casedesk.models import (
    ALL_MODELS,
    Account,
    AppUser,
    AuditLog,
    Case,
    Queue,
    RoutingRuleItem,
    RoutingRuleSet,
    Team,
    TeamMember,
)
from casedesk.models.options import QueueType, Role, RuleAction

AGENT, MANAGER, ADMIN = int(Role.AGENT), int(Role.MANAGER), int(Role.ADMINISTRATOR)


def snapshot():
    return {m.__name__: list(m.select().order_by(m.id).tuples()) for m in ALL_MODELS}


@contextmanager
def unchanged(error=RuleViolation, code=None, field=None):
    before = snapshot()
    with pytest.raises(error) as info:
        yield info
    if code is not None:
        assert info.value.code == code
    if field is not None:
        assert info.value.field == field
    assert snapshot() == before


def signed_in(database, user_id) -> Session:
    fields, _ = users.get_user(user_id)
    s = Session(database)
    s.set_user(user_id, fields.login, fields.name, fields.roles)
    return s


@pytest.fixture
def bo_id(session):
    return users.create_user(session, UserFields("Bo Ek", "bo", "bo@example.se"))


@pytest.fixture
def seen(session):
    got = []
    for name in (events.USERS_CHANGED, events.QUEUES_CHANGED):
        session.events.subscribe(name, lambda name=name, **kw: got.append(name))
    return got


def row(user_id) -> users.UserRow:
    return next(u for u in users.list_users() if u.id == user_id)


# -- users ---------------------------------------------------------------------------------


def test_create_a_user_with_roles_and_a_default_private_queue(session, seen):
    user_id = users.create_user(session, UserFields(
        " Märta Håkansson ", "marta", "marta@example.se", frozenset({AGENT, MANAGER})))
    r = row(user_id)
    assert (r.name, r.login, r.email, r.active, r.roles) == (
        "Märta Håkansson", "marta", "marta@example.se", True, frozenset({AGENT, MANAGER}))
    queue = Queue.get_by_id(r.default_queue_id)
    assert (queue.queue_type, queue.owner_user_id, queue.default_for_user_id) == (
        int(QueueType.PRIVATE), user_id, user_id)
    assert seen == [events.USERS_CHANGED, events.QUEUES_CHANGED]
    assert AuditLog.select().where((AuditLog.entity == "app_user")
                                   & (AuditLog.record_id == user_id)).count() >= 2


def test_a_default_queue_name_taken_by_another_queue_gets_a_number(session):
    queues.create_queue(session, queues.QueueFields("<Bo Ek (bo)>"))
    user_id = users.create_user(session, UserFields("Bo Ek", "bo"))
    assert Queue.get_by_id(row(user_id).default_queue_id).name == "<Bo Ek (bo)> 2"


@pytest.mark.parametrize("fields, field, code", [
    (UserFields("", "x"), "name", "required"),
    (UserFields("x" * 161, "x"), "name", "too_long"),
    (UserFields("X", "  "), "login", "required"),
    (UserFields("X", "l" * 121), "login", "too_long"),
    (UserFields("X", "asa"), "login", "taken"),
    (UserFields("X", "x", "not an address"), "email", "invalid"),
    (UserFields("X", "x", roles=frozenset()), "roles", "required"),
    (UserFields("X", "x", roles=frozenset({9})), "roles", "invalid"),
    (UserFields("X\x07", "x"), "name", "control_chars"),
])
def test_bad_user_input(session, fields, field, code):
    with unchanged(ValidationError, field=field, code=code):
        users.create_user(session, fields)


def test_update_a_user(session, bo_id, seen):
    fields, version = users.get_user(bo_id)
    fields.name, fields.roles = "Bo Eklund", frozenset({AGENT, MANAGER})
    assert users.update_user(session, bo_id, fields, version) == version + 1
    r = row(bo_id)
    assert (r.name, r.roles) == ("Bo Eklund", frozenset({AGENT, MANAGER}))
    assert Queue.get_by_id(r.default_queue_id).name == "<Bo Eklund (bo)>"  # follows
    assert users.update_user(session, bo_id, fields, version + 1) == version + 1  # no change
    with unchanged(ConflictError):
        users.update_user(session, bo_id, fields, version)
    with unchanged(ValidationError, field="login", code="taken"):
        users.update_user(session, bo_id, UserFields("Bo", "asa"), version + 1)
    with unchanged(NotFound):
        users.update_user(session, 9999, fields, 1)
    assert [r.old_value for r in AuditLog.select().where(
        (AuditLog.entity == "app_user") & (AuditLog.field == "roles"))] == ["1"]


def test_an_administrator_keeps_their_own_administrator_role(session):
    fields, version = users.get_user(session.user_id)
    fields.roles = frozenset({AGENT})
    with unchanged(code="self"):
        users.update_user(session, session.user_id, fields, version)


def test_the_last_active_administrator_keeps_the_role(session, database):
    """Another administrator may take the role from Åsa; nobody may take it from the last
    active one (here: signed in as an administrator who no longer exists)."""
    eva_id = users.create_user(session, UserFields("Eva", "eva", roles=frozenset({ADMIN})))
    eva = signed_in(database, eva_id)
    fields, version = users.get_user(session.user_id)
    fields.roles = frozenset({AGENT})
    users.update_user(eva, session.user_id, fields, version)
    assert row(session.user_id).roles == frozenset({AGENT})
    ghost = Session(database)
    ghost.set_user(999, "ghost", "Ghost", {ADMIN})
    fields, version = users.get_user(eva_id)
    fields.roles = frozenset({AGENT})
    with unchanged(code="last_administrator"):
        users.update_user(ghost, eva_id, fields, version)


def test_deactivate_a_user_keeps_their_cases(session, bo_id, database):
    acme = Account.create(name="Havstål AB")
    case_id = create_case(session, NewCase(title="Skrivaren", customer_account_id=acme.id,
                                           owner_user_id=bo_id))
    users.set_user_active(session, bo_id, False)
    assert not row(bo_id).active
    assert bo_id not in [u.id for u in users.list_users(active_only=True)]
    assert Case.get_by_id(case_id).owner_user_id == bo_id
    users.set_user_active(session, bo_id, True)
    assert row(bo_id).active
    with unchanged(code="self"):
        users.set_user_active(session, session.user_id, False)
    with unchanged(NotFound):
        users.set_user_active(session, 9999, False)


def test_only_administrators_keep_users_and_teams(session, database, bo_id):
    manager_id = users.create_user(session, UserFields(
        "Karin", "karin", roles=frozenset({AGENT, MANAGER})))
    team_id = users.create_team(session, TeamFields("Första linjen"))
    for who in (signed_in(database, bo_id), signed_in(database, manager_id)):
        fields, version = users.get_user(bo_id)
        team, team_version = users.get_team(team_id)
        for command, *args in (
                (users.create_user, UserFields("X", "x")),
                (users.update_user, bo_id, fields, version),
                (users.set_user_active, manager_id, False),
                (users.create_team, TeamFields("Y")),
                (users.update_team, team_id, team, team_version),
                (users.delete_team, team_id)):
            with unchanged(PermissionDenied) as info:
                command(who, *args)
            assert info.value.params == {"action": "users"}


def test_users_list_in_name_order(session, bo_id):
    users.create_user(session, UserFields("Anders", "anders"))
    assert [u.name for u in users.list_users()] == ["Anders", "Bo Ek", "Åsa Öberg"]
    assert [u.name for u in admin.list_users()] == ["Anders", "Bo Ek", "Åsa Öberg"]


# -- teams ---------------------------------------------------------------------------------


def test_create_a_team_with_members_and_a_default_queue(session, bo_id, seen):
    team_id = users.create_team(session, TeamFields(
        "Andra linjen", session.user_id, "Svåra ärenden", (bo_id, session.user_id, bo_id)))
    fields, version = users.get_team(team_id)
    assert fields == TeamFields("Andra linjen", session.user_id, "Svåra ärenden",
                                tuple(sorted((bo_id, session.user_id))))
    (r,) = users.list_teams()
    assert (r.name, r.owner, r.member_count) == ("Andra linjen", "Åsa Öberg", 2)
    queue = Queue.get_by_id(r.default_queue_id)
    assert (queue.name, queue.queue_type, queue.owner_team_id, queue.default_for_team_id) == (
        "<Andra linjen>", int(QueueType.PRIVATE), team_id, team_id)
    assert seen == [events.USERS_CHANGED, events.QUEUES_CHANGED]
    # Members see the team's queue.
    assert "<Andra linjen>" in {q.name for q in queues.list_queues(for_user_id=bo_id)}


def test_update_a_team(session, bo_id):
    team_id = users.create_team(session, TeamFields("Andra linjen", member_ids=(bo_id,)))
    fields, version = users.get_team(team_id)
    fields.name, fields.member_ids = "Tredje linjen", (session.user_id,)
    assert users.update_team(session, team_id, fields, version) == version + 1
    assert users.get_team(team_id)[0].member_ids == (session.user_id,)
    assert [r.name for r in users.list_teams()] == ["Tredje linjen"]
    assert Queue.get_by_id(users.list_teams()[0].default_queue_id).name == "<Tredje linjen>"
    with unchanged(ConflictError):
        users.update_team(session, team_id, fields, version)


@pytest.mark.parametrize("fields, field, code", [
    (TeamFields(""), "name", "required"),
    (TeamFields("t" * 161), "name", "too_long"),
    (TeamFields("Första linjen"), "name", "taken"),
    (TeamFields("X", owner_user_id=9999), "owner", "not_found"),
    (TeamFields("X", member_ids=(9999,)), "members", "not_found"),
    (TeamFields("X", description="d" * 2001), "description", "too_long"),
])
def test_bad_team_input(session, fields, field, code):
    users.create_team(session, TeamFields("Första linjen"))
    with unchanged(ValidationError, field=field, code=code):
        users.create_team(session, fields)


def test_unknown_teams(session):
    with pytest.raises(NotFound):
        users.get_team(9999)
    with unchanged(NotFound):
        users.update_team(session, 9999, TeamFields("X"), 1)
    with unchanged(NotFound):
        users.delete_team(session, 9999)


def test_delete_a_team_with_its_default_queue(session, bo_id, seen):
    team_id = users.create_team(session, TeamFields("Andra linjen", member_ids=(bo_id,)))
    queue_id = users.list_teams()[0].default_queue_id
    users.delete_team(session, team_id)
    assert Team.get_or_none(Team.id == team_id) is None
    assert Queue.get_or_none(Queue.id == queue_id) is None
    assert TeamMember.select().count() == 0


def test_a_team_in_use_is_not_deleted(session):
    acme = Account.create(name="Havstål AB")
    team_id = users.create_team(session, TeamFields("Andra linjen"))
    queue_id = users.list_teams()[0].default_queue_id
    case_id = create_case(session, NewCase(title="Skrivaren", customer_account_id=acme.id,
                                           owner_team_id=team_id, queue_id=queue_id))
    with unchanged(code="team_in_use") as info:
        users.delete_team(session, team_id)
    assert info.value.params["what"] == "cases"
    Case.update(owner_team=None, owner_user=session.user_id).where(
        Case.id == case_id).execute()
    with unchanged(code="team_in_use") as info:
        users.delete_team(session, team_id)
    assert info.value.params["what"] == "queue_items"
    Case.delete().where(Case.id == case_id).execute()
    rule_set = RoutingRuleSet.create(name="Standard")
    RoutingRuleItem.create(rule_set=rule_set, sequence=1, name="Till teamet",
                           action=int(RuleAction.ASSIGN_TO_TEAM), target_team=team_id)
    with unchanged(code="team_in_use") as info:
        users.delete_team(session, team_id)
    assert info.value.params["what"] == "routing_rules"
    RoutingRuleItem.delete().execute()
    queues.create_queue(session, queues.QueueFields("Teamets", owner_kind="team",
                                                    owner_id=team_id))
    with unchanged(code="team_in_use") as info:
        users.delete_team(session, team_id)
    assert info.value.params["what"] == "queues"


def test_users_and_teams_are_audited(session, bo_id):
    team_id = users.create_team(session, TeamFields("Andra linjen"))
    users.set_user_active(session, bo_id, False)
    assert AuditLog.select().where((AuditLog.entity == "team")
                                   & (AuditLog.record_id == team_id)).count() >= 1
    assert [(r.old_value, r.new_value) for r in AuditLog.select().where(
        (AuditLog.entity == "app_user") & (AuditLog.record_id == bo_id)
        & (AuditLog.field == "active"))] == [("1", "0")]
    assert AppUser.get_by_id(bo_id).version == 2
