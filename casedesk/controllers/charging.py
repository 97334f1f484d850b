"""Cases and entitlements (SPEC §3.2–§3.4): the default entitlement, the restriction and the
term ledger.

Remaining terms are never stored: an entitlement's remaining terms are its total plus the sum
of its ledger rows, a channel's are the channel's total plus the sum of the rows taken from
that channel. Everything here runs inside the caller's transaction, so a refusal leaves no row.

Decisions (where §3.3 is silent):
- Terms are only *taken* while the case says "decrement entitlement terms". Giving back
  (removed, changed, canceled, merged, reactivated from resolved) returns what the ledger
  shows the case still holds on that entitlement, to the channel it was taken from, whatever
  the flag says now: a case never gives back more than it took, and never keeps a term after
  it stopped using the entitlement. Toggling the flag moves no terms by itself.
- Changing the origin re-checks coverage and the restriction; it does not move a term already
  taken to another channel.
- Coverage is entitlements.entitlements_for_case's rule: nothing listed covers everything;
  a case that names no product (no contact, and its customer is not a contact) is covered
  only by an entitlement that lists no products (no contacts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from casedesk.controllers import audit, events
from casedesk.controllers.errors import ConflictError, NotFound, RuleViolation, ValidationError
from casedesk.controllers.session import Session
from casedesk.models import (
    Case,
    Entitlement,
    EntitlementChannel,
    EntitlementContact,
    EntitlementProduct,
    TermMovement,
    utcnow,
)
from casedesk.models.db import write_transaction
from casedesk.models.options import (
    AllocationType,
    AuditAction,
    CaseState,
    DecreaseRemainingOn,
    EntitlementState,
    TermReason,
)

_CENT = Decimal("0.01")
EVENTS = ("created", "entitlement_changed", "canceled", "merged", "reactivated", "resolved")


# -- arithmetic ----------------------------------------------------------------------------


def _decimal(value) -> Decimal:
    if value is None:
        return Decimal(0).quantize(_CENT)
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def hours_of(minutes: int) -> Decimal:
    """Billable minutes as hours, to the hundredth (90 → 1.50, 50 → 0.83)."""
    return _decimal(Decimal(int(minutes)) / Decimal(60))


def _ledger_sum(where) -> Decimal:
    return _decimal(TermMovement.select(fn.SUM(TermMovement.amount)).where(where).scalar())


def _not_case(case_id: int):
    return TermMovement.case.is_null() | (TermMovement.case != case_id)


def remaining_of(entitlement_id: int, *, excluding_case: int | None = None) -> Decimal:
    """Total + sum of the ledger (without one case's movements, for a re-check)."""
    total = Entitlement.select(Entitlement.total_terms).where(
        Entitlement.id == entitlement_id).scalar()
    where = TermMovement.entitlement == entitlement_id
    if excluding_case is not None:
        where &= _not_case(excluding_case)
    return _decimal(_decimal(total) + _ledger_sum(where))


def channel_remaining(channel: EntitlementChannel, *,
                      excluding_case: int | None = None) -> Decimal:
    where = TermMovement.channel == channel.id
    if excluding_case is not None:
        where &= _not_case(excluding_case)
    return _decimal(_decimal(channel.total_terms) + _ledger_sum(where))


def _channels(entitlement_id: int) -> dict[int, EntitlementChannel]:
    return {c.origin: c for c in EntitlementChannel.select().where(
        EntitlementChannel.entitlement == entitlement_id)}


# -- coverage (SPEC §3.1, §3.4) ------------------------------------------------------------


@dataclass(frozen=True)
class _Coverage:
    product_listed: bool  # the case's product is listed explicitly
    contact_listed: bool  # the case's contact is listed explicitly


def _customer_where(customer_kind: str, customer_id: int):
    if customer_kind == "account":
        return Entitlement.customer_account == customer_id
    if customer_kind == "contact":
        return Entitlement.customer_contact == customer_id
    raise ValueError(customer_kind)


def _coverage(ent: Entitlement, *, contact_id, product_id, origin) -> _Coverage | None:
    """How the entitlement covers a case's product, contact and origin; None when it does
    not. Nothing listed covers everything; a case naming nothing is covered only when
    nothing is listed."""
    products = {p for (p,) in EntitlementProduct.select(EntitlementProduct.product)
                .where(EntitlementProduct.entitlement == ent.id).tuples()}
    contacts = {c for (c,) in EntitlementContact.select(EntitlementContact.contact)
                .where(EntitlementContact.entitlement == ent.id).tuples()}
    if products and product_id not in products:
        return None
    if contacts and contact_id not in contacts:
        return None
    channels = _channels(ent.id)
    if channels and origin not in channels:
        return None
    return _Coverage(bool(products), bool(contacts))


def _case_contact(customer_kind: str, customer_id: int, contact_id):
    """The person the case is for: its contact, else a contact customer itself."""
    if contact_id is None and customer_kind == "contact":
        return customer_id
    return contact_id


def check_restrict(entitlement_id: int, origin: int, *, case_id: int | None = None) -> None:
    """SPEC §3.4. An entitlement with channels does not cover an origin it does not list:
    ValidationError('entitlement', 'origin_not_covered'). With restrict case creation on,
    remaining terms (or the matching channel's) ≤ 0: RuleViolation('entitlement_exhausted',
    remaining=…, entitlement=name[, origin=…]). `case_id`: a case re-checked (its origin
    changed) does not count its own movements against itself."""
    ent = Entitlement.get_or_none(Entitlement.id == entitlement_id)
    if ent is None:
        raise ValidationError("entitlement", "not_found")
    channels = _channels(ent.id)
    channel = channels.get(origin)
    if channels and channel is None:
        raise ValidationError("entitlement", "origin_not_covered", origin=origin,
                              entitlement=ent.name)
    if not ent.restrict_case_creation:
        return
    left = remaining_of(ent.id, excluding_case=case_id)
    if left <= 0:
        raise RuleViolation("entitlement_exhausted", remaining=left, entitlement=ent.name)
    if channel is not None:
        left = channel_remaining(channel, excluding_case=case_id)
        if left <= 0:
            raise RuleViolation("entitlement_exhausted", remaining=left, entitlement=ent.name,
                                origin=origin)


def check_for_case(entitlement_id: int, *, customer_kind: str, customer_id: int, contact_id,
                   product_id, origin, case_id: int | None = None, newly_set: bool = True,
                   origin_changed: bool = False) -> None:
    """The checks of giving a case an entitlement (SPEC §3.1, §3.4), as ValidationErrors on
    the field 'entitlement': not_found, not_active, not_of_customer, not_covered (product or
    contact), origin_not_covered; and the restriction (RuleViolation). An entitlement the case
    keeps is only checked for coverage, and for the restriction when the origin changed."""
    ent = Entitlement.get_or_none(Entitlement.id == entitlement_id)
    if ent is None:
        raise ValidationError("entitlement", "not_found")
    if newly_set and ent.state != int(EntitlementState.ACTIVE):
        raise ValidationError("entitlement", "not_active", entitlement=ent.name)
    mine = (ent.customer_account_id == customer_id if customer_kind == "account"
            else ent.customer_contact_id == customer_id)
    if not mine:
        raise ValidationError("entitlement", "not_of_customer", entitlement=ent.name)
    contact = _case_contact(customer_kind, customer_id, contact_id)
    if _coverage(ent, contact_id=contact, product_id=product_id, origin=origin) is None:
        # tell the origin apart: it has its own message (and its own re-check)
        channels = _channels(ent.id)
        if channels and origin not in channels:
            raise ValidationError("entitlement", "origin_not_covered", origin=origin,
                                  entitlement=ent.name)
        raise ValidationError("entitlement", "not_covered", entitlement=ent.name)
    if newly_set or origin_changed:
        check_restrict(ent.id, origin, case_id=case_id)


# -- default entitlements (SPEC §3.2) ------------------------------------------------------


def select_default(*, customer_kind: str, customer_id: int, contact_id=None, product_id=None,
                   origin: int) -> int | None:
    """The customer's Active default entitlement for a case, or None. Among the defaults
    that cover the case (product, contact, origin), the one listing the case's product and
    contact explicitly comes first (both before one before none), then the one that ends
    latest (then the newest). A default the restriction would refuse is passed over."""
    contact = _case_contact(customer_kind, customer_id, contact_id)
    ranked: list[tuple[int, date, int]] = []
    for ent in Entitlement.select().where(
            _customer_where(customer_kind, customer_id)
            & (Entitlement.state == int(EntitlementState.ACTIVE))
            & (Entitlement.is_default == True)):  # noqa: E712
        cover = _coverage(ent, contact_id=contact, product_id=product_id, origin=origin)
        if cover is None:
            continue
        try:
            check_restrict(ent.id, origin)
        except (RuleViolation, ValidationError):
            continue
        ranked.append((int(cover.product_listed) + int(cover.contact_listed), ent.end_date,
                       ent.id))
    if not ranked:
        return None
    return max(ranked)[2]


# -- the ledger (SPEC §3.3) ----------------------------------------------------------------


def _charges_on_creation(ent: Entitlement) -> bool:
    """Number of cases, Decrease on Case Creation (hours always charge at resolution)."""
    return (ent.allocation_type == int(AllocationType.NUMBER_OF_CASES)
            and ent.decrease_on == int(DecreaseRemainingOn.CASE_CREATION))


def _held(case_id: int, entitlement_id: int) -> dict[int | None, Decimal]:
    """What the case holds on the entitlement, per channel (negative: terms taken)."""
    held: dict[int | None, Decimal] = {}
    for channel_id, amount in (TermMovement.select(TermMovement.channel,
                                                   fn.SUM(TermMovement.amount))
                               .where((TermMovement.case == case_id)
                                      & (TermMovement.entitlement == entitlement_id))
                               .group_by(TermMovement.channel).tuples()):
        value = _decimal(amount)
        if value:
            held[channel_id] = value
    return held


def _move(case: Case, entitlement_id: int, channel_id, amount: Decimal, reason: TermReason,
          user_id, now) -> None:
    TermMovement.insert(entitlement=entitlement_id, channel=channel_id, case=case.id,
                        amount=amount, reason=int(reason), moved_on=now, created_on=now,
                        modified_on=now, created_by=user_id, modified_by=user_id).execute()


def _take(case: Case, ent: Entitlement, amount: Decimal, reason: TermReason, user_id,
          now) -> bool:
    """Take `amount` from the entitlement and the channel of the case's origin; only while
    the case says decrement. True when a row was written."""
    if not case.decrement_entitlement or amount <= 0:
        return False
    channel = _channels(ent.id).get(case.origin)
    _move(case, ent.id, channel.id if channel else None, -amount, reason, user_id, now)
    return True


def _give_back(case: Case, entitlement_id: int, reason: TermReason, user_id, now) -> bool:
    """Give back what the case still holds on the entitlement, to the channels it was taken
    from (whatever the decrement flag says now). True when a row was written."""
    moved = False
    for channel_id, held in _held(case.id, entitlement_id).items():
        if held < 0:
            _move(case, entitlement_id, channel_id, -held, reason, user_id, now)
            moved = True
    return moved


def charge(case_id: int, event: str, *, old_entitlement_id: int | None = None,
           from_state: int | None = None, billable_minutes: int = 0,
           user_id: int | None = None) -> list[int]:
    """Move terms for an event of the case, exactly as SPEC §3.3's table (inside the caller's
    transaction, after the case row was written). Returns the ids of the entitlements whose
    remaining terms moved.

    created                      cases/Creation: −1
    entitlement_changed          cases/Creation: +1 back to the old one (what the case held
                                 on it), −1 from the new one
    canceled, merged             cases/Creation: +1 back
    reactivated from Canceled    cases/Creation: −1
    resolved                     cases/Resolution: −1; hours: −(billable minutes ÷ 60)
    reactivated from Resolved    cases/Resolution and hours: + what the resolution took
    """
    if event not in EVENTS:
        raise ValueError(event)
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound("incident", case_id)
    now = utcnow()
    moved: list[int] = []
    if event == "entitlement_changed":
        if old_entitlement_id is not None and old_entitlement_id != case.entitlement_id:
            if _give_back(case, old_entitlement_id, TermReason.ENTITLEMENT_REMOVED, user_id,
                          now):
                moved.append(old_entitlement_id)
        if case.entitlement_id is None or case.entitlement_id == old_entitlement_id:
            return moved
    if case.entitlement_id is None:
        return moved
    ent = Entitlement.get_by_id(case.entitlement_id)
    on_creation = _charges_on_creation(ent)
    wrote = False
    if event in ("created", "entitlement_changed") or (
            event == "reactivated" and from_state == int(CaseState.CANCELED)):
        if on_creation and not _held(case.id, ent.id):  # never twice
            reason = (TermReason.CASE_REACTIVATED if event == "reactivated"
                      else TermReason.CASE_CREATED)
            wrote = _take(case, ent, Decimal(1), reason, user_id, now)
    elif event in ("canceled", "merged"):
        if on_creation:
            wrote = _give_back(case, ent.id, TermReason.CASE_CANCELED, user_id, now)
    elif event == "resolved":
        if not on_creation:
            amount = (hours_of(billable_minutes)
                      if ent.allocation_type == int(AllocationType.NUMBER_OF_HOURS)
                      else Decimal(1))
            wrote = _take(case, ent, amount, TermReason.CASE_RESOLVED, user_id, now)
    elif event == "reactivated" and from_state == int(CaseState.RESOLVED):
        if not on_creation:
            wrote = _give_back(case, ent.id, TermReason.CASE_REACTIVATED, user_id, now)
    if wrote:
        moved.append(ent.id)
    return moved


# -- Do not decrement entitlement terms ----------------------------------------------------


def _case_conflict(case_id: int) -> ConflictError:
    from casedesk.controllers.cases import case_conflict  # cases imports this module

    return case_conflict(case_id)


def set_decrement(session: Session, case_id: int, decrement: bool, *,
                  expected_version: int | None = None) -> None:
    """The "Do not decrement entitlement terms" command (decrement=False) and its reverse:
    active cases only, audited. No terms move now; from here on the case takes terms only
    while it says decrement (what it took before is given back as usual)."""
    decrement = bool(decrement)
    with write_transaction():
        case = Case.get_or_none(Case.id == case_id)
        if case is None:
            raise NotFound("incident", case_id)
        if expected_version is not None and case.version != expected_version:
            raise _case_conflict(case_id)
        if case.state != int(CaseState.ACTIVE):
            raise RuleViolation("case_read_only", state=case.state)
        if bool(case.decrement_entitlement) == decrement:
            return
        updated = (Case.update(decrement_entitlement=decrement, version=Case.version + 1,
                               modified_on=utcnow(), modified_by=session.user_id)
                   .where((Case.id == case_id) & (Case.version == case.version)).execute())
        if updated != 1:
            raise _case_conflict(case_id)
        audit.record_changes(session, "incident", case_id,
                             {"decrement_entitlement": bool(case.decrement_entitlement)},
                             {"decrement_entitlement": decrement}, AuditAction.UPDATE)
    session.events.publish(events.CASES_CHANGED, ids=[case_id])
