"""Lookups (SPEC §4.4): what a lookup field offers for the letters typed into it.

Customers rank in three tiers: the whole name starts with the text > a word of the name
starts with it > the name contains it (a match in the e-mail or account number counts as
"contains"); ties go by name. Names are matched by their folded keys (models.text.sort_key:
"örebro" finds "Örebro AB", "cafe" finds "Café"). The first tier is an index range on
name_sort; the other two need a scan, which is skipped when the first tier already fills the
list.

Small tables (subjects, products, users, teams) are ranked in Python the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, SQL, fn
from peewee import Case as SqlCase

from casedesk.controllers.querying import (
    clean_search_text,
    contains_pattern,
    escape_like,
    like,
    mark,
    prefix_upper_bound,
    run,
)
from casedesk.models import Account, AppUser, Case, Contact, Product, Subject, Team
from casedesk.models.text import sort_key

ACCOUNT = "account"
CONTACT = "contact"
SUBJECT = "subject"
PRODUCT = "product"
USER = "user"
TEAM = "team"
CASE = "case"

#: Separator of the parts of a detail line and of a subject's path.
DOT = " · "
PATH = " › "

#: The rank of a match: the whole name starts with the text, a word does, it occurs.
PREFIX, WORD_PREFIX, CONTAINS = 1, 2, 3


@dataclass(frozen=True)
class LookupItem:
    kind: str
    id: int
    label: str
    detail: str = ""


def _detail(*parts) -> str:
    return DOT.join(p for p in parts if p)


def _rank(key: str, name_key: str, *others: str | None) -> int | None:
    """The tier of a folded name key (and other texts, folded) for the folded search key."""
    if name_key.startswith(key):
        return PREFIX
    if (" " + key) in name_key:
        return WORD_PREFIX
    if key in name_key or any(o and key in sort_key(o, 10_000) for o in others):
        return CONTAINS
    return None


# -- accounts and contacts -------------------------------------------------------------------

PrimaryAccount = Account.alias("lookup_account")

_TABLES = {
    # kind: (model, columns: id, label, name key, detail 1, detail 2; extra contains-fields)
    ACCOUNT: (Account, (Account.id, Account.name, Account.name_sort, Account.account_number,
                        Account.city), (Account.email, Account.account_number)),
    CONTACT: (Contact, (Contact.id, Contact.full_name, Contact.name_sort, PrimaryAccount.name,
                        Contact.email), (Contact.email,)),
}


def _base(kind: str, columns):
    model = _TABLES[kind][0]
    select = model.select(*columns)
    if kind == CONTACT:
        select = select.join_from(Contact, PrimaryAccount, JOIN.LEFT_OUTER,
                                  on=(Contact.parent_account == PrimaryAccount.id))
    return select


def _in_prefix(model, bounded: bool):
    low = model.name_sort >= mark("low")
    return low & (model.name_sort < mark("high")) if bounded else low


def _account_filter(model, account: str):
    """Contacts of the account ("in"), or of any other account or none ("out")."""
    if account == "in":
        return model.parent_account == mark("account")
    return model.parent_account.is_null() | (model.parent_account != mark("account"))


def _prefix_query(kind: str, bounded: bool, account: str):
    """Tier 1: the index range of name keys that start with the text, in name order."""
    model, columns, _ = _TABLES[kind]
    where = (model.active == True) & _in_prefix(model, bounded)  # noqa: E712
    if account != "any":
        where &= _account_filter(model, account)
    return (_base(kind, columns).where(where)
            .order_by(model.name_sort, model.id).limit(mark("limit")))


#: Names a scan first looks at (in name order) before it reads the whole table.
WINDOW = 1000


def _scan_query(kind: str, bounded: bool, account: str, part: str):
    """Tiers 2 and 3: the other active names that have the text at a word start or anywhere
    (or whose e-mail/account number has it), word starts first, each tier in name order.

    part: "all" the table (one scan, sorted), or "window": the names up to mark("edge").
    """
    model, columns, extra = _TABLES[kind]
    tier = SqlCase(None, ((like(model.name_sort, mark("word")), WORD_PREFIX),), CONTAINS)
    found = like(model.name_sort, mark("contains"))
    for f in extra:
        found |= like(f, mark("raw"))
    where = (model.active == True) & found & ~_in_prefix(model, bounded)  # noqa: E712
    if account != "any":
        where &= _account_filter(model, account)
    if part == "window":
        where &= model.name_sort <= mark("edge")
    return (_base(kind, columns + (tier.alias("tier"),)).where(where)
            .order_by(SQL("tier"), model.name_sort, model.id).limit(mark("limit")))


def _word_query(kind: str, bounded: bool, account: str):
    """Tier 2 after the window, walking the name index in order."""
    model, columns, _ = _TABLES[kind]
    where = ((model.active == True) & (model.name_sort > mark("edge"))  # noqa: E712
             & like(model.name_sort, mark("word")) & ~_in_prefix(model, bounded))
    if account != "any":
        where &= _account_filter(model, account)
    return (_base(kind, columns + (SQL(str(WORD_PREFIX)).alias("tier"),)).where(where)
            .order_by(model.name_sort, model.id).limit(mark("limit")))


def _edge_query(kind: str):
    model = _TABLES[kind][0]
    return (model.select(model.name_sort).order_by(model.name_sort, model.id)
            .limit(1).offset(WINDOW - 1))


def _scan(kind: str, bounded: bool, account: str, values: dict) -> list[tuple]:
    """The table's best `values["limit"]` matches of tiers 2 and 3, as (tier, name key, id,
    label, detail 1, detail 2).

    Looking for a substring means reading every name, which costs a scan of the table. A
    text that many names contain is answered from the first WINDOW names instead: the
    window's matches are exactly the first ones in name order, so when they fill the list
    only the word starts after the window (an index walk that stops at the limit) can still
    outrank them. Otherwise the whole table is scanned once.
    """
    limit = values["limit"]

    def fetch(shape, build, **extra):
        rows = run((shape, kind, bounded, account), build, {**values, **extra}).fetchall()
        return [(r[5], r[2], r[0], r[1], r[3], r[4]) for r in rows]

    edge = run(("lookup-edge", kind), lambda: _edge_query(kind), {}).fetchone()
    if edge is None:  # a small table: one scan
        return fetch("lookup-all", lambda: _scan_query(kind, bounded, account, "all"))
    edge = edge[0]
    window = fetch("lookup-window", lambda: _scan_query(kind, bounded, account, "window"),
                   edge=edge)
    if len(window) < limit:  # few names have it: read them all
        return fetch("lookup-all", lambda: _scan_query(kind, bounded, account, "all"))
    words = [m for m in window if m[0] == WORD_PREFIX]
    if len(words) == limit:
        return window
    later = fetch("lookup-words", lambda: _word_query(kind, bounded, account), edge=edge,
                  limit=limit - len(words))
    return (words + later + [m for m in window if m[0] == CONTAINS])[:limit]


def _search(kinds, text: str, limit: int, account: str = "any",
            account_id: int | None = None) -> list[tuple]:
    """(tier, name key, kind, id, label, detail 1, detail 2) of the best `limit` matches."""
    text = clean_search_text(text)
    key = sort_key(text, 161)
    if limit <= 0:
        return []
    high = prefix_upper_bound(key)
    bounded = high is not None
    values = {"low": key, "high": high, "account": account_id, "limit": limit}
    found = []
    for kind in kinds:
        rows = run(("lookup-prefix", kind, bounded, account),
                   lambda k=kind: _prefix_query(k, bounded, account), values).fetchall()
        found += [(PREFIX, r[2], kind, r[0], r[1], r[3], r[4]) for r in rows]
    found.sort(key=lambda m: (m[1], m[2], m[3]))
    if len(found) >= limit or not bounded:
        return found[:limit]
    values.update(word=contains_pattern(" " + key), contains=contains_pattern(key),
                  raw=contains_pattern(text), limit=limit - len(found))
    more = [(m[0], m[1], kind, *m[2:]) for kind in kinds
            for m in _scan(kind, bounded, account, values)]
    more.sort(key=lambda m: (m[0], m[1], m[2], m[3]))
    return found + more[:limit - len(found)]


def _item(match: tuple) -> LookupItem:
    _, _, kind, record_id, label, first, second = match
    return LookupItem(kind, record_id, label, _detail(first, second))


def search_customers(text: str, limit: int = 10) -> list[LookupItem]:
    """Active accounts and contacts together, best first (see the module's docstring).
    Details: an account's number and city; a contact's account and e-mail."""
    return [_item(m) for m in _search((ACCOUNT, CONTACT), text, limit)]


def search_contacts(text: str, *, account_id: int | None = None,
                    limit: int = 10) -> list[LookupItem]:
    """Active contacts matching the text. With `account_id`, that account's contacts come
    first (all of them, by name, when the text is empty), then other contacts that match."""
    if account_id is None:
        return [_item(m) for m in _search((CONTACT,), text, limit)]
    if not clean_search_text(text):
        rows = (Contact.select(Contact.id, Contact.full_name, Contact.email)
                .where((Contact.parent_account == account_id)
                       & (Contact.active == True))  # noqa: E712
                .order_by(Contact.name_sort, Contact.id).tuples())
        name = Account.select(Account.name).where(Account.id == account_id).scalar()
        return [LookupItem(CONTACT, r[0], r[1], _detail(name, r[2])) for r in rows]
    own = _search((CONTACT,), text, limit, "in", account_id)
    others = _search((CONTACT,), text, limit - len(own), "out", account_id)
    return [_item(m) for m in own + others]


# -- small tables, ranked in Python ------------------------------------------------------------


def _ranked(text: str, candidates, limit: int) -> list:
    """candidates: (label, other texts, payload); the payloads of the best `limit`."""
    key = sort_key(clean_search_text(text), 10_000)
    ranked = []
    for label, others, payload in candidates:
        label_key = sort_key(label, 10_000)
        tier = _rank(key, label_key, *others) if key else PREFIX
        if tier is not None:
            ranked.append((tier, label_key, payload))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in ranked[:limit]]


@dataclass
class SubjectNode:
    id: int
    title: str
    children: list


def _subjects() -> dict[int, tuple[str, int | None]]:
    return {r[0]: (r[1], r[2]) for r in
            Subject.select(Subject.id, Subject.title, Subject.parent).tuples()}


def _path(subjects: dict, subject_id: int) -> list[str]:
    """Titles of the subject's ancestors, root first."""
    titles, seen = [], {subject_id}
    parent = subjects[subject_id][1]
    while parent is not None and parent in subjects and parent not in seen:
        seen.add(parent)
        titles.append(subjects[parent][0])
        parent = subjects[parent][1]
    return titles[::-1]


def subject_tree() -> list[SubjectNode]:
    """The subject tree (SPEC §1.9): roots and children in title order."""
    subjects = _subjects()
    nodes = {i: SubjectNode(i, title, []) for i, (title, _) in subjects.items()}
    roots = []
    for i, (_, parent) in subjects.items():
        (nodes[parent].children if parent in nodes else roots).append(nodes[i])

    def order(level: list[SubjectNode]) -> None:
        level.sort(key=lambda n: (sort_key(n.title, 10_000), n.id))
        for n in level:
            order(n.children)

    order(roots)
    return roots


def search_subjects(text: str, limit: int = 20) -> list[LookupItem]:
    """Subjects whose title matches; the detail is the path of its parents."""
    subjects = _subjects()
    found = _ranked(text, ((title, (), i) for i, (title, _) in subjects.items()), limit)
    return [LookupItem(SUBJECT, i, subjects[i][0], PATH.join(_path(subjects, i)))
            for i in found]


def search_products(text: str, limit: int = 10) -> list[LookupItem]:
    """Active products by name or number; the detail is the number."""
    rows = (Product.select(Product.id, Product.name, Product.number)
            .where(Product.active == True).tuples())  # noqa: E712
    found = _ranked(text, ((r[1], (r[2],), r) for r in rows), limit)
    return [LookupItem(PRODUCT, r[0], r[1], r[2] or "") for r in found]


def search_owners(text: str, limit: int = 10) -> list[LookupItem]:
    """Active users (detail: login) and teams, by name (users also by login)."""
    users = (AppUser.select(AppUser.id, AppUser.name, AppUser.login)
             .where(AppUser.active == True).tuples())  # noqa: E712
    teams = Team.select(Team.id, Team.name).tuples()
    candidates = [(r[1], (r[2],), LookupItem(USER, r[0], r[1], r[2])) for r in users]
    candidates += [(r[1], (), LookupItem(TEAM, r[0], r[1])) for r in teams]
    return _ranked(text, candidates, limit)


# -- cases ---------------------------------------------------------------------------------------

CaseAccount = Account.alias("case_account")
CaseContact = Contact.alias("case_contact")


def search_cases(text: str, limit: int = 10) -> list[LookupItem]:
    """Cases whose number starts with the text, then cases whose title has every word
    (newest first). The detail is the customer's name."""
    text = clean_search_text(text)
    if not text or limit <= 0:
        return []
    columns = (Case.id, Case.number, Case.title,
               fn.COALESCE(CaseAccount.name, CaseContact.full_name, ""))

    def select():
        return (Case.select(*columns)
                .join_from(Case, CaseAccount, JOIN.LEFT_OUTER,
                           on=(Case.customer_account == CaseAccount.id))
                .join_from(Case, CaseContact, JOIN.LEFT_OUTER,
                           on=(Case.customer_contact == CaseContact.id)))

    number = text.upper()
    high = prefix_upper_bound(number)
    rows = run(("case-number",),
               lambda: select().where((Case.number >= mark("low")) & (Case.number < mark("high")))
               .order_by(Case.number).limit(mark("limit")),
               {"low": number, "high": high, "limit": limit}).fetchall()
    words = [k for k in (sort_key(w) for w in text.split()) if k]
    if len(rows) < limit and words:
        seen = {r[0] for r in rows}

        def by_title():
            where = None
            for i in range(len(words)):
                cond = like(Case.title_sort, mark(f"w{i}"))
                where = cond if where is None else where & cond
            return (select().where(where).order_by(Case.created_on.desc(), Case.id.desc())
                    .limit(mark("limit")))

        values = {f"w{i}": "%" + escape_like(w) + "%" for i, w in enumerate(words)}
        values["limit"] = limit
        rows += [r for r in run(("case-title", len(words)), by_title, values).fetchall()
                 if r[0] not in seen][:limit - len(rows)]
    return [LookupItem(CASE, r[0], f"{r[1]} {r[2]}", r[3]) for r in rows]
