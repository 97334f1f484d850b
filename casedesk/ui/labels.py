"""Display names of stored values (SPEC §2.1 and §1), translated by value."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casedesk.models.options import CaseState, CaseType, Origin, Priority, Severity, StatusReason

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
