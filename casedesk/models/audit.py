"""The audit log: who changed what and when, field by field (SPEC §1.13)."""

from peewee import AutoField, CharField, DateTimeField, IntegerField, Model, TextField

from casedesk.models.base import utcnow
from casedesk.models.db import db


class AuditLog(Model):
    """Append-only: rows are never updated or deleted (no version column on purpose)."""

    id = AutoField()
    entity = CharField(max_length=40)  # table name: incident, entitlement, queue_item, setting
    record_id = IntegerField()
    action = IntegerField()  # options.AuditAction
    field = CharField(max_length=60, null=True)
    old_value = TextField(null=True)
    new_value = TextField(null=True)
    user_id = IntegerField(null=True)
    login = CharField(max_length=120, null=True)  # the real login, also for team databases
    changed_on = DateTimeField(default=utcnow)

    class Meta:
        database = db
        table_name = "audit_log"
        indexes = ((("entity", "record_id", "changed_on"), False),)
