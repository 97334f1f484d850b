"""Users, teams and roles (SPEC §1.6)."""

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField

from casedesk.models.base import BaseModel


class AppUser(BaseModel):
    """A person who works cases (table app_user: `user` is reserved in PostgreSQL)."""

    name = CharField(max_length=160)
    login = CharField(max_length=120, unique=True)
    email = CharField(max_length=254, null=True)
    active = BooleanField(default=True)


class UserRole(BaseModel):
    """One role of a user (options.Role: Agent, Manager, Administrator)."""

    user = ForeignKeyField(AppUser, backref="roles", on_delete="CASCADE")
    role = IntegerField()

    class Meta:
        indexes = ((("user", "role"), True),)


class Team(BaseModel):
    name = CharField(max_length=160, unique=True)
    owner = ForeignKeyField(AppUser, null=True, backref="owned_teams")
    description = CharField(max_length=2000, null=True)


class TeamMember(BaseModel):
    team = ForeignKeyField(Team, backref="members", on_delete="CASCADE")
    user = ForeignKeyField(AppUser, backref="team_memberships", on_delete="CASCADE")

    class Meta:
        indexes = ((("team", "user"), True),)
