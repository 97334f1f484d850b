"""Bulk loading: the one fast path that fills a database with many records at once (the demo
desk, the benchmark data sets, later a whole-desk import).

The input is plain data (`BulkData`): for each table either a list of dicts or a `Rows`
(column names + tuples, which may be a generator, so a million cases never sit in memory
twice). Columns are model field names ("customer_account", "owner_user", …); columns left
out get the model's default, evaluated once per load. Rows carry their own ids, so callers
can link records to each other without reading anything back (`next_ids` says where free
ids start on a database that already has rows).

Tables are loaded in groups, one transaction per group; a group that fails leaves nothing of
itself behind. On SQLite the rows go through the driver's `executemany`, and an empty table
with many secondary indexes has them dropped and rebuilt inside the same transaction (one
sort each instead of a million random B-tree inserts). PostgreSQL gets `COPY … FROM STDIN`
(psycopg 3) with its search triggers off meanwhile and every case indexed once afterwards;
other engines take the portable path: peewee `insert_many` in chunks. On both, the id
sequences are then moved past the loaded ids. Afterwards the case-number counter is moved past
the highest loaded number and the database is ANALYZEd.

Synchronous; a caller with a window runs it in an executor.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from peewee import AutoField, ForeignKeyField

from casedesk.controllers.admin import _default_queue_name
from casedesk.controllers.cases import SUFFIX_ALPHABET, format_case_number
from casedesk.models import (
    Account,
    Activity,
    AppUser,
    AuditLog,
    Case,
    CaseNumberCounter,
    CaseResolution,
    Connection,
    Contact,
    Note,
    Product,
    Queue,
    QueueItem,
    QueueMember,
    Subject,
    Team,
    TeamMember,
    UserRole,
    db,
)
from casedesk.models.db import is_postgres, is_sqlite, write_transaction
from casedesk.models.migrations import m0005_search
from casedesk.models.options import QueueType
from casedesk.models.text import sort_key as text_sort_key

#: SQLite: an empty table with at least this many secondary indexes gets them dropped while it
#: is filled and rebuilt after. Each rebuild scans the whole table, so it pays off for the case
#: table (22 indexes, several in random order: 1M cases load in 40 s instead of 47 s) but not
#: for the activity tables, whose few indexes follow the insert order (20 s kept, 25 s rebuilt).
REBUILD_MIN_INDEXES = 6

#: Rows per INSERT statement on the portable path (well under every engine's parameter cap).
PORTABLE_PARAMS_PER_STATEMENT = 30_000


@dataclass
class Rows:
    """Rows of one table: field names and one tuple per row, in that order."""

    columns: Sequence[str]
    rows: Iterable[tuple]


Table = Rows | Sequence[dict] | None


@dataclass
class BulkData:
    """Everything to load. Users may carry `roles` (options.Role values) and
    `default_queue` (True: create their private default queue, SPEC §1.6); teams may carry
    `members` (user ids) and `default_queue`."""

    users: Table = None
    teams: Table = None
    accounts: Table = None
    contacts: Table = None
    subjects: Table = None
    products: Table = None
    queues: Table = None
    queue_members: Table = None
    cases: Table = None
    case_resolutions: Table = None
    activities: Table = None
    notes: Table = None
    connections: Table = None
    queue_items: Table = None
    audit: Table = None


@dataclass
class BulkResult:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # per group, plus "analyze"
    highest_number: dict[str, int] = field(default_factory=dict)  # prefix → counter value

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


#: Load order: (group, [(BulkData attribute, model)]). Referenced tables come first.
GROUPS = [
    ("directory", [("users", AppUser), ("user_roles", UserRole), ("teams", Team),
                   ("team_members", TeamMember), ("accounts", Account), ("contacts", Contact),
                   ("subjects", Subject), ("products", Product), ("queues", Queue),
                   ("default_queues", Queue), ("queue_members", QueueMember)]),
    ("cases", [("cases", Case)]),
    ("work", [("case_resolutions", CaseResolution), ("activities", Activity),
              ("notes", Note), ("connections", Connection)]),
    ("tracking", [("queue_items", QueueItem), ("audit", AuditLog)]),
]


_MODELS = {key: model for _, members in GROUPS for key, model in members}


# -- helpers for callers -----------------------------------------------------------------


def next_ids(*models) -> dict:
    """model → the first id above every existing row (1 on an empty table)."""
    out = {}
    for model in models:
        top = model.select(model.id).order_by(model.id.desc()).limit(1).scalar()
        out[model] = (top or 0) + 1
    return out


_BASE36 = None


def case_numbers(prefix: str, first_counter: int, count: int, rng: random.Random,
                 suffix_length: int = 6) -> list[str]:
    """`count` case numbers (SPEC §1.1) from first_counter on, suffixes drawn from rng."""
    global _BASE36
    if suffix_length == 6:
        if _BASE36 is None:  # every 3-character suffix, indexed by its value
            a = SUFFIX_ALPHABET
            _BASE36 = [x + y + z for x in a for y in a for z in a]
        table, half = _BASE36, 36 ** 3
        draw = rng.randrange
        return [f"{prefix}-{first_counter + i:05d}-" + table[(v := draw(half * half)) // half]
                + table[v % half] for i in range(count)]
    return [format_case_number(prefix, first_counter + i,
                               "".join(rng.choice(SUFFIX_ALPHABET) for _ in range(suffix_length)))
            for i in range(count)]


def counter_of(number: str, prefix: str) -> int | None:
    """The counter part of `PREFIX-NNNNN-SSSSSS`, or None if the number has another form."""
    if not number.startswith(prefix + "-"):
        return None
    middle = number[len(prefix) + 1:].split("-", 1)[0]
    return int(middle) if middle.isdigit() else None


# -- loading -------------------------------------------------------------------------------


def _as_rows(table: Table, model, skip=()) -> Rows | None:
    """Rows as they are; dicts become Rows, a key some dicts lack taking the field default."""
    if table is None:
        return None
    if isinstance(table, Rows):
        return table
    columns: list[str] = []
    for row in table:
        for key in row:
            if key not in skip and key not in columns:
                columns.append(key)
    fields = _fields(model, columns)
    fallback = [f.default() if callable(f.default) else f.default for f in fields]
    return Rows(columns, [tuple(row.get(c, d) for c, d in zip(columns, fallback, strict=True))
                          for row in table])


def _expand(data: BulkData, created_by: int | None) -> dict[str, Rows]:
    """Every table as Rows, with roles, team members and default queues split out."""
    tables: dict[str, Rows] = {}
    users = list(data.users or []) if not isinstance(data.users, Rows) else data.users
    teams = list(data.teams or []) if not isinstance(data.teams, Rows) else data.teams
    default_queues = []
    if isinstance(users, list):
        roles = [(u["id"], int(r)) for u in users for r in u.get("roles", ())]
        if roles:
            tables["user_roles"] = Rows(("user", "role"), roles)
        default_queues += [
            (_default_queue_name(u["name"], u["login"]), int(QueueType.PRIVATE), u["id"], None,
             u["id"], None, created_by)
            for u in users if u.get("default_queue")]
    if isinstance(teams, list):
        members = [(t["id"], m) for t in teams for m in t.get("members", ())]
        if members:
            tables["team_members"] = Rows(("team", "user"), members)
        default_queues += [
            (f"<{t['name']}>"[:160], int(QueueType.PRIVATE), None, t["id"], None, t["id"],
             created_by)
            for t in teams if t.get("default_queue")]
    if default_queues:
        tables["default_queues"] = Rows(
            ("name", "queue_type", "owner_user", "owner_team", "default_for_user",
             "default_for_team", "created_by"), default_queues)
    for name, model in (("users", AppUser), ("teams", Team)):
        rows = _as_rows(users if name == "users" else teams, model,
                        skip=("roles", "default_queue", "members"))
        if rows is not None:
            tables[name] = rows
    for name in ("accounts", "contacts", "subjects", "products", "queues", "queue_members",
                 "cases", "case_resolutions", "activities", "notes", "connections",
                 "queue_items", "audit"):
        rows = _as_rows(getattr(data, name), _MODELS[name])
        if rows is not None:
            tables[name] = rows
    return tables


def _fields(model, columns) -> list:
    by_name = model._meta.fields
    by_column = {f.column_name: f for f in by_name.values()}
    out = []
    for column in columns:
        f = by_name.get(column) or by_column.get(column)
        if f is None:
            raise ValueError(f"{model.__name__} has no field {column!r}")
        out.append(f)
    return out


def _defaults(model, given: set) -> tuple[list, tuple]:
    """The fields a load leaves out that have a default, and their values (evaluated once)."""
    fields, values = [], []
    for f in model._meta.sorted_fields:
        if f.name in given or isinstance(f, AutoField) or f.default is None:
            continue
        fields.append(f)
        values.append(f.default() if callable(f.default) else f.default)
    return fields, tuple(values)


#: Columns the controllers keep in step with another one: filled in when a load leaves them out.
_DERIVED = {
    Case: {"title_sort": ("title", text_sort_key)},
    Account: {"name_sort": ("name", lambda name: text_sort_key(name, 160))},
    Contact: {"name_sort": ("full_name", lambda name: text_sort_key(name, 161))},
}


def _with_derived(rows: Iterable[tuple], index: int, derive) -> Iterator[tuple]:
    for row in rows:
        yield row + (derive(row[index]),)


class _Loader:
    def __init__(self, database, result: BulkResult):
        self.database = database
        self.sqlite = is_sqlite(database)
        self.copy = is_postgres(database)
        self.result = result

    # SQLite: drop a table's secondary indexes while it is filled, rebuild them after.
    def _drop_indexes(self, table: str) -> list[str]:
        if not self.sqlite:
            return []
        if self.database.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
            return []  # existing rows: keep the indexes, inserts maintain them
        found = self.database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL", (table,)).fetchall()
        if len(found) < REBUILD_MIN_INDEXES:
            return []
        for name, _ in found:
            self.database.execute_sql(f'DROP INDEX "{name}"')
        return [sql for _, sql in found]

    def _track_numbers(self, rows: Iterable[tuple], index: int) -> Iterator[tuple]:
        """Pass rows through, noting the highest counter of each prefix (PREFIX-NNNNN-S…)."""
        highest = self.result.highest_number
        for row in rows:
            parts = row[index].split("-")
            if len(parts) == 3 and parts[1].isdigit():
                value = int(parts[1])
                if value > highest.get(parts[0], -1):
                    highest[parts[0]] = value
            yield row

    def load(self, key: str, model, data: Rows) -> int:
        fields = _fields(model, data.columns)
        given = {f.name for f in fields}
        rows: Iterable[tuple] = data.rows
        for target, (source, derive) in _DERIVED.get(model, {}).items():
            if target in model._meta.fields and target not in given and source in given:
                rows = _with_derived(rows, [f.name for f in fields].index(source), derive)
                fields.append(model._meta.fields[target])
                given.add(target)
        tail_fields, tail = _defaults(model, given)
        if model is Case and "number" in given:
            rows = self._track_numbers(rows, [f.name for f in fields].index("number"))
        # References to the same table (subject tree, parent/master case) are set after the
        # insert, so that no row has to come after the one it points to.
        self_refs = [i for i, f in enumerate(fields)
                     if isinstance(f, ForeignKeyField) and f.rel_model is model]
        later: list[tuple] = []
        if self_refs:
            if "id" not in given:
                raise ValueError(f"{model.__name__} rows that refer to each other need ids")
            rows = self._split_self_refs(rows, self_refs, [f.name for f in fields].index("id"),
                                         later)
        if tail:
            rows = (row + tail for row in rows)
        all_fields = fields + tail_fields
        rebuild = self._drop_indexes(model._meta.table_name)
        if self.sqlite:
            count = self._insert_sqlite(model, all_fields, rows)
        elif self.copy:
            count = self._insert_copy(model, all_fields, rows)
        else:
            count = self._insert_portable(model, all_fields, rows)
        for row_id, index, value in later:
            f = fields[index]
            model.update({f: value}).where(model.id == row_id).execute()
        for sql in rebuild:
            self.database.execute_sql(sql)
        if not self.sqlite and "id" in given:
            self._move_sequence(model)
        self.result.counts[key] = self.result.counts.get(key, 0) + count
        return count

    @staticmethod
    def _split_self_refs(rows, indexes, id_index, later) -> Iterator[tuple]:
        for row in rows:
            if any(row[i] is not None for i in indexes):
                row = list(row)
                for i in indexes:
                    if row[i] is not None:
                        later.append((row[id_index], i, row[i]))
                        row[i] = None
                row = tuple(row)
            yield row

    def _insert_sqlite(self, model, fields, rows) -> int:
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        marks = ", ".join("?" * len(fields))
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        cursor = self.database.cursor()
        cursor.executemany(sql, rows)
        return max(cursor.rowcount, 0)

    def _insert_copy(self, model, fields, rows) -> int:
        """PostgreSQL: COPY … FROM STDIN (psycopg 3), each value through its field's
        db_value as insert_many would send it; row triggers (the search index) still fire."""
        cursor = self.database.cursor()
        if not hasattr(cursor, "copy"):  # psycopg 2
            return self._insert_portable(model, fields, rows)
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        convert = [f.db_value for f in fields]
        count = 0
        with cursor.copy(f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN') as copy:
            write = copy.write_row
            for row in rows:
                write([None if v is None else c(v) for c, v in zip(convert, row, strict=True)])
                count += 1
        return count

    def _insert_portable(self, model, fields, rows) -> int:
        size = max(1, PORTABLE_PARAMS_PER_STATEMENT // len(fields))
        count, chunk = 0, []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= size:
                model.insert_many(chunk, fields=fields).execute()
                count += len(chunk)
                chunk = []
        if chunk:
            model.insert_many(chunk, fields=fields).execute()
            count += len(chunk)
        return count

    def _move_sequence(self, model) -> None:
        table = model._meta.table_name
        self.database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)')

    def advance_counter(self) -> None:
        """Leave CaseNumberCounter past the highest loaded counter of each prefix."""
        for prefix, top in self.result.highest_number.items():
            row = CaseNumberCounter.get_or_none(CaseNumberCounter.prefix == prefix)
            if row is None:
                CaseNumberCounter.insert(prefix=prefix, next_value=max(1000, top + 1)).execute()
            elif row.next_value <= top:
                (CaseNumberCounter.update(next_value=top + 1, version=CaseNumberCounter.version + 1)
                 .where(CaseNumberCounter.id == row.id).execute())


def _pg_search_off(database) -> bool:
    """Switch PostgreSQL's search triggers off for a load (True when they were). Needs the
    table owner (an administrator's or the superuser's connection); otherwise they stay on
    and index row by row."""
    if not is_postgres(database):
        return False
    from peewee import DatabaseError

    from casedesk.models import pg

    if not pg.has_search(database):
        return False
    try:
        with write_transaction(database):
            pg.set_search_triggers(database, False)
    except DatabaseError:
        return False
    return True


def load(data: BulkData, *, created_by: int | None = None, analyze: bool = True,
         progress: Callable[[str], None] | None = None) -> BulkResult:
    """Insert everything in `data` (group by group, one transaction each), move the
    case-number counter past the loaded numbers and ANALYZE. Returns counts and timings."""
    database = db.obj
    result = BulkResult()
    loader = _Loader(database, result)
    tables = _expand(data, created_by)
    # The full-text index (SQLite) is filled once after the load, not row by row by its
    # triggers: they are dropped meanwhile and made again whatever happens.
    indexed = m0005_search.has_index(database)
    if indexed:
        first_case = (database.execute_sql("SELECT MAX(id) FROM incident").fetchone()[0] or 0) + 1
        first_resolution = (database.execute_sql(
            "SELECT MAX(id) FROM case_resolution").fetchone()[0] or 0) + 1
        m0005_search.drop_triggers(database)
    # PostgreSQL: the same for case_search (models/pg.py): its triggers are switched off while
    # the rows go in and every case is indexed once afterwards (2-3x faster than row by row).
    pg_search = _pg_search_off(database)
    try:
        for group, members in GROUPS:
            todo = [(key, model) for key, model in members if key in tables]
            if not todo:
                continue
            if progress:
                progress(group)
            started = time.perf_counter()
            with write_transaction(database):
                for key, model in todo:
                    loader.load(key, model, tables[key])
                if group == "cases":
                    loader.advance_counter()
            result.seconds[group] = time.perf_counter() - started
    finally:
        if pg_search:
            from casedesk.models import pg

            if progress:
                progress("search index")
            started = time.perf_counter()
            with write_transaction(database):
                pg.fill_search(database)
                pg.set_search_triggers(database, True)
            result.seconds["search index"] = time.perf_counter() - started
        if indexed:
            if progress:
                progress("search index")
            started = time.perf_counter()
            with write_transaction(database):
                m0005_search.fill(database, first_id=first_case)
                older = [r[0] for r in database.execute_sql(
                    "SELECT DISTINCT case_id FROM case_resolution WHERE id >= ? AND case_id < ?",
                    (first_resolution, first_case))]
                for case_id in older:
                    m0005_search.fill(database, first_id=case_id, last_id=case_id)
                m0005_search.create_triggers(database)
            result.seconds["search index"] = time.perf_counter() - started
    if analyze:
        if progress:
            progress("analyze")
        started = time.perf_counter()
        database.execute_sql("ANALYZE")
        result.seconds["analyze"] = time.perf_counter() - started
    return result
