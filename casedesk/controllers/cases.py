"""Case commands and the case-list read side (SPEC §1.1, §4.2).

List pages are keyset-paged: a page ends with the sort value and id of its last row, and the
next page starts after them, so page 2,000 costs what page 1 costs. Sorting and filtering
happen in SQL; rows come back as plain tuples shaped for the view.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import IntEnum
from typing import NamedTuple

from peewee import JOIN, OP, SQL, Expression, NodeList, Tuple, Value, fn

from casedesk.controllers import audit, charging, events, search
from casedesk.controllers.admin import get_setting
from casedesk.controllers.errors import ConflictError, NotFound, RuleViolation, ValidationError
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import (
    Account,
    Activity,
    AppUser,
    Case,
    CaseNumberCounter,
    CaseResolution,
    Contact,
    Entitlement,
    Note,
    Product,
    Queue,
    QueueItem,
    Subject,
    Team,
    db,
    utcnow,
)
from casedesk.models.case import TITLE_MAX
from casedesk.models.db import write_transaction
from casedesk.models.migrations import m0005_search
from casedesk.models.options import (
    CaseState,
    CaseType,
    Origin,
    Priority,
    QueueItemState,
    ServiceStage,
    StatusReason,
)
from casedesk.models.text import sort_key as text_sort_key

SUFFIX_ALPHABET = string.ascii_uppercase + string.digits
DESCRIPTION_MAX = 100_000


# -- case numbers ------------------------------------------------------------------------


def format_case_number(prefix: str, counter: int, suffix: str) -> str:
    return f"{prefix}-{counter:05d}-{suffix}"


def random_suffix(length: int) -> str:
    return "".join(secrets.choice(SUFFIX_ALPHABET) for _ in range(length))


def allocate_case_number() -> str:
    """Take the next counter value (inside the caller's write transaction)."""
    prefix = get_setting("case_number_prefix")
    length = get_setting("case_number_suffix_length")
    cursor = (CaseNumberCounter
              .update(next_value=CaseNumberCounter.next_value + 1)
              .where(CaseNumberCounter.prefix == prefix)
              .returning(CaseNumberCounter.next_value)
              .execute())
    rows = list(cursor)
    if not rows:
        CaseNumberCounter.insert(prefix=prefix, next_value=1001).execute()
        value = 1000
    else:
        value = rows[0].next_value - 1
    return format_case_number(prefix, value, random_suffix(length))


# -- commands ----------------------------------------------------------------------------


def _customer_name(account_id, contact_id) -> str:
    if account_id:
        row = Account.get_or_none(Account.id == account_id)
        if row is None:
            raise ValidationError("customer", "not_found")
        return row.name
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise ValidationError("customer", "not_found")
    return row.full_name


def sort_key(text: str | None) -> str:
    """How customer names sort and filter (models.text.sort_key, bounded to the column)."""
    return text_sort_key(text, 161)


#: (field, model) of the optional lookups a new case may name
_LOOKUPS = (("contact", Contact), ("subject", Subject), ("product", Product),
            ("queue", Queue))


def create_case(session: Session, new: NewCase, *, publish: bool = True) -> int:
    """Validate, number and save a new case (one transaction, audited). Returns its id."""
    if new.owner_user_id is None and new.owner_team_id is None:
        new = replace(new, owner_user_id=session.user_id)  # the owner defaults to the creator
    with write_transaction():
        values = _validated(new)  # also checks that the queue exists
        _apply_entitlement(new, values)
        now = utcnow()
        case_id = Case.insert(
            **values, number=allocate_case_number(), state=int(CaseState.ACTIVE),
            created_on=now, modified_on=now, created_by=session.user_id,
            modified_by=session.user_id).execute()
        number = Case.select(Case.number).where(Case.id == case_id).scalar()
        audited = {"number": number, "state": int(CaseState.ACTIVE)}
        audited.update({column: values[column] for column in _EDITABLE.values()})
        if new.queue_id:
            QueueItem.insert(case=case_id, queue=new.queue_id, entered_on=now,
                             state=int(QueueItemState.ACTIVE), created_by=session.user_id,
                             modified_by=session.user_id, created_on=now,
                             modified_on=now).execute()
            audited["queue"] = new.queue_id
        audit.record_create(session, "incident", case_id, audited)
        moved = charging.charge(case_id, "created", user_id=session.user_id)
    if publish:
        session.events.publish(events.CASES_CREATED, ids=[case_id])
        if moved:
            session.events.publish(events.ENTITLEMENTS_CHANGED, ids=moved)
    return case_id


def _customer_of(values: dict) -> tuple[str, int]:
    if values["customer_account"]:
        return "account", values["customer_account"]
    return "contact", values["customer_contact"]


def _apply_entitlement(new: NewCase, values: dict) -> None:
    """A new case's entitlement (SPEC §3.1–§3.4): the one chosen, checked; or the
    customer's default when none is chosen and the setting says so."""
    kind, customer_id = _customer_of(values)
    where = {"customer_kind": kind, "customer_id": customer_id,
             "contact_id": values["contact"], "product_id": values["product"],
             "origin": values["origin"]}
    if new.entitlement_id is not None:
        charging.check_for_case(new.entitlement_id, **where)
    elif get_setting("default_entitlement_on_create"):
        values["entitlement"] = charging.select_default(**where)


# -- editing (issue 3: the case form) ------------------------------------------------------


@dataclass
class CaseFields:
    """What the case form edits. The number is never editable; state changes are commands."""

    title: str
    customer_account_id: int | None = None
    customer_contact_id: int | None = None
    contact_id: int | None = None
    subject_id: int | None = None
    product_id: int | None = None
    origin: int = int(Origin.PHONE)
    case_type: int | None = None
    priority: int = int(Priority.NORMAL)
    severity: int = 1
    description: str | None = None
    follow_up_by: date | None = None
    owner_user_id: int | None = None
    owner_team_id: int | None = None
    status_reason: int = int(StatusReason.IN_PROGRESS)
    stage: int = int(ServiceStage.IDENTIFY)
    existing_case_id: int | None = None
    #: SPEC §3: the case's entitlement, and whether it takes terms from it
    entitlement_id: int | None = None
    decrement_entitlement: bool = True


@dataclass
class NewCase(CaseFields):
    """What a user fills in to open a case: the form's fields, and a queue to put it in."""

    queue_id: int | None = None


#: form field → Case column
_EDITABLE = {
    "title": "title", "customer_account_id": "customer_account",
    "customer_contact_id": "customer_contact", "contact_id": "contact",
    "subject_id": "subject", "product_id": "product", "origin": "origin",
    "case_type": "case_type", "priority": "priority", "severity": "severity",
    "description": "description", "follow_up_by": "follow_up_by",
    "owner_user_id": "owner_user", "owner_team_id": "owner_team",
    "status_reason": "status_reason", "stage": "stage", "existing_case_id": "existing_case",
    "entitlement_id": "entitlement", "decrement_entitlement": "decrement_entitlement",
}


def _check_contact(account_id, customer_contact_id, contact_id) -> None:
    """The contact must belong to the customer account, or be the customer contact itself."""
    if contact_id is None:
        return
    if customer_contact_id is not None:
        if contact_id != customer_contact_id:
            raise ValidationError("contact", "not_of_customer")
        return
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise ValidationError("contact", "not_found")
    if row.parent_account_id != account_id:
        raise ValidationError("contact", "not_of_customer")


def _check_owner(user_id, team_id) -> None:
    if user_id is not None and team_id is not None:
        raise ValidationError("owner", "invalid")
    if user_id is not None and not AppUser.select().where(
            (AppUser.id == user_id) & (AppUser.active == True)).exists():  # noqa: E712
        raise ValidationError("owner", "not_found")
    if team_id is not None and not Team.select().where(Team.id == team_id).exists():
        raise ValidationError("owner", "not_found")


def active_status_reasons() -> set[int]:
    """The status reasons an active case may have (built-in and administrators' own)."""
    from casedesk.controllers.admin import option_labels
    from casedesk.models.options import OptionSet

    return {value for value, _label, _builtin, state in option_labels(OptionSet.STATUS_REASON)
            if state == int(CaseState.ACTIVE)}


def _validated(fields: CaseFields) -> dict:
    """The fields cleaned and checked (inside the caller's transaction), as column values."""
    title = clean_text("title", fields.title, max_length=TITLE_MAX, required=True)
    description = clean_text("description", fields.description, max_length=DESCRIPTION_MAX,
                             multiline=True)
    if bool(fields.customer_account_id) == bool(fields.customer_contact_id):
        raise ValidationError("customer", "required")
    if fields.priority not in {int(p) for p in Priority}:
        raise ValidationError("priority", "invalid")
    if fields.case_type is not None and fields.case_type not in {int(t) for t in CaseType}:
        raise ValidationError("case_type", "invalid")
    if fields.stage not in {int(s) for s in ServiceStage}:
        raise ValidationError("stage", "invalid")
    if fields.status_reason not in active_status_reasons():
        raise ValidationError("status_reason", "invalid")
    customer = _customer_name(fields.customer_account_id, fields.customer_contact_id)
    for name, model in _LOOKUPS:
        record_id = getattr(fields, f"{name}_id", None)
        if record_id is not None and not model.select().where(model.id == record_id).exists():
            raise ValidationError(name, "not_found")
    _check_contact(fields.customer_account_id, fields.customer_contact_id, fields.contact_id)
    _check_owner(fields.owner_user_id, fields.owner_team_id)
    values = {column: getattr(fields, name) for name, column in _EDITABLE.items()}
    values.update(title=title, description=description,
                  decrement_entitlement=bool(fields.decrement_entitlement))
    return values | {"title_sort": text_sort_key(title), "customer_sort": sort_key(customer)}


def update_case(session: Session, case_id: int, fields: CaseFields,
                expected_version: int) -> int:
    """Save the form's changes (one transaction, audited field by field). Returns the new
    version. ConflictError when someone saved the case since `expected_version`; its
    `theirs` is the case as it is now (CurrentCase), nothing is written."""
    with write_transaction():
        case = Case.get_or_none(Case.id == case_id)
        if case is None:
            raise NotFound("incident", case_id)
        if case.version != expected_version:
            raise case_conflict(case_id)
        if case.state != int(CaseState.ACTIVE):
            raise RuleViolation("case_read_only", state=case.state)
        values = _validated(fields)
        old = {column: case.__data__.get(column) for column in _EDITABLE.values()}
        _update_entitlement(case_id, old, values)
        new = {column: values[column] for column in _EDITABLE.values()}
        changed = {c for c in new if _comparable(old[c]) != _comparable(new[c])}
        if not changed:
            return case.version
        if "status_reason" in changed:  # the transition matrix (SPEC §2.2), when it is on
            from casedesk.controllers.lifecycle import check_transition

            check_transition(old["status_reason"], new["status_reason"])
        updated = (Case.update(**values, version=Case.version + 1, modified_on=utcnow(),
                               modified_by=session.user_id)
                   .where((Case.id == case_id) & (Case.version == expected_version))
                   .execute())
        if updated != 1:  # another process saved between our read and write
            raise case_conflict(case_id)
        audit.record_changes(session, "incident", case_id,
                             {c: old[c] for c in changed}, {c: new[c] for c in changed})
        moved = []
        if "entitlement" in changed:
            moved = charging.charge(case_id, "entitlement_changed",
                                    old_entitlement_id=old["entitlement"],
                                    user_id=session.user_id)
    session.events.publish(events.CASES_CHANGED, ids=[case_id])
    if moved:
        session.events.publish(events.ENTITLEMENTS_CHANGED, ids=moved)
    return expected_version + 1


_CUSTOMER_COLUMNS = ("customer_account", "customer_contact")


def _update_entitlement(case_id: int, old: dict, values: dict) -> None:
    """The entitlement of a case being saved (SPEC §3.1–§3.4): changing the customer clears
    it (unless another one was chosen with it); with the setting, a case left without one
    gets the customer's default when its customer, contact or product changed. A newly set
    entitlement is checked in full; a kept one for coverage, and for the restriction again
    when the origin changed."""
    def differs(column):
        return old[column] != values[column]

    customer_changed = any(differs(c) for c in _CUSTOMER_COLUMNS)
    if customer_changed and values["entitlement"] == old["entitlement"]:
        values["entitlement"] = None
    kind, customer_id = _customer_of(values)
    where = {"customer_kind": kind, "customer_id": customer_id,
             "contact_id": values["contact"], "product_id": values["product"],
             "origin": values["origin"]}
    if (values["entitlement"] is None and get_setting("default_entitlement_on_update")
            and (customer_changed or differs("contact") or differs("product"))):
        values["entitlement"] = charging.select_default(**where)
        return
    if values["entitlement"] is None:
        return
    if differs("entitlement"):
        charging.check_for_case(values["entitlement"], case_id=case_id, **where)
    elif differs("contact") or differs("product") or differs("origin"):
        charging.check_for_case(values["entitlement"], case_id=case_id, newly_set=False,
                                origin_changed=differs("origin"), **where)


def _comparable(value):
    if isinstance(value, datetime):
        return value.date()
    return value


def set_stage(session: Session, case_id: int, stage: int, expected_version: int) -> int:
    """Move the process bar (Identify → Research → Resolve). Returns the new version."""
    record = get_case_record(case_id)
    fields = record.fields()
    fields.stage = stage
    return update_case(session, case_id, fields, expected_version)


@dataclass(frozen=True)
class Named:
    """A record a field points at: what a lookup shows."""

    kind: str
    id: int
    label: str


@dataclass
class CaseRecord:
    """One case as the form shows it: every editable field with the names it points at."""

    id: int
    number: str
    version: int
    state: int
    status_reason: int
    stage: int
    title: str
    description: str
    customer: Named
    contact: Named | None
    subject: Named | None
    product: Named | None
    origin: int
    case_type: int | None
    priority: int
    severity: int
    follow_up_by: date | None
    owner: Named | None
    existing_case: Named | None
    is_escalated: bool
    created_on: datetime
    created_by: str
    modified_on: datetime
    entitlement: Named | None = None
    decrement_entitlement: bool = True

    @property
    def read_only(self) -> bool:
        return self.state != int(CaseState.ACTIVE)

    def fields(self) -> CaseFields:
        return CaseFields(
            title=self.title,
            customer_account_id=self.customer.id if self.customer.kind == "account" else None,
            customer_contact_id=self.customer.id if self.customer.kind == "contact" else None,
            contact_id=self.contact.id if self.contact else None,
            subject_id=self.subject.id if self.subject else None,
            product_id=self.product.id if self.product else None,
            origin=self.origin, case_type=self.case_type, priority=self.priority,
            severity=self.severity, description=self.description or None,
            follow_up_by=self.follow_up_by,
            owner_user_id=self.owner.id if self.owner and self.owner.kind == "user" else None,
            owner_team_id=self.owner.id if self.owner and self.owner.kind == "team" else None,
            status_reason=self.status_reason, stage=self.stage,
            existing_case_id=self.existing_case.id if self.existing_case else None,
            entitlement_id=self.entitlement.id if self.entitlement else None,
            decrement_entitlement=self.decrement_entitlement)


def _named(kind: str, record_id, label) -> Named | None:
    return None if record_id is None else Named(kind, record_id, label or "")


def get_case_record(case_id: int) -> CaseRecord:
    """The case with the names of what it points at, for the case form."""
    contact_person = Contact.alias("contact_person")
    creator = AppUser.alias("creator")
    existing = Case.alias("existing")
    row = (_joins(Case.select(
        Case, Customer.name, CustomerContact.full_name, contact_person.full_name,
        Subject.title, Product.name, OwnerUser.name, OwnerTeam.name, creator.name,
        existing.number, Entitlement.name), ("customer", "owner", "subject", "product"))
        .join_from(Case, contact_person, JOIN.LEFT_OUTER, on=(Case.contact == contact_person.id))
        .join_from(Case, Entitlement, JOIN.LEFT_OUTER, on=(Case.entitlement == Entitlement.id))
        .join_from(Case, creator, JOIN.LEFT_OUTER, on=(Case.created_by == creator.id))
        .join_from(Case, existing, JOIN.LEFT_OUTER, on=(Case.existing_case == existing.id))
        .where(Case.id == case_id).tuples().first())
    if row is None:
        raise NotFound("incident", case_id)
    columns = [f.column_name for f in Case._meta.sorted_fields]
    data = dict(zip(columns, row[:len(columns)], strict=True))
    (account_name, contact_name, contact_person_name, subject, product, owner_user,
     owner_team, creator_name, existing_number, entitlement_name) = row[len(columns):]
    customer = (Named("account", data["customer_account_id"], account_name)
                if data["customer_account_id"] else
                Named("contact", data["customer_contact_id"], contact_name))
    owner = (_named("user", data["owner_user_id"], owner_user)
             or _named("team", data["owner_team_id"], owner_team))
    follow = data["follow_up_by"]
    return CaseRecord(
        id=data["id"], number=data["number"], version=data["version"], state=data["state"],
        status_reason=data["status_reason"], stage=data["stage"], title=data["title"],
        description=data["description"] or "", customer=customer,
        contact=_named("contact", data["contact_id"], contact_person_name),
        subject=_named("subject", data["subject_id"], subject),
        product=_named("product", data["product_id"], product),
        origin=data["origin"], case_type=data["case_type"], priority=data["priority"],
        severity=data["severity"],
        follow_up_by=date.fromisoformat(follow) if isinstance(follow, str) else follow,
        owner=owner, existing_case=_named("case", data["existing_case_id"], existing_number),
        is_escalated=bool(data["is_escalated"]),
        created_on=_as_datetime(data["created_on"]), created_by=creator_name or "",
        modified_on=_as_datetime(data["modified_on"]),
        entitlement=_named("entitlement", data["entitlement_id"], entitlement_name),
        decrement_entitlement=bool(data["decrement_entitlement"]))


class CurrentCase(NamedTuple):
    """A case as it is saved now: what a ConflictError carries as `theirs` (SPEC §6.4)."""

    fields: CaseFields
    version: int
    modified_by: str  # the name of the user who saved it last ("" when unknown)
    modified_on: datetime
    record: CaseRecord  # the same, with the names of what the fields point at


def current_fields(case_id: int) -> CurrentCase:
    """The case's saved editable values, version, and who saved it last and when."""
    record = get_case_record(case_id)
    name = (AppUser.select(AppUser.name).join(Case, on=(Case.modified_by == AppUser.id))
            .where(Case.id == case_id).scalar())
    return CurrentCase(record.fields(), record.version, name or "", record.modified_on,
                       record)


def case_conflict(case_id: int) -> ConflictError:
    """The ConflictError for a case someone saved since it was read: theirs = the case now,
    params number, modified_by (a name) and modified_on for the message."""
    theirs = current_fields(case_id)
    return ConflictError("incident", case_id, theirs, number=theirs.record.number,
                         modified_by=theirs.modified_by, modified_on=theirs.modified_on)


def check_versions(cases, expected_versions) -> None:
    """ConflictError (the first stale case) when a case's version is not the one the caller
    saw. `cases`: Case rows; `expected_versions`: {case id: version}, or None to check
    nothing; a case missing from the mapping is not checked."""
    if not expected_versions:
        return
    for case in cases:
        expected = expected_versions.get(case.id)
        if expected is not None and case.version != expected:
            raise case_conflict(case.id)


@dataclass(frozen=True)
class HistoryRow:
    changed_on: datetime
    who: str
    field: str  # the column, e.g. "priority", "customer_account"
    old: object  # option values as stored; names for what a field points at
    new: object


#: columns that point at records: (model, the name column)
_HISTORY_NAMES = {
    "customer_account": (Account, Account.name), "customer_contact": (Contact, Contact.full_name),
    "contact": (Contact, Contact.full_name), "subject": (Subject, Subject.title),
    "product": (Product, Product.name), "owner_user": (AppUser, AppUser.name),
    "owner_team": (Team, Team.name), "queue": (Queue, Queue.name),
    "existing_case": (Case, Case.number), "parent_case": (Case, Case.number),
    "master_case": (Case, Case.number), "entitlement": (Entitlement, Entitlement.name),
}


def case_history(case_id: int) -> list[HistoryRow]:
    """Every saved change of the case, newest first (the audit log, SPEC §1.13)."""
    from casedesk.models import AuditLog

    who = AppUser.alias("who")
    rows = list(AuditLog.select(AuditLog.changed_on, fn.COALESCE(who.name, AuditLog.login, ""),
                                AuditLog.field, AuditLog.old_value, AuditLog.new_value)
                .join(who, JOIN.LEFT_OUTER, on=(AuditLog.user_id == who.id))
                .where((AuditLog.entity == "incident") & (AuditLog.record_id == case_id))
                .order_by(AuditLog.changed_on.desc(), AuditLog.id.desc()).tuples())
    wanted: dict[str, set[int]] = {}
    for _when, _who, field_name, old, new in rows:
        if field_name in _HISTORY_NAMES:
            for value in (old, new):
                if value and value.isdigit():
                    wanted.setdefault(field_name, set()).add(int(value))
    names: dict[tuple[str, int], str] = {}
    for field_name, ids in wanted.items():
        model, column = _HISTORY_NAMES[field_name]
        for record_id, name in model.select(model.id, column).where(
                model.id.in_(list(ids))).tuples():
            names[(field_name, record_id)] = name

    def shown(field_name, value):
        if value is None:
            return None
        if field_name in _HISTORY_NAMES and value.isdigit():
            return names.get((field_name, int(value)), f"#{value}")
        return value

    return [HistoryRow(_as_datetime(when), name, field_name, shown(field_name, old),
                       shown(field_name, new))
            for when, name, field_name, old, new in rows]


# -- the list views (SPEC §4.2) ------------------------------------------------------------


class CaseView(IntEnum):
    MY_ACTIVE = 0
    ACTIVE = 1
    RESOLVED = 2
    MY_RESOLVED = 3
    CANCELED = 4
    ESCALATED = 5
    ALL = 6


class CaseColumn(IntEnum):
    NUMBER = 0
    TITLE = 1
    CUSTOMER = 2
    PRIORITY = 3
    ORIGIN = 4
    STATUS_REASON = 5
    OWNER = 6
    CREATED_ON = 7
    SUBJECT = 8
    PRODUCT = 9
    QUEUE = 10
    WORKED_BY = 11
    MODIFIED_ON = 12


DEFAULT_COLUMNS = tuple(CaseColumn)[:8]
OPTIONAL_COLUMNS = tuple(CaseColumn)[8:]


@dataclass(frozen=True)
class CaseQuery:
    view: CaseView = CaseView.MY_ACTIVE
    sort: CaseColumn = CaseColumn.CREATED_ON
    descending: bool = True
    filter_text: str = ""
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: int
    number: str
    title: str
    customer: str
    customer_is_account: bool
    priority: int
    origin: int
    status_reason: int
    state: int
    owner: str
    created_on: datetime
    subject: str
    product: str
    queue: str
    worked_by: str
    modified_on: datetime
    version: int = 0  # what commands on the row pass as the version the user saw


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    #: pass to the next call as `after`; None when this was the last page
    next_key: tuple | None = None


Customer = Account.alias("cust_account")
CustomerContact = Contact.alias("cust_contact")
OwnerUser = AppUser.alias("owner_user")
OwnerTeam = Team.alias("owner_team")
WorkedBy = AppUser.alias("worked_by")
WorkedByTeam = Team.alias("worked_by_team")

_OWNER_NAME = fn.COALESCE(OwnerUser.name, OwnerTeam.name, "")
_SORT_EXPR = {
    CaseColumn.NUMBER: Case.number,
    CaseColumn.TITLE: Case.title_sort,
    CaseColumn.CUSTOMER: Case.customer_sort,
    CaseColumn.PRIORITY: Case.priority,
    CaseColumn.ORIGIN: Case.origin,
    CaseColumn.STATUS_REASON: Case.status_reason,
    CaseColumn.OWNER: fn.lower(_OWNER_NAME),
    CaseColumn.CREATED_ON: Case.created_on,
    CaseColumn.SUBJECT: fn.lower(fn.COALESCE(Subject.title, "")),
    CaseColumn.PRODUCT: fn.lower(fn.COALESCE(Product.name, "")),
    CaseColumn.QUEUE: fn.lower(fn.COALESCE(Queue.name, "")),
    CaseColumn.WORKED_BY: fn.lower(fn.COALESCE(WorkedBy.name, WorkedByTeam.name, "")),
    CaseColumn.MODIFIED_ON: Case.modified_on,
}
_DATETIME_SORTS = {CaseColumn.CREATED_ON: Case.created_on,
                   CaseColumn.MODIFIED_ON: Case.modified_on}

#: Joins each column needs beyond the case row (for the WHERE/ORDER BY of a count).
_NEEDS = {
    CaseColumn.OWNER: ("owner",), CaseColumn.SUBJECT: ("subject",),
    CaseColumn.PRODUCT: ("product",), CaseColumn.QUEUE: ("queue",),
    CaseColumn.WORKED_BY: ("queue", "worked_by"),
}


def _view_filter(query: CaseQuery):
    me = query.user_id
    v = query.view
    if v == CaseView.MY_ACTIVE:
        return (Case.owner_user == me) & (Case.state == int(CaseState.ACTIVE))
    if v == CaseView.ACTIVE:
        return Case.state == int(CaseState.ACTIVE)
    if v == CaseView.RESOLVED:
        return Case.state == int(CaseState.RESOLVED)
    if v == CaseView.MY_RESOLVED:
        return (Case.owner_user == me) & (Case.state == int(CaseState.RESOLVED))
    if v == CaseView.CANCELED:
        return Case.state == int(CaseState.CANCELED)
    if v == CaseView.ESCALATED:
        return (Case.is_escalated == True) & (Case.state == int(CaseState.ACTIVE))  # noqa: E712
    return None


def _filter_words(text: str) -> tuple[str, list[str], list[str | None]]:
    """(case-number prefix, folded words, and for each word its full-text query or None) of
    what a user typed in the filter. A word goes to the full-text index (every word a
    prefix) when the database has one and the word has two letters or digits or more; a
    shorter word or one of punctuation only ("%", "_") is matched as a substring."""
    text = " ".join((text or "").replace("\x00", " ").split())[:200]
    raw = [w for w in text.split() if text_sort_key(w)]
    keys = [text_sort_key(w) for w in raw]
    fts: list[str | None] = [None] * len(raw)
    engine = search.engine() if raw else "like"
    if engine != "like":
        for i, word in enumerate(raw):
            tokens = search.query_words(word)
            if tokens and sum(len(t) for t in tokens[0]) >= search.MIN_PREFIX:
                fts[i] = (search.pg_query(tokens, prefix="all") if engine == "pg"
                          else search.fts_query(tokens, prefix="all"))
    return text.upper(), keys, fts


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")


def _like(field, pattern: str):
    """field LIKE pattern ESCAPE '\\' (case-insensitive ILIKE on PostgreSQL)."""
    return Expression(field, OP.ILIKE, NodeList((Value(pattern, converter=False), SQL("ESCAPE"),
                                                 Value("\\", converter=False))))


def _text_filter(number_mark: str, word_marks: list[str], fts_marks: list[str | None]):
    """Filter-as-you-type: a case number prefix, or every word in the case's text (title,
    description, resolution: the full-text index, by word prefix) or its customer's name.

    Words are folded like the stored keys, so "ärende" finds "Ärende" and "ÄRENDE". A word
    the index cannot take (see _filter_words) is a substring of the title or the customer.
    Built with markers that _execute fills with the escaped patterns and queries.
    """
    by_number = _like(Case.number, number_mark)
    words = None
    for mark, fts_mark in zip(word_marks, fts_marks, strict=True):
        if fts_mark is None:
            cond = _like(Case.title_sort, mark) | _like(Case.customer_sort, mark)
        else:
            if search.engine() == "pg":
                index = SQL("(SELECT case_id FROM case_search WHERE doc @@ CAST(%s AS tsquery))",
                            (fts_mark,))
            else:
                table = m0005_search.TABLE
                index = SQL(f"(SELECT rowid FROM {table} WHERE {table} MATCH ?)", (fts_mark,))
            cond = Expression(Case.id, OP.IN, index) | _like(Case.customer_sort, mark)
        words = cond if words is None else words & cond
    return by_number if words is None else by_number | words


def _joins(select, needs):
    if "customer" in needs:
        select = (select.join_from(Case, Customer, JOIN.LEFT_OUTER,
                                   on=(Case.customer_account == Customer.id))
                  .join_from(Case, CustomerContact, JOIN.LEFT_OUTER,
                             on=(Case.customer_contact == CustomerContact.id)))
    if "owner" in needs:
        select = (select.join_from(Case, OwnerUser, JOIN.LEFT_OUTER,
                                   on=(Case.owner_user == OwnerUser.id))
                  .join_from(Case, OwnerTeam, JOIN.LEFT_OUTER,
                             on=(Case.owner_team == OwnerTeam.id)))
    if "subject" in needs:
        select = select.join_from(Case, Subject, JOIN.LEFT_OUTER,
                                  on=(Case.subject == Subject.id))
    if "product" in needs:
        select = select.join_from(Case, Product, JOIN.LEFT_OUTER,
                                  on=(Case.product == Product.id))
    if "queue" in needs:
        select = (select.join_from(Case, QueueItem, JOIN.LEFT_OUTER,
                                   on=((QueueItem.case == Case.id)
                                       & (QueueItem.state == int(QueueItemState.ACTIVE))))
                  .join_from(QueueItem, Queue, JOIN.LEFT_OUTER,
                             on=(QueueItem.queue == Queue.id)))
    if "worked_by" in needs:
        select = (select.join_from(QueueItem, WorkedBy, JOIN.LEFT_OUTER,
                                   on=(QueueItem.worked_by_user == WorkedBy.id))
                  .join_from(QueueItem, WorkedByTeam, JOIN.LEFT_OUTER,
                             on=(QueueItem.worked_by_team == WorkedByTeam.id)))
    return select


def _where(query: CaseQuery, text_filter=None):
    conds = [c for c in (_view_filter(query), text_filter) if c is not None]
    if not conds:
        return None
    where = conds[0]
    for c in conds[1:]:
        where = where & c
    return where


# -- compiled query shapes ---------------------------------------------------------------
# A list page is one of a few dozen query shapes (view × sort × direction × number of filter
# words × first/next page). Each shape is built with peewee once, with marker values where
# the parameters go; a call only fills in its values. This keeps a page within a small
# multiple of hand-written SQL (benchmarks/) instead of rebuilding the query every time.

_MARK_USER = -918_273_601
_MARK_AFTER_ID = -918_273_602
_MARK_LIMIT = 918_273_603
_MARK_AFTER_VALUE = "\x01after\x01"
_MARK_NUMBER = "\x01number\x01"


def _mark_word(i: int) -> str:
    return f"\x01w{i}\x01"


def _mark_fts(i: int) -> str:
    return f"\x01f{i}\x01"


_compiled: dict[tuple, tuple[str, list]] = {}


def _build(kind: str, query: CaseQuery, n_words: int, has_after: bool,
           fts_words: tuple[bool, ...] = ()):
    text_filter = (_text_filter(_MARK_NUMBER, [_mark_word(i) for i in range(n_words)],
                                [_mark_fts(i) if fts_words[i] else None
                                 for i in range(n_words)])
                   if n_words >= 0 else None)
    where_query = CaseQuery(view=query.view, user_id=_MARK_USER)
    where = _where(where_query, text_filter)
    if kind == "count":
        select = Case.select(fn.COUNT(SQL("*")))
        return select.where(where) if where is not None else select
    sort_expr = _SORT_EXPR[query.sort]
    # The page's ids come from the case table alone (plus only the joins the sort needs), so
    # the planner picks the index that yields the order; names are joined for those rows.
    inner = _joins(Case.select(Case.id), _NEEDS.get(query.sort, ()))
    if has_after:
        key = Tuple(sort_expr, Case.id)
        bound = Tuple(_MARK_AFTER_VALUE, _MARK_AFTER_ID)
        cond = key < bound if query.descending else key > bound
        where = cond if where is None else where & cond
    if where is not None:
        inner = inner.where(where)
    order = ((sort_expr.desc(), Case.id.desc()) if query.descending
             else (sort_expr.asc(), Case.id.asc()))
    page = inner.order_by(*order).limit(_MARK_LIMIT).alias("page")
    select = _joins(Case.select(*_ROW_COLUMNS, sort_expr.alias("sort_value"))
                    .join(page, on=(Case.id == page.c.id)), _ALL_JOINS)
    return select.order_by(*order)


def _execute(kind: str, query: CaseQuery, *, after=None, limit: int = 0):
    """Run the query's shape with this call's values; returns the cursor."""
    number, keys, fts = _filter_words(query.filter_text)
    n_words = len(keys) if number else -1  # -1: no filter at all
    fts_words = tuple(q is not None for q in fts)
    listing = kind == "list"
    has_after = listing and after is not None
    shape = (type(db.obj), kind, query.view, query.sort if listing else None,
             query.descending if listing else None, n_words, fts_words, has_after)
    compiled = _compiled.get(shape)
    if compiled is None:
        compiled = _compiled[shape] = _build(kind, query, n_words, has_after, fts_words).sql()
    sql, template = compiled
    words = {_mark_word(i): key for i, key in enumerate(keys)}
    words.update((_mark_fts(i), q) for i, q in enumerate(fts) if q is not None)
    numbers = {_MARK_USER: query.user_id, _MARK_LIMIT: limit}
    after_value = None
    if after is not None:
        after_value, numbers[_MARK_AFTER_ID] = after
        if query.sort in _DATETIME_SORTS:
            after_value = _DATETIME_SORTS[query.sort].db_value(_as_datetime(after_value))
    params = []
    for p in template:
        if isinstance(p, str) and p.startswith("\x01"):
            if p == _MARK_AFTER_VALUE:
                p = after_value
            elif p == _MARK_NUMBER:
                p = _escape_like(number) + "%"
            elif p[1:2] == "f":
                p = words[p]
            else:
                p = "%" + _escape_like(words[p]) + "%"
        elif type(p) is int and p in numbers:
            p = numbers[p]
        params.append(p)
    return db.execute_sql(sql, params)


def count_cases(query: CaseQuery) -> int:
    """How many cases the view and filter hold."""
    row = _execute("count", query).fetchone()
    return (row[0] if row else 0) or 0


_ROW_COLUMNS = (
    Case.id, Case.number, Case.title,
    fn.COALESCE(Customer.name, CustomerContact.full_name, ""), Case.customer_account,
    Case.priority, Case.origin, Case.status_reason, Case.state,
    _OWNER_NAME, Case.created_on,
    fn.COALESCE(Subject.title, ""), fn.COALESCE(Product.name, ""),
    fn.COALESCE(Queue.name, ""), fn.COALESCE(WorkedBy.name, WorkedByTeam.name, ""),
    Case.modified_on, Case.version,
)
_ALL_JOINS = ("customer", "owner", "subject", "product", "queue", "worked_by")


def _as_datetime(value):
    """A stored timestamp as a datetime (SQLite gives text, PostgreSQL a datetime)."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return Case.created_on.python_value(value)
    return value


def list_cases(query: CaseQuery, *, after: tuple | None = None, limit: int = 50) -> CasePage:
    """One page of the view: `limit` rows after the key of the previous page."""
    raw = _execute("list", query, after=after, limit=limit + 1).fetchall()
    more = len(raw) > limit
    raw = raw[:limit]
    rows = [
        CaseRow(r[0], r[1], r[2], r[3], r[4] is not None, r[5], r[6], r[7], r[8], r[9],
                _as_datetime(r[10]), r[11], r[12], r[13], r[14], _as_datetime(r[15]), r[16])
        for r in raw
    ]
    next_key = (raw[-1][17], raw[-1][0]) if more and raw else None
    return CasePage(rows, next_key)


# -- one case ----------------------------------------------------------------------------


@dataclass
class CaseSummary:
    """A case with its names resolved, for the read-only summary and the benchmark."""

    id: int
    number: str
    title: str
    customer: str
    customer_is_account: bool
    contact: str
    subject: str
    product: str
    origin: int
    case_type: int | None
    priority: int
    severity: int
    description: str
    state: int
    status_reason: int
    owner: str
    queue: str
    created_on: datetime
    modified_on: datetime
    created_by: str
    follow_up_by: date | None
    is_escalated: bool
    timeline: list[tuple] = field(default_factory=list)  # (when, kind, subject, who, state)


def get_case_summary(case_id: int) -> CaseSummary:
    """The case with joined names and its timeline, newest first."""
    ContactP = Contact.alias("contact_person")
    Creator = AppUser.alias("creator")
    row = (_joins(Case.select(
        Case.id, Case.number, Case.title,
        fn.COALESCE(Customer.name, CustomerContact.full_name, ""), Case.customer_account,
        fn.COALESCE(ContactP.full_name, ""), fn.COALESCE(Subject.title, ""),
        fn.COALESCE(Product.name, ""), Case.origin, Case.case_type, Case.priority,
        Case.severity, fn.COALESCE(Case.description, ""), Case.state, Case.status_reason,
        _OWNER_NAME, fn.COALESCE(Queue.name, ""), Case.created_on, Case.modified_on,
        fn.COALESCE(Creator.name, ""), Case.follow_up_by, Case.is_escalated),
        ("customer", "owner", "subject", "product", "queue"))
        .join_from(Case, ContactP, JOIN.LEFT_OUTER, on=(Case.contact == ContactP.id))
        .join_from(Case, Creator, JOIN.LEFT_OUTER, on=(Case.created_by == Creator.id))
        .where(Case.id == case_id).tuples().first())
    if row is None:
        raise NotFound("incident", case_id)
    summary = CaseSummary(
        row[0], row[1], row[2], row[3], row[4] is not None, row[5], row[6], row[7], row[8],
        row[9], row[10], row[11], row[12], row[13], row[14], row[15], row[16],
        _as_datetime(row[17]), _as_datetime(row[18]), row[19],
        Case.follow_up_by.python_value(row[20]) if isinstance(row[20], str) else row[20],
        bool(row[21]),
    )
    Owner = AppUser.alias("act_owner")
    timeline = [
        (_as_datetime(a[0]), f"activity:{a[1]}", a[2], a[3] or "", a[4])
        for a in Activity.select(Activity.created_on, Activity.kind, Activity.subject,
                                 Owner.name, Activity.state)
        .join(Owner, JOIN.LEFT_OUTER, on=(Activity.owner_user == Owner.id))
        .where(Activity.regarding_case == case_id).tuples()
    ]
    timeline += [
        (_as_datetime(n[0]), "note", n[1] or (n[2] or "")[:80], n[3] or "", None)
        for n in Note.select(Note.created_on, Note.title, Note.text, Creator.name)
        .join(Creator, JOIN.LEFT_OUTER, on=(Note.created_by == Creator.id))
        .where(Note.case == case_id).tuples()
    ]
    timeline += [
        (_as_datetime(r[0]), "resolution", r[1], r[2] or "", r[3])
        for r in CaseResolution.select(CaseResolution.resolved_on, CaseResolution.resolution,
                                       Creator.name, CaseResolution.state)
        .join(Creator, JOIN.LEFT_OUTER, on=(CaseResolution.resolved_by == Creator.id))
        .where(CaseResolution.case == case_id).tuples()
    ]
    timeline.sort(key=lambda t: t[0], reverse=True)
    summary.timeline = timeline
    return summary
