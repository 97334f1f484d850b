"""What a PostgreSQL team database has beyond the tables of the models (issue 9).

* **Search**: `case_search`, one row per case with a tsvector of its title (weight A) and its
  body (weight B: description and completed resolution texts), a GIN index, and triggers that
  keep it in step in the writer's transaction, like FTS5 on SQLite. Text is folded by the text
  search configuration `casedesk_fold` (the `unaccent` dictionary, then `simple`: lower case, no
  stemming, no stop words), so "arende" finds "Ärende" the way the SQLite index does, and ASCII
  punctuation separates words ("ord-123" → "ord 123") as FTS5's unicode61 tokenizer does.
* **Audit log**: append-only for everybody, the owner included (a trigger refuses UPDATE and
  DELETE); the login written with a row is the session's real database login for every
  non-superuser session, whatever the client sends.
* **Live refresh**: after every committed change of a case or what hangs off it, a NOTIFY on
  channel `casedesk` with a JSON payload {"table", "id", "case", "login"}.
* **Roles**: group roles casedesk_agent ⊂ casedesk_manager ⊂ casedesk_admin with GRANTs that
  match the controllers' checks (SPEC §1.6): agents work cases, customers and activities;
  managers also entitlements, templates, queues and routing rules; administrators also users,
  teams, settings, subjects and products. Nobody may change or delete audit rows.
  `casedesk_set_role(login, role, member)` lets an administrator give or take the agent and
  manager roles from the app (a SECURITY DEFINER function that checks the caller).

`install(database)` creates all of it (idempotent); `grant(database)` re-applies the GRANTs
(after a migration added a table).
"""

from __future__ import annotations

import json

CHANNEL = "casedesk"
AGENT, MANAGER, ADMIN = "casedesk_agent", "casedesk_manager", "casedesk_admin"
GROUP_ROLES = {1: AGENT, 2: MANAGER, 3: ADMIN}  # options.Role values → PostgreSQL roles
COMPLETED = 1  # options.ResolutionState.COMPLETED

#: Tables each role may write (a higher role inherits the lower one's).
AGENT_TABLES = ("incident", "case_number_counter", "case_resolution", "activity", "note",
                "queue_item", "connection", "account", "contact", "term_movement",
                "case_search")
MANAGER_TABLES = ("entitlement", "entitlement_channel", "entitlement_product",
                  "entitlement_contact", "entitlement_template", "entitlement_template_channel",
                  "entitlement_template_product", "queue", "queue_member", "routing_rule_set",
                  "routing_rule_item")
ADMIN_TABLES = ("setting", "option_value", "status_transition", "app_user", "user_role", "team",
                "team_member", "subject", "product")
#: Columns of an entitlement an agent's session may update: its state follows the calendar
#: (refreshed at start-up and midnight by whoever runs the app); never its terms.
AGENT_ENTITLEMENT_COLUMNS = ("state", "version", "modified_on", "modified_by")

_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

SEARCH_SQL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'casedesk_fold') THEN
            CREATE TEXT SEARCH CONFIGURATION casedesk_fold (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION casedesk_fold
                ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword,
                                  hword_part, numword, numhword, hword_numpart
                WITH unaccent, simple;
        END IF;
    END $$""",
    # ASCII punctuation → space, as FTS5 unicode61 and search.query_words cut words
    "CREATE OR REPLACE FUNCTION casedesk_words(t text) RETURNS text LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE AS $$ SELECT translate(coalesce(t, ''), "
    + "'" + _PUNCT.replace("'", "''") + "', '" + " " * len(_PUNCT) + "') $$",
    """CREATE TABLE IF NOT EXISTS case_search (
        case_id INTEGER PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
        doc tsvector NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS case_search_doc ON case_search USING gin (doc)",
    f"""CREATE OR REPLACE FUNCTION casedesk_search_doc(cid integer) RETURNS tsvector
        LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('casedesk_fold', casedesk_words(i.title)), 'A')
            || setweight(to_tsvector('casedesk_fold', casedesk_words(
                   coalesce(i.description, '') || ' ' || coalesce((
                       SELECT string_agg(r.resolution, ' ' ORDER BY r.id)
                       FROM case_resolution r
                       WHERE r.case_id = i.id AND r.state = {COMPLETED}), ''))), 'B')
        FROM incident i WHERE i.id = cid $$""",
    """CREATE OR REPLACE FUNCTION casedesk_search_refresh(cid integer) RETURNS void
        LANGUAGE plpgsql AS $$
        DECLARE d tsvector;
        BEGIN
            IF cid IS NULL THEN RETURN; END IF;
            d := casedesk_search_doc(cid);
            IF d IS NULL THEN
                DELETE FROM case_search WHERE case_id = cid;
            ELSE
                INSERT INTO case_search (case_id, doc) VALUES (cid, d)
                ON CONFLICT (case_id) DO UPDATE SET doc = excluded.doc;
            END IF;
        END $$""",
    """CREATE OR REPLACE FUNCTION casedesk_search_incident() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' OR NEW.title IS DISTINCT FROM OLD.title
                    OR NEW.description IS DISTINCT FROM OLD.description THEN
                PERFORM casedesk_search_refresh(NEW.id);
            END IF;
            RETURN NULL;
        END $$""",
    """CREATE OR REPLACE FUNCTION casedesk_search_resolution() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'DELETE' THEN PERFORM casedesk_search_refresh(NEW.case_id); END IF;
            IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.case_id <> NEW.case_id) THEN
                PERFORM casedesk_search_refresh(OLD.case_id);
            END IF;
            RETURN NULL;
        END $$""",
    "DROP TRIGGER IF EXISTS casedesk_search ON incident",
    "CREATE TRIGGER casedesk_search AFTER INSERT OR UPDATE OF title, description ON incident "
    "FOR EACH ROW EXECUTE FUNCTION casedesk_search_incident()",
    "DROP TRIGGER IF EXISTS casedesk_search ON case_resolution",
    "CREATE TRIGGER casedesk_search AFTER INSERT OR DELETE OR UPDATE OF resolution, state, "
    "case_id ON case_resolution FOR EACH ROW EXECUTE FUNCTION casedesk_search_resolution()",
]

AUDIT_SQL = [
    """CREATE OR REPLACE FUNCTION casedesk_audit_guard() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                IF current_setting('is_superuser') <> 'on' THEN
                    NEW.login := session_user;
                END IF;
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'the audit log cannot be changed'
                USING ERRCODE = 'insufficient_privilege';
        END $$""",
    "DROP TRIGGER IF EXISTS casedesk_audit_guard ON audit_log",
    "CREATE TRIGGER casedesk_audit_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION casedesk_audit_guard()",
    "DROP TRIGGER IF EXISTS casedesk_audit_truncate ON audit_log",
    "CREATE TRIGGER casedesk_audit_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION casedesk_audit_guard()",
]

#: table → the expression for the case a row belongs to ("NULL" when none).
NOTIFY_TABLES = {
    "incident": "r.id", "case_resolution": "r.case_id", "activity": "r.regarding_case_id",
    "note": "r.case_id", "queue_item": "r.case_id", "account": "NULL", "contact": "NULL",
    "entitlement": "NULL",
}


def _notify_sql() -> list[str]:
    out = []
    for table, case_expr in NOTIFY_TABLES.items():
        fn = f"casedesk_notify_{table}"
        out += [
            f"""CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE r {table}%ROWTYPE;
                BEGIN
                    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
                    PERFORM pg_notify('{CHANNEL}', json_build_object(
                        'table', '{table}', 'id', r.id, 'case', {case_expr},
                        'login', session_user)::text);
                    RETURN NULL;
                END $$""",
            f"DROP TRIGGER IF EXISTS casedesk_notify ON {table}",
            f"CREATE TRIGGER casedesk_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {fn}()",
        ]
    return out


def _run(database, sql: str) -> None:
    """DDL straight to the driver, without parameters: `%` in a function body (%ROWTYPE,
    format('%I')) is then not taken for a placeholder."""
    database.cursor().execute(sql)


def _role_exists(database, name: str) -> bool:
    return database.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                (name,)).fetchone() is not None


def create_roles(database) -> None:
    """The three group roles (cluster-wide; made once, kept if they exist)."""
    for name, parent in ((AGENT, None), (MANAGER, AGENT), (ADMIN, MANAGER)):
        if not _role_exists(database, name):
            database.execute_sql(f"CREATE ROLE {name} NOLOGIN")
        if parent:
            database.execute_sql(f"GRANT {parent} TO {name}")


def grant(database) -> None:
    """The privileges of the group roles on this database's tables (re-runnable)."""
    dbname = database.execute_sql("SELECT current_database()").fetchone()[0]
    quoted = '"' + dbname.replace('"', '""') + '"'
    stmts = [
        f"GRANT CONNECT, TEMPORARY ON DATABASE {quoted} TO {AGENT}",
        f"GRANT USAGE ON SCHEMA public TO {AGENT}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {AGENT}, {MANAGER}, {ADMIN}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {AGENT}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {AGENT}",
        f"GRANT INSERT ON audit_log TO {AGENT}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(AGENT_TABLES)} TO {AGENT}",
        f"GRANT UPDATE ({', '.join(AGENT_ENTITLEMENT_COLUMNS)}) ON entitlement TO {AGENT}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(MANAGER_TABLES)} TO {MANAGER}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(ADMIN_TABLES)} TO {ADMIN}",
    ]
    for sql in stmts:
        database.execute_sql(sql)


SET_ROLE_SQL = f"""CREATE OR REPLACE FUNCTION casedesk_set_role(who text, grp text, member boolean)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    BEGIN
        IF NOT pg_has_role(session_user, '{ADMIN}', 'MEMBER') THEN
            RAISE EXCEPTION 'only a CaseDesk administrator may change roles'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF grp NOT IN ('{AGENT}', '{MANAGER}', '{ADMIN}') THEN
            RAISE EXCEPTION 'not a CaseDesk role: %', grp;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND rolcanlogin) THEN
            RETURN;  -- no database login (yet): nothing to grant
        END IF;
        IF member THEN
            EXECUTE format('GRANT %I TO %I', grp, who);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', grp, who);
        END IF;
    END $$"""


def install(database) -> None:
    """Everything above, in the caller's transaction."""
    for sql in SEARCH_SQL + AUDIT_SQL + _notify_sql():
        _run(database, sql)
    create_roles(database)
    _run(database, SET_ROLE_SQL)
    database.execute_sql("REVOKE ALL ON FUNCTION casedesk_set_role(text, text, boolean) "
                         "FROM PUBLIC")
    database.execute_sql(f"GRANT EXECUTE ON FUNCTION casedesk_set_role(text, text, boolean) "
                         f"TO {ADMIN}")
    grant(database)


def fill_search(database) -> int:
    """(Re-)index every case (after a bulk load with the triggers off)."""
    database.execute_sql("DELETE FROM case_search")
    cursor = database.execute_sql(
        "INSERT INTO case_search (case_id, doc) "
        "SELECT i.id, casedesk_search_doc(i.id) FROM incident i")
    return cursor.rowcount


def set_search_triggers(database, enabled: bool) -> None:
    """Switch the search triggers off for a bulk load (fill_search afterwards) and on again."""
    state = "ENABLE" if enabled else "DISABLE"
    database.execute_sql(f"ALTER TABLE incident {state} TRIGGER casedesk_search")
    database.execute_sql(f"ALTER TABLE case_resolution {state} TRIGGER casedesk_search")


def parse_notification(payload: str) -> dict | None:
    """The dict a NOTIFY on CHANNEL carries, or None when it is not one of ours."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    return data if isinstance(data, dict) and "table" in data else None


def has_search(database) -> bool:
    return database.execute_sql(
        "SELECT 1 FROM pg_class WHERE relname = 'case_search' AND relkind = 'r'"
    ).fetchone() is not None
