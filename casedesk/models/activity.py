"""Activities (phone call, task, e-mail, appointment), notes and case resolutions (SPEC §1.3,
§1.4). One activity table with the kind-specific columns: the timeline reads one table."""

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from casedesk.models.base import BaseModel, utcnow
from casedesk.models.case import Case
from casedesk.models.customer import Account, Contact
from casedesk.models.options import ActivityState, Direction, Priority, ResolutionState
from casedesk.models.org import AppUser, Team


class CaseResolution(BaseModel):
    case = ForeignKeyField(Case, backref="resolutions", on_delete="CASCADE")
    resolution_type = IntegerField()  # a Resolved status reason
    resolution = TextField()
    total_time = IntegerField(default=0)  # minutes
    billable_time = IntegerField(default=0)  # minutes
    resolved_by = ForeignKeyField(AppUser, null=True)
    resolved_on = DateTimeField(default=utcnow)
    state = IntegerField(default=int(ResolutionState.COMPLETED))

    class Meta:
        indexes = ((("case", "resolved_on"), False),)


class Activity(BaseModel):
    kind = IntegerField()  # options.ActivityKind
    subject = CharField(max_length=200)
    description = TextField(null=True)
    regarding_case = ForeignKeyField(Case, null=True, backref="activities",
                                     on_delete="CASCADE", index=False)
    owner_user = ForeignKeyField(AppUser, null=True, backref="activities", index=False)
    owner_team = ForeignKeyField(Team, null=True)
    priority = IntegerField(default=int(Priority.NORMAL))
    scheduled_start = DateTimeField(null=True)
    scheduled_end = DateTimeField(null=True)  # the due date of tasks and calls
    duration_minutes = IntegerField(default=0)
    billed = BooleanField(default=False)
    billed_by = ForeignKeyField(CaseResolution, null=True, on_delete="SET NULL")
    state = IntegerField(default=int(ActivityState.OPEN))
    status_reason = IntegerField()
    closed_on = DateTimeField(null=True)
    # phone call
    direction = IntegerField(default=int(Direction.OUTGOING))
    phone_number = CharField(max_length=50, null=True)
    call_with_contact = ForeignKeyField(Contact, null=True, index=False)
    call_with_account = ForeignKeyField(Account, null=True, index=False)
    left_voice_mail = BooleanField(default=False)
    # e-mail (recorded, never sent)
    sender = CharField(max_length=500, null=True)
    to_recipients = TextField(null=True)
    cc_recipients = TextField(null=True)
    message_id = CharField(max_length=500, null=True)
    # appointment
    location = CharField(max_length=200, null=True)
    all_day = BooleanField(default=False)

    class Meta:
        indexes = (
            (("regarding_case", "created_on"), False),  # the timeline
            (("state", "scheduled_end"), False),        # open and overdue activities
            (("owner_user", "state", "scheduled_end"), False),  # My Activities (schema 4)
            (("state", "created_on"), False),           # open activities, newest (schema 4)
            (("modified_on",), False),  # what colleagues changed since (live refresh, schema 6)
        )


class Note(BaseModel):
    """Free text with an optional attached file, shown in the case timeline."""

    case = ForeignKeyField(Case, backref="notes", on_delete="CASCADE", index=False)
    title = CharField(max_length=200, null=True)
    text = TextField(null=True)
    file_name = CharField(max_length=255, null=True)
    mime_type = CharField(max_length=120, null=True)
    file_data = BlobField(null=True)

    class Meta:
        indexes = ((("case", "created_on"), False),
                   (("modified_on",), False))  # live refresh (schema 6)
