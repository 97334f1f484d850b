"""Routing rule sets (SPEC §1.8) and routing cases by them (SPEC §2.9, §2.12).

A rule set holds rule items in order; each item has a condition and an action (route to a
queue, assign to a user or a team). A condition is a tree of AND/OR groups:

    {"op": "and"|"or", "items": [leaf | group, ...]}
    leaf: {"field": "customer.name", "operator": "begins_with", "value": "nord"}

over the case fields and one level of related records in `FIELDS`, with the operators of
`OPERATORS_BY_TYPE`. An empty AND group holds for every case (a catch-all last item); an
empty OR group for none. Every condition is checked and normalised when its rule set is
saved (`normalize_condition`), so routing never meets a bad one. Values by field type:

    text    a string; compared case-insensitively with Unicode folding (models.text.sort_key)
    number  an int or float
    date    "YYYY-MM-DD"; a timestamp field (created on, escalated on) is compared by its
            local date
    option  the stored option value (admin.option_labels(spec.options))
    bool    true / false
    record  {"kind": one of spec.kinds, "id": n} (a bare id is taken for single-kind fields)
    in_list a non-empty list of values of the field's type; is_empty / is_not_empty: none

An empty field matches `not_equals` and `is_empty` and nothing else.

Routing: the one Active rule set's items are tried top-down and the first whose condition
holds acts, through queues.add_to_queue / queues.assign; when none holds nothing changes.
Conditions are evaluated in Python over one prefetched row per case (case columns and the
related names the rule set uses, one query per batch of cases).

Managers and administrators edit rule sets (PermissionDenied("routing") otherwise); anyone
signed in may route.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN, fn

from casedesk.controllers import audit, events
from casedesk.controllers.errors import (
    CaseDeskError,
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from casedesk.controllers.events import EventBus
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import (
    Account,
    AppUser,
    Case,
    Contact,
    Entitlement,
    OptionValue,
    Product,
    Queue,
    RoutingRuleItem,
    RoutingRuleSet,
    Subject,
    Team,
    TermMovement,
    utcnow,
)
from casedesk.models.db import write_transaction
from casedesk.models.options import (
    AuditAction,
    CaseState,
    OptionSet,
    Role,
    RuleAction,
    RuleSetState,
)
from casedesk.models.text import sort_key

# -- fields and operators ------------------------------------------------------------------

OPERATORS = ("equals", "not_equals", "contains", "begins_with", "is_empty", "is_not_empty",
             "greater_than", "less_than", "in_list")

#: field type → the operators that apply to it, in the order a condition editor offers them
OPERATORS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "text": ("equals", "not_equals", "contains", "begins_with", "in_list", "is_empty",
             "is_not_empty"),
    "number": ("equals", "not_equals", "greater_than", "less_than", "in_list", "is_empty",
               "is_not_empty"),
    "date": ("equals", "not_equals", "greater_than", "less_than", "is_empty", "is_not_empty"),
    "option": ("equals", "not_equals", "in_list", "is_empty", "is_not_empty"),
    "bool": ("equals", "not_equals"),
    "record": ("equals", "not_equals", "in_list", "is_empty", "is_not_empty"),
}

#: operators that take no value
NO_VALUE = frozenset({"is_empty", "is_not_empty"})

MAX_DEPTH = 8
MAX_LIST = 500
MAX_TEXT = 1000
NAME_MAX = 160
DESCRIPTION_MAX = 2000


@dataclass(frozen=True)
class FieldSpec:
    """What a condition field is: its type, an English label (the UI translates by path),
    the option set of an option field, the record kinds a record field points at."""

    type: str  # "text" | "number" | "date" | "option" | "bool" | "record"
    label: str
    options: str | None = None  # OptionSet name, for admin.option_labels
    kinds: tuple[str, ...] = ()  # "account", "contact", "user", "team", "product", ...


@dataclass(frozen=True)
class _Source:
    """Where a field's value comes from: columns of the prefetch query, the joins they
    need, and how the columns become the value (None: the one column as it is)."""

    columns: tuple
    joins: tuple[str, ...] = ()
    convert: Callable | None = None


# Aliases of the related records, joined only when a rule set uses them.
_CustAccount = Account.alias("rt_customer_account")
_CustContact = Contact.alias("rt_customer_contact")
_ContactPerson = Contact.alias("rt_contact")
_Product = Product.alias("rt_product")
_Subject = Subject.alias("rt_subject")
_Entitlement = Entitlement.alias("rt_entitlement")

_JOINS = {
    "customer": ((_CustAccount, Case.customer_account), (_CustContact, Case.customer_contact)),
    "contact": ((_ContactPerson, Case.contact),),
    "product": ((_Product, Case.product),),
    "subject": ((_Subject, Case.subject),),
    "entitlement": ((_Entitlement, Case.entitlement),),
}

#: record kind → model (values of record fields must exist when a rule set is saved)
RECORD_KINDS = {"account": Account, "contact": Contact, "user": AppUser, "team": Team,
                "product": Product, "subject": Subject, "entitlement": Entitlement}


def _as_date(value):
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    return value


def _as_timestamp(value):
    if isinstance(value, str):
        return Case.created_on.python_value(value)
    return value


def _as_decimal(value):
    if value is None:
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _record(kind: str):
    return lambda record_id: None if record_id is None else (kind, record_id)


def _either(first: str, second: str):
    def convert(a, b):
        if a is not None:
            return (first, a)
        return None if b is None else (second, b)
    return convert


_REMAINING = (_Entitlement.total_terms + fn.COALESCE(
    TermMovement.select(fn.SUM(TermMovement.amount))
    .where(TermMovement.entitlement == _Entitlement.id), 0))

#: field path → (spec, source)
_FIELD_TABLE: dict[str, tuple[FieldSpec, _Source]] = {
    "number": (FieldSpec("text", "Case Number"), _Source((Case.number,))),
    "title": (FieldSpec("text", "Case Title"), _Source((Case.title,))),
    "description": (FieldSpec("text", "Description"), _Source((Case.description,))),
    "origin": (FieldSpec("option", "Origin", OptionSet.ORIGIN), _Source((Case.origin,))),
    "case_type": (FieldSpec("option", "Case Type", OptionSet.CASE_TYPE),
                  _Source((Case.case_type,))),
    "priority": (FieldSpec("option", "Priority", OptionSet.PRIORITY),
                 _Source((Case.priority,))),
    "severity": (FieldSpec("option", "Severity", OptionSet.SEVERITY),
                 _Source((Case.severity,))),
    "status_reason": (FieldSpec("option", "Status Reason", OptionSet.STATUS_REASON),
                      _Source((Case.status_reason,))),
    "is_escalated": (FieldSpec("bool", "Is Escalated"),
                     _Source((Case.is_escalated,), convert=bool)),
    "escalated_on": (FieldSpec("date", "Escalated On"),
                     _Source((Case.escalated_on,), convert=_as_timestamp)),
    "created_on": (FieldSpec("date", "Created On"),
                   _Source((Case.created_on,), convert=_as_timestamp)),
    "follow_up_by": (FieldSpec("date", "Follow Up By"),
                     _Source((Case.follow_up_by,), convert=_as_date)),
    "customer": (FieldSpec("record", "Customer", kinds=("account", "contact")),
                 _Source((Case.customer_account, Case.customer_contact),
                         convert=_either("account", "contact"))),
    "contact": (FieldSpec("record", "Contact", kinds=("contact",)),
                _Source((Case.contact,), convert=_record("contact"))),
    "product": (FieldSpec("record", "Product", kinds=("product",)),
                _Source((Case.product,), convert=_record("product"))),
    "subject": (FieldSpec("record", "Subject", kinds=("subject",)),
                _Source((Case.subject,), convert=_record("subject"))),
    "entitlement": (FieldSpec("record", "Entitlement", kinds=("entitlement",)),
                    _Source((Case.entitlement,), convert=_record("entitlement"))),
    "owner": (FieldSpec("record", "Owner", kinds=("user", "team")),
              _Source((Case.owner_user, Case.owner_team), convert=_either("user", "team"))),
    # one level of related records
    "customer.name": (FieldSpec("text", "Customer: Name"),
                      _Source((fn.COALESCE(_CustAccount.name, _CustContact.full_name),),
                              ("customer",))),
    "customer.city": (FieldSpec("text", "Customer: City"),
                      _Source((fn.COALESCE(_CustAccount.city, _CustContact.city),),
                              ("customer",))),
    "customer.email": (FieldSpec("text", "Customer: E-mail"),
                       _Source((fn.COALESCE(_CustAccount.email, _CustContact.email),),
                               ("customer",))),
    "customer.country": (FieldSpec("text", "Customer: Country"),
                         _Source((fn.COALESCE(_CustAccount.country, _CustContact.country),),
                                 ("customer",))),
    "contact.name": (FieldSpec("text", "Contact: Name"),
                     _Source((_ContactPerson.full_name,), ("contact",))),
    "contact.email": (FieldSpec("text", "Contact: E-mail"),
                      _Source((_ContactPerson.email,), ("contact",))),
    "product.name": (FieldSpec("text", "Product: Name"),
                     _Source((_Product.name,), ("product",))),
    "product.number": (FieldSpec("text", "Product: Number"),
                       _Source((_Product.number,), ("product",))),
    "subject.title": (FieldSpec("text", "Subject: Title"),
                      _Source((_Subject.title,), ("subject",))),
    "entitlement.name": (FieldSpec("text", "Entitlement: Name"),
                         _Source((_Entitlement.name,), ("entitlement",))),
    "entitlement.remaining_terms": (FieldSpec("number", "Entitlement: Remaining Terms"),
                                    _Source((_REMAINING,), ("entitlement",),
                                            convert=_as_decimal)),
}

#: field path → FieldSpec: what a condition may name (case fields, then related records)
FIELDS: dict[str, FieldSpec] = {path: spec for path, (spec, _src) in _FIELD_TABLE.items()}


def operators_for(field_path: str) -> tuple[str, ...]:
    """The operators a condition on this field may use (() for an unknown field)."""
    spec = FIELDS.get(field_path)
    return OPERATORS_BY_TYPE[spec.type] if spec else ()


# -- checking and normalising conditions ---------------------------------------------------


def _bad(code: str, field_path=None, **params):
    return ValidationError("condition", code, field=field_path, **params)


def _option_values(option_set: str) -> set[int]:
    return {v for (v,) in OptionValue.select(OptionValue.value)
            .where(OptionValue.option_set == option_set).tuples()}


class _Checker:
    """Normalises one condition tree, caching the look-ups it needs."""

    def __init__(self) -> None:
        self._options: dict[str, set[int]] = {}

    def group(self, node, depth: int = 1) -> dict:
        if not isinstance(node, dict) or node.get("op") not in ("and", "or"):
            raise _bad("invalid")
        items = node.get("items", [])
        if not isinstance(items, list):
            raise _bad("invalid")
        if depth > MAX_DEPTH:
            raise _bad("too_deep", max=MAX_DEPTH)
        out = []
        for child in items:
            if isinstance(child, dict) and "op" in child:
                out.append(self.group(child, depth + 1))
            elif isinstance(child, dict) and "field" in child:
                out.append(self.leaf(child))
            else:
                raise _bad("invalid")
        return {"op": node["op"], "items": out}

    def leaf(self, node: dict) -> dict:
        path = node.get("field")
        spec = FIELDS.get(path) if isinstance(path, str) else None
        if spec is None:
            raise _bad("unknown_field", path if isinstance(path, str) else None)
        operator = node.get("operator")
        if operator not in OPERATORS_BY_TYPE[spec.type]:
            raise _bad("bad_operator", path, operator=operator)
        if operator in NO_VALUE:
            return {"field": path, "operator": operator}
        value = node.get("value")
        if operator == "in_list":
            if not isinstance(value, list | tuple) or not value or len(value) > MAX_LIST:
                raise _bad("bad_value", path)
            normalised = []
            for v in value:
                v = self.value(spec, path, v)
                if v not in normalised:
                    normalised.append(v)
            return {"field": path, "operator": operator, "value": normalised}
        return {"field": path, "operator": operator, "value": self.value(spec, path, value)}

    def value(self, spec: FieldSpec, path: str, value):
        kind = spec.type
        if kind == "text":
            if not isinstance(value, str):
                raise _bad("bad_value", path)
            try:
                text = clean_text("value", value, max_length=MAX_TEXT)
            except ValidationError:
                raise _bad("bad_value", path) from None
            if text is None:
                raise _bad("bad_value", path)
            return text
        if kind == "number":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise _bad("bad_value", path)
            if isinstance(value, float) and not math.isfinite(value):
                raise _bad("bad_value", path)
            return value
        if kind == "date":
            if isinstance(value, datetime):
                value = value.date()
            if isinstance(value, date):
                return value.isoformat()
            if not isinstance(value, str):
                raise _bad("bad_value", path)
            try:
                return date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                raise _bad("bad_value", path) from None
        if kind == "option":
            if isinstance(value, bool) or not isinstance(value, int):
                raise _bad("bad_value", path)
            known = self._options.get(spec.options)
            if known is None:
                known = self._options[spec.options] = _option_values(spec.options)
            if value not in known:
                raise _bad("bad_value", path)
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                raise _bad("bad_value", path)
            return value
        # record
        if isinstance(value, int) and not isinstance(value, bool) and len(spec.kinds) == 1:
            value = {"kind": spec.kinds[0], "id": value}
        if (not isinstance(value, dict) or value.get("kind") not in spec.kinds
                or isinstance(value.get("id"), bool) or not isinstance(value.get("id"), int)):
            raise _bad("bad_value", path)
        model = RECORD_KINDS[value["kind"]]
        if not model.select().where(model.id == value["id"]).exists():
            raise _bad("bad_value", path)
        return {"kind": value["kind"], "id": value["id"]}


def normalize_condition(condition: dict) -> dict:
    """The condition checked and in its stored form (values trimmed, dates ISO, lists
    without duplicates, no value for is_empty / is_not_empty). ValidationError("condition",
    "unknown_field" | "bad_operator" | "bad_value" | "invalid" | "too_deep", field=…)."""
    return _Checker().group(condition)


def validate_condition(condition: dict) -> None:
    """Raise ValidationError("condition", code, field=…) when the condition is not valid."""
    normalize_condition(condition)


# -- compiling conditions ------------------------------------------------------------------


def _fold(text) -> str:
    """The text as sort_key folds it (case, accents; å/ä/ö kept apart), not truncated."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()  # what sort_key gives for ASCII, much faster
    return sort_key(text, sys.maxsize)


def _local_midnight_utc(day: date) -> datetime:
    """The UTC instant (naive) at which the local `day` starts."""
    return datetime.combine(day, time()).astimezone(UTC).replace(tzinfo=None)


Predicate = Callable[[tuple, dict], bool]


def _never(values, cache) -> bool:
    return False


def _compile_leaf(node: dict, slots: dict[str, int]) -> Predicate:
    path, operator = node.get("field"), node.get("operator")
    spec = FIELDS.get(path)
    if spec is None or operator not in OPERATORS_BY_TYPE[spec.type]:
        return _never  # refused at save time; a stale stored condition matches nothing
    i = slots[path]
    kind = spec.type
    value = node.get("value")

    if operator == "is_empty":
        if kind == "text":
            return lambda v, c: not (v[i] or "").strip()
        return lambda v, c: v[i] is None
    if operator == "is_not_empty":
        if kind == "text":
            return lambda v, c: bool((v[i] or "").strip())
        return lambda v, c: v[i] is not None

    if kind == "text":
        def folded(v, c):
            f = c.get(i)
            if f is None:
                f = c[i] = _fold(v[i])
            return f
        if operator == "in_list":
            choices = frozenset(_fold(x) for x in value)
            return lambda v, c: v[i] is not None and folded(v, c) in choices
        needle = _fold(value)
        if operator == "equals":
            return lambda v, c: v[i] is not None and folded(v, c) == needle
        if operator == "not_equals":
            return lambda v, c: v[i] is None or folded(v, c) != needle
        if operator == "contains":
            return lambda v, c: v[i] is not None and needle in folded(v, c)
        return lambda v, c: v[i] is not None and folded(v, c).startswith(needle)

    if kind == "date":
        day = date.fromisoformat(value)
        if path in ("created_on", "escalated_on"):  # timestamps: by local date
            low, high = _local_midnight_utc(day), _local_midnight_utc(day + timedelta(days=1))
            if operator == "equals":
                return lambda v, c: v[i] is not None and low <= v[i] < high
            if operator == "not_equals":
                return lambda v, c: v[i] is None or not low <= v[i] < high
            if operator == "greater_than":
                return lambda v, c: v[i] is not None and v[i] >= high
            return lambda v, c: v[i] is not None and v[i] < low
        target = day
    elif kind == "number":
        target = [_as_decimal(x) for x in value] if operator == "in_list" else _as_decimal(value)
    elif kind == "record":
        target = ([(x["kind"], x["id"]) for x in value] if operator == "in_list"
                  else (value["kind"], value["id"]))
    else:  # option, bool
        target = value

    if operator == "equals":
        return lambda v, c: v[i] is not None and v[i] == target
    if operator == "not_equals":
        return lambda v, c: v[i] is None or v[i] != target
    if operator == "in_list":
        choices = frozenset(target)
        return lambda v, c: v[i] is not None and v[i] in choices
    if operator == "greater_than":
        return lambda v, c: v[i] is not None and v[i] > target
    return lambda v, c: v[i] is not None and v[i] < target


def _compile(node: dict, slots: dict[str, int]) -> Predicate:
    if "op" not in node:
        return _compile_leaf(node, slots)
    parts = [_compile(child, slots) for child in node.get("items", [])]
    if node["op"] == "and":
        def all_of(v, c):
            for part in parts:
                if not part(v, c):
                    return False
            return True
        return all_of

    def any_of(v, c):
        for part in parts:
            if part(v, c):
                return True
        return False
    return any_of


def _fields_of(node: dict, out: list[str]) -> list[str]:
    if "op" in node:
        for child in node.get("items", []):
            _fields_of(child, out)
    elif node.get("field") in FIELDS and node["field"] not in out:
        out.append(node["field"])
    return out


@dataclass(frozen=True)
class _Item:
    name: str
    action: int
    target_id: int
    target: str
    predicate: Predicate


class _RuleSet:
    """An Active rule set ready to evaluate: its items compiled, and the prefetch query's
    columns for the fields they use."""

    def __init__(self, rule_set_id: int | None,
                 entries: list[tuple[str, int, int | None, str, dict]]) -> None:
        """entries: (name, action, target id, target name, condition) in order."""
        self.id = rule_set_id
        used: list[str] = []
        for entry in entries:
            _fields_of(entry[4], used)
        self.paths = used
        slots = {path: n for n, path in enumerate(used)}
        self.items = [_Item(name, action, target_id, target, _compile(condition, slots))
                      for name, action, target_id, target, condition in entries]
        columns, joins, layout = [], [], []
        for path in used:
            source = _FIELD_TABLE[path][1]
            layout.append((len(columns) + _BASE_COLUMNS, len(source.columns), source.convert))
            columns.extend(source.columns)
            joins.extend(j for j in source.joins if j not in joins)
        self.columns, self.joins, self.layout = columns, joins, layout

    def fetch(self, case_ids: list[int]) -> dict[int, _Row]:
        """id → the case's row (id, number, state, version, values of the used fields)."""
        query = Case.select(Case.id, Case.number, Case.state, Case.version, *self.columns)
        for name in self.joins:
            for model, column in _JOINS[name]:
                query = query.join_from(Case, model, JOIN.LEFT_OUTER, on=(column == model.id))
        out = {}
        layout = self.layout
        for row in query.where(Case.id.in_(case_ids)).tuples():
            values = []
            for start, width, convert in layout:
                if convert is None:
                    values.append(row[start])
                elif width == 1:
                    raw = row[start]
                    values.append(None if raw is None else convert(raw))
                else:
                    values.append(convert(*row[start:start + width]))
            out[row[0]] = _Row(row[0], row[1], row[2], row[3], tuple(values))
        return out

    def match(self, row: _Row) -> _Item | None:
        values, cache = row.values, {}
        for item in self.items:
            if item.predicate(values, cache):
                return item
        return None


_BASE_COLUMNS = 4


class _Row(NamedTuple):
    id: int
    number: str
    state: int
    version: int
    values: tuple


def _target_of(row) -> tuple[int, int | None]:
    action = row.action
    if action == int(RuleAction.ROUTE_TO_QUEUE):
        return action, row.target_queue_id
    if action == int(RuleAction.ASSIGN_TO_USER):
        return action, row.target_user_id
    return action, row.target_team_id


def _target_names(pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
    wanted: dict[int, set[int]] = {}
    for action, target_id in pairs:
        if target_id is not None:
            wanted.setdefault(action, set()).add(target_id)
    out = {}
    for action, ids in wanted.items():
        model, column = _TARGET_MODELS[action]
        for record_id, name in model.select(model.id, column).where(
                model.id.in_(list(ids))).tuples():
            out[(action, record_id)] = name
    return out


_TARGET_MODELS = {
    int(RuleAction.ROUTE_TO_QUEUE): (Queue, Queue.name),
    int(RuleAction.ASSIGN_TO_USER): (AppUser, AppUser.name),
    int(RuleAction.ASSIGN_TO_TEAM): (Team, Team.name),
}


def _load_active() -> _RuleSet:
    """The Active rule set, compiled. RuleViolation("no_active_rule_set") when none is."""
    rule_set_id = (RoutingRuleSet.select(RoutingRuleSet.id)
                   .where(RoutingRuleSet.state == int(RuleSetState.ACTIVE))
                   .order_by(RoutingRuleSet.id).scalar())
    if rule_set_id is None:
        raise RuleViolation("no_active_rule_set")
    rows = _item_rows(rule_set_id)
    names = _target_names(_target_of(r) for r in rows)
    entries = []
    for row in rows:
        action, target_id = _target_of(row)
        entries.append((row.name, action, target_id, names.get((action, target_id), ""),
                        json.loads(row.condition)))
    return _RuleSet(rule_set_id, entries)


def condition_holds(condition: dict, case_id: int) -> bool:
    """Whether the condition holds for the case (checked first, as when a rule set is saved:
    ValidationError("condition", …)). For the rule editor's test of a condition."""
    normal = normalize_condition(condition)
    evaluator = _RuleSet(None, [("", int(RuleAction.ROUTE_TO_QUEUE), None, "", normal)])
    row = evaluator.fetch([case_id]).get(case_id)
    if row is None:
        raise NotFound("incident", case_id)
    return evaluator.match(row) is not None


# -- rule sets: read side ------------------------------------------------------------------


@dataclass
class RuleItemFields:
    """One rule item as the editor edits it. `condition`: the JSON tree (module docstring)."""

    name: str
    condition: dict
    action: int
    target_queue_id: int | None = None
    target_user_id: int | None = None
    target_team_id: int | None = None


@dataclass
class RuleSetFields:
    name: str
    description: str | None = None
    items: list[RuleItemFields] = field(default_factory=list)


class RuleSetRow(NamedTuple):
    id: int
    name: str
    state: int
    item_count: int


@dataclass(frozen=True)
class RuleItemRow:
    """A rule item as a list shows it: the target by name."""

    sequence: int
    name: str
    action: int
    target_id: int | None
    target: str


def list_rule_sets() -> list[RuleSetRow]:
    """Every rule set, by name: (id, name, state, item_count)."""
    count = (RoutingRuleItem.select(fn.COUNT(RoutingRuleItem.id))
             .where(RoutingRuleItem.rule_set == RoutingRuleSet.id))
    return [RuleSetRow(*row) for row in RoutingRuleSet.select(
        RoutingRuleSet.id, RoutingRuleSet.name, RoutingRuleSet.state, count)
        .order_by(RoutingRuleSet.name, RoutingRuleSet.id).tuples()]


def active_rule_set() -> RuleSetRow | None:
    """The Active rule set, or None."""
    return next((r for r in list_rule_sets() if r.state == int(RuleSetState.ACTIVE)), None)


def _get_set(rule_set_id: int) -> RoutingRuleSet:
    rule_set = RoutingRuleSet.get_or_none(RoutingRuleSet.id == rule_set_id)
    if rule_set is None:
        raise NotFound("routing_rule_set", rule_set_id)
    return rule_set


def _item_rows(rule_set_id: int) -> list[RoutingRuleItem]:
    return list(RoutingRuleItem.select().where(RoutingRuleItem.rule_set == rule_set_id)
                .order_by(RoutingRuleItem.sequence, RoutingRuleItem.id))


def get_rule_set(rule_set_id: int) -> tuple[RuleSetFields, int, int]:
    """(fields, state, version) of a rule set, its items in order."""
    rule_set = _get_set(rule_set_id)
    items = [RuleItemFields(r.name, json.loads(r.condition), r.action, r.target_queue_id,
                            r.target_user_id, r.target_team_id)
             for r in _item_rows(rule_set_id)]
    return (RuleSetFields(rule_set.name, rule_set.description, items), rule_set.state,
            rule_set.version)


def list_rule_items(rule_set_id: int) -> list[RuleItemRow]:
    """The items of a rule set in order, with their targets' names."""
    _get_set(rule_set_id)
    rows = _item_rows(rule_set_id)
    names = _target_names(_target_of(r) for r in rows)
    return [RuleItemRow(r.sequence, r.name, r.action, (t := _target_of(r))[1],
                        names.get(t, "")) for r in rows]


# -- rule sets: commands -------------------------------------------------------------------


def can_manage(session: Session) -> bool:
    """Whether the user may edit, activate and delete rule sets."""
    return session.has_role(Role.MANAGER) or session.has_role(Role.ADMINISTRATOR)


def _require_manager(session: Session) -> None:
    if not can_manage(session):
        raise PermissionDenied("routing")


def _validated_item(n: int, item: RuleItemFields, checker: _Checker) -> dict:
    """One item's columns, checked (inside the caller's transaction). `n` counts from 1."""
    try:
        name = clean_text("name", item.name, max_length=NAME_MAX, required=True)
    except ValidationError as exc:
        raise ValidationError("name", exc.code, item=n, **exc.params) from None
    actions = {int(a) for a in RuleAction}
    if isinstance(item.action, bool) or item.action not in actions:
        raise ValidationError("action", "invalid", item=n)
    action = int(item.action)
    target_id, model = {
        int(RuleAction.ROUTE_TO_QUEUE): (item.target_queue_id, Queue),
        int(RuleAction.ASSIGN_TO_USER): (item.target_user_id, AppUser),
        int(RuleAction.ASSIGN_TO_TEAM): (item.target_team_id, Team),
    }[action]
    if target_id is None:
        raise ValidationError("target", "required", item=n)
    target = model.get_or_none(model.id == target_id)
    if target is None:
        raise ValidationError("target", "not_found", item=n)
    if not getattr(target, "active", True):
        raise ValidationError("target", "inactive", item=n, name=target.name)
    if not isinstance(item.condition, dict):
        raise ValidationError("condition", "invalid", item=n, field=None)
    try:
        condition = checker.group(item.condition)
    except ValidationError as exc:
        raise ValidationError("condition", exc.code, item=n, **exc.params) from None
    return {
        "name": name, "condition": json.dumps(condition, ensure_ascii=False),
        "action": action,
        "target_queue": target_id if model is Queue else None,
        "target_user": target_id if model is AppUser else None,
        "target_team": target_id if model is Team else None,
    }


def _validated(fields: RuleSetFields, rule_set_id: int | None) -> tuple[str, str | None, list]:
    name = clean_text("name", fields.name, max_length=NAME_MAX, required=True)
    description = clean_text("description", fields.description, max_length=DESCRIPTION_MAX,
                             multiline=True)
    taken = RoutingRuleSet.select().where(RoutingRuleSet.name == name)
    if rule_set_id is not None:
        taken = taken.where(RoutingRuleSet.id != rule_set_id)
    if taken.exists():
        raise ValidationError("name", "taken", name=name)
    checker = _Checker()
    items = [_validated_item(n, item, checker) for n, item in enumerate(fields.items, 1)]
    return name, description, items


def _items_digest(items: list[dict]) -> str:
    """The items as one audit value."""
    return json.dumps([[i["name"], json.loads(i["condition"]), i["action"],
                        i["target_queue"] or i["target_user"] or i["target_team"]]
                       for i in items], ensure_ascii=False)


def _insert_items(session: Session, rule_set_id: int, items: list[dict], now) -> None:
    if items:
        RoutingRuleItem.insert_many([
            dict(item, rule_set=rule_set_id, sequence=n, created_on=now, modified_on=now,
                 created_by=session.user_id, modified_by=session.user_id)
            for n, item in enumerate(items, 1)]).execute()


def create_rule_set(session: Session, fields: RuleSetFields) -> int:
    """A new Draft rule set with its items (every condition checked). Returns its id.
    ValidationError("name", "required" | "taken" | …); per item ("name" | "action" |
    "target" | "condition", code, item=n counted from 1, field=… for conditions)."""
    _require_manager(session)
    with write_transaction():
        name, description, items = _validated(fields, None)
        now = utcnow()
        rule_set_id = RoutingRuleSet.insert(
            name=name, description=description, state=int(RuleSetState.DRAFT),
            created_on=now, modified_on=now, created_by=session.user_id,
            modified_by=session.user_id).execute()
        _insert_items(session, rule_set_id, items, now)
        audit.record_create(session, "routing_rule_set", rule_set_id,
                            {"name": name, "description": description,
                             "state": int(RuleSetState.DRAFT),
                             "items": _items_digest(items) if items else None})
    session.events.publish(events.ROUTING_CHANGED, ids=[rule_set_id])
    return rule_set_id


def _require_draft(rule_set: RoutingRuleSet) -> None:
    if rule_set.state == int(RuleSetState.ACTIVE):
        raise RuleViolation("rule_set_read_only", name=rule_set.name)


def update_rule_set(session: Session, rule_set_id: int, fields: RuleSetFields,
                    expected_version: int) -> int:
    """Save a Draft rule set: name, description and all its items in the given order.
    Returns the new version. RuleViolation("rule_set_read_only") for an Active one;
    ConflictError when it was saved since `expected_version`."""
    _require_manager(session)
    with write_transaction():
        rule_set = _get_set(rule_set_id)
        _require_draft(rule_set)
        if rule_set.version != expected_version:
            raise ConflictError("routing_rule_set", rule_set_id)
        name, description, items = _validated(fields, rule_set_id)
        old_items = [{"name": r.name, "condition": r.condition, "action": r.action,
                      "target_queue": r.target_queue_id, "target_user": r.target_user_id,
                      "target_team": r.target_team_id} for r in _item_rows(rule_set_id)]
        now = utcnow()
        updated = (RoutingRuleSet.update(name=name, description=description,
                                         version=RoutingRuleSet.version + 1, modified_on=now,
                                         modified_by=session.user_id)
                   .where((RoutingRuleSet.id == rule_set_id)
                          & (RoutingRuleSet.version == expected_version)).execute())
        if updated != 1:
            raise ConflictError("routing_rule_set", rule_set_id)
        RoutingRuleItem.delete().where(RoutingRuleItem.rule_set == rule_set_id).execute()
        _insert_items(session, rule_set_id, items, now)
        audit.record_changes(
            session, "routing_rule_set", rule_set_id,
            {"name": rule_set.name, "description": rule_set.description,
             "items": _items_digest(old_items)},
            {"name": name, "description": description, "items": _items_digest(items)})
    session.events.publish(events.ROUTING_CHANGED, ids=[rule_set_id])
    return expected_version + 1


def delete_rule_set(session: Session, rule_set_id: int) -> None:
    """Delete a Draft rule set and its items (RuleViolation("rule_set_read_only") for the
    Active one)."""
    _require_manager(session)
    with write_transaction():
        rule_set = _get_set(rule_set_id)
        _require_draft(rule_set)
        RoutingRuleItem.delete().where(RoutingRuleItem.rule_set == rule_set_id).execute()
        RoutingRuleSet.delete().where(RoutingRuleSet.id == rule_set_id).execute()
        audit.record_changes(session, "routing_rule_set", rule_set_id,
                             {"name": rule_set.name}, {"name": None}, AuditAction.DELETE)
    session.events.publish(events.ROUTING_CHANGED, ids=[rule_set_id])


def _set_state(session: Session, rule_set: RoutingRuleSet, state: RuleSetState, now) -> None:
    RoutingRuleSet.update(state=int(state), version=RoutingRuleSet.version + 1,
                          modified_on=now, modified_by=session.user_id).where(
        RoutingRuleSet.id == rule_set.id).execute()
    audit.record_changes(session, "routing_rule_set", rule_set.id, {"state": rule_set.state},
                         {"state": int(state)}, AuditAction.STATE)


def activate(session: Session, rule_set_id: int, *, expected_version: int | None = None) -> None:
    """Make the rule set the Active one; the set Active before becomes a Draft (SPEC §1.8).
    Nothing happens when it is Active already."""
    _require_manager(session)
    with write_transaction():
        rule_set = _get_set(rule_set_id)
        if expected_version is not None and rule_set.version != expected_version:
            raise ConflictError("routing_rule_set", rule_set_id)
        if rule_set.state == int(RuleSetState.ACTIVE):
            return
        now = utcnow()
        others = list(RoutingRuleSet.select().where(
            (RoutingRuleSet.state == int(RuleSetState.ACTIVE))
            & (RoutingRuleSet.id != rule_set_id)))
        for other in others:
            _set_state(session, other, RuleSetState.DRAFT, now)
        _set_state(session, rule_set, RuleSetState.ACTIVE, now)
    session.events.publish(events.ROUTING_CHANGED, ids=[rule_set_id] + [o.id for o in others])


def deactivate(session: Session, rule_set_id: int, *,
               expected_version: int | None = None) -> None:
    """The Active rule set back to Draft (nothing happens for a Draft)."""
    _require_manager(session)
    with write_transaction():
        rule_set = _get_set(rule_set_id)
        if expected_version is not None and rule_set.version != expected_version:
            raise ConflictError("routing_rule_set", rule_set_id)
        if rule_set.state != int(RuleSetState.ACTIVE):
            return
        _set_state(session, rule_set, RuleSetState.DRAFT, utcnow())
    session.events.publish(events.ROUTING_CHANGED, ids=[rule_set_id])


# -- routing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RouteResult:
    """Where a case went. matched_item None: nothing matched and nothing changed. `error`:
    the code of what stopped an action (apply_routing and create_and_route report it here
    instead of raising; the case is unchanged): "not_active", "not_found", or the code of the
    queues controller's error."""

    case_id: int
    number: str
    matched_item: str | None
    action: int | None
    target: str | None
    target_id: int | None = None
    error: str | None = None

    @property
    def routed(self) -> bool:
        return self.matched_item is not None and self.error is None


class _Buffer(EventBus):
    """Collects what the queue commands announce inside a routing transaction; published,
    merged, after it commits."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[tuple, dict] = {}

    def publish(self, name: str, **payload) -> None:
        lists = {k: v for k, v in payload.items() if isinstance(v, list | tuple | set)}
        key = (name, tuple(sorted((k, repr(v)) for k, v in payload.items() if k not in lists)))
        entry = self.pending.setdefault(key, {k: v for k, v in payload.items()
                                               if k not in lists})
        for k, v in lists.items():
            merged = entry.setdefault(k, [])
            merged.extend(x for x in v if x not in merged)

    def discard(self) -> None:
        self.pending.clear()

    def flush(self, target: EventBus) -> None:
        pending, self.pending = self.pending, {}
        for (name, _), payload in pending.items():
            target.publish(name, **payload)


def _act(session: Session, item: _Item, case_id: int) -> None:
    from casedesk.controllers import queues

    if item.action == int(RuleAction.ROUTE_TO_QUEUE):
        queues.add_to_queue(session, [case_id], item.target_id)
    elif item.action == int(RuleAction.ASSIGN_TO_USER):
        queues.assign(session, [case_id], "user", item.target_id)
    else:
        queues.assign(session, [case_id], "team", item.target_id)


def _result(row: _Row, item: _Item | None) -> RouteResult:
    if item is None:
        return RouteResult(row.id, row.number, None, None, None)
    return RouteResult(row.id, row.number, item.name, item.action, item.target, item.target_id)


def _route(session: Session, case_id: int, *, publish: bool = True,
           expected_version: int | None = None) -> RouteResult:
    buffer = _Buffer()
    quiet = replace(session, events=buffer)
    with write_transaction():
        rules = _load_active()
        row = rules.fetch([case_id]).get(case_id)
        if row is None:
            raise NotFound("incident", case_id)
        if expected_version is not None and row.version != expected_version:
            from casedesk.controllers.cases import case_conflict

            raise case_conflict(case_id)
        if row.state != int(CaseState.ACTIVE):
            raise RuleViolation("not_active", number=row.number)
        item = rules.match(row)
        if item is not None:
            _act(quiet, item, case_id)
    if publish:
        buffer.flush(session.events)
    return _result(row, item)


def route_case(session: Session, case_id: int, *,
               expected_version: int | None = None) -> RouteResult:
    """Route one case by the Active rule set (Save & Route, SPEC §2.12): the first item
    whose condition holds acts (queue: queues.add_to_queue; user/team: queues.assign), in
    one transaction; when none holds nothing changes (matched_item None). Active cases only
    (RuleViolation("not_active", number=…)); RuleViolation("no_active_rule_set") when no set
    is Active; an action's own refusal is raised as it is. `expected_version`: the version
    the user saw; ConflictError, nothing routed, when the case was saved since."""
    return _route(session, case_id, expected_version=expected_version)


#: cases per prefetch query in apply_routing
BATCH = 500


def apply_routing(session: Session, case_ids: list[int], *,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[RouteResult]:
    """Apply Routing Rule (SPEC §2.12) to many cases: each case its own transaction, the
    rule set read once at the start. `progress(done, total)` after each case; when
    `cancelled()` turns true the run stops before the next case and returns what was done.
    One result per case handled, in order: routed, unmatched (matched_item None), or
    refused (`error`: "not_active", "not_found" or the action's code; nothing changed).
    RuleViolation("no_active_rule_set") before anything when no set is Active. What changed
    is announced once at the end (merged events)."""
    ids = list(dict.fromkeys(case_ids))
    total = len(ids)
    rules = _load_active()
    buffer = _Buffer()
    quiet = replace(session, events=buffer)
    results: list[RouteResult] = []
    if progress:
        progress(0, total)
    try:
        for start in range(0, total, BATCH):
            batch = ids[start:start + BATCH]
            rows = rules.fetch(batch)
            for case_id in batch:
                if cancelled is not None and cancelled():
                    return results
                results.append(_apply_one(quiet, rules, case_id, rows.get(case_id)))
                if progress:
                    progress(len(results), total)
    finally:
        buffer.flush(session.events)
    return results


def _apply_one(session: Session, rules: _RuleSet, case_id: int, row: _Row | None
               ) -> RouteResult:
    if row is None:
        return RouteResult(case_id, "", None, None, None, error="not_found")
    if row.state != int(CaseState.ACTIVE):
        return RouteResult(case_id, row.number, None, None, None, error="not_active")
    item = rules.match(row)
    if item is None:
        return _result(row, None)
    outer = session.events
    buffer = _Buffer()  # this case's announcements, kept only when it commits
    session = replace(session, events=buffer)
    try:
        with write_transaction():
            now = (Case.select(Case.state, Case.version).where(Case.id == case_id)
                   .tuples().first())
            if now != (row.state, row.version):  # changed since the batch was read
                row = rules.fetch([case_id]).get(case_id)
                if row is None:
                    return RouteResult(case_id, "", None, None, None, error="not_found")
                if row.state != int(CaseState.ACTIVE):
                    return RouteResult(case_id, row.number, None, None, None,
                                       error="not_active")
                item = rules.match(row)
                if item is None:
                    return _result(row, None)
            _act(session, item, case_id)
    except CaseDeskError as exc:
        return RouteResult(case_id, row.number, item.name, item.action, item.target,
                           item.target_id, error=exc.code)
    buffer.flush(outer)
    return _result(row, item)


def summarize(results: Iterable[RouteResult]) -> dict[str, int]:
    """How many cases went where: target name → count, plus "" for unmatched and
    "error:<code>" for refused cases (for the summary line of Apply Routing Rule)."""
    out: dict[str, int] = {}
    for r in results:
        key = f"error:{r.error}" if r.error else (r.target or "") if r.matched_item else ""
        out[key] = out.get(key, 0) + 1
    return out


def create_and_route(session: Session, new, *, route: bool = True,
                     publish: bool = True) -> int:
    """Create a case (cases.create_case) and, unless route=False, route it by the Active
    rule set (SPEC §2.12: import and sync). Routing never undoes the creation: with no
    Active set the case stays as created, and an action refused is reported by
    create_and_route_result. Returns the case id."""
    return create_and_route_result(session, new, route=route, publish=publish)[0]


def create_and_route_result(session: Session, new, *, route: bool = True,
                            publish: bool = True) -> tuple[int, RouteResult | None]:
    """create_and_route, also giving where the case went (None: not routed, because
    route=False or no rule set is Active)."""
    from casedesk.controllers import cases

    case_id = cases.create_case(session, new, publish=publish)
    if not route:
        return case_id, None
    try:
        return case_id, _route(session, case_id, publish=publish)
    except CaseDeskError as exc:
        if exc.code == "no_active_rule_set":
            return case_id, None
        number = Case.select(Case.number).where(Case.id == case_id).scalar() or ""
        return case_id, RouteResult(case_id, number, None, None, None, error=exc.code)


__all__ = [
    "FIELDS", "OPERATORS", "OPERATORS_BY_TYPE", "FieldSpec", "RouteResult", "RuleItemFields",
    "RuleItemRow", "RuleSetFields", "RuleSetRow", "activate", "active_rule_set",
    "apply_routing", "can_manage", "condition_holds", "create_and_route", "create_and_route_result",
    "create_rule_set", "deactivate", "delete_rule_set", "get_rule_set", "list_rule_items",
    "list_rule_sets", "normalize_condition", "operators_for", "route_case", "summarize",
    "update_rule_set", "validate_condition",
]


def record_name(kind: str, record_id: int) -> str | None:
    """The name a condition's record value shows in the editor (None when it is gone)."""
    from casedesk.models import (
        Account,
        AppUser,
        Contact,
        Entitlement,
        Product,
        Queue,
        Subject,
        Team,
    )

    columns = {"account": (Account, Account.name), "contact": (Contact, Contact.full_name),
               "product": (Product, Product.name), "subject": (Subject, Subject.title),
               "user": (AppUser, AppUser.name), "team": (Team, Team.name),
               "entitlement": (Entitlement, Entitlement.name), "queue": (Queue, Queue.name)}
    if kind not in columns:
        return None
    model, column = columns[kind]
    return model.select(column).where(model.id == record_id).scalar()
