"""A colleague's connection in the tests: peewee keeps one connection per thread, so a call on
another thread is another connection to the same database (another SQLite handle, another
PostgreSQL backend), as another agent's app would be."""

from __future__ import annotations

import threading

from casedesk.models import db


def elsewhere(fn, timeout: float = 30):
    """fn() on a thread and connection of its own; returns what it returned, raises what it
    raised, and fails when it hangs."""
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - raised again in the test's thread
            box["error"] = exc
        finally:
            db.close()

    thread = threading.Thread(target=target, name="colleague")
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "the colleague's connection hung"
    if "error" in box:
        raise box["error"]
    return box.get("value")
