"""The PostgreSQL side of the benchmarks (issue 9): a server to run on, fresh databases on it,
and the raw-driver baseline for PostgreSQL.

`server_url()` finds the server: `--database URL` (a role that may CREATE DATABASE: the
superuser URL `python scripts/pg_server.py status` prints), else the environment variable
CASEDESK_BENCH_POSTGRES, else CASEDESK_TEST_POSTGRES. The benchmark makes its own databases on
that server and drops them afterwards; the database named in the URL is only used to connect.

`RawPsycopgAdapter` is workload.RawSqliteAdapter ported to PostgreSQL: the workload's reference
schema and indexes, loaded with COPY, and the same statements through psycopg 3 (the physical
limit on this engine). Op 4 uses ILIKE (Unicode case folding: it finds "Åtkomst" as well,
unlike SQLite's ASCII LIKE), op 4b a pg_trgm GIN index, PostgreSQL's counterpart of FTS5's
trigram tokenizer.
"""

from __future__ import annotations

import os
import platform
import time
from datetime import UTC, datetime
from urllib.parse import quote, urlparse, urlunparse

ENV = "CASEDESK_BENCH_POSTGRES"
TEST_ENV = "CASEDESK_TEST_POSTGRES"


def server_url(given: str | None = None) -> str:
    """The server URL to run on (see the module docstring); SystemExit with a hint if none."""
    url = given or os.environ.get(ENV) or os.environ.get(TEST_ENV)
    if not url:
        raise SystemExit(
            f"no PostgreSQL server: pass --database postgresql://user:password@host:port/postgres "
            f"or set {ENV} (a private one: python3 scripts/pg_server.py start)")
    if urlparse(url).scheme not in ("postgresql", "postgres"):
        raise SystemExit(f"not a PostgreSQL URL: {safe(url)}")
    return url


def safe(url: str) -> str:
    """The URL without its password (for logs and result files)."""
    parts = urlparse(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunparse(parts._replace(netloc=netloc))


def with_database(url: str, name: str, *, user: str | None = None,
                  password: str | None = None) -> str:
    """The URL of database `name` on the same server (optionally as another login)."""
    parts = urlparse(url)
    netloc = parts.netloc
    if user is not None:
        host = netloc.rsplit("@", 1)[-1]
        netloc = f"{quote(user, safe='')}:{quote(password or '', safe='')}@{host}"
    return urlunparse(parts._replace(netloc=netloc, path="/" + name))


def connect(url: str, **kw):
    import psycopg

    return psycopg.connect(url, autocommit=True, **kw)


def create_database(server: str, name: str) -> str:
    """A fresh, empty database `name` (an old one of that name is dropped); its URL."""
    with connect(server) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"')
    return with_database(server, name)


def drop_database(server: str, name: str) -> None:
    with connect(server) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_info(server: str) -> dict:
    """Version and the settings that decide what a write costs (for the result files)."""
    names = ("fsync", "synchronous_commit", "full_page_writes", "wal_level", "shared_buffers",
             "work_mem", "max_connections", "lc_collate", "lc_ctype")
    with connect(server) as con:
        out = {"version": con.execute("SHOW server_version").fetchone()[0],
               "host": urlparse(server).hostname}
        for name in names:
            out[name] = con.execute(f"SHOW {name}").fetchone()[0]
    return out


def durable(info: dict | None) -> bool:
    """True when the server pays for durable commits (fsync and synchronous_commit on)."""
    return bool(info) and info.get("fsync") == "on" and info.get("synchronous_commit") != "off"


def machine_info() -> dict:
    """Cores, CPU model and memory of this machine (the client; the server shares it when it
    runs on loopback)."""
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            kb = int(fh.readline().split()[1])
            memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {"cores": os.cpu_count(), "cpu": model or platform.processor(),
            "memory": memory, "os": platform.platform()}


def flush_wal(execute) -> None:
    """Let VACUUM see a load as committed for good. A test server runs with
    synchronous_commit off: until the WAL of the load is flushed, VACUUM may not set the hint
    bits and the visibility map of the rows just loaded, and every count stays a heap scan
    instead of an index-only scan (op 3 on raw psycopg: 4-5 ms instead of 0.7 ms). CHECKPOINT
    flushes it (superuser or pg_checkpoint); otherwise wait for the WAL writer. (Then run a
    plain VACUUM: a database-wide VACUUM ANALYZE right after a load left the visibility map
    empty in a test on PostgreSQL 15, VACUUM followed by ANALYZE did not.)"""
    try:
        execute("CHECKPOINT")
    except Exception:  # noqa: BLE001 - not allowed: the WAL writer flushes within a second
        execute("SELECT pg_sleep(1)")


def to_pg(sql: str) -> str:
    """sqlite3's `?` placeholders as psycopg's `%s` (the SQL here has no literal ? or %)."""
    return sql.replace("?", "%s")


def raw_adapter_class(wl):
    """RawPsycopgAdapter for this workload module (it reuses the module's SQL texts)."""

    schema = wl.RAW_SCHEMA.replace(
        "INTEGER PRIMARY KEY", "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
    trigram_text = "(title || ' ' || description)"

    class RawPsycopgAdapter:
        """Hand-written SQL through psycopg 3, no ORM, the workload's indexes: what
        PostgreSQL itself costs for each op (one connection, autocommit; each write one
        explicit transaction)."""

        name = "raw-psycopg"

        def __init__(self, server: str, database: str = "casedesk_bench_raw"):
            self.server = server
            self.database = database
            self.conn = None
            self.trigram = False

        def setup(self, ds, workdir) -> float:
            t = time.perf_counter()
            url = create_database(self.server, self.database)
            conn = self.conn = connect(url)
            with conn.transaction():
                for stmt in schema.strip().split(";"):
                    if stmt.strip():
                        conn.execute(stmt)
                self._copy("queue", ds.queues)
                self._copy("account", ds.accounts)
                self._copy("contact", ds.contacts)
                self._copy("agent", ds.agents)
                seqs, rows = {}, []
                for c in ds.cases:
                    y = datetime.fromtimestamp(c.created, UTC).year
                    seqs[y] = seqs.get(y, 0) + 1
                    rows.append((c.id, wl.case_number(y, seqs[y]), c.created, c.modified,
                                 c.queue_id, c.contact_id, c.account_id, c.owner_id,
                                 c.priority, c.status, c.title, c.description, c.resolution,
                                 c.due,
                                 c.modified if c.status >= wl.STATUS_RESOLVED else None))
                self._copy('"case"', rows)
                self._copy("counter", [(f"case-{y}", v) for y, v in seqs.items()])
                self._copy("activity", [(a.id, a.case_id, a.ts, a.kind, a.author_agent_id,
                                         int(a.public), a.body, a.new_status)
                                        for a in ds.activities])
                self._copy("history", ds.history)
                self._copy("queue_item", [(c.queue_id, c.id, c.created,
                                           int(c.status in wl.ACTIVE_STATUSES))
                                          for c in ds.cases],
                           "(queue_id, case_id, entered, active)")
                for table in ("queue", "account", "contact", "agent", '"case"', "activity",
                              "history", "queue_item"):
                    conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")
                for stmt in wl.RAW_INDEXES.strip().split(";"):
                    if stmt.strip():
                        conn.execute(stmt)
                if conn.execute("SELECT 1 FROM pg_available_extensions "
                                "WHERE name = 'pg_trgm'").fetchone():
                    conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                    conn.execute(f'CREATE INDEX case_trgm ON "case" USING gin '
                                 f"({trigram_text} gin_trgm_ops)")
                    self.trigram = True
            conn.execute("ANALYZE")
            flush_wal(conn.execute)
            conn.execute("VACUUM")  # as CaseDeskAdapter does after its load
            self._agent_ids = {a.id for a in ds.agents}
            return time.perf_counter() - t

        def _copy(self, table, rows, columns="") -> None:
            with self.conn.cursor().copy(f"COPY {table} {columns} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(tuple(row))

        def close(self, *, keep: bool = False):
            if self.conn is not None:
                self.conn.close()
                self.conn = None
                if not keep:
                    drop_database(self.server, self.database)

        # op 2
        def op_create(self, inp):
            conn = self.conn
            now = int(time.time())
            year = datetime.fromtimestamp(now, UTC).year
            acc = conn.execute("SELECT account_id FROM contact WHERE id = %s",
                               (inp.contact_id,)).fetchone()[0]
            with conn.transaction():
                seq = conn.execute(
                    "INSERT INTO counter (name, value) VALUES (%s, 1) ON CONFLICT (name) "
                    "DO UPDATE SET value = counter.value + 1 RETURNING value",
                    (f"case-{year}",)).fetchone()[0]
                number = wl.case_number(year, seq)
                cid = conn.execute(
                    'INSERT INTO "case" (number, created, modified, queue_id, contact_id, '
                    "account_id, owner_id, priority, status, title, description) "
                    "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) RETURNING id",
                    (number, now, now, inp.queue_id, inp.contact_id, acc, inp.owner_id,
                     inp.priority, wl.STATUS_OPEN, inp.title, inp.description)).fetchone()[0]
                aid = conn.execute(
                    "INSERT INTO activity (case_id, ts, kind, author_agent_id, public) "
                    "VALUES (%s,%s,%s,%s,1) RETURNING id",
                    (cid, now, "opened", inp.owner_id)).fetchone()[0]
                conn.execute("INSERT INTO history (case_id, activity_id, ts, field, old_value, "
                             "new_value) VALUES (%s,%s,%s,%s,%s,%s)",
                             (cid, aid, now, "created", None, number))
                conn.execute("INSERT INTO queue_item (queue_id, case_id, entered, active) "
                             "VALUES (%s,%s,%s,1)", (inp.queue_id, cid, now))
            return cid

        # op 3
        def op_list_active(self):
            conn = self.conn
            total = conn.execute(f'SELECT count(*) FROM "case" WHERE status IN '
                                 f"({wl.ACTIVE_SQL})").fetchone()[0]
            rows = conn.execute(f"SELECT {wl.LIST_COLS} {wl.LIST_FROM} WHERE c.status IN "
                                f"({wl.ACTIVE_SQL}) ORDER BY c.created DESC, c.id DESC "
                                "LIMIT 50").fetchall()
            return total, rows

        # op 4: ILIKE scan (what Django's icontains does on PostgreSQL, Unicode folding)
        def op_search(self, term):
            conn = self.conn
            pat = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where = "(c.title ILIKE %(p)s OR c.description ILIKE %(p)s)"
            total = conn.execute(f'SELECT count(*) FROM "case" c WHERE {where}',
                                 {"p": pat}).fetchone()[0]
            rows = conn.execute(f"SELECT {wl.LIST_COLS} {wl.LIST_FROM} WHERE {where} "
                                "ORDER BY c.created DESC, c.id DESC LIMIT 50",
                                {"p": pat}).fetchall()
            return total, rows

        # op 4b: the same through the pg_trgm index on title || ' ' || description
        def op_search_trgm(self, term):
            conn = self.conn
            pat = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where = "(c.title || ' ' || c.description) ILIKE %(p)s"
            total = conn.execute(f'SELECT count(*) FROM "case" c WHERE {where}',
                                 {"p": pat}).fetchone()[0]
            rows = conn.execute(f"SELECT {wl.LIST_COLS} {wl.LIST_FROM} WHERE {where} "
                                "ORDER BY c.created DESC, c.id DESC LIMIT 50",
                                {"p": pat}).fetchall()
            return total, rows

        # op 5
        def op_resolve(self, case_id, note):
            conn = self.conn
            now = int(time.time())
            with conn.transaction():
                old = conn.execute('SELECT status FROM "case" WHERE id = %s FOR UPDATE',
                                   (case_id,)).fetchone()[0]
                conn.execute('UPDATE "case" SET status = %s, resolution = %s, resolved_at = %s, '
                             "modified = %s WHERE id = %s",
                             (wl.STATUS_RESOLVED, note, now, now, case_id))
                aid = conn.execute(
                    "INSERT INTO activity (case_id, ts, kind, author_agent_id, public, body, "
                    "new_status) VALUES (%s,%s,%s,%s,1,%s,%s) RETURNING id",
                    (case_id, now, "resolved", 1, note, wl.STATUS_RESOLVED)).fetchone()[0]
                conn.execute("INSERT INTO history (case_id, activity_id, ts, field, old_value, "
                             "new_value) VALUES (%s,%s,%s,%s,%s,%s)",
                             (case_id, aid, now, "status", wl.STATUS_NAMES[old],
                              wl.STATUS_NAMES[wl.STATUS_RESOLVED]))
                conn.execute("UPDATE queue_item SET active = 0 WHERE case_id = %s", (case_id,))

        # op 6
        def op_detail(self, case_id):
            conn = self.conn
            case = conn.execute(
                'SELECT c.*, q.name, ag.username FROM "case" c JOIN queue q ON q.id = c.queue_id '
                "LEFT JOIN agent ag ON ag.id = c.owner_id WHERE c.id = %s",
                (case_id,)).fetchone()
            acts = conn.execute(
                "SELECT a.id, a.ts, a.kind, a.public, a.body, a.new_status, ag.username "
                "FROM activity a LEFT JOIN agent ag ON ag.id = a.author_agent_id "
                "WHERE a.case_id = %s ORDER BY a.ts, a.id", (case_id,)).fetchall()
            hist = conn.execute("SELECT activity_id, field, old_value, new_value FROM history "
                                "WHERE case_id = %s ORDER BY id", (case_id,)).fetchall()
            cust = conn.execute(
                "SELECT ct.id, ct.first_name, ct.last_name, ct.email, a.id, a.name FROM contact ct "
                "JOIN account a ON a.id = ct.account_id WHERE ct.id = %s",
                (case[5],)).fetchone()
            return case, (acts, hist), cust

        # op 7
        def op_open_per_queue(self):
            return dict(self.conn.execute(
                f'SELECT queue_id, count(*) FROM "case" WHERE status IN ({wl.ACTIVE_SQL}) '
                "GROUP BY queue_id").fetchall())

        def extra_ops(self):
            out = []
            if self.trigram:
                out.append(("4b", "4b search via FTS5 trigram index", "search",
                            self.op_search_trgm))
            return out

    return RawPsycopgAdapter


def raw_baseline_class(wl):
    """RawPsycopgAdapter plus the extra list ops as hand-written SQL on CaseDesk's tables in
    the CaseDesk PostgreSQL database (one psycopg connection): the counterpart of
    adapter.raw_baseline_class for SQLite."""

    class RawPgBaseline(raw_adapter_class(wl)):
        casedesk = None
        casedesk_conn = None

        def attach(self, casedesk) -> None:
            self.casedesk, self.casedesk_conn = casedesk, connect(casedesk.url)

        def extra_ops(self):
            out = super().extra_ops()
            if self.casedesk is not None:
                out += self.casedesk.raw_extra_ops(self.casedesk_conn)
            return out

        def close(self, *, keep: bool = False):
            if self.casedesk_conn is not None:
                self.casedesk_conn.close()
                self.casedesk_conn = None
            super().close(keep=keep)

    return RawPgBaseline
