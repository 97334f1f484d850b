"""The PostgreSQL side of the test suite: a fresh CaseDesk database per test on the server
that CASEDESK_TEST_POSTGRES names (a superuser URL; `./dev test` starts a private server on
loopback and sets it, see scripts/pg_server.py).

A template database with the schema is made once per run; each test gets a copy of it
(CREATE DATABASE … TEMPLATE, a file copy: ~30 ms) and it is dropped afterwards.
"""

from __future__ import annotations

import atexit
import itertools
import os
from urllib.parse import urlparse, urlunparse

import psycopg

ENV = "CASEDESK_TEST_POSTGRES"
#: One template per test process: runs side by side on one server don't drop each other's.
TEMPLATE = f"casedesk_test_template_{os.getpid()}"
_counter = itertools.count(1)
_template_ready = False


def server_url() -> str | None:
    return os.environ.get(ENV) or None


def with_database(url: str, name: str) -> str:
    parts = urlparse(url)
    return urlunparse(parts._replace(path="/" + name))


def admin_connection():
    con = psycopg.connect(server_url(), autocommit=True)
    return con


def _make_template() -> None:
    from casedesk.controllers import admin
    from casedesk.controllers.session import Session
    from casedesk.models import db
    from casedesk.models.migrations import open_database

    with admin_connection() as con:
        con.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{TEMPLATE}"')
    result = open_database(with_database(server_url(), TEMPLATE), backups_dir=None)
    admin.ensure_reference_data(Session(result.database))
    result.database.close()
    db.initialize(None)
    atexit.register(_drop_template)


def _drop_template() -> None:
    try:
        with admin_connection() as con:
            con.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
    except Exception:  # the server may be gone already at exit
        pass


def new_database() -> str:
    """A fresh copy of the template; returns its URL (superuser)."""
    global _template_ready
    if not _template_ready:
        _make_template()
        _template_ready = True
    name = f"casedesk_test_{os.getpid()}_{next(_counter)}"
    with admin_connection() as con:
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}" STRATEGY FILE_COPY')
    return with_database(server_url(), name)


def drop_database(url: str) -> None:
    name = urlparse(url).path.lstrip("/")
    with admin_connection() as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
