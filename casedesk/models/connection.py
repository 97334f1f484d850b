"""Connections between two cases (SPEC §1.10), shown on both."""

from peewee import ForeignKeyField, IntegerField, TextField

from casedesk.models.base import BaseModel
from casedesk.models.case import Case


class Connection(BaseModel):
    case_from = ForeignKeyField(Case, backref="connections_from", on_delete="CASCADE")
    case_to = ForeignKeyField(Case, backref="connections_to", on_delete="CASCADE")
    role = IntegerField()  # options.ConnectionRole
    description = TextField(null=True)
