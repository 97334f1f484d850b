"""Schema 5: the full-text index of cases (issue 8), SQLite only.

`case_fts` is an FTS5 table with one row per case, rowid = incident.id, and two columns:
`title` (the case title) and `body` (the description and the text of the case's completed
resolutions). The tokenizer folds case and diacritics (`unicode61 remove_diacritics 2`: "arende"
finds "Ärende"), and prefix indexes for 2 and 3 characters keep as-you-type prefixes cheap.

The table keeps its own copy of the text (not external content): the body is made of two
tables, and an external-content index can only forget a row when given the exact old text.
Triggers keep it in step with every write, in the writer's own transaction:

* incident: insert; update of title or description; delete;
* case_resolution: insert; update of its text, state or case; delete (a reactivated case's
  resolution is canceled, and a canceled resolution is not searched).

A new database gets the same objects from `create_search_index` (migrations.create_schema calls
it), so an upgraded file and a new one have the same schema. PostgreSQL gets nothing here:
controllers.search falls back to LIKE there (issue 9).
"""

from __future__ import annotations

from casedesk.models.db import is_sqlite

VERSION = 5

TABLE = "case_fts"
TOKENIZE = "unicode61 remove_diacritics 2"
PREFIX = "2 3"
COMPLETED = 1  # options.ResolutionState.COMPLETED

#: The indexed body of the incident row `i`: description, then completed resolutions.
_BODY = (
    "COALESCE(i.description, '') || COALESCE(char(10) || ("
    "SELECT group_concat(r.resolution, char(10)) FROM case_resolution r "
    f"WHERE r.case_id = i.id AND r.state = {COMPLETED}), '')"
)


def _refresh(case_id: str) -> str:
    """Statements (for a trigger body) that re-index the case `case_id` (an SQL expression);
    a case that no longer exists is left out of the index."""
    return (f"DELETE FROM {TABLE} WHERE rowid = {case_id}; "
            f"INSERT INTO {TABLE} (rowid, title, body) "
            f"SELECT i.id, i.title, {_BODY} FROM incident i WHERE i.id = {case_id};")


#: name → CREATE TRIGGER statement.
TRIGGERS = {
    "case_fts_incident_insert": (
        "CREATE TRIGGER case_fts_incident_insert AFTER INSERT ON incident BEGIN "
        + _refresh("new.id") + " END"),
    "case_fts_incident_update": (
        "CREATE TRIGGER case_fts_incident_update AFTER UPDATE OF title, description ON incident "
        "WHEN old.title IS NOT new.title OR old.description IS NOT new.description BEGIN "
        + _refresh("new.id") + " END"),
    "case_fts_incident_delete": (
        "CREATE TRIGGER case_fts_incident_delete AFTER DELETE ON incident BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = old.id; END"),
    "case_fts_resolution_insert": (
        "CREATE TRIGGER case_fts_resolution_insert AFTER INSERT ON case_resolution BEGIN "
        + _refresh("new.case_id") + " END"),
    "case_fts_resolution_update": (
        "CREATE TRIGGER case_fts_resolution_update AFTER UPDATE OF resolution, state, case_id "
        "ON case_resolution BEGIN "
        + _refresh("new.case_id") + " "
        # a resolution moved to another case: its old case loses the text
        f"DELETE FROM {TABLE} WHERE rowid = old.case_id AND old.case_id IS NOT new.case_id; "
        f"INSERT INTO {TABLE} (rowid, title, body) SELECT i.id, i.title, {_BODY} "
        "FROM incident i WHERE i.id = old.case_id AND old.case_id IS NOT new.case_id; END"),
    "case_fts_resolution_delete": (
        "CREATE TRIGGER case_fts_resolution_delete AFTER DELETE ON case_resolution BEGIN "
        + _refresh("old.case_id") + " END"),
}


def create_table(database) -> None:
    database.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        f"title, body, tokenize = '{TOKENIZE}', prefix = '{PREFIX}')")


def create_triggers(database) -> None:
    for sql in TRIGGERS.values():
        database.execute_sql(sql.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS", 1))


def drop_triggers(database) -> None:
    """For a bulk load: the rows are indexed once afterwards (fill) instead of row by row."""
    for name in TRIGGERS:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def has_index(database) -> bool:
    """True when the database has the case index (a SQLite file at schema 5 or later)."""
    if not is_sqlite(database):
        return False
    return database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).fetchone() is not None


def fill(database, *, first_id: int = 0, last_id: int | None = None) -> int:
    """(Re-)index the cases with first_id <= id <= last_id. Returns the rows indexed."""
    upper = "" if last_id is None else f" AND i.id <= {int(last_id)}"
    database.execute_sql(f"DELETE FROM {TABLE} WHERE rowid >= {int(first_id)}"
                         + ("" if last_id is None else f" AND rowid <= {int(last_id)}"))
    cursor = database.execute_sql(
        f"INSERT INTO {TABLE} (rowid, title, body) SELECT i.id, i.title, {_BODY} "
        f"FROM incident i WHERE i.id >= {int(first_id)}{upper} ORDER BY i.id")
    return cursor.rowcount


def create_search_index(database) -> None:
    """The table and its triggers (a new database: no rows to fill). SQLite only."""
    if not is_sqlite(database):
        return
    create_table(database)
    create_triggers(database)


def upgrade(database, migrator) -> None:
    if not is_sqlite(database):
        return  # PostgreSQL: search falls back to LIKE (issue 9)
    create_table(database)
    fill(database)
    create_triggers(database)
