"""The case (SPEC §1.1, §2.1) and its case-number counter."""

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from casedesk.models.base import BaseModel
from casedesk.models.customer import Account, Contact
from casedesk.models.entitlement import Entitlement
from casedesk.models.options import (
    CaseState,
    Origin,
    Priority,
    ServiceStage,
    Severity,
    StatusReason,
)
from casedesk.models.org import AppUser, Team
from casedesk.models.subject import Product, Subject

TITLE_MAX = 200


class CaseNumberCounter(BaseModel):
    """The next counter value per prefix (SPEC §1.1): CAS-01000-K7M9F2."""

    prefix = CharField(max_length=3, unique=True)
    next_value = IntegerField(default=1000)


class Case(BaseModel):
    number = CharField(max_length=40, unique=True)
    title = CharField(max_length=TITLE_MAX)
    #: text.sort_key(title): what the list sorts and filters titles by (schema 2)
    title_sort = CharField(max_length=TITLE_MAX, default="")
    # The customer is an account or a contact: exactly one of the two is set.
    customer_account = ForeignKeyField(Account, null=True, backref="cases")
    customer_contact = ForeignKeyField(Contact, null=True, backref="customer_cases")
    #: text.sort_key(customer name); kept in step by the controllers.
    customer_sort = CharField(max_length=161, default="")
    contact = ForeignKeyField(Contact, null=True, backref="contact_cases")
    subject = ForeignKeyField(Subject, null=True, backref="cases", on_delete="SET NULL")
    product = ForeignKeyField(Product, null=True, backref="cases")
    origin = IntegerField(default=int(Origin.PHONE))
    case_type = IntegerField(null=True)
    priority = IntegerField(default=int(Priority.NORMAL))
    severity = IntegerField(default=int(Severity.DEFAULT_VALUE))
    description = TextField(null=True)
    state = IntegerField(default=int(CaseState.ACTIVE))
    status_reason = IntegerField(default=int(StatusReason.IN_PROGRESS))
    owner_user = ForeignKeyField(AppUser, null=True, backref="owned_cases")
    owner_team = ForeignKeyField(Team, null=True, backref="owned_cases")
    entitlement = ForeignKeyField(Entitlement, null=True, backref="cases")
    decrement_entitlement = BooleanField(default=True)
    parent_case = ForeignKeyField("self", null=True, backref="child_cases")
    is_escalated = BooleanField(default=False)
    escalated_on = DateTimeField(null=True)
    follow_up_by = DateField(null=True)
    stage = IntegerField(default=int(ServiceStage.IDENTIFY))
    existing_case = ForeignKeyField("self", null=True, index=False, backref="found_by")
    master_case = ForeignKeyField("self", null=True, backref="merged_cases")
    resolved_on = DateTimeField(null=True)

    class Meta:
        table_name = "incident"  # `case` is an SQL keyword; Dynamics calls it incident too
        indexes = (
            # The list views (SPEC §4.2), newest first, keyset-paged on (created_on, id).
            (("owner_user", "state", "created_on", "id"), False),   # My Active/Resolved
            (("state", "created_on", "id"), False),                 # Active/Resolved/Canceled
            (("created_on", "id"), False),                          # All Cases
            (("is_escalated", "state", "created_on"), False),       # Escalated Cases
            # Sorting on another column walks one of these.
            (("title_sort", "id"), False),
            (("customer_sort", "id"), False),
            (("priority", "id"), False),
            (("origin", "id"), False),
            (("status_reason", "id"), False),
            (("modified_on", "id"), False),
            (("state", "follow_up_by"), False),
        )

