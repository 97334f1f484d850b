"""The case lifecycle (issue 5, SPEC §2.1–§2.7, §2.9): close (resolve), cancel, reactivate,
merge, parent and child cases, escalate, and the administrator's status reasons, transition
matrix and parent/child settings.

Every command is one transaction that checks every rule before it writes anything, so a
refusal leaves the database as it was. Field changes of cases and queue items are audited;
events are published after the commit.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from casedesk.controllers import audit, charging, events
from casedesk.controllers.activities import status_reasons
from casedesk.controllers.admin import get_setting, set_setting
from casedesk.controllers.cases import (
    NewCase,
    _as_datetime,
    case_conflict,
    check_versions,
    create_case,
)
from casedesk.controllers.errors import (
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import (
    Account,
    Activity,
    AppUser,
    Case,
    CaseResolution,
    Connection,
    Contact,
    Note,
    OptionValue,
    QueueItem,
    Setting,
    StatusTransition,
    Team,
    utcnow,
)
from casedesk.models.db import write_transaction
from casedesk.models.options import (
    ActivityState,
    AuditAction,
    CaseState,
    ConnectionRole,
    OptionSet,
    QueueItemState,
    ResolutionState,
    Role,
    StatusReason,
)

RESOLUTION_MAX = 500  # characters of the resolution text ("short text", SPEC §2.3)
BILLABLE_MAX = 100_000  # minutes
MERGE_MIN, MERGE_MAX = 2, 10
CHILD_LIMIT_MIN, CHILD_LIMIT_MAX = 1, 1000
REASON_LABEL_MAX = 100
CUSTOM_REASON_START = 100_000  # administrators' own status reasons are numbered from here
PARENT_CLOSURES = ("independent", "close_children", "block_parent")
INHERITABLE_FIELDS = ("title", "customer", "contact", "subject", "product", "origin",
                      "case_type", "priority", "severity", "description", "owner")
ALWAYS_INHERITED = ("title", "customer")

_ACTIVE = int(CaseState.ACTIVE)
_RESOLVED = int(CaseState.RESOLVED)
_CANCELED = int(CaseState.CANCELED)


# -- read side -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenActivity:
    id: int
    kind: int
    subject: str
    due: datetime | None
    owner: str


@dataclass(frozen=True)
class CaseBrief:
    id: int
    number: str
    title: str
    state: int
    status_reason: int
    created_on: datetime
    customer: str


_ActOwner = AppUser.alias("lc_owner")
_ActTeam = Team.alias("lc_owner_team")
_CustAccount = Account.alias("lc_account")
_CustContact = Contact.alias("lc_contact")


def open_activities(case_id: int) -> list[OpenActivity]:
    """The case's open activities, soonest due first (undated last)."""
    rows = (Activity.select(Activity.id, Activity.kind, Activity.subject,
                            Activity.scheduled_end,
                            fn.COALESCE(_ActOwner.name, _ActTeam.name, ""))
            .join_from(Activity, _ActOwner, JOIN.LEFT_OUTER,
                       on=(Activity.owner_user == _ActOwner.id))
            .join_from(Activity, _ActTeam, JOIN.LEFT_OUTER,
                       on=(Activity.owner_team == _ActTeam.id))
            .where((Activity.regarding_case == case_id)
                   & (Activity.state == int(ActivityState.OPEN)))
            .tuples())
    result = [OpenActivity(r[0], r[1], r[2], _as_datetime(r[3]) if r[3] else None, r[4] or "")
              for r in rows]
    result.sort(key=lambda a: (a.due is None, a.due or datetime.min, a.id))
    return result


def _briefs(where) -> list[CaseBrief]:
    rows = (Case.select(Case.id, Case.number, Case.title, Case.state, Case.status_reason,
                        Case.created_on,
                        fn.COALESCE(_CustAccount.name, _CustContact.full_name, ""))
            .join_from(Case, _CustAccount, JOIN.LEFT_OUTER,
                       on=(Case.customer_account == _CustAccount.id))
            .join_from(Case, _CustContact, JOIN.LEFT_OUTER,
                       on=(Case.customer_contact == _CustContact.id))
            .where(where).order_by(Case.created_on, Case.id).tuples())
    return [CaseBrief(r[0], r[1], r[2], r[3], r[4], _as_datetime(r[5]), r[6]) for r in rows]


def case_briefs(case_ids: list[int]) -> list[CaseBrief]:
    """The cases in the order given (missing ones left out): e.g. a list's selection for
    the Merge Cases dialog."""
    found = {b.id: b for b in _briefs(Case.id.in_(list(case_ids)))}
    return [found[i] for i in case_ids if i in found]


def child_cases(case_id: int) -> list[CaseBrief]:
    """The case's child cases (any state), oldest first."""
    return _briefs(Case.parent_case == case_id)


def merged_cases(case_id: int) -> list[CaseBrief]:
    """The cases merged into this one (their Master Case is this case)."""
    return _briefs(Case.master_case == case_id)


def parent_case(case_id: int) -> CaseBrief | None:
    parent_id = Case.select(Case.parent_case).where(Case.id == case_id).scalar()
    if parent_id is None:
        return None
    found = _briefs(Case.id == parent_id)
    return found[0] if found else None


def _active_children(case_id: int) -> list[CaseBrief]:
    return _briefs((Case.parent_case == case_id) & (Case.state == _ACTIVE))


@dataclass(frozen=True)
class CloseInfo:
    case_id: int
    number: str
    title: str
    total_time: int  # minutes: Duration of the case's completed, not yet billed activities
    open_activities: list[OpenActivity]
    resolution_types: tuple[int, ...]  # Resolved reasons allowed (transitions applied)
    default_type: int
    billable_step: int  # minutes, the setting
    active_children: list[CaseBrief]
    parent_closure: str


def _total_time(case_id: int) -> int:
    return (Activity.select(fn.COALESCE(fn.SUM(Activity.duration_minutes), 0))
            .where(_billable_activities(case_id)).scalar()) or 0


def _billable_activities(case_id: int):
    return ((Activity.regarding_case == case_id)
            & (Activity.state == int(ActivityState.COMPLETED))
            & (Activity.billed == False))  # noqa: E712


def _choices_for(case: Case, state: int) -> tuple[tuple[int, ...], int]:
    """(active reasons of the state the case may move to, the default among them)."""
    rows = _reason_rows(state)
    allowed = allowed_targets(case.status_reason)
    values = tuple(r.value for r in rows
                   if allowed is None or r.value in allowed or r.value == case.status_reason)
    defaults = [r.value for r in rows if r.is_default and r.value in values]
    default = defaults[0] if defaults else (values[0] if values else 0)
    return values, default


def close_info(case_id: int) -> CloseInfo:
    """What the Close Case dialog shows (whatever the case's state; resolve_case refuses a
    case that is not active)."""
    case = _get_case(case_id)
    types, default = _choices_for(case, _RESOLVED)
    return CloseInfo(case.id, case.number, case.title, _total_time(case.id),
                     open_activities(case.id), types, default,
                     int(get_setting("billable_time_step_minutes")),
                     _active_children(case.id), get_setting("parent_closure"))


@dataclass(frozen=True)
class CancelInfo:
    case_id: int
    number: str
    open_activities: list[OpenActivity]
    reasons: tuple[int, ...]  # Canceled reasons allowed (Canceled 6, Merged 2000, custom)
    default_reason: int
    active_children: list[CaseBrief]
    parent_closure: str


def cancel_info(case_id: int) -> CancelInfo:
    """What the Confirm Cancellation dialog shows."""
    case = _get_case(case_id)
    reasons, default = _choices_for(case, _CANCELED)
    return CancelInfo(case.id, case.number, open_activities(case.id), reasons, default,
                      _active_children(case.id), get_setting("parent_closure"))


# -- shared steps (inside the caller's transaction) ----------------------------------------


def _charge_entitlement(case_id: int, event: str, **kw) -> list[int]:
    """Move entitlement terms for a lifecycle event of the case (SPEC §3.3): `event` is one
    of "resolved" (billable_minutes=…), "canceled", "reactivated" (from_state=…), "merged";
    user_id=… stamps the ledger rows. Called inside the command's transaction, after the
    case row was written. Returns the ids of the entitlements whose terms moved."""
    return charging.charge(case_id, event, **kw)


def _publish_entitlements(session: Session, entitlement_ids) -> None:
    ids = sorted(set(entitlement_ids))
    if ids:
        session.events.publish(events.ENTITLEMENTS_CHANGED, ids=ids)


def _get_case(case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound("incident", case_id)
    return case


def _check_version(case: Case, expected_version: int | None) -> None:
    """ConflictError (with theirs, who and when) when the case is not at the version the
    user saw; None checks nothing."""
    if expected_version is not None and case.version != expected_version:
        raise case_conflict(case.id)


def _require_active(case: Case) -> None:
    if case.state != _ACTIVE:
        raise RuleViolation("not_active", number=case.number)


def _write_case(session: Session, case: Case, now: datetime, action=AuditAction.UPDATE,
                **changes) -> None:
    """Update the case's columns (version + 1) and audit the fields that changed."""
    old = {name: case.__data__.get(name) for name in changes}
    updated = (Case.update(**changes, version=Case.version + 1, modified_on=now,
                           modified_by=session.user_id)
               .where((Case.id == case.id) & (Case.version == case.version)).execute())
    if updated != 1:  # another process saved between our read and write
        raise case_conflict(case.id)
    audit.record_changes(session, "incident", case.id, old, changes, action)


def _set_queue_item_state(session: Session, case_id: int, state: QueueItemState,
                          now: datetime) -> None:
    """The case's one queue item (if any) active or inactive; audited."""
    item = QueueItem.get_or_none(QueueItem.case == case_id)
    if item is None or item.state == int(state):
        return
    QueueItem.update(state=int(state), version=QueueItem.version + 1, modified_on=now,
                     modified_by=session.user_id).where(QueueItem.id == item.id).execute()
    audit.record_changes(session, "queue_item", item.id, {"state": item.state},
                         {"state": int(state)}, AuditAction.STATE)


def _cancel_open_activities(session: Session, case_id: int, now: datetime) -> list[int]:
    """Cancel the case's open activities with their kind's canceled reason; their ids."""
    by_kind: dict[int, list[int]] = {}
    for activity_id, kind in (Activity.select(Activity.id, Activity.kind)
                              .where((Activity.regarding_case == case_id)
                                     & (Activity.state == int(ActivityState.OPEN))).tuples()):
        by_kind.setdefault(kind, []).append(activity_id)
    for kind, ids in by_kind.items():
        (Activity.update(state=int(ActivityState.CANCELED),
                         status_reason=status_reasons(kind).default_canceled, closed_on=now,
                         version=Activity.version + 1, modified_on=now,
                         modified_by=session.user_id)
         .where(Activity.id.in_(ids)).execute())
    return [i for ids in by_kind.values() for i in ids]


def _closing_children(case: Case) -> list[Case]:
    """The active children the closure preference closes with the case (SPEC §2.7);
    RuleViolation('active_children') when it forbids closing the parent."""
    children = list(Case.select().where((Case.parent_case == case.id) & (Case.state == _ACTIVE))
                    .order_by(Case.created_on, Case.id))
    if not children:
        return []
    closure = get_setting("parent_closure")
    if closure == "block_parent":
        raise RuleViolation("active_children", count=len(children), number=case.number)
    return children if closure == "close_children" else []


def _check_reason(state: int, value, field: str) -> None:
    if not isinstance(value, int) or value not in {r.value for r in _reason_rows(state)}:
        raise ValidationError(field, "invalid")


# -- resolve -------------------------------------------------------------------------------


def _resolve(session: Session, case: Case, resolution_type: int, text: str, billable: int,
             now: datetime, touched: list[int], charged: list[int]) -> int:
    touched += _cancel_open_activities(session, case.id, now)
    counted = [i for (i,) in Activity.select(Activity.id)
               .where(_billable_activities(case.id)).tuples()]
    total = _total_time(case.id)
    resolution_id = CaseResolution.insert(
        case=case.id, resolution_type=resolution_type, resolution=text, total_time=total,
        billable_time=billable, resolved_by=session.user_id, resolved_on=now,
        state=int(ResolutionState.COMPLETED), created_on=now, modified_on=now,
        created_by=session.user_id, modified_by=session.user_id).execute()
    if counted:
        (Activity.update(billed=True, billed_by=resolution_id, version=Activity.version + 1,
                         modified_on=now, modified_by=session.user_id)
         .where(Activity.id.in_(counted)).execute())
        touched += counted
    _write_case(session, case, now, AuditAction.STATE, state=_RESOLVED,
                status_reason=resolution_type, resolved_on=now)
    _set_queue_item_state(session, case.id, QueueItemState.INACTIVE, now)
    charged += _charge_entitlement(case.id, "resolved", billable_minutes=billable,
                                   user_id=session.user_id)
    return resolution_id


def resolve_case(session: Session, case_id: int, *, resolution_type: int, resolution: str,
                 billable_time: int, expected_version: int | None = None) -> int:
    """Close Case (SPEC §2.3), one transaction: open activities canceled, a Case Resolution
    created, the counted activities billed, the case Resolved, its queue item inactive,
    the entitlement hook, the closure preference for its children. Returns the resolution's
    id."""
    with write_transaction():
        case = _get_case(case_id)
        _check_version(case, expected_version)
        _require_active(case)
        _check_reason(_RESOLVED, resolution_type, "resolution_type")
        text = clean_text("resolution", resolution, max_length=RESOLUTION_MAX, required=True)
        if (not isinstance(billable_time, int) or isinstance(billable_time, bool)
                or not 0 <= billable_time <= BILLABLE_MAX):
            raise ValidationError("billable_time", "invalid")
        check_transition(case.status_reason, resolution_type)
        children = _closing_children(case)
        for child in children:
            check_transition(child.status_reason, resolution_type)
        now = utcnow()
        touched: list[int] = []
        charged: list[int] = []
        resolution_id = _resolve(session, case, resolution_type, text, billable_time, now,
                                 touched, charged)
        for child in children:
            _resolve(session, child, resolution_type, text, 0, now, touched, charged)
    case_ids = [case_id] + [c.id for c in children]
    session.events.publish(events.CASES_CHANGED, ids=case_ids)
    _publish_entitlements(session, charged)
    if touched:
        session.events.publish(events.ACTIVITIES_CHANGED, case_ids=case_ids, ids=touched)
    return resolution_id


# -- cancel --------------------------------------------------------------------------------


def _cancel(session: Session, case: Case, reason: int, now: datetime,
            touched: list[int], charged: list[int]) -> None:
    touched += _cancel_open_activities(session, case.id, now)
    _write_case(session, case, now, AuditAction.STATE, state=_CANCELED, status_reason=reason)
    _set_queue_item_state(session, case.id, QueueItemState.INACTIVE, now)
    charged += _charge_entitlement(case.id, "canceled", user_id=session.user_id)


def cancel_case(session: Session, case_id: int, *, status_reason: int = 6,
                merge_into: int | None = None, expected_version: int | None = None) -> None:
    """Cancel Case (SPEC §2.4). Canceled (or an administrator's own canceled reason): open
    activities canceled with it, the case Canceled, its queue item inactive, the closure
    preference applied to its children. Merged: merge_cases([case_id, merge_into],
    merge_into) (ValidationError('merge_into', 'required' | 'invalid' for the case itself)).
    `merge_into` is ignored for the other reasons."""
    with write_transaction():
        case = _get_case(case_id)
        _check_version(case, expected_version)
        _require_active(case)
        _check_reason(_CANCELED, status_reason, "status_reason")
        charged: list[int] = []
        if status_reason == int(StatusReason.MERGED):
            if merge_into is None:
                raise ValidationError("merge_into", "required")
            if merge_into == case_id:
                raise ValidationError("merge_into", "invalid")
            case_ids, touched = _merge(session, [case_id, merge_into], merge_into, charged)
        else:
            check_transition(case.status_reason, status_reason)
            children = _closing_children(case)
            for child in children:
                check_transition(child.status_reason, status_reason)
            now = utcnow()
            touched = []
            _cancel(session, case, status_reason, now, touched, charged)
            for child in children:
                _cancel(session, child, status_reason, now, touched, charged)
            case_ids = [case_id] + [c.id for c in children]
    session.events.publish(events.CASES_CHANGED, ids=case_ids)
    _publish_entitlements(session, charged)
    if touched:
        session.events.publish(events.ACTIVITIES_CHANGED, case_ids=case_ids, ids=touched)


# -- reactivate ----------------------------------------------------------------------------


def reactivate_case(session: Session, case_id: int, *,
                    expected_version: int | None = None) -> None:
    """Reactivate Case (SPEC §2.5): Active / In Progress; the last resolution Canceled and the
    billed flags it set cleared; the case's queue item active again; Master Case cleared
    (a reactivated merged case is no longer merged; its Merged Into connection stays)."""
    target = int(StatusReason.IN_PROGRESS)
    with write_transaction():
        case = _get_case(case_id)
        _check_version(case, expected_version)
        if case.state == _ACTIVE:
            raise RuleViolation("already_active", number=case.number)
        check_transition(case.status_reason, target)
        now = utcnow()
        unbilled: list[int] = []
        last = None
        if case.state == _RESOLVED:  # a canceled case has no current resolution
            last = (CaseResolution.select()
                    .where((CaseResolution.case == case_id)
                           & (CaseResolution.state == int(ResolutionState.COMPLETED)))
                    .order_by(CaseResolution.resolved_on.desc(), CaseResolution.id.desc())
                    .first())
        if last is not None:
            CaseResolution.update(state=int(ResolutionState.CANCELED),
                                  version=CaseResolution.version + 1, modified_on=now,
                                  modified_by=session.user_id).where(
                CaseResolution.id == last.id).execute()
            unbilled = [i for (i,) in Activity.select(Activity.id)
                        .where(Activity.billed_by == last.id).tuples()]
            if unbilled:
                (Activity.update(billed=False, billed_by=None, version=Activity.version + 1,
                                 modified_on=now, modified_by=session.user_id)
                 .where(Activity.id.in_(unbilled)).execute())
        _write_case(session, case, now, AuditAction.STATE, state=_ACTIVE, status_reason=target,
                    resolved_on=None, master_case=None)
        _set_queue_item_state(session, case_id, QueueItemState.ACTIVE, now)
        charged = _charge_entitlement(case_id, "reactivated", from_state=case.state,
                                      user_id=session.user_id)
    session.events.publish(events.CASES_CHANGED, ids=[case_id])
    _publish_entitlements(session, charged)
    if unbilled:
        session.events.publish(events.ACTIVITIES_CHANGED, case_ids=[case_id], ids=unbilled)


# -- merge ---------------------------------------------------------------------------------


def _merge(session: Session, case_ids: list[int], target_id: int,
           charged: list[int], expected_versions=None) -> tuple[list[int], list[int]]:
    """Check and merge (inside the caller's transaction); (cases touched, activity and note
    ids moved). The entitlements whose terms moved are added to `charged`."""
    ids = list(dict.fromkeys(int(i) for i in case_ids))
    if not MERGE_MIN <= len(ids) <= MERGE_MAX:
        raise RuleViolation("merge_count", count=len(ids), min=MERGE_MIN, max=MERGE_MAX)
    if target_id not in ids:
        raise RuleViolation("invalid_target")
    cases = {c.id: c for c in Case.select().where(Case.id.in_(ids))}
    for case_id in ids:
        if case_id not in cases:
            raise NotFound("incident", case_id)
    check_versions([cases[i] for i in ids], expected_versions)
    for case_id in ids:
        _require_active(cases[case_id])
    if len({c.parent_case_id for c in cases.values()}) > 1:
        raise RuleViolation("different_parents")
    others = [cases[i] for i in ids if i != target_id]
    other_ids = [c.id for c in others]
    merged = int(StatusReason.MERGED)
    for other in others:
        check_transition(other.status_reason, merged)
    moving_children = list(Case.select().where(Case.parent_case.in_(other_ids))
                           .order_by(Case.created_on, Case.id))
    if moving_children:
        limit = int(get_setting("child_case_limit"))
        existing = Case.select().where(Case.parent_case == target_id).count()
        if existing + len(moving_children) > limit:
            raise RuleViolation("too_many_children", max=limit)

    now = utcnow()
    stamp = {"modified_on": now, "modified_by": session.user_id}
    moved = [i for (i,) in Activity.select(Activity.id)
             .where(Activity.regarding_case.in_(other_ids)).tuples()]
    if moved:
        Activity.update(regarding_case=target_id, version=Activity.version + 1, **stamp).where(
            Activity.id.in_(moved)).execute()
    notes = [i for (i,) in Note.select(Note.id).where(Note.case.in_(other_ids)).tuples()]
    if notes:
        Note.update(case=target_id, version=Note.version + 1, **stamp).where(
            Note.id.in_(notes)).execute()
    # connections to cases outside the merge follow to the target; those between the
    # merged cases stay as they are
    (Connection.update(case_from=target_id, version=Connection.version + 1, **stamp)
     .where(Connection.case_from.in_(other_ids) & Connection.case_to.not_in(ids)).execute())
    (Connection.update(case_to=target_id, version=Connection.version + 1, **stamp)
     .where(Connection.case_to.in_(other_ids) & Connection.case_from.not_in(ids)).execute())
    for child in moving_children:
        _write_case(session, child, now, parent_case=target_id)
    for other in others:
        _write_case(session, other, now, AuditAction.STATE, state=_CANCELED,
                    status_reason=merged, master_case=target_id)
        Connection.insert(case_from=other.id, case_to=target_id,
                          role=int(ConnectionRole.MERGED_INTO), created_on=now,
                          created_by=session.user_id, **stamp).execute()
        _set_queue_item_state(session, other.id, QueueItemState.INACTIVE, now)
        charged += _charge_entitlement(other.id, "merged", user_id=session.user_id)
    touched_cases = [target_id, *other_ids, *(c.id for c in moving_children)]
    return touched_cases, moved + notes


def merge_cases(session: Session, case_ids: list[int], target_id: int, *,
                expected_versions: Mapping[int, int] | None = None) -> None:
    """Merge Cases (SPEC §2.6): 2 to 10 active cases with the same parent, the target among
    them. Each other case's activities (open ones stay open), notes, connections and child
    cases move to the target; it becomes Canceled / Merged with Master Case = the target and
    a Merged Into connection; its queue item goes inactive. The target keeps its fields.
    `expected_versions` {case id: version the user saw}: ConflictError, nothing merged,
    when one of them was saved since."""
    charged: list[int] = []
    with write_transaction():
        case_ids, moved = _merge(session, case_ids, target_id, charged, expected_versions)
    session.events.publish(events.CASES_CHANGED, ids=case_ids)
    _publish_entitlements(session, charged)
    if moved:
        session.events.publish(events.ACTIVITIES_CHANGED, case_ids=case_ids, ids=moved)


# -- parent and child cases ----------------------------------------------------------------


def _child_limit() -> int:
    return int(get_setting("child_case_limit"))


def _inherited_owner(parent: Case) -> tuple[int | None, int | None]:
    """The parent's owner, unless it is a user who was deactivated since (then: me)."""
    if parent.owner_user_id is not None and not AppUser.select().where(
            (AppUser.id == parent.owner_user_id)
            & (AppUser.active == True)).exists():  # noqa: E712
        return None, None
    return parent.owner_user_id, parent.owner_team_id


def create_child_case(session: Session, parent_id: int, *, title: str | None = None) -> int:
    """Create Child Case (SPEC §2.7): a new case under the parent with the inherited fields
    (the setting; title and customer always; `title` replaces the parent's). Returns its
    id."""
    with write_transaction():
        parent = _get_case(parent_id)
        _require_active(parent)
        if parent.parent_case_id is not None:
            raise RuleViolation("child_of_child")
        limit = _child_limit()
        if Case.select().where(Case.parent_case == parent_id).count() >= limit:
            raise RuleViolation("too_many_children", max=limit)
        inherited = set(case_settings().inherited_fields)
        new = NewCase(title=parent.title if title is None else title,
                      customer_account_id=parent.customer_account_id,
                      customer_contact_id=parent.customer_contact_id)
        if "contact" in inherited:
            new.contact_id = parent.contact_id
        for name in ("subject", "product"):
            if name in inherited:
                setattr(new, f"{name}_id", getattr(parent, f"{name}_id"))
        for name in ("origin", "case_type", "priority", "severity", "description"):
            if name in inherited:
                setattr(new, name, getattr(parent, name))
        if "owner" in inherited:
            new.owner_user_id, new.owner_team_id = _inherited_owner(parent)
        child_id = create_case(session, new, publish=False)
        Case.update(parent_case=parent_id).where(Case.id == child_id).execute()
        audit.record_create(session, "incident", child_id, {"parent_case": parent_id})
    session.events.publish(events.CASES_CREATED, ids=[child_id])
    session.events.publish(events.CASES_CHANGED, ids=[parent_id])
    return child_id


def associate_child_cases(session: Session, parent_id: int, child_ids: list[int], *,
                          expected_versions: Mapping[int, int] | None = None) -> None:
    """Associate Child Cases (SPEC §2.7): the cases become children of the parent (a child
    of another parent moves). All must be active; one level only; at most N children.
    `expected_versions` {case id: version the user saw} (the children, and the parent when
    given): ConflictError, nothing changed, when one of them was saved since."""
    ids = list(dict.fromkeys(int(i) for i in child_ids))
    with write_transaction():
        parent = _get_case(parent_id)
        _require_active(parent)
        if parent_id in ids:
            raise RuleViolation("self_parent", number=parent.number)
        if parent.parent_case_id is not None:
            raise RuleViolation("child_of_child")
        children = {c.id: c for c in Case.select().where(Case.id.in_(ids))}
        for child_id in ids:
            if child_id not in children:
                raise NotFound("incident", child_id)
        check_versions([parent, *(children[i] for i in ids)], expected_versions)
        parents_of_others = {p for (p,) in Case.select(Case.parent_case)
                             .where(Case.parent_case.in_(ids)).distinct().tuples()}
        for child_id in ids:
            child = children[child_id]
            _require_active(child)
            if child_id in parents_of_others:
                raise RuleViolation("parent_as_child", number=child.number)
        new = [children[i] for i in ids if children[i].parent_case_id != parent_id]
        limit = _child_limit()
        existing = Case.select().where(Case.parent_case == parent_id).count()
        if existing + len(new) > limit:
            raise RuleViolation("too_many_children", max=limit)
        now = utcnow()
        for child in new:
            _write_case(session, child, now, parent_case=parent_id)
    if new:
        session.events.publish(events.CASES_CHANGED, ids=[parent_id, *(c.id for c in new)])


def remove_parent(session: Session, case_id: int, *,
                  expected_version: int | None = None) -> None:
    """The case is no longer a child case (active cases only; no-op without a parent)."""
    with write_transaction():
        case = _get_case(case_id)
        _check_version(case, expected_version)
        old_parent = case.parent_case_id
        if old_parent is None:
            return
        _require_active(case)
        _write_case(session, case, utcnow(), parent_case=None)
    session.events.publish(events.CASES_CHANGED, ids=[case_id, old_parent])


# -- escalate ------------------------------------------------------------------------------


def _set_escalated(session: Session, case_id: int, escalated: bool,
                   expected_version: int | None) -> None:
    with write_transaction():
        case = _get_case(case_id)
        _check_version(case, expected_version)
        _require_active(case)
        if bool(case.is_escalated) == escalated:
            return
        now = utcnow()
        changes = {"is_escalated": escalated}
        if escalated:
            changes["escalated_on"] = now
        _write_case(session, case, now, **changes)
    session.events.publish(events.CASES_CHANGED, ids=[case_id])


def escalate(session: Session, case_id: int, *, expected_version: int | None = None) -> None:
    """Escalate (SPEC §2.9): Is Escalated set and Escalated On now (active cases only;
    nothing happens when it is escalated already)."""
    _set_escalated(session, case_id, True, expected_version)


def de_escalate(session: Session, case_id: int, *, expected_version: int | None = None) -> None:
    """De-escalate: the flag cleared (Escalated On keeps when it was escalated)."""
    _set_escalated(session, case_id, False, expected_version)


# -- status reasons and transitions (administrators) ---------------------------------------


@dataclass(frozen=True)
class ReasonInfo:
    value: int
    state: int
    label: str
    builtin: bool


@dataclass(frozen=True)
class TransitionMatrix:
    enabled: bool
    reasons: tuple[ReasonInfo, ...]
    allowed: dict[int, frozenset[int]]


def _require_admin(session: Session) -> None:
    if not session.has_role(Role.ADMINISTRATOR):
        raise PermissionDenied("settings")


def _reason_rows(state: int | None = None) -> list[OptionValue]:
    """The active status reasons (of one state), in display order."""
    query = OptionValue.select().where((OptionValue.option_set == OptionSet.STATUS_REASON)
                                       & (OptionValue.active == True))  # noqa: E712
    if state is not None:
        query = query.where(OptionValue.state == state)
    return list(query.order_by(OptionValue.state, OptionValue.sort_order, OptionValue.value))


def status_reason_infos(state: int | None = None) -> tuple[ReasonInfo, ...]:
    """The active status reasons (of one state), in display order."""
    return tuple(ReasonInfo(r.value, r.state, r.label, r.builtin) for r in _reason_rows(state))


def _stored_transitions() -> dict[int, frozenset[int]]:
    allowed: dict[int, set[int]] = {}
    for from_reason, to_reason in StatusTransition.select(
            StatusTransition.from_reason, StatusTransition.to_reason).tuples():
        allowed.setdefault(from_reason, set()).add(to_reason)
    return {k: frozenset(v) for k, v in allowed.items()}


def transition_matrix() -> TransitionMatrix:
    """The matrix as stored: on or off, the reasons, and from → allowed targets."""
    return TransitionMatrix(bool(get_setting("transitions_enabled")), status_reason_infos(),
                            _stored_transitions())


def allowed_targets(from_reason: int) -> frozenset[int] | None:
    """The reasons a case with `from_reason` may change to; None when the matrix is off
    (every change allowed)."""
    if not get_setting("transitions_enabled"):
        return None
    return frozenset(to for (to,) in StatusTransition.select(StatusTransition.to_reason)
                     .where(StatusTransition.from_reason == from_reason).tuples())


def check_transition(from_reason: int, to_reason: int) -> None:
    """RuleViolation('transition_not_allowed', from_reason, to_reason) when the matrix is on
    and does not allow the change (keeping the same reason is always allowed)."""
    if from_reason == to_reason:
        return
    allowed = allowed_targets(from_reason)
    if allowed is not None and to_reason not in allowed:
        raise RuleViolation("transition_not_allowed", from_reason=from_reason,
                            to_reason=to_reason)


def _without_path(allowed: dict[int, set[int]]) -> list[int]:
    """The active reasons from which no chain of allowed changes reaches a Resolved or a
    Canceled reason."""
    rows = _reason_rows()
    closing = {r.value for r in rows if r.state in (_RESOLVED, _CANCELED)}
    stuck = []
    for start in (r.value for r in rows if r.state == _ACTIVE):
        seen, todo = {start}, deque([start])
        found = False
        while todo and not found:
            for nxt in allowed.get(todo.popleft(), ()):
                if nxt in closing:
                    found = True
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        if not found:
            stuck.append(start)
    return stuck


def set_transitions(session: Session, *, enabled: bool,
                    allowed: dict[int, set[int]]) -> None:
    """Store the matrix (administrators). Refuses, when it is on, a matrix in which an active
    reason has no path to a Resolved or a Canceled reason (RuleViolation('no_path',
    reasons=[…])). Changes to the same reason are dropped. Audited as a setting."""
    _require_admin(session)
    known = {r.value for r in OptionValue.select(OptionValue.value).where(
        OptionValue.option_set == OptionSet.STATUS_REASON)}
    cleaned: dict[int, set[int]] = {}
    for from_reason, targets in allowed.items():
        for to_reason in targets:
            for value in (from_reason, to_reason):
                if value not in known:
                    raise ValidationError("transitions", "invalid", reason=value)
            if from_reason != to_reason:
                cleaned.setdefault(int(from_reason), set()).add(int(to_reason))
    with write_transaction():
        if enabled:
            stuck = _without_path(cleaned)
            if stuck:
                raise RuleViolation("no_path", reasons=stuck)
        old = _stored_transitions()
        StatusTransition.delete().execute()
        rows = [{"from_reason": f, "to_reason": t, "created_by": session.user_id,
                 "modified_by": session.user_id}
                for f, targets in sorted(cleaned.items()) for t in sorted(targets)]
        if rows:
            StatusTransition.insert_many(rows).execute()
        set_setting(session, "transitions_enabled", bool(enabled))
        row_id = Setting.select(Setting.id).where(Setting.key == "transitions_enabled").scalar()
        audit.record_changes(session, "setting", row_id,
                             {"status_transitions": _matrix_text(old)},
                             {"status_transitions": _matrix_text(cleaned)})
    session.events.publish(events.SETTINGS_CHANGED, keys=["transitions_enabled",
                                                          "status_transitions"])


def _matrix_text(allowed) -> str:
    return json.dumps({str(k): sorted(v) for k, v in sorted(allowed.items()) if v})


def add_status_reason(session: Session, state: int, label: str) -> int:
    """An administrator's own status reason of the state (SPEC §2.1): a new value (from
    100000), active, listed after the state's reasons. Returns the value."""
    _require_admin(session)
    if state not in (_ACTIVE, _RESOLVED, _CANCELED):
        raise ValidationError("state", "invalid")
    label = clean_text("label", label, max_length=REASON_LABEL_MAX, required=True)
    with write_transaction():
        same_state = OptionValue.select().where(
            (OptionValue.option_set == OptionSet.STATUS_REASON) & (OptionValue.state == state))
        if any(r.label.casefold() == label.casefold() for r in same_state):
            raise ValidationError("label", "taken", label=label)
        reasons = OptionValue.select().where(OptionValue.option_set == OptionSet.STATUS_REASON)
        top = reasons.select(fn.MAX(OptionValue.value)).scalar() or 0
        value = max(top + 1, CUSTOM_REASON_START)
        order = (reasons.select(fn.MAX(OptionValue.sort_order)).scalar() or 0) + 1
        row_id = OptionValue.insert(
            option_set=OptionSet.STATUS_REASON, value=value, label=label, state=state,
            sort_order=order, builtin=False, active=True, created_by=session.user_id,
            modified_by=session.user_id).execute()
        audit.record_create(session, "option_value", row_id,
                            {"option_set": OptionSet.STATUS_REASON, "value": value,
                             "label": label, "state": state})
    session.events.publish(events.SETTINGS_CHANGED, keys=["status_reason"])
    return value


# -- parent/child settings (administrators) ------------------------------------------------


@dataclass(frozen=True)
class CaseSettings:
    child_case_limit: int
    parent_closure: str
    inherited_fields: tuple[str, ...]


def case_settings() -> CaseSettings:
    """The parent/child settings; inherited fields in INHERITABLE_FIELDS order, with title
    and customer always."""
    stored = set(get_setting("inherited_fields")) | set(ALWAYS_INHERITED)
    return CaseSettings(int(get_setting("child_case_limit")), get_setting("parent_closure"),
                        tuple(f for f in INHERITABLE_FIELDS if f in stored))


def set_case_settings(session: Session, settings: CaseSettings) -> None:
    """Store the parent/child settings (administrators; one transaction, audited)."""
    _require_admin(session)
    limit = settings.child_case_limit
    if (not isinstance(limit, int) or isinstance(limit, bool)
            or not CHILD_LIMIT_MIN <= limit <= CHILD_LIMIT_MAX):
        raise ValidationError("child_case_limit", "invalid", min=CHILD_LIMIT_MIN,
                              max=CHILD_LIMIT_MAX)
    if settings.parent_closure not in PARENT_CLOSURES:
        raise ValidationError("parent_closure", "invalid")
    fields = set(settings.inherited_fields)
    if not fields <= set(INHERITABLE_FIELDS):
        raise ValidationError("inherited_fields", "invalid")
    fields |= set(ALWAYS_INHERITED)
    inherited = [f for f in INHERITABLE_FIELDS if f in fields]
    with write_transaction():
        for key, value in (("child_case_limit", limit),
                           ("parent_closure", settings.parent_closure),
                           ("inherited_fields", inherited)):
            if get_setting(key) != value:
                set_setting(session, key, value)
    session.events.publish(events.SETTINGS_CHANGED,
                           keys=["child_case_limit", "parent_closure", "inherited_fields"])
