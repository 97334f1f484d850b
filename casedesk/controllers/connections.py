"""Connections between cases (SPEC §1.10, §2.8): the Similar Case links that Found a Solution
and Similar Cases → Add make.

A connection is one row (case_from → case_to) shown on both cases: similar_cases reads both
directions. Linking or unlinking is audited on both cases as a change of their "similar_case"
field, and announces CASES_CHANGED for both after the commit.
"""

from __future__ import annotations

from dataclasses import dataclass

from casedesk.controllers import audit, events
from casedesk.controllers.errors import NotFound, RuleViolation
from casedesk.controllers.session import Session
from casedesk.models import Case, Connection, utcnow
from casedesk.models.db import write_transaction
from casedesk.models.options import AuditAction, CaseState, ConnectionRole

_SIMILAR = int(ConnectionRole.SIMILAR_CASE)
AUDIT_FIELD = "similar_case"


@dataclass(frozen=True)
class Linked:
    """The case at the other end of a connection, as the case on this end sees it."""

    connection_id: int
    case_id: int
    number: str
    title: str
    state: int
    status_reason: int
    role: int


def _linked(rows) -> list[Linked]:
    return [Linked(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]


def similar_cases(case_id: int) -> list[Linked]:
    """The Similar Case connections of the case, in either direction, newest first."""
    other = Case.alias("conn_other")
    outgoing = (Connection.select(Connection.id, other.id, other.number, other.title,
                                  other.state, other.status_reason, Connection.role,
                                  Connection.created_on)
                .join(other, on=(Connection.case_to == other.id))
                .where((Connection.case_from == case_id) & (Connection.role == _SIMILAR))
                .tuples())
    incoming = (Connection.select(Connection.id, other.id, other.number, other.title,
                                  other.state, other.status_reason, Connection.role,
                                  Connection.created_on)
                .join(other, on=(Connection.case_from == other.id))
                .where((Connection.case_to == case_id) & (Connection.role == _SIMILAR))
                .tuples())
    rows = list(outgoing) + list(incoming)
    rows.sort(key=lambda r: (r[7], r[0]), reverse=True)
    return _linked(rows)


def _existing(case_id: int, other_id: int) -> Connection | None:
    return Connection.get_or_none(
        (Connection.role == _SIMILAR)
        & (((Connection.case_from == case_id) & (Connection.case_to == other_id))
           | ((Connection.case_from == other_id) & (Connection.case_to == case_id))))


def _audit(session: Session, case_id: int, old, new) -> None:
    audit.record_changes(session, "incident", case_id, {AUDIT_FIELD: old}, {AUDIT_FIELD: new},
                         AuditAction.UPDATE)


def link_similar(session: Session, case_id: int, other_id: int) -> int:
    """Link other_id to the active case case_id as a Similar Case (Found a Solution, Add);
    the new connection's id. Refused: the case itself ("self_link"), a case already linked
    either way ("already_linked"), a case that is not active ("case_read_only")."""
    case_id, other_id = int(case_id), int(other_id)
    if case_id == other_id:
        raise RuleViolation("self_link")
    with write_transaction():
        case = Case.get_or_none(Case.id == case_id)
        if case is None:
            raise NotFound("incident", case_id)
        if Case.get_or_none(Case.id == other_id) is None:
            raise NotFound("incident", other_id)
        if case.state != int(CaseState.ACTIVE):
            raise RuleViolation("case_read_only")
        if _existing(case_id, other_id) is not None:
            raise RuleViolation("already_linked")
        now = utcnow()
        connection_id = Connection.insert(
            case_from=case_id, case_to=other_id, role=_SIMILAR, created_on=now,
            created_by=session.user_id, modified_on=now, modified_by=session.user_id,
        ).execute()
        _audit(session, case_id, None, other_id)
        _audit(session, other_id, None, case_id)
    session.events.publish(events.CASES_CHANGED, ids=[case_id, other_id])
    return int(connection_id)


def unlink(session: Session, connection_id: int) -> None:
    """Remove a Similar Case connection (from both cases)."""
    with write_transaction():
        connection = Connection.get_or_none((Connection.id == connection_id)
                                            & (Connection.role == _SIMILAR))
        if connection is None:
            raise NotFound("connection", connection_id)
        a, b = connection.case_from_id, connection.case_to_id
        Connection.delete().where(Connection.id == connection.id).execute()
        _audit(session, a, b, None)
        _audit(session, b, a, None)
    session.events.publish(events.CASES_CHANGED, ids=[a, b])
