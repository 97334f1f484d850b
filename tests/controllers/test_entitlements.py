"""Entitlements (SPEC §1.5, §3.1, §3.5): validation, the lifecycle with explicit dates,
Set As Default and who may, coverage of a case, the list views and their paging, templates,
and remaining terms read from ledger rows written here directly."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from casedesk.controllers import admin, events
from casedesk.controllers import entitlements as ent
from casedesk.controllers.cases import NewCase, create_case
from casedesk.controllers.customers import (
    AccountFields,
    ContactFields,
    create_account,
    create_contact,
)
from casedesk.controllers.entitlements import (
    EntitlementFields,
    EntitlementQuery,
    EntitlementView,
    TemplateFields,
)
from casedesk.controllers.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from casedesk.controllers.session import Session
from casedesk.models import (
    AuditLog,
    Entitlement,
    EntitlementChannel,
    EntitlementContact,
    EntitlementProduct,
    Product,
    TermMovement,
)
from casedesk.models.options import (
    AllocationType,
    AuditAction,
    DecreaseRemainingOn,
    EntitlementState,
    Origin,
    Role,
    TermReason,
)

TODAY = date(2025, 3, 10)
DRAFT, WAITING, ACTIVE = EntitlementState.DRAFT, EntitlementState.WAITING, EntitlementState.ACTIVE
EXPIRED, CANCELLED = EntitlementState.EXPIRED, EntitlementState.CANCELLED
HOURS, CASES = AllocationType.NUMBER_OF_HOURS, AllocationType.NUMBER_OF_CASES
ON_CREATION, ON_RESOLUTION = DecreaseRemainingOn.CASE_CREATION, DecreaseRemainingOn.CASE_RESOLUTION


@pytest.fixture
def seen(session):
    got = []
    for name in (events.ENTITLEMENTS_CHANGED, events.ENTITLEMENT_TEMPLATES_CHANGED):
        session.events.subscribe(name, lambda _n=name, **kw: got.append((_n, kw)))
    return got


@pytest.fixture
def account(session):
    return create_account(session, AccountFields("Örebro Tryck AB"))


@pytest.fixture
def contacts(session, account):
    """Two contacts of the account, and one of another account."""
    other = create_account(session, AccountFields("Annat AB"))
    return (create_contact(session, ContactFields("Lind", "Eva", parent_account_id=account)),
            create_contact(session, ContactFields("Berg", "Olle", parent_account_id=account)),
            create_contact(session, ContactFields("Främling", "Kim", parent_account_id=other)))


@pytest.fixture
def agent(database, session):
    """A second session, signed in as an agent only."""
    admin.create_user(session, "Bo Agent", "bo", roles=(Role.AGENT,))
    s = Session(database)
    admin.sign_in(s, "bo")
    return s


def _fields(account=None, contact=None, **kw) -> EntitlementFields:
    values = {"name": "Support 2025", "start_date": date(2025, 1, 1),
              "end_date": date(2025, 12, 31), "total_terms": Decimal(10)}
    values.update(kw)
    return EntitlementFields(customer_account_id=account, customer_contact_id=contact, **values)


def _new(session, account, state=None, **kw) -> int:
    entitlement_id = ent.create_entitlement(session, _fields(account, **kw))
    if state is not None:
        assert ent.activate(session, entitlement_id, today=TODAY) == state
    return entitlement_id


def _state():
    """What a refused command must leave unchanged."""
    return ([(e.id, e.version, e.name, e.state, e.is_default, str(e.total_terms))
             for e in Entitlement.select().order_by(Entitlement.id)],
            sorted((c.entitlement_id, c.origin, str(c.total_terms))
                   for c in EntitlementChannel.select()),
            sorted((p.entitlement_id, p.product_id) for p in EntitlementProduct.select()),
            sorted((c.entitlement_id, c.contact_id) for c in EntitlementContact.select()),
            AuditLog.select().count())


def _refused(call, error=ValidationError, field=None, code=None):
    before = _state()
    with pytest.raises(error) as info:
        call()
    if field is not None:
        assert info.value.field == field
    if code is not None:
        assert info.value.code == code
    assert _state() == before
    return info.value


def _audit(record_id, entity="entitlement", action=None):
    rows = AuditLog.select().where((AuditLog.entity == entity)
                                   & (AuditLog.record_id == record_id))
    if action is not None:
        rows = rows.where(AuditLog.action == int(action))
    return [(r.field, r.old_value, r.new_value) for r in rows.order_by(AuditLog.id)]


# -- creating and editing a Draft -----------------------------------------------------------


def test_create_is_a_draft_audited_and_announced(session, account, seen):
    entitlement_id = ent.create_entitlement(session, _fields(account, description="Avtal"))
    record = ent.get_entitlement(entitlement_id)
    assert record.state == DRAFT and not record.read_only and not record.is_default
    assert record.fields == _fields(account, description="Avtal", total_terms=Decimal("10.00"))
    assert (record.customer_kind, record.customer_name) == ("account", "Örebro Tryck AB")
    assert record.remaining == Decimal("10.00")
    assert record.channels == [] and record.products == [] and record.contacts == []
    created = dict((f, new) for f, _, new in _audit(entitlement_id, action=AuditAction.CREATE))
    assert created["name"] == "Support 2025" and created["total_terms"] == "10.00"
    assert created["state"] == str(int(DRAFT))
    assert seen == [(events.ENTITLEMENTS_CHANGED, {"ids": [entitlement_id]})]


def test_a_contact_can_be_the_customer(session, contacts):
    entitlement_id = ent.create_entitlement(session, _fields(contact=contacts[0]))
    record = ent.get_entitlement(entitlement_id)
    assert (record.customer_kind, record.customer_name) == ("contact", "Eva Lind")


@pytest.mark.parametrize("name, code", [("", "required"), ("   ", "required"),
                                        ("x" * 201, "too_long"), ("a\x00b", "control_chars")])
def test_bad_names_are_refused(session, account, name, code):
    _refused(lambda: ent.create_entitlement(session, _fields(account, name=name)),
             field="name", code=code)


def test_a_name_of_200_characters_in_any_script_is_fine(session, account):
    name = "Å" * 199 + "🖨"
    entitlement_id = ent.create_entitlement(session, _fields(account, name=name))
    assert ent.get_entitlement(entitlement_id).fields.name == name


def test_end_before_start_is_refused_but_one_day_is_fine(session, account):
    _refused(lambda: ent.create_entitlement(session, _fields(
        account, start_date=date(2025, 5, 2), end_date=date(2025, 5, 1))),
        field="end_date", code="before_start")
    ent.create_entitlement(session, _fields(account, start_date=date(2025, 5, 1),
                                            end_date=date(2025, 5, 1)))


@pytest.mark.parametrize("missing", ["start_date", "end_date"])
def test_dates_are_required(session, account, missing):
    _refused(lambda: ent.create_entitlement(session, _fields(account, **{missing: None})),
             field=missing, code="required")


@pytest.mark.parametrize("terms", [-1, Decimal("-0.01"), "abc", "", float("nan"),
                                   Decimal("NaN"), float("inf"), None, True,
                                   Decimal("1e10"), [1]])
def test_negative_or_non_numeric_terms_are_refused(session, account, terms):
    _refused(lambda: ent.create_entitlement(session, _fields(account, total_terms=terms)),
             field="total_terms", code="invalid")


@pytest.mark.parametrize("terms, stored", [(0, "0.00"), ("2,5", "2.50"), (" 7 ", "7.00"),
                                           (1.1, "1.10"), (Decimal("3.456"), "3.46"),
                                           (Decimal("9999999999.99"), "9999999999.99")])
def test_terms_are_kept_with_two_decimals(session, account, terms, stored):
    entitlement_id = ent.create_entitlement(session, _fields(account, total_terms=terms))
    assert ent.get_entitlement(entitlement_id).fields.total_terms == Decimal(stored)


def test_hours_allow_only_case_resolution(session, account):
    _refused(lambda: ent.create_entitlement(session, _fields(
        account, allocation_type=HOURS, decrease_on=ON_CREATION)),
        field="decrease_on", code="hours_on_resolution")
    entitlement_id = ent.create_entitlement(session, _fields(
        account, allocation_type=HOURS, decrease_on=ON_RESOLUTION, total_terms="12.5"))
    draft = ent.get_entitlement(entitlement_id)
    draft.fields.decrease_on = int(ON_CREATION)
    _refused(lambda: ent.update_entitlement(session, entitlement_id, draft.fields,
                                            draft.version),
             field="decrease_on", code="hours_on_resolution")


@pytest.mark.parametrize("kw, field", [({"allocation_type": 7}, "allocation_type"),
                                       ({"decrease_on": -1}, "decrease_on")])
def test_unknown_options_are_refused(session, account, kw, field):
    _refused(lambda: ent.create_entitlement(session, _fields(account, **kw)),
             field=field, code="invalid")


def test_exactly_one_existing_customer(session, account, contacts):
    _refused(lambda: ent.create_entitlement(session, _fields()),
             field="customer", code="required")
    _refused(lambda: ent.create_entitlement(session, _fields(account, contacts[0])),
             field="customer", code="required")
    _refused(lambda: ent.create_entitlement(session, _fields(account + 999)),
             field="customer", code="not_found")


def test_update_a_draft_audits_the_changed_fields(session, account, seen):
    entitlement_id = _new(session, account)
    draft = ent.get_entitlement(entitlement_id)
    draft.fields.total_terms = Decimal(20)
    draft.fields.end_date = date(2025, 6, 30)
    version = ent.update_entitlement(session, entitlement_id, draft.fields, draft.version)
    assert version == draft.version + 1
    changes = _audit(entitlement_id, action=AuditAction.UPDATE)
    assert sorted(changes) == [("end_date", "2025-12-31", "2025-06-30"),
                               ("total_terms", "10.00", "20.00")]
    assert ent.update_entitlement(session, entitlement_id, draft.fields, version) == version
    assert len(seen) == 2


def test_an_old_version_is_a_conflict(session, account):
    entitlement_id = _new(session, account)
    draft = ent.get_entitlement(entitlement_id)
    draft.fields.name = "Först"
    ent.update_entitlement(session, entitlement_id, draft.fields, draft.version)
    draft.fields.name = "Sen"
    error = _refused(lambda: ent.update_entitlement(session, entitlement_id, draft.fields,
                                                    draft.version), ConflictError)
    assert error.theirs.fields.name == "Först"


@pytest.mark.parametrize("state", [ACTIVE, WAITING, EXPIRED])
def test_only_a_draft_may_be_edited(session, account, state, contacts):
    starts = {ACTIVE: date(2025, 1, 1), WAITING: date(2025, 4, 1), EXPIRED: date(2024, 1, 1)}
    ends = {ACTIVE: date(2025, 12, 31), WAITING: date(2025, 12, 31), EXPIRED: date(2024, 12, 31)}
    entitlement_id = _new(session, account, state, start_date=starts[state],
                          end_date=ends[state])
    record = ent.get_entitlement(entitlement_id)
    assert record.read_only
    record.fields.name = "Ändrad"
    for call in (lambda: ent.update_entitlement(session, entitlement_id, record.fields,
                                                record.version),
                 lambda: ent.set_channels(session, entitlement_id, [(int(Origin.PHONE), 1)]),
                 lambda: ent.set_products(session, entitlement_id, []),
                 lambda: ent.set_contacts(session, entitlement_id, [contacts[0]])):
        error = _refused(call, RuleViolation, code="entitlement_read_only")
        assert error.params == {"state": int(state)}


def test_missing_entitlement_is_not_found(session):
    with pytest.raises(NotFound):
        ent.get_entitlement(404)
    with pytest.raises(NotFound):
        ent.activate(session, 404, today=TODAY)
    with pytest.raises(NotFound):
        ent.remaining_terms(404)


# -- channels, products, contacts ------------------------------------------------------------


def test_channels_replace_and_keep_rows_by_origin(session, account):
    entitlement_id = _new(session, account)
    phone, email, web = int(Origin.PHONE), int(Origin.EMAIL), int(Origin.WEB)
    ent.set_channels(session, entitlement_id, [(phone, 5), (email, "2,5")])
    first = {c.origin: c for c in ent.get_entitlement(entitlement_id).channels}
    assert {o: c.total_terms for o, c in first.items()} == {phone: Decimal("5.00"),
                                                            email: Decimal("2.50")}
    ent.set_channels(session, entitlement_id, [(web, 1), (phone, 6)])
    second = {c.origin: c for c in ent.get_entitlement(entitlement_id).channels}
    assert set(second) == {phone, web}
    assert second[phone].id == first[phone].id and second[phone].total_terms == 6
    assert ("channels", f"{phone}:5.00,{email}:2.50", f"{phone}:6.00,{web}:1.00") in _audit(
        entitlement_id)
    ent.set_channels(session, entitlement_id, [])
    assert ent.get_entitlement(entitlement_id).channels == []


@pytest.mark.parametrize("channels, code", [
    ([(int(Origin.PHONE), 1), (int(Origin.PHONE), 2)], "duplicate_origin"),
    ([(4242, 1)], "invalid_origin"),
    ([("phone", 1)], "invalid_origin"),
    ([(int(Origin.PHONE), -1)], "invalid"),
    ([(int(Origin.PHONE), "abc")], "invalid"),
])
def test_bad_channels_are_refused(session, account, channels, code):
    entitlement_id = _new(session, account)
    ent.set_channels(session, entitlement_id, [(int(Origin.EMAIL), 3)])
    _refused(lambda: ent.set_channels(session, entitlement_id, channels),
             field="channels", code=code)


def test_products_are_set_and_must_exist(session, account):
    entitlement_id = _new(session, account)
    p1, p2 = Product.create(name="Skrivare X1").id, Product.create(name="Router").id
    ent.set_products(session, entitlement_id, [p1, p2, p1])
    assert ent.get_entitlement(entitlement_id).products == [(p2, "Router"),
                                                            (p1, "Skrivare X1")]
    _refused(lambda: ent.set_products(session, entitlement_id, [p1, 999]),
             field="products", code="not_found")
    ent.set_products(session, entitlement_id, [p1])
    assert [p for p, _ in ent.get_entitlement(entitlement_id).products] == [p1]
    assert ("products", f"{p1},{p2}", f"{p1}") in _audit(entitlement_id)


def test_contacts_must_be_the_customers(session, account, contacts):
    eva, olle, stranger = contacts
    entitlement_id = _new(session, account)
    ent.set_contacts(session, entitlement_id, [olle, eva])
    assert [c for c, _ in ent.get_entitlement(entitlement_id).contacts] == [eva, olle]
    _refused(lambda: ent.set_contacts(session, entitlement_id, [eva, stranger]),
             field="contacts", code="not_of_customer")
    _refused(lambda: ent.set_contacts(session, entitlement_id, [12345]),
             field="contacts", code="not_of_customer")
    own = ent.create_entitlement(session, _fields(contact=eva))
    ent.set_contacts(session, own, [eva])
    _refused(lambda: ent.set_contacts(session, own, [olle]),
             field="contacts", code="not_of_customer")


def test_a_new_customer_drops_contacts_that_are_not_its(session, account, contacts):
    eva, olle, _ = contacts
    entitlement_id = _new(session, account)
    ent.set_contacts(session, entitlement_id, [eva, olle])
    draft = ent.get_entitlement(entitlement_id)
    draft.fields.customer_account_id, draft.fields.customer_contact_id = None, eva
    ent.update_entitlement(session, entitlement_id, draft.fields, draft.version)
    assert [c for c, _ in ent.get_entitlement(entitlement_id).contacts] == [eva]
    assert ("contacts", f"{eva},{olle}", f"{eva}") in _audit(entitlement_id)


# -- the lifecycle (SPEC §3.5) ---------------------------------------------------------------


@pytest.mark.parametrize("start, end, state", [
    (date(2025, 1, 1), date(2025, 12, 31), ACTIVE),
    (TODAY, TODAY, ACTIVE),  # both days count
    (TODAY + timedelta(days=1), date(2025, 12, 31), WAITING),  # starts in the future
    (date(2024, 1, 1), TODAY - timedelta(days=1), EXPIRED),  # the end has passed
])
def test_activate_goes_by_date(session, account, seen, start, end, state):
    entitlement_id = _new(session, account, start_date=start, end_date=end)
    version = ent.get_entitlement(entitlement_id).version
    assert ent.activate(session, entitlement_id, today=TODAY) == state
    record = ent.get_entitlement(entitlement_id)
    assert record.state == state and record.read_only and record.version == version + 1
    assert _audit(entitlement_id, action=AuditAction.STATE) == [
        ("state", str(int(DRAFT)), str(int(state)))]
    assert seen[-1] == (events.ENTITLEMENTS_CHANGED, {"ids": [entitlement_id]})


def test_activate_today_defaults_to_the_date_now(session, account):
    entitlement_id = _new(session, account, start_date=date.today(), end_date=date.today())
    assert ent.activate(session, entitlement_id) == ACTIVE


@pytest.mark.parametrize("state", [ACTIVE, WAITING, EXPIRED, CANCELLED])
def test_only_a_draft_is_activated(session, account, state):
    entitlement_id = _in_state(session, account, state)
    error = _refused(lambda: ent.activate(session, entitlement_id, today=TODAY), RuleViolation,
                     code="entitlement_state")
    assert error.params == {"action": "activate", "state": int(state)}


def _in_state(session, account, state) -> int:
    dates = {ACTIVE: (date(2025, 1, 1), date(2025, 12, 31)),
             WAITING: (date(2025, 6, 1), date(2025, 12, 31)),
             EXPIRED: (date(2024, 1, 1), date(2024, 12, 31)),
             CANCELLED: (date(2025, 1, 1), date(2025, 12, 31)),
             DRAFT: (date(2025, 1, 1), date(2025, 12, 31))}
    start, end = dates[state]
    entitlement_id = _new(session, account, start_date=start, end_date=end)
    if state != DRAFT:
        ent.activate(session, entitlement_id, today=TODAY)
    if state == CANCELLED:
        ent.cancel(session, entitlement_id)
    assert ent.get_entitlement(entitlement_id).state == state
    return entitlement_id


@pytest.mark.parametrize("state", [ACTIVE, WAITING])
def test_deactivate_returns_to_draft_and_it_is_editable_again(session, account, state):
    entitlement_id = _in_state(session, account, state)
    ent.deactivate(session, entitlement_id)
    record = ent.get_entitlement(entitlement_id)
    assert record.state == DRAFT and not record.read_only
    record.fields.name = "Ändrad"
    ent.update_entitlement(session, entitlement_id, record.fields, record.version)


@pytest.mark.parametrize("state", [ACTIVE, WAITING])
def test_cancel_from_active_or_waiting(session, account, state):
    entitlement_id = _in_state(session, account, state)
    ent.cancel(session, entitlement_id)
    assert ent.get_entitlement(entitlement_id).state == CANCELLED
    assert ("state", str(int(state)), str(int(CANCELLED))) in _audit(entitlement_id)


@pytest.mark.parametrize("state", [DRAFT, EXPIRED, CANCELLED])
@pytest.mark.parametrize("command", ["deactivate", "cancel"])
def test_deactivate_and_cancel_need_active_or_waiting(session, account, state, command):
    entitlement_id = _in_state(session, account, state)
    error = _refused(lambda: getattr(ent, command)(session, entitlement_id), RuleViolation,
                     code="entitlement_state")
    assert error.params == {"action": command, "state": int(state)}


@pytest.mark.parametrize("state", [EXPIRED, CANCELLED])
def test_renew_makes_a_new_draft_from_today_for_the_same_length(session, account, contacts,
                                                                 state, seen):
    entitlement_id = _new(session, account, allocation_type=HOURS, decrease_on=ON_RESOLUTION,
                          total_terms="40", restrict_case_creation=True, description="Avtal",
                          start_date=date(2024, 2, 1), end_date=date(2024, 3, 31))
    ent.set_channels(session, entitlement_id, [(int(Origin.PHONE), 30), (int(Origin.WEB), 10)])
    product = Product.create(name="Skrivare X1").id
    ent.set_products(session, entitlement_id, [product])
    ent.set_contacts(session, entitlement_id, [contacts[0]])
    if state == EXPIRED:
        assert ent.activate(session, entitlement_id, today=TODAY) == EXPIRED
    else:
        ent.activate(session, entitlement_id, today=date(2024, 2, 15))
        ent.cancel(session, entitlement_id)
    old = ent.get_entitlement(entitlement_id)
    new_id = ent.renew(session, entitlement_id, today=TODAY)
    new = ent.get_entitlement(new_id)
    assert new_id != entitlement_id and new.state == DRAFT and new.renewed_from_id == old.id
    assert (new.fields.start_date, new.fields.end_date) == (TODAY, TODAY + timedelta(days=59))
    assert new.fields.end_date - new.fields.start_date == (old.fields.end_date
                                                           - old.fields.start_date)
    for name in ("name", "customer_account_id", "allocation_type", "decrease_on",
                 "total_terms", "restrict_case_creation", "description"):
        assert getattr(new.fields, name) == getattr(old.fields, name)
    assert [(c.origin, c.total_terms) for c in new.channels] == [
        (c.origin, c.total_terms) for c in old.channels]
    assert new.products == old.products and new.contacts == old.contacts
    assert ent.get_entitlement(entitlement_id).state == state  # the old one stays
    assert seen[-1] == (events.ENTITLEMENTS_CHANGED, {"ids": [new_id]})
    assert dict((f, n) for f, _, n in _audit(new_id, action=AuditAction.CREATE))[
        "renewed_from"] == str(entitlement_id)


@pytest.mark.parametrize("state", [DRAFT, ACTIVE, WAITING])
def test_only_cancelled_or_expired_is_renewed(session, account, state):
    entitlement_id = _in_state(session, account, state)
    error = _refused(lambda: ent.renew(session, entitlement_id, today=TODAY), RuleViolation,
                     code="entitlement_state")
    assert error.params == {"action": "renew", "state": int(state)}


def test_refresh_states_moves_by_date(session, account, seen):
    waiting = _new(session, account, WAITING, start_date=date(2025, 3, 11),
                   end_date=date(2025, 12, 31))
    short_wait = _new(session, account, WAITING, start_date=date(2025, 3, 11),
                      end_date=date(2025, 3, 11))
    ending = _new(session, account, ACTIVE, start_date=date(2025, 1, 1),
                  end_date=date(2025, 3, 10))
    lasting = _new(session, account, ACTIVE)
    draft = _new(session, account, start_date=date(2020, 1, 1), end_date=date(2020, 1, 2))
    ent.set_default(session, ending)
    states = lambda: {i: ent.get_entitlement(i).state  # noqa: E731
                      for i in (waiting, short_wait, ending, lasting, draft)}
    assert ent.refresh_states(today=TODAY) == 0
    assert ent.refresh_states(today=date(2025, 3, 11), session=session) == 3
    assert states() == {waiting: ACTIVE, short_wait: ACTIVE, ending: EXPIRED,
                        lasting: ACTIVE, draft: DRAFT}
    assert not ent.get_entitlement(ending).is_default  # only an active one is a default
    assert seen[-1] == (events.ENTITLEMENTS_CHANGED, {"ids": [waiting, short_wait, ending]})
    announced = len(seen)
    assert ent.refresh_states(today=date(2026, 1, 1)) == 3  # no session: no event
    assert len(seen) == announced
    assert states() == {waiting: EXPIRED, short_wait: EXPIRED, ending: EXPIRED,
                        lasting: EXPIRED, draft: DRAFT}
    assert ("state", str(int(WAITING)), str(int(ACTIVE))) in _audit(waiting)


def test_a_waiting_one_past_its_end_expires(session, account):
    entitlement_id = _new(session, account, WAITING, start_date=date(2025, 4, 1),
                          end_date=date(2025, 4, 30))
    assert ent.refresh_states(today=date(2025, 5, 1)) == 1
    assert ent.get_entitlement(entitlement_id).state == EXPIRED


# -- Set As Default ---------------------------------------------------------------------------


def test_a_manager_sets_and_clears_the_default(session, account, database, seen):
    entitlement_id = _new(session, account, ACTIVE)
    admin.create_user(session, "Mia Chef", "mia", roles=(Role.AGENT, Role.MANAGER))
    manager = Session(database)
    admin.sign_in(manager, "mia")
    ent.set_default(manager, entitlement_id)
    assert ent.get_entitlement(entitlement_id).is_default
    assert ("is_default", "0", "1") in _audit(entitlement_id)
    ent.set_default(session, entitlement_id, False)  # the administrator
    assert not ent.get_entitlement(entitlement_id).is_default


def test_an_agent_cannot_set_the_default(session, account, agent):
    entitlement_id = _new(session, account, ACTIVE)
    error = _refused(lambda: ent.set_default(agent, entitlement_id), PermissionDenied)
    assert error.params == {"action": "entitlement_default"}


@pytest.mark.parametrize("state", [DRAFT, WAITING, EXPIRED, CANCELLED])
def test_default_only_on_active(session, account, state):
    entitlement_id = _in_state(session, account, state)
    error = _refused(lambda: ent.set_default(session, entitlement_id), RuleViolation,
                     code="entitlement_state")
    assert error.params["action"] == "set_default"


def test_leaving_active_clears_the_default(session, account):
    entitlement_id = _new(session, account, ACTIVE)
    ent.set_default(session, entitlement_id)
    ent.deactivate(session, entitlement_id)
    assert not ent.get_entitlement(entitlement_id).is_default


# -- remaining terms and the ledger -------------------------------------------------------


def _case(session, account, title="Skrivaren") -> int:
    return create_case(session, NewCase(title, customer_account_id=account))


def _move(entitlement_id, amount, reason=TermReason.CASE_CREATED, case=None, channel=None,
          when=None):
    return TermMovement.create(entitlement=entitlement_id, channel=channel, case=case,
                               amount=Decimal(amount), reason=int(reason),
                               moved_on=when or datetime(2025, 3, 10, 12, 0)).id


def test_remaining_is_total_plus_the_ledger_per_channel_too(session, account):
    entitlement_id = _new(session, account, total_terms="10")
    ent.set_channels(session, entitlement_id, [(int(Origin.PHONE), 6), (int(Origin.EMAIL), 4)])
    channels = {c.origin: c.id for c in ent.get_entitlement(entitlement_id).channels}
    ent.activate(session, entitlement_id, today=TODAY)
    c1, c2 = _case(session, account), _case(session, account, "Routern")
    _move(entitlement_id, "-1", case=c1, channel=channels[int(Origin.PHONE)],
          when=datetime(2025, 3, 1))
    _move(entitlement_id, "-1.5", TermReason.CASE_RESOLVED, case=c2,
          channel=channels[int(Origin.PHONE)], when=datetime(2025, 3, 2))
    _move(entitlement_id, "1", TermReason.CASE_REACTIVATED, case=c2,
          channel=channels[int(Origin.PHONE)], when=datetime(2025, 3, 3))
    _move(entitlement_id, "-2", TermReason.ADJUSTMENT, when=datetime(2025, 3, 4))
    assert ent.remaining_terms(entitlement_id) == Decimal("6.50")
    record = ent.get_entitlement(entitlement_id)
    assert record.remaining == Decimal("6.50")
    assert {c.origin: c.remaining for c in record.channels} == {
        int(Origin.PHONE): Decimal("4.50"), int(Origin.EMAIL): Decimal("4.00")}
    assert ent.channel_remaining(entitlement_id, int(Origin.PHONE)) == Decimal("4.50")
    assert ent.channel_remaining(entitlement_id, int(Origin.WEB)) is None
    rows = ent.ledger(entitlement_id)
    assert [(r.amount, r.reason, r.channel_origin) for r in rows] == [
        (Decimal("-2.00"), TermReason.ADJUSTMENT, None),
        (Decimal("1.00"), TermReason.CASE_REACTIVATED, int(Origin.PHONE)),
        (Decimal("-1.50"), TermReason.CASE_RESOLVED, int(Origin.PHONE)),
        (Decimal("-1.00"), TermReason.CASE_CREATED, int(Origin.PHONE))]
    assert rows[0].case_id is None and rows[0].case_number == ""
    assert rows[-1].case_id == c1 and rows[-1].case_number.startswith("CAS-")
    assert rows[0].moved_on == datetime(2025, 3, 4)
    listed = ent.list_entitlements(EntitlementQuery(today=TODAY)).rows
    assert [r.remaining for r in listed] == [Decimal("6.50")]


# -- coverage of a case (SPEC §3.1, §3.4) ---------------------------------------------------


def test_entitlements_for_case_cover_product_contact_and_origin(session, account, contacts):
    eva, olle, _ = contacts
    printer, router = Product.create(name="Skrivare").id, Product.create(name="Router").id
    phone, email, web = int(Origin.PHONE), int(Origin.EMAIL), int(Origin.WEB)
    everything = _new(session, account, name="A alla")
    printers = _new(session, account, name="B skrivare")
    ent.set_products(session, printers, [printer])
    for_eva = _new(session, account, name="C Eva")
    ent.set_contacts(session, for_eva, [eva])
    by_phone = _new(session, account, name="D telefon")
    ent.set_channels(session, by_phone, [(phone, 5), (email, 5)])
    draft = _new(session, account, name="E utkast")
    cancelled = _new(session, account, name="F avbruten")
    other_account = create_account(session, AccountFields("Annan kund"))
    foreign = _new(session, other_account, name="G annan")
    for entitlement_id in (everything, printers, for_eva, by_phone, cancelled, foreign):
        ent.activate(session, entitlement_id, today=TODAY)
    ent.cancel(session, cancelled)
    assert draft

    def names(contact=None, product=None, origin=phone):
        return [r.name[0] for r in ent.entitlements_for_case(
            customer_kind="account", customer_id=account, contact_id=contact,
            product_id=product, origin=origin)]

    assert names(eva, printer, phone) == ["A", "B", "C", "D"]
    assert names(olle, printer, phone) == ["A", "B", "D"]
    assert names(eva, router, phone) == ["A", "C", "D"]
    assert names(eva, printer, web) == ["A", "B", "C"]  # D lists no web channel
    assert names(None, None, email) == ["A", "D"]  # no product, no contact
    assert names(olle, router, None) == ["A"]
    rows = ent.entitlements_for_case(customer_kind="account", customer_id=account,
                                     contact_id=eva, product_id=printer, origin=phone)
    assert {r.remaining for r in rows} == {Decimal("10.00")}
    assert ent.covers(by_phone, contact_id=eva, product_id=None, origin=email)
    assert not ent.covers(by_phone, contact_id=eva, product_id=None, origin=web)
    assert not ent.covers(printers, contact_id=eva, product_id=router, origin=phone)


def test_a_contact_customers_entitlements_are_its_own(session, account, contacts):
    eva, olle, _ = contacts
    own = ent.create_entitlement(session, _fields(contact=eva, name="Evas"))
    ent.set_contacts(session, own, [eva])
    ent.activate(session, own, today=TODAY)
    accounts = _new(session, account, ACTIVE, name="Kontots")
    for_contact = ent.entitlements_for_case(customer_kind="contact", customer_id=eva,
                                            contact_id=None, product_id=None, origin=1)
    assert [r.id for r in for_contact] == [own]
    assert [r.id for r in ent.entitlements_for_case(
        customer_kind="contact", customer_id=olle, contact_id=None, product_id=None,
        origin=1)] == []
    assert [r.id for r in ent.active_entitlements_of("contact", eva)] == [own]
    assert [r.id for r in ent.active_entitlements_of("account", account)] == [accounts]
    with pytest.raises(ValueError):
        ent.active_entitlements_of("team", 1)


# -- the lists ----------------------------------------------------------------------------------


def test_list_views(session, account):
    today = TODAY
    active = _new(session, account, ACTIVE, name="Aktiv")
    expiring = _new(session, account, ACTIVE, name="Snart slut",
                    end_date=today + timedelta(days=30))
    later = _new(session, account, ACTIVE, name="Senare", end_date=today + timedelta(days=31))
    exhausted = _new(session, account, ACTIVE, name="Förbrukad", total_terms=2)
    _move(exhausted, "-2")
    over = _new(session, account, ACTIVE, name="Överdragen", total_terms=1)
    _move(over, "-3")
    draft = _new(session, account, name="Utkast", end_date=today + timedelta(days=3),
                 total_terms=0)

    def ids(view):
        query = EntitlementQuery(view=view, today=today)
        rows = ent.list_entitlements(query).rows
        assert ent.count_entitlements(query) == len(rows)
        return {r.id for r in rows}

    assert ids(EntitlementView.ALL) == {active, expiring, later, exhausted, over, draft}
    assert ids(EntitlementView.ACTIVE) == {active, expiring, later, exhausted, over}
    assert ids(EntitlementView.EXPIRING) == {expiring}
    assert ids(EntitlementView.EXHAUSTED) == {exhausted, over}
    row = next(r for r in ent.list_entitlements(EntitlementQuery()).rows if r.id == over)
    assert (row.customer, row.state, row.total_terms, row.remaining, row.is_default) == (
        "Örebro Tryck AB", ACTIVE, Decimal("1.00"), Decimal("-2.00"), False)
    assert (row.start_date, row.end_date) == (date(2025, 1, 1), date(2025, 12, 31))


def test_filter_and_customer(session, account, contacts):
    _new(session, account, name="Guld 2025")
    _new(session, account, name="Silver")
    mine = ent.create_entitlement(session, _fields(contact=contacts[0], name="Brons"))

    def names(**kw):
        return [r.name for r in ent.list_entitlements(EntitlementQuery(**kw)).rows]

    assert names(filter_text="guld") == ["Guld 2025"]
    assert names(filter_text="örebro") == ["Guld 2025", "Silver"]  # the customer, folded
    assert names(filter_text="eva brons") == ["Brons"]
    assert names(customer_kind="contact", customer_id=contacts[0]) == ["Brons"]
    assert names(customer_kind="account", customer_id=account) == ["Guld 2025", "Silver"]
    assert ent.count_entitlements(EntitlementQuery(filter_text="100%_")) == 0
    assert mine


@pytest.mark.parametrize("sort", ent.SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_walks_every_row_once_in_order(session, account, sort, descending):
    for i in range(7):
        entitlement_id = _new(session, account, name=f"Avtal {i % 3}",
                              start_date=date(2025, 1, 1 + i % 2),
                              end_date=date(2025, 12, 1 + i % 4), total_terms=i % 3)
        if i % 2:
            ent.activate(session, entitlement_id, today=TODAY)
        if i == 3:
            _move(entitlement_id, "-1.5")
    query = EntitlementQuery(sort=sort, descending=descending)
    whole = ent.list_entitlements(query, limit=100).rows
    walked, after = [], None
    while True:
        page = ent.list_entitlements(query, after=after, limit=2)
        walked += page.rows
        if page.next_key is None:
            break
        after = page.next_key
    assert [r.id for r in walked] == [r.id for r in whole]
    assert len({r.id for r in walked}) == 7 == ent.count_entitlements(query)
    with pytest.raises(ValueError):
        ent.list_entitlements(EntitlementQuery(sort="nope"))


# -- templates ----------------------------------------------------------------------------------


def _template(**kw) -> TemplateFields:
    values = {"name": "Guldavtal", "allocation_type": int(HOURS),
              "decrease_on": int(ON_RESOLUTION), "total_terms": Decimal(40),
              "duration_days": 365, "channels": [(int(Origin.PHONE), Decimal(30))]}
    values.update(kw)
    return TemplateFields(**values)


def test_template_crud_and_fields_from_template(session, account, seen):
    product = Product.create(name="Skrivare").id
    template_id = ent.create_template(session, _template(product_ids=[product]))
    assert ent.list_templates() == [(template_id, "Guldavtal", int(HOURS), Decimal("40.00"),
                                     365)]
    record = ent.get_template(template_id)
    assert record.fields.channels == [(int(Origin.PHONE), Decimal("30.00"))]
    assert record.fields.product_ids == [product]
    fields, channels, products = ent.fields_from_template(
        template_id, customer_kind="account", customer_id=account, start=date(2025, 1, 1))
    assert (fields.name, fields.customer_account_id, fields.customer_contact_id) == (
        "Guldavtal", account, None)
    assert (fields.start_date, fields.end_date) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (fields.allocation_type, fields.decrease_on, fields.total_terms) == (
        int(HOURS), int(ON_RESOLUTION), Decimal("40.00"))
    assert fields.template_id == template_id
    assert channels == [(int(Origin.PHONE), Decimal("30.00"))] and products == [product]
    entitlement_id = ent.create_entitlement(session, fields)
    ent.set_channels(session, entitlement_id, channels)
    ent.set_products(session, entitlement_id, products)
    made = ent.get_entitlement(entitlement_id)
    assert made.template_id == template_id and made.remaining == Decimal("40.00")

    changed = record.fields
    changed.name, changed.duration_days, changed.channels = "Silveravtal", 30, []
    version = ent.update_template(session, template_id, changed, record.version)
    assert version == record.version + 1
    assert ent.get_template(template_id).fields.channels == []
    with pytest.raises(ConflictError):
        ent.update_template(session, template_id, changed, record.version)
    assert ("name", "Guldavtal", "Silveravtal") in _audit(template_id, "entitlement_template")
    ent.delete_template(session, template_id)
    assert ent.list_templates() == []
    assert ent.get_entitlement(entitlement_id).template_id is None
    with pytest.raises(NotFound):
        ent.get_template(template_id)
    assert (events.ENTITLEMENT_TEMPLATES_CHANGED, {"ids": [template_id]}) in seen


@pytest.mark.parametrize("kw, field, code", [
    ({"name": ""}, "name", "required"),
    ({"name": "x" * 201}, "name", "too_long"),
    ({"total_terms": -1}, "total_terms", "invalid"),
    ({"total_terms": "abc"}, "total_terms", "invalid"),
    ({"decrease_on": int(ON_CREATION)}, "decrease_on", "hours_on_resolution"),
    ({"duration_days": 0}, "duration_days", "invalid"),
    ({"duration_days": "365"}, "duration_days", "invalid"),
    ({"channels": [(1, 1), (1, 2)]}, "channels", "duplicate_origin"),
    ({"product_ids": [999]}, "products", "not_found"),
])
def test_bad_templates_are_refused(session, kw, field, code):
    _refused(lambda: ent.create_template(session, _template(**kw)), field=field, code=code)


def test_template_names_are_unique(session):
    ent.create_template(session, _template())
    _refused(lambda: ent.create_template(session, _template()), field="name", code="taken")


def test_templates_are_for_managers_and_administrators(session, agent):
    template_id = ent.create_template(session, _template())
    record = ent.get_template(template_id)
    for call in (lambda: ent.create_template(agent, _template(name="Mitt")),
                 lambda: ent.update_template(agent, template_id, record.fields,
                                             record.version),
                 lambda: ent.delete_template(agent, template_id)):
        error = _refused(call, PermissionDenied)
        assert error.params == {"action": "entitlement_templates"}
    assert ent.list_templates()[0][0] == template_id  # anyone may read them


def test_fields_from_template_for_a_contact(session, contacts):
    template_id = ent.create_template(session, _template(duration_days=1))
    fields, _, _ = ent.fields_from_template(template_id, customer_kind="contact",
                                            customer_id=contacts[0], start=TODAY)
    assert (fields.customer_account_id, fields.customer_contact_id) == (None, contacts[0])
    assert fields.start_date == fields.end_date == TODAY
