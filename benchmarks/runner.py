"""`python -m benchmarks`: the comparison workload, CaseDesk next to raw sqlite3 in one run.

    python -m benchmarks [--size S|L] [--cases N] [--reps N | kind=N,...] [--only 3,4,...]
                         [--database URL | --engine postgresql]
                         [--workload PATH] [--out DIR] [--workdir DIR] [--keep]
    python -m benchmarks --load [--agents 20] [--seconds 60] [--cases N] [--database URL]
    python -m benchmarks --lookup [--accounts N] [--reps N] [--workdir DIR]
    python -m benchmarks --routing [--cases N] [--reps N] [--workdir DIR]

Prints workload.format_table (n, median, p95, ratio to raw), the correctness checks, the
search counts of both semantics, the issue's targets, and writes everything as JSON to
benchmarks/results/<date>-<cases>.json.

With a PostgreSQL server (`--database URL`, or `--engine postgresql` and the URL in
CASEDESK_BENCH_POSTGRES; see benchmarks/postgres.py) the same run also loads the data set into
a fresh database there and times CaseDesk on it next to raw psycopg, interleaved rep by rep
with the SQLite pair; the table puts both engines side by side and the JSON goes to
<date>-<cases>-postgresql.json. `--load` runs the concurrent-agents load test instead
(benchmarks/load.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks import postgres
from benchmarks.adapter import (
    DEEP_PAGE,
    EXTRA_OPS,
    CaseDeskAdapter,
    load_workload,
    raw_baseline_class,
)

RESULTS = Path(__file__).resolve().parent / "results"

#: The issue's targets (ms at 1M cases) and the ratio to raw SQL.
TARGETS_MS = {"3a": 20, "3b": 20, "3c": 20, "3d": 50, "3e": 50, "3f": 50}
TARGET_RATIO = 3.0

#: Ops CaseDesk cannot run yet, and why (run_all registers every op of every adapter, so
#: these are left out of `only` instead). Op 5 runs since Close Case (lifecycle.resolve_case).
NOT_YET: dict[str, str] = {}

#: (CaseDesk adapter, its raw baseline, the report key of their ratio), per engine.
PAIRS = (("casedesk", "raw-sqlite3", "ratio"), ("casedesk-pg", "raw-psycopg", "ratio_pg"))

SEARCH_NOTE = (
    "CaseDesk's op 4 is the keyword search of issue 8 (search.search_cases over the FTS5 "
    "index; on PostgreSQL over case_search, a tsvector with a GIN index): whole words, the "
    "last word also as a prefix, folded for case and diacritics, in title, description and "
    "resolution text; title matches first, then newest. The workload's reference is a "
    "substring of title + description, so counts differ (see the search section below).")


def parse_reps(text: str | None) -> dict | None:
    if not text:
        return None
    if text.isdigit():
        return dict.fromkeys(("create", "list", "search", "resolve", "detail", "count"),
                             int(text))
    out = {}
    for part in text.split(","):
        kind, _, n = part.partition("=")
        out[kind.strip()] = int(n)
    return out


def git_revision() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True, cwd=Path(__file__).parent).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True,
                               cwd=Path(__file__).parent).stdout.strip()
        return rev + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def search_reference(ds, terms) -> dict:
    """Matches per term under the workload's two reference semantics."""
    upper_to_lower = {i: i + 32 for i in range(65, 91)}
    texts = [c.title + " " + c.description for c in ds.cases]
    unicode_texts = [t.lower() for t in texts]
    ascii_texts = [t.translate(upper_to_lower) for t in texts]
    out = {}
    for _, term in terms:
        low, asc = term.lower(), term.translate(upper_to_lower)
        out[term] = {"unicode": sum(1 for t in unicode_texts if low in t),
                     "ascii_like": sum(1 for t in ascii_texts if asc in t)}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    ap.add_argument("--size", choices=("S", "L"),
                    help="S: 10,000 cases (the default), L: 100,000 (--load: the default)")
    ap.add_argument("--cases", type=int, help="any number of cases (overrides --size)")
    ap.add_argument("--reps", help="repetitions: N for every op, or kind=N,... "
                                   "(kinds: create list search resolve detail count)")
    ap.add_argument("--only", help="op keys to run, e.g. 3,4,6 (a key includes its variants)")
    ap.add_argument("--workload", help="path of workload.py (default ../shared/bench)")
    ap.add_argument("--out", help="folder for the JSON result (default benchmarks/results)")
    ap.add_argument("--workdir", help="where the temporary databases go")
    ap.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    ap.add_argument("--database", metavar="URL",
                    help="also run on PostgreSQL: a server URL whose role may CREATE DATABASE "
                         "(e.g. what scripts/pg_server.py status prints); --load: the engine "
                         "to load-test (default a SQLite file)")
    ap.add_argument("--engine", choices=("sqlite", "postgresql"),
                    help="postgresql: as --database, with the URL from "
                         f"{postgres.ENV} (or {postgres.TEST_ENV})")
    ap.add_argument("--load", action="store_true",
                    help="run the concurrent-agents load test instead (benchmarks/load.py)")
    ap.add_argument("--agents", type=int, default=20, help="--load: simulated agents")
    ap.add_argument("--seconds", type=float, default=60.0, help="--load: how long they work")
    ap.add_argument("--hot", type=int, default=50,
                    help="--load: cases in the hot set that agents fight over")
    ap.add_argument("--hot-share", type=float, default=0.3,
                    help="--load: share of case edits and notes that go to the hot set")
    ap.add_argument("--think-ms", type=float, default=5.0,
                    help="--load: mean pause between opening a case and saving it")
    ap.add_argument("--processes", action="store_true",
                    help="--load: one process per agent instead of one thread per agent")
    ap.add_argument("--superuser", action="store_true",
                    help="--load on PostgreSQL: every agent connects with the URL's login "
                         "instead of a login of its own in the casedesk_agent role")
    ap.add_argument("--lookup", action="store_true",
                    help="run the customer-lookup benchmark instead (benchmarks/lookups.py)")
    ap.add_argument("--accounts", type=int, default=100_000,
                    help="--lookup: accounts (and as many contacts) to load")
    ap.add_argument("--routing", action="store_true",
                    help="run the Apply Routing Rule benchmark instead (benchmarks/routing.py;"
                         " --cases defaults to 10,000, --reps to 3)")
    args = ap.parse_args(argv)
    server = None
    if args.database or args.engine == "postgresql":
        server = postgres.server_url(args.database)
    if args.load:
        from benchmarks.load import main as run_load

        return run_load(args, server)
    if args.routing:
        from benchmarks.routing import run as run_routing

        n = args.cases or 10_000
        print(f"CaseDesk routing benchmark: {n:,} cases, python {platform.python_version()}, "
              f"sqlite {sqlite3.sqlite_version}, rev {git_revision()}", flush=True)
        run_routing(n, reps=int(args.reps) if args.reps else 3, workdir=args.workdir,
                    log=lambda s: print(s, flush=True))
        return 0
    if args.lookup:
        from benchmarks.lookups import run as run_lookup

        print(f"CaseDesk lookup benchmark: {args.accounts:,} accounts and contacts, python "
              f"{platform.python_version()}, sqlite {sqlite3.sqlite_version}, "
              f"rev {git_revision()}", flush=True)
        run_lookup(args.accounts, reps=int(args.reps) if args.reps else 30,
                   workdir=args.workdir, log=lambda s: print(s, flush=True))
        return 0

    wl = load_workload(args.workload)
    args.size = args.size or "S"
    size = "custom" if args.cases else args.size
    n_cases = args.cases or wl.SIZES[args.size]
    print(f"CaseDesk benchmark: workload {wl.WORKLOAD_VERSION}, {n_cases:,} cases, "
          f"python {platform.python_version()}, sqlite {sqlite3.sqlite_version}, "
          f"rev {git_revision()}", flush=True)
    pg_info = None
    if server:
        pg_info = postgres.server_info(server)
        print(f"PostgreSQL {pg_info['version']} at {postgres.safe(server)} (fsync "
              f"{pg_info['fsync']}, synchronous_commit {pg_info['synchronous_commit']}); "
              f"machine {json.dumps(postgres.machine_info())}", flush=True)
    started = time.perf_counter()
    ds = wl.generate(size if args.cases else args.size, n_cases=args.cases)
    gen_s = time.perf_counter() - started
    summary = ds.summary()
    print(f"generated in {gen_s:.1f} s: {json.dumps(summary, ensure_ascii=False)}", flush=True)

    workdir = Path(tempfile.mkdtemp(prefix="casedesk-bench-", dir=args.workdir))
    (workdir / "raw").mkdir()
    (workdir / "casedesk").mkdir()
    casedesk = CaseDeskAdapter(wl)
    raw = raw_baseline_class(wl)()
    adapters = [raw, casedesk]
    casedesk_pg = raw_pg = None
    if server:
        pid = os.getpid()
        casedesk_pg = CaseDeskAdapter(wl, server, database_name=f"casedesk_bench_{pid}")
        raw_pg = postgres.raw_baseline_class(wl)(server, f"casedesk_bench_raw_{pid}")
        adapters += [raw_pg, casedesk_pg]
    try:
        seed = {}
        seed["casedesk"] = casedesk.setup(ds, workdir / "casedesk")
        print(f"seed casedesk: {seed['casedesk']:.2f} s  {casedesk.seed_detail}", flush=True)
        seed["raw-sqlite3"] = raw.setup(ds, workdir / "raw")
        print(f"seed raw-sqlite3: {seed['raw-sqlite3']:.2f} s (includes its FTS5 trigram "
              f"index; CaseDesk's word index is in its seed time)", flush=True)
        raw.attach(casedesk)
        if server:
            seed["casedesk-pg"] = casedesk_pg.setup(ds, workdir / "casedesk-pg")
            print(f"seed casedesk-pg: {seed['casedesk-pg']:.2f} s (bulk load with COPY; "
                  f"includes the schema and the search index)  {casedesk_pg.seed_detail}",
                  flush=True)
            seed["raw-psycopg"] = raw_pg.setup(ds, workdir / "raw-pg")
            print(f"seed raw-psycopg: {seed['raw-psycopg']:.2f} s (COPY; includes its pg_trgm "
                  "index)", flush=True)
            raw_pg.attach(casedesk_pg)

        keys = {"2", "3", "4", "5", "6", "7"}
        only = {k.strip() for k in args.only.split(",")} if args.only else set(keys)
        for key, why in NOT_YET.items():
            if key in only:
                only.discard(key)
                print(f"op {key} skipped for every adapter: CaseDesk has {why}. "
                      "(workload.run_all registers each adapter's op_* unconditionally and "
                      "has no per-adapter skip, so the key is left out of `only`.)")
        reps = parse_reps(args.reps)
        print("deep pages (keyset, walked once untimed): " + ", ".join(
            f"{k} = page {casedesk.deep_pages[k]}" for k in DEEP_PAGE), flush=True)
        mismatches = extra_mismatches(casedesk, raw)
        print("extra ops, CaseDesk vs raw SQL ids: "
              + ("identical" if not mismatches else f"DIFFER for {mismatches}"), flush=True)
        if server:
            pg_mismatches = extra_mismatches(casedesk_pg, raw_pg)
            print("extra ops on PostgreSQL, CaseDesk vs raw SQL ids: "
                  + ("identical" if not pg_mismatches else f"DIFFER for {pg_mismatches}"),
                  flush=True)
            mismatches += [f"pg:{k}" for k in pg_mismatches]

        tm, checks, terms = wl.run_all(adapters, ds, reps=reps, only=only,
                                       log=lambda s: print(s, flush=True))
        print()
        # one engine: the ratio to raw sqlite3; both: no ratio column here (it would compare
        # PostgreSQL with raw sqlite3), the side-by-side table below has the per-engine ones
        print(wl.format_table(tm, adapters, ratio_base=None if server else raw.name))
        report = build_report(wl, ds, tm, checks, terms, adapters, raw, casedesk, seed, gen_s,
                              summary, size, n_cases, only, mismatches)
        if server:
            report["engines"] = ["sqlite", "postgresql"]
            report["postgresql"] = pg_info
            report["machine_detail"] = postgres.machine_info()
            report["command"] = command_line(argv)
            report["casedesk_pg_seed_detail"] = casedesk_pg.seed_detail
        print_checks(report)
        if server:
            print_side_by_side(report)
        if "4" in only:
            from benchmarks import search as search_bench

            search_reps = (parse_reps(args.reps).get("search", search_bench.REPS)
                           if args.reps else search_bench.REPS)
            reference = search_reference(ds, terms)
            report["search"] = search_bench.run(
                raw.casedesk_conn, terms, reference, reps=search_reps,
                log=lambda s: print(s, flush=True), bind=casedesk.bind)
            if server:
                report["search_pg"] = search_bench.run(
                    raw_pg.casedesk_conn, terms, reference, reps=search_reps,
                    log=lambda s: print(s, flush=True), postgres=True, bind=casedesk_pg.bind)
        out_dir = Path(args.out) if args.out else RESULTS
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = (f"{date.today().isoformat()}-{n_cases}" + ("-postgresql" if server else "")
                + ("-durable" if postgres.durable(pg_info) else ""))
        target = out_dir / f"{stem}.json"
        n = 1
        while target.exists():
            n += 1
            target = out_dir / f"{stem}-{n}.json"
        target.write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str),
                          encoding="utf-8")
        print(f"\nwritten: {target}")
    finally:
        for adapter in adapters:
            adapter.close(**({"keep": args.keep} if adapter in (casedesk_pg, raw_pg) else {}))
        if args.keep:
            print(f"databases kept in {workdir}"
                  + (f" and on the server: casedesk_bench_{os.getpid()}, "
                     f"casedesk_bench_raw_{os.getpid()}" if server else ""))
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


def command_line(argv) -> str:
    """How this run was started, without passwords."""
    args = sys.argv[1:] if argv is None else list(argv)
    return "python -m benchmarks " + " ".join(
        postgres.safe(a) if a.startswith(("postgres://", "postgresql://")) else a for a in args)


def extra_mismatches(casedesk, raw) -> list[str]:
    """The extra ops whose CaseDesk page and raw-SQL page hold different cases."""
    ours = {k: fn for k, _, _, fn in casedesk.extra_ops()}
    theirs = {k: fn for k, _, _, fn in raw.extra_ops() if k in ours}
    return [k for k in ours
            if [r[0] for r in ours[k]()[1]] != [r[0] for r in theirs[k]()[1]]]


def build_report(wl, ds, tm, checks, terms, adapters, raw, casedesk, seed, gen_s, summary,
                 size, n_cases, only, mismatches) -> dict:
    ops = {}
    for key in tm.order:
        entry = {"label": tm.labels[key]}
        for a in adapters:
            st = tm.stats(a.name, key)
            if st:
                entry[a.name] = {k: round(v, 4) if isinstance(v, float) else v
                                 for k, v in st.items()}
        for ours_name, base_name, ratio_key in PAIRS:
            base = entry.get(base_name) or (tm.stats(base_name, key.rstrip("abcdefgh")) or None)
            ours = entry.get(ours_name)
            if ours and base and base["median_ms"] > 0:
                entry[ratio_key] = round(ours["median_ms"] / base["median_ms"], 2)
        for ratio_key, pg_name, sqlite_name in (("pg_vs_sqlite", "casedesk-pg", "casedesk"),
                                                ("raw_pg_vs_sqlite", "raw-psycopg",
                                                 "raw-sqlite3")):
            pg_stats, sqlite_stats = entry.get(pg_name), entry.get(sqlite_name)
            if pg_stats and sqlite_stats and sqlite_stats["median_ms"] > 0:
                entry[ratio_key] = round(pg_stats["median_ms"] / sqlite_stats["median_ms"], 2)
        ours = entry.get(casedesk.name)
        if key in TARGETS_MS and ours:
            entry["target_ms"] = TARGETS_MS[key]
            entry["meets_time"] = ours["median_ms"] <= TARGETS_MS[key]
            entry["meets_ratio"] = entry.get("ratio", 0) <= TARGET_RATIO
        ops[key] = entry
    reference = search_reference(ds, terms) if any(k.startswith("4") for k in ops) else {}
    search = []
    for label, term in terms:
        row = {"label": label, "term": term, **reference.get(term, {})}
        for a in adapters:
            for key in ("4", "4b"):
                if f"{key}:{term}" in checks[a.name]:
                    row[f"{a.name} {key} count"] = checks[a.name][f"{key}:{term}"]
                v = sorted(tm.by_input.get((a.name, key, term), []))
                if v:
                    row[f"{a.name} {key} median ms"] = round(v[len(v) // 2], 3)
        search.append(row)
    return {
        "workload_version": wl.WORKLOAD_VERSION, "size": size, "cases": n_cases,
        "date": date.today().isoformat(), "revision": git_revision(),
        "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
        "machine": platform.machine(), "generate_s": round(gen_s, 2), "dataset": summary,
        "seed_s": {k: round(v, 2) for k, v in seed.items()},
        "casedesk_seed_detail": casedesk.seed_detail,
        "ops_run": sorted(only), "skipped": NOT_YET,
        "deep_pages": casedesk.deep_pages, "extra_ops": EXTRA_OPS,
        "extra_ops_raw_matches": not mismatches,
        "ops": ops, "checks": checks, "search": search, "search_note": SEARCH_NOTE,
    }


def print_checks(report) -> None:
    print("\nchecks (op 3 total / first ids, op 7 total):")
    for name, values in report["checks"].items():
        shown = {k: v for k, v in values.items() if not k.startswith("4")}
        print(f"  {name:<12} {json.dumps(shown, ensure_ascii=False)}")
    if report["search"]:
        print("\nop 4 per term: " + SEARCH_NOTE)
        pg = "postgresql" in report.get("engines", ())
        print(f"  {'label':<13}{'term':<16}{'substring':>10}{'ascii LIKE':>11}"
              f"{'raw 4':>8}{'raw 4b':>8}{'casedesk':>10}{'cd ms':>9}{'raw ms':>9}"
              + (f"{'pg ILIKE':>9}{'pg cd':>8}{'pg cd ms':>9}{'ILIKE ms':>9}" if pg else ""))
        for row in report["search"]:
            print(f"  {row['label']:<13}{row['term']:<16}{row.get('unicode', ''):>10}"
                  f"{row.get('ascii_like', ''):>11}{row.get('raw-sqlite3 4 count', ''):>8}"
                  f"{row.get('raw-sqlite3 4b count', ''):>8}"
                  f"{row.get('casedesk 4 count', ''):>10}"
                  f"{row.get('casedesk 4 median ms', ''):>9}"
                  f"{row.get('raw-sqlite3 4 median ms', ''):>9}"
                  + (f"{row.get('raw-psycopg 4 count', ''):>9}"
                     f"{row.get('casedesk-pg 4 count', ''):>8}"
                     f"{row.get('casedesk-pg 4 median ms', ''):>9}"
                     f"{row.get('raw-psycopg 4 median ms', ''):>9}" if pg else ""))
    print(f"\nseed: {report['seed_s']}  casedesk detail: {report['casedesk_seed_detail']}")
    print("\nmedian / p95 ms and ratio to raw (targets: the issue's, at 1M cases):")
    for entry in report["ops"].values():
        ours = entry.get("casedesk")
        base = entry.get("raw-sqlite3")
        if not ours:
            continue
        line = (f"  {entry['label'][:40]:<41} casedesk {ours['median_ms']:>9.3f} / "
                f"{ours['p95_ms']:>9.3f}")
        if base:
            line += f"   raw {base['median_ms']:>8.3f} / {base['p95_ms']:>8.3f}"
        if "ratio" in entry:
            line += f"   {entry['ratio']:>6.1f}x"
        if "target_ms" in entry:
            line += (f"   <= {entry['target_ms']} ms: "
                     + ("met" if entry["meets_time"] else "MISSED")
                     + f", <= {TARGET_RATIO:g}x: " + ("met" if entry["meets_ratio"] else "MISSED"))
        print(line)
    for key, why in report["skipped"].items():
        print(f"  op {key}: skipped ({why})")


def print_side_by_side(report) -> None:
    """Median ms per op on both engines: CaseDesk and the raw driver, each engine's ratio,
    and PostgreSQL over SQLite."""
    print("\nSQLite vs PostgreSQL, median ms (p95); ratio = CaseDesk / raw driver on the same "
          "engine; PG/SQLite = CaseDesk on PostgreSQL / CaseDesk on SQLite")
    print(f"  {'op':<38}{'CaseDesk SQLite':>18}{'raw sqlite3':>16}{'ratio':>7}"
          f"{'CaseDesk PG':>18}{'raw psycopg':>16}{'ratio':>7}{'PG/SQLite':>10}")

    def cell(stats, width):
        if not stats:
            return f"{'':>{width}}"
        return f"{stats['median_ms']:>{width - 9}.2f} ({stats['p95_ms']:>6.1f})"

    for entry in report["ops"].values():
        line = (f"  {entry['label'][:37]:<38}{cell(entry.get('casedesk'), 18)}"
                f"{cell(entry.get('raw-sqlite3'), 16)}"
                f"{entry['ratio'] if 'ratio' in entry else '':>7}"
                f"{cell(entry.get('casedesk-pg'), 18)}{cell(entry.get('raw-psycopg'), 16)}"
                f"{entry['ratio_pg'] if 'ratio_pg' in entry else '':>7}"
                f"{entry['pg_vs_sqlite'] if 'pg_vs_sqlite' in entry else '':>10}")
        print(line)
    seeds = report["seed_s"]
    print(f"  seed (s): CaseDesk SQLite {seeds.get('casedesk')}, raw sqlite3 "
          f"{seeds.get('raw-sqlite3')}, CaseDesk PG {seeds.get('casedesk-pg')}, raw psycopg "
          f"{seeds.get('raw-psycopg')}")


if __name__ == "__main__":
    sys.exit(main())
