"""Schema 6 (issue 9): indexes on activity and note `modified_on`, so that live refresh finds
what colleagues changed since the last look without reading every row (both engines); and what
a PostgreSQL team database needs beyond the tables: full-text search (case_search +
triggers), the append-only audit guard, NOTIFY triggers for live refresh, and the group roles
with their GRANTs (models/pg.py)."""

from __future__ import annotations

from casedesk.models.db import is_postgres

VERSION = 6


def upgrade(database, migrator) -> None:
    for table in ("activity", "note"):  # (IF NOT EXISTS: a half-upgraded database re-runs)
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS "{table}_modified_on" '
                             f'ON "{table}" ("modified_on")')
    if not is_postgres(database):
        return
    from casedesk.models import pg

    pg.install(database)
    pg.fill_search(database)
