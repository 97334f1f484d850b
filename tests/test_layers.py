"""The layers of ARCHITECTURE.md: ui → controllers → models, one way.

Nothing under models/ or controllers/ loads Qt (they run in tests, workers and scripts
without a window), and ui/ never builds a query: it asks a controller.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import casedesk

PACKAGE = Path(casedesk.__file__).parent
REPO = PACKAGE.parent

_PROBE = r"""
import importlib, json, pkgutil, sys
import casedesk.models, casedesk.models.migrations, casedesk.controllers
names = []
for pkg in (casedesk.models, casedesk.controllers):
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        names.append(info.name)
for name in names + ["casedesk.config"]:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if name != "casedesk.config" or exc.name != name:
            raise
qt = sorted(m for m in sys.modules
            if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qasync",
                                   "qtawesome", "pytestqt"))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_models_and_controllers_do_not_load_qt():
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])

    # The probe really imported every module of both packages.
    expected = {f"casedesk.controllers.{p.stem}" for p in (PACKAGE / "controllers").glob("*.py")
                if p.stem != "__init__"}
    expected.add("casedesk.models.migrations")
    assert expected <= set(report["imported"])
    assert report["qt"] == [], f"Qt loaded by models/controllers: {report['qt']}"


# A query is built on a model class (`Case.select(`), filtered (`.where(`) or run as SQL.
# `selectionModel().select(…)` (Qt) starts with a lower-case call, so it does not match.
_QUERY = re.compile(r"\b[A-Z]\w*\.select\(|\.where\(|\bexecute_sql\b|\.raw\(\s*['\"]")


def _queries_in(source: str) -> list[str]:
    return [line.strip() for line in source.splitlines()
            if _QUERY.search(line) and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("line, is_query", [
    ("rows = Case.select(Case.id).where(Case.state == 0)", True),
    ("n = AppUser.select().count()", True),
    ("db.execute_sql('SELECT 1')", True),
    ("q = query.where(Case.id == 1)", True),
    ("self.view.selectionModel().select(index, flags)", False),
    ("rows = controller.list_cases(query)", False),
])
def test_query_detector(line, is_query):
    assert bool(_queries_in(line)) is is_query


def test_ui_builds_no_queries():
    offenders = {}
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        found = _queries_in(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(REPO))] = found
    assert offenders == {}
