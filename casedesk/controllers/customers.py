"""Accounts and contacts (SPEC §1.2): commands, the two lists, one record, and the customer
details panel of a case.

Every command is one write transaction: validate, write, audit field by field ("account",
"contact"), then publish CUSTOMERS_CHANGED(kind=…, ids=[…]) after the commit. Renaming a
customer re-keys incident.customer_sort of its cases in the same transaction (the case list
sorts and filters by it) and also publishes CASES_CHANGED(ids=[…]).

Lists are keyset-paged like the case lists: a page ends with the sort value and id of its
last row (`Page.next_key`), and the next page starts after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import datetime

from peewee import JOIN, SQL, Tuple, fn

from casedesk.controllers import audit, events
from casedesk.controllers.cases import sort_key as case_sort_key
from casedesk.controllers.errors import ConflictError, NotFound, ValidationError
from casedesk.controllers.querying import (
    as_datetime,
    clean_search_text,
    contains_pattern,
    like,
    mark,
    run,
)
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import Account, Activity, Case, Contact, utcnow
from casedesk.models.db import write_transaction
from casedesk.models.options import CaseState, PreferredContactMethod
from casedesk.models.text import sort_key

ACCOUNT = "account"
CONTACT = "contact"
KINDS = (ACCOUNT, CONTACT)

#: Longest text per field (the columns' sizes).
ACCOUNT_MAX = {"name": 160, "account_number": 40, "phone": 50, "email": 254, "street": 250,
               "postal_code": 20, "city": 80, "country": 80, "website": 200}
CONTACT_MAX = {"first_name": 80, "last_name": 80, "job_title": 100, "email": 254,
               "business_phone": 50, "mobile_phone": 50, "street": 250, "postal_code": 20,
               "city": 80, "country": 80}

#: Something, an @, something with a dot in it: any script, no spaces.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")

RECENT = 5


# -- what a user fills in ----------------------------------------------------------------


@dataclass
class AccountFields:
    name: str
    account_number: str | None = None
    phone: str | None = None
    email: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    website: str | None = None
    parent_account_id: int | None = None
    primary_contact_id: int | None = None


@dataclass
class ContactFields:
    last_name: str
    first_name: str | None = None
    parent_account_id: int | None = None
    job_title: str | None = None
    email: str | None = None
    business_phone: str | None = None
    mobile_phone: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    preferred_contact_method: int = int(PreferredContactMethod.ANY)
    do_not_email: bool = False
    do_not_phone: bool = False
    do_not_mail: bool = False


def _clean_email(value: str | None) -> str | None:
    email = clean_text("email", value, max_length=254)
    if email is not None and not _EMAIL.fullmatch(email):
        raise ValidationError("email", "invalid")
    return email


def _clean_account(f: AccountFields) -> dict:
    """The fields as column values (model field names), or a ValidationError."""
    values = {name: clean_text(name, getattr(f, name), max_length=size, required=name == "name")
              for name, size in ACCOUNT_MAX.items() if name != "email"}
    values["email"] = _clean_email(f.email)
    values["parent_account"] = f.parent_account_id
    values["primary_contact"] = f.primary_contact_id
    return values


def _clean_contact(f: ContactFields) -> dict:
    values = {name: clean_text(name, getattr(f, name), max_length=size,
                               required=name == "last_name")
              for name, size in CONTACT_MAX.items() if name != "email"}
    values["email"] = _clean_email(f.email)
    values["parent_account"] = f.parent_account_id
    if f.preferred_contact_method not in {int(m) for m in PreferredContactMethod}:
        raise ValidationError("preferred_contact_method", "invalid")
    values["preferred_contact_method"] = int(f.preferred_contact_method)
    for flag in ("do_not_email", "do_not_phone", "do_not_mail"):
        values[flag] = bool(getattr(f, flag))
    return values


# -- rules that need the database --------------------------------------------------------


def _check_parent(account_id: int | None, parent_id: int | None) -> None:
    """The parent account exists and, for an existing account, is not itself or one of its
    descendants (that would make a cycle)."""
    if parent_id is None:
        return
    if account_id is not None and parent_id == account_id:
        raise ValidationError("parent_account", "cycle")
    if not Account.select().where(Account.id == parent_id).exists():
        raise ValidationError("parent_account", "not_found")
    if account_id is None:
        return
    seen, current = set(), parent_id
    while current is not None and current not in seen:
        if current == account_id:
            raise ValidationError("parent_account", "cycle")
        seen.add(current)
        current = (Account.select(Account.parent_account)
                   .where(Account.id == current).scalar())


def _check_primary_contact(account_id: int | None, contact_id: int | None) -> None:
    """The primary contact is one of the account's own contacts."""
    if contact_id is None:
        return
    parent = (Contact.select(Contact.id, Contact.parent_account)
              .where(Contact.id == contact_id).tuples().first())
    if parent is None:
        raise ValidationError("primary_contact", "not_found")
    if account_id is None or parent[1] != account_id:
        raise ValidationError("primary_contact", "not_in_account")


def _check_account_exists(field: str, account_id: int | None) -> None:
    if account_id is not None and not Account.select().where(Account.id == account_id).exists():
        raise ValidationError(field, "not_found")


def _stamp(session: Session, now) -> dict:
    return {"modified_on": now, "modified_by": session.user_id}


# -- account commands ----------------------------------------------------------------------


def create_account(session: Session, fields: AccountFields) -> int:
    """A new active account (one transaction, audited). Returns its id.

    A new account has no contacts yet, so it cannot name a primary contact ('not_in_account').
    """
    values = _clean_account(fields)
    with write_transaction():
        _check_parent(None, values["parent_account"])
        _check_primary_contact(None, values["primary_contact"])
        now = utcnow()
        account_id = Account.insert(
            **values, name_sort=sort_key(values["name"], 160), active=True,
            created_on=now, created_by=session.user_id, **_stamp(session, now)).execute()
        audit.record_create(session, ACCOUNT, account_id, values)
    session.events.publish(events.CUSTOMERS_CHANGED, kind=ACCOUNT, ids=[account_id])
    return account_id


def _account_values(row: Account) -> dict:
    values = {name: getattr(row, name) for name in ACCOUNT_MAX}
    values["parent_account"] = row.parent_account_id
    values["primary_contact"] = row.primary_contact_id
    return values


def update_account(session: Session, account_id: int, fields: AccountFields,
                   expected_version: int) -> int:
    """Save an edited account; returns its new version.

    ConflictError('account', id, theirs=AccountRecord) when someone saved it since
    `expected_version` was read; nothing is written then. A save that changes nothing writes
    nothing and returns the version as it is.
    """
    values = _clean_account(fields)
    case_ids: list[int] = []
    with write_transaction():
        row = Account.get_or_none(Account.id == account_id)
        if row is None:
            raise NotFound(ACCOUNT, account_id)
        if row.version != expected_version:
            raise ConflictError(ACCOUNT, account_id, theirs=get_account(account_id))
        old = _account_values(row)
        changed = {k: v for k, v in values.items() if old[k] != v}
        if not changed:
            return row.version
        if "parent_account" in changed:
            _check_parent(account_id, values["parent_account"])
        if "primary_contact" in changed:
            _check_primary_contact(account_id, values["primary_contact"])
        update = dict(changed)
        if "name" in changed:
            update["name_sort"] = sort_key(values["name"], 160)
        now = utcnow()
        Account.update(**update, version=Account.version + 1, **_stamp(session, now)).where(
            Account.id == account_id).execute()
        if "name" in changed:
            case_ids = _rekey_cases(Case.customer_account, account_id, values["name"])
        audit.record_changes(session, ACCOUNT, account_id, old, changed)
    session.events.publish(events.CUSTOMERS_CHANGED, kind=ACCOUNT, ids=[account_id])
    if case_ids:
        session.events.publish(events.CASES_CHANGED, ids=case_ids)
    return expected_version + 1


def _rekey_cases(customer_field, customer_id: int, name: str) -> list[int]:
    """Give the customer's cases the sort key of its new name; returns their ids."""
    ids = [r[0] for r in Case.select(Case.id).where(customer_field == customer_id).tuples()]
    if ids:
        Case.update(customer_sort=case_sort_key(name)).where(
            customer_field == customer_id).execute()
    return ids


def _set_active(session: Session, model, entity: str, record_id: int, active: bool) -> None:
    active = bool(active)
    with write_transaction():
        current = model.select(model.active).where(model.id == record_id).scalar()
        if current is None:
            raise NotFound(entity, record_id)
        if bool(current) == active:
            return
        model.update(active=active, version=model.version + 1,
                     **_stamp(session, utcnow())).where(model.id == record_id).execute()
        audit.record_changes(session, entity, record_id, {"active": bool(current)},
                             {"active": active})
    session.events.publish(events.CUSTOMERS_CHANGED, kind=entity, ids=[record_id])


def set_account_active(session: Session, account_id: int, active: bool) -> None:
    """Activate or deactivate an account (its contacts and cases stay as they are)."""
    _set_active(session, Account, ACCOUNT, account_id, active)


# -- contact commands ----------------------------------------------------------------------


def create_contact(session: Session, fields: ContactFields) -> int:
    """A new active contact (one transaction, audited). Returns its id."""
    values = _clean_contact(fields)
    with write_transaction():
        _check_account_exists("parent_account", values["parent_account"])
        full_name = Contact.compose_name(values["first_name"], values["last_name"])
        now = utcnow()
        contact_id = Contact.insert(
            **values, full_name=full_name, name_sort=sort_key(full_name, 161), active=True,
            created_on=now, created_by=session.user_id, **_stamp(session, now)).execute()
        audit.record_create(session, CONTACT, contact_id, values)
    session.events.publish(events.CUSTOMERS_CHANGED, kind=CONTACT, ids=[contact_id])
    return contact_id


def _contact_values(row: Contact) -> dict:
    values = {name: getattr(row, name) for name in CONTACT_MAX}
    values["parent_account"] = row.parent_account_id
    values["preferred_contact_method"] = row.preferred_contact_method
    for flag in ("do_not_email", "do_not_phone", "do_not_mail"):
        values[flag] = bool(getattr(row, flag))
    return values


def update_contact(session: Session, contact_id: int, fields: ContactFields,
                   expected_version: int) -> int:
    """Save an edited contact; returns its new version (see update_account).

    A contact that moves to another account stops being its old account's primary contact:
    that account's primary contact is cleared in the same transaction (audited).
    """
    values = _clean_contact(fields)
    case_ids: list[int] = []
    released_from = None
    with write_transaction():
        row = Contact.get_or_none(Contact.id == contact_id)
        if row is None:
            raise NotFound(CONTACT, contact_id)
        if row.version != expected_version:
            raise ConflictError(CONTACT, contact_id, theirs=get_contact(contact_id))
        old = _contact_values(row)
        changed = {k: v for k, v in values.items() if old[k] != v}
        if not changed:
            return row.version
        if "parent_account" in changed:
            _check_account_exists("parent_account", values["parent_account"])
        update = dict(changed)
        full_name = Contact.compose_name(values["first_name"], values["last_name"])
        renamed = full_name != row.full_name
        if renamed:
            update.update(full_name=full_name, name_sort=sort_key(full_name, 161))
        now = utcnow()
        Contact.update(**update, version=Contact.version + 1, **_stamp(session, now)).where(
            Contact.id == contact_id).execute()
        if "parent_account" in changed and old["parent_account"] is not None:
            released_from = _release_primary_contact(session, old["parent_account"], contact_id,
                                                     now)
        if renamed:
            case_ids = _rekey_cases(Case.customer_contact, contact_id, full_name)
        audit.record_changes(session, CONTACT, contact_id, old, changed)
    session.events.publish(events.CUSTOMERS_CHANGED, kind=CONTACT, ids=[contact_id])
    if released_from is not None:
        session.events.publish(events.CUSTOMERS_CHANGED, kind=ACCOUNT, ids=[released_from])
    if case_ids:
        session.events.publish(events.CASES_CHANGED, ids=case_ids)
    return expected_version + 1


def _release_primary_contact(session: Session, account_id: int, contact_id: int,
                             now) -> int | None:
    """Clear the account's primary contact if it is this contact; the account's id if so."""
    done = (Account.update(primary_contact=None, version=Account.version + 1,
                           **_stamp(session, now))
            .where((Account.id == account_id) & (Account.primary_contact == contact_id))
            .execute())
    if not done:
        return None
    audit.record_changes(session, ACCOUNT, account_id, {"primary_contact": contact_id},
                         {"primary_contact": None})
    return account_id


def set_contact_active(session: Session, contact_id: int, active: bool) -> None:
    """Activate or deactivate a contact."""
    _set_active(session, Contact, CONTACT, contact_id, active)


# -- one record ----------------------------------------------------------------------------


@dataclass
class AccountRecord:
    """An account as its form shows it."""

    id: int
    version: int
    active: bool
    name: str
    account_number: str | None
    phone: str | None
    email: str | None
    street: str | None
    postal_code: str | None
    city: str | None
    country: str | None
    website: str | None
    parent_account_id: int | None
    primary_contact_id: int | None
    parent_account_name: str | None
    primary_contact_name: str | None
    created_on: datetime
    modified_on: datetime

    def fields(self) -> AccountFields:
        """The editable part, ready to change and pass to update_account."""
        return AccountFields(**{f.name: getattr(self, f.name) for f in fields(AccountFields)})


@dataclass
class ContactRecord:
    """A contact as its form shows it."""

    id: int
    version: int
    active: bool
    full_name: str
    last_name: str
    first_name: str | None
    parent_account_id: int | None
    job_title: str | None
    email: str | None
    business_phone: str | None
    mobile_phone: str | None
    street: str | None
    postal_code: str | None
    city: str | None
    country: str | None
    preferred_contact_method: int
    do_not_email: bool
    do_not_phone: bool
    do_not_mail: bool
    parent_account_name: str | None
    created_on: datetime
    modified_on: datetime

    def fields(self) -> ContactFields:
        """The editable part, ready to change and pass to update_contact."""
        return ContactFields(**{f.name: getattr(self, f.name) for f in fields(ContactFields)})


ParentAccount = Account.alias("parent_account")
PrimaryContact = Contact.alias("primary_contact")


def get_account(account_id: int) -> AccountRecord:
    """The account with its parent's and primary contact's names; NotFound if missing."""
    row = (Account.select(Account, ParentAccount.name.alias("parent_name"),
                          PrimaryContact.full_name.alias("contact_name"))
           .join_from(Account, ParentAccount, JOIN.LEFT_OUTER,
                      on=(Account.parent_account == ParentAccount.id))
           .join_from(Account, PrimaryContact, JOIN.LEFT_OUTER,
                      on=(Account.primary_contact == PrimaryContact.id))
           .where(Account.id == account_id).objects().first())
    if row is None:
        raise NotFound(ACCOUNT, account_id)
    return AccountRecord(
        row.id, row.version, bool(row.active), row.name, row.account_number, row.phone,
        row.email, row.street, row.postal_code, row.city, row.country, row.website,
        row.parent_account_id, row.primary_contact_id, row.parent_name, row.contact_name,
        row.created_on, row.modified_on)


def get_contact(contact_id: int) -> ContactRecord:
    """The contact with its account's name; NotFound if missing."""
    row = (Contact.select(Contact, ParentAccount.name.alias("account_name"))
           .join_from(Contact, ParentAccount, JOIN.LEFT_OUTER,
                      on=(Contact.parent_account == ParentAccount.id))
           .where(Contact.id == contact_id).objects().first())
    if row is None:
        raise NotFound(CONTACT, contact_id)
    return ContactRecord(
        row.id, row.version, bool(row.active), row.full_name, row.last_name, row.first_name,
        row.parent_account_id, row.job_title, row.email, row.business_phone, row.mobile_phone,
        row.street, row.postal_code, row.city, row.country, row.preferred_contact_method,
        bool(row.do_not_email), bool(row.do_not_phone), bool(row.do_not_mail),
        row.account_name, row.created_on, row.modified_on)


# -- the lists -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerQuery:
    """What a customer list shows. `sort` is a key of ACCOUNT_SORTS or CONTACT_SORTS."""

    filter_text: str = ""
    sort: str = "name"
    descending: bool = False
    active_only: bool = True
    account_id: int | None = None  # contacts: only this account's


@dataclass(frozen=True)
class Page:
    rows: list
    #: pass to the next call as `after`; None when this was the last page
    next_key: tuple | None = None


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: int
    name: str
    account_number: str
    city: str
    phone: str
    email: str
    primary_contact: str
    active: bool
    modified_on: datetime | None = None


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    full_name: str
    account_name: str
    job_title: str
    email: str
    business_phone: str
    active: bool
    modified_on: datetime | None = None


def _text_key(field):
    """A text column as a case-folded, never-null sort value."""
    return fn.lower(fn.COALESCE(field, ""))


ACCOUNT_SORTS = {
    "name": Account.name_sort,
    "account_number": _text_key(Account.account_number),
    "city": _text_key(Account.city),
    "phone": _text_key(Account.phone),
    "email": _text_key(Account.email),
    "primary_contact": fn.COALESCE(PrimaryContact.name_sort, ""),
    "modified_on": Account.modified_on,
}
CONTACT_SORTS = {
    "name": Contact.name_sort,
    "account": fn.COALESCE(ParentAccount.name_sort, ""),
    "job_title": _text_key(Contact.job_title),
    "email": _text_key(Contact.email),
    "business_phone": _text_key(Contact.business_phone),
    "modified_on": Contact.modified_on,
}


def _filter_words(text: str) -> list[tuple[str, str]]:
    """(folded key, as typed) of each word of a filter; words that fold to nothing drop."""
    words = clean_search_text(text).split()
    return [(key, word) for key, word in ((sort_key(w), w) for w in words) if key]


def _account_select(columns, query: CustomerQuery, n_words: int, has_after: bool):
    select = (Account.select(*columns)
              .join_from(Account, PrimaryContact, JOIN.LEFT_OUTER,
                         on=(Account.primary_contact == PrimaryContact.id)))
    conds = []
    if query.active_only:
        conds.append(Account.active == True)  # noqa: E712
    for i in range(n_words):
        key, raw = mark(f"k{i}"), mark(f"w{i}")
        conds.append(like(Account.name_sort, key) | like(Account.email, raw)
                     | like(Account.city, raw) | like(Account.account_number, raw))
    if has_after:
        bound = Tuple(mark("after_value"), mark("after_id"))
        key = Tuple(ACCOUNT_SORTS[query.sort], Account.id)
        conds.append(key < bound if query.descending else key > bound)
    return select.where(*conds) if conds else select


def _contact_select(columns, query: CustomerQuery, n_words: int, has_after: bool):
    select = (Contact.select(*columns)
              .join_from(Contact, ParentAccount, JOIN.LEFT_OUTER,
                         on=(Contact.parent_account == ParentAccount.id)))
    conds = []
    if query.active_only:
        conds.append(Contact.active == True)  # noqa: E712
    if query.account_id is not None:
        conds.append(Contact.parent_account == mark("account_id"))
    for i in range(n_words):
        key, raw = mark(f"k{i}"), mark(f"w{i}")
        conds.append(like(Contact.name_sort, key) | like(Contact.email, raw)
                     | like(Contact.city, raw) | like(ParentAccount.name_sort, key))
    if has_after:
        bound = Tuple(mark("after_value"), mark("after_id"))
        key = Tuple(CONTACT_SORTS[query.sort], Contact.id)
        conds.append(key < bound if query.descending else key > bound)
    return select.where(*conds) if conds else select


_ACCOUNT_COLUMNS = (Account.id, Account.name, fn.COALESCE(Account.account_number, ""),
                    fn.COALESCE(Account.city, ""), fn.COALESCE(Account.phone, ""),
                    fn.COALESCE(Account.email, ""), fn.COALESCE(PrimaryContact.full_name, ""),
                    Account.active, Account.modified_on)
_CONTACT_COLUMNS = (Contact.id, Contact.full_name, fn.COALESCE(ParentAccount.name, ""),
                    fn.COALESCE(Contact.job_title, ""), fn.COALESCE(Contact.email, ""),
                    fn.COALESCE(Contact.business_phone, ""), Contact.active,
                    Contact.modified_on)

_LISTS = {
    # kind: (select builder, row columns, sort keys, id column, row type)
    ACCOUNT: (_account_select, _ACCOUNT_COLUMNS, ACCOUNT_SORTS, Account.id, AccountRow),
    CONTACT: (_contact_select, _CONTACT_COLUMNS, CONTACT_SORTS, Contact.id, ContactRow),
}


def _values(query: CustomerQuery, words) -> dict:
    values = {"account_id": query.account_id}
    for i, (key, raw) in enumerate(words):
        values[f"k{i}"] = contains_pattern(key)
        values[f"w{i}"] = contains_pattern(raw)
    return values


def _list(kind: str, query: CustomerQuery, after, limit: int) -> Page:
    build, columns, sorts, id_column, row_type = _LISTS[kind]
    if query.sort not in sorts:
        raise ValueError(f"no {kind} list sorts by {query.sort!r}")
    words = _filter_words(query.filter_text)
    has_after = after is not None
    shape = ("list", kind, query.sort, query.descending, query.active_only,
             query.account_id is not None, len(words), has_after)
    sort_expr = sorts[query.sort]

    def make():
        order = ((sort_expr.desc(), id_column.desc()) if query.descending
                 else (sort_expr.asc(), id_column.asc()))
        return (build(columns + (sort_expr.alias("sort_value"),), query, len(words), has_after)
                .order_by(*order).limit(mark("limit")))

    values = _values(query, words)
    values["limit"] = limit + 1
    if has_after:
        values["after_value"], values["after_id"] = after
    raw = run(shape, make, values).fetchall()
    more = len(raw) > limit
    raw = raw[:limit]
    rows = [row_type(*r[:-3], bool(r[-3]), as_datetime(r[-2])) for r in raw]
    return Page(rows, (raw[-1][-1], raw[-1][0]) if more and raw else None)


def _count(kind: str, query: CustomerQuery) -> int:
    build, _, _, _, _ = _LISTS[kind]
    words = _filter_words(query.filter_text)
    shape = ("count", kind, query.active_only, query.account_id is not None, len(words))
    row = run(shape, lambda: build((fn.COUNT(SQL("*")),), query, len(words), False),
              _values(query, words)).fetchone()
    return (row[0] if row else 0) or 0


def list_accounts(query: CustomerQuery, *, after: tuple | None = None, limit: int = 50) -> Page:
    """One page of accounts: `limit` rows after the key of the previous page.

    The filter keeps accounts where every word occurs in the name (folded: "örebro" finds
    "Örebro AB"), the e-mail, the city or the account number (as typed, ASCII case-insensitive).
    """
    return _list(ACCOUNT, query, after, limit)


def count_accounts(query: CustomerQuery) -> int:
    return _count(ACCOUNT, query)


def list_contacts(query: CustomerQuery, *, after: tuple | None = None, limit: int = 50) -> Page:
    """One page of contacts (of `query.account_id` only, when set). Every filter word occurs
    in the name or the account's name (folded), the e-mail or the city."""
    return _list(CONTACT, query, after, limit)


def count_contacts(query: CustomerQuery) -> int:
    return _count(CONTACT, query)


# -- the customer details panel (SPEC §1.2) ------------------------------------------------


@dataclass(frozen=True)
class CaseBrief:
    id: int
    number: str
    title: str
    state: int
    status_reason: int
    created_on: datetime


@dataclass(frozen=True)
class ActivityBrief:
    id: int
    kind: int
    subject: str
    state: int
    created_on: datetime
    case_number: str


@dataclass
class CustomerDetails:
    """The contact card of a case's customer, its newest cases and activities."""

    kind: str
    id: int
    name: str
    email: str | None
    phone: str | None
    mobile_phone: str | None
    job_title: str | None
    account_name: str | None  # contact: its account; account: its parent account
    city: str | None
    preferred_contact_method: int | None
    do_not_email: bool
    do_not_phone: bool
    recent_cases: list[CaseBrief]
    recent_activities: list[ActivityBrief]
    primary_contact_name: str | None = None
    active: bool = True
    #: the customer's Active entitlements with remaining terms (entitlements.EntitlementRow)
    active_entitlements: list = field(default_factory=list)


def _cases_of(kind: str, customer_id: int):
    if kind == ACCOUNT:
        return Case.customer_account == customer_id
    if kind == CONTACT:
        return (Case.customer_contact == customer_id) | (Case.contact == customer_id)
    raise ValueError(f"unknown customer kind {kind!r}")


def customer_cases(kind: str, customer_id: int, *, active_only: bool = False,
                   limit: int = 200) -> list[CaseBrief]:
    """The customer's cases, newest first: an account's are those it is the customer of; a
    contact's those it is the customer or the contact of."""
    where = _cases_of(kind, customer_id)
    if active_only:
        where &= Case.state == int(CaseState.ACTIVE)
    rows = (Case.select(Case.id, Case.number, Case.title, Case.state, Case.status_reason,
                        Case.created_on)
            .where(where).order_by(Case.created_on.desc(), Case.id.desc()).limit(limit)
            .tuples())
    return [CaseBrief(r[0], r[1], r[2], r[3], r[4], as_datetime(r[5])) for r in rows]


def _recent_activities(kind: str, customer_id: int) -> list[ActivityBrief]:
    case_ids = Case.select(Case.id).where(_cases_of(kind, customer_id))
    rows = (Activity.select(Activity.id, Activity.kind, Activity.subject, Activity.state,
                            Activity.created_on, Case.number)
            .join(Case, on=(Activity.regarding_case == Case.id))
            .where(Activity.regarding_case.in_(case_ids))
            .order_by(Activity.created_on.desc(), Activity.id.desc()).limit(RECENT).tuples())
    return [ActivityBrief(r[0], r[1], r[2], r[3], as_datetime(r[4]), r[5]) for r in rows]


def customer_details(kind: str, customer_id: int) -> CustomerDetails:
    """The customer details panel: card, 5 newest cases, 5 newest activities on them."""
    recent = customer_cases(kind, customer_id, limit=RECENT)  # checks kind first
    if kind == ACCOUNT:
        a = get_account(customer_id)
        details = CustomerDetails(
            ACCOUNT, a.id, a.name, a.email, a.phone, None, None, a.parent_account_name, a.city,
            None, False, False, recent, [], a.primary_contact_name, a.active)
    else:
        c = get_contact(customer_id)
        details = CustomerDetails(
            CONTACT, c.id, c.full_name, c.email, c.business_phone, c.mobile_phone, c.job_title,
            c.parent_account_name, c.city, c.preferred_contact_method, c.do_not_email,
            c.do_not_phone, recent, [], None, c.active)
    details.recent_activities = _recent_activities(kind, customer_id)
    from casedesk.controllers import entitlements  # it builds on this module

    details.active_entitlements = entitlements.active_entitlements_of(kind, customer_id)
    return details
