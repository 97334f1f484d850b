"""`python -m benchmarks` end to end on a tiny data set: it runs, CaseDesk and the raw SQL
agree on the checks, and the JSON result is written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WORKLOAD = REPO.parent / "shared" / "bench" / "workload.py"


@pytest.mark.skipif(not WORKLOAD.is_file(), reason="../shared/bench/workload.py not present")
def test_benchmark_runs_on_a_tiny_data_set(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--cases", "300", "--reps", "2",
         "--out", str(tmp_path / "results"), "--workdir", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "op 5 skipped" in done.stdout
    assert "CaseDesk vs raw SQL ids: identical" in done.stdout
    [result] = (tmp_path / "results").glob("*-300.json")
    report = json.loads(result.read_text(encoding="utf-8"))
    assert report["cases"] == 300 and report["extra_ops_raw_matches"]
    checks = report["checks"]
    assert checks["casedesk"]["3"] == checks["raw-sqlite3"]["3"]
    assert checks["casedesk"]["7"] == checks["raw-sqlite3"]["7"]
    for key in ("2", "3", "3a", "3b", "3c", "3d", "3e", "4", "6", "7"):
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
