"""Extract every translatable string (pyside6-lupdate) and compile the catalogues (lrelease).

    .venv/bin/python scripts/update_translations.py

English is the source language. casedesk_sv.ts holds the Swedish translation, edited in Qt
Linguist (`pyside6-linguist resources/translations/casedesk_sv.ts`); casedesk_en.ts holds only
the English plural forms. The compiled .qm files are committed, never edited by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"sv": "sv_SE", "en": "en_GB"}


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "casedesk").rglob("*.py"))


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = sources()
    for lang, locale in LANGUAGES.items():
        ts = TS_DIR / f"casedesk_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations",
                        "none", "-source-language", "en_GB", "-target-language", locale,
                        "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
