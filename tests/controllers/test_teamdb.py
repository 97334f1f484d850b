"""A team database on PostgreSQL (issue 9): `casedesk admin init/migrate/add-user`, personal
logins mapped to CaseDesk users, roles enforced by the server's GRANTs as well as by the
controllers, and an append-only audit log. Runs against the test server (CASEDESK_TEST_POSTGRES,
started by ./dev test and CI); these tests have no SQLite variant."""

from __future__ import annotations

import shutil
import uuid
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest

from casedesk.app import main as casedesk_main
from casedesk.controllers import admin, cases, entitlements, lifecycle, queues, teamdb
from casedesk.controllers.customers import AccountFields, create_account
from casedesk.controllers.errors import PermissionDenied, RuleViolation
from casedesk.controllers.session import Session
from casedesk.models import AuditLog, Case, Setting, db
from casedesk.models.migrations import SCHEMA_VERSION, DatabaseOpenError, open_database
from casedesk.models.options import Role, StatusReason
from tests.support import postgres

pytestmark = pytest.mark.postgres_only

PASSWORD = "rätt-lösen 1"


@pytest.fixture
def server():
    """(superuser URL of a new, empty database, make_login(name) → URL as that login)."""
    name = f"casedesk_team_{uuid.uuid4().hex[:10]}"
    with postgres.admin_connection() as con:
        con.execute(f'CREATE DATABASE "{name}"')
    url = postgres.with_database(postgres.server_url(), name)
    logins = []

    def login_url(login: str, password: str = PASSWORD) -> str:
        logins.append(login)
        parts = url.split("@", 1)[1]
        from urllib.parse import quote
        return f"postgresql://{quote(login)}:{quote(password)}@{parts}"

    yield url, login_url
    db.initialize(None)
    postgres.drop_database(url)
    with postgres.admin_connection() as con:
        for login in set(logins):
            con.execute(f'DROP ROLE IF EXISTS "{login}"')


def unique(login: str) -> str:
    return f"{login}_{uuid.uuid4().hex[:6]}"


def signed_in(url: str) -> Session:
    """What the app does on a team database: open without migrating, map the login."""
    result = open_database(url, backups_dir=None, migrate=False)
    session = Session(result.database)
    admin.sign_in(session, admin.database_login())
    return session


def close(session: Session) -> None:
    session.database.close()
    db.initialize(None)


@pytest.fixture
def team(server):
    """An initialised team database with an administrator, a manager and an agent, each
    with their own login and password."""
    url, login_url = server
    boss, lead, agent = unique("asa"), unique("mia"), unique("bo")
    teamdb.init(url, admin_login=boss, admin_name="Åsa Öberg", admin_password=PASSWORD)
    teamdb.add_user(url, login=lead, name="Mia Chef", role="manager", password=PASSWORD)
    teamdb.add_user(url, login=agent, name="Bo Agent", role="agent", password=PASSWORD)
    return {"url": url, "admin": login_url(boss), "manager": login_url(lead),
            "agent": login_url(agent), "logins": (boss, lead, agent)}


def test_init_makes_a_casedesk_database_with_its_first_administrator(server):
    url, login_url = server
    boss = unique("asa")

    result = teamdb.init(url, admin_login=boss, admin_name="Åsa Öberg",
                         admin_password=PASSWORD)

    assert (result.version, result.login_created) == (SCHEMA_VERSION, True)
    session = signed_in(login_url(boss))
    try:
        assert session.user_name == "Åsa Öberg" and session.login == boss
        assert session.has_role(Role.ADMINISTRATOR)
    finally:
        close(session)
    # The password was stored hashed by the server (SCRAM), never in clear text.
    with postgres.admin_connection() as con:
        stored = con.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                             (boss,)).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and PASSWORD not in stored


def test_init_refuses_a_database_twice_and_one_that_is_not_casedesk(server):
    url, _ = server
    teamdb.init(url, admin_login=unique("asa"), admin_name="Åsa")
    with pytest.raises(RuleViolation) as error:
        teamdb.init(url, admin_login=unique("asa"), admin_name="Åsa")
    assert error.value.code == "already_initialised"

    other = f"other_{uuid.uuid4().hex[:8]}"
    with postgres.admin_connection() as con:
        con.execute(f'CREATE DATABASE "{other}"')
    other_url = postgres.with_database(postgres.server_url(), other)
    try:
        with psycopg.connect(other_url, autocommit=True) as con:
            con.execute("CREATE TABLE invoices (id int)")
        with pytest.raises(DatabaseOpenError) as error:
            teamdb.init(other_url, admin_login="x", admin_name="X")
        assert error.value.code == "not_casedesk"
        with pytest.raises(DatabaseOpenError) as error:
            open_database(other_url, backups_dir=None, migrate=False)
        assert error.value.code == "not_casedesk"
        with psycopg.connect(other_url, autocommit=True) as con:  # untouched
            tables = con.execute("SELECT tablename FROM pg_tables "
                                 "WHERE schemaname = 'public'").fetchall()
        assert tables == [("invoices",)]
    finally:
        postgres.drop_database(other_url)


def test_the_app_never_creates_a_schema_on_a_server(server):
    url, _ = server
    with pytest.raises(DatabaseOpenError) as error:
        open_database(url, backups_dir=None, migrate=False)
    assert error.value.code == "no_schema"
    with psycopg.connect(url) as con:
        assert con.execute("SELECT count(*) FROM pg_tables "
                           "WHERE schemaname = 'public'").fetchone()[0] == 0


def test_wrong_password_and_unknown_login_are_refused(team):
    for url in (team["agent"].replace("r%C3%A4tt", "fel"),
                team["agent"].replace(team["logins"][2], "nobody_here")):
        with pytest.raises(DatabaseOpenError) as error:
            open_database(url, backups_dir=None, migrate=False)
        assert error.value.code == "auth_failed"


def test_a_login_without_a_casedesk_user_is_told_so(server, team):
    _, login_url = server
    stranger = unique("eve")
    with postgres.admin_connection() as con:
        con.execute(f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD '{PASSWORD}' "
                    "IN ROLE casedesk_agent")
    result = open_database(login_url(stranger), backups_dir=None, migrate=False)
    try:
        with pytest.raises(Exception) as error:
            admin.sign_in(Session(result.database), admin.database_login())
        assert error.value.code == "not_found" and error.value.params["record_id"] == stranger
    finally:
        result.database.close()
        db.initialize(None)


def _account(session) -> int:
    return create_account(session, AccountFields(name="Fabrikam"))


def test_an_agent_works_cases_on_the_team_database(team):
    """The GRANTs give an agent what case work needs: create, edit, note, queue, resolve."""
    session = signed_in(team["agent"])
    try:
        account = _account(session)
        case_id = cases.create_case(session, cases.NewCase(title="Skrivaren",
                                                           customer_account_id=account))
        version = Case.get_by_id(case_id).version
        cases.update_case(session, case_id, cases.CaseFields(
            title="Skrivaren piper", customer_account_id=account), version)
        queue_id = queues.list_queues()[0].id
        queues.add_to_queue(session, [case_id], queue_id)
        lifecycle.resolve_case(session, case_id, resolution="Ny kabel", billable_time=30,
                               resolution_type=int(StatusReason.PROBLEM_SOLVED))
        entitlements.refresh_states(session=session)  # at start-up, by whoever runs the app
        assert Case.get_by_id(case_id).state == 1
        logins = {r.login for r in AuditLog.select().where((AuditLog.entity == "incident")
                                                          & (AuditLog.record_id == case_id))}
        assert logins == {team["logins"][2]}
    finally:
        close(session)


@pytest.mark.parametrize("statement", [
    "UPDATE setting SET value = '\"HD\"'",
    "INSERT INTO setting (key, value, created_on, modified_on, version) "
    "VALUES ('x', '1', now(), now(), 1)",
    "UPDATE app_user SET name = 'Hacker'",
    "INSERT INTO user_role (user_id, role, created_on, modified_on, version) "
    "SELECT id, 3, now(), now(), 1 FROM app_user",
    "UPDATE routing_rule_set SET state = 1",
    "UPDATE entitlement SET total_terms = 1000",
    "UPDATE audit_log SET login = 'someone'",
    "DELETE FROM audit_log",
])
def test_the_server_refuses_an_agents_direct_writes(team, statement):
    """Roles are enforced twice: a client that skips the controllers and writes SQL straight
    to the server is refused by the GRANTs, and nothing changes."""
    with psycopg.connect(team["admin"]) as con:  # something to change in every table
        before = con.execute("SELECT (SELECT count(*) FROM setting), "
                             "(SELECT count(*) FROM audit_log), "
                             "(SELECT string_agg(name, ',' ORDER BY id) FROM app_user)"
                             ).fetchone()
    with psycopg.connect(team["agent"]) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute(statement)
    with psycopg.connect(team["admin"]) as con:
        after = con.execute("SELECT (SELECT count(*) FROM setting), "
                            "(SELECT count(*) FROM audit_log), "
                            "(SELECT string_agg(name, ',' ORDER BY id) FROM app_user)"
                            ).fetchone()
    assert after == before


def test_nobody_changes_the_audit_log_not_even_its_owner(team):
    for url in (team["admin"], postgres.with_database(postgres.server_url(),
                                                     team["url"].rsplit("/", 1)[1])):
        with psycopg.connect(url) as con:
            for statement in ("UPDATE audit_log SET login = 'x'", "DELETE FROM audit_log",
                              "TRUNCATE audit_log"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    con.execute(statement)
                con.rollback()


def test_the_audit_log_records_the_real_login_whatever_the_client_says(team):
    session = signed_in(team["agent"])
    try:
        session.login = "someone_else"  # a doctored client
        account = _account(session)
        row = AuditLog.get((AuditLog.entity == "account") & (AuditLog.record_id == account))
        assert row.login == team["logins"][2]
    finally:
        close(session)


def test_the_controllers_refuse_the_same_things_first(team):
    session = signed_in(team["agent"])
    try:
        with pytest.raises(PermissionDenied):
            admin.set_setting(session, "case_number_prefix", "HD")
        account = _account(session)
        with pytest.raises(PermissionDenied):
            entitlements.create_entitlement(session, entitlements.EntitlementFields(
                name="Support", customer_account_id=account, start_date=date.today(),
                end_date=date.today() + timedelta(days=30), total_terms=Decimal(10)))
    finally:
        close(session)


def test_a_manager_manages_entitlements_and_an_administrator_settings(team):
    session = signed_in(team["manager"])
    try:
        account = _account(session)
        entitlement_id = entitlements.create_entitlement(session, entitlements.EntitlementFields(
            name="Support", customer_account_id=account, start_date=date.today(),
            end_date=date.today() + timedelta(days=30), total_terms=Decimal(10)))
        entitlements.activate(session, entitlement_id)
    finally:
        close(session)
    session = signed_in(team["admin"])
    try:
        admin.set_setting(session, "case_number_prefix", "HD")
        assert Setting.get(Setting.key == "case_number_prefix").value == '"HD"'
    finally:
        close(session)


def test_roles_given_in_the_app_follow_to_the_server(team):
    """An administrator makes the agent a manager in the Users page: the server lets the
    agent's own login write entitlements from then on; taking the role back takes that too."""
    from casedesk.controllers import users

    agent_login = team["logins"][2]
    session = signed_in(team["admin"])
    try:
        row = next(u for u in users.list_users() if u.login == agent_login)
        fields, version = users.get_user(row.id)
        fields.roles = frozenset({int(Role.AGENT), int(Role.MANAGER)})
        version = users.update_user(session, row.id, fields, version)
    finally:
        close(session)
    with psycopg.connect(team["agent"]) as con:
        con.execute("UPDATE entitlement SET total_terms = total_terms")  # allowed now
    session = signed_in(team["admin"])
    try:
        fields.roles = frozenset({int(Role.AGENT)})
        users.update_user(session, row.id, fields, version)
        users.set_user_active(session, row.id, False)
    finally:
        close(session)
    with psycopg.connect(team["agent"]) as con:  # inactive: not even case work
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE incident SET title = title")


def test_an_older_schema_waits_for_admin_migrate_which_backs_up_first(team, tmp_path):
    url = team["url"]
    with psycopg.connect(url, autocommit=True) as con:  # make it look like schema 5
        con.execute(f"UPDATE schema_version SET version = {SCHEMA_VERSION - 1}")
        con.execute("DROP TABLE case_search")

    with pytest.raises(DatabaseOpenError) as error:
        open_database(team["agent"], backups_dir=None, migrate=False)
    assert error.value.code == "needs_migration"
    assert error.value.params == {"found": SCHEMA_VERSION - 1, "supported": SCHEMA_VERSION}

    rc = casedesk_main(["admin", "migrate", "--database", url, "--backup-dir",
                        str(tmp_path / "backups")])

    assert rc == 0
    dumps = list((tmp_path / "backups").glob("*.dump"))
    assert len(dumps) == (1 if shutil.which("pg_dump") else 0)
    session = signed_in(team["agent"])
    try:
        assert db.execute_sql("SELECT count(*) FROM case_search").fetchone()[0] == 0
        account = _account(session)
        cases.create_case(session, cases.NewCase(title="Efter uppgraderingen",
                                                 customer_account_id=account))
        from casedesk.controllers.search import search_cases
        assert search_cases("uppgraderingen")[0] == 1
    finally:
        close(session)


def test_a_newer_schema_is_refused_untouched(team):
    with psycopg.connect(team["url"], autocommit=True) as con:
        con.execute("INSERT INTO schema_version VALUES (99, 'future')")
    for url in (team["agent"], team["url"]):
        with pytest.raises(DatabaseOpenError) as error:
            open_database(url, backups_dir=None, migrate=False)
        assert error.value.code == "newer"
    assert casedesk_main(["admin", "migrate", "--database", team["url"]]) == 1


def test_admin_cli_init_and_add_user(server, capsys, monkeypatch):
    url, login_url = server
    boss, agent = unique("asa"), unique("bo")
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert casedesk_main(["admin", "init", "--database", url, "--admin-login", boss,
                          "--admin-name", "Åsa Öberg", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert casedesk_main(["admin", "add-user", "--database", url, "--login", agent,
                          "--name", "Bo", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "administrator" in out and agent in out and PASSWORD not in out
    session = signed_in(login_url(agent))
    try:
        assert session.roles == frozenset({int(Role.AGENT)})
    finally:
        close(session)
    # A second init is refused with a message, not a traceback.
    assert casedesk_main(["admin", "init", "--database", url, "--admin-login", "x",
                          "--admin-name", "X"]) == 1
    assert "already_initialised" in capsys.readouterr().err
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the server guards it too
        with psycopg.connect(login_url(agent)) as con:
            con.execute("DELETE FROM audit_log")
