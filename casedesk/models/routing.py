"""Routing rule sets and their ordered rule items (SPEC §1.8)."""

from peewee import CharField, ForeignKeyField, IntegerField, TextField

from casedesk.models.base import BaseModel
from casedesk.models.options import RuleAction, RuleSetState
from casedesk.models.org import AppUser, Team
from casedesk.models.queue import Queue


class RoutingRuleSet(BaseModel):
    name = CharField(max_length=160, unique=True)
    description = TextField(null=True)
    state = IntegerField(default=int(RuleSetState.DRAFT))


class RoutingRuleItem(BaseModel):
    rule_set = ForeignKeyField(RoutingRuleSet, backref="items", on_delete="CASCADE")
    sequence = IntegerField()
    name = CharField(max_length=160)
    #: The condition tree as JSON: {"op": "and"|"or", "items": [...]} with leaves
    #: {"field": "customer.name", "operator": "contains", "value": ...}.
    condition = TextField(default='{"op": "and", "items": []}')
    action = IntegerField(default=int(RuleAction.ROUTE_TO_QUEUE))
    target_queue = ForeignKeyField(Queue, null=True, backref="routing_rules")
    target_user = ForeignKeyField(AppUser, null=True)
    target_team = ForeignKeyField(Team, null=True)

    class Meta:
        indexes = ((("rule_set", "sequence"), False),)
