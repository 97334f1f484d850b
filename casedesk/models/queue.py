"""Queues and queue items (SPEC §1.7). A case is in one queue at most: one item per case."""

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from casedesk.models.base import BaseModel, utcnow
from casedesk.models.case import Case
from casedesk.models.options import QueueItemState, QueueType
from casedesk.models.org import AppUser, Team


class Queue(BaseModel):
    name = CharField(max_length=160, unique=True)
    description = TextField(null=True)
    queue_type = IntegerField(default=int(QueueType.PUBLIC))
    owner_user = ForeignKeyField(AppUser, null=True, backref="owned_queues")
    owner_team = ForeignKeyField(Team, null=True, backref="owned_queues")
    active = BooleanField(default=True)
    #: Set on the default private queue of a user or a team (SPEC §1.6).
    default_for_user = ForeignKeyField(AppUser, null=True, unique=True)
    default_for_team = ForeignKeyField(Team, null=True, unique=True)


class QueueMember(BaseModel):
    queue = ForeignKeyField(Queue, backref="members", on_delete="CASCADE")
    user = ForeignKeyField(AppUser, backref="queue_memberships", on_delete="CASCADE")

    class Meta:
        indexes = ((("queue", "user"), True),)


class QueueItem(BaseModel):
    # unique: a case has one queue item, moved between queues and made (in)active.
    case = ForeignKeyField(Case, unique=True, backref="queue_items", on_delete="CASCADE")
    queue = ForeignKeyField(Queue, backref="items", index=False)
    worked_by_user = ForeignKeyField(AppUser, null=True)
    worked_by_team = ForeignKeyField(Team, null=True)
    entered_on = DateTimeField(default=utcnow)
    state = IntegerField(default=int(QueueItemState.ACTIVE))

    class Meta:
        indexes = ((("queue", "state", "entered_on"), False),)
