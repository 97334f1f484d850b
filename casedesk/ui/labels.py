"""Display names of stored values (SPEC §2.1 and §1), translated by value."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casedesk.models.options import (
    CaseState,
    CaseType,
    Direction,
    Origin,
    Priority,
    Severity,
    StatusReason,
)

_CTX = "Options"

STATES = {
    CaseState.ACTIVE: QT_TRANSLATE_NOOP("Options", "Active"),
    CaseState.RESOLVED: QT_TRANSLATE_NOOP("Options", "Resolved"),
    CaseState.CANCELED: QT_TRANSLATE_NOOP("Options", "Canceled"),
}
STATUS_REASONS = {
    StatusReason.IN_PROGRESS: QT_TRANSLATE_NOOP("Options", "In Progress"),
    StatusReason.ON_HOLD: QT_TRANSLATE_NOOP("Options", "On Hold"),
    StatusReason.WAITING_FOR_DETAILS: QT_TRANSLATE_NOOP("Options", "Waiting for Details"),
    StatusReason.RESEARCHING: QT_TRANSLATE_NOOP("Options", "Researching"),
    StatusReason.PROBLEM_SOLVED: QT_TRANSLATE_NOOP("Options", "Problem Solved"),
    StatusReason.INFORMATION_PROVIDED: QT_TRANSLATE_NOOP("Options", "Information Provided"),
    # Translator: the status reason of a canceled case.
    StatusReason.CANCELED: QT_TRANSLATE_NOOP("Options", "Canceled (reason)"),
    StatusReason.MERGED: QT_TRANSLATE_NOOP("Options", "Merged"),
}
PRIORITIES = {
    Priority.HIGH: QT_TRANSLATE_NOOP("Options", "High"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Options", "Normal"),
    Priority.LOW: QT_TRANSLATE_NOOP("Options", "Low"),
}
ORIGINS = {
    Origin.PHONE: QT_TRANSLATE_NOOP("Options", "Phone"),
    Origin.EMAIL: QT_TRANSLATE_NOOP("Options", "E-mail"),
    Origin.WEB: QT_TRANSLATE_NOOP("Options", "Web"),
    Origin.FACEBOOK: QT_TRANSLATE_NOOP("Options", "Facebook"),
    Origin.TWITTER: QT_TRANSLATE_NOOP("Options", "Twitter"),
}
CASE_TYPES = {
    CaseType.QUESTION: QT_TRANSLATE_NOOP("Options", "Question"),
    CaseType.PROBLEM: QT_TRANSLATE_NOOP("Options", "Problem"),
    CaseType.REQUEST: QT_TRANSLATE_NOOP("Options", "Request"),
}
SEVERITIES = {Severity.DEFAULT_VALUE: QT_TRANSLATE_NOOP("Options", "Default Value")}
ACTIVITY_KINDS = {
    1: QT_TRANSLATE_NOOP("Options", "Phone Call"),
    2: QT_TRANSLATE_NOOP("Options", "Task"),
    3: QT_TRANSLATE_NOOP("Options", "E-mail"),
    4: QT_TRANSLATE_NOOP("Options", "Appointment"),
}

DIRECTIONS = {
    Direction.INCOMING: QT_TRANSLATE_NOOP("Options", "Incoming"),
    Direction.OUTGOING: QT_TRANSLATE_NOOP("Options", "Outgoing"),
}


def _label(table: dict, value, custom: dict | None = None) -> str:
    if value is None:
        return ""
    source = table.get(value)
    if source is None:
        return (custom or {}).get(value, str(value))
    text = QCoreApplication.translate(_CTX, source)
    return text.removesuffix(" (reason)")


def state(value) -> str:
    return _label(STATES, value)


def status_reason(value, custom: dict | None = None) -> str:
    return _label(STATUS_REASONS, value, custom)


def priority(value) -> str:
    return _label(PRIORITIES, value)


def origin(value, custom: dict | None = None) -> str:
    return _label(ORIGINS, value, custom)


def case_type(value) -> str:
    return _label(CASE_TYPES, value)


def severity(value, custom: dict | None = None) -> str:
    return _label(SEVERITIES, value, custom)


def activity_kind(value) -> str:
    return _label(ACTIVITY_KINDS, value)


def direction(value) -> str:
    return _label(DIRECTIONS, value)


# -- activities and the case timeline (SPEC §1.3) --------------------------------------------

ACTIVITY_STATES = {
    0: QT_TRANSLATE_NOOP("Options", "Open"),
    1: QT_TRANSLATE_NOOP("Options", "Completed"),
    2: QT_TRANSLATE_NOOP("Options", "Canceled"),
}
#: ActivityStatusReason values; the canceled reasons share the case's "Canceled" reason
ACTIVITY_STATUS_REASONS = {
    1: QT_TRANSLATE_NOOP("Options", "Open"),
    2: QT_TRANSLATE_NOOP("Options", "Made"),
    4: QT_TRANSLATE_NOOP("Options", "Received"),
    3: QT_TRANSLATE_NOOP("Options", "Canceled (reason)"),
    10: QT_TRANSLATE_NOOP("Options", "Not Started"),
    11: QT_TRANSLATE_NOOP("Options", "In Progress"),
    12: QT_TRANSLATE_NOOP("Options", "Waiting on someone else"),
    13: QT_TRANSLATE_NOOP("Options", "Deferred"),
    14: QT_TRANSLATE_NOOP("Options", "Completed"),
    15: QT_TRANSLATE_NOOP("Options", "Canceled (reason)"),
    20: QT_TRANSLATE_NOOP("Options", "Draft"),
    21: QT_TRANSLATE_NOOP("Options", "Sent"),
    22: QT_TRANSLATE_NOOP("Options", "Received"),
    23: QT_TRANSLATE_NOOP("Options", "Canceled (reason)"),
    30: QT_TRANSLATE_NOOP("Options", "Free"),
    31: QT_TRANSLATE_NOOP("Options", "Tentative"),
    32: QT_TRANSLATE_NOOP("Options", "Busy"),
    33: QT_TRANSLATE_NOOP("Options", "Completed"),
    34: QT_TRANSLATE_NOOP("Options", "Canceled (reason)"),
}
#: timeline entries that are not activities (TimelineEntry.kind)
TIMELINE_KINDS = {
    "note": QT_TRANSLATE_NOOP("Options", "Note"),
    # Translator: a case resolution shown in the timeline (seed: Ärendestängningsaktivitet).
    "resolution": QT_TRANSLATE_NOOP("Options", "Case Resolution"),
}
# Translator: a duration under an hour, %1 = minutes.
_MINUTES = QT_TRANSLATE_NOOP("Options", "%1 min")
# Translator: a whole number of hours, %1 = hours.
_HOURS = QT_TRANSLATE_NOOP("Options", "%1 h")
# Translator: hours and minutes, %1 = hours, %2 = minutes.
_HOURS_MINUTES = QT_TRANSLATE_NOOP("Options", "%1 h %2 min")


def activity_state(value) -> str:
    return _label(ACTIVITY_STATES, value)


def activity_status_reason(value) -> str:
    return _label(ACTIVITY_STATUS_REASONS, value)


def timeline_kind(kind: str, activity_kind_value: int | None = None) -> str:
    """The kind of a timeline entry: the activity kind, Note or Case Resolution."""
    if kind == "activity":
        return activity_kind(activity_kind_value)
    return _label(TIMELINE_KINDS, kind)


def duration(minutes: int | None) -> str:
    """Minutes spent, e.g. 45 min, 2 h, 1 h 30 min ("" for none)."""
    if not minutes:
        return ""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return QCoreApplication.translate(_CTX, _MINUTES).replace("%1", str(rest))
    if not rest:
        return QCoreApplication.translate(_CTX, _HOURS).replace("%1", str(hours))
    return (QCoreApplication.translate(_CTX, _HOURS_MINUTES)
            .replace("%1", str(hours)).replace("%2", str(rest)))


# -- entitlements (SPEC §1.5, §3); their own context: "Active", "Case Resolution" differ ----

_ENTITLEMENT_CTX = "EntitlementOptions"
ENTITLEMENT_STATES = {
    0: QT_TRANSLATE_NOOP("EntitlementOptions", "Draft"),
    1: QT_TRANSLATE_NOOP("EntitlementOptions", "Waiting"),
    2: QT_TRANSLATE_NOOP("EntitlementOptions", "Active"),
    3: QT_TRANSLATE_NOOP("EntitlementOptions", "Expired"),
    4: QT_TRANSLATE_NOOP("EntitlementOptions", "Cancelled"),
}
ALLOCATION_TYPES = {
    0: QT_TRANSLATE_NOOP("EntitlementOptions", "Number of cases"),
    1: QT_TRANSLATE_NOOP("EntitlementOptions", "Number of hours"),
}
DECREASE_ON = {
    0: QT_TRANSLATE_NOOP("EntitlementOptions", "Case Creation"),
    1: QT_TRANSLATE_NOOP("EntitlementOptions", "Case Resolution"),
}
#: why terms moved (options.TermReason)
TERM_REASONS = {
    1: QT_TRANSLATE_NOOP("EntitlementOptions", "Case created"),
    2: QT_TRANSLATE_NOOP("EntitlementOptions", "Entitlement removed or changed"),
    3: QT_TRANSLATE_NOOP("EntitlementOptions", "Case canceled or merged"),
    4: QT_TRANSLATE_NOOP("EntitlementOptions", "Case reactivated"),
    5: QT_TRANSLATE_NOOP("EntitlementOptions", "Case resolved"),
    9: QT_TRANSLATE_NOOP("EntitlementOptions", "Adjustment"),
}


def _entitlement_label(table: dict, value) -> str:
    if value is None:
        return ""
    source = table.get(int(value))
    return QCoreApplication.translate(_ENTITLEMENT_CTX, source) if source else str(value)


def entitlement_state(value) -> str:
    return _entitlement_label(ENTITLEMENT_STATES, value)


def allocation_type(value) -> str:
    return _entitlement_label(ALLOCATION_TYPES, value)


def decrease_on(value) -> str:
    return _entitlement_label(DECREASE_ON, value)


def term_reason(value) -> str:
    return _entitlement_label(TERM_REASONS, value)


def terms(value) -> str:
    """A number of terms in the locale: 5, 1.5, 0.25 (at most two decimals, no zeros)."""
    if value is None:
        return ""
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    number = Decimal(value).quantize(Decimal("0.01"))
    decimals = 0 if number == number.to_integral_value() else (
        1 if (number * 10) == (number * 10).to_integral_value() else 2)
    return QLocale().toString(float(number), "f", decimals)


# -- users, roles and queues (SPEC §1.6, §1.7) -----------------------------------------------

ROLES = {
    1: QT_TRANSLATE_NOOP("Options", "Agent"),
    2: QT_TRANSLATE_NOOP("Options", "Manager"),
    3: QT_TRANSLATE_NOOP("Options", "Administrator"),
}
QUEUE_TYPES = {
    0: QT_TRANSLATE_NOOP("Options", "Public"),
    1: QT_TRANSLATE_NOOP("Options", "Private"),
}


def role(value) -> str:
    return _label(ROLES, None if value is None else int(value))


def roles(values) -> str:
    """"Agent, Manager" — a user's roles in their order (Agent first)."""
    return ", ".join(role(v) for v in sorted(int(v) for v in values or ()))


def queue_type(value) -> str:
    return _label(QUEUE_TYPES, None if value is None else int(value))


# -- routing rule sets (SPEC §1.8); their own context: "Active" and "Draft" differ ------------

_ROUTING_CTX = "RoutingOptions"
RULE_SET_STATES = {
    0: QT_TRANSLATE_NOOP("RoutingOptions", "Draft"),
    1: QT_TRANSLATE_NOOP("RoutingOptions", "Active"),
}
RULE_ACTIONS = {
    0: QT_TRANSLATE_NOOP("RoutingOptions", "Route to queue"),
    1: QT_TRANSLATE_NOOP("RoutingOptions", "Assign to user"),
    2: QT_TRANSLATE_NOOP("RoutingOptions", "Assign to team"),
}


def _routing_label(table: dict, value) -> str:
    if value is None:
        return ""
    source = table.get(int(value))
    return QCoreApplication.translate(_ROUTING_CTX, source) if source else str(value)


def rule_set_state(value) -> str:
    return _routing_label(RULE_SET_STATES, value)


def rule_action(value) -> str:
    return _routing_label(RULE_ACTIONS, value)
