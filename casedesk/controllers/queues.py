"""Assign, queues and queue items (SPEC §1.7, §2.10, §2.11).

Commands: Assign (owner changes; Worked By follows the new owner when the case is in a queue
and someone else works it), Add to Queue (creates the case's one queue item or moves it),
and on the Queues page Pick, Release, Route and Remove. Queues themselves are kept by managers
and administrators (PermissionDenied("queues")); any signed-in user works cases and items.

A case has one queue item at most (a unique index on queue_item.case). Add to Queue writes it
with INSERT … ON CONFLICT(case_id) DO UPDATE, so two agents adding the same case at the same
moment still leave one item — on SQLite and PostgreSQL alike.

Every command is one write transaction that checks everything before it writes, so a refusal
writes nothing. Owner changes are audited on the case ("incident": owner_user, owner_team,
queue); item changes on the item ("queue_item"); queues as "queue". CASES_CHANGED and
QUEUES_CHANGED are published after the commit.

The item list is keyset-paged like the case list: ItemQuery → list_items(after=next_key).
Active items only; resolving, canceling and reactivating a case switch its item
(lifecycle.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from peewee import EXCLUDED, JOIN, SQL, Tuple, fn

from casedesk.controllers import audit, events
from casedesk.controllers.cases import case_conflict, check_versions
from casedesk.controllers.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from casedesk.controllers.querying import as_datetime, escape_like, like, mark, run
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import (
    Account,
    AppUser,
    Case,
    Contact,
    Queue,
    QueueItem,
    QueueMember,
    RoutingRuleItem,
    RoutingRuleSet,
    Team,
    TeamMember,
    utcnow,
)
from casedesk.models.db import write_transaction
from casedesk.models.options import AuditAction, CaseState, QueueItemState, QueueType, Role
from casedesk.models.text import sort_key as text_sort_key

NAME_MAX = 160
DESCRIPTION_MAX = 2000
OWNER_KINDS = ("user", "team")

_ACTIVE = int(QueueItemState.ACTIVE)
_INACTIVE = int(QueueItemState.INACTIVE)


def _require_manager(session: Session) -> None:
    if not (session.has_role(Role.MANAGER) or session.has_role(Role.ADMINISTRATOR)):
        raise PermissionDenied("queues")


def _require_user(session: Session) -> None:
    if session.user_id is None:
        raise PermissionDenied("queue_items")


# -- queues (Settings → Queues) ------------------------------------------------------------


@dataclass
class QueueFields:
    name: str
    description: str | None = None
    queue_type: int = int(QueueType.PUBLIC)
    owner_kind: str = "user"  # "user" | "team"
    owner_id: int | None = None  # None: the user who creates it
    member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class QueueRow:
    id: int
    name: str
    queue_type: int
    owner: str
    active_items: int
    is_default: bool
    member_ids: tuple
    active: bool = True
    owner_kind: str | None = None
    owner_id: int | None = None
    description: str | None = None


def _check_owner(kind: str | None, owner_id: int | None, field: str = "owner"):
    """(user id, team id) of an owner; the user must be active."""
    if kind not in OWNER_KINDS or owner_id is None:
        raise ValidationError(field, "required" if owner_id is None else "invalid")
    if kind == "user":
        if not AppUser.select().where((AppUser.id == owner_id)
                                      & (AppUser.active == True)).exists():  # noqa: E712
            raise ValidationError(field, "not_found")
        return int(owner_id), None
    if not Team.select().where(Team.id == owner_id).exists():
        raise ValidationError(field, "not_found")
    return None, int(owner_id)


def _members_text(members) -> str:
    return ",".join(str(m) for m in sorted(members))


def _clean_queue(session: Session, fields: QueueFields, queue_id: int | None) -> dict:
    name = clean_text("name", fields.name, max_length=NAME_MAX, required=True)
    description = clean_text("description", fields.description, max_length=DESCRIPTION_MAX,
                             multiline=True)
    if fields.queue_type not in {int(t) for t in QueueType}:
        raise ValidationError("queue_type", "invalid")
    query = Queue.select().where(Queue.name == name)
    if queue_id is not None:
        query = query.where(Queue.id != queue_id)
    if query.exists():
        raise ValidationError("name", "taken", name=name)
    kind, owner_id = fields.owner_kind, fields.owner_id
    if owner_id is None:
        kind, owner_id = "user", session.user_id
    owner_user, owner_team = _check_owner(kind, owner_id)
    members = tuple(dict.fromkeys(int(m) for m in fields.member_ids))
    if members and AppUser.select().where(AppUser.id.in_(list(members))).count() != len(members):
        raise ValidationError("members", "not_found")
    return {"name": name, "description": description, "queue_type": int(fields.queue_type),
            "owner_user": owner_user, "owner_team": owner_team, "members": members}


def _set_members(session: Session, queue_id: int, members: tuple) -> None:
    old = {m for (m,) in QueueMember.select(QueueMember.user)
           .where(QueueMember.queue == queue_id).tuples()}
    gone = old - set(members)
    if gone:
        QueueMember.delete().where((QueueMember.queue == queue_id)
                                   & QueueMember.user.in_(list(gone))).execute()
    for user_id in members:
        if user_id not in old:
            QueueMember.create(queue=queue_id, user=user_id, created_by=session.user_id)


def _member_ids(queue_id: int) -> tuple[int, ...]:
    return tuple(m for (m,) in QueueMember.select(QueueMember.user)
                 .where(QueueMember.queue == queue_id).order_by(QueueMember.user).tuples())


def create_queue(session: Session, fields: QueueFields) -> int:
    """A new queue (managers and administrators). Returns its id."""
    _require_manager(session)
    with write_transaction():
        values = _clean_queue(session, fields, None)
        members = values.pop("members")
        queue = Queue.create(**values, created_by=session.user_id, modified_by=session.user_id)
        _set_members(session, queue.id, members)
        audit.record_create(session, "queue", queue.id,
                            {**values, "members": _members_text(members)})
    session.events.publish(events.QUEUES_CHANGED, ids=[queue.id])
    return queue.id


def _queue(queue_id: int) -> Queue:
    queue = Queue.get_or_none(Queue.id == queue_id)
    if queue is None:
        raise NotFound("queue", queue_id)
    return queue


def _is_default(queue: Queue) -> bool:
    return queue.default_for_user_id is not None or queue.default_for_team_id is not None


def update_queue(session: Session, queue_id: int, fields: QueueFields,
                 expected_version: int) -> int:
    """Save a queue's name, description, type, owner and members. Returns the new version.
    A default queue stays private with its owner (RuleViolation("default_queue"))."""
    _require_manager(session)
    with write_transaction():
        queue = _queue(queue_id)
        if queue.version != expected_version:
            raise ConflictError("queue", queue_id)
        values = _clean_queue(session, fields, queue_id)
        members = values.pop("members")
        if _is_default(queue) and (
                values["queue_type"] != queue.queue_type
                or (values["owner_user"], values["owner_team"])
                != (queue.owner_user_id, queue.owner_team_id)):
            raise RuleViolation("default_queue", name=queue.name)
        old_members = _member_ids(queue_id)
        old = {"name": queue.name, "description": queue.description,
               "queue_type": queue.queue_type, "owner_user": queue.owner_user_id,
               "owner_team": queue.owner_team_id, "members": _members_text(old_members)}
        new = {**values, "members": _members_text(members)}
        if old == new:
            return queue.version
        Queue.update(**values, version=Queue.version + 1, modified_on=utcnow(),
                     modified_by=session.user_id).where(Queue.id == queue_id).execute()
        _set_members(session, queue_id, members)
        audit.record_changes(session, "queue", queue_id, old, new)
    session.events.publish(events.QUEUES_CHANGED, ids=[queue_id])
    return expected_version + 1


def set_queue_active(session: Session, queue_id: int, active: bool) -> None:
    """Deactivate (or reactivate) a queue: it leaves the choosers; its items stay. Not a
    default queue (RuleViolation("default_queue"))."""
    _require_manager(session)
    with write_transaction():
        queue = _queue(queue_id)
        if bool(queue.active) == bool(active):
            return
        if _is_default(queue):
            raise RuleViolation("default_queue", name=queue.name)
        Queue.update(active=bool(active), version=Queue.version + 1, modified_on=utcnow(),
                     modified_by=session.user_id).where(Queue.id == queue_id).execute()
        audit.record_changes(session, "queue", queue_id, {"active": bool(queue.active)},
                             {"active": bool(active)}, AuditAction.STATE)
    session.events.publish(events.QUEUES_CHANGED, ids=[queue_id])


def queue_use(queue_id: int) -> tuple[int, list[str], list[str]]:
    """(items, routing rule item names, their rule set names) that keep a queue in use."""
    items = QueueItem.select().where(QueueItem.queue == queue_id).count()
    rules = list(RoutingRuleItem.select(RoutingRuleItem.name, RoutingRuleSet.name)
                 .join(RoutingRuleSet).where(RoutingRuleItem.target_queue == queue_id)
                 .order_by(RoutingRuleSet.name, RoutingRuleItem.sequence).tuples())
    return (items, list(dict.fromkeys(r[0] for r in rules)),
            list(dict.fromkeys(r[1] for r in rules)))


def delete_queue(session: Session, queue_id: int) -> None:
    """Delete a queue. Refused while it holds items (active or not) or a routing rule routes
    to it: RuleViolation("queue_in_use", items=n, rules=[rule names], rule_sets=[set names]);
    a user's or team's default queue: RuleViolation("default_queue")."""
    _require_manager(session)
    with write_transaction():
        queue = _queue(queue_id)
        if _is_default(queue):
            raise RuleViolation("default_queue", name=queue.name)
        items, rules, rule_sets = queue_use(queue_id)
        if items or rules:
            raise RuleViolation("queue_in_use", name=queue.name, items=items, rules=rules,
                                rule_sets=rule_sets)
        QueueMember.delete().where(QueueMember.queue == queue_id).execute()
        Queue.delete().where(Queue.id == queue_id).execute()
        audit.record_changes(session, "queue", queue_id, {"name": queue.name}, {"name": None},
                             AuditAction.DELETE)
    session.events.publish(events.QUEUES_CHANGED, ids=[queue_id])


def get_queue(queue_id: int) -> tuple[QueueFields, int]:
    """The queue as the form edits it, and its version."""
    queue = _queue(queue_id)
    kind, owner_id = (("team", queue.owner_team_id) if queue.owner_team_id is not None
                      else ("user", queue.owner_user_id))
    return (QueueFields(queue.name, queue.description, queue.queue_type, kind, owner_id,
                        _member_ids(queue_id)), queue.version)


def _visible_to(user) -> object:
    """Queues `user` may see: public ones, and private ones they belong to (member, owner,
    their default queue, or owned by / default of a team they are in)."""
    return (Queue.queue_type == int(QueueType.PUBLIC)) | _member_of(user)


def _member_of(user) -> object:
    """"Queues I'm a member of": member, owner, default queue, or via one of the user's
    teams."""
    teams = TeamMember.select(TeamMember.team).where(TeamMember.user == user)
    members = QueueMember.select(QueueMember.queue).where(QueueMember.user == user)
    return (Queue.id.in_(members) | (Queue.owner_user == user)
            | (Queue.default_for_user == user) | Queue.owner_team.in_(teams)
            | Queue.default_for_team.in_(teams))


OwnerUser = AppUser.alias("q_owner_user")
OwnerTeam = Team.alias("q_owner_team")


def _queue_rows(where) -> list[QueueRow]:
    query = (Queue.select(Queue.id, Queue.name, Queue.queue_type,
                          fn.COALESCE(OwnerUser.name, OwnerTeam.name, ""),
                          Queue.default_for_user, Queue.default_for_team, Queue.active,
                          Queue.owner_user, Queue.owner_team, Queue.description)
             .join_from(Queue, OwnerUser, JOIN.LEFT_OUTER, on=(Queue.owner_user == OwnerUser.id))
             .join_from(Queue, OwnerTeam, JOIN.LEFT_OUTER, on=(Queue.owner_team == OwnerTeam.id))
             .order_by(fn.lower(Queue.name), Queue.id))
    if where is not None:
        query = query.where(where)
    rows = list(query.tuples())
    if not rows:
        return []
    ids = [r[0] for r in rows]
    counts = dict(QueueItem.select(QueueItem.queue, fn.COUNT(SQL("*")))
                  .where(QueueItem.queue.in_(ids) & (QueueItem.state == _ACTIVE))
                  .group_by(QueueItem.queue).tuples())
    members: dict[int, list[int]] = {}
    for queue_id, user_id in (QueueMember.select(QueueMember.queue, QueueMember.user)
                              .where(QueueMember.queue.in_(ids))
                              .order_by(QueueMember.user).tuples()):
        members.setdefault(queue_id, []).append(user_id)
    return [QueueRow(r[0], r[1], r[2], r[3], counts.get(r[0], 0),
                     r[4] is not None or r[5] is not None, tuple(members.get(r[0], ())),
                     bool(r[6]), "team" if r[8] is not None else ("user" if r[7] else None),
                     r[8] if r[8] is not None else r[7], r[9])
            for r in rows]


def list_queues(*, for_user_id: int | None = None) -> list[QueueRow]:
    """Every queue by name (Settings); with `for_user_id`, the active queues that user may
    see (the Queues page chooser and the Add to Queue lookup)."""
    if for_user_id is None:
        return _queue_rows(None)
    return _queue_rows((Queue.active == True) & _visible_to(for_user_id))  # noqa: E712


def member_queue_ids(user_id: int) -> list[int]:
    """The active queues the user is a member of (Queues I'm a member of)."""
    return [q for (q,) in Queue.select(Queue.id).where(
        (Queue.active == True) & _member_of(user_id)).tuples()]  # noqa: E712


def current_queue(case_id: int) -> QueueRow | None:
    """The queue the case is in (its active item), for the Add to Queue lookup."""
    queue_id = (QueueItem.select(QueueItem.queue)
                .where((QueueItem.case == case_id) & (QueueItem.state == _ACTIVE)).scalar())
    if queue_id is None:
        return None
    rows = _queue_rows(Queue.id == queue_id)
    return rows[0] if rows else None


# -- writing cases and items ----------------------------------------------------------------


def _cases(case_ids) -> list[Case]:
    ids = list(dict.fromkeys(int(i) for i in case_ids))
    found = {c.id: c for c in Case.select().where(Case.id.in_(ids))} if ids else {}
    for case_id in ids:
        if case_id not in found:
            raise NotFound("incident", case_id)
    return [found[i] for i in ids]


def _require_active(case: Case) -> None:
    if case.state != int(CaseState.ACTIVE):
        raise RuleViolation("not_active", number=case.number)


def _set_owner(session: Session, case: Case, user_id, team_id, now: datetime) -> bool:
    """The case's owner (version + 1, audited). False when it already was."""
    if (case.owner_user_id, case.owner_team_id) == (user_id, team_id):
        return False
    updated = (Case.update(owner_user=user_id, owner_team=team_id, version=Case.version + 1,
                           modified_on=now, modified_by=session.user_id)
               .where((Case.id == case.id) & (Case.version == case.version)).execute())
    if updated != 1:  # another process saved between our read and write
        raise case_conflict(case.id)
    audit.record_changes(session, "incident", case.id,
                         {"owner_user": case.owner_user_id, "owner_team": case.owner_team_id},
                         {"owner_user": user_id, "owner_team": team_id})
    case.owner_user_id, case.owner_team_id = user_id, team_id
    case.version += 1
    return True


_ITEM_FIELDS = ("queue", "worked_by_user", "worked_by_team", "state")


def _item_values(item: QueueItem) -> dict:
    return {"queue": item.queue_id, "worked_by_user": item.worked_by_user_id,
            "worked_by_team": item.worked_by_team_id, "state": item.state}


def _write_item(session: Session, item: QueueItem, now: datetime, **changes) -> bool:
    """Change the item's columns (version + 1, audited). False when nothing changes.
    ConflictError when another connection changed the item since it was read."""
    old = _item_values(item)
    changes = {k: v for k, v in changes.items() if k == "entered_on" or old[k] != v}
    if not any(k != "entered_on" for k in changes):
        return False
    updated = (QueueItem.update(**changes, version=QueueItem.version + 1, modified_on=now,
                                modified_by=session.user_id)
               .where((QueueItem.id == item.id) & (QueueItem.version == item.version))
               .execute())
    if updated != 1:  # another process changed it between our read and write
        raise _item_conflict(item.id)
    item.version += 1
    new = {k: changes.get(k, old[k]) for k in _ITEM_FIELDS}
    audit.record_changes(session, "queue_item", item.id, old, new)
    _audit_case_queue(session, item.case_id, old, new)
    for name, value in changes.items():
        setattr(item, name if name == "entered_on" or name == "state" else f"{name}_id",
                value)
    return True


def _audit_case_queue(session: Session, case_id: int, old: dict, new: dict) -> None:
    """The case's History shows the queue it is in (None once its item is inactive)."""
    before = old["queue"] if old and old["state"] == _ACTIVE else None
    after = new["queue"] if new["state"] == _ACTIVE else None
    if before != after:
        audit.record_changes(session, "incident", case_id, {"queue": before},
                             {"queue": after})


def _put_in_queue(session: Session, case_id: int, queue_id: int, now: datetime) -> bool:
    """The case's one item into the queue, active and available (Worked By cleared): created,
    or moved (entered on now). One row per case even when two sessions do this at once: the
    write is an upsert on the unique case column. False when it already was there."""
    old = QueueItem.get_or_none(QueueItem.case == case_id)
    if old is not None and old.queue_id == queue_id and old.state == _ACTIVE:
        return False
    (QueueItem.insert(case=case_id, queue=queue_id, worked_by_user=None, worked_by_team=None,
                      entered_on=now, state=_ACTIVE, created_on=now, modified_on=now,
                      created_by=session.user_id, modified_by=session.user_id)
     .on_conflict(conflict_target=[QueueItem.case],
                  update={QueueItem.queue: EXCLUDED.queue_id,
                          QueueItem.worked_by_user: None, QueueItem.worked_by_team: None,
                          QueueItem.entered_on: EXCLUDED.entered_on,
                          QueueItem.state: _ACTIVE, QueueItem.version: QueueItem.version + 1,
                          QueueItem.modified_on: EXCLUDED.modified_on,
                          QueueItem.modified_by: EXCLUDED.modified_by})
     .execute())
    item_id = QueueItem.select(QueueItem.id).where(QueueItem.case == case_id).scalar()
    new = {"queue": queue_id, "worked_by_user": None, "worked_by_team": None,
           "state": _ACTIVE}
    if old is None:
        audit.record_create(session, "queue_item", item_id, {"case": case_id, **new})
        old_values = None
    else:
        old_values = _item_values(old)
        audit.record_changes(session, "queue_item", item_id, old_values, new)
    _audit_case_queue(session, case_id, old_values, new)
    return True


def _active_queue(queue_id: int) -> Queue:
    queue = Queue.get_or_none(Queue.id == queue_id)
    if queue is None:
        raise ValidationError("queue", "not_found")
    if not queue.active:
        raise ValidationError("queue", "inactive", name=queue.name)
    return queue


def _publish(session: Session, case_ids, queue_ids) -> None:
    if case_ids:
        session.events.publish(events.CASES_CHANGED, ids=sorted(set(case_ids)))
    queue_ids = sorted({q for q in queue_ids if q is not None})
    if queue_ids:
        session.events.publish(events.QUEUES_CHANGED, ids=queue_ids)


# -- Assign, Add to Queue (SPEC §2.10, §2.11) ---------------------------------------------


def _follow_owner(session: Session, case_id: int, user_id, team_id, now) -> int | None:
    """SPEC §2.10 decision: the case's active item, when someone other than the new owner
    works it, is now worked by the new owner. The item's queue id when it changed."""
    item = QueueItem.get_or_none((QueueItem.case == case_id) & (QueueItem.state == _ACTIVE))
    if item is None:
        return None
    worked = (item.worked_by_user_id, item.worked_by_team_id)
    if worked == (None, None) or worked == (user_id, team_id):
        return None
    _write_item(session, item, now, worked_by_user=user_id, worked_by_team=team_id)
    return item.queue_id


def assign(session: Session, case_ids: list[int], owner_kind: str, owner_id: int, *,
           expected_versions: Mapping[int, int] | None = None) -> None:
    """Assign to Team or User (SPEC §2.10): the cases' owner becomes the user or team. When a
    case is in a queue and Worked By is someone else, Worked By follows the new owner (an
    item nobody works stays available). Active cases only (RuleViolation("not_active",
    number=…)); all cases in one transaction. `expected_versions` {case id: version the
    user saw}: ConflictError, nothing assigned, when one of them was saved since."""
    _require_user(session)
    queue_ids: list[int | None] = []
    changed: list[int] = []
    with write_transaction():
        user_id, team_id = _check_owner(owner_kind, owner_id)
        cases = _cases(case_ids)
        check_versions(cases, expected_versions)
        for case in cases:
            _require_active(case)
        now = utcnow()
        for case in cases:
            owner_changed = _set_owner(session, case, user_id, team_id, now)
            queue_id = _follow_owner(session, case.id, user_id, team_id, now)
            if owner_changed or queue_id is not None:
                changed.append(case.id)
            queue_ids.append(queue_id)
    _publish(session, changed, queue_ids)


def add_to_queue(session: Session, case_ids: list[int], queue_id: int, *,
                 expected_versions: Mapping[int, int] | None = None) -> None:
    """Add to Queue (SPEC §2.11): each case's one queue item is created in the queue, or moved
    there from another queue (or made active again): it enters the queue now, available to
    work on. The owner stays. Active cases only. `expected_versions` {case id: version the
    user saw}: ConflictError, nothing queued, when one of them was saved since."""
    _require_user(session)
    changed: list[int] = []
    queue_ids: list[int | None] = []
    with write_transaction():
        _active_queue(queue_id)
        cases = _cases(case_ids)
        check_versions(cases, expected_versions)
        for case in cases:
            _require_active(case)
        now = utcnow()
        for case in cases:
            before = (QueueItem.select(QueueItem.queue)
                      .where(QueueItem.case == case.id).scalar())
            if _put_in_queue(session, case.id, queue_id, now):
                changed.append(case.id)
                queue_ids += [before, queue_id]
    _publish(session, changed, queue_ids)


# -- the Queues page commands (SPEC §2.11) -------------------------------------------------


def _item_conflict(item_id: int) -> ConflictError:
    """The ConflictError for an item someone changed since it was read: theirs = its row now
    (ItemRow), params number, modified_by (a name) and modified_on for the message."""
    row = QueueItem.get_or_none(QueueItem.id == item_id)
    found = (_item_select(_ITEM_COLUMNS, None, -1, False, ids=[item_id]).tuples().first()
             if row is not None else None)
    theirs = _row(found) if found is not None else None
    name = (AppUser.select(AppUser.name).where(AppUser.id == row.modified_by).scalar()
            if row is not None and row.modified_by is not None else None)
    return ConflictError("queue_item", item_id, theirs,
                         number=theirs.case_number if theirs else "",
                         modified_by=name or "",
                         modified_on=as_datetime(row.modified_on) if row else None)


def _items(item_ids, *, active: bool = True, expected_versions=None,
           expected_item_versions=None) -> list[tuple[QueueItem, Case]]:
    """The items with their cases; with `active`, each item must be active and its case
    active too (RuleViolation("item_inactive") / ("not_active")). ConflictError when an
    item ({item id: version}) or its case ({case id: version}) is not at the version the
    user saw (None: not checked)."""
    ids = list(dict.fromkeys(int(i) for i in item_ids))
    rows = {item.id: item for item in
            QueueItem.select(QueueItem, Case).join(Case).where(QueueItem.id.in_(ids))} \
        if ids else {}
    result = []
    for item_id in ids:
        item = rows.get(item_id)
        if item is None:
            raise NotFound("queue_item", item_id)
        seen = (expected_item_versions or {}).get(item_id)
        if seen is not None and item.version != seen:
            raise _item_conflict(item_id)
        check_versions([item.case], expected_versions)
        if active:
            if item.state != _ACTIVE:
                raise RuleViolation("item_inactive", number=item.case.number)
            _require_active(item.case)
        result.append((item, item.case))
    return result


def pick(session: Session, item_ids: list[int], *, remove: bool = False,
         expected_versions: Mapping[int, int] | None = None,
         expected_item_versions: Mapping[int, int] | None = None) -> None:
    """Pick: I work the items (Worked By = me) and own their cases; with `remove`, the items
    leave their queue (inactive). The item commands (pick, release, route_items,
    remove_items) take the versions the user saw: `expected_versions` {case id: version},
    `expected_item_versions` {item id: version}; ConflictError, nothing done, when one was
    saved since."""
    _require_user(session)
    me = session.user_id
    changed, queue_ids = [], []
    with write_transaction():
        pairs = _items(item_ids, expected_versions=expected_versions,
                       expected_item_versions=expected_item_versions)
        now = utcnow()
        for item, case in pairs:
            did = _set_owner(session, case, me, None, now)
            changes = {"worked_by_user": me, "worked_by_team": None}
            if remove:
                changes["state"] = _INACTIVE
            if _write_item(session, item, now, **changes) or did:
                changed.append(case.id)
                queue_ids.append(item.queue_id)
    _publish(session, changed, queue_ids)


def release(session: Session, item_ids: list[int], *,
            expected_versions: Mapping[int, int] | None = None,
            expected_item_versions: Mapping[int, int] | None = None) -> None:
    """Release: nobody works the items any more (available again) and each case is owned by
    its queue's owner (unchanged when the queue has none)."""
    _require_user(session)
    changed, queue_ids = [], []
    with write_transaction():
        pairs = _items(item_ids, expected_versions=expected_versions,
                       expected_item_versions=expected_item_versions)
        owners = {q.id: (q.owner_user_id, q.owner_team_id) for q in Queue.select().where(
            Queue.id.in_(list({item.queue_id for item, _ in pairs})))}
        now = utcnow()
        for item, case in pairs:
            did = _write_item(session, item, now, worked_by_user=None, worked_by_team=None)
            owner = owners[item.queue_id]
            if owner != (None, None):
                did = _set_owner(session, case, *owner, now) or did
            if did:
                changed.append(case.id)
                queue_ids.append(item.queue_id)
    _publish(session, changed, queue_ids)


def route_items(session: Session, item_ids: list[int], *, queue_id: int | None = None,
                owner_kind: str | None = None, owner_id: int | None = None,
                remove: bool = False, expected_versions: Mapping[int, int] | None = None,
                expected_item_versions: Mapping[int, int] | None = None) -> None:
    """Route: to another queue (the item moves there, available: Worked By cleared, entered
    now), or to a user or team (Worked By and the case's owner become them; with `remove`
    the item leaves its queue). Exactly one target: ValidationError("target", "required" |
    "invalid")."""
    _require_user(session)
    to_owner = owner_kind is not None or owner_id is not None
    if queue_id is None and not to_owner:
        raise ValidationError("target", "required")
    if queue_id is not None and to_owner:
        raise ValidationError("target", "invalid")
    changed, queue_ids = [], []
    with write_transaction():
        if queue_id is not None:
            _active_queue(queue_id)
        else:
            user_id, team_id = _check_owner(owner_kind, owner_id)
        pairs = _items(item_ids, expected_versions=expected_versions,
                       expected_item_versions=expected_item_versions)
        now = utcnow()
        for item, case in pairs:
            before = item.queue_id
            if queue_id is not None:
                did = _put_in_queue(session, case.id, queue_id, now)
                queue_ids += [before, queue_id]
            else:
                did = _set_owner(session, case, user_id, team_id, now)
                changes = {"worked_by_user": user_id, "worked_by_team": team_id}
                if remove:
                    changes["state"] = _INACTIVE
                did = _write_item(session, item, now, **changes) or did
                queue_ids.append(before)
            if did:
                changed.append(case.id)
    _publish(session, changed, queue_ids if changed else [])


def remove_items(session: Session, item_ids: list[int], *,
                 expected_versions: Mapping[int, int] | None = None,
                 expected_item_versions: Mapping[int, int] | None = None) -> None:
    """Remove: the items leave their queues (inactive); owner and Worked By stay. Items
    already inactive are left as they are."""
    _require_user(session)
    changed, queue_ids = [], []
    with write_transaction():
        pairs = _items(item_ids, active=False, expected_versions=expected_versions,
                       expected_item_versions=expected_item_versions)
        now = utcnow()
        for item, case in pairs:
            if _write_item(session, item, now, state=_INACTIVE):
                changed.append(case.id)
                queue_ids.append(item.queue_id)
    _publish(session, changed, queue_ids)


# -- the Queues page list ------------------------------------------------------------------


class QueueChoice:
    """ItemQuery.queue: a queue id, or one of these."""

    ALL = -1  # All Queues (that the user may see)
    MINE = -2  # Queues I'm a member of


class ItemView(IntEnum):
    AVAILABLE = 0  # Items available to work on: nobody works them
    WORKING = 1  # Items I am working on
    ALL = 2  # All items


@dataclass(frozen=True)
class ItemQuery:
    queue: int = QueueChoice.ALL
    view: ItemView = ItemView.AVAILABLE
    filter_text: str = ""
    sort: str = "entered"  # a key of ITEM_SORTS
    descending: bool = False
    user_id: int | None = None  # "me": Items I am working on, Queues I'm a member of


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: int
    case_id: int
    case_number: str
    title: str
    customer: str
    priority: int
    entered_on: datetime
    worked_by: str
    queue: str
    case_state: int
    queue_id: int = 0
    worked_by_user_id: int | None = None
    worked_by_team_id: int | None = None
    #: the versions the user saw, for the item commands (expected_item_versions / _versions)
    version: int = 0
    case_version: int = 0


@dataclass(frozen=True)
class Page:
    rows: list
    #: pass to the next call as `after`; None when this was the last page
    next_key: tuple | None = None


Customer = Account.alias("qi_account")
CustomerContact = Contact.alias("qi_contact")
WorkedByUser = AppUser.alias("qi_worked_by")
WorkedByTeam = Team.alias("qi_worked_by_team")
_WORKED_BY = fn.COALESCE(WorkedByUser.name, WorkedByTeam.name, "")

ITEM_SORTS = {
    "entered": QueueItem.entered_on,
    "number": Case.number,
    "title": Case.title_sort,
    "customer": Case.customer_sort,
    "priority": Case.priority,
    "worked_by": fn.lower(_WORKED_BY),
    "queue": fn.lower(Queue.name),
}

_ITEM_COLUMNS = (QueueItem.id, Case.id, Case.number, Case.title,
                 fn.COALESCE(Customer.name, CustomerContact.full_name, ""), Case.priority,
                 QueueItem.entered_on, _WORKED_BY, Queue.name, Case.state, QueueItem.queue,
                 QueueItem.worked_by_user, QueueItem.worked_by_team, QueueItem.version,
                 Case.version)


def _queue_filter(query: ItemQuery):
    if query.queue >= 0:
        return QueueItem.queue == mark("queue")
    if query.queue == QueueChoice.MINE:
        return QueueItem.queue.in_(Queue.select(Queue.id).where(
            (Queue.active == True) & _member_of(mark("user"))))  # noqa: E712
    if query.user_id is not None:  # All Queues the user may see
        return QueueItem.queue.in_(Queue.select(Queue.id).where(
            (Queue.active == True) & _visible_to(mark("user"))))  # noqa: E712
    return None


def _item_conditions(query: ItemQuery, n_words: int, has_after: bool) -> list:
    conds = [QueueItem.state == _ACTIVE]
    queue_filter = _queue_filter(query)
    if queue_filter is not None:
        conds.append(queue_filter)
    if query.view == ItemView.AVAILABLE:
        conds += [QueueItem.worked_by_user.is_null(), QueueItem.worked_by_team.is_null()]
    elif query.view == ItemView.WORKING:
        conds.append(QueueItem.worked_by_user == mark("user"))
    if n_words >= 0:
        words = None
        for i in range(n_words):
            cond = like(Case.title_sort, mark(f"w{i}")) | like(Case.customer_sort, mark(f"w{i}"))
            words = cond if words is None else words & cond
        by_number = like(Case.number, mark("number"))
        conds.append(by_number if words is None else (by_number | words))
    if has_after:
        key = Tuple(ITEM_SORTS[query.sort], QueueItem.id)
        bound = Tuple(mark("after_value"), mark("after_id"))
        conds.append(key < bound if query.descending else key > bound)
    return conds


def _item_select(columns, query: ItemQuery | None, n_words: int, has_after: bool, *,
                 ids=None):
    """The items of the query (or the items `ids`) with the names a row shows."""
    select = (QueueItem.select(*columns)
              .join_from(QueueItem, Case, on=(QueueItem.case == Case.id))
              .join_from(QueueItem, Queue, on=(QueueItem.queue == Queue.id))
              .join_from(QueueItem, WorkedByUser, JOIN.LEFT_OUTER,
                         on=(QueueItem.worked_by_user == WorkedByUser.id))
              .join_from(QueueItem, WorkedByTeam, JOIN.LEFT_OUTER,
                         on=(QueueItem.worked_by_team == WorkedByTeam.id))
              .join_from(Case, Customer, JOIN.LEFT_OUTER,
                         on=(Case.customer_account == Customer.id))
              .join_from(Case, CustomerContact, JOIN.LEFT_OUTER,
                         on=(Case.customer_contact == CustomerContact.id)))
    if ids is not None:
        return select.where(QueueItem.id.in_(ids))
    return select.where(*_item_conditions(query, n_words, has_after))


def _words(text: str) -> tuple[str, list[str]]:
    """(case-number prefix, folded words) of the filter; ("", []) for no filter."""
    text = " ".join((text or "").split())[:200]
    return text.upper(), [k for k in (text_sort_key(w) for w in text.split()) if k]


def _values(query: ItemQuery, number: str, words: list[str]) -> dict:
    values = {"queue": query.queue, "user": query.user_id,
              "number": escape_like(number) + "%"}
    for i, word in enumerate(words):
        values[f"w{i}"] = "%" + escape_like(word) + "%"
    return values


def _check_query(query: ItemQuery) -> None:
    if query.sort not in ITEM_SORTS:
        raise ValueError(f"no item list sorts by {query.sort!r}")
    if query.queue < 0 and query.queue not in (QueueChoice.ALL, QueueChoice.MINE):
        raise ValueError(f"no queue choice {query.queue!r}")


def _row(r) -> ItemRow:
    return ItemRow(r[0], r[1], r[2], r[3], r[4], r[5], as_datetime(r[6]), r[7], r[8], r[9],
                   r[10], r[11], r[12], r[13], r[14])


def _order(query: ItemQuery, sort_expr):
    return ((sort_expr.desc(), QueueItem.id.desc()) if query.descending
            else (sort_expr.asc(), QueueItem.id.asc()))


def list_items(query: ItemQuery, *, after: tuple | None = None, limit: int = 50) -> Page:
    """One page of active queue items: `limit` rows after the previous page's key.

    One queue: a walk of queue_item(queue, state, entered_on) in order. All Queues / Queues
    I'm a member of, by time entered: the same walk in each queue, merged (no index orders
    items across queues) — except Items I am working on, which start from my few items
    (the worked_by_user index)."""
    _check_query(query)
    if query.queue < 0 and query.sort == "entered" and query.view != ItemView.WORKING:
        return _merged_page(query, after, limit)
    number, words = _words(query.filter_text)
    n_words = len(words) if number else -1
    has_after = after is not None
    choice = query.queue if query.queue < 0 else "one"
    shape = ("queue_items", choice, query.user_id is not None, int(query.view), query.sort,
             query.descending, n_words, has_after)
    sort_expr = ITEM_SORTS[query.sort]

    def make():
        return (_item_select(_ITEM_COLUMNS + (sort_expr.alias("sort_value"),), query,
                             n_words, has_after)
                .order_by(*_order(query, sort_expr)).limit(mark("limit")))

    values = _values(query, number, words)
    values["limit"] = limit + 1
    if has_after:
        values["after_value"], values["after_id"] = after
    raw = run(shape, make, values).fetchall()
    more = len(raw) > limit
    raw = raw[:limit]
    return Page([_row(r) for r in raw], (raw[-1][-1], raw[-1][0]) if more and raw else None)


def _choice_queue_ids(query: ItemQuery) -> list[int]:
    """The queues All Queues / Queues I'm a member of stand for."""
    if query.queue == QueueChoice.MINE:
        where = (Queue.active == True) & _member_of(mark("user"))  # noqa: E712
    elif query.user_id is not None:
        where = (Queue.active == True) & _visible_to(mark("user"))  # noqa: E712
    else:
        where = None
    shape = ("queue_choice", query.queue, where is None)

    def make():
        select = Queue.select(Queue.id)
        return select.where(where) if where is not None else select

    return [r[0] for r in run(shape, make, {"user": query.user_id}).fetchall()]


def _merged_page(query: ItemQuery, after, limit: int) -> Page:
    """A page by time entered over many queues: each queue's next `limit + 1` keys (an index
    range each), merged, then the rows of the page's items."""
    number, words = _words(query.filter_text)
    n_words = len(words) if number else -1
    has_after = after is not None
    one = ItemQuery(queue=0, view=query.view, sort="entered", descending=query.descending)
    sort_expr = ITEM_SORTS["entered"]
    shape = ("queue_item_keys", int(query.view), query.descending, n_words, has_after)

    def make():
        select = QueueItem.select(QueueItem.id, sort_expr)
        if n_words >= 0:
            select = select.join_from(QueueItem, Case, on=(QueueItem.case == Case.id))
        return (select.where(*_item_conditions(one, n_words, has_after))
                .order_by(*_order(one, sort_expr)).limit(mark("limit")))

    values = _values(query, number, words)
    values["limit"] = limit + 1
    if has_after:
        values["after_value"], values["after_id"] = after
    keys = []
    for queue_id in _choice_queue_ids(query):
        values["queue"] = queue_id
        keys += [(r[1], r[0]) for r in run(shape, make, values).fetchall()]
    keys.sort(reverse=query.descending)
    more = len(keys) > limit
    keys = keys[:limit]
    if not keys:
        return Page([])
    ids = [k[1] for k in keys]
    rows_shape = ("queue_item_rows", len(ids))
    found = {r[0]: r for r in run(rows_shape, lambda: _item_select(
        _ITEM_COLUMNS, None, -1, False, ids=[mark(f"i{i}") for i in range(len(ids))]),
        {f"i{i}": item_id for i, item_id in enumerate(ids)}).fetchall()}
    rows = [_row(found[i]) for i in ids if i in found]
    return Page(rows, keys[-1] if more else None)


def count_items(query: ItemQuery) -> int:
    """How many active items the query holds."""
    _check_query(query)
    number, words = _words(query.filter_text)
    n_words = len(words) if number else -1
    choice = query.queue if query.queue < 0 else "one"
    shape = ("queue_items_count", choice, query.user_id is not None, int(query.view), n_words)
    row = run(shape, lambda: _item_select((fn.COUNT(SQL("*")),), query, n_words, False),
              _values(query, number, words)).fetchone()
    return (row[0] if row else 0) or 0
