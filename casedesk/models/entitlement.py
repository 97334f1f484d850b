"""Entitlements: support terms, their channels, products, contacts, templates and the term
ledger (SPEC §1.5, §3). Remaining terms are never stored: total + sum of movements."""

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    DeferredForeignKey,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from casedesk.models.base import BaseModel, utcnow
from casedesk.models.customer import Account, Contact
from casedesk.models.options import AllocationType, DecreaseRemainingOn, EntitlementState
from casedesk.models.subject import Product


def _terms(**kw):
    return DecimalField(max_digits=12, decimal_places=2, auto_round=True, **kw)


class EntitlementTemplate(BaseModel):
    name = CharField(max_length=200, unique=True)
    allocation_type = IntegerField(default=int(AllocationType.NUMBER_OF_CASES))
    decrease_on = IntegerField(default=int(DecreaseRemainingOn.CASE_CREATION))
    total_terms = _terms(default=0)
    restrict_case_creation = BooleanField(default=False)
    #: Length in days of entitlements made from the template.
    duration_days = IntegerField(default=365)
    description = TextField(null=True)


class EntitlementTemplateChannel(BaseModel):
    template = ForeignKeyField(EntitlementTemplate, backref="channels", on_delete="CASCADE")
    origin = IntegerField()
    total_terms = _terms(default=0)


class EntitlementTemplateProduct(BaseModel):
    template = ForeignKeyField(EntitlementTemplate, backref="products", on_delete="CASCADE")
    product = ForeignKeyField(Product, on_delete="CASCADE")


class Entitlement(BaseModel):
    name = CharField(max_length=200, index=True)
    customer_account = ForeignKeyField(Account, null=True, backref="entitlements")
    customer_contact = ForeignKeyField(Contact, null=True, backref="entitlements")
    start_date = DateField()
    end_date = DateField()
    allocation_type = IntegerField(default=int(AllocationType.NUMBER_OF_CASES))
    decrease_on = IntegerField(default=int(DecreaseRemainingOn.CASE_CREATION))
    total_terms = _terms(default=0)
    restrict_case_creation = BooleanField(default=False)
    is_default = BooleanField(default=False)
    description = TextField(null=True)
    state = IntegerField(default=int(EntitlementState.DRAFT), index=True)
    template = ForeignKeyField(EntitlementTemplate, null=True, on_delete="SET NULL")
    renewed_from = ForeignKeyField("self", null=True, index=False, on_delete="SET NULL")


class EntitlementChannel(BaseModel):
    entitlement = ForeignKeyField(Entitlement, backref="channels", on_delete="CASCADE")
    origin = IntegerField()
    total_terms = _terms(default=0)

    class Meta:
        indexes = ((("entitlement", "origin"), True),)


class EntitlementProduct(BaseModel):
    entitlement = ForeignKeyField(Entitlement, backref="products", on_delete="CASCADE")
    product = ForeignKeyField(Product, on_delete="CASCADE")

    class Meta:
        indexes = ((("entitlement", "product"), True),)


class EntitlementContact(BaseModel):
    entitlement = ForeignKeyField(Entitlement, backref="contacts", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, on_delete="CASCADE")

    class Meta:
        indexes = ((("entitlement", "contact"), True),)


class TermMovement(BaseModel):
    """One movement in the ledger: negative takes terms, positive gives them back."""

    entitlement = ForeignKeyField(Entitlement, backref="movements", on_delete="CASCADE")
    channel = ForeignKeyField(EntitlementChannel, null=True, on_delete="SET NULL")
    # The case table is defined in case.py, which imports this module.
    case = DeferredForeignKey("Case", null=True, index=True)
    amount = _terms()
    reason = IntegerField()
    moved_on = DateTimeField(default=utcnow)
