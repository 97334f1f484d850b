"""Entitlements (SPEC §1.5, §3.1, §3.5): the commands, the lifecycle, one record, the lists,
coverage of a case, the term ledger's read side, and entitlement templates.

Every command is one write transaction: validate, write, audit field by field (entity
"entitlement", templates "entitlement_template"), then publish ENTITLEMENTS_CHANGED(ids=[…])
(templates: ENTITLEMENT_TEMPLATES_CHANGED(ids=[…])) after the commit.

Remaining terms are never stored: total terms + the sum of the entitlement's TermMovement
rows (a channel's: its total + the sum of the movements on that channel). This module only
reads the ledger; controllers/charging.py writes it.

Only a Draft may be edited (its fields and its channels, products and contacts); Active and
Waiting entitlements are read-only, Expired and Cancelled ones are history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import IntEnum

from peewee import JOIN, SQL, Tuple, fn

from casedesk.controllers import audit, events
from casedesk.controllers.customers import ACCOUNT, CONTACT, KINDS, Page
from casedesk.controllers.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from casedesk.controllers.querying import as_datetime, clean_search_text, contains_pattern, like
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import (
    Account,
    Case,
    Contact,
    Entitlement,
    EntitlementChannel,
    EntitlementContact,
    EntitlementProduct,
    EntitlementTemplate,
    EntitlementTemplateChannel,
    EntitlementTemplateProduct,
    OptionValue,
    Product,
    TermMovement,
    db,
    utcnow,
)
from casedesk.models.db import write_transaction
from casedesk.models.options import (
    AllocationType,
    AuditAction,
    DecreaseRemainingOn,
    EntitlementState,
    OptionSet,
    Role,
)
from casedesk.models.text import sort_key

ENTITY = "entitlement"
TEMPLATE_ENTITY = "entitlement_template"
NAME_MAX = 200
DESCRIPTION_MAX = 10_000
#: Terms are stored with 12 digits, 2 after the point.
TERMS_MAX = Decimal("10000000000")
CENT = Decimal("0.01")
#: How far ahead the "Expiring" view looks.
EXPIRING_DAYS = 30
DURATION_MAX_DAYS = 100 * 366

DRAFT = int(EntitlementState.DRAFT)
WAITING = int(EntitlementState.WAITING)
ACTIVE = int(EntitlementState.ACTIVE)
EXPIRED = int(EntitlementState.EXPIRED)
CANCELLED = int(EntitlementState.CANCELLED)


# -- what a user fills in ----------------------------------------------------------------


@dataclass
class EntitlementFields:
    """What the entitlement form edits. start_date and end_date are required (None is refused
    with 'required'); they have defaults only to keep the fields in the form's order."""

    name: str
    customer_account_id: int | None = None
    customer_contact_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    allocation_type: int = int(AllocationType.NUMBER_OF_CASES)
    decrease_on: int = int(DecreaseRemainingOn.CASE_CREATION)
    total_terms: Decimal = Decimal(0)
    restrict_case_creation: bool = False
    description: str | None = None
    #: the template it was made from (set by fields_from_template; kept, not edited)
    template_id: int | None = None


def parse_terms(value, field_name: str = "total_terms", **params) -> Decimal:
    """A number of terms as a Decimal with 2 places, or ValidationError(field, 'invalid'):
    not a number, NaN or infinite, negative, or too large. Text may use a decimal comma."""
    if value is None or isinstance(value, bool):
        raise ValidationError(field_name, "invalid", **params)
    try:
        if isinstance(value, str):
            number = Decimal(value.strip().replace(",", ".").replace(" ", ""))
        elif isinstance(value, float):
            number = Decimal(repr(value))
        else:
            number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError(field_name, "invalid", **params) from None
    if not number.is_finite() or number < 0 or number >= TERMS_MAX:
        raise ValidationError(field_name, "invalid", **params)
    return number.quantize(CENT, rounding=ROUND_HALF_UP)


def _as_decimal(value) -> Decimal:
    """A stored or summed amount (SQLite gives floats) as a Decimal with 2 places."""
    if value is None:
        return Decimal("0.00")
    if isinstance(value, float):
        value = repr(value)
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def _as_date(value) -> date | None:
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def _check_date(name: str, value) -> date:
    if value is None:
        raise ValidationError(name, "required")
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise ValidationError(name, "invalid")
    return value


def _check_terms_rule(allocation_type, decrease_on) -> tuple[int, int]:
    if allocation_type not in {int(a) for a in AllocationType}:
        raise ValidationError("allocation_type", "invalid")
    if decrease_on not in {int(d) for d in DecreaseRemainingOn}:
        raise ValidationError("decrease_on", "invalid")
    if (allocation_type == int(AllocationType.NUMBER_OF_HOURS)
            and decrease_on != int(DecreaseRemainingOn.CASE_RESOLUTION)):
        raise ValidationError("decrease_on", "hours_on_resolution")
    return int(allocation_type), int(decrease_on)


def _clean(f: EntitlementFields) -> dict:
    """The fields as column values, or a ValidationError (no database needed)."""
    name = clean_text("name", f.name, max_length=NAME_MAX, required=True)
    description = clean_text("description", f.description, max_length=DESCRIPTION_MAX,
                             multiline=True)
    if bool(f.customer_account_id) == bool(f.customer_contact_id):
        raise ValidationError("customer", "required")
    start = _check_date("start_date", f.start_date)
    end = _check_date("end_date", f.end_date)
    if end < start:
        raise ValidationError("end_date", "before_start")
    allocation_type, decrease_on = _check_terms_rule(f.allocation_type, f.decrease_on)
    return {
        "name": name,
        "customer_account": f.customer_account_id or None,
        "customer_contact": f.customer_contact_id or None,
        "start_date": start,
        "end_date": end,
        "allocation_type": allocation_type,
        "decrease_on": decrease_on,
        "total_terms": parse_terms(f.total_terms),
        "restrict_case_creation": bool(f.restrict_case_creation),
        "description": description,
    }


def _check_customer(values: dict) -> None:
    if values["customer_account"] is not None:
        found = Account.select().where(Account.id == values["customer_account"]).exists()
    else:
        found = Contact.select().where(Contact.id == values["customer_contact"]).exists()
    if not found:
        raise ValidationError("customer", "not_found")


def _check_template(template_id) -> None:
    if template_id is not None and not EntitlementTemplate.select().where(
            EntitlementTemplate.id == template_id).exists():
        raise ValidationError("template", "not_found")


def _stamp(session: Session, now) -> dict:
    return {"modified_on": now, "modified_by": session.user_id}


def _publish(session: Session, *ids: int) -> None:
    session.events.publish(events.ENTITLEMENTS_CHANGED, ids=list(ids))


def _can_manage(session: Session) -> bool:
    return session.has_role(Role.MANAGER) or session.has_role(Role.ADMINISTRATOR)


def _require_manager(session: Session) -> None:
    """Entitlements are managed by managers and administrators (SPEC §1.6); agents use them.
    A team database enforces the same with GRANTs (models/pg.py)."""
    if not _can_manage(session):
        raise PermissionDenied("entitlements")


def _row(entitlement_id: int) -> Entitlement:
    row = Entitlement.get_or_none(Entitlement.id == entitlement_id)
    if row is None:
        raise NotFound(ENTITY, entitlement_id)
    return row


def _draft_row(entitlement_id: int) -> Entitlement:
    """The entitlement, which must be a Draft: RuleViolation('entitlement_read_only')."""
    row = _row(entitlement_id)
    if row.state != DRAFT:
        raise RuleViolation("entitlement_read_only", state=row.state)
    return row


# -- commands ----------------------------------------------------------------------------


def create_entitlement(session: Session, fields: EntitlementFields) -> int:
    """A new Draft entitlement (one transaction, audited). Returns its id."""
    _require_manager(session)
    values = _clean(fields)
    with write_transaction():
        _check_customer(values)
        _check_template(fields.template_id)
        now = utcnow()
        entitlement_id = Entitlement.insert(
            **values, state=DRAFT, is_default=False, template=fields.template_id,
            created_on=now, created_by=session.user_id, **_stamp(session, now)).execute()
        audit.record_create(session, ENTITY, entitlement_id,
                            values | {"state": DRAFT, "template": fields.template_id})
    _publish(session, entitlement_id)
    return entitlement_id


def _values_of(row: Entitlement) -> dict:
    return {
        "name": row.name, "customer_account": row.customer_account_id,
        "customer_contact": row.customer_contact_id, "start_date": _as_date(row.start_date),
        "end_date": _as_date(row.end_date), "allocation_type": row.allocation_type,
        "decrease_on": row.decrease_on, "total_terms": _as_decimal(row.total_terms),
        "restrict_case_creation": bool(row.restrict_case_creation),
        "description": row.description,
    }


def update_entitlement(session: Session, entitlement_id: int, fields: EntitlementFields,
                       expected_version: int) -> int:
    """Save an edited Draft; returns its new version (unchanged when nothing changed).

    RuleViolation('entitlement_read_only', state=…) unless it is a Draft; ConflictError when
    someone saved it since `expected_version`. A new customer drops listed contacts that are
    not the new customer's (audited as a change of "contacts").
    """
    _require_manager(session)
    values = _clean(fields)
    with write_transaction():
        row = _draft_row(entitlement_id)
        if row.version != expected_version:
            raise ConflictError(ENTITY, entitlement_id, theirs=get_entitlement(entitlement_id))
        old = _values_of(row)
        changed = {k: v for k, v in values.items() if old[k] != v}
        if not changed:
            return row.version
        if "customer_account" in changed or "customer_contact" in changed:
            _check_customer(values)
        now = utcnow()
        updated = (Entitlement.update(**changed, version=Entitlement.version + 1,
                                      **_stamp(session, now))
                   .where((Entitlement.id == entitlement_id)
                          & (Entitlement.version == expected_version)).execute())
        if updated != 1:
            raise ConflictError(ENTITY, entitlement_id)
        audit.record_changes(session, ENTITY, entitlement_id, old, changed)
        if "customer_account" in changed or "customer_contact" in changed:
            _drop_foreign_contacts(session, entitlement_id, values["customer_account"],
                                   values["customer_contact"])
    _publish(session, entitlement_id)
    return expected_version + 1


def _contact_ids(entitlement_id: int) -> list[int]:
    return [r[0] for r in EntitlementContact.select(EntitlementContact.contact)
            .where(EntitlementContact.entitlement == entitlement_id)
            .order_by(EntitlementContact.contact).tuples()]


def _customer_contacts(contact_ids, account_id, contact_id) -> set[int]:
    """Which of contact_ids belong to the customer (the account's contacts, or the contact)."""
    ids = set(contact_ids)
    if contact_id is not None:
        return ids & {contact_id}
    return {r[0] for r in Contact.select(Contact.id).where(
        Contact.id.in_(list(ids)) & (Contact.parent_account == account_id)).tuples()}


def _drop_foreign_contacts(session: Session, entitlement_id: int, account_id,
                           contact_id) -> None:
    listed = _contact_ids(entitlement_id)
    keep = _customer_contacts(listed, account_id, contact_id)
    if len(keep) == len(listed):
        return
    (EntitlementContact.delete()
     .where((EntitlementContact.entitlement == entitlement_id)
            & EntitlementContact.contact.not_in(list(keep) or [0])).execute())
    audit.record_changes(session, ENTITY, entitlement_id, {"contacts": _ids_text(listed)},
                         {"contacts": _ids_text(sorted(keep))})


def _ids_text(ids) -> str:
    return ",".join(str(i) for i in ids)


def _channels_text(channels) -> str:
    return ",".join(f"{origin}:{total}" for origin, total in channels)


def _known_origins() -> set[int]:
    return {r[0] for r in OptionValue.select(OptionValue.value)
            .where(OptionValue.option_set == OptionSet.ORIGIN).tuples()}


def _clean_channels(channels) -> list[tuple[int, Decimal]]:
    known = _known_origins()
    cleaned, seen = [], set()
    for origin, total in channels:
        if isinstance(origin, bool) or not isinstance(origin, int) or origin not in known:
            raise ValidationError("channels", "invalid_origin", origin=origin)
        if origin in seen:
            raise ValidationError("channels", "duplicate_origin", origin=origin)
        seen.add(origin)
        cleaned.append((int(origin), parse_terms(total, "channels", origin=origin)))
    return cleaned


def _channel_rows(entitlement_id: int) -> list[tuple[int, int, Decimal]]:
    """(id, origin, total) of the entitlement's channels, by origin."""
    return [(r[0], r[1], _as_decimal(r[2])) for r in EntitlementChannel.select(
        EntitlementChannel.id, EntitlementChannel.origin, EntitlementChannel.total_terms)
        .where(EntitlementChannel.entitlement == entitlement_id)
        .order_by(EntitlementChannel.origin).tuples()]


def set_channels(session: Session, entitlement_id: int,
                 channels: list[tuple[int, Decimal]]) -> None:
    """Replace a Draft's channels with (origin, total terms) pairs, origins unique.

    A channel whose origin stays keeps its row (and so its ledger movements); ValidationError
    ('channels', 'duplicate_origin' | 'invalid_origin' | 'invalid', origin=…).
    """
    _require_manager(session)
    with write_transaction():
        _draft_row(entitlement_id)
        cleaned = _clean_channels(channels)
        current = _channel_rows(entitlement_id)
        by_origin = {origin: (row_id, total) for row_id, origin, total in current}
        wanted = dict(cleaned)
        if {o: t for _, o, t in current} == wanted:
            return
        gone = [row_id for origin, (row_id, _) in by_origin.items() if origin not in wanted]
        if gone:
            EntitlementChannel.delete().where(EntitlementChannel.id.in_(gone)).execute()
        now = utcnow()
        for origin, total in sorted(wanted.items()):
            if origin in by_origin:
                row_id, old_total = by_origin[origin]
                if old_total != total:
                    EntitlementChannel.update(total_terms=total, **_stamp(session, now)).where(
                        EntitlementChannel.id == row_id).execute()
            else:
                EntitlementChannel.insert(
                    entitlement=entitlement_id, origin=origin, total_terms=total,
                    created_on=now, created_by=session.user_id,
                    **_stamp(session, now)).execute()
        audit.record_changes(
            session, ENTITY, entitlement_id,
            {"channels": _channels_text((o, t) for _, o, t in current)},
            {"channels": _channels_text(sorted(wanted.items()))})
    _publish(session, entitlement_id)


def _product_ids(entitlement_id: int) -> list[int]:
    return [r[0] for r in EntitlementProduct.select(EntitlementProduct.product)
            .where(EntitlementProduct.entitlement == entitlement_id)
            .order_by(EntitlementProduct.product).tuples()]


def _unique_ids(ids, field_name: str) -> list[int]:
    out = []
    for record_id in ids:
        if isinstance(record_id, bool) or not isinstance(record_id, int):
            raise ValidationError(field_name, "invalid")
        if record_id not in out:
            out.append(record_id)
    return sorted(out)


def _replace_links(session: Session, entitlement_id: int, model, column: str,
                   field_name: str, old: list[int], new: list[int]) -> bool:
    if old == new:
        return False
    target = getattr(model, column)
    gone = sorted(set(old) - set(new))
    if gone:
        model.delete().where((model.entitlement == entitlement_id)
                             & target.in_(gone)).execute()
    added = sorted(set(new) - set(old))
    if added:
        now = utcnow()
        model.insert_many([{"entitlement": entitlement_id, column: record_id,
                            "created_on": now, "created_by": session.user_id,
                            **_stamp(session, now)} for record_id in added]).execute()
    audit.record_changes(session, ENTITY, entitlement_id, {field_name: _ids_text(old)},
                         {field_name: _ids_text(new)})
    return True


def set_products(session: Session, entitlement_id: int, product_ids: list[int]) -> None:
    """Replace a Draft's products (none listed = all products). ValidationError('products',
    'not_found', product_id=…) for a product that does not exist."""
    _require_manager(session)
    wanted = _unique_ids(product_ids, "products")
    with write_transaction():
        _draft_row(entitlement_id)
        found = {r[0] for r in Product.select(Product.id).where(
            Product.id.in_(wanted or [0])).tuples()}
        for product_id in wanted:
            if product_id not in found:
                raise ValidationError("products", "not_found", product_id=product_id)
        changed = _replace_links(session, entitlement_id, EntitlementProduct, "product",
                                 "products", _product_ids(entitlement_id), wanted)
    if changed:
        _publish(session, entitlement_id)


def set_contacts(session: Session, entitlement_id: int, contact_ids: list[int]) -> None:
    """Replace a Draft's contacts (none listed = all the customer's contacts). Each must be
    the customer's: ValidationError('contacts', 'not_of_customer', contact_id=…)."""
    _require_manager(session)
    wanted = _unique_ids(contact_ids, "contacts")
    with write_transaction():
        row = _draft_row(entitlement_id)
        own = _customer_contacts(wanted, row.customer_account_id, row.customer_contact_id)
        for contact_id in wanted:
            if contact_id not in own:
                raise ValidationError("contacts", "not_of_customer", contact_id=contact_id)
        changed = _replace_links(session, entitlement_id, EntitlementContact, "contact",
                                 "contacts", _contact_ids(entitlement_id), wanted)
    if changed:
        _publish(session, entitlement_id)


# -- the lifecycle (SPEC §3.5) --------------------------------------------------------------


def state_for(start: date, end: date, today: date) -> int:
    """What an activated entitlement is on `today`: Waiting before its start, Expired after
    its end, Active in between (both days included)."""
    if end < today:
        return EXPIRED
    if start > today:
        return WAITING
    return ACTIVE


def _set_state(session: Session, row: Entitlement, state: int, now=None) -> None:
    """Move to `state` (inside the caller's transaction), audited; leaving Active clears the
    default mark."""
    now = now or utcnow()
    changes = {"state": state}
    if row.is_default and state != ACTIVE:
        changes["is_default"] = False
    Entitlement.update(**changes, version=Entitlement.version + 1,
                       **_stamp(session, now)).where(Entitlement.id == row.id).execute()
    audit.record_changes(session, ENTITY, row.id,
                         {"state": row.state, "is_default": bool(row.is_default)}, changes,
                         action=AuditAction.STATE)


def _today(today: date | None) -> date:
    return today if today is not None else date.today()


def activate(session: Session, entitlement_id: int, today: date | None = None) -> int:
    """Draft → Active, or Waiting when it starts after `today`, or Expired when it ended
    before `today`. Returns the new state. RuleViolation('entitlement_state', action=
    'activate', state=…) unless it is a Draft."""
    _require_manager(session)
    today = _today(today)
    with write_transaction():
        row = _row(entitlement_id)
        if row.state != DRAFT:
            raise RuleViolation("entitlement_state", action="activate", state=row.state)
        state = state_for(_as_date(row.start_date), _as_date(row.end_date), today)
        _set_state(session, row, state)
    _publish(session, entitlement_id)
    return state


def _leave_active(session: Session, entitlement_id: int, action: str, state: int) -> None:
    with write_transaction():
        row = _row(entitlement_id)
        if row.state not in (ACTIVE, WAITING):
            raise RuleViolation("entitlement_state", action=action, state=row.state)
        _set_state(session, row, state)
    _publish(session, entitlement_id)


def deactivate(session: Session, entitlement_id: int) -> None:
    """Active or Waiting → Draft (editable again). RuleViolation('entitlement_state')."""
    _require_manager(session)
    _leave_active(session, entitlement_id, "deactivate", DRAFT)


def cancel(session: Session, entitlement_id: int) -> None:
    """Active or Waiting → Cancelled. RuleViolation('entitlement_state') otherwise."""
    _require_manager(session)
    _leave_active(session, entitlement_id, "cancel", CANCELLED)


def renew(session: Session, entitlement_id: int, today: date | None = None) -> int:
    """A Cancelled or Expired entitlement → a new Draft from `today` for the same length
    (end − start days), with the same name, customer, terms, channels, products and contacts.
    Returns the new id. RuleViolation('entitlement_state', action='renew', state=…)."""
    _require_manager(session)
    today = _today(today)
    with write_transaction():
        row = _row(entitlement_id)
        if row.state not in (CANCELLED, EXPIRED):
            raise RuleViolation("entitlement_state", action="renew", state=row.state)
        values = _values_of(row)
        length = values["end_date"] - values["start_date"]
        values.update(start_date=today, end_date=today + length)
        now = utcnow()
        new_id = Entitlement.insert(
            **values, state=DRAFT, is_default=False, template=row.template_id,
            renewed_from=row.id, created_on=now, created_by=session.user_id,
            **_stamp(session, now)).execute()
        channels = [(o, t) for _, o, t in _channel_rows(entitlement_id)]
        if channels:
            EntitlementChannel.insert_many([
                {"entitlement": new_id, "origin": o, "total_terms": t, "created_on": now,
                 "created_by": session.user_id, **_stamp(session, now)}
                for o, t in channels]).execute()
        products, contacts = _product_ids(entitlement_id), _contact_ids(entitlement_id)
        for model, column, ids in ((EntitlementProduct, "product", products),
                                   (EntitlementContact, "contact", contacts)):
            if ids:
                model.insert_many([{"entitlement": new_id, column: i, "created_on": now,
                                    "created_by": session.user_id, **_stamp(session, now)}
                                   for i in ids]).execute()
        audit.record_create(session, ENTITY, new_id, values | {
            "state": DRAFT, "template": row.template_id, "renewed_from": row.id,
            "channels": _channels_text(channels), "products": _ids_text(products),
            "contacts": _ids_text(contacts)})
    _publish(session, new_id)
    return new_id


def refresh_states(today: date | None = None, *, session: Session | None = None) -> int:
    """Re-evaluate Waiting and Active entitlements for `today` (at start-up and at midnight):
    Waiting → Active once started, Waiting/Active → Expired once ended. Audited (as the
    session's user, or as nobody without one); publishes ENTITLEMENTS_CHANGED when a session
    is given. Returns how many changed."""
    today = _today(today)
    actor = session if session is not None else Session(db)
    moved: list[int] = []
    with write_transaction():
        rows = list(Entitlement.select().where(Entitlement.state.in_([WAITING, ACTIVE]))
                    .order_by(Entitlement.id))
        now = utcnow()
        for row in rows:
            state = state_for(_as_date(row.start_date), _as_date(row.end_date), today)
            if state != row.state:
                _set_state(actor, row, state, now)
                moved.append(row.id)
    if moved and session is not None:
        _publish(session, *moved)
    return len(moved)


def set_default(session: Session, entitlement_id: int, is_default: bool = True) -> None:
    """Mark (or unmark) an entitlement as its customer's default (SPEC §3.2). Managers and
    administrators only: PermissionDenied('entitlement_default'). Only an Active one may be
    marked: RuleViolation('entitlement_state', action='set_default', state=…)."""
    if not _can_manage(session):
        raise PermissionDenied("entitlement_default")
    is_default = bool(is_default)
    with write_transaction():
        row = _row(entitlement_id)
        if is_default and row.state != ACTIVE:
            raise RuleViolation("entitlement_state", action="set_default", state=row.state)
        if bool(row.is_default) == is_default:
            return
        Entitlement.update(is_default=is_default, version=Entitlement.version + 1,
                           **_stamp(session, utcnow())).where(
            Entitlement.id == entitlement_id).execute()
        audit.record_changes(session, ENTITY, entitlement_id,
                             {"is_default": bool(row.is_default)}, {"is_default": is_default})
    _publish(session, entitlement_id)


# -- remaining terms and the ledger ----------------------------------------------------------


def remaining_terms(entitlement_id: int) -> Decimal:
    """Total terms + the sum of the entitlement's ledger movements."""
    total = (Entitlement.select(Entitlement.total_terms)
             .where(Entitlement.id == entitlement_id).tuples().first())
    if total is None:
        raise NotFound(ENTITY, entitlement_id)
    moved = (TermMovement.select(fn.SUM(TermMovement.amount))
             .where(TermMovement.entitlement == entitlement_id).scalar())
    return _as_decimal(total[0]) + _as_decimal(moved)


def channel_remaining(entitlement_id: int, origin: int) -> Decimal | None:
    """The remaining terms of the entitlement's channel for `origin` (its total + the sum of
    movements on it), or None when the entitlement has no such channel."""
    channel = (EntitlementChannel.select(EntitlementChannel.id, EntitlementChannel.total_terms)
               .where((EntitlementChannel.entitlement == entitlement_id)
                      & (EntitlementChannel.origin == origin)).tuples().first())
    if channel is None:
        return None
    moved = (TermMovement.select(fn.SUM(TermMovement.amount))
             .where(TermMovement.channel == channel[0]).scalar())
    return _as_decimal(channel[1]) + _as_decimal(moved)


@dataclass(frozen=True)
class ChannelRow:
    id: int
    origin: int
    total_terms: Decimal
    remaining: Decimal


@dataclass(frozen=True)
class LedgerRow:
    id: int
    case_id: int | None
    case_number: str
    channel_origin: int | None
    amount: Decimal
    reason: int
    moved_on: datetime


def _channels(entitlement_id: int) -> list[ChannelRow]:
    moved = dict(TermMovement.select(TermMovement.channel, fn.SUM(TermMovement.amount))
                 .where((TermMovement.entitlement == entitlement_id)
                        & TermMovement.channel.is_null(False))
                 .group_by(TermMovement.channel).tuples())
    return [ChannelRow(row_id, origin, total, total + _as_decimal(moved.get(row_id)))
            for row_id, origin, total in _channel_rows(entitlement_id)]


def ledger(entitlement_id: int) -> list[LedgerRow]:
    """The entitlement's term movements, newest first."""
    rows = (TermMovement.select(TermMovement.id, TermMovement.case, Case.number,
                                EntitlementChannel.origin, TermMovement.amount,
                                TermMovement.reason, TermMovement.moved_on)
            .join_from(TermMovement, Case, JOIN.LEFT_OUTER,
                       on=(TermMovement.case == Case.id))
            .join_from(TermMovement, EntitlementChannel, JOIN.LEFT_OUTER,
                       on=(TermMovement.channel == EntitlementChannel.id))
            .where(TermMovement.entitlement == entitlement_id)
            .order_by(TermMovement.moved_on.desc(), TermMovement.id.desc()).tuples())
    return [LedgerRow(r[0], r[1], r[2] or "", r[3], _as_decimal(r[4]), r[5],
                      as_datetime(r[6])) for r in rows]


# -- one record ------------------------------------------------------------------------------


@dataclass
class EntitlementRecord:
    """An entitlement as its form shows it."""

    id: int
    version: int
    fields: EntitlementFields
    state: int
    is_default: bool
    remaining: Decimal
    channels: list[ChannelRow]
    products: list[tuple[int, str]]
    contacts: list[tuple[int, str]]
    customer_name: str
    customer_kind: str
    template_id: int | None
    created_on: datetime
    modified_on: datetime
    renewed_from_id: int | None = None

    @property
    def read_only(self) -> bool:
        return self.state != DRAFT


def get_entitlement(entitlement_id: int) -> EntitlementRecord:
    """The entitlement with its sub-lists and remaining terms; NotFound if missing."""
    row = _row(entitlement_id)
    values = _values_of(row)
    fields_ = EntitlementFields(
        values["name"], row.customer_account_id, row.customer_contact_id,
        values["start_date"], values["end_date"], row.allocation_type, row.decrease_on,
        values["total_terms"], values["restrict_case_creation"], row.description,
        row.template_id)
    if row.customer_account_id is not None:
        kind = ACCOUNT
        name = Account.select(Account.name).where(
            Account.id == row.customer_account_id).scalar()
    else:
        kind = CONTACT
        name = Contact.select(Contact.full_name).where(
            Contact.id == row.customer_contact_id).scalar()
    products = list(Product.select(Product.id, Product.name)
                    .join(EntitlementProduct, on=(EntitlementProduct.product == Product.id))
                    .where(EntitlementProduct.entitlement == entitlement_id)
                    .order_by(Product.name, Product.id).tuples())
    contacts = list(Contact.select(Contact.id, Contact.full_name)
                    .join(EntitlementContact, on=(EntitlementContact.contact == Contact.id))
                    .where(EntitlementContact.entitlement == entitlement_id)
                    .order_by(Contact.name_sort, Contact.id).tuples())
    return EntitlementRecord(
        row.id, row.version, fields_, row.state, bool(row.is_default),
        remaining_terms(entitlement_id), _channels(entitlement_id), products, contacts,
        name or "", kind, row.template_id, as_datetime(row.created_on),
        as_datetime(row.modified_on), row.renewed_from_id)


# -- the lists ---------------------------------------------------------------------------------


class EntitlementView(IntEnum):
    ALL = 0
    ACTIVE = 1
    EXPIRING = 2  # active, ends within 30 days
    EXHAUSTED = 3  # active, remaining terms ≤ 0


@dataclass(frozen=True)
class EntitlementQuery:
    """What an entitlement list shows. `sort` is a key of SORTS; `today` (default: the
    date now) is what "expiring in 30 days" counts from."""

    view: EntitlementView = EntitlementView.ALL
    filter_text: str = ""
    sort: str = "name"
    descending: bool = False
    customer_kind: str | None = None
    customer_id: int | None = None
    today: date | None = None


@dataclass(frozen=True)
class EntitlementRow:
    id: int
    name: str
    customer: str
    state: int
    allocation_type: int
    total_terms: Decimal
    remaining: Decimal
    start_date: date
    end_date: date
    is_default: bool
    customer_kind: str = ""
    restrict_case_creation: bool = False


def _moved_sums():
    return (TermMovement.select(TermMovement.entitlement.alias("entitlement_id"),
                                fn.SUM(TermMovement.amount).alias("moved"))
            .group_by(TermMovement.entitlement).alias("moved_sums"))


def _base_select(extra=()):
    sums = _moved_sums()
    remaining = Entitlement.total_terms + fn.COALESCE(sums.c.moved, 0)
    customer = fn.COALESCE(Account.name, Contact.full_name, "")
    columns = (Entitlement.id, Entitlement.name, customer, Entitlement.state,
               Entitlement.allocation_type, Entitlement.total_terms, remaining,
               Entitlement.start_date, Entitlement.end_date, Entitlement.is_default,
               Entitlement.customer_account, Entitlement.restrict_case_creation) + tuple(extra)
    select = (Entitlement.select(*columns)
              .join_from(Entitlement, sums, JOIN.LEFT_OUTER,
                         on=(sums.c.entitlement_id == Entitlement.id))
              .join_from(Entitlement, Account, JOIN.LEFT_OUTER,
                         on=(Entitlement.customer_account == Account.id))
              .join_from(Entitlement, Contact, JOIN.LEFT_OUTER,
                         on=(Entitlement.customer_contact == Contact.id)))
    return select, remaining


def _entitlement_row(r) -> EntitlementRow:
    return EntitlementRow(r[0], r[1], r[2] or "", r[3], r[4], _as_decimal(r[5]),
                          _as_decimal(r[6]), _as_date(r[7]), _as_date(r[8]), bool(r[9]),
                          ACCOUNT if r[10] is not None else CONTACT, bool(r[11]))


def _sorts(remaining) -> dict:
    return {
        "name": fn.lower(Entitlement.name),
        "customer": fn.COALESCE(Account.name_sort, Contact.name_sort, ""),
        "state": Entitlement.state,
        "allocation_type": Entitlement.allocation_type,
        "total_terms": Entitlement.total_terms + 0,
        "remaining": remaining,
        "start_date": Entitlement.start_date,
        "end_date": Entitlement.end_date,
        "modified_on": Entitlement.modified_on,
    }


SORTS = ("name", "customer", "state", "allocation_type", "total_terms", "remaining",
         "start_date", "end_date", "modified_on")


def _conditions(query: EntitlementQuery, remaining) -> list:
    conds = []
    today = _today(query.today)
    if query.view != EntitlementView.ALL:
        conds.append(Entitlement.state == ACTIVE)
    if query.view == EntitlementView.EXPIRING:
        conds.append(Entitlement.end_date <= today + timedelta(days=EXPIRING_DAYS))
    elif query.view == EntitlementView.EXHAUSTED:
        conds.append(remaining <= 0)
    if query.customer_kind is not None or query.customer_id is not None:
        conds.append(_customer_condition(query.customer_kind, query.customer_id))
    for word in clean_search_text(query.filter_text).split():
        key = sort_key(word)
        cond = like(Entitlement.name, contains_pattern(word))
        if key:
            cond |= (like(Account.name_sort, contains_pattern(key))
                     | like(Contact.name_sort, contains_pattern(key)))
        conds.append(cond)
    return conds


def _customer_condition(kind: str | None, customer_id: int | None):
    if kind == ACCOUNT:
        return Entitlement.customer_account == customer_id
    if kind == CONTACT:
        return Entitlement.customer_contact == customer_id
    raise ValueError(f"unknown customer kind {kind!r}")


def _key_value(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return value


def list_entitlements(query: EntitlementQuery, *, after: tuple | None = None,
                      limit: int = 50) -> Page:
    """One page of entitlements: `limit` rows after the key of the previous page. The filter
    keeps rows where every word occurs in the name (as typed) or the customer's name
    (folded: "örebro" finds "Örebro AB")."""
    if query.sort not in SORTS:
        raise ValueError(f"no entitlement list sorts by {query.sort!r}")
    select, remaining = _base_select()
    sort_expr = _sorts(remaining)[query.sort]
    select = select.select_extend(sort_expr.alias("sort_value"))
    conds = _conditions(query, remaining)
    if after is not None:
        bound = Tuple(*after)
        key = Tuple(sort_expr, Entitlement.id)
        conds.append(key < bound if query.descending else key > bound)
    if conds:
        select = select.where(*conds)
    order = ((sort_expr.desc(), Entitlement.id.desc()) if query.descending
             else (sort_expr.asc(), Entitlement.id.asc()))
    raw = list(select.order_by(*order).limit(limit + 1).tuples())
    more = len(raw) > limit
    raw = raw[:limit]
    rows = [_entitlement_row(r) for r in raw]
    next_key = (_key_value(raw[-1][-1]), raw[-1][0]) if more and raw else None
    return Page(rows, next_key)


def count_entitlements(query: EntitlementQuery) -> int:
    select, remaining = _base_select()
    conds = _conditions(query, remaining)
    select = select.select(fn.COUNT(SQL("*")))
    if conds:
        select = select.where(*conds)
    return select.scalar() or 0


def active_entitlements_of(kind: str, customer_id: int) -> list[EntitlementRow]:
    """The customer's Active entitlements with their remaining terms, by name (for the
    customer details panel and the account and contact forms). A contact's are its own."""
    if kind not in KINDS:
        raise ValueError(f"unknown customer kind {kind!r}")
    select, _ = _base_select()
    rows = (select.where((Entitlement.state == ACTIVE)
                         & _customer_condition(kind, customer_id))
            .order_by(fn.lower(Entitlement.name), Entitlement.id).tuples())
    return [_entitlement_row(r) for r in rows]


def _covering(contact_id, product_id, origin):
    """Conditions: the entitlement covers the product, the contact and the origin (SPEC §3.1,
    §3.4). None listed = all; a case without a product (or origin) is covered only by an
    entitlement that lists no products (or channels)."""
    has_products = EntitlementProduct.select(SQL("1")).where(
        EntitlementProduct.entitlement == Entitlement.id)
    lists_product = EntitlementProduct.select(SQL("1")).where(
        (EntitlementProduct.entitlement == Entitlement.id)
        & (EntitlementProduct.product == product_id))
    has_contacts = EntitlementContact.select(SQL("1")).where(
        EntitlementContact.entitlement == Entitlement.id)
    lists_contact = EntitlementContact.select(SQL("1")).where(
        (EntitlementContact.entitlement == Entitlement.id)
        & (EntitlementContact.contact == contact_id))
    has_channels = EntitlementChannel.select(SQL("1")).where(
        EntitlementChannel.entitlement == Entitlement.id)
    lists_origin = EntitlementChannel.select(SQL("1")).where(
        (EntitlementChannel.entitlement == Entitlement.id)
        & (EntitlementChannel.origin == origin))
    conds = []
    for has, lists, value in ((has_products, lists_product, product_id),
                              (has_contacts, lists_contact, contact_id),
                              (has_channels, lists_origin, origin)):
        if value is None:
            conds.append(~fn.EXISTS(has))
        else:
            conds.append(~fn.EXISTS(has) | fn.EXISTS(lists))
    return conds


def entitlements_for_case(*, customer_kind: str, customer_id: int, contact_id: int | None,
                          product_id: int | None, origin: int | None) -> list[EntitlementRow]:
    """What the case form's Entitlement lookup offers (SPEC §3.1, §3.4): the Active
    entitlements of the case's customer that cover its product, contact and origin, with
    their remaining terms, by name. For a contact customer without a case contact, the
    customer contact is the contact that must be covered."""
    if customer_kind not in KINDS:
        raise ValueError(f"unknown customer kind {customer_kind!r}")
    if customer_kind == CONTACT and contact_id is None:
        contact_id = customer_id
    select, _ = _base_select()
    rows = (select.where((Entitlement.state == ACTIVE),
                         _customer_condition(customer_kind, customer_id),
                         *_covering(contact_id, product_id, origin))
            .order_by(fn.lower(Entitlement.name), Entitlement.id).tuples())
    return [_entitlement_row(r) for r in rows]


def covers(entitlement_id: int, *, contact_id: int | None, product_id: int | None,
           origin: int | None) -> bool:
    """Whether the entitlement covers a case's contact, product and origin (the rule of
    entitlements_for_case, without the state and customer conditions)."""
    return (Entitlement.select(SQL("1"))
            .where(Entitlement.id == entitlement_id, *_covering(contact_id, product_id, origin))
            .exists())


# -- templates (Settings → Entitlement Templates) ----------------------------------------------


@dataclass
class TemplateFields:
    name: str
    allocation_type: int = int(AllocationType.NUMBER_OF_CASES)
    decrease_on: int = int(DecreaseRemainingOn.CASE_CREATION)
    total_terms: Decimal = Decimal(0)
    restrict_case_creation: bool = False
    duration_days: int = 365
    description: str | None = None
    channels: list[tuple[int, Decimal]] = field(default_factory=list)
    product_ids: list[int] = field(default_factory=list)


@dataclass
class TemplateRecord:
    id: int
    version: int
    fields: TemplateFields
    created_on: datetime
    modified_on: datetime


def _check_manager(session: Session) -> None:
    if not _can_manage(session):
        raise PermissionDenied("entitlement_templates")


def _clean_template(f: TemplateFields) -> tuple[dict, list, list[int]]:
    name = clean_text("name", f.name, max_length=NAME_MAX, required=True)
    description = clean_text("description", f.description, max_length=DESCRIPTION_MAX,
                             multiline=True)
    allocation_type, decrease_on = _check_terms_rule(f.allocation_type, f.decrease_on)
    days = f.duration_days
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= DURATION_MAX_DAYS:
        raise ValidationError("duration_days", "invalid")
    values = {"name": name, "allocation_type": allocation_type, "decrease_on": decrease_on,
              "total_terms": parse_terms(f.total_terms),
              "restrict_case_creation": bool(f.restrict_case_creation),
              "duration_days": days, "description": description}
    return values, _clean_channels(f.channels), _unique_ids(f.product_ids, "products")


def _check_template_name(name: str, template_id: int | None) -> None:
    taken = EntitlementTemplate.select().where(EntitlementTemplate.name == name)
    if template_id is not None:
        taken = taken.where(EntitlementTemplate.id != template_id)
    if taken.exists():
        raise ValidationError("name", "taken")


def _check_products(product_ids: list[int]) -> None:
    found = {r[0] for r in Product.select(Product.id).where(
        Product.id.in_(product_ids or [0])).tuples()}
    for product_id in product_ids:
        if product_id not in found:
            raise ValidationError("products", "not_found", product_id=product_id)


def _template_links(template_id: int) -> tuple[list[tuple[int, Decimal]], list[int]]:
    channels = [(r[0], _as_decimal(r[1])) for r in EntitlementTemplateChannel.select(
        EntitlementTemplateChannel.origin, EntitlementTemplateChannel.total_terms)
        .where(EntitlementTemplateChannel.template == template_id)
        .order_by(EntitlementTemplateChannel.origin).tuples()]
    products = [r[0] for r in EntitlementTemplateProduct.select(
        EntitlementTemplateProduct.product)
        .where(EntitlementTemplateProduct.template == template_id)
        .order_by(EntitlementTemplateProduct.product).tuples()]
    return channels, products


def _write_template_links(session: Session, template_id: int, channels, products) -> None:
    EntitlementTemplateChannel.delete().where(
        EntitlementTemplateChannel.template == template_id).execute()
    EntitlementTemplateProduct.delete().where(
        EntitlementTemplateProduct.template == template_id).execute()
    now = utcnow()
    stamp = {"created_on": now, "created_by": session.user_id, **_stamp(session, now)}
    if channels:
        EntitlementTemplateChannel.insert_many([
            {"template": template_id, "origin": o, "total_terms": t, **stamp}
            for o, t in channels]).execute()
    if products:
        EntitlementTemplateProduct.insert_many([
            {"template": template_id, "product": p, **stamp} for p in products]).execute()


def create_template(session: Session, fields: TemplateFields) -> int:
    """A new entitlement template (managers and administrators). Returns its id.
    ValidationError('name', 'taken') when another template has the name."""
    _check_manager(session)
    values, channels, products = _clean_template(fields)
    with write_transaction():
        _check_template_name(values["name"], None)
        _check_products(products)
        now = utcnow()
        template_id = EntitlementTemplate.insert(
            **values, created_on=now, created_by=session.user_id,
            **_stamp(session, now)).execute()
        _write_template_links(session, template_id, channels, products)
        audit.record_create(session, TEMPLATE_ENTITY, template_id, values | {
            "channels": _channels_text(channels), "products": _ids_text(products)})
    session.events.publish(events.ENTITLEMENT_TEMPLATES_CHANGED, ids=[template_id])
    return template_id


def update_template(session: Session, template_id: int, fields: TemplateFields,
                    expected_version: int) -> int:
    """Save an edited template; returns its new version. ConflictError when someone saved it
    since `expected_version`. Entitlements made from it keep their terms."""
    _check_manager(session)
    values, channels, products = _clean_template(fields)
    with write_transaction():
        row = EntitlementTemplate.get_or_none(EntitlementTemplate.id == template_id)
        if row is None:
            raise NotFound(TEMPLATE_ENTITY, template_id)
        if row.version != expected_version:
            raise ConflictError(TEMPLATE_ENTITY, template_id, theirs=get_template(template_id))
        old_channels, old_products = _template_links(template_id)
        old = {"name": row.name, "allocation_type": row.allocation_type,
               "decrease_on": row.decrease_on, "total_terms": _as_decimal(row.total_terms),
               "restrict_case_creation": bool(row.restrict_case_creation),
               "duration_days": row.duration_days, "description": row.description,
               "channels": _channels_text(old_channels), "products": _ids_text(old_products)}
        new = values | {"channels": _channels_text(channels), "products": _ids_text(products)}
        changed = {k: v for k, v in new.items() if old[k] != v}
        if not changed:
            return row.version
        if "name" in changed:
            _check_template_name(values["name"], template_id)
        if "products" in changed:
            _check_products(products)
        column_changes = {k: v for k, v in changed.items() if k in values}
        EntitlementTemplate.update(**column_changes, version=EntitlementTemplate.version + 1,
                                   **_stamp(session, utcnow())).where(
            EntitlementTemplate.id == template_id).execute()
        if "channels" in changed or "products" in changed:
            _write_template_links(session, template_id, channels, products)
        audit.record_changes(session, TEMPLATE_ENTITY, template_id, old, changed)
    session.events.publish(events.ENTITLEMENT_TEMPLATES_CHANGED, ids=[template_id])
    return expected_version + 1


def delete_template(session: Session, template_id: int) -> None:
    """Delete a template (its channels and products go with it; entitlements made from it
    stay and forget it)."""
    _check_manager(session)
    with write_transaction():
        row = EntitlementTemplate.get_or_none(EntitlementTemplate.id == template_id)
        if row is None:
            raise NotFound(TEMPLATE_ENTITY, template_id)
        Entitlement.update(template=None).where(Entitlement.template == template_id).execute()
        EntitlementTemplate.delete().where(EntitlementTemplate.id == template_id).execute()
        audit.record_changes(session, TEMPLATE_ENTITY, template_id, {"name": row.name},
                             {"name": None}, action=AuditAction.DELETE)
    session.events.publish(events.ENTITLEMENT_TEMPLATES_CHANGED, ids=[template_id])


def get_template(template_id: int) -> TemplateRecord:
    row = EntitlementTemplate.get_or_none(EntitlementTemplate.id == template_id)
    if row is None:
        raise NotFound(TEMPLATE_ENTITY, template_id)
    channels, products = _template_links(template_id)
    return TemplateRecord(
        row.id, row.version,
        TemplateFields(row.name, row.allocation_type, row.decrease_on,
                       _as_decimal(row.total_terms), bool(row.restrict_case_creation),
                       row.duration_days, row.description, channels, products),
        as_datetime(row.created_on), as_datetime(row.modified_on))


def list_templates() -> list[tuple[int, str, int, Decimal, int]]:
    """(id, name, allocation type, total terms, duration in days) of every template, by
    name."""
    rows = (EntitlementTemplate.select(EntitlementTemplate.id, EntitlementTemplate.name,
                                       EntitlementTemplate.allocation_type,
                                       EntitlementTemplate.total_terms,
                                       EntitlementTemplate.duration_days)
            .order_by(fn.lower(EntitlementTemplate.name), EntitlementTemplate.id).tuples())
    return [(r[0], r[1], r[2], _as_decimal(r[3]), r[4]) for r in rows]


def fields_from_template(template_id: int, *, customer_kind: str, customer_id: int,
                         start: date) -> tuple[EntitlementFields, list[tuple[int, Decimal]],
                                               list[int]]:
    """A new entitlement's fields prefilled from a template: its name, terms and description,
    from `start` for `duration_days` days (both ends included: 365 days from 1 January end on
    31 December), plus the (origin, total) channels and product ids to set after the first
    save."""
    if customer_kind not in KINDS:
        raise ValueError(f"unknown customer kind {customer_kind!r}")
    record = get_template(template_id)
    t = record.fields
    fields_ = EntitlementFields(
        name=t.name,
        customer_account_id=customer_id if customer_kind == ACCOUNT else None,
        customer_contact_id=customer_id if customer_kind == CONTACT else None,
        start_date=start, end_date=start + timedelta(days=t.duration_days - 1),
        allocation_type=t.allocation_type, decrease_on=t.decrease_on,
        total_terms=t.total_terms, restrict_case_creation=t.restrict_case_creation,
        description=t.description, template_id=template_id)
    return fields_, list(t.channels), list(t.product_ids)

