"""scripts/update_translations.py merges translations without ever breaking the catalogue."""

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("update_translations",
                                              ROOT / "scripts" / "update_translations.py")
script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(script)


def test_merge_writes_translations_and_plural_forms(tmp_path):
    ts = tmp_path / "sv.ts"
    shutil.copy(ROOT / "resources" / "translations" / "casedesk_sv.ts", ts)
    problems = script.merge(ts, {
        ("CaseListPage", "All Cases"): "Samtliga ärenden",
        ("CaseListPage", "%n case(s)"): ("%n ärende", "%n ärenden (test)"),
    })
    assert problems == []
    text = ts.read_text(encoding="utf-8")
    assert "Samtliga ärenden" in text and "%n ärenden (test)" in text


def test_a_plural_given_one_text_is_refused_and_nothing_is_written(tmp_path):
    ts = tmp_path / "sv.ts"
    shutil.copy(ROOT / "resources" / "translations" / "casedesk_sv.ts", ts)
    before = ts.read_bytes()
    problems = script.merge(ts, {("CaseListPage", "%n case(s)"): "ett ärende",
                                 ("CaseListPage", "All Cases"): ("a", "b")})
    assert len(problems) == 2
    assert ts.read_bytes() == before
