"""Activities, notes and the case timeline (SPEC §1.3, §4.3; issue 4).

Four kinds share one table: Phone Call, Task, E-mail and Appointment. Each is Open, Completed
or Canceled with the status reasons of its kind; a closed activity is read-only. Notes are
not activities: free text with an optional attached file (kept in the database, at most
MAX_ATTACHMENT bytes). CaseDesk records e-mails, it does not send them: an .eml file dropped
on a case becomes a completed e-mail activity and its attachments become notes.

Every command is one write transaction and publishes ACTIVITIES_CHANGED(case_ids=[…],
ids=[…]) after the commit. Activities may be added to resolved and canceled cases; what
is closed stays closed. Activities are not audited: the audit log covers cases,
entitlements and settings (SPEC §1.13).

The activity lists are keyset-paged like the case lists, with compiled query shapes
(querying.run). Sorting by due date puts activities without one last, in both directions:
a page key is (due, id) while the dated ones last and (None, id) after them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from enum import IntEnum
from html.parser import HTMLParser

from peewee import JOIN, SQL, Tuple, fn

from casedesk.controllers import events
from casedesk.controllers.errors import ConflictError, NotFound, RuleViolation, ValidationError
from casedesk.controllers.querying import (
    as_datetime,
    clean_search_text,
    contains_pattern,
    like,
    mark,
    run,
)
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import (
    Account,
    Activity,
    AppUser,
    Case,
    CaseResolution,
    Contact,
    Note,
    Team,
    utcnow,
)
from casedesk.models.db import write_transaction
from casedesk.models.options import (
    ActivityKind,
    ActivityState,
    Direction,
    Priority,
)
from casedesk.models.options import ActivityStatusReason as R
from casedesk.models.text import sort_key

MAX_DURATION = 100_000  # minutes
MAX_ATTACHMENT = 25 * 1024 * 1024  # bytes

SUBJECT_MAX = 200
DESCRIPTION_MAX = 100_000
LOCATION_MAX = 200
PHONE_MAX = 50
SENDER_MAX = 500
RECIPIENTS_MAX = 20_000
NOTE_TITLE_MAX = 200
NOTE_TEXT_MAX = 100_000
FILE_NAME_MAX = 255
MIME_MAX = 120
MESSAGE_ID_MAX = 500
#: How much of a note's text the timeline shows when it has no title.
NOTE_PREVIEW = 100

NO_SUBJECT = "(no subject)"


# -- status reasons ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReasonChoices:
    """The status reasons of one kind per state, in display order, with the defaults."""

    open: tuple[int, ...]
    completed: tuple[int, ...]
    canceled: tuple[int, ...]
    default_open: int
    default_completed: int
    default_canceled: int

    def of_state(self, state: int) -> tuple[int, ...]:
        return {ActivityState.OPEN: self.open, ActivityState.COMPLETED: self.completed,
                ActivityState.CANCELED: self.canceled}[ActivityState(state)]


def _choices(open_, completed, canceled, default_open) -> ReasonChoices:
    return ReasonChoices(tuple(int(r) for r in open_), tuple(int(r) for r in completed),
                         tuple(int(r) for r in canceled), int(default_open),
                         int(completed[0]), int(canceled[0]))


_REASONS = {
    ActivityKind.PHONE_CALL: _choices((R.PHONE_OPEN,), (R.PHONE_MADE, R.PHONE_RECEIVED),
                                      (R.PHONE_CANCELED,), R.PHONE_OPEN),
    ActivityKind.TASK: _choices((R.TASK_NOT_STARTED, R.TASK_IN_PROGRESS, R.TASK_WAITING,
                                 R.TASK_DEFERRED), (R.TASK_COMPLETED,), (R.TASK_CANCELED,),
                                R.TASK_NOT_STARTED),
    ActivityKind.EMAIL: _choices((R.EMAIL_DRAFT,), (R.EMAIL_SENT, R.EMAIL_RECEIVED),
                                 (R.EMAIL_CANCELED,), R.EMAIL_DRAFT),
    ActivityKind.APPOINTMENT: _choices((R.APPT_FREE, R.APPT_TENTATIVE, R.APPT_BUSY),
                                       (R.APPT_COMPLETED,), (R.APPT_CANCELED,), R.APPT_BUSY),
}

#: Completed reason by direction, for the kinds that have one.
_COMPLETED_BY_DIRECTION = {
    (ActivityKind.PHONE_CALL, Direction.OUTGOING): int(R.PHONE_MADE),
    (ActivityKind.PHONE_CALL, Direction.INCOMING): int(R.PHONE_RECEIVED),
    (ActivityKind.EMAIL, Direction.OUTGOING): int(R.EMAIL_SENT),
    (ActivityKind.EMAIL, Direction.INCOMING): int(R.EMAIL_RECEIVED),
}


def _kind(kind) -> ActivityKind:
    try:
        return ActivityKind(kind)
    except ValueError:
        raise ValidationError("kind", "invalid") from None


def status_reasons(kind: int) -> ReasonChoices:
    """The status reasons of an activity kind (SPEC §1.3). ValidationError('kind', 'invalid')
    for an unknown kind."""
    return _REASONS[_kind(kind)]


def default_completed_reason(kind: int, direction: int = int(Direction.OUTGOING)) -> int:
    """What Complete sets when no reason is picked: Made/Sent outgoing, Received incoming."""
    kind = _kind(kind)
    return _COMPLETED_BY_DIRECTION.get((kind, Direction(direction)),
                                       _REASONS[kind].default_completed)


# -- what a user fills in --------------------------------------------------------------------


@dataclass
class ActivityFields:
    kind: int
    subject: str
    regarding_case_id: int | None = None
    description: str | None = None
    owner_user_id: int | None = None  # None and no team: the acting user
    owner_team_id: int | None = None
    priority: int = int(Priority.NORMAL)
    scheduled_start: datetime | None = None
    scheduled_end: datetime | None = None  # due (task, call, e-mail) / end (appointment)
    duration_minutes: int = 0
    status_reason: int | None = None  # an open reason of the kind; None: the kind's default
    direction: int = int(Direction.OUTGOING)  # phone call, e-mail
    phone_number: str | None = None
    call_with_contact_id: int | None = None
    call_with_account_id: int | None = None
    left_voice_mail: bool = False
    sender: str | None = None  # e-mail
    to_recipients: str | None = None
    cc_recipients: str | None = None
    location: str | None = None  # appointment
    all_day: bool = False


#: Something, an @, something with a dot in it: any script, no spaces or separators.
_ADDRESS = re.compile(r'[^@\s<>,;"]+@[^@\s.<>,;"]+(\.[^@\s.<>,;"]+)+')
_NEEDS_QUOTES = re.compile(r'[,;<>@"]')


def split_addresses(text: str) -> list[str]:
    """The parts of an address list separated by ';' or ',' outside quotes and <…>."""
    parts, current, quoted, angle, escaped = [], [], False, False, False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\" and quoted:
            escaped = True
        elif ch == '"' and not angle:
            quoted = not quoted
        elif ch == "<" and not quoted:
            angle = True
        elif ch == ">" and not quoted:
            angle = False
        elif ch in ",;" and not quoted and not angle:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def _parse_address(part: str) -> tuple[str, str] | None:
    """(display name as typed, address) of one list part, or None when it is not one."""
    if part.endswith(">") and "<" in part:
        start = part.rindex("<")
        name, address = part[:start].strip(), part[start + 1:-1].strip()
        if name.startswith('"'):
            if len(name) < 2 or not name.endswith('"'):
                return None
        elif any(ch in name for ch in '<>"'):
            return None
    else:
        name, address = "", part
    return (name, address) if _ADDRESS.fullmatch(address) else None


def format_address(name: str | None, address: str) -> str:
    """'Name <a@b.c>' (the name quoted when it holds a separator), or the bare address."""
    name = " ".join((name or "").split())
    if not name:
        return address
    if _NEEDS_QUOTES.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def clean_addresses(field_name: str, value: str | None, *, max_length: int) -> str | None:
    """An address list ('Name <a@b.c>; c@d.e', ';' or ',' between) as '; '-joined parts.
    ValidationError(field, 'invalid', value=part) names the first part that is not one."""
    text = clean_text(field_name, value, max_length=max_length)
    if text is None:
        return None
    parts = split_addresses(text)
    for part in parts:
        if _parse_address(part) is None:
            raise ValidationError(field_name, "invalid", value=part)
    if not parts:
        return None
    joined = "; ".join(parts)
    if len(joined) > max_length:
        raise ValidationError(field_name, "too_long", max=max_length, length=len(joined))
    return joined


def address_list(value: str | None) -> list[tuple[str, str]]:
    """(display name, address) of each part of a stored list (the name unquoted)."""
    out = []
    for part in split_addresses(value or ""):
        parsed = _parse_address(part)
        if parsed is not None:
            name = parsed[0]
            if name.startswith('"') and name.endswith('"') and len(name) >= 2:
                name = re.sub(r"\\(.)", r"\1", name[1:-1])
            out.append((name, parsed[1]))
    return out


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _clean_duration(value) -> int:
    if not _is_int(value) or not 0 <= value <= MAX_DURATION:
        raise ValidationError("duration_minutes", "invalid", max=MAX_DURATION)
    return int(value)


def _clean_datetime(field_name: str, value) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise ValidationError(field_name, "invalid")
    if value.tzinfo is not None:  # stored as naive UTC
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _clean_fields(fields: ActivityFields) -> dict:
    """The fields as column values, or a ValidationError (no database needed)."""
    kind = _kind(fields.kind)
    values = {
        "kind": int(kind),
        "subject": clean_text("subject", fields.subject, max_length=SUBJECT_MAX, required=True),
        "description": clean_text("description", fields.description,
                                  max_length=DESCRIPTION_MAX, multiline=True),
        "regarding_case": fields.regarding_case_id,
        "owner_user": fields.owner_user_id,
        "owner_team": fields.owner_team_id,
        "duration_minutes": _clean_duration(fields.duration_minutes),
        "scheduled_start": _clean_datetime("scheduled_start", fields.scheduled_start),
        "scheduled_end": _clean_datetime("scheduled_end", fields.scheduled_end),
    }
    if fields.priority not in {int(p) for p in Priority}:
        raise ValidationError("priority", "invalid")
    values["priority"] = int(fields.priority)
    start, end = values["scheduled_start"], values["scheduled_end"]
    if start is not None and end is not None and end < start:
        raise ValidationError("scheduled_end", "before_start")
    reasons = _REASONS[kind]
    reason = reasons.default_open if fields.status_reason is None else fields.status_reason
    if reason not in reasons.open:
        raise ValidationError("status_reason", "invalid")
    values["status_reason"] = int(reason)
    if fields.direction not in {int(d) for d in Direction}:
        raise ValidationError("direction", "invalid")
    # The columns of the other kinds stay empty.
    values.update(direction=int(Direction.OUTGOING), phone_number=None, call_with_contact=None,
                  call_with_account=None, left_voice_mail=False, sender=None,
                  to_recipients=None, cc_recipients=None, location=None, all_day=False)
    if kind in (ActivityKind.PHONE_CALL, ActivityKind.EMAIL):
        values["direction"] = int(fields.direction)
    if kind == ActivityKind.PHONE_CALL:
        if fields.call_with_contact_id is not None and fields.call_with_account_id is not None:
            raise ValidationError("call_with", "invalid")
        values.update(
            phone_number=clean_text("phone_number", fields.phone_number, max_length=PHONE_MAX),
            call_with_contact=fields.call_with_contact_id,
            call_with_account=fields.call_with_account_id,
            left_voice_mail=bool(fields.left_voice_mail))
    elif kind == ActivityKind.EMAIL:
        values.update(
            sender=clean_addresses("sender", fields.sender, max_length=SENDER_MAX),
            to_recipients=clean_addresses("to_recipients", fields.to_recipients,
                                          max_length=RECIPIENTS_MAX),
            cc_recipients=clean_addresses("cc_recipients", fields.cc_recipients,
                                          max_length=RECIPIENTS_MAX))
    elif kind == ActivityKind.APPOINTMENT:
        values.update(location=clean_text("location", fields.location,
                                          max_length=LOCATION_MAX),
                      all_day=bool(fields.all_day))
    return values


def _exists(model, record_id) -> bool:
    return model.select().where(model.id == record_id).exists()


def _check_references(values: dict, changed=None) -> None:
    """What the values point at exists (inside the caller's transaction); only the
    `changed` columns when given (an owner deactivated since does not block other edits)."""
    def check(name: str) -> bool:
        return values[name] is not None and (changed is None or name in changed)

    if values["owner_user"] is not None and values["owner_team"] is not None:
        raise ValidationError("owner", "invalid")
    if check("regarding_case") and not _exists(Case, values["regarding_case"]):
        raise ValidationError("regarding_case", "not_found")
    if check("owner_user") and not AppUser.select().where(
            (AppUser.id == values["owner_user"])
            & (AppUser.active == True)).exists():  # noqa: E712
        raise ValidationError("owner", "not_found")
    if check("owner_team") and not _exists(Team, values["owner_team"]):
        raise ValidationError("owner", "not_found")
    if check("call_with_contact") and not _exists(Contact, values["call_with_contact"]):
        raise ValidationError("call_with", "not_found")
    if check("call_with_account") and not _exists(Account, values["call_with_account"]):
        raise ValidationError("call_with", "not_found")


def _with_owner(session: Session, fields: ActivityFields) -> dict:
    values = _clean_fields(fields)
    if values["owner_user"] is None and values["owner_team"] is None:
        values["owner_user"] = session.user_id
    return values


# -- commands --------------------------------------------------------------------------------


def _publish(session: Session, case_ids, ids) -> None:
    session.events.publish(events.ACTIVITIES_CHANGED,
                           case_ids=sorted({c for c in case_ids if c is not None}),
                           ids=list(ids))


def _insert(session: Session, values: dict, now: datetime, **extra) -> int:
    _check_references(values)
    return Activity.insert(**values, **extra, created_on=now, modified_on=now,
                           created_by=session.user_id, modified_by=session.user_id).execute()


def create_activity(session: Session, fields: ActivityFields) -> int:
    """A new open activity (one transaction). Returns its id."""
    values = _with_owner(session, fields)
    with write_transaction():
        activity_id = _insert(session, values, utcnow())
    _publish(session, [values["regarding_case"]], [activity_id])
    return activity_id


def _open_row(activity_id: int) -> Activity:
    row = Activity.get_or_none(Activity.id == activity_id)
    if row is None:
        raise NotFound("activity", activity_id)
    if row.state != int(ActivityState.OPEN):
        raise RuleViolation("activity_closed", state=row.state)
    return row


def _update(session: Session, activity_id: int, fields: ActivityFields,
            expected_version: int | None) -> tuple[Activity, int, dict]:
    """Write the fields over an open activity (closed: refused before the fields are
    checked); (the row as it was, the new version, the values written)."""
    row = _open_row(activity_id)
    if expected_version is not None and row.version != expected_version:
        raise ConflictError("activity", activity_id)
    values = _with_owner(session, fields)
    if values["kind"] != row.kind:
        raise ValidationError("kind", "invalid")
    old = {name: row.__data__.get(name) for name in values}
    changed = {k: v for k, v in values.items() if old[k] != v}
    if not changed:
        return row, row.version, values
    _check_references(values, changed)
    updated = (Activity.update(**values, version=Activity.version + 1, modified_on=utcnow(),
                               modified_by=session.user_id)
               .where((Activity.id == activity_id) & (Activity.version == row.version))
               .execute())
    if updated != 1:  # another process saved between our read and write
        raise ConflictError("activity", activity_id)
    return row, row.version + 1, values


def update_activity(session: Session, activity_id: int, fields: ActivityFields,
                    expected_version: int) -> int:
    """Save an edited open activity; returns its new version (unchanged when nothing
    changed). RuleViolation('activity_closed') when it is closed; ConflictError when someone
    saved it since `expected_version` (theirs: the ActivityRecord as it is now)."""
    try:
        with write_transaction():
            row, version, values = _update(session, activity_id, fields, expected_version)
    except ConflictError as exc:
        exc.theirs = get_activity(activity_id)
        raise
    if version != row.version:
        _publish(session, [row.regarding_case_id, values["regarding_case"]], [activity_id])
    return version


def _close(session: Session, row: Activity, state: ActivityState, status_reason: int | None,
           duration_minutes: int | None) -> None:
    """Complete or cancel an open activity (inside the caller's transaction)."""
    reasons = _REASONS[ActivityKind(row.kind)]
    if status_reason is None:
        status_reason = (default_completed_reason(row.kind, row.direction)
                         if state == ActivityState.COMPLETED else reasons.default_canceled)
    if status_reason not in reasons.of_state(state):
        raise ValidationError("status_reason", "invalid")
    duration = row.duration_minutes if duration_minutes is None else _clean_duration(
        duration_minutes)
    now = utcnow()
    updated = (Activity.update(state=int(state), status_reason=int(status_reason),
                               duration_minutes=duration, closed_on=now,
                               version=Activity.version + 1, modified_on=now,
                               modified_by=session.user_id)
               .where((Activity.id == row.id) & (Activity.state == int(ActivityState.OPEN)))
               .execute())
    if updated != 1:
        raise RuleViolation("activity_closed")


def complete_activity(session: Session, activity_id: int, *, status_reason: int | None = None,
                      duration_minutes: int | None = None) -> None:
    """Mark an open activity Completed (closed now; the duration kept unless given). Its
    billed flag stays False: resolving the case bills it."""
    with write_transaction():
        row = _open_row(activity_id)
        _close(session, row, ActivityState.COMPLETED, status_reason, duration_minutes)
    _publish(session, [row.regarding_case_id], [activity_id])


def cancel_activity(session: Session, activity_id: int, *,
                    status_reason: int | None = None) -> None:
    """Mark an open activity Canceled."""
    with write_transaction():
        row = _open_row(activity_id)
        _close(session, row, ActivityState.CANCELED, status_reason, None)
    _publish(session, [row.regarding_case_id], [activity_id])


def save_and_complete(session: Session, fields: ActivityFields, *,
                      activity_id: int | None = None, expected_version: int | None = None,
                      status_reason: int | None = None) -> int:
    """Create (or update) the activity and complete it, in ONE transaction: a call logged
    during the call. The duration is the fields'. Returns the activity's id."""
    try:
        with write_transaction():
            if activity_id is None:
                values = _with_owner(session, fields)
                activity_id = _insert(session, values, utcnow())
                case_ids = [values["regarding_case"]]
            else:
                old, _version, values = _update(session, activity_id, fields,
                                                expected_version)
                case_ids = [old.regarding_case_id, values["regarding_case"]]
            row = Activity.get_by_id(activity_id)
            _close(session, row, ActivityState.COMPLETED, status_reason, None)
    except ConflictError as exc:
        exc.theirs = get_activity(exc.params["record_id"])
        raise
    _publish(session, case_ids, [activity_id])
    return activity_id


def default_fields(kind: int, case_id: int | None, session: Session) -> ActivityFields:
    """A new activity of the kind, prefilled (on the case, when given): owner me; a phone
    call with the case's contact (else its customer) and their phone; an e-mail to them from
    my address; an appointment from the next full hour, for one hour."""
    kind = _kind(kind)
    fields = ActivityFields(kind=int(kind), subject="", regarding_case_id=case_id,
                            owner_user_id=session.user_id,
                            status_reason=_REASONS[kind].default_open)
    party = None
    if case_id is not None:
        case = (Case.select(Case.customer_account, Case.customer_contact, Case.contact)
                .where(Case.id == case_id).first())
        if case is None:
            raise NotFound("incident", case_id)
        contact_id = case.contact_id or case.customer_contact_id
        if contact_id is not None:
            c = Contact.get_or_none(Contact.id == contact_id)
            if c is not None:
                party = ("contact", c.id, c.full_name, c.business_phone or c.mobile_phone,
                         c.email)
        if party is None and case.customer_account_id is not None:
            a = Account.get_or_none(Account.id == case.customer_account_id)
            if a is not None:
                party = ("account", a.id, a.name, a.phone, a.email)
    if kind == ActivityKind.PHONE_CALL and party is not None:
        if party[0] == "contact":
            fields.call_with_contact_id = party[1]
        else:
            fields.call_with_account_id = party[1]
        fields.phone_number = party[3]
    elif kind == ActivityKind.EMAIL:
        fields.direction = int(Direction.OUTGOING)
        me = AppUser.get_or_none(AppUser.id == session.user_id) if session.user_id else None
        if me is not None and me.email:
            fields.sender = format_address(me.name, me.email)
        if party is not None and party[4]:
            fields.to_recipients = format_address(party[2], party[4])
    elif kind == ActivityKind.APPOINTMENT:
        start = utcnow().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        fields.scheduled_start, fields.scheduled_end = start, start + timedelta(hours=1)
    return fields


# -- one activity ------------------------------------------------------------------------------


@dataclass
class ActivityRecord:
    """One activity as its form shows it."""

    id: int
    version: int
    fields: ActivityFields
    state: int
    status_reason: int
    case_id: int | None
    case_number: str | None
    case_title: str | None
    case_state: int | None
    owner_name: str
    call_with_name: str | None
    created_on: datetime
    created_by: str
    closed_on: datetime | None
    message_id: str | None = None
    billed: bool = False

    @property
    def read_only(self) -> bool:
        return self.state != int(ActivityState.OPEN)

    @property
    def choices(self) -> ReasonChoices:
        return _REASONS[ActivityKind(self.fields.kind)]


_OwnerUser = AppUser.alias("act_owner")
_OwnerTeam = Team.alias("act_owner_team")
_Creator = AppUser.alias("act_creator")
_CallContact = Contact.alias("call_contact")
_CallAccount = Account.alias("call_account")
_CustAccount = Account.alias("act_cust_account")
_CustContact = Contact.alias("act_cust_contact")
_OWNER_NAME = fn.COALESCE(_OwnerUser.name, _OwnerTeam.name, "")


def get_activity(activity_id: int) -> ActivityRecord:
    """The activity with the names it points at; NotFound if missing."""
    row = (Activity.select(Activity, Case.number, Case.title, Case.state, _OWNER_NAME,
                           fn.COALESCE(_CallContact.full_name, _CallAccount.name),
                           fn.COALESCE(_Creator.name, ""))
           .join_from(Activity, Case, JOIN.LEFT_OUTER, on=(Activity.regarding_case == Case.id))
           .join_from(Activity, _OwnerUser, JOIN.LEFT_OUTER,
                      on=(Activity.owner_user == _OwnerUser.id))
           .join_from(Activity, _OwnerTeam, JOIN.LEFT_OUTER,
                      on=(Activity.owner_team == _OwnerTeam.id))
           .join_from(Activity, _CallContact, JOIN.LEFT_OUTER,
                      on=(Activity.call_with_contact == _CallContact.id))
           .join_from(Activity, _CallAccount, JOIN.LEFT_OUTER,
                      on=(Activity.call_with_account == _CallAccount.id))
           .join_from(Activity, _Creator, JOIN.LEFT_OUTER,
                      on=(Activity.created_by == _Creator.id))
           .where(Activity.id == activity_id).tuples().first())
    if row is None:
        raise NotFound("activity", activity_id)
    columns = [f.name for f in Activity._meta.sorted_fields]
    d = dict(zip(columns, row[:len(columns)], strict=True))
    number, title, case_state, owner, call_with, creator = row[len(columns):]

    def when(name):
        return as_datetime(d[name])

    fields = ActivityFields(
        kind=d["kind"], subject=d["subject"], regarding_case_id=d["regarding_case"],
        description=d["description"], owner_user_id=d["owner_user"],
        owner_team_id=d["owner_team"], priority=d["priority"],
        scheduled_start=when("scheduled_start"), scheduled_end=when("scheduled_end"),
        duration_minutes=d["duration_minutes"], status_reason=d["status_reason"],
        direction=d["direction"], phone_number=d["phone_number"],
        call_with_contact_id=d["call_with_contact"], call_with_account_id=d["call_with_account"],
        left_voice_mail=bool(d["left_voice_mail"]), sender=d["sender"],
        to_recipients=d["to_recipients"], cc_recipients=d["cc_recipients"],
        location=d["location"], all_day=bool(d["all_day"]))
    return ActivityRecord(
        id=d["id"], version=d["version"], fields=fields, state=d["state"],
        status_reason=d["status_reason"], case_id=d["regarding_case"], case_number=number,
        case_title=title, case_state=case_state, owner_name=owner or "",
        call_with_name=call_with, created_on=when("created_on"), created_by=creator,
        closed_on=when("closed_on"), message_id=d["message_id"], billed=bool(d["billed"]))


# -- notes -------------------------------------------------------------------------------------


@dataclass
class NoteRecord:
    id: int
    version: int
    case_id: int
    title: str | None
    text: str | None
    file_name: str | None
    mime_type: str | None
    file_size: int
    created_on: datetime
    created_by: str

    @property
    def has_file(self) -> bool:
        return self.file_name is not None


_MIME = re.compile(r"[A-Za-z0-9][\w!#$&^.+-]*/[A-Za-z0-9][\w!#$&^.+-]*")


def _check_size(data: bytes) -> None:
    if len(data) > MAX_ATTACHMENT:
        raise ValidationError("file", "too_large", max_mb=MAX_ATTACHMENT // (1024 * 1024),
                              size_mb=round(len(data) / (1024 * 1024), 1))


def _clean_file_name(name: str | None) -> str:
    """The last part of a path, without control characters, at most FILE_NAME_MAX long."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in unicodedata.normalize("NFC", name)
                   if unicodedata.category(ch) not in ("Cc", "Cs")).strip()
    if len(name) > FILE_NAME_MAX:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:FILE_NAME_MAX - len(ext) - 1] + dot + ext if dot and len(ext) < 20
                else name[:FILE_NAME_MAX])
    return name or "attachment"


def _note_values(text, title, file_name, file_data, mime_type) -> dict:
    values = {"text": clean_text("text", text, max_length=NOTE_TEXT_MAX, multiline=True),
              "title": clean_text("title", title, max_length=NOTE_TITLE_MAX)}
    if file_data is not None:
        if not isinstance(file_data, bytes | bytearray | memoryview):
            raise ValidationError("file", "invalid")
        file_data = bytes(file_data)
        _check_size(file_data)
        mime = (mime_type or "").strip().lower()
        values.update(file_name=_clean_file_name(file_name), file_data=file_data,
                      mime_type=mime if len(mime) <= MIME_MAX and _MIME.fullmatch(mime)
                      else None)
    elif values["text"] is None:
        raise ValidationError("text", "required")
    return values


def _insert_note(session: Session, case_id: int, values: dict, now: datetime) -> int:
    return Note.insert(case=case_id, **values, created_on=now, modified_on=now,
                       created_by=session.user_id, modified_by=session.user_id).execute()


def create_note(session: Session, case_id: int, text: str | None, *, title: str | None = None,
                file_name: str | None = None, file_data: bytes | None = None,
                mime_type: str | None = None) -> int:
    """A note on the case: text, a file (at most MAX_ATTACHMENT bytes) or both. Returns its
    id. ValidationError('text', 'required') with neither; ('file', 'too_large', max_mb,
    size_mb) for a bigger file; NotFound when the case is gone."""
    values = _note_values(text, title, file_name, file_data, mime_type)
    with write_transaction():
        if not _exists(Case, case_id):
            raise NotFound("incident", case_id)
        note_id = _insert_note(session, case_id, values, utcnow())
    _publish(session, [case_id], [note_id])
    return note_id


def update_note(session: Session, note_id: int, text: str | None, *, title: str | None,
                expected_version: int) -> int:
    """Change a note's text and title (its file stays); returns the new version."""
    clean = clean_text("text", text, max_length=NOTE_TEXT_MAX, multiline=True)
    clean_title = clean_text("title", title, max_length=NOTE_TITLE_MAX)
    with write_transaction():
        row = (Note.select(Note.id, Note.case, Note.version, Note.text, Note.title,
                           Note.file_name).where(Note.id == note_id).first())
        if row is None:
            raise NotFound("note", note_id)
        if row.version != expected_version:
            raise ConflictError("note", note_id, theirs=get_note(note_id))
        if clean is None and row.file_name is None:
            raise ValidationError("text", "required")
        if (clean, clean_title) == (row.text, row.title):
            return row.version
        Note.update(text=clean, title=clean_title, version=Note.version + 1,
                    modified_on=utcnow(), modified_by=session.user_id).where(
            (Note.id == note_id) & (Note.version == expected_version)).execute()
    _publish(session, [row.case_id], [note_id])
    return expected_version + 1


def get_note(note_id: int) -> NoteRecord:
    """The note without its file's content (see note_file); NotFound if missing."""
    row = (Note.select(Note.id, Note.version, Note.case, Note.title, Note.text, Note.file_name,
                       Note.mime_type, fn.COALESCE(fn.LENGTH(Note.file_data), 0),
                       Note.created_on, fn.COALESCE(_Creator.name, ""))
           .join_from(Note, _Creator, JOIN.LEFT_OUTER, on=(Note.created_by == _Creator.id))
           .where(Note.id == note_id).tuples().first())
    if row is None:
        raise NotFound("note", note_id)
    return NoteRecord(row[0], row[1], row[2], row[3], row[4], row[5], row[6], int(row[7]),
                      as_datetime(row[8]), row[9])


def note_file(note_id: int) -> tuple[str, str | None, bytes]:
    """(file name, mime type, content) of the note's file; NotFound without one."""
    row = (Note.select(Note.file_name, Note.mime_type, Note.file_data)
           .where(Note.id == note_id).tuples().first())
    if row is None or row[0] is None or row[2] is None:
        raise NotFound("note_file", note_id)
    return row[0], row[1], bytes(row[2])


# -- .eml import -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmlImport:
    activity_id: int
    note_ids: tuple[int, ...]
    subject: str


class _TextFromHtml(HTMLParser):
    """The readable text of an HTML body: block elements end lines, scripts are dropped."""

    _BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
               "blockquote", "pre", "hr", "ul", "ol", "section", "article", "header",
               "footer"}
    _SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(" ".join(data.split()) if data.strip() else
                              (" " if data else ""))

    def text(self) -> str:
        lines = [" ".join(line.split()) for line in "".join(self.parts).split("\n")]
        text = "\n".join(lines)
        return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(html: str) -> str:
    parser = _TextFromHtml()
    parser.feed(html)
    parser.close()
    return parser.text()


def _plain(text: str, max_length: int, *, multiline: bool) -> str:
    """Text from a mail made storable: raw UTF-8 the parser kept as surrogate escapes
    decoded, control characters dropped, bounded."""
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = " ".join(text.split())
    keep = {"\n", "\t"} if multiline else set()
    text = "".join(ch for ch in text
                   if ch in keep or unicodedata.category(ch) not in ("Cc", "Cs"))
    return text.strip()[:max_length]


def _addresses_of(message: EmailMessage, name: str) -> list[str]:
    header = message[name]
    if header is None:
        return []
    out = []
    for address in getattr(header, "addresses", ()):
        addr = (address.addr_spec or "").strip()
        if _ADDRESS.fullmatch(addr):
            out.append(format_address(_plain(address.display_name or "", 200,
                                             multiline=False), addr))
    return out


def _part_text(part) -> str:
    """A text part as str; an unknown or lying charset is read as UTF-8 with replacements."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError):
        content = (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
    return content if isinstance(content, str) else ""


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = _part_text(part)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return _plain(text, DESCRIPTION_MAX, multiline=True)


def _attachments(message: EmailMessage) -> list[tuple[str, str, bytes]]:
    out = []
    for i, part in enumerate(message.iter_attachments(), start=1):
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            data = inner[0].as_bytes() if isinstance(inner, list) and inner else b""
            default = f"message-{i}.eml"
        else:
            data = part.get_payload(decode=True) or b""
            default = f"attachment-{i}"
        try:
            name = part.get_filename()
        except (ValueError, IndexError, LookupError):
            name = None
        out.append((_clean_file_name(name or default), part.get_content_type(), data))
    return out


def _mail_date(message: EmailMessage) -> datetime | None:
    header = message["Date"]
    value = getattr(header, "datetime", None) if header is not None else None
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _parse_eml(data: bytes) -> dict:
    """What an .eml file says, or ValidationError('file', 'malformed')."""
    if not isinstance(data, bytes | bytearray | memoryview) or not bytes(data).strip():
        raise ValidationError("file", "malformed")
    data = bytes(data)
    head = data.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    if b"\x00" in head:  # binary, not a message
        raise ValidationError("file", "malformed")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        has_from = message["From"] is not None and bool(str(message["From"]).strip())
        has_subject = message["Subject"] is not None
        if not has_from and not has_subject:
            raise ValidationError("file", "malformed")
        subject = _plain(str(message["Subject"] or ""), SUBJECT_MAX, multiline=False)
        senders = _addresses_of(message, "From")
        body = _body(message)
        parsed = {
            "subject": subject or NO_SUBJECT,
            "sender": "; ".join(senders) or None,
            "sender_addresses": [a for _, a in address_list("; ".join(senders))],
            "to": "; ".join(_addresses_of(message, "To")) or None,
            "cc": "; ".join(_addresses_of(message, "Cc")) or None,
            "date": _mail_date(message),
            "body": body or None,
            "message_id": _plain(str(message["Message-ID"] or ""), MESSAGE_ID_MAX,
                                 multiline=False) or None,
            "attachments": _attachments(message),
        }
    except ValidationError:
        raise
    except Exception:  # the parser's own errors on broken input: not an e-mail we can read
        raise ValidationError("file", "malformed") from None
    if not (parsed["sender"] or subject or body):
        raise ValidationError("file", "malformed")
    for _name, _mime, content in parsed["attachments"]:
        _check_size(content)
    return parsed


def _bounded(value: str | None, max_length: int) -> str | None:
    """An address list cut at the last whole address that fits."""
    if value is None or len(value) <= max_length:
        return value
    cut = value[:max_length]
    return cut[:cut.rfind(";")] if ";" in cut else None


def import_eml(session: Session, case_id: int, data: bytes) -> EmlImport:
    """Record an .eml file as a completed e-mail on the case; its attachments become notes.

    Incoming (Received) unless the sender is the acting user's own address (Sent). Not an
    e-mail: ValidationError('file', 'malformed'); an attachment over MAX_ATTACHMENT:
    ('file', 'too_large'). Either way nothing is written (one transaction).
    """
    mail = _parse_eml(data)
    me = (AppUser.select(AppUser.email).where(AppUser.id == session.user_id).scalar()
          if session.user_id else None)
    outgoing = bool(me) and me.lower() in {a.lower() for a in mail["sender_addresses"]}
    direction = Direction.OUTGOING if outgoing else Direction.INCOMING
    now = utcnow()
    when = mail["date"] or now
    values = {
        "kind": int(ActivityKind.EMAIL), "subject": mail["subject"],
        "description": mail["body"], "regarding_case": case_id,
        "owner_user": session.user_id, "owner_team": None,
        "priority": int(Priority.NORMAL), "scheduled_start": None, "scheduled_end": when,
        "duration_minutes": 0, "direction": int(direction),
        "status_reason": _COMPLETED_BY_DIRECTION[(ActivityKind.EMAIL, direction)],
        "phone_number": None, "call_with_contact": None, "call_with_account": None,
        "left_voice_mail": False, "sender": _bounded(mail["sender"], SENDER_MAX),
        "to_recipients": _bounded(mail["to"], RECIPIENTS_MAX),
        "cc_recipients": _bounded(mail["cc"], RECIPIENTS_MAX),
        "location": None, "all_day": False,
    }
    with write_transaction():
        if not _exists(Case, case_id):
            raise NotFound("incident", case_id)
        activity_id = _insert(session, values, now, state=int(ActivityState.COMPLETED),
                              closed_on=when, message_id=mail["message_id"])
        note_ids = tuple(
            _insert_note(session, case_id, {"title": name, "text": None, "file_name": name,
                                            "mime_type": mime if _MIME.fullmatch(mime)
                                            and len(mime) <= MIME_MAX else None,
                                            "file_data": content}, now)
            for name, mime, content in mail["attachments"])
    _publish(session, [case_id], [activity_id, *note_ids])
    return EmlImport(activity_id, note_ids, mail["subject"])


# -- the case timeline -------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # "activity", "note", "resolution"
    id: int
    activity_kind: int | None
    subject: str  # note: its title or the start of its text
    who: str  # owner (activity), author (note), resolved by (resolution)
    when: datetime  # activity: created_on; note: created_on; resolution: resolved_on
    due: datetime | None  # scheduled_end
    duration_minutes: int
    state: int | None  # ActivityState for activities, ResolutionState for resolutions
    status_reason: int | None  # resolutions: the resolution type
    overdue: bool  # open and due before now
    has_file: bool  # notes with an attachment


ACTIVITY = "activity"
NOTE = "note"
RESOLUTION = "resolution"
#: timeline filter name → activity kind
KIND_NAMES = {"phone_call": ActivityKind.PHONE_CALL, "task": ActivityKind.TASK,
              "email": ActivityKind.EMAIL, "appointment": ActivityKind.APPOINTMENT}
TIMELINE_KINDS = frozenset((*KIND_NAMES, NOTE, RESOLUTION))
_TYPE_ORDER = {RESOLUTION: 2, ACTIVITY: 1, NOTE: 0}


def _timeline_activities():
    return (Activity.select(Activity.id, Activity.kind, Activity.subject, _OWNER_NAME,
                            Activity.created_on, Activity.scheduled_end,
                            Activity.duration_minutes, Activity.state, Activity.status_reason)
            .join_from(Activity, _OwnerUser, JOIN.LEFT_OUTER,
                       on=(Activity.owner_user == _OwnerUser.id))
            .join_from(Activity, _OwnerTeam, JOIN.LEFT_OUTER,
                       on=(Activity.owner_team == _OwnerTeam.id))
            .where(Activity.regarding_case == mark("case")))


def _timeline_notes():
    return (Note.select(Note.id, Note.title, fn.SUBSTR(Note.text, 1, NOTE_PREVIEW * 2),
                        fn.COALESCE(_Creator.name, ""), Note.created_on,
                        Note.file_name.is_null(False))
            .join_from(Note, _Creator, JOIN.LEFT_OUTER, on=(Note.created_by == _Creator.id))
            .where(Note.case == mark("case")))


def _timeline_resolutions():
    return (CaseResolution.select(CaseResolution.id,
                                  fn.SUBSTR(CaseResolution.resolution, 1, NOTE_PREVIEW * 2),
                                  fn.COALESCE(_Creator.name, ""), CaseResolution.resolved_on,
                                  CaseResolution.total_time, CaseResolution.state,
                                  CaseResolution.resolution_type)
            .join_from(CaseResolution, _Creator, JOIN.LEFT_OUTER,
                       on=(CaseResolution.resolved_by == _Creator.id))
            .where(CaseResolution.case == mark("case")))


def _preview(title: str | None, text: str | None) -> str:
    if title:
        return title
    first = " ".join((text or "").split())
    return first if len(first) <= NOTE_PREVIEW else first[:NOTE_PREVIEW - 1] + "…"


def case_timeline(case_id: int, *, kinds: frozenset[str] | None = None,
                  only_open: bool = False, only_overdue: bool = False) -> list[TimelineEntry]:
    """Activities, notes and resolutions of the case, newest first. `kinds` holds any of
    TIMELINE_KINDS (None: all); only_open / only_overdue keep open (overdue) activities."""
    if kinds is not None and not set(kinds) <= TIMELINE_KINDS:
        raise ValueError(f"unknown timeline kinds: {sorted(set(kinds) - TIMELINE_KINDS)}")
    wanted = TIMELINE_KINDS if kinds is None else frozenset(kinds)
    activity_kinds = {int(KIND_NAMES[k]) for k in wanted if k in KIND_NAMES}
    only_activities = only_open or only_overdue
    now = utcnow()
    params = {"case": case_id}
    entries: list[TimelineEntry] = []
    if activity_kinds:
        for r in run(("timeline", ACTIVITY), _timeline_activities, params):
            kind, state, due = r[1], r[7], as_datetime(r[5])
            if kind not in activity_kinds:
                continue
            overdue = state == int(ActivityState.OPEN) and due is not None and due < now
            if only_open and state != int(ActivityState.OPEN) or only_overdue and not overdue:
                continue
            entries.append(TimelineEntry(ACTIVITY, r[0], kind, r[2], r[3] or "",
                                         as_datetime(r[4]), due, r[6] or 0, state, r[8],
                                         overdue, False))
    if NOTE in wanted and not only_activities:
        for r in run(("timeline", NOTE), _timeline_notes, params):
            entries.append(TimelineEntry(NOTE, r[0], None, _preview(r[1], r[2]), r[3],
                                         as_datetime(r[4]), None, 0, None, None, False,
                                         bool(r[5])))
    if RESOLUTION in wanted and not only_activities:
        for r in run(("timeline", RESOLUTION), _timeline_resolutions, params):
            entries.append(TimelineEntry(RESOLUTION, r[0], None, _preview(None, r[1]), r[2],
                                         as_datetime(r[3]), None, r[4] or 0, r[5], r[6],
                                         False, False))
    entries.sort(key=lambda e: (e.when, _TYPE_ORDER[e.kind], e.id), reverse=True)
    return entries


# -- the activity lists ------------------------------------------------------------------------


class ActivityView(IntEnum):
    MY = 0  # my open activities
    ALL_OPEN = 1  # every open activity
    OVERDUE = 2  # open and due before now


ACTIVITY_SORTS = ("due", "subject", "kind", "owner", "case", "customer", "priority", "created")


@dataclass(frozen=True)
class ActivityQuery:
    view: ActivityView = ActivityView.MY
    filter_text: str = ""
    sort: str = "due"
    descending: bool = False
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    kind: int
    subject: str
    state: int
    status_reason: int
    owner: str
    due: datetime | None
    priority: int
    duration_minutes: int
    case_id: int | None
    case_number: str
    customer: str
    created_on: datetime


@dataclass(frozen=True)
class Page:
    rows: list = field(default_factory=list)
    #: pass to the next call as `after`; None when this was the last page
    next_key: tuple | None = None


_SORT_EXPR = {
    "due": Activity.scheduled_end,
    "subject": fn.lower(Activity.subject),
    "kind": Activity.kind,
    "owner": fn.lower(_OWNER_NAME),
    "case": fn.COALESCE(Case.number, ""),
    "customer": fn.COALESCE(Case.customer_sort, ""),
    "priority": Activity.priority,
    "created": Activity.created_on,
}

_ROW_COLUMNS = (
    Activity.id, Activity.kind, Activity.subject, Activity.state, Activity.status_reason,
    _OWNER_NAME, Activity.scheduled_end, Activity.priority, Activity.duration_minutes,
    Activity.regarding_case, fn.COALESCE(Case.number, ""),
    fn.COALESCE(_CustAccount.name, _CustContact.full_name, ""), Activity.created_on,
)


def _list_joins(select, *, case: bool = True, customer: bool = True, owner: bool = True):
    if case:
        select = select.join_from(Activity, Case, JOIN.LEFT_OUTER,
                                  on=(Activity.regarding_case == Case.id))
    if owner:
        select = (select.join_from(Activity, _OwnerUser, JOIN.LEFT_OUTER,
                                   on=(Activity.owner_user == _OwnerUser.id))
                  .join_from(Activity, _OwnerTeam, JOIN.LEFT_OUTER,
                             on=(Activity.owner_team == _OwnerTeam.id)))
    if customer:
        select = (select.join_from(Case, _CustAccount, JOIN.LEFT_OUTER,
                                   on=(Case.customer_account == _CustAccount.id))
                  .join_from(Case, _CustContact, JOIN.LEFT_OUTER,
                             on=(Case.customer_contact == _CustContact.id)))
    return select


def _conditions(view: ActivityView, n_words: int) -> list:
    conds = [Activity.state == int(ActivityState.OPEN)]
    if view == ActivityView.MY:
        conds.append(Activity.owner_user == mark("user"))
    elif view == ActivityView.OVERDUE:
        conds.append(Activity.scheduled_end < mark("now"))
    for i in range(n_words):
        conds.append(like(Activity.subject, mark(f"w{i}")) | like(Activity.subject,
                                                                  mark(f"u{i}"))
                     | like(Activity.subject, mark(f"t{i}")) | like(Case.number, mark(f"u{i}"))
                     | like(Case.customer_sort, mark(f"k{i}")))
    return conds


def _filter_words(text: str) -> list[tuple[str, str]]:
    """(as typed, folded key) of each word of a filter."""
    return [(word, sort_key(word) or word) for word in clean_search_text(text).split()]


def _values(query: ActivityQuery, words) -> dict:
    """The markers' values. Subjects have no folded key: LIKE ignores the case of ASCII
    letters only, so a word is also tried in upper case and capitalised ("örn" finds "Örn"
    and "ÖRN"); case numbers compare in upper case, customers by their folded key."""
    values = {"user": query.user_id, "now": utcnow()}
    for i, (raw, key) in enumerate(words):
        values[f"w{i}"] = contains_pattern(raw.lower())
        values[f"u{i}"] = contains_pattern(raw.upper())
        values[f"t{i}"] = contains_pattern(raw[:1].upper() + raw[1:].lower())
        values[f"k{i}"] = contains_pattern(key)
    return values


def _page_select(query: ActivityQuery, n_words: int, segment: str, has_after: bool):
    """One page's query. `segment`: "all" (any sort but due), "dated" or "undated" (due)."""
    sort_expr = _SORT_EXPR[query.sort]
    conds = _conditions(query.view, n_words)
    if segment == "dated":
        conds.append(Activity.scheduled_end.is_null(False))
    elif segment == "undated":
        conds.append(Activity.scheduled_end.is_null(True))
    if has_after:
        if segment == "undated":
            after = Activity.id < mark("after_id") if query.descending else \
                Activity.id > mark("after_id")
        else:
            key, bound = Tuple(sort_expr, Activity.id), Tuple(mark("after_value"),
                                                               mark("after_id"))
            after = key < bound if query.descending else key > bound
        conds.append(after)
    keys = (Activity.id,) if segment == "undated" else (sort_expr, Activity.id)
    value = SQL("NULL") if segment == "undated" else sort_expr
    # The page's ids come from the activity table with only the joins the sort and the
    # filter need, so the planner can walk an index in sort order; names are joined for the
    # page's rows only.
    inner = _list_joins(Activity.select(Activity.id, value.alias("sort_value")),
                        case=n_words > 0 or query.sort in ("case", "customer"),
                        customer=False, owner=query.sort == "owner")
    inner = (inner.where(*conds).order_by(*[k.desc() if query.descending else k.asc()
                                            for k in keys])
             .limit(mark("limit")).alias("page"))
    outer_keys = (Activity.id,) if segment == "undated" else (inner.c.sort_value, Activity.id)
    return (_list_joins(Activity.select(*_ROW_COLUMNS, inner.c.sort_value)
                        .join(inner, on=(Activity.id == inner.c.id)))
            .order_by(*[k.desc() if query.descending else k.asc() for k in outer_keys]))


def _row(r) -> ActivityRow:
    return ActivityRow(r[0], r[1], r[2], r[3], r[4], r[5] or "", as_datetime(r[6]), r[7],
                       r[8] or 0, r[9], r[10], r[11], as_datetime(r[12]))


def list_activities(query: ActivityQuery, *, after: tuple | None = None,
                    limit: int = 50) -> Page:
    """One page of the view: `limit` rows after the key of the previous page, with the case
    number and the customer (account or contact name) joined. Sorting by "due" puts the
    activities without a due date last."""
    if query.sort not in _SORT_EXPR:
        raise ValueError(f"no activity list sorts by {query.sort!r}")
    words = _filter_words(query.filter_text)
    base = ("activities", query.view, query.sort, query.descending, len(words))
    values = _values(query, words)
    if after is not None:
        values["after_value"], values["after_id"] = after

    def fetch(segment: str, has_after: bool, n: int) -> list:
        values["limit"] = n
        return run((*base, segment, has_after),
                   lambda: _page_select(query, len(words), segment, has_after),
                   values).fetchall()

    if query.sort != "due":
        raw = fetch("all", after is not None, limit + 1)
    elif after is not None and after[0] is None:
        raw = fetch("undated", True, limit + 1)
    else:
        raw = fetch("dated", after is not None, limit + 1)
        if len(raw) <= limit and query.view != ActivityView.OVERDUE:
            raw += fetch("undated", False, limit + 1 - len(raw))
    more = len(raw) > limit
    raw = raw[:limit]
    next_key = (raw[-1][-1], raw[-1][0]) if more and raw else None
    return Page([_row(r) for r in raw], next_key)


def count_activities(query: ActivityQuery) -> int:
    """How many activities the view and filter hold."""
    words = _filter_words(query.filter_text)

    def build():
        select = Activity.select(fn.COUNT(SQL("*")))
        if words:
            select = _list_joins(select, customer=False, owner=False)
        return select.where(*_conditions(query.view, len(words)))

    row = run(("activities-count", query.view, len(words)), build,
              _values(query, words)).fetchone()
    return (row[0] if row else 0) or 0
