"""Entitlement states follow the calendar while the app runs (SPEC §3.5)."""

from datetime import date, datetime, timedelta
from decimal import Decimal

from casedesk.controllers import entitlements
from casedesk.models import Account
from casedesk.models.options import EntitlementState
from casedesk.ui.midnight import MidnightTimer, ms_until_midnight


def test_the_time_until_midnight():
    assert ms_until_midnight(datetime(2026, 11, 26, 23, 59, 0)) == 61_000
    assert ms_until_midnight(datetime(2026, 11, 26, 0, 0, 0)) == 86_401_000


def test_at_midnight_waiting_entitlements_become_active(qtbot, session):
    account = Account.create(name="Havstål AB")
    today = date.today()
    waiting = entitlements.create_entitlement(session, entitlements.EntitlementFields(
        name="Nästa år", customer_account_id=account.id, start_date=today + timedelta(days=1),
        end_date=today + timedelta(days=90), total_terms=Decimal(5)))
    entitlements.activate(session, waiting)
    assert entitlements.get_entitlement(waiting).state == int(EntitlementState.WAITING)
    tomorrow = today + timedelta(days=1)
    timer = MidnightTimer(lambda: entitlements.refresh_states(tomorrow, session=session))
    assert timer.timer.isActive() and timer.timer.remainingTime() <= 86_401_000
    timer.fire()  # what the timer does at midnight
    assert entitlements.get_entitlement(waiting).state == int(EntitlementState.ACTIVE)
    assert timer.timer.isActive()  # armed for the next night
