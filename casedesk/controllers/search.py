"""Search (issue 8, SPEC §4.1): keyword search over cases, suggestions while a title is typed,
and quick find (cases by number or title, accounts and contacts).

One interface, two engines:

* SQLite: the FTS5 index `case_fts` (models/migrations/m0005_search.py), one row per case with
  the title and a body of description + completed resolution texts, folded for case and
  diacritics ("arende" finds "Ärende"), kept in step by triggers in every writer's transaction.
* Elsewhere (PostgreSQL, issue 9) or a file without the index: LIKE over the same texts.

What a user types is never FTS syntax. It is cut into words at white space and each word into
its letters-and-digits tokens; each word becomes one quoted phrase ("ord-123" → "ord 123"), the
last one a prefix. Quotes, parentheses, `*`, `-`, NEAR, AND/OR/NOT, SQL: all just words.

Ranking without scoring every match: cases whose title holds every word come first, then the
others; within each tier newest first (highest id first: ids follow creation). Each tier is
an FTS query walked in rowid order with LIMIT, so a word in 600,000 cases costs what a rare
one costs; only the total count reads the whole match list.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from peewee import JOIN, fn

from casedesk.controllers.querying import (
    as_datetime,
    clean_search_text,
    contains_pattern,
    like,
    prefix_upper_bound,
)
from casedesk.models import Account, Case, CaseResolution, Contact, Subject, db
from casedesk.models.db import is_postgres, write_transaction
from casedesk.models.migrations import m0005_search
from casedesk.models.options import CaseState, ResolutionState

QUICK_FIND_LIMIT = 8
#: At most this many words of a query are used (the rest is ignored), each at most this long.
MAX_WORDS = 12
MAX_TOKEN = 64
#: A prefix shorter than this is matched as a whole word (one letter would read every term).
MIN_PREFIX = 2
REBUILD_BATCH = 20_000

_TOKEN = re.compile(r"[^\W_]+")

# -- words and FTS queries ----------------------------------------------------------------


@lru_cache(maxsize=65_536)
def _fold_token(token: str) -> str:
    return fold(token)


def fold(text: str) -> str:
    """Case and diacritics folded the way the index folds them (å → a, É → e)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def query_words(text: str | None) -> list[list[str]]:
    """The words of a search text, each as its folded tokens; words without a letter or digit
    are dropped."""
    words = []
    for raw in clean_search_text(text).split(" "):
        tokens = [t[:MAX_TOKEN] for t in _TOKEN.findall(fold(raw))]
        if tokens:
            words.append(tokens)
        if len(words) == MAX_WORDS:
            break
    return words


def _phrase(tokens: list[str], prefix: bool) -> str:
    body = " ".join(tokens).replace('"', '""')  # tokens hold no quotes; kept safe regardless
    star = "*" if prefix and len(tokens[-1]) >= MIN_PREFIX else ""
    return f'"{body}"{star}'


def fts_query(words: list[list[str]], *, prefix: str = "last", column: str | None = None,
              any_word: bool = False) -> str:
    """An FTS5 query for the words (all of them, or any with any_word): every word a quoted
    phrase; `prefix` is "last", "all" or "none"; `column` limits it to one column."""
    n = len(words)
    parts = [_phrase(w, prefix == "all" or (prefix == "last" and i == n - 1))
             for i, w in enumerate(words)]
    expr = (" OR " if any_word else " ").join(parts)
    return f"{{{column}}} : ({expr})" if column else expr


def pg_query(words: list[list[str]], *, prefix: str = "last", title_only: bool = False,
             any_word: bool = False) -> str:
    """The PostgreSQL tsquery text for the words, built like fts_query: each word a phrase of
    its tokens (`<->`), the last token a prefix (`:*`) where asked, `A` (the title's weight)
    to look in titles only. Tokens are letters and digits only, so quoting is safe."""
    n = len(words)
    weight = "A" if title_only else ""
    parts = []
    for i, tokens in enumerate(words):
        pre = prefix == "all" or (prefix == "last" and i == n - 1)
        lexemes = []
        for j, tok in enumerate(tokens):
            star = "*" if pre and j == len(tokens) - 1 and len(tok) >= MIN_PREFIX else ""
            label = f":{star}{weight}" if star or weight else ""
            lexemes.append(f"'{tok}'{label}")
        parts.append("(" + " <-> ".join(lexemes) + ")")
    return (" | " if any_word else " & ").join(parts)


def engine(database=None) -> str:
    """How this database searches: "fts5" (SQLite with the index), "pg" (PostgreSQL with
    case_search) or "like" (neither). Remembered per database object."""
    database = database if database is not None else db.obj
    known = getattr(database, "_casedesk_search", None)
    if known is None:
        if is_postgres(database):
            from casedesk.models import pg

            known = "pg" if pg.has_search(database) else "like"
        else:
            known = "fts5" if m0005_search.has_index(database) else "like"
        try:
            database._casedesk_search = known
        except AttributeError:  # pragma: no cover - a database object without a __dict__
            pass
    return known


def fts_available(database=None) -> bool:
    """True when the database has a full-text index (FTS5 or PostgreSQL's)."""
    return engine(database) != "like"


# -- highlighting ---------------------------------------------------------------------------


def _matcher(words: list[list[str]], prefix: str = "last") -> Callable[[str], bool]:
    exact: set[str] = set()
    prefixes: list[str] = []
    n = len(words)
    for i, tokens in enumerate(words):
        for j, tok in enumerate(tokens):
            last = j == len(tokens) - 1 and (prefix == "all" or (prefix == "last" and i == n - 1))
            if last and len(tok) >= MIN_PREFIX:
                prefixes.append(tok)
            else:
                exact.add(tok)
    pre = tuple(prefixes)
    return lambda folded: folded in exact or (bool(pre) and folded.startswith(pre))


def mark_text(text: str, is_match: Callable[[str], bool]) -> str:
    """The text HTML-escaped, with the tokens that match wrapped in <b>…</b>."""
    out, pos = [], 0
    for m in _TOKEN.finditer(text):
        if is_match(_fold_token(m.group())):
            out.append(html.escape(text[pos:m.start()]))
            out.append(f"<b>{html.escape(m.group())}</b>")
            pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def snippet(text: str, is_match: Callable[[str], bool], width: int = 160) -> str:
    """A piece of text around its first match (or its start), marked like mark_text."""
    text = " ".join(text.split())
    start = 0
    for m in _TOKEN.finditer(text):
        if is_match(_fold_token(m.group())):
            start = max(0, m.start() - width // 4)
            break
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    piece = mark_text(text[start:end], is_match)
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    case_id: int
    number: str
    title: str
    customer: str
    state: int
    status_reason: int
    created_on: datetime
    subject: str
    in_title: bool  # every word matched the title (ranked first)
    title_marked: str  # the title, HTML-escaped, with matched words in <b>…</b>
    snippet_marked: str  # a piece of description/resolution, marked the same way


def _hits(ids: list[int], in_title: set[int], words, prefix: str = "last") -> list[SearchHit]:
    """The hits for case ids, in the order given."""
    if not ids:
        return []
    rows = {r[0]: r for r in (
        Case.select(Case.id, Case.number, Case.title,
                    fn.COALESCE(Account.name, Contact.full_name, ""), Case.state,
                    Case.status_reason, Case.created_on, fn.COALESCE(Subject.title, ""),
                    fn.COALESCE(Case.description, ""))
        .join_from(Case, Account, JOIN.LEFT_OUTER, on=(Case.customer_account == Account.id))
        .join_from(Case, Contact, JOIN.LEFT_OUTER, on=(Case.customer_contact == Contact.id))
        .join_from(Case, Subject, JOIN.LEFT_OUTER, on=(Case.subject == Subject.id))
        .where(Case.id.in_(ids)).tuples())}
    resolutions: dict[int, list[str]] = {}
    for case_id, text in (CaseResolution
                          .select(CaseResolution.case, CaseResolution.resolution)
                          .where(CaseResolution.case.in_(ids)
                                 & (CaseResolution.state == int(ResolutionState.COMPLETED)))
                          .order_by(CaseResolution.id).tuples()):
        resolutions.setdefault(case_id, []).append(text or "")
    is_match = _matcher(words, prefix) if words else (lambda _f: False)
    hits = []
    for case_id in ids:
        r = rows.get(case_id)
        if r is None:
            continue
        body = "\n".join([r[8], *resolutions.get(case_id, [])]).strip()
        hits.append(SearchHit(
            r[0], r[1], r[2], r[3], r[4], r[5], as_datetime(r[6]), r[7], case_id in in_title,
            mark_text(r[2], is_match), snippet(body, is_match) if body else ""))
    return hits


# -- keyword search ---------------------------------------------------------------------------


def _filters(subject_id, resolved_only, exclude_case_id) -> tuple[str, list]:
    """SQL conditions on incident `i` (the index paths) and their parameters."""
    conds, params = [], []
    p = db.obj.param
    if subject_id is not None:
        conds.append(f"i.subject_id = {p}")
        params.append(subject_id)
    if resolved_only:
        conds.append(f"i.state = {p}")
        params.append(int(CaseState.RESOLVED))
    if exclude_case_id is not None:
        conds.append(f"i.id <> {p}")
        params.append(exclude_case_id)
    return "".join(f" AND {c}" for c in conds), params


def _fts_ids(match: str, where: str, params: list, limit: int) -> list[int]:
    table = m0005_search.TABLE
    if where:
        sql = (f"SELECT f.rowid FROM {table} f JOIN incident i ON i.id = f.rowid "
               f"WHERE f.{table} MATCH ?{where} ORDER BY f.rowid DESC LIMIT ?")
    else:
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?"
    return [r[0] for r in db.execute_sql(sql, [match, *params, limit])]


def _fts_count(match: str, where: str, params: list) -> int:
    table = m0005_search.TABLE
    if where:
        sql = (f"SELECT COUNT(*) FROM {table} f JOIN incident i ON i.id = f.rowid "
               f"WHERE f.{table} MATCH ?{where}")
    else:
        sql = f"SELECT COUNT(*) FROM {table} WHERE {table} MATCH ?"
    return db.execute_sql(sql, [match, *params]).fetchone()[0]


_PG_FROM = "case_search s JOIN incident i ON i.id = s.case_id"


def _pg_ids(cond: str, cond_params: list, where: str, params: list, limit: int) -> list[int]:
    sql = (f"SELECT s.case_id FROM {_PG_FROM if where else 'case_search s'} WHERE {cond}"
           f"{where} ORDER BY s.case_id DESC LIMIT %s")
    return [r[0] for r in db.execute_sql(sql, [*cond_params, *params, limit])]


def _search_pg(words, where, params, limit, prefix="last", any_word=False):
    query = pg_query(words, prefix=prefix, any_word=any_word)
    title_query = pg_query(words, prefix=prefix, title_only=True, any_word=any_word)
    first = _pg_ids("s.doc @@ CAST(%s AS tsquery)", [title_query], where, params, limit)
    rest = []
    if len(first) < limit:
        rest = _pg_ids("s.doc @@ CAST(%s AS tsquery) AND NOT s.doc @@ CAST(%s AS tsquery)",
                       [query, title_query], where, params, limit - len(first))
    total = db.execute_sql(
        f"SELECT COUNT(*) FROM {_PG_FROM if where else 'case_search s'} "
        f"WHERE s.doc @@ CAST(%s AS tsquery){where}", [query, *params]).fetchone()[0]
    return total, first, rest


def _search_index(words, where, params, limit, prefix="last", any_word=False):
    """Search with the engine's index (FTS5 or PostgreSQL): (total, title hits, others)."""
    if engine() == "pg":
        return _search_pg(words, where, params, limit, prefix, any_word)
    return _search_fts(words, where, params, limit, prefix, any_word)


def _search_fts(words, where, params, limit, prefix="last", any_word=False):
    query = fts_query(words, prefix=prefix, any_word=any_word)
    title_query = fts_query(words, prefix=prefix, column="title", any_word=any_word)
    first = _fts_ids(title_query, where, params, limit)
    rest = []
    if len(first) < limit:
        rest = _fts_ids(f"({query}) NOT ({title_query})", where, params, limit - len(first))
    total = _fts_count(query, where, params)
    return total, first, rest


def _like_word(tokens: list[str], fields) -> object:
    # The folded tokens of a word, as one LIKE per token over the fields (any of them).
    cond = None
    for tok in tokens:
        one = None
        for f in fields:
            c = like(f, contains_pattern(tok))
            one = c if one is None else one | c
        cond = one if cond is None else cond & one
    return cond


def _search_like(words, subject_id, resolved_only, exclude_case_id, limit):
    """The engine without an index: every token as a LIKE over title, description and
    completed resolutions (PostgreSQL: ILIKE). Title matches first, then newest."""
    resolution_text = (CaseResolution.select(fn.string_agg(CaseResolution.resolution, " ")
                                             if not _is_sqlite() else
                                             fn.group_concat(CaseResolution.resolution, " "))
                       .where((CaseResolution.case == Case.id)
                              & (CaseResolution.state == int(ResolutionState.COMPLETED))))
    body = fn.COALESCE(resolution_text, "")
    any_cond = title_cond = None
    for tokens in words:
        a = _like_word(tokens, (Case.title, Case.description, body))
        t = _like_word(tokens, (Case.title,))
        any_cond = a if any_cond is None else any_cond & a
        title_cond = t if title_cond is None else title_cond & t
    where = any_cond
    if subject_id is not None:
        where &= Case.subject == subject_id
    if resolved_only:
        where &= Case.state == int(CaseState.RESOLVED)
    if exclude_case_id is not None:
        where &= Case.id != exclude_case_id
    total = Case.select().where(where).count()
    first = [r[0] for r in Case.select(Case.id).where(where & title_cond)
             .order_by(Case.id.desc()).limit(limit).tuples()]
    rest = []
    if len(first) < limit:
        rest = [r[0] for r in Case.select(Case.id).where(where & ~title_cond)
                .order_by(Case.id.desc()).limit(limit - len(first)).tuples()]
    return total, first, rest


def _is_sqlite() -> bool:
    from casedesk.models.db import is_sqlite
    return is_sqlite()


def _by_subject(subject_id, resolved_only, exclude_case_id, limit):
    where = Case.subject == subject_id
    if resolved_only:
        where &= Case.state == int(CaseState.RESOLVED)
    if exclude_case_id is not None:
        where &= Case.id != exclude_case_id
    total = Case.select().where(where).count()
    ids = [r[0] for r in Case.select(Case.id).where(where)
           .order_by(Case.created_on.desc(), Case.id.desc()).limit(limit).tuples()]
    return total, ids


def search_cases(text: str, *, subject_id: int | None = None, resolved_only: bool = False,
                 exclude_case_id: int | None = None,
                 limit: int = 50) -> tuple[int, list[SearchHit]]:
    """(total matches, the first `limit` hits) for the words of `text` over title, description
    and resolution text; title matches first, then newest first. Empty text with a subject:
    that subject's cases, newest first. Any input is taken as words; never an FTS error."""
    limit = max(0, int(limit))
    words = query_words(text)
    if not words:
        if subject_id is None:
            return 0, []
        total, ids = _by_subject(subject_id, resolved_only, exclude_case_id, limit)
        return total, _hits(ids, set(), [])
    if fts_available():
        where, params = _filters(subject_id, resolved_only, exclude_case_id)
        total, first, rest = _search_index(words, where, params, limit)
    else:
        total, first, rest = _search_like(words, subject_id, resolved_only, exclude_case_id,
                                          limit)
    return total, _hits(first + rest, set(first), words)


# -- suggestions while a title is typed --------------------------------------------------------

#: Words too common to make two titles similar.
_STOP = frozenset(fold(w) for w in (
    "och att det som en ett är på av för med till den inte har de om vi jag kan så men "
    "the and for with not are you your can this that from have has was but our please "
    "ärende kund problem fel hej tack").split())


def _significant(title: str) -> list[list[str]]:
    return [w for w in query_words(title)
            if not (len(w) == 1 and (w[0] in _STOP or len(w[0]) < 3))]


def suggest_duplicates(*, customer_kind: str, customer_id: int, title: str,
                       exclude_case_id: int | None = None, limit: int = 5) -> list[SearchHit]:
    """Active cases of this customer whose titles share words with `title`: the most shared
    words first, then newest. Quiet: nothing for a title without significant words."""
    words = _significant(title)
    if not words or customer_id is None:
        return []
    column = Case.customer_account if customer_kind == "account" else Case.customer_contact
    where = (column == customer_id) & (Case.state == int(CaseState.ACTIVE))
    if exclude_case_id is not None:
        where &= Case.id != exclude_case_id
    is_match = _matcher(words, "last")
    wanted = len(words)
    scored = []
    for case_id, other in (Case.select(Case.id, Case.title).where(where)
                           .order_by(Case.id.desc()).limit(2000).tuples()):
        found = {fold(t) for t in _TOKEN.findall(other or "")}
        score = sum(1 for f in found if is_match(f))
        if score and (score * 2 >= min(wanted, 4) or score >= 2):
            scored.append((-score, -case_id))
    scored.sort()
    ids = [-c for _, c in scored[:limit]]
    return _hits(ids, set(ids), words)


def suggest_resolved(title: str, *, subject_id: int | None = None,
                     limit: int = 5) -> list[SearchHit]:
    """Resolved cases like a title being typed: all its significant words first, then (when
    that finds fewer than `limit`) any of them. Same subject only when one is given."""
    words = _significant(title)
    if not words:
        return []
    _total, hits = search_cases(" ".join(" ".join(w) for w in words), subject_id=subject_id,
                                resolved_only=True, limit=limit)
    if len(hits) < limit and len(words) > 1 and fts_available():
        where, params = _filters(subject_id, True, None)
        _t, first, rest = _search_index(words, where, params, limit * 2, any_word=True)
        seen = {h.case_id for h in hits}
        more = [i for i in first + rest if i not in seen][: limit - len(hits)]
        hits += _hits(more, set(first), words)
    return hits


# -- the index itself --------------------------------------------------------------------------


def rebuild_index(progress: Callable[[int, int], None] | None = None) -> int:
    """Index every case again (a database imported from elsewhere, or after a bulk load).
    Returns the number of cases indexed; 0 where there is no index (PostgreSQL).
    progress(done, total) is called after each batch."""
    database = db.obj
    if not fts_available(database):
        return 0
    total = Case.select().count()
    if engine(database) == "pg":
        from casedesk.models import pg

        with write_transaction(database):
            done = pg.fill_search(database)
        if progress:
            progress(done, total)
        return done
    top = Case.select(fn.MAX(Case.id)).scalar() or 0
    done = 0
    with write_transaction(database):
        database.execute_sql(f"DELETE FROM {m0005_search.TABLE}")
        first = 0
        while first <= top:
            done += m0005_search.fill(database, first_id=first,
                                      last_id=first + REBUILD_BATCH - 1)
            first += REBUILD_BATCH
            if progress:
                progress(min(done, total), total)
    return done


# -- quick find (SPEC §4.1) ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuickFindResult:
    cases: list[tuple[int, str, str]] = field(default_factory=list)  # id, number, title
    accounts: list[tuple[int, str]] = field(default_factory=list)  # id, name
    contacts: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, account

    @property
    def empty(self) -> bool:
        return not (self.cases or self.accounts or self.contacts)


def _clean(text: str) -> str:
    return clean_search_text(text)


def _title_matches(text: str, limit: int) -> list[tuple[int, str, str]]:
    words = query_words(text)
    if not words:
        return []
    if engine() == "pg":
        return list(db.execute_sql(
            "SELECT i.id, i.number, i.title FROM incident i WHERE i.id IN ("
            "SELECT case_id FROM case_search WHERE doc @@ CAST(%s AS tsquery) "
            "ORDER BY case_id DESC LIMIT %s) ORDER BY i.id DESC",
            [pg_query(words, title_only=True), limit]).fetchall())
    if fts_available():
        table = m0005_search.TABLE
        return list(db.execute_sql(
            f"SELECT i.id, i.number, i.title FROM incident i WHERE i.id IN ("
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?) "
            "ORDER BY i.id DESC",
            [fts_query(words, column="title"), limit]).fetchall())
    where = _like_word([t for w in words for t in w], (Case.title,))
    return list(Case.select(Case.id, Case.number, Case.title).where(where)
                .order_by(Case.created_on.desc(), Case.id.desc()).limit(limit).tuples())


def quick_find(text: str, limit: int = QUICK_FIND_LIMIT) -> QuickFindResult:
    text = _clean(text)
    if len(text) < 2:
        return QuickFindResult()
    # The number prefix as a range on the unique index (a LIKE/GLOB prefix reads every row:
    # 55 ms at 1M cases).
    key = text.upper()
    bound = prefix_upper_bound(key)
    in_range = Case.number >= key if bound is None else (Case.number >= key) & (Case.number < bound)
    by_number = list(Case.select(Case.id, Case.number, Case.title)
                     .where(in_range).order_by(Case.number).limit(limit).tuples())
    cases = by_number
    if len(cases) < limit:
        seen = {c[0] for c in cases}
        cases += [c for c in _title_matches(text, limit) if c[0] not in seen][
            : limit - len(cases)]
    accounts = list(Account.select(Account.id, Account.name)
                    .where(Account.name.contains(text) | (Account.account_number == text))
                    .order_by(Account.name).limit(limit).tuples())
    contacts = [
        (c[0], c[1], c[2] or "")
        for c in Contact.select(Contact.id, Contact.full_name, Account.name)
        .left_outer_join(Account, on=(Contact.parent_account == Account.id))
        .where(Contact.full_name.contains(text) | Contact.email.startswith(text))
        .order_by(Contact.full_name).limit(limit).tuples()
    ]
    return QuickFindResult(cases, accounts, contacts)
