"""Settings, reference data and users: the administrator's side (SPEC §1.6, §1.11)."""

from __future__ import annotations

import getpass
import json
import re
from dataclasses import dataclass

from casedesk.controllers import audit, events
from casedesk.controllers.errors import NotFound, PermissionDenied, ValidationError
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import AppUser, CaseNumberCounter, OptionValue, Queue, Setting, UserRole
from casedesk.models.db import db, is_postgres, write_transaction
from casedesk.models.options import (
    STATE_REASONS,
    CaseType,
    OptionSet,
    Origin,
    Priority,
    QueueType,
    Role,
    Severity,
)

#: Every setting, declared once: key → default (stored as JSON).
SETTINGS = {
    "case_number_prefix": "CAS",
    "case_number_suffix_length": 6,
    "transitions_enabled": False,
    "child_case_limit": 100,
    "parent_closure": "independent",  # independent | close_children | block_parent
    "inherited_fields": ["title", "customer"],
    "default_entitlement_on_create": False,
    "default_entitlement_on_update": False,
    "restrict_threshold": 0,
    "billable_time_step_minutes": 15,
}

#: The built-in option values and their English names (the UI translates them by value).
_BUILTIN_OPTIONS = (
    [(OptionSet.STATUS_REASON, int(r), r.name.replace("_", " ").title(), int(state),
      r == default)
     for state, (reasons, default) in STATE_REASONS.items() for r in reasons]
    + [(OptionSet.ORIGIN, int(o), o.name.title(), None, o == Origin.PHONE) for o in Origin]
    + [(OptionSet.SEVERITY, int(Severity.DEFAULT_VALUE), "Default Value", None, True)]
    + [(OptionSet.CASE_TYPE, int(t), t.name.title(), None, False) for t in CaseType]
    + [(OptionSet.PRIORITY, int(p), p.name.title(), None, p == Priority.NORMAL) for p in Priority]
)


def ensure_reference_data(session: Session) -> None:
    """Add built-in option values, the case-number counter and default private queues that
    a database lacks. Idempotent; run after every open."""
    with write_transaction():
        existing = {(o.option_set, o.value) for o in OptionValue.select(
            OptionValue.option_set, OptionValue.value)}
        rows = [
            {"option_set": s, "value": v, "label": label, "state": state, "sort_order": i,
             "is_default": default, "builtin": True}
            for i, (s, v, label, state, default) in enumerate(_BUILTIN_OPTIONS)
            if (s, v) not in existing
        ]
        if rows:
            OptionValue.insert_many(rows).execute()
        prefix = get_setting("case_number_prefix")
        CaseNumberCounter.insert(prefix=prefix, next_value=1000).on_conflict_ignore().execute()


def get_setting(key: str):
    if key not in SETTINGS:
        raise KeyError(key)
    row = Setting.get_or_none(Setting.key == key)
    return SETTINGS[key] if row is None else json.loads(row.value)


def _check_setting(key: str, value) -> None:
    if key == "case_number_prefix":
        if not isinstance(value, str) or not re.fullmatch(r"[A-Z0-9]{1,3}", value):
            raise ValidationError("case_number_prefix", "invalid")
    elif key == "case_number_suffix_length":
        if not isinstance(value, int) or not 4 <= value <= 10:
            raise ValidationError("case_number_suffix_length", "invalid")


def set_setting(session: Session, key: str, value) -> None:
    """Change a setting (administrators: SPEC §1.11; a session without a CaseDesk user is
    the `casedesk admin` tool run by the database administrator)."""
    if key not in SETTINGS:
        raise KeyError(key)
    if session.user_id is not None and not session.has_role(Role.ADMINISTRATOR):
        raise PermissionDenied("settings")
    _check_setting(key, value)
    with write_transaction():
        old = get_setting(key)
        encoded = json.dumps(value)
        row = Setting.get_or_none(Setting.key == key)
        if row is None:
            row = Setting.create(key=key, value=encoded, created_by=session.user_id,
                                 modified_by=session.user_id)
        else:
            Setting.update(value=encoded, version=Setting.version + 1,
                           modified_by=session.user_id).where(Setting.id == row.id).execute()
        audit.record_changes(session, "setting", row.id, {key: old}, {key: value})


# -- users -----------------------------------------------------------------------------


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    login: str
    email: str | None
    active: bool
    roles: frozenset[int]


def os_login() -> str:
    """The operating-system login of whoever runs the app: who they are on a workstation."""
    try:
        name = getpass.getuser()
    except Exception:  # no login name (some containers): fall back to a fixed one
        name = "user"
    return name[:120] or "user"


def database_login() -> str:
    """Who is signed in to the database: on a team database (PostgreSQL) the server's own
    answer (session_user: the login the password or certificate proved); on a SQLite file,
    the operating-system login."""
    if is_postgres():
        return db.execute_sql("SELECT session_user").fetchone()[0]
    return os_login()


def sync_database_roles(login: str, roles) -> None:
    """On a team database, give the login the PostgreSQL group role of each CaseDesk role it
    has and take the others (models/pg.py: GRANTs enforce what the controllers check). A
    login without a database account is left alone (the DBA creates logins: `casedesk admin
    add-user`). Nothing to do on SQLite. Runs in the caller's transaction."""
    if not is_postgres():
        return
    from casedesk.models import pg

    wanted = {int(r) for r in roles}
    for role, group in pg.GROUP_ROLES.items():
        db.execute_sql("SELECT casedesk_set_role(%s, %s, %s)", (login, group, role in wanted))


def find_user_by_login(login: str) -> UserInfo | None:
    user = AppUser.get_or_none(AppUser.login == login)
    return None if user is None else _user_info(user)


def _user_info(user: AppUser) -> UserInfo:
    roles = frozenset(r.role for r in UserRole.select(UserRole.role).where(
        UserRole.user == user.id))
    return UserInfo(user.id, user.name, user.login, user.email, user.active, roles)


def _default_queue_name(name: str, login: str) -> str:
    return f"<{name} ({login})>"[:160]


def unique_queue_name(base: str, *, except_id: int | None = None) -> str:
    """`base`, or `base` with a number after it when another queue has that name (queue names
    are unique; a default queue must never block creating a user or a team)."""
    base = base[:160]
    name, n = base, 1
    while True:
        query = Queue.select().where(Queue.name == name)
        if except_id is not None:
            query = query.where(Queue.id != except_id)
        if not query.exists():
            return name
        n += 1
        suffix = f" {n}"
        name = base[:160 - len(suffix)] + suffix


def create_user(session: Session, name: str, login: str, *, email: str | None = None,
                roles=(Role.AGENT,)) -> UserInfo:
    """A new user with their default private queue (SPEC §1.6)."""
    name = clean_text("name", name, max_length=160, required=True)
    login = clean_text("login", login, max_length=120, required=True)
    email = clean_text("email", email, max_length=254)
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+", email):
        raise ValidationError("email", "invalid")
    with write_transaction():
        if AppUser.select().where(AppUser.login == login).exists():
            raise ValidationError("login", "taken", login=login)
        user = AppUser.create(name=name, login=login, email=email,
                              created_by=session.user_id, modified_by=session.user_id)
        for role in roles:
            UserRole.create(user=user, role=int(role), created_by=session.user_id)
        sync_database_roles(login, roles)
        Queue.create(name=unique_queue_name(_default_queue_name(name, login)),
                     queue_type=int(QueueType.PRIVATE),
                     owner_user=user, default_for_user=user, created_by=session.user_id)
        audit.record_create(session, "app_user", user.id,
                            {"name": name, "login": login, "email": email})
    session.events.publish(events.USERS_CHANGED)
    return _user_info(user)


def create_first_user(session: Session, name: str, login: str | None = None) -> UserInfo:
    """The person at this workstation, as administrator (SPEC §6.1), and sign them in."""
    login = login or os_login()
    info = create_user(session, name, login, roles=(Role.AGENT, Role.MANAGER,
                                                    Role.ADMINISTRATOR))
    session.set_user(info.id, info.login, info.name, info.roles)
    return info


def sign_in(session: Session, login: str) -> UserInfo:
    """Sign the session in as the user with this login: NotFound("app_user", login) when
    there is none or they were deactivated."""
    info = find_user_by_login(login)
    if info is None or not info.active:
        raise NotFound("app_user", login)
    session.set_user(info.id, info.login, info.name, info.roles)
    return info


def list_users(active_only: bool = True) -> list[UserInfo]:
    query = AppUser.select().order_by(AppUser.name)
    if active_only:
        query = query.where(AppUser.active == True)  # noqa: E712
    return [_user_info(u) for u in query]


def option_labels(option_set: str) -> list[tuple[int, str, bool, int | None]]:
    """(value, label, builtin, state) of a list's active values, in display order."""
    query = (OptionValue.select().where((OptionValue.option_set == option_set)
                                        & (OptionValue.active == True))  # noqa: E712
             .order_by(OptionValue.sort_order, OptionValue.value))
    return [(o.value, o.label, o.builtin, o.state) for o in query]
