"""Schema 2: titles sort and filter by a folded key (Swedish å < ä < ö, any case, any script).

Adds incident.title_sort with its index, fills it, recomputes customer_sort with the same
fold, and drops the lower(title) index it replaces.
"""

from peewee import CharField

from casedesk.models.text import sort_key

VERSION = 2
BATCH = 5000


def upgrade(database, migrator) -> None:
    from playhouse.migrate import migrate

    migrate(migrator.add_column("incident", "title_sort",
                                CharField(max_length=200, default="")))
    database.execute_sql("DROP INDEX IF EXISTS incident_title_sort")
    p = database.param  # "?" on SQLite, "%s" on PostgreSQL
    last = 0
    while True:
        rows = database.execute_sql(
            "SELECT i.id, i.title, COALESCE(a.name, c.full_name, '') FROM incident i "
            "LEFT JOIN account a ON a.id = i.customer_account_id "
            "LEFT JOIN contact c ON c.id = i.customer_contact_id "
            f"WHERE i.id > {p} ORDER BY i.id LIMIT {p}", (last, BATCH)).fetchall()
        if not rows:
            break
        cursor = database.cursor()
        cursor.executemany(
            f"UPDATE incident SET title_sort = {p}, customer_sort = {p} WHERE id = {p}",
            [(sort_key(title), sort_key(customer, 161), case_id)
             for case_id, title, customer in rows])
        last = rows[-1][0]
    migrate(migrator.add_index("incident", ("title_sort", "id"), False))
