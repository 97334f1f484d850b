"""The base model: every record has id, created/modified on and by, and a version."""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import AutoField, DateTimeField, IntegerField, Model

from casedesk.models.db import db


def utcnow() -> datetime:
    """Now in UTC, naive (the database stores UTC without a zone), to the microsecond."""
    return datetime.now(UTC).replace(tzinfo=None)


class BaseModel(Model):
    """Common columns (SPEC §1). `created_by`/`modified_by` hold an app_user id."""

    id = AutoField()
    created_on = DateTimeField(default=utcnow)
    created_by = IntegerField(null=True)
    modified_on = DateTimeField(default=utcnow)
    modified_by = IntegerField(null=True)
    version = IntegerField(default=1)

    class Meta:
        database = db
        legacy_table_names = False
