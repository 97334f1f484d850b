"""Administrator settings (SPEC §1.11): key/value pairs, option lists, transitions."""

from peewee import BooleanField, CharField, IntegerField, TextField

from casedesk.models.base import BaseModel


class Setting(BaseModel):
    """One setting; `value` is JSON. Declared with defaults in controllers/admin.py."""

    key = CharField(max_length=80, unique=True)
    value = TextField()


class OptionValue(BaseModel):
    """A value of an admin-extendable list (origin, severity, status reason …).

    Built-in rows are translated by value in the UI; `label` is what an administrator typed.
    """

    option_set = CharField(max_length=40)
    value = IntegerField()
    label = CharField(max_length=100)
    state = IntegerField(null=True)  # for status reasons: the case state they belong to
    sort_order = IntegerField(default=0)
    is_default = BooleanField(default=False)
    builtin = BooleanField(default=False)
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("option_set", "value"), True),)


class StatusTransition(BaseModel):
    """Allowed change of status reason when the transition matrix is on (SPEC §2.2)."""

    from_reason = IntegerField()
    to_reason = IntegerField()

    class Meta:
        indexes = ((("from_reason", "to_reason"), True),)
