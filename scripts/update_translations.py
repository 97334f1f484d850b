"""Extract every translatable string (pyside6-lupdate), merge translations, compile (lrelease).

    .venv/bin/python scripts/update_translations.py                 # extract + compile
    .venv/bin/python scripts/update_translations.py --merge sv.py   # … and merge these first

English is the source language. casedesk_sv.ts holds the Swedish translation (edit it in Qt
Linguist: `pyside6-linguist resources/translations/casedesk_sv.ts`, or merge a file);
casedesk_en.ts holds only the English plural forms. The compiled .qm files are committed,
never edited by hand. A merge file is Python defining
    SV = {("Context", "English source"): "Svenska",
          ("Ctx", "%n case(s)"): ("%n ärende", "%n ärenden")}
    EN_PLURALS = {("Ctx", "%n case(s)"): ("%n case", "%n cases")}
Plural (%n) messages must come from self.tr(text, "", n) so that lupdate marks them plural.
The script prints every Swedish message still untranslated and exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"sv": "sv_SE", "en": "en_GB"}


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "casedesk").rglob("*.py"))


def extract() -> None:
    for lang, locale in LANGUAGES.items():
        ts = TS_DIR / f"casedesk_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                        "none", "-source-language", "en_GB", "-target-language", locale,
                        "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True,
                       capture_output=True)


def merge(ts: Path, table: dict) -> list[str]:
    """Write the table's translations into the .ts; returns the problems found."""
    tree = ET.parse(ts)
    problems = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            value = table.get((name, source))
            if value is None:
                continue
            plural = message.get("numerus") == "yes"
            if plural != isinstance(value, tuple | list):
                problems.append(f"{name}: {source!r}: the message is "
                                f"{'' if plural else 'not '}a plural; give "
                                f"{'(one, many)' if plural else 'one text'}")
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if plural:
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
    if not problems:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return problems


def untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") == "unfinished":
                missing.append(f"{context.find('name').text}: {message.find('source').text!r}")
    return missing


def compile_all() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"casedesk_{lang}.ts"
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True, capture_output=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--merge", action="append", default=[], metavar="FILE",
                        help="a Python file with SV / EN_PLURALS dictionaries (repeatable)")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    extract()
    sv, en = {}, {}
    for path in args.merge:
        values = runpy.run_path(path)
        sv.update(values.get("SV", {}))
        en.update(values.get("EN_PLURALS", {}))
    problems = merge(TS_DIR / "casedesk_sv.ts", sv) + merge(TS_DIR / "casedesk_en.ts", en)
    for problem in problems:
        print("NOT MERGED", problem)
    # lupdate again: it rewrites the files in its own canonical form
    extract()
    compile_all()
    missing = untranslated(TS_DIR / "casedesk_sv.ts")
    for line in missing:
        print("UNTRANSLATED sv:", line)
    print(f"{len(missing)} Swedish message(s) untranslated")
    return 1 if missing or problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
