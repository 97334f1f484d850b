"""Issue 6 on the case form: the entitlement lookup, defaults applied and charged, hours taken
at resolution, and Do not decrement entitlement terms."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from casedesk.controllers import admin, entitlements
from casedesk.controllers.cases import get_case_record
from casedesk.controllers.lookups import LookupItem
from casedesk.models import Account
from casedesk.models.options import AllocationType, CaseState, DecreaseRemainingOn


@pytest.fixture
def acme():
    return Account.get(Account.name == "Havstål AB")


def make_entitlement(session, account, name, *, hours=False, total=10, default=False):
    today = date.today()
    fields = entitlements.EntitlementFields(
        name=name, customer_account_id=account.id, start_date=today - timedelta(days=1),
        end_date=today + timedelta(days=60), total_terms=Decimal(total),
        allocation_type=int(AllocationType.NUMBER_OF_HOURS if hours
                            else AllocationType.NUMBER_OF_CASES),
        decrease_on=int(DecreaseRemainingOn.CASE_RESOLUTION if hours
                        else DecreaseRemainingOn.CASE_CREATION))
    entitlement_id = entitlements.create_entitlement(session, fields)
    entitlements.activate(session, entitlement_id)
    if default:
        entitlements.set_default(session, entitlement_id)
    return entitlement_id


def test_a_default_entitlement_is_applied_and_charged(qtbot, window, desk, session, acme):
    from test_case_form import choose, type_text

    gold = make_entitlement(session, acme, "Guldavtal", default=True)
    admin.set_setting(session, "default_entitlement_on_create", True)
    form = window.new_case()
    type_text(form.title_edit, "Skärmen flimrar")
    choose(qtbot, form.customer_edit, "Havstål")
    assert form.save()
    record = get_case_record(form.case_id)
    assert record.entitlement is not None and record.entitlement.id == gold
    assert form.entitlement_edit.item().label == "Guldavtal"
    assert entitlements.remaining_terms(gold) == Decimal(9)  # one case taken on creation


def test_the_lookup_offers_only_covering_active_entitlements(qtbot, window, desk, session,
                                                            acme):
    from test_case_form import choose

    make_entitlement(session, acme, "Silveravtal", total=3)
    other = Account.create(name="Kustinvest Oy")
    make_entitlement(session, other, "Annans avtal")
    form = window.open_case(desk[0])
    choose(qtbot, form.entitlement_edit, "silver")
    assert form.entitlement_edit.item().label == "Silveravtal"
    assert "3 of 3 cases left" in form.entitlement_edit.item().detail
    assert form.save()
    assert get_case_record(desk[0]).entitlement.label == "Silveravtal"
    # another customer: the entitlement is cleared
    choose(qtbot, form.customer_edit, "Sven Ödman")
    assert form.entitlement_edit.item() is None


def test_an_hours_case_resolved_with_90_billable_minutes_takes_one_and_a_half_hours(
        qtbot, window, desk, session, acme):
    hours = make_entitlement(session, acme, "Timbank", hours=True, total=10)
    form = window.open_case(desk[0])
    form.entitlement_edit.set_item(LookupItem("entitlement", hours, "Timbank"))
    assert form.save()
    form.close_case_action.trigger()
    dialog = form.last_dialog
    dialog.resolution_edit.setText("Löst på distans.")
    dialog.billable_edit.setValue(90)
    dialog.accept()
    assert get_case_record(desk[0]).state == int(CaseState.RESOLVED)
    assert entitlements.remaining_terms(hours) == Decimal("8.5")


def test_do_not_decrement_entitlement_terms(qtbot, window, desk, session, acme):
    gold = make_entitlement(session, acme, "Guldavtal")
    form = window.open_case(desk[0])
    assert form.decrement_action.text() == "Do not decrement entitlement terms"
    form.decrement_action.trigger()
    assert not get_case_record(desk[0]).decrement_entitlement
    assert form.decrement_note.isVisibleTo(form)
    assert form.decrement_action.text() == "Decrement entitlement terms"
    form.entitlement_edit.set_item(LookupItem("entitlement", gold, "Guldavtal"))
    assert form.save()
    assert entitlements.remaining_terms(gold) == Decimal(10)  # nothing taken


def test_an_exhausted_restricted_entitlement_is_refused_with_the_remaining_terms(
        qtbot, window, desk, session, acme, no_message_boxes):
    today = date.today()
    spent = entitlements.create_entitlement(session, entitlements.EntitlementFields(
        name="Förbrukat", customer_account_id=acme.id, start_date=today,
        end_date=today + timedelta(days=30), total_terms=Decimal(0),
        restrict_case_creation=True))
    entitlements.activate(session, spent)
    form = window.open_case(desk[0])
    form.entitlement_edit.set_item(LookupItem("entitlement", spent, "Förbrukat"))
    assert not form.save()
    assert any("has 0 terms remaining" in m for m in no_message_boxes)
    assert get_case_record(desk[0]).entitlement is None  # nothing saved
