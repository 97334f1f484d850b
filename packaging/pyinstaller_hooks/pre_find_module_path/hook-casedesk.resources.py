"""`casedesk.resources` is the repository's `resources/` folder (pyproject.toml: package-dir).

An installed wheel has it at site-packages/casedesk/resources, but an editable install maps it
with an import hook that PyInstaller's module finder does not consult. Point the finder at the
source folder, so the spec works with either.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def pre_find_module_path(api):
    if (ROOT / "resources" / "__init__.py").is_file():
        api.search_dirs = [str(ROOT)]
