"""Stored option values (SPEC §2.1 and §1). Numbers are what the database keeps; the UI
translates them. Values follow Dynamics 365 where it has one, so imports map one to one."""

from enum import IntEnum


class CaseState(IntEnum):
    ACTIVE = 0
    RESOLVED = 1
    CANCELED = 2


class StatusReason(IntEnum):
    """Built-in status reasons; administrators may add more (OptionValue rows)."""

    IN_PROGRESS = 1
    ON_HOLD = 2
    WAITING_FOR_DETAILS = 3
    RESEARCHING = 4
    PROBLEM_SOLVED = 5
    INFORMATION_PROVIDED = 1000
    CANCELED = 6
    MERGED = 2000


#: state → (reasons in display order, default reason)
STATE_REASONS = {
    CaseState.ACTIVE: ((StatusReason.IN_PROGRESS, StatusReason.ON_HOLD,
                        StatusReason.WAITING_FOR_DETAILS, StatusReason.RESEARCHING),
                       StatusReason.IN_PROGRESS),
    CaseState.RESOLVED: ((StatusReason.PROBLEM_SOLVED, StatusReason.INFORMATION_PROVIDED),
                         StatusReason.PROBLEM_SOLVED),
    CaseState.CANCELED: ((StatusReason.CANCELED, StatusReason.MERGED), StatusReason.CANCELED),
}


class Priority(IntEnum):
    HIGH = 1
    NORMAL = 2
    LOW = 3


class CaseType(IntEnum):
    QUESTION = 1
    PROBLEM = 2
    REQUEST = 3


class Origin(IntEnum):
    PHONE = 1
    EMAIL = 2
    WEB = 3
    FACEBOOK = 2483
    TWITTER = 3986


class Severity(IntEnum):
    DEFAULT_VALUE = 1


class ServiceStage(IntEnum):
    IDENTIFY = 0
    RESEARCH = 1
    RESOLVE = 2


class OptionSet:
    """Names of the admin-extendable lists kept in the option_value table."""

    STATUS_REASON = "status_reason"
    ORIGIN = "origin"
    SEVERITY = "severity"
    CASE_TYPE = "case_type"
    PRIORITY = "priority"


class ActivityKind(IntEnum):
    PHONE_CALL = 1
    TASK = 2
    EMAIL = 3
    APPOINTMENT = 4


class ActivityState(IntEnum):
    OPEN = 0
    COMPLETED = 1
    CANCELED = 2


class ActivityStatusReason(IntEnum):
    """Status reasons of the activity kinds (SPEC §1.3)."""

    # phone call
    PHONE_OPEN = 1
    PHONE_MADE = 2
    PHONE_RECEIVED = 4
    PHONE_CANCELED = 3
    # task
    TASK_NOT_STARTED = 10
    TASK_IN_PROGRESS = 11
    TASK_WAITING = 12
    TASK_DEFERRED = 13
    TASK_COMPLETED = 14
    TASK_CANCELED = 15
    # e-mail
    EMAIL_DRAFT = 20
    EMAIL_SENT = 21
    EMAIL_RECEIVED = 22
    EMAIL_CANCELED = 23
    # appointment
    APPT_FREE = 30
    APPT_TENTATIVE = 31
    APPT_BUSY = 32
    APPT_COMPLETED = 33
    APPT_CANCELED = 34


class Direction(IntEnum):
    INCOMING = 0
    OUTGOING = 1


class ResolutionState(IntEnum):
    COMPLETED = 1
    CANCELED = 2


class AllocationType(IntEnum):
    NUMBER_OF_CASES = 0
    NUMBER_OF_HOURS = 1


class DecreaseRemainingOn(IntEnum):
    CASE_CREATION = 0
    CASE_RESOLUTION = 1


class EntitlementState(IntEnum):
    DRAFT = 0
    WAITING = 1
    ACTIVE = 2
    EXPIRED = 3
    CANCELLED = 4


class TermReason(IntEnum):
    """Why terms moved in the entitlement ledger (SPEC §3.3)."""

    CASE_CREATED = 1
    ENTITLEMENT_REMOVED = 2
    CASE_CANCELED = 3
    CASE_REACTIVATED = 4
    CASE_RESOLVED = 5
    ADJUSTMENT = 9


class QueueType(IntEnum):
    PUBLIC = 0
    PRIVATE = 1


class QueueItemState(IntEnum):
    ACTIVE = 0
    INACTIVE = 1


class RuleSetState(IntEnum):
    DRAFT = 0
    ACTIVE = 1


class RuleAction(IntEnum):
    ROUTE_TO_QUEUE = 0
    ASSIGN_TO_USER = 1
    ASSIGN_TO_TEAM = 2


class ConnectionRole(IntEnum):
    SIMILAR_CASE = 1
    MERGED_INTO = 2
    RELATED = 3


class PreferredContactMethod(IntEnum):
    ANY = 1
    EMAIL = 2
    PHONE = 3
    MAIL = 4


class Role(IntEnum):
    AGENT = 1
    MANAGER = 2
    ADMINISTRATOR = 3


class AuditAction(IntEnum):
    CREATE = 1
    UPDATE = 2
    DELETE = 3
    STATE = 4
