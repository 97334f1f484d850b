"""Accounts and contacts: the customers (SPEC §1.2)."""

from peewee import BooleanField, CharField, DeferredForeignKey, ForeignKeyField, IntegerField

from casedesk.models.base import BaseModel
from casedesk.models.options import PreferredContactMethod
from casedesk.models.text import sort_key


class Account(BaseModel):
    name = CharField(max_length=160, index=True)
    #: text.sort_key(name): list order and indexed prefix lookups (schema 3)
    name_sort = CharField(max_length=160, default="")
    account_number = CharField(max_length=40, null=True, index=True)
    # Contact is defined below and points back here: no constraint, just the id.
    primary_contact = DeferredForeignKey("Contact", null=True, index=False)
    parent_account = ForeignKeyField("self", null=True, backref="child_accounts")
    phone = CharField(max_length=50, null=True)
    email = CharField(max_length=254, null=True)
    street = CharField(max_length=250, null=True)
    postal_code = CharField(max_length=20, null=True)
    city = CharField(max_length=80, null=True)
    country = CharField(max_length=80, null=True)
    website = CharField(max_length=200, null=True)
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("name_sort", "id"), False),)

    def save(self, *args, **kwargs):
        self.name_sort = sort_key(self.name, 160)
        return super().save(*args, **kwargs)


class Contact(BaseModel):
    first_name = CharField(max_length=80, null=True)
    last_name = CharField(max_length=80)
    #: "First Last", kept by the controllers; what lists show, sort and search by.
    full_name = CharField(max_length=161, index=True)
    #: text.sort_key(full_name) (schema 3)
    name_sort = CharField(max_length=161, default="")
    parent_account = ForeignKeyField(Account, null=True, backref="contacts")
    job_title = CharField(max_length=100, null=True)
    email = CharField(max_length=254, null=True, index=True)
    business_phone = CharField(max_length=50, null=True)
    mobile_phone = CharField(max_length=50, null=True)
    street = CharField(max_length=250, null=True)
    postal_code = CharField(max_length=20, null=True)
    city = CharField(max_length=80, null=True)
    country = CharField(max_length=80, null=True)
    preferred_contact_method = IntegerField(default=int(PreferredContactMethod.ANY))
    do_not_email = BooleanField(default=False)
    do_not_phone = BooleanField(default=False)
    do_not_mail = BooleanField(default=False)
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("name_sort", "id"), False), (("parent_account", "name_sort"), False))

    @staticmethod
    def compose_name(first_name: str | None, last_name: str | None) -> str:
        return " ".join(p for p in (first_name, last_name) if p)[:161]

    def save(self, *args, **kwargs):
        if not self.full_name:
            self.full_name = self.compose_name(self.first_name, self.last_name)
        self.name_sort = sort_key(self.full_name, 161)
        return super().save(*args, **kwargs)
