"""Subjects (a tree) and products (SPEC §1.9)."""

from peewee import BooleanField, CharField, ForeignKeyField, TextField

from casedesk.models.base import BaseModel


class Subject(BaseModel):
    title = CharField(max_length=200)
    description = TextField(null=True)
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")


class Product(BaseModel):
    name = CharField(max_length=200, index=True)
    number = CharField(max_length=100, null=True, unique=True)
    active = BooleanField(default=True)
