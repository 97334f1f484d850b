"""Writing the audit log (SPEC §1.13). Called inside a command's transaction."""

from __future__ import annotations

from casedesk.controllers.session import Session
from casedesk.models import AuditLog, utcnow
from casedesk.models.options import AuditAction


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(getattr(value, "id", value))


def record_create(session: Session, entity: str, record_id: int, values: dict) -> None:
    """One row per non-empty field of a new record."""
    now = utcnow()
    rows = [
        {"entity": entity, "record_id": record_id, "action": int(AuditAction.CREATE),
         "field": name, "old_value": None, "new_value": _text(value),
         "user_id": session.user_id, "login": session.login, "changed_on": now}
        for name, value in values.items() if value not in (None, "")
    ]
    if rows:
        AuditLog.insert_many(rows).execute()


def record_changes(session: Session, entity: str, record_id: int, old: dict, new: dict,
                   action: AuditAction = AuditAction.UPDATE) -> None:
    """One row per field whose value differs between old and new."""
    now = utcnow()
    rows = [
        {"entity": entity, "record_id": record_id, "action": int(action), "field": name,
         "old_value": _text(old.get(name)), "new_value": _text(value),
         "user_id": session.user_id, "login": session.login, "changed_on": now}
        for name, value in new.items() if _text(old.get(name)) != _text(value)
    ]
    if rows:
        AuditLog.insert_many(rows).execute()
