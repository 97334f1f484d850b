"""`python -m benchmarks` end to end on a tiny data set: it runs, CaseDesk and the raw SQL
agree on the checks, and the JSON result is written; the same next to PostgreSQL, and the
load test (concurrent agents) with its proof of no lost updates, when a server is there
(CASEDESK_TEST_POSTGRES)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WORKLOAD = REPO.parent / "shared" / "bench" / "workload.py"
POSTGRES = os.environ.get("CASEDESK_TEST_POSTGRES")
needs_workload = pytest.mark.skipif(not WORKLOAD.is_file(),
                                    reason="../shared/bench/workload.py not present")
needs_postgres = pytest.mark.skipif(not POSTGRES, reason="CASEDESK_TEST_POSTGRES not set")


@pytest.mark.skipif(not WORKLOAD.is_file(), reason="../shared/bench/workload.py not present")
def test_benchmark_runs_on_a_tiny_data_set(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--cases", "300", "--reps", "2",
         "--out", str(tmp_path / "results"), "--workdir", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "CaseDesk vs raw SQL ids: identical" in done.stdout
    [result] = (tmp_path / "results").glob("*-300.json")
    report = json.loads(result.read_text(encoding="utf-8"))
    assert report["cases"] == 300 and report["extra_ops_raw_matches"]
    checks = report["checks"]
    assert checks["casedesk"]["3"] == checks["raw-sqlite3"]["3"]
    assert checks["casedesk"]["7"] == checks["raw-sqlite3"]["7"]
    for key in ("2", "3", "3a", "3b", "3c", "3d", "3e", "4", "5", "6", "7"):
        assert report["ops"][key]["casedesk"]["n"] == 2, key
    assert [p for p in tmp_path.iterdir() if p.name.startswith("casedesk-bench-")] == []


def test_routing_benchmark_runs_on_a_tiny_data_set(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--routing", "--cases", "300", "--reps", "1",
         "--workdir", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Apply Routing Rule, 300 cases, 20-item rule set: median" in done.stdout
    assert "(no match: unchanged)" in done.stdout
    assert [p for p in tmp_path.iterdir() if p.name.startswith("casedesk-routing-")] == []


@needs_workload
@needs_postgres
def test_benchmark_runs_on_postgresql_next_to_sqlite(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--cases", "300", "--reps", "2", "--only", "3,5,6",
         "--database", POSTGRES, "--out", str(tmp_path / "results"),
         "--workdir", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "extra ops on PostgreSQL, CaseDesk vs raw SQL ids: identical" in done.stdout
    assert "SQLite vs PostgreSQL, median ms" in done.stdout
    [result] = (tmp_path / "results").glob("*-300-postgresql.json")
    report = json.loads(result.read_text(encoding="utf-8"))
    assert report["engines"] == ["sqlite", "postgresql"]
    assert "casedesk-test" not in report["command"]  # no password in the file
    checks = report["checks"]
    assert checks["casedesk-pg"]["3"] == checks["casedesk"]["3"] == checks["raw-psycopg"]["3"]
    for key in ("3", "3a", "5", "6"):
        entry = report["ops"][key]
        assert entry["casedesk-pg"]["n"] == entry["raw-psycopg"]["n"] == 2, key
        assert entry["ratio_pg"] > 0 and entry["pg_vs_sqlite"] > 0, key


def _load_test(tmp_path, *extra):
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--load", "--agents", "4", "--seconds", "3",
         "--cases", "1000", "--hot", "5", "--hot-share", "0.6", "--out",
         str(tmp_path / "results"), "--workdir", str(tmp_path), *extra],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, (done.stdout[-3000:], done.stderr[-3000:])
    assert "RESULT: OK" in done.stdout
    [result] = (tmp_path / "results").glob("*-load-*.json")
    report = json.loads(result.read_text(encoding="utf-8"))
    verification, summary = report["verification"], report["summary"]
    assert report["ok"] and verification["ok"] and verification["failures"] == []
    assert verification["lost_updates"] == 0 and verification["unreported_changes"] == 0
    assert summary["errors"] == []
    assert summary["conflicts"] > 0  # 4 agents on 5 hot cases: saves do collide
    assert verification["successful_writes"] == verification["version_steps"] > 0
    assert {"save edit", "add note", "queue pick", "open case"} <= set(summary["ops"])
    return report


@needs_workload
@needs_postgres
def test_load_test_on_postgresql_loses_no_update(tmp_path):
    """4 agents, each its own connection and database login, 3 seconds: no lost update, no
    error but reported conflicts (the 20-agent, 60-second run is in benchmarks/results)."""
    report = _load_test(tmp_path, "--database", POSTGRES)
    assert report["engine"] == "postgresql" and report["own_logins"]


@needs_workload
def test_load_test_on_sqlite_loses_no_update(tmp_path):
    report = _load_test(tmp_path)
    assert report["engine"] == "sqlite"


@needs_workload
def test_the_load_test_proof_catches_a_save_that_ignores_the_version(tmp_path, monkeypatch,
                                                                     capsys):
    """With a save that overwrites whatever is stored (blind write), the verification finds
    the lost updates and the run fails."""
    from benchmarks import runner
    from casedesk.controllers import cases
    from casedesk.models import Case

    real = cases.update_case

    def blind(session, case_id, fields, expected_version):
        current = Case.get_by_id(case_id).version  # ignores the version the agent saw
        return real(session, case_id, fields, current)

    monkeypatch.setattr(cases, "update_case", blind)
    code = runner.main(["--load", "--agents", "4", "--seconds", "1.5", "--cases", "300",
                        "--hot", "2", "--hot-share", "1", "--think-ms", "3",
                        "--out", str(tmp_path / "results"), "--workdir", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "LOST UPDATE on case" in out and "RESULT: FAILED" in out
