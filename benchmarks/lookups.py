"""`python -m benchmarks --lookup`: the customer lookup (SPEC §4.4) at 100,000 accounts.

Fills a fresh CaseDesk database with deterministic accounts and contacts through
controllers/bulk.py, then times lookups.search_customers for terms of different selectivity
next to the same two-step search written by hand for sqlite3 on the same file (an index range
for names that start with the text; one scan for word starts and substrings only when the
range did not fill the list). Checks that both return the same records, prints median/p95 and
the ratio per term, and the plan of the range query.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from casedesk.controllers import admin, bulk, lookups
from casedesk.controllers.querying import contains_pattern, prefix_upper_bound
from casedesk.controllers.session import Session
from casedesk.models import db
from casedesk.models.db import SQLITE_PRAGMAS, sqlite_url
from casedesk.models.migrations import open_database
from casedesk.models.text import sort_key

SEED = 4404
LIMIT = 10
#: Median target of the issue (ms at 100,000 accounts).
TARGET_MS = 30.0

#: (label, term): prefix of many, of a contact's first name, mid-word, with å/ä/ö, rare, none.
TERMS = [
    ("prefix", "nord"),
    ("first name", "anders"),
    ("mid-word", "kraft"),
    ("word start", "konsult"),
    ("ö prefix", "östra"),
    ("å mid-word", "gård"),
    ("rare", "xylem"),
    ("none", "qzxv"),
]

_STEMS = ["Nord", "Syd", "Väst", "Östra", "Berg", "Sjö", "Skog", "Stål", "Ång", "Ek", "Björk",
          "Lind", "Gran", "Sol", "Fjäll", "Älv", "Hav", "Stjärn", "Guld", "Silver", "Järn",
          "Koppar", "Sten", "Sand", "Vind", "Åker", "Äng", "Strand", "Dal", "Norr"]
_TRADES = ["kraft", "teknik", "bygg", "data", "handel", "service", "konsult", "logistik",
           "media", "design", "system", "partner", "el", "rör", "transport", "fastigheter",
           "invest", "gruppen", "verken", "gården"]
_FORMS = ["AB", "Aktiebolag", "HB", "& Co", "Sverige AB", "Nordic AB", "KB", "Group", "AB",
          "Konsult AB"]
_CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping",
           "Helsingborg", "Jönköping", "Norrköping", "Lund", "Umeå", "Gävle", "Borås",
           "Södertälje", "Eskilstuna", "Halmstad", "Växjö", "Karlstad", "Sundsvall",
           "Östersund", "Trollhättan", "Luleå", "Kalmar", "Skövde", "Åre"]
_FIRST = ["Anna", "Anders", "Åsa", "Örjan", "Björn", "Lars", "Karin", "Eva", "Maria", "Erik",
          "Per", "Sofia", "Johan", "Märta", "Ingrid", "Mikael", "Elin", "Göran", "Lena", "Jonas",
          "Ulla", "Stefan", "Helena", "Mats", "Emma", "Kjell", "Linnéa", "Håkan", "Sara", "Ola"]
_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
         "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
         "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström",
         "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Öberg",
         "Åkesson", "Ström", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Ek",
         "Danielsson", "Håkansson", "Fransson", "Lundgren"]
_RARE = ["Xylem Teknik AB", "Xylem Water Solutions", "Xylem Rör HB"]


def _ascii(text: str) -> str:
    return (text.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
            .replace("é", "e").replace(" ", "").replace("&", ""))


def dataset(n_accounts: int, n_contacts: int, seed: int = SEED) -> bulk.BulkData:
    """Deterministic accounts (every 20th inactive) and contacts, each with an e-mail."""
    rng = random.Random(seed)
    accounts, domains = [], []
    for i in range(1, n_accounts + 1):
        if i <= len(_RARE):
            name = _RARE[i - 1]
        elif i % 3 == 0:
            name = f"{rng.choice(_LAST)}s {rng.choice(_TRADES).capitalize()} {rng.choice(_FORMS)}"
        else:
            name = f"{rng.choice(_STEMS)}{rng.choice(_TRADES)} {rng.choice(_FORMS)}"
        if i % 7 == 0:
            name = f"{name} {i}"
        domain = f"{_ascii(name.split()[0])}{i}.se"
        domains.append(domain)
        accounts.append((i, name, f"K{i:06d}", rng.choice(_CITIES), f"info@{domain}",
                         f"+46 8 {rng.randrange(100000, 999999)}", i % 20 != 0))
    contacts = []
    for i in range(1, n_contacts + 1):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        account = rng.randrange(1, n_accounts + 1)
        contacts.append((i, first, last, f"{first} {last}",
                         f"{_ascii(first)}.{_ascii(last)}@{domains[account - 1]}", account,
                         i % 20 != 0))
    return bulk.BulkData(
        accounts=bulk.Rows(("id", "name", "account_number", "city", "email", "phone",
                            "active"), accounts),
        contacts=bulk.Rows(("id", "first_name", "last_name", "full_name", "email",
                            "parent_account", "active"), contacts))


# -- the hand-written equivalent -------------------------------------------------------------

_RAW_PREFIX = {
    "account": """SELECT id, name, name_sort, account_number, city FROM account
        WHERE active = 1 AND name_sort >= ? AND name_sort < ?
        ORDER BY name_sort, id LIMIT ?""",
    "contact": """SELECT c.id, c.full_name, c.name_sort, a.name, c.email FROM contact c
        LEFT JOIN account a ON a.id = c.parent_account_id
        WHERE c.active = 1 AND c.name_sort >= ? AND c.name_sort < ?
        ORDER BY c.name_sort, c.id LIMIT ?""",
}
_RAW_SELECT = {
    "account": "SELECT id, name, name_sort, account_number, city, {tier} AS tier FROM account",
    "contact": """SELECT c.id, c.full_name, c.name_sort, a.name, c.email, {tier} AS tier
        FROM contact c LEFT JOIN account a ON a.id = c.parent_account_id""",
}
_RAW_FOUND = {
    "account": """(name_sort LIKE :contains ESCAPE '\\' OR email LIKE :raw ESCAPE '\\'
        OR account_number LIKE :raw ESCAPE '\\')""",
    "contact": """(c.name_sort LIKE :contains ESCAPE '\\' OR c.email LIKE :raw ESCAPE '\\')""",
}
_RAW_TIER = "CASE WHEN {p}name_sort LIKE :word ESCAPE '\\' THEN 2 ELSE 3 END"
_RAW_NOT_PREFIX = "NOT ({p}name_sort >= :low AND {p}name_sort < :high)"


def _raw_scan(conn, kind: str, params: dict) -> list[tuple]:
    """tiers 2 and 3 of one table, the window way of lookups._scan, in plain SQL."""
    p = "c." if kind == "contact" else ""
    table = kind
    limit = params["n"]
    edge = conn.execute(f"SELECT name_sort FROM {table} ORDER BY name_sort, id "
                        f"LIMIT 1 OFFSET {lookups.WINDOW - 1}").fetchone()
    base = (_RAW_SELECT[kind].format(tier=_RAW_TIER.format(p=p))
            + f" WHERE {p}active = 1 AND {_RAW_FOUND[kind]} AND "
            + _RAW_NOT_PREFIX.format(p=p))
    order = f" ORDER BY tier, {p}name_sort, {p}id LIMIT :n"

    def fetch(sql, **extra):
        return [(r[5], r[2], r[0]) for r in conn.execute(sql, {**params, **extra})]

    if edge is None:
        return fetch(base + order)
    edge = edge[0]
    window = fetch(base + f" AND {p}name_sort <= :edge" + order, edge=edge)
    if len(window) < limit:
        return fetch(base + order)
    words = [m for m in window if m[0] == 2]
    if len(words) == limit:
        return window
    later = fetch(_RAW_SELECT[kind].format(tier="2")
                  + f" WHERE {p}active = 1 AND {p}name_sort > :edge AND {p}name_sort LIKE :word"
                  + " ESCAPE '\\' AND " + _RAW_NOT_PREFIX.format(p=p)
                  + f" ORDER BY {p}name_sort, {p}id LIMIT :n", edge=edge,
                  n=limit - len(words))
    return (words + later + [m for m in window if m[0] == 3])[:limit]


def raw_search(conn: sqlite3.Connection, text: str, limit: int = LIMIT) -> list[tuple]:
    """(kind, id) of the best matches, the same steps in plain SQL."""
    text = " ".join(text.split())
    key = sort_key(text, 161)
    high = prefix_upper_bound(key)
    found = [(r[2], kind, r[0]) for kind, sql in _RAW_PREFIX.items()
             for r in conn.execute(sql, (key, high, limit))]
    found.sort()
    if len(found) >= limit:
        return [(k, i) for _, k, i in found[:limit]]
    params = {"word": contains_pattern(" " + key), "contains": contains_pattern(key),
              "raw": contains_pattern(text), "low": key, "high": high,
              "n": limit - len(found)}
    more = sorted((m[0], m[1], kind, m[2]) for kind in _RAW_PREFIX
                  for m in _raw_scan(conn, kind, params))
    return ([(k, i) for _, k, i in found]
            + [(k, i) for _, _, k, i in more[:limit - len(found)]])


# -- the run ---------------------------------------------------------------------------------


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1,
                                                   round(0.95 * (len(ordered) - 1)))]


def run(n_accounts: int = 100_000, n_contacts: int | None = None, reps: int = 30,
        workdir: str | None = None, log=print) -> dict:
    """Load, time, compare; returns {term: figures} and prints a table."""
    n_contacts = n_accounts if n_contacts is None else n_contacts
    folder = Path(tempfile.mkdtemp(prefix="casedesk-lookup-", dir=workdir))
    path = folder / "casedesk.db"
    opened = open_database(sqlite_url(path), backups_dir=folder / "backups")
    conn = None
    try:
        admin.ensure_reference_data(Session(opened.database))
        started = time.perf_counter()
        result = bulk.load(dataset(n_accounts, n_contacts))
        log(f"loaded {result.counts} through controllers/bulk.py in "
            f"{time.perf_counter() - started:.1f} s")
        conn = sqlite3.connect(path, isolation_level=None)
        for name, value in SQLITE_PRAGMAS.items():
            conn.execute(f"PRAGMA {name} = {value}")
        plan = conn.execute("EXPLAIN QUERY PLAN " + _RAW_PREFIX["account"],
                            ("nord", "nore", 10)).fetchall()
        log("plan of the prefix range: " + "; ".join(r[-1] for r in plan))
        figures = {}
        log(f"\n  {'label':<12}{'term':<10}{'found':>6}  {'casedesk median/p95 ms':>24}"
            f"  {'raw median/p95 ms':>19}  {'ratio':>6}")
        for label, term in TERMS:
            ours = [(i.kind, i.id) for i in lookups.search_customers(term, LIMIT)]
            theirs = raw_search(conn, term)
            if ours != theirs:
                raise AssertionError(f"{term!r}: CaseDesk {ours} != raw {theirs}")
            times = {"casedesk": [], "raw": []}
            for _ in range(reps):
                t = time.perf_counter()
                lookups.search_customers(term, LIMIT)
                times["casedesk"].append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                raw_search(conn, term)
                times["raw"].append((time.perf_counter() - t) * 1000)
            cd, raw = _stats(times["casedesk"]), _stats(times["raw"])
            figures[term] = {"label": label, "found": len(ours), "casedesk_median_ms": cd[0],
                             "casedesk_p95_ms": cd[1], "raw_median_ms": raw[0],
                             "raw_p95_ms": raw[1], "ratio": cd[0] / raw[0] if raw[0] else 0}
            log(f"  {label:<12}{term:<10}{len(ours):>6}  {cd[0]:>11.2f} / {cd[1]:>9.2f}"
                f"  {raw[0]:>8.2f} / {raw[1]:>8.2f}  {figures[term]['ratio']:>5.2f}x")
        medians = [f["casedesk_median_ms"] for f in figures.values()]
        overall = statistics.median(medians)
        log(f"\nmedian over the terms: {overall:.2f} ms (target <= {TARGET_MS:g} ms: "
            + ("met" if overall <= TARGET_MS else "MISSED")
            + f"); slowest term median {max(medians):.2f} ms; identical results: yes")
        return figures
    finally:
        if conn is not None:
            conn.close()
        opened.database.close()
        db.initialize(None)
        for p in sorted(folder.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        folder.rmdir()
