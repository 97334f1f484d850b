"""Schema 4: indexes for the Activities page (My Activities; open activities by date).

The single-column index on activity.owner_user_id is replaced by (owner_user_id, state,
scheduled_end), which starts with the same column.
"""

VERSION = 4


def upgrade(database, migrator) -> None:
    from playhouse.migrate import migrate

    migrate(migrator.drop_index("activity", "activity_owner_user_id"),
            migrator.add_index("activity", ("owner_user_id", "state", "scheduled_end"), False),
            migrator.add_index("activity", ("state", "created_on"), False))
