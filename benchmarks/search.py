"""The search section of the benchmark (issue 8): keyword search and quick find as you type.

Runs on the CaseDesk file the main run loaded. Keyword search: search_cases (top 50 and the
total) over the workload's ten terms, two-word queries and prefixes, each next to the same
statements written by hand against the FTS5 index (title tier, other tier, count, the rows
of the 50 hits) — the "raw FTS5" figure the ratio is taken against. Quick find: quick_find
for the prefixes of 2..6 letters of several terms, next to the raw title query.

On PostgreSQL (`run(..., postgres=True)` with a psycopg connection) the hand-written side is
the same statements against case_search (tsvector, GIN) instead of FTS5.
"""

from __future__ import annotations

import statistics
import time

from casedesk.controllers import search
from casedesk.controllers.search import fts_query, pg_query, query_words

REPS = 30
LIMIT = 50

TWO_WORDS = ["kund printer", "skrivare åtkomst", "firewall försäkring", "please fel",
             "lösenord återställa"]
PREFIXES = ["skriv", "åtk", "förs", "firew", "lösen", "kun"]
QUICK_TERMS = ["skrivare", "åtkomst", "försäkring", "firewall", "lösenord"]

_ROWS = ("SELECT i.id, i.number, i.title, COALESCE(a.name, c.full_name, ''), i.state, "
         "i.status_reason, i.created_on, COALESCE(s.title, ''), i.description FROM incident i "
         "LEFT JOIN account a ON a.id = i.customer_account_id "
         "LEFT JOIN contact c ON c.id = i.customer_contact_id "
         "LEFT JOIN subject s ON s.id = i.subject_id WHERE i.id IN ({})")


def raw_search(conn, text: str, limit: int = LIMIT):
    """search_cases by hand: two rowid-ordered tiers, the count and the rows."""
    words = query_words(text)
    q, tq = fts_query(words), fts_query(words, column="title")
    ids = [r[0] for r in conn.execute(
        "SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        (tq, limit))]
    if len(ids) < limit:
        ids += [r[0] for r in conn.execute(
            "SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            (f"({q}) NOT ({tq})", limit - len(ids)))]
    total = conn.execute("SELECT COUNT(*) FROM case_fts WHERE case_fts MATCH ?",
                         (q,)).fetchone()[0]
    rows = conn.execute(_ROWS.format(",".join("?" * len(ids))), ids).fetchall() if ids else []
    return total, rows


_PG_IDS = ("SELECT case_id FROM case_search WHERE doc @@ CAST(%s AS tsquery){} "
           "ORDER BY case_id DESC LIMIT %s")


def raw_search_pg(conn, text: str, limit: int = LIMIT):
    """raw_search on PostgreSQL: the same tiers, count and rows over case_search."""
    words = query_words(text)
    q, tq = pg_query(words), pg_query(words, title_only=True)
    ids = [r[0] for r in conn.execute(_PG_IDS.format(""), (tq, limit))]
    if len(ids) < limit:
        ids += [r[0] for r in conn.execute(
            _PG_IDS.format(" AND NOT doc @@ CAST(%s AS tsquery)"), (q, tq, limit - len(ids)))]
    total = conn.execute("SELECT COUNT(*) FROM case_search WHERE doc @@ CAST(%s AS tsquery)",
                         (q,)).fetchone()[0]
    rows = (conn.execute(_ROWS.format(",".join(["%s"] * len(ids))), ids).fetchall()
            if ids else [])
    return total, rows


def raw_quick_pg(conn, text: str, limit: int = 8):
    words = query_words(text)
    return conn.execute(
        "SELECT i.id, i.number, i.title FROM incident i WHERE i.id IN (SELECT case_id FROM "
        "case_search WHERE doc @@ CAST(%s AS tsquery) ORDER BY case_id DESC LIMIT %s) "
        "ORDER BY i.id DESC", (pg_query(words, title_only=True), limit)).fetchall()


def raw_quick(conn, text: str, limit: int = 8):
    words = query_words(text)
    return conn.execute(
        "SELECT i.id, i.number, i.title FROM incident i WHERE i.id IN (SELECT rowid FROM "
        "case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY i.id DESC",
        (fts_query(words, column="title"), limit)).fetchall()


def _time(fn, reps: int) -> list[float]:
    for _ in range(2):
        fn()
    out = []
    for _ in range(reps):
        t = time.perf_counter_ns()
        fn()
        out.append((time.perf_counter_ns() - t) / 1e6)
    return out


def _p95(xs):
    s = sorted(xs)
    return s[max(0, -(-len(s) * 95 // 100) - 1)]


def _stat(xs):
    return {"median_ms": round(statistics.median(xs), 3), "p95_ms": round(_p95(xs), 3)}


def run(conn, terms, reference: dict, *, reps: int = REPS, log=print, postgres: bool = False,
        bind=None) -> dict:
    """Time the search ops; `terms` are the workload's (label, term), `reference` its
    substring counts per term. Returns the report section. `bind`, when given, is called
    first (it points the model proxy at the database `conn` is connected to)."""
    global raw_search, raw_quick
    if bind is not None:
        bind()
    if postgres:  # the module's names, so the lambdas below pick the engine's versions
        raw_search, raw_quick = raw_search_pg, raw_quick_pg
    try:
        return _run(conn, terms, reference, reps=reps, log=log,
                    index="PostgreSQL case_search" if postgres else "FTS5")
    finally:
        raw_search, raw_quick = _raw_search_fts5, _raw_quick_fts5


def _run(conn, terms, reference: dict, *, reps: int, log, index: str) -> dict:
    queries = ([(label, term) for label, term in terms]
               + [("two words", t) for t in TWO_WORDS] + [("prefix", t) for t in PREFIXES])
    rows, all_ours, all_raw = [], [], []
    log(f"\nkeyword search (search_cases, top {LIMIT} + total) vs raw {index}, {reps} reps "
        "each")
    log(f"{'label':<13} {'query':<22} {'substr':>8} {'casedesk':>9} {'med ms':>8} "
        f"{'p95 ms':>8} {'raw med':>8} {'ratio':>6}")
    for label, text in queries:
        # interleave: one call of each, alternating which goes first
        ours, raw = [], []
        for fn in (lambda t=text: search.search_cases(t), lambda t=text: raw_search(conn, t)):
            fn(), fn()
        for i in range(reps):
            pair = [(ours, lambda t=text: search.search_cases(t)),
                    (raw, lambda t=text: raw_search(conn, t))]
            for out, fn in (pair if i % 2 == 0 else pair[::-1]):
                t = time.perf_counter_ns()
                fn()
                out.append((time.perf_counter_ns() - t) / 1e6)
        total, hits = search.search_cases(text)
        raw_total, _ = raw_search(conn, text)
        assert total == raw_total, (text, total, raw_total)
        ref = reference.get(text, {}).get("unicode")
        row = {"label": label, "query": text, "substring_matches": ref, "casedesk_matches": total,
               "casedesk": _stat(ours), "raw_fts5": _stat(raw),
               "ratio": round(statistics.median(ours) / statistics.median(raw), 2)}
        rows.append(row)
        all_ours += ours
        all_raw += raw
        log(f"{label:<13} {text:<22} {'' if ref is None else ref:>8} {total:>9} "
            f"{row['casedesk']['median_ms']:>8.2f} {row['casedesk']['p95_ms']:>8.2f} "
            f"{row['raw_fts5']['median_ms']:>8.2f} {row['ratio']:>6.2f}")
    mix = {"casedesk": _stat(all_ours), "raw_fts5": _stat(all_raw),
           "ratio": round(statistics.median(all_ours) / statistics.median(all_raw), 2)}
    log(f"{'whole mix':<36} {'':>9} {mix['casedesk']['median_ms']:>8.2f} "
        f"{mix['casedesk']['p95_ms']:>8.2f} {mix['raw_fts5']['median_ms']:>8.2f} "
        f"{mix['ratio']:>6.2f}   (target ≤ 20 ms median, ≤ 50 ms p95 at 1M)")

    quick, q_ours, q_raw = [], [], []
    log(f"\nquick find as you type (prefixes of 2..6 letters), {reps} reps each")
    for term in QUICK_TERMS:
        for n in range(2, 7):
            text = term[:n]
            ours = _time(lambda t=text: search.quick_find(t), reps)
            raw = _time(lambda t=text: raw_quick(conn, t), reps)
            q_ours += ours
            q_raw += raw
            quick.append({"query": text, "casedesk": _stat(ours), "raw_fts5": _stat(raw)})
        log(f"  {term:<12} " + "  ".join(
            f"{r['query']}: {r['casedesk']['median_ms']:.2f}/{r['casedesk']['p95_ms']:.2f}"
            for r in quick[-5:]) + "  (median/p95 ms)")
    quick_mix = {"casedesk": _stat(q_ours), "raw_fts5": _stat(q_raw),
                 "ratio": round(statistics.median(q_ours) / statistics.median(q_raw), 2)}
    log(f"quick find, all prefixes: median {quick_mix['casedesk']['median_ms']:.2f} ms, "
        f"p95 {quick_mix['casedesk']['p95_ms']:.2f} ms; raw title query median "
        f"{quick_mix['raw_fts5']['median_ms']:.2f} ms; ratio {quick_mix['ratio']:.2f} "
        "(target ≤ 30 ms; quick find also searches accounts and contacts, the raw query "
        "does cases only)")
    log("counts: 'substr' is the workload's Unicode substring count over title+description; "
        "CaseDesk matches words (the last word also as a prefix, so 'skrivare' finds "
        "'skrivaren' too) in title, description AND resolution text: resolutions add cases "
        "the workload does not count, while a term inside a word ('kund' in 'stamkund') is "
        "a substring hit CaseDesk does not make.")
    return {"keyword": rows, "keyword_mix": mix, "quick_find": quick, "quick_find_mix": quick_mix}


_raw_search_fts5, _raw_quick_fts5 = raw_search, raw_quick
