"""Cases and entitlements (issue 6, SPEC §3.2–§3.4): every row of §3.3's table with and
without channels, every clause of §3.4, the default entitlement of §3.2, Do not decrement,
and that a refusal writes nothing. Entitlements are made straight in the tables so these
tests depend only on the charging rules."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import pytest

from casedesk.controllers import admin, charging, events
from casedesk.controllers.cases import (
    NewCase,
    case_history,
    create_case,
    get_case_record,
    update_case,
)
from casedesk.controllers.errors import RuleViolation, ValidationError
from casedesk.controllers.lifecycle import (
    cancel_case,
    merge_cases,
    reactivate_case,
    resolve_case,
)
from casedesk.models import (
    Account,
    AuditLog,
    Case,
    Contact,
    Entitlement,
    EntitlementChannel,
    EntitlementContact,
    EntitlementProduct,
    Product,
    TermMovement,
)
from casedesk.models.options import (
    AllocationType,
    CaseState,
    DecreaseRemainingOn,
    EntitlementState,
    Origin,
    StatusReason,
    TermReason,
)

PHONE, EMAIL, WEB = int(Origin.PHONE), int(Origin.EMAIL), int(Origin.WEB)
CASES, HOURS = int(AllocationType.NUMBER_OF_CASES), int(AllocationType.NUMBER_OF_HOURS)
ON_CREATION = int(DecreaseRemainingOn.CASE_CREATION)
ON_RESOLUTION = int(DecreaseRemainingOn.CASE_RESOLUTION)


# -- helpers -------------------------------------------------------------------------------


@pytest.fixture
def acme(session):
    return Account.create(name="Havstål AB")


@pytest.fixture
def other(session):
    return Account.create(name="Björkbacken AB")


@pytest.fixture
def anna(acme):
    return Contact.create(first_name="Anna", last_name="Berg", parent_account=acme)


@pytest.fixture
def bo(acme):
    return Contact.create(first_name="Bo", last_name="Ek", parent_account=acme)


@pytest.fixture
def printer(session):
    return Product.create(name="Skrivare P1")


@pytest.fixture
def scanner(session):
    return Product.create(name="Skanner S2")


def entitlement(customer, *, name="Support", allocation=CASES, decrease=ON_CREATION,
                total="10", restrict=False, channels=(), products=(), contacts=(),
                default=False, end=date(2030, 12, 31),
                state=EntitlementState.ACTIVE) -> int:
    account = isinstance(customer, Account)
    row = Entitlement.create(
        name=name, customer_account=customer if account else None,
        customer_contact=None if account else customer, start_date=date(2024, 1, 1),
        end_date=end, allocation_type=allocation, decrease_on=decrease,
        total_terms=Decimal(total), restrict_case_creation=restrict, is_default=default,
        state=int(state))
    for origin, terms in channels:
        EntitlementChannel.create(entitlement=row, origin=origin, total_terms=Decimal(terms))
    for product in products:
        EntitlementProduct.create(entitlement=row, product=product)
    for contact in contacts:
        EntitlementContact.create(entitlement=row, contact=contact)
    return row.id


def new_case(session, customer, **kw) -> int:
    key = "customer_account_id" if isinstance(customer, Account) else "customer_contact_id"
    kw.setdefault("title", "Skrivaren skriver inte ut")
    return create_case(session, NewCase(**{key: customer.id}, **kw))


def remaining(entitlement_id) -> Decimal:
    return charging.remaining_of(entitlement_id)


def channel_left(entitlement_id, origin) -> Decimal:
    channel = EntitlementChannel.get((EntitlementChannel.entitlement == entitlement_id)
                                     & (EntitlementChannel.origin == origin))
    return charging.channel_remaining(channel)


def movements(case_id=None, entitlement_id=None) -> list[tuple]:
    """(entitlement, channel origin or None, amount, reason), oldest first."""
    query = TermMovement.select().order_by(TermMovement.id)
    if case_id is not None:
        query = query.where(TermMovement.case == case_id)
    if entitlement_id is not None:
        query = query.where(TermMovement.entitlement == entitlement_id)
    return [(m.entitlement_id, m.channel.origin if m.channel_id else None, m.amount,
             TermReason(m.reason)) for m in query]


def edit(session, case_id, **changes) -> int:
    record = get_case_record(case_id)
    fields = record.fields()
    for name, value in changes.items():
        setattr(fields, name, value)
    return update_case(session, case_id, fields, record.version)


def resolve(session, case_id, minutes=0):
    return resolve_case(session, case_id, resolution_type=int(StatusReason.PROBLEM_SOLVED),
                        resolution="Klart", billable_time=minutes)


def snapshot():
    return {m.__name__: list(m.select().order_by(m.id).tuples())
            for m in (Case, TermMovement, AuditLog)}


@contextmanager
def writes_nothing(error, code=None, field=None):
    before = snapshot()
    with pytest.raises(error) as info:
        yield info
    if code is not None:
        assert info.value.code == code
    if field is not None:
        assert info.value.field == field
    assert snapshot() == before


def ledger_balances(*entitlement_ids):
    """Remaining == total + the sum of the ledger, for the entitlement and its channels."""
    for ent_id in entitlement_ids:
        total = Entitlement.get_by_id(ent_id).total_terms
        assert remaining(ent_id) == total + sum(
            (m[2] for m in movements(entitlement_id=ent_id)), Decimal(0))


# -- §3.3: cases, Case Creation --------------------------------------------------------------


def test_created_with_the_entitlement_takes_one(session, acme):
    ent = entitlement(acme, total="5")
    case_id = new_case(session, acme, entitlement_id=ent)
    assert movements(case_id) == [(ent, None, Decimal(-1), TermReason.CASE_CREATED)]
    assert remaining(ent) == Decimal(4)
    ledger_balances(ent)


def test_created_with_channels_takes_from_the_matching_channel(session, acme):
    ent = entitlement(acme, total="5", channels=[(PHONE, "2"), (EMAIL, "3")])
    case_id = new_case(session, acme, entitlement_id=ent, origin=EMAIL)
    assert movements(case_id) == [(ent, EMAIL, Decimal(-1), TermReason.CASE_CREATED)]
    assert (remaining(ent), channel_left(ent, EMAIL), channel_left(ent, PHONE)) == (
        Decimal(4), Decimal(2), Decimal(2))


def test_first_set_on_an_existing_case_takes_one(session, acme):
    ent = entitlement(acme, channels=[(PHONE, "3")])
    case_id = new_case(session, acme)
    assert movements(case_id) == []
    edit(session, case_id, entitlement_id=ent)
    assert movements(case_id) == [(ent, PHONE, Decimal(-1), TermReason.CASE_CREATED)]
    assert channel_left(ent, PHONE) == Decimal(2)
    # saving again moves nothing
    edit(session, case_id, title="Ny rubrik")
    assert len(movements(case_id)) == 1


@pytest.mark.parametrize("with_channels", [False, True])
def test_removed_gives_one_back_to_it(session, acme, with_channels):
    channels = [(PHONE, "3")] if with_channels else []
    ent = entitlement(acme, total="5", channels=channels)
    case_id = new_case(session, acme, entitlement_id=ent)
    edit(session, case_id, entitlement_id=None)
    origin = PHONE if with_channels else None
    assert movements(case_id) == [
        (ent, origin, Decimal(-1), TermReason.CASE_CREATED),
        (ent, origin, Decimal(1), TermReason.ENTITLEMENT_REMOVED)]
    assert remaining(ent) == Decimal(5)
    if with_channels:
        assert channel_left(ent, PHONE) == Decimal(3)


def test_changed_gives_one_back_to_the_old_and_takes_one_from_the_new(session, acme):
    old = entitlement(acme, name="Gammal", total="5", channels=[(PHONE, "5")])
    new = entitlement(acme, name="Ny", total="5")
    case_id = new_case(session, acme, entitlement_id=old)
    edit(session, case_id, entitlement_id=new)
    assert movements(case_id) == [
        (old, PHONE, Decimal(-1), TermReason.CASE_CREATED),
        (old, PHONE, Decimal(1), TermReason.ENTITLEMENT_REMOVED),
        (new, None, Decimal(-1), TermReason.CASE_CREATED)]
    assert (remaining(old), remaining(new)) == (Decimal(5), Decimal(4))
    ledger_balances(old, new)


@pytest.mark.parametrize("with_channels", [False, True])
def test_canceled_gives_one_back(session, acme, with_channels):
    ent = entitlement(acme, total="5", channels=[(WEB, "2")] if with_channels else [])
    case_id = new_case(session, acme, entitlement_id=ent, origin=WEB)
    cancel_case(session, case_id)
    origin = WEB if with_channels else None
    assert movements(case_id)[-1] == (ent, origin, Decimal(1), TermReason.CASE_CANCELED)
    assert remaining(ent) == Decimal(5)
    if with_channels:
        assert channel_left(ent, WEB) == Decimal(2)


@pytest.mark.parametrize("with_channels", [False, True])
def test_merged_gives_one_back(session, acme, with_channels):
    ent = entitlement(acme, total="5", channels=[(PHONE, "4")] if with_channels else [])
    merged = new_case(session, acme, entitlement_id=ent)
    target = new_case(session, acme, entitlement_id=ent)
    assert remaining(ent) == Decimal(3)
    merge_cases(session, [merged, target], target)
    origin = PHONE if with_channels else None
    assert movements(merged)[-1] == (ent, origin, Decimal(1), TermReason.CASE_CANCELED)
    assert movements(target) == [(ent, origin, Decimal(-1), TermReason.CASE_CREATED)]
    assert remaining(ent) == Decimal(4)


def test_canceled_as_merged_gives_one_back(session, acme):
    ent = entitlement(acme, total="5")
    merged = new_case(session, acme, entitlement_id=ent)
    target = new_case(session, acme)
    cancel_case(session, merged, status_reason=int(StatusReason.MERGED), merge_into=target)
    assert remaining(ent) == Decimal(5)


@pytest.mark.parametrize("with_channels", [False, True])
def test_canceled_case_reactivated_takes_one_again(session, acme, with_channels):
    ent = entitlement(acme, total="5", channels=[(PHONE, "4")] if with_channels else [])
    case_id = new_case(session, acme, entitlement_id=ent)
    cancel_case(session, case_id)
    reactivate_case(session, case_id)
    origin = PHONE if with_channels else None
    assert movements(case_id)[-1] == (ent, origin, Decimal(-1), TermReason.CASE_REACTIVATED)
    assert remaining(ent) == Decimal(4)
    if with_channels:
        assert channel_left(ent, PHONE) == Decimal(3)


def test_resolving_and_reactivating_move_nothing_on_creation(session, acme):
    ent = entitlement(acme, total="5")
    case_id = new_case(session, acme, entitlement_id=ent)
    resolve(session, case_id, 90)
    reactivate_case(session, case_id)
    resolve(session, case_id, 30)
    assert movements(case_id) == [(ent, None, Decimal(-1), TermReason.CASE_CREATED)]


# -- §3.3: cases, Case Resolution ------------------------------------------------------------


@pytest.mark.parametrize("with_channels", [False, True])
def test_cases_on_resolution_take_one_when_resolved_and_give_it_back(session, acme,
                                                                   with_channels):
    ent = entitlement(acme, total="5", decrease=ON_RESOLUTION,
                      channels=[(EMAIL, "2")] if with_channels else [])
    case_id = new_case(session, acme, entitlement_id=ent, origin=EMAIL)
    assert movements(case_id) == []  # nothing at creation
    resolve(session, case_id, 45)
    origin = EMAIL if with_channels else None
    assert movements(case_id) == [(ent, origin, Decimal(-1), TermReason.CASE_RESOLVED)]
    assert remaining(ent) == Decimal(4)
    reactivate_case(session, case_id)
    assert movements(case_id)[-1] == (ent, origin, Decimal(1), TermReason.CASE_REACTIVATED)
    assert remaining(ent) == Decimal(5)
    if with_channels:
        assert channel_left(ent, EMAIL) == Decimal(2)


def test_cases_on_resolution_move_nothing_on_cancel_or_change(session, acme):
    ent = entitlement(acme, total="5", decrease=ON_RESOLUTION)
    other = entitlement(acme, name="Annan", total="5", decrease=ON_RESOLUTION)
    first = new_case(session, acme, entitlement_id=ent)
    edit(session, first, entitlement_id=other)
    cancel_case(session, first)
    reactivate_case(session, first)
    assert movements() == []


# -- §3.3: hours, Case Resolution -----------------------------------------------------------


@pytest.mark.parametrize("with_channels", [False, True])
def test_hours_take_billable_time_and_give_the_same_back(session, acme, with_channels):
    ent = entitlement(acme, allocation=HOURS, decrease=ON_RESOLUTION, total="10",
                      channels=[(PHONE, "4")] if with_channels else [])
    case_id = new_case(session, acme, entitlement_id=ent)
    resolve(session, case_id, 90)
    origin = PHONE if with_channels else None
    assert movements(case_id) == [(ent, origin, Decimal("-1.50"), TermReason.CASE_RESOLVED)]
    assert remaining(ent) == Decimal("8.50")
    reactivate_case(session, case_id)
    assert remaining(ent) == Decimal(10)
    resolve(session, case_id, 50)  # 50/60 = 0.833… → 0.83
    assert remaining(ent) == Decimal("9.17")
    reactivate_case(session, case_id)
    assert movements(case_id)[-1] == (ent, origin, Decimal("0.83"),
                                      TermReason.CASE_REACTIVATED)
    assert remaining(ent) == Decimal(10)
    if with_channels:
        assert channel_left(ent, PHONE) == Decimal(4)
    ledger_balances(ent)


def test_hours_with_no_billable_time_write_no_row(session, acme):
    ent = entitlement(acme, allocation=HOURS, decrease=ON_RESOLUTION)
    case_id = new_case(session, acme, entitlement_id=ent)
    resolve(session, case_id, 0)
    reactivate_case(session, case_id)
    assert movements(case_id) == []


def test_hours_of_rounds_to_the_hundredth():
    assert charging.hours_of(90) == Decimal("1.50")
    assert charging.hours_of(50) == Decimal("0.83")
    assert charging.hours_of(1) == Decimal("0.02")


def test_lifecycle_publishes_the_entitlements_that_moved(session, acme):
    ent = entitlement(acme, allocation=HOURS, decrease=ON_RESOLUTION)
    case_id = new_case(session, acme, entitlement_id=ent)
    seen = []
    session.events.subscribe(events.ENTITLEMENTS_CHANGED, lambda ids: seen.append(ids))
    resolve(session, case_id, 60)
    reactivate_case(session, case_id)
    assert seen == [[ent], [ent]]


# -- Do not decrement entitlement terms ---------------------------------------------------


def test_nothing_is_charged_when_the_case_says_do_not_decrement(session, acme):
    ent = entitlement(acme, total="5")
    hours = entitlement(acme, name="Timmar", allocation=HOURS, decrease=ON_RESOLUTION)
    case_id = new_case(session, acme, entitlement_id=ent, decrement_entitlement=False)
    cancel_case(session, case_id)
    reactivate_case(session, case_id)
    edit(session, case_id, entitlement_id=hours)
    resolve(session, case_id, 120)
    assert movements() == []
    assert get_case_record(case_id).decrement_entitlement is False


def test_do_not_decrement_command_is_audited_and_moves_nothing(session, acme):
    ent = entitlement(acme, allocation=HOURS, decrease=ON_RESOLUTION)
    case_id = new_case(session, acme, entitlement_id=ent)
    charging.set_decrement(session, case_id, False)
    record = get_case_record(case_id)
    assert record.decrement_entitlement is False and record.version == 2
    assert case_history(case_id)[0].field == "decrement_entitlement"
    charging.set_decrement(session, case_id, False)  # no change: no new version
    assert get_case_record(case_id).version == 2
    resolve(session, case_id, 60)
    assert movements() == []
    with writes_nothing(RuleViolation, "case_read_only"):
        charging.set_decrement(session, case_id, True)  # resolved: read-only
    reactivate_case(session, case_id)
    charging.set_decrement(session, case_id, True)  # the reverse
    resolve(session, case_id, 60)
    assert remaining(ent) == Decimal(9)


def test_toggling_is_not_retroactive_and_what_was_taken_is_given_back(session, acme):
    """Decision: the flag gates taking; giving back returns what the case holds."""
    ent = entitlement(acme, total="5")
    took = new_case(session, acme, entitlement_id=ent)
    charging.set_decrement(session, took, False)
    assert remaining(ent) == Decimal(4)  # not given back by the toggle
    cancel_case(session, took)
    assert remaining(ent) == Decimal(5)  # but given back when canceled
    never = new_case(session, acme, entitlement_id=ent, decrement_entitlement=False)
    charging.set_decrement(session, never, True)
    assert remaining(ent) == Decimal(5)  # not taken by the toggle
    cancel_case(session, never)
    assert remaining(ent) == Decimal(5)  # and nothing given back that was never taken
    reactivate_case(session, never)
    assert remaining(ent) == Decimal(4)  # now it says decrement: taken again


def test_the_form_fields_carry_the_flag(session, acme):
    ent = entitlement(acme, total="5")
    case_id = new_case(session, acme, entitlement_id=ent)
    edit(session, case_id, decrement_entitlement=False)
    assert get_case_record(case_id).decrement_entitlement is False
    assert remaining(ent) == Decimal(4)


# -- §3.4: restrict ----------------------------------------------------------------------------


def test_restricted_and_exhausted_refuses_a_new_case_and_saves_nothing(session, acme):
    ent = entitlement(acme, total="1", restrict=True)
    new_case(session, acme, entitlement_id=ent)
    with writes_nothing(RuleViolation, "entitlement_exhausted") as info:
        new_case(session, acme, entitlement_id=ent)
    assert info.value.params["remaining"] == Decimal(0)


def test_restricted_negative_remaining_is_told(session, acme):
    ent = entitlement(acme, total="0", restrict=True)
    TermMovement.create(entitlement=ent, amount=Decimal("-2.5"),
                        reason=int(TermReason.ADJUSTMENT))
    with writes_nothing(RuleViolation, "entitlement_exhausted") as info:
        new_case(session, acme, entitlement_id=ent)
    assert info.value.params["remaining"] == Decimal("-2.50")


def test_restricted_exhausted_channel_refuses_though_the_entitlement_has_terms(session, acme):
    ent = entitlement(acme, total="10", restrict=True, channels=[(PHONE, "1"), (EMAIL, "5")])
    new_case(session, acme, entitlement_id=ent, origin=PHONE)
    with writes_nothing(RuleViolation, "entitlement_exhausted") as info:
        new_case(session, acme, entitlement_id=ent, origin=PHONE)
    assert info.value.params["remaining"] == Decimal(0)
    assert info.value.params["origin"] == PHONE
    new_case(session, acme, entitlement_id=ent, origin=EMAIL)  # another channel still has


def test_giving_an_exhausted_entitlement_on_save_is_refused(session, acme):
    ent = entitlement(acme, total="0", restrict=True)
    case_id = new_case(session, acme)
    with writes_nothing(RuleViolation, "entitlement_exhausted"):
        edit(session, case_id, entitlement_id=ent, title="Ändrad")


def test_without_restrict_terms_may_go_below_zero(session, acme):
    ent = entitlement(acme, total="1")
    new_case(session, acme, entitlement_id=ent)
    new_case(session, acme, entitlement_id=ent)
    assert remaining(ent) == Decimal(-1)


def test_resolution_charging_is_restricted_too(session, acme):
    ent = entitlement(acme, total="1", decrease=ON_RESOLUTION, restrict=True)
    first = new_case(session, acme, entitlement_id=ent)
    resolve(session, first)
    with writes_nothing(RuleViolation, "entitlement_exhausted"):
        new_case(session, acme, entitlement_id=ent)


def test_an_origin_the_channels_do_not_list_is_not_covered(session, acme):
    ent = entitlement(acme, channels=[(PHONE, "3")])  # restrict off: coverage still applies
    with writes_nothing(ValidationError, "origin_not_covered", "entitlement"):
        new_case(session, acme, entitlement_id=ent, origin=WEB)
    with pytest.raises(ValidationError):
        charging.check_restrict(ent, WEB)
    charging.check_restrict(ent, PHONE)


def test_changing_the_origin_rechecks_coverage(session, acme):
    ent = entitlement(acme, channels=[(PHONE, "3"), (EMAIL, "3")])
    case_id = new_case(session, acme, entitlement_id=ent)
    with writes_nothing(ValidationError, "origin_not_covered", "entitlement"):
        edit(session, case_id, origin=WEB)
    edit(session, case_id, origin=EMAIL)  # listed: fine, and no term moves
    assert movements(case_id) == [(ent, PHONE, Decimal(-1), TermReason.CASE_CREATED)]
    cancel_case(session, case_id)  # given back where it was taken
    assert (channel_left(ent, PHONE), channel_left(ent, EMAIL)) == (Decimal(3), Decimal(3))


def test_changing_the_origin_rechecks_the_restriction(session, acme):
    ent = entitlement(acme, total="10", restrict=True, channels=[(PHONE, "1"), (EMAIL, "1")])
    new_case(session, acme, entitlement_id=ent, origin=EMAIL)  # Email exhausted
    case_id = new_case(session, acme, entitlement_id=ent, origin=PHONE)  # Phone exhausted
    with writes_nothing(RuleViolation, "entitlement_exhausted") as info:
        edit(session, case_id, origin=EMAIL)
    assert info.value.params == {"remaining": Decimal(0), "entitlement": "Support",
                                 "origin": EMAIL}


def test_a_case_does_not_count_its_own_term_against_itself_on_recheck(session, acme):
    ent = entitlement(acme, total="1", restrict=True, channels=[(PHONE, "1"), (EMAIL, "1")])
    case_id = new_case(session, acme, entitlement_id=ent, origin=PHONE)
    assert remaining(ent) == Decimal(0)
    edit(session, case_id, origin=EMAIL)  # it holds the last term; moving channel is fine
    assert get_case_record(case_id).origin == EMAIL


def test_only_active_entitlements_of_the_customer_covering_the_case(session, acme, other, anna,
                                                                   bo, printer, scanner):
    draft = entitlement(acme, name="Utkast", state=EntitlementState.DRAFT)
    theirs = entitlement(other, name="Deras")
    printers = entitlement(acme, name="Skrivare", products=[printer])
    annas = entitlement(acme, name="Annas", contacts=[anna])
    for ent, code, kw in (
            (draft, "not_active", {}), (theirs, "not_of_customer", {}),
            (printers, "not_covered", {"product_id": scanner.id}),
            (printers, "not_covered", {}),  # no product: only an entitlement listing none
            (annas, "not_covered", {"contact_id": bo.id}),
            (10_000, "not_found", {})):
        with writes_nothing(ValidationError, code, "entitlement"):
            new_case(session, acme, entitlement_id=ent, **kw)
    new_case(session, acme, entitlement_id=printers, product_id=printer.id)
    new_case(session, acme, entitlement_id=annas, contact_id=anna.id)


def test_changing_product_or_contact_rechecks_coverage(session, acme, anna, bo, printer,
                                                       scanner):
    ent = entitlement(acme, products=[printer], contacts=[anna])
    case_id = new_case(session, acme, entitlement_id=ent, product_id=printer.id,
                       contact_id=anna.id)
    with writes_nothing(ValidationError, "not_covered", "entitlement"):
        edit(session, case_id, product_id=scanner.id)
    with writes_nothing(ValidationError, "not_covered", "entitlement"):
        edit(session, case_id, contact_id=bo.id)
    edit(session, case_id, contact_id=bo.id, entitlement_id=None)  # cleared with it: fine
    assert remaining(ent) == Decimal(10)


def test_an_entitlement_that_expired_stays_on_its_case(session, acme):
    ent = entitlement(acme)
    case_id = new_case(session, acme, entitlement_id=ent)
    Entitlement.update(state=int(EntitlementState.EXPIRED)).where(
        Entitlement.id == ent).execute()
    edit(session, case_id, title="Fortfarande täckt")
    assert get_case_record(case_id).entitlement.id == ent


# -- the customer changes ----------------------------------------------------------------------


def test_changing_the_customer_clears_the_entitlement_and_gives_the_term_back(session, acme,
                                                                           other):
    ent = entitlement(acme, total="5")
    case_id = new_case(session, acme, entitlement_id=ent)
    edit(session, case_id, customer_account_id=other.id)
    record = get_case_record(case_id)
    assert record.entitlement is None
    assert movements(case_id)[-1] == (ent, None, Decimal(1), TermReason.ENTITLEMENT_REMOVED)
    assert remaining(ent) == Decimal(5)
    history = {h.field: (h.old, h.new) for h in case_history(case_id)[:3]}
    assert history["entitlement"] == ("Support", None)


def test_changing_the_customer_with_their_entitlement_chosen_keeps_it(session, acme, other):
    mine = entitlement(acme, name="Vår")
    theirs = entitlement(other, name="Deras")
    case_id = new_case(session, acme, entitlement_id=mine)
    edit(session, case_id, customer_account_id=other.id, entitlement_id=theirs)
    assert get_case_record(case_id).entitlement.id == theirs
    assert (remaining(mine), remaining(theirs)) == (Decimal(10), Decimal(9))


# -- §3.2: default entitlements ----------------------------------------------------------------


def test_select_default_prefers_covering_product_and_contact_then_latest_end(session, acme,
                                                                           anna, printer):
    where = {"customer_kind": "account", "customer_id": acme.id, "contact_id": anna.id,
             "product_id": printer.id, "origin": PHONE}
    assert charging.select_default(**where) is None
    entitlement(acme, name="Inte standard", end=date(2040, 1, 1))  # not a default
    early = entitlement(acme, name="Tidig", default=True, end=date(2027, 1, 1))
    assert charging.select_default(**where) == early
    late = entitlement(acme, name="Sen", default=True, end=date(2029, 1, 1))
    assert charging.select_default(**where) == late  # ends latest
    product_only = entitlement(acme, name="Produkt", default=True, products=[printer],
                               end=date(2026, 1, 1))
    assert charging.select_default(**where) == product_only  # lists the product
    both = entitlement(acme, name="Båda", default=True, products=[printer], contacts=[anna],
                       end=date(2025, 6, 1))
    assert charging.select_default(**where) == both  # lists product and contact
    entitlement(acme, name="Kanal", default=True, products=[printer], contacts=[anna],
                channels=[(EMAIL, "5")], end=date(2035, 1, 1))  # origin not covered
    entitlement(acme, name="Slut", default=True, products=[printer], contacts=[anna],
                total="0", restrict=True, end=date(2035, 1, 1))  # would be refused
    entitlement(acme, name="Utkast", default=True, products=[printer], contacts=[anna],
                state=EntitlementState.DRAFT, end=date(2035, 1, 1))
    assert charging.select_default(**where) == both
    # without the product the product-listing ones do not cover the case
    assert charging.select_default(**(where | {"product_id": None})) == late


def test_select_default_of_a_contact_customer(session, anna, acme):
    own = entitlement(anna, name="Annas egen", default=True)
    entitlement(acme, name="Företagets", default=True, end=date(2040, 1, 1))
    assert charging.select_default(customer_kind="contact", customer_id=anna.id,
                                   origin=PHONE) == own


def test_default_applied_on_create_when_the_setting_says_so(session, acme):
    ent = entitlement(acme, default=True, total="3")
    assert get_case_record(new_case(session, acme)).entitlement is None  # setting off
    admin.set_setting(session, "default_entitlement_on_create", True)
    case_id = new_case(session, acme)
    record = get_case_record(case_id)
    assert record.entitlement.kind == "entitlement" and record.entitlement.id == ent
    assert record.entitlement.label == "Support"
    assert remaining(ent) == Decimal(2)  # and charged
    chosen = entitlement(acme, name="Vald")
    case_id = new_case(session, acme, entitlement_id=chosen)  # a chosen one wins
    assert get_case_record(case_id).entitlement.id == chosen


def test_default_on_update_of_customer_contact_or_product(session, acme, other, anna,
                                                          printer):
    theirs = entitlement(other, name="Deras standard", default=True)
    annas = entitlement(acme, name="Annas standard", default=True, contacts=[anna])
    printers = entitlement(acme, name="Skrivarstandard", default=True, products=[printer],
                           contacts=[anna])
    case_id = new_case(session, acme)
    edit(session, case_id, contact_id=anna.id)  # setting off
    assert get_case_record(case_id).entitlement is None
    admin.set_setting(session, "default_entitlement_on_update", True)
    edit(session, case_id, title="Bara rubriken")  # no customer/contact/product change
    assert get_case_record(case_id).entitlement is None
    edit(session, case_id, contact_id=None)
    edit(session, case_id, contact_id=anna.id)  # contact changed
    assert get_case_record(case_id).entitlement.id == annas
    edit(session, case_id, product_id=printer.id)  # has one: kept
    assert get_case_record(case_id).entitlement.id == annas
    edit(session, case_id, entitlement_id=None, product_id=None)
    # cleared with a product change: the default again
    assert get_case_record(case_id).entitlement.id == annas
    edit(session, case_id, entitlement_id=None, product_id=printer.id)
    assert get_case_record(case_id).entitlement.id == printers  # lists product and contact
    edit(session, case_id, customer_account_id=other.id, contact_id=None, product_id=None)
    assert get_case_record(case_id).entitlement.id == theirs  # cleared, then their default
    assert (remaining(annas), remaining(printers), remaining(theirs)) == (
        Decimal(10), Decimal(10), Decimal(9))


def test_no_default_on_update_when_it_would_not_cover(session, acme, printer):
    entitlement(acme, default=True, channels=[(EMAIL, "1")])
    admin.set_setting(session, "default_entitlement_on_update", True)
    case_id = new_case(session, acme)
    edit(session, case_id, product_id=printer.id)
    assert get_case_record(case_id).entitlement is None


# -- the record, history and refusals ----------------------------------------------------------


def test_record_and_history_name_the_entitlement(session, acme):
    ent = entitlement(acme, name="Guld 2026")
    case_id = new_case(session, acme, entitlement_id=ent)
    record = get_case_record(case_id)
    assert record.entitlement.label == "Guld 2026" and record.decrement_entitlement is True
    assert record.fields().entitlement_id == ent
    created = {h.field: h.new for h in case_history(case_id)}
    assert created["entitlement"] == "Guld 2026"


def test_a_refused_lifecycle_command_moves_no_terms(session, acme):
    ent = entitlement(acme, total="5")
    case_id = new_case(session, acme, entitlement_id=ent)
    resolve(session, case_id)
    with writes_nothing(RuleViolation, "not_active"):
        cancel_case(session, case_id)
    assert Case.get_by_id(case_id).state == int(CaseState.RESOLVED)
    assert remaining(ent) == Decimal(4)


def test_charge_refuses_unknown_events(session, acme):
    case_id = new_case(session, acme)
    with pytest.raises(ValueError):
        charging.charge(case_id, "teleported")


# -- property: random command sequences against a simple model of §3.3 ----------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

#: name → (allocation, decrease on, total, channels)
_KINDS = {"A": (CASES, ON_CREATION, "5", {PHONE: "3", EMAIL: "3"}),
          "B": (CASES, ON_RESOLUTION, "4", {PHONE: "2", EMAIL: "2"}),
          "H": (HOURS, ON_RESOLUTION, "10", {})}
_ENTS = st.sampled_from([None, "A", "B", "H"])
_INDEX = st.integers(0, 3)
_ORIGIN = st.sampled_from([PHONE, EMAIL])
_STEPS = st.lists(st.one_of(
    st.tuples(st.just("create"), _ENTS, st.booleans(), _ORIGIN),
    st.tuples(st.just("resolve"), _INDEX, st.sampled_from([0, 15, 50, 90, 125])),
    st.tuples(st.just("reactivate"), _INDEX),
    st.tuples(st.just("cancel"), _INDEX),
    st.tuples(st.just("change"), _INDEX, _ENTS),
    st.tuples(st.just("toggle"), _INDEX),
    st.tuples(st.just("origin"), _INDEX, _ORIGIN),
), min_size=1, max_size=18)


class _Model:
    """SPEC §3.3 in plain Python: takes only while the case says decrement; give-backs
    return what the case holds, to the channel it was taken from."""

    def __init__(self):
        self.left = {k: Decimal(v[2]) for k, v in _KINDS.items()}
        self.channel = {(k, o): Decimal(t) for k, v in _KINDS.items() for o, t in v[3].items()}
        self.cases = []  # dicts: id, state, ent, dec, origin, held {(ent, origin|None): amt}

    def _take(self, case, amount):
        if not case["dec"] or amount <= 0:
            return
        ent = case["ent"]
        origin = case["origin"] if _KINDS[ent][3] else None
        self.left[ent] -= amount
        if origin is not None:
            self.channel[(ent, origin)] -= amount
        key = (ent, origin)
        case["held"][key] = case["held"].get(key, Decimal(0)) + amount

    def _holds(self, case, ent):
        return any(v for (e, _o), v in case["held"].items() if e == ent)

    def _give_back(self, case, ent):
        for (e, origin), amount in list(case["held"].items()):
            if e == ent and amount:
                self.left[e] += amount
                if origin is not None:
                    self.channel[(e, origin)] += amount
                case["held"][(e, origin)] = Decimal(0)

    def create(self, case):
        self.cases.append(case)
        if case["ent"] == "A" and not self._holds(case, "A"):
            self._take(case, Decimal(1))

    def resolve(self, case, minutes):
        case["state"] = "resolved"
        if case["ent"] == "B":
            self._take(case, Decimal(1))
        elif case["ent"] == "H":
            self._take(case, charging.hours_of(minutes))

    def reactivate(self, case):
        before, case["state"] = case["state"], "active"
        if before == "resolved" and case["ent"] in ("B", "H"):
            self._give_back(case, case["ent"])
        elif before == "canceled" and case["ent"] == "A" and not self._holds(case, "A"):
            self._take(case, Decimal(1))

    def cancel(self, case):
        case["state"] = "canceled"
        if case["ent"] == "A":
            self._give_back(case, "A")

    def change(self, case, new):
        if case["ent"] is not None:
            self._give_back(case, case["ent"])
        case["ent"] = new
        if new == "A" and not self._holds(case, "A"):
            self._take(case, Decimal(1))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=_STEPS)
def test_remaining_terms_always_match_the_ledger_and_the_model(session, steps):
    from casedesk.controllers.entitlements import remaining_terms

    customer = Account.create(name="Egenskap AB")
    ids = {}
    for key, (allocation, decrease, total, channels) in _KINDS.items():
        ids[key] = entitlement(customer, name=f"E{key}", allocation=allocation,
                               decrease=decrease, total=total, channels=channels.items())
    model = _Model()
    for step in steps:
        op = step[0]
        if op == "create":
            if len(model.cases) >= 4:
                continue
            _op, ent, dec, origin = step
            case_id = new_case(session, customer, entitlement_id=ids[ent] if ent else None,
                               decrement_entitlement=dec, origin=origin)
            model.create({"id": case_id, "state": "active", "ent": ent, "dec": dec,
                          "origin": origin, "held": {}})
        else:
            if not model.cases:
                continue
            case = model.cases[step[1] % len(model.cases)]
            state = case["state"]
            if op == "resolve" and state == "active":
                resolve(session, case["id"], step[2])
                model.resolve(case, step[2])
            elif op == "reactivate" and state != "active":
                reactivate_case(session, case["id"])
                model.reactivate(case)
            elif op == "cancel" and state == "active":
                cancel_case(session, case["id"])
                model.cancel(case)
            elif op == "change" and state == "active" and step[2] != case["ent"]:
                edit(session, case["id"], entitlement_id=ids[step[2]] if step[2] else None)
                model.change(case, step[2])
            elif op == "toggle" and state == "active":
                case["dec"] = not case["dec"]
                charging.set_decrement(session, case["id"], case["dec"])
            elif op == "origin" and state == "active":
                edit(session, case["id"], origin=step[2])
                case["origin"] = step[2]
        for key, ent_id in ids.items():
            row = Entitlement.get_by_id(ent_id)
            ledger = sum((m.amount for m in TermMovement.select().where(
                TermMovement.entitlement == ent_id)), Decimal(0))
            assert remaining_terms(ent_id) == row.total_terms + ledger == model.left[key]
            assert charging.remaining_of(ent_id) == model.left[key]
            for origin in _KINDS[key][3]:
                assert channel_left(ent_id, origin) == model.channel[(key, origin)]
        for case in model.cases:  # a case never holds more than one term (or resolution)
            held = sum(case["held"].values(), Decimal(0))
            assert held >= 0 and (case["ent"] == "H" or held <= 1)
