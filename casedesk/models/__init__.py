"""peewee models of every CaseDesk entity (SPEC §1). No Qt in this package."""

from casedesk.models.activity import Activity, CaseResolution, Note
from casedesk.models.audit import AuditLog
from casedesk.models.base import BaseModel, utcnow
from casedesk.models.case import Case, CaseNumberCounter
from casedesk.models.connection import Connection
from casedesk.models.customer import Account, Contact
from casedesk.models.db import db
from casedesk.models.entitlement import (
    Entitlement,
    EntitlementChannel,
    EntitlementContact,
    EntitlementProduct,
    EntitlementTemplate,
    EntitlementTemplateChannel,
    EntitlementTemplateProduct,
    TermMovement,
)
from casedesk.models.org import AppUser, Team, TeamMember, UserRole
from casedesk.models.queue import Queue, QueueItem, QueueMember
from casedesk.models.routing import RoutingRuleItem, RoutingRuleSet
from casedesk.models.setting import OptionValue, Setting, StatusTransition
from casedesk.models.subject import Product, Subject

#: Every table, in an order that creates referenced tables first.
ALL_MODELS = [
    AppUser, UserRole, Team, TeamMember,
    Account, Contact,
    Subject, Product,
    EntitlementTemplate, EntitlementTemplateChannel, EntitlementTemplateProduct,
    Entitlement, EntitlementChannel, EntitlementProduct, EntitlementContact,
    CaseNumberCounter, Case, TermMovement,
    CaseResolution, Activity, Note,
    Queue, QueueMember, QueueItem,
    RoutingRuleSet, RoutingRuleItem,
    Connection,
    Setting, OptionValue, StatusTransition,
    AuditLog,
]

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS", "BaseModel", "db", "utcnow"]
