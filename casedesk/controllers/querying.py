"""Small helpers the read side shares: LIKE patterns, prefix ranges over folded keys, and
query shapes compiled once and filled per call.

A list page or a lookup is one of a few query shapes. Each shape is built with peewee once,
with named markers (`mark("name")`) where this call's values go; `run` only fills them in, so
a call costs what the hand-written SQL costs plus a few microseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from peewee import OP, SQL, Expression, NodeList, Value

from casedesk.models import db

_MARK = "\x01"


def mark(name: str) -> Value:
    """A placeholder for the value `name` of a compiled shape."""
    return Value(f"{_MARK}{name}{_MARK}", converter=False)


_compiled: dict[tuple, tuple[str, list]] = {}


def run(shape: tuple, build: Callable, values: dict):
    """Execute the query `build()` makes for `shape` (compiled on first use) with `values`
    in place of its markers. Returns the cursor."""
    key = (type(db.obj), *shape)
    compiled = _compiled.get(key)
    if compiled is None:
        compiled = _compiled[key] = build().sql()
    sql, template = compiled
    params = [values[p[1:-1]] if type(p) is str and p[:1] == _MARK and p[-1:] == _MARK else p
              for p in template]
    return db.execute_sql(sql, params)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")


def contains_pattern(text: str) -> str:
    return "%" + escape_like(text) + "%"


def like(field, pattern) -> Expression:
    """field LIKE pattern ESCAPE '\\' (ASCII case-insensitive on SQLite, ILIKE on PostgreSQL)."""
    return Expression(field, OP.ILIKE, NodeList((pattern, SQL("ESCAPE"),
                                                 Value("\\", converter=False))))


def prefix_upper_bound(key: str) -> str | None:
    """The smallest text above every text that starts with `key` (code-point order, which is
    UTF-8 byte order): `key <= x < bound` holds exactly for the x that start with key. None
    when there is no such text (empty key)."""
    while key:
        last = ord(key[-1]) + 1
        if 0xD800 <= last <= 0xDFFF:  # surrogates cannot be stored: skip past them
            last = 0xE000
        if last <= 0x10FFFF:
            return key[:-1] + chr(last)
        key = key[:-1]
    return None


def clean_search_text(text: str | None, max_length: int = 200) -> str:
    """What a user typed into a search box, with runs of white space made one space."""
    return " ".join((text or "").replace("\x00", " ").split())[:max_length]


def as_datetime(value):
    """A stored timestamp as a datetime (SQLite gives text, PostgreSQL a datetime)."""
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return value
