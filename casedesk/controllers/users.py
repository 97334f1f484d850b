"""Users and teams (SPEC §1.6): Settings → Users and Teams, administrators only.

Every command checks the role first (PermissionDenied("users")), then runs in one write
transaction that checks every rule before it writes, so a refusal writes nothing. Changes are
audited ("app_user", "team") and USERS_CHANGED is published after the commit (with
QUEUES_CHANGED when a default queue was made, renamed or removed).

Every user and every team has a default private queue: admin.create_user makes the user's,
create_team makes the team's ("<Team>").
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, fn

from casedesk.controllers import admin, audit, events
from casedesk.controllers.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import (
    AppUser,
    Case,
    Queue,
    QueueItem,
    QueueMember,
    RoutingRuleItem,
    Team,
    TeamMember,
    UserRole,
    utcnow,
)
from casedesk.models.db import write_transaction
from casedesk.models.options import AuditAction, QueueType, Role

NAME_MAX = 160
LOGIN_MAX = 120
EMAIL_MAX = 254
DESCRIPTION_MAX = 2000
ROLES = frozenset(int(r) for r in Role)


def _require_admin(session: Session) -> None:
    if not session.has_role(Role.ADMINISTRATOR):
        raise PermissionDenied("users")


def _stamp(session: Session) -> dict:
    return {"modified_on": utcnow(), "modified_by": session.user_id}


# -- users ---------------------------------------------------------------------------------


@dataclass
class UserFields:
    name: str
    login: str
    email: str | None = None
    roles: frozenset[int] = frozenset({int(Role.AGENT)})


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    login: str
    email: str | None
    active: bool
    roles: frozenset[int]
    default_queue_id: int | None
    version: int = 1


def _clean_roles(roles) -> frozenset[int]:
    try:
        cleaned = frozenset(int(r) for r in roles)
    except (TypeError, ValueError):
        raise ValidationError("roles", "invalid") from None
    if not cleaned:
        raise ValidationError("roles", "required")
    if not cleaned <= ROLES:
        raise ValidationError("roles", "invalid")
    return cleaned


def _clean_user(fields: UserFields) -> tuple[str, str, str | None, frozenset[int]]:
    name = clean_text("name", fields.name, max_length=NAME_MAX, required=True)
    login = clean_text("login", fields.login, max_length=LOGIN_MAX, required=True)
    email = clean_text("email", fields.email, max_length=EMAIL_MAX)
    if email and ("@" not in email or any(ch.isspace() for ch in email)
                  or email.startswith("@") or email.endswith("@")):
        raise ValidationError("email", "invalid")
    return name, login, email, _clean_roles(fields.roles)


def _roles_of(user_ids) -> dict[int, frozenset[int]]:
    found: dict[int, set[int]] = {}
    query = UserRole.select(UserRole.user, UserRole.role)
    if user_ids is not None:
        query = query.where(UserRole.user.in_(list(user_ids)))
    for user_id, role in query.tuples():
        found.setdefault(user_id, set()).add(role)
    return {k: frozenset(v) for k, v in found.items()}


def list_users(active_only: bool = False) -> list[UserRow]:
    """Every user (or the active ones) by name, with roles and default queue."""
    query = (AppUser.select(AppUser.id, AppUser.name, AppUser.login, AppUser.email,
                            AppUser.active, Queue.id, AppUser.version)
             .join(Queue, JOIN.LEFT_OUTER, on=(Queue.default_for_user == AppUser.id))
             .order_by(fn.lower(AppUser.name), AppUser.id))
    if active_only:
        query = query.where(AppUser.active == True)  # noqa: E712
    rows = list(query.tuples())
    roles = _roles_of(None)
    return [UserRow(r[0], r[1], r[2], r[3], bool(r[4]), roles.get(r[0], frozenset()), r[5],
                    r[6]) for r in rows]


def get_user(user_id: int) -> tuple[UserFields, int]:
    """The user as the form edits it, and its version."""
    user = AppUser.get_or_none(AppUser.id == user_id)
    if user is None:
        raise NotFound("app_user", user_id)
    return (UserFields(user.name, user.login, user.email,
                       _roles_of([user_id]).get(user_id, frozenset())), user.version)


def create_user(session: Session, fields: UserFields) -> int:
    """A new user with their roles and default private queue. Returns the id."""
    _require_admin(session)
    name, login, email, roles = _clean_user(fields)
    info = admin.create_user(session, name, login, email=email, roles=sorted(roles))
    session.events.publish(events.QUEUES_CHANGED, ids=[
        Queue.select(Queue.id).where(Queue.default_for_user == info.id).scalar()])
    return info.id


def _administrators(exclude: int) -> int:
    return (AppUser.select().join(UserRole, on=(UserRole.user == AppUser.id))
            .where((UserRole.role == int(Role.ADMINISTRATOR)) & (AppUser.active == True)  # noqa: E712
                   & (AppUser.id != exclude)).count())


def _roles_text(roles) -> str:
    return ",".join(str(r) for r in sorted(roles))


def update_user(session: Session, user_id: int, fields: UserFields,
                expected_version: int) -> int:
    """Save name, login, e-mail and roles. Returns the new version. An administrator cannot
    take the Administrator role from themselves ("self"), nor from the last active
    administrator ("last_administrator"). The default queue follows a rename."""
    _require_admin(session)
    name, login, email, roles = _clean_user(fields)
    queue_ids: list[int] = []
    with write_transaction():
        user = AppUser.get_or_none(AppUser.id == user_id)
        if user is None:
            raise NotFound("app_user", user_id)
        if user.version != expected_version:
            raise ConflictError("app_user", user_id)
        if AppUser.select().where((AppUser.login == login) & (AppUser.id != user_id)).exists():
            raise ValidationError("login", "taken", login=login)
        old_roles = _roles_of([user_id]).get(user_id, frozenset())
        admin_role = int(Role.ADMINISTRATOR)
        if admin_role in old_roles and admin_role not in roles:
            if user_id == session.user_id:
                raise RuleViolation("self")
            if user.active and _administrators(exclude=user_id) == 0:
                raise RuleViolation("last_administrator")
        old = {"name": user.name, "login": user.login, "email": user.email,
               "roles": _roles_text(old_roles)}
        new = {"name": name, "login": login, "email": email, "roles": _roles_text(roles)}
        if old == new:
            return user.version
        AppUser.update(name=name, login=login, email=email, version=AppUser.version + 1,
                       **_stamp(session)).where(AppUser.id == user_id).execute()
        if roles != old_roles:
            UserRole.delete().where((UserRole.user == user_id)
                                    & UserRole.role.not_in(list(roles))).execute()
            for role in sorted(roles - old_roles):
                UserRole.create(user=user_id, role=role, created_by=session.user_id)
        if roles != old_roles or login != user.login:
            if login != user.login:
                admin.sync_database_roles(user.login, ())
            admin.sync_database_roles(login, roles)
        queue = Queue.get_or_none(Queue.default_for_user == user_id)
        if queue is not None and (name, login) != (user.name, user.login) \
                and queue.name == admin.unique_queue_name(
                    admin._default_queue_name(user.name, user.login), except_id=queue.id):
            new_name = admin.unique_queue_name(admin._default_queue_name(name, login),
                                               except_id=queue.id)
            Queue.update(name=new_name, version=Queue.version + 1, **_stamp(session)).where(
                Queue.id == queue.id).execute()
            audit.record_changes(session, "queue", queue.id, {"name": queue.name},
                                 {"name": new_name})
            queue_ids.append(queue.id)
        audit.record_changes(session, "app_user", user_id, old, new)
    if user_id == session.user_id:
        session.set_user(user_id, login, name, roles)
    session.events.publish(events.USERS_CHANGED)
    if queue_ids:
        session.events.publish(events.QUEUES_CHANGED, ids=queue_ids)
    return expected_version + 1


def set_user_active(session: Session, user_id: int, active: bool) -> None:
    """Deactivate or reactivate a user. Not yourself ("self"). Their cases keep their owner
    (someone reassigns them); an inactive user cannot be chosen as owner or signed in."""
    _require_admin(session)
    with write_transaction():
        user = AppUser.get_or_none(AppUser.id == user_id)
        if user is None:
            raise NotFound("app_user", user_id)
        if user_id == session.user_id:
            raise RuleViolation("self")
        if bool(user.active) == bool(active):
            return
        AppUser.update(active=bool(active), version=AppUser.version + 1,
                       **_stamp(session)).where(AppUser.id == user_id).execute()
        # on a team database an inactive user keeps their login but loses every privilege
        admin.sync_database_roles(user.login, _roles_of([user_id]).get(user_id, ())
                                  if active else ())
        audit.record_changes(session, "app_user", user_id, {"active": bool(user.active)},
                             {"active": bool(active)}, AuditAction.STATE)
    session.events.publish(events.USERS_CHANGED)


# -- teams ---------------------------------------------------------------------------------


@dataclass
class TeamFields:
    name: str
    owner_user_id: int | None = None
    description: str | None = None
    member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    owner: str
    member_count: int
    default_queue_id: int | None
    owner_user_id: int | None = None


def _team_queue_name(name: str) -> str:
    return f"<{name}>"[:NAME_MAX]


def _clean_team(fields: TeamFields, team_id: int | None) -> tuple[str, str | None, tuple]:
    """Name, description and the member ids (deduplicated) — checked inside the transaction."""
    name = clean_text("name", fields.name, max_length=NAME_MAX, required=True)
    description = clean_text("description", fields.description, max_length=DESCRIPTION_MAX,
                             multiline=True)
    query = Team.select().where(Team.name == name)
    if team_id is not None:
        query = query.where(Team.id != team_id)
    if query.exists():
        raise ValidationError("name", "taken", name=name)
    if fields.owner_user_id is not None and not AppUser.select().where(
            (AppUser.id == fields.owner_user_id) & (AppUser.active == True)).exists():  # noqa: E712
        raise ValidationError("owner", "not_found")
    members = tuple(dict.fromkeys(int(m) for m in fields.member_ids))
    if members and AppUser.select().where(AppUser.id.in_(list(members))).count() != len(members):
        raise ValidationError("members", "not_found")
    return name, description, members


def list_teams() -> list[TeamRow]:
    counts = dict(TeamMember.select(TeamMember.team, fn.COUNT(TeamMember.id))
                  .group_by(TeamMember.team).tuples())
    query = (Team.select(Team.id, Team.name, fn.COALESCE(AppUser.name, ""), Queue.id,
                         Team.owner)
             .join_from(Team, AppUser, JOIN.LEFT_OUTER, on=(Team.owner == AppUser.id))
             .join_from(Team, Queue, JOIN.LEFT_OUTER, on=(Queue.default_for_team == Team.id))
             .order_by(fn.lower(Team.name), Team.id))
    return [TeamRow(r[0], r[1], r[2], counts.get(r[0], 0), r[3], r[4])
            for r in query.tuples()]


def get_team(team_id: int) -> tuple[TeamFields, int]:
    team = Team.get_or_none(Team.id == team_id)
    if team is None:
        raise NotFound("team", team_id)
    members = tuple(m for (m,) in TeamMember.select(TeamMember.user)
                    .where(TeamMember.team == team_id).order_by(TeamMember.user).tuples())
    return TeamFields(team.name, team.owner_id, team.description, members), team.version


def _set_members(session: Session, team_id: int, members: tuple) -> None:
    old = {m for (m,) in TeamMember.select(TeamMember.user)
           .where(TeamMember.team == team_id).tuples()}
    gone = old - set(members)
    if gone:
        TeamMember.delete().where((TeamMember.team == team_id)
                                  & TeamMember.user.in_(list(gone))).execute()
    for user_id in members:
        if user_id not in old:
            TeamMember.create(team=team_id, user=user_id, created_by=session.user_id)


def _members_text(members) -> str:
    return ",".join(str(m) for m in sorted(members))


def create_team(session: Session, fields: TeamFields) -> int:
    """A new team with its members and default private queue "<Team>". Returns the id."""
    _require_admin(session)
    with write_transaction():
        name, description, members = _clean_team(fields, None)
        team = Team.create(name=name, owner=fields.owner_user_id, description=description,
                           created_by=session.user_id, modified_by=session.user_id)
        _set_members(session, team.id, members)
        queue = Queue.create(name=admin.unique_queue_name(_team_queue_name(name)),
                             queue_type=int(QueueType.PRIVATE), owner_team=team.id,
                             default_for_team=team.id, created_by=session.user_id,
                             modified_by=session.user_id)
        audit.record_create(session, "team", team.id, {
            "name": name, "owner": fields.owner_user_id, "description": description,
            "members": _members_text(members)})
        audit.record_create(session, "queue", queue.id, {
            "name": queue.name, "queue_type": queue.queue_type, "owner_team": team.id})
    session.events.publish(events.USERS_CHANGED)
    session.events.publish(events.QUEUES_CHANGED, ids=[queue.id])
    return team.id


def update_team(session: Session, team_id: int, fields: TeamFields,
                expected_version: int) -> int:
    """Save name, owner, description and members. Returns the new version. The default queue
    follows a rename."""
    _require_admin(session)
    queue_ids: list[int] = []
    with write_transaction():
        team = Team.get_or_none(Team.id == team_id)
        if team is None:
            raise NotFound("team", team_id)
        if team.version != expected_version:
            raise ConflictError("team", team_id)
        name, description, members = _clean_team(fields, team_id)
        old_members = {m for (m,) in TeamMember.select(TeamMember.user)
                       .where(TeamMember.team == team_id).tuples()}
        old = {"name": team.name, "owner": team.owner_id, "description": team.description,
               "members": _members_text(old_members)}
        new = {"name": name, "owner": fields.owner_user_id, "description": description,
               "members": _members_text(members)}
        if old == new:
            return team.version
        Team.update(name=name, owner=fields.owner_user_id, description=description,
                    version=Team.version + 1, **_stamp(session)).where(
            Team.id == team_id).execute()
        _set_members(session, team_id, members)
        queue = Queue.get_or_none(Queue.default_for_team == team_id)
        if queue is not None and name != team.name and queue.name == admin.unique_queue_name(
                _team_queue_name(team.name), except_id=queue.id):
            new_name = admin.unique_queue_name(_team_queue_name(name), except_id=queue.id)
            Queue.update(name=new_name, version=Queue.version + 1, **_stamp(session)).where(
                Queue.id == queue.id).execute()
            audit.record_changes(session, "queue", queue.id, {"name": queue.name},
                                 {"name": new_name})
            queue_ids.append(queue.id)
        audit.record_changes(session, "team", team_id, old, new)
    session.events.publish(events.USERS_CHANGED)
    if queue_ids:
        session.events.publish(events.QUEUES_CHANGED, ids=queue_ids)
    return expected_version + 1


def _team_use(team_id: int, default_queue_id: int | None) -> tuple[str, int] | None:
    """What still points at the team (other than its own empty default queue)."""
    checks = (
        ("cases", Case.select().where(Case.owner_team == team_id)),
        ("queues", Queue.select().where(
            (Queue.owner_team == team_id)
            & ((Queue.default_for_team.is_null()) | (Queue.default_for_team != team_id)))),
        ("queue_items", QueueItem.select().where(
            (QueueItem.worked_by_team == team_id) | (QueueItem.queue == default_queue_id))),
        ("routing_rules", RoutingRuleItem.select().where(
            (RoutingRuleItem.target_team == team_id)
            | (RoutingRuleItem.target_queue == default_queue_id))),
    )
    for what, query in checks:
        n = query.count()
        if n:
            return what, n
    return None


def delete_team(session: Session, team_id: int) -> None:
    """Delete a team and its default queue. Refused while it owns cases or other queues, its
    queue holds items, it works queue items or a routing rule names it:
    RuleViolation("team_in_use", what="cases"|"queues"|"queue_items"|"routing_rules", count=n).
    """
    _require_admin(session)
    with write_transaction():
        team = Team.get_or_none(Team.id == team_id)
        if team is None:
            raise NotFound("team", team_id)
        queue = Queue.get_or_none(Queue.default_for_team == team_id)
        use = _team_use(team_id, queue.id if queue else None)
        if use is not None:
            raise RuleViolation("team_in_use", what=use[0], count=use[1], name=team.name)
        if queue is not None:
            QueueMember.delete().where(QueueMember.queue == queue.id).execute()
            Queue.delete().where(Queue.id == queue.id).execute()
            audit.record_changes(session, "queue", queue.id, {"name": queue.name},
                                 {"name": None}, AuditAction.DELETE)
        TeamMember.delete().where(TeamMember.team == team_id).execute()
        Team.delete().where(Team.id == team_id).execute()
        audit.record_changes(session, "team", team_id, {"name": team.name}, {"name": None},
                             AuditAction.DELETE)
    session.events.publish(events.USERS_CHANGED)
    if queue is not None:
        session.events.publish(events.QUEUES_CHANGED, ids=[queue.id])
