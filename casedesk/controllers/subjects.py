"""Subjects (SPEC §1.9): Settings › Subjects, administrators only.

The subjects form a tree (title, description, parent). Every command checks the role first
(PermissionDenied("subjects")), then runs in one write transaction that checks its rules
before it writes, so a refusal writes nothing. Changes are audited ("subject"; cases whose
subject changes are audited as "incident") and SUBJECTS_CHANGED(ids=[…]) is published after
the commit, with CASES_CHANGED(ids=[…]) when cases moved to another subject.

Deleting a subject moves its children to its parent (SPEC §1.9) and its cases to the subject
the administrator chose (`move_cases_to`, None: no subject).
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from casedesk.controllers import audit, events
from casedesk.controllers.errors import NotFound, PermissionDenied, ValidationError
from casedesk.controllers.lookups import SubjectNode
from casedesk.controllers.lookups import subject_tree as _lookup_tree
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import AuditLog, Case, Subject, utcnow
from casedesk.models.db import write_transaction
from casedesk.models.options import AuditAction, Role

ENTITY = "subject"
TITLE_MAX = 200
DESCRIPTION_MAX = 2000
#: audit rows written per INSERT when many cases move
_CHUNK = 500

__all__ = ["SubjectNode", "SubjectInfo", "subject_tree", "get_subject", "subject_use",
           "subject_uses", "create_subject", "rename_subject", "move_subject",
           "delete_subject", "can_edit"]


@dataclass(frozen=True)
class SubjectInfo:
    id: int
    title: str
    description: str | None
    parent_id: int | None
    version: int
    case_count: int


def can_edit(session: Session) -> bool:
    return session.has_role(Role.ADMINISTRATOR)


def _require_admin(session: Session) -> None:
    if not can_edit(session):
        raise PermissionDenied("subjects")


def _stamp(session: Session) -> dict:
    return {"modified_on": utcnow(), "modified_by": session.user_id}


def _clean_title(title: str | None) -> str:
    return clean_text("subject_title", title, max_length=TITLE_MAX, required=True)


def _clean_description(description: str | None) -> str | None:
    return clean_text("description", description, max_length=DESCRIPTION_MAX, multiline=True)


# -- reading ---------------------------------------------------------------------------------


def subject_tree() -> list[SubjectNode]:
    """The subject tree: roots and children in title order (lookups.subject_tree)."""
    return _lookup_tree()


def get_subject(subject_id: int) -> SubjectInfo:
    row = (Subject.select(Subject.id, Subject.title, Subject.description, Subject.parent,
                          Subject.version)
           .where(Subject.id == subject_id).tuples().first())
    if row is None:
        raise NotFound(ENTITY, subject_id)
    return SubjectInfo(row[0], row[1], row[2], row[3], row[4], subject_use(subject_id))


def subject_use(subject_id: int) -> int:
    """How many cases (of any status) are filed under the subject itself."""
    return Case.select().where(Case.subject == subject_id).count()


def subject_uses() -> dict[int, int]:
    """Subject id → how many cases are filed under it (subjects without cases left out)."""
    return {r[0]: r[1] for r in
            Case.select(Case.subject, fn.COUNT(Case.id))
            .where(Case.subject.is_null(False)).group_by(Case.subject).tuples()}


def _parents() -> dict[int, int | None]:
    return dict(Subject.select(Subject.id, Subject.parent).tuples())


def _check_parent(subject_id: int | None, parent_id: int | None) -> None:
    """The parent exists and is not the subject itself or one of its descendants."""
    if parent_id is None:
        return
    parents = _parents()
    if parent_id not in parents:
        raise ValidationError("parent", "not_found")
    if subject_id is None:
        return
    seen, current = set(), parent_id
    while current is not None and current not in seen:
        if current == subject_id:
            raise ValidationError("parent", "cycle")
        seen.add(current)
        current = parents.get(current)


# -- commands --------------------------------------------------------------------------------


def create_subject(session: Session, title: str, parent_id: int | None = None,
                   description: str | None = None) -> int:
    """A new subject under `parent_id` (None: at the top level). Returns its id."""
    _require_admin(session)
    title = _clean_title(title)
    description = _clean_description(description)
    with write_transaction():
        _check_parent(None, parent_id)
        now = utcnow()
        subject_id = Subject.insert(title=title, description=description, parent=parent_id,
                                    created_on=now, created_by=session.user_id,
                                    modified_on=now, modified_by=session.user_id).execute()
        audit.record_create(session, ENTITY, subject_id,
                            {"title": title, "description": description, "parent": parent_id})
    session.events.publish(events.SUBJECTS_CHANGED, ids=[subject_id])
    return subject_id


def _row(subject_id: int) -> Subject:
    row = Subject.get_or_none(Subject.id == subject_id)
    if row is None:
        raise NotFound(ENTITY, subject_id)
    return row


def rename_subject(session: Session, subject_id: int, title: str,
                   description: str | None = None) -> None:
    """Give the subject a new title. `description`: None keeps it, "" clears it, any other
    text replaces it. Renaming to the same title writes nothing."""
    _require_admin(session)
    title = _clean_title(title)
    new = {"title": title}
    if description is not None:
        new["description"] = _clean_description(description)
    with write_transaction():
        row = _row(subject_id)
        old = {"title": row.title, "description": row.description}
        changed = {k: v for k, v in new.items() if old[k] != v}
        if not changed:
            return
        Subject.update(**changed, version=Subject.version + 1, **_stamp(session)).where(
            Subject.id == subject_id).execute()
        audit.record_changes(session, ENTITY, subject_id, old, changed)
    session.events.publish(events.SUBJECTS_CHANGED, ids=[subject_id])


def move_subject(session: Session, subject_id: int, new_parent_id: int | None) -> None:
    """Put the subject (with its children) under another parent (None: the top level).
    ValidationError("parent", "cycle") for itself or one of its own descendants."""
    _require_admin(session)
    with write_transaction():
        row = _row(subject_id)
        if row.parent_id == new_parent_id:
            return
        _check_parent(subject_id, new_parent_id)
        Subject.update(parent=new_parent_id, version=Subject.version + 1,
                       **_stamp(session)).where(Subject.id == subject_id).execute()
        audit.record_changes(session, ENTITY, subject_id, {"parent": row.parent_id},
                             {"parent": new_parent_id})
    session.events.publish(events.SUBJECTS_CHANGED, ids=[subject_id])


def delete_subject(session: Session, subject_id: int, *, move_cases_to: int | None) -> None:
    """Delete the subject. Its children move to its parent (SPEC §1.9); its cases move to
    `move_cases_to` (None: they have no subject then). `move_cases_to` must be another
    subject that stays: not this one ("invalid") and one that exists ("not_found")."""
    _require_admin(session)
    with write_transaction():
        row = _row(subject_id)
        if move_cases_to is not None:
            if move_cases_to == subject_id:
                raise ValidationError("move_cases_to", "invalid")
            if not Subject.select().where(Subject.id == move_cases_to).exists():
                raise ValidationError("move_cases_to", "not_found")
        children = [r[0] for r in Subject.select(Subject.id)
                    .where(Subject.parent == subject_id).tuples()]
        if children:
            Subject.update(parent=row.parent_id, version=Subject.version + 1,
                           **_stamp(session)).where(Subject.id.in_(children)).execute()
            for child in children:
                audit.record_changes(session, ENTITY, child, {"parent": subject_id},
                                     {"parent": row.parent_id})
        case_ids = [r[0] for r in Case.select(Case.id).where(Case.subject == subject_id)
                    .tuples()]
        if case_ids:
            Case.update(subject=move_cases_to, version=Case.version + 1,
                        **_stamp(session)).where(Case.subject == subject_id).execute()
            _audit_cases(session, case_ids, subject_id, move_cases_to)
        Subject.delete().where(Subject.id == subject_id).execute()
        audit.record_changes(session, ENTITY, subject_id,
                             {"title": row.title, "parent": row.parent_id},
                             {"title": None, "parent": None}, AuditAction.DELETE)
    session.events.publish(events.SUBJECTS_CHANGED, ids=[subject_id, *children])
    if case_ids:
        session.events.publish(events.CASES_CHANGED, ids=case_ids)


def _audit_cases(session: Session, case_ids: list[int], old: int, new: int | None) -> None:
    """One audit row per case whose subject changed (written in chunks)."""
    now = utcnow()
    rows = [{"entity": "incident", "record_id": case_id, "action": int(AuditAction.UPDATE),
             "field": "subject", "old_value": str(old),
             "new_value": None if new is None else str(new), "user_id": session.user_id,
             "login": session.login, "changed_on": now} for case_id in case_ids]
    for start in range(0, len(rows), _CHUNK):
        AuditLog.insert_many(rows[start:start + _CHUNK]).execute()
