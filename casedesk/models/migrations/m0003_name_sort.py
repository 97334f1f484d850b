"""Schema 3: accounts and contacts sort and look up by a folded name key (models.text).

Adds account.name_sort and contact.name_sort with their indexes and fills them.
"""

from peewee import CharField

from casedesk.models.text import sort_key

VERSION = 3
BATCH = 5000


def _fill(database, table: str, name_column: str, length: int) -> None:
    p = database.param
    last = 0
    while True:
        rows = database.execute_sql(
            f"SELECT id, {name_column} FROM {table} WHERE id > {p} ORDER BY id LIMIT {p}",
            (last, BATCH)).fetchall()
        if not rows:
            return
        database.cursor().executemany(
            f"UPDATE {table} SET name_sort = {p} WHERE id = {p}",
            [(sort_key(name, length), row_id) for row_id, name in rows])
        last = rows[-1][0]


def upgrade(database, migrator) -> None:
    from playhouse.migrate import migrate

    migrate(migrator.add_column("account", "name_sort", CharField(max_length=160, default="")),
            migrator.add_column("contact", "name_sort", CharField(max_length=161, default="")))
    _fill(database, "account", "name", 160)
    _fill(database, "contact", "full_name", 161)
    migrate(migrator.add_index("account", ("name_sort", "id"), False),
            migrator.add_index("contact", ("name_sort", "id"), False),
            migrator.add_index("contact", ("parent_account_id", "name_sort"), False))
