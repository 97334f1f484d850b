"""The data files of `casedesk.resources`: compiled translations and icons, not the .ts
catalogues (translators' sources) nor the desktop entry (installed by the Linux packages)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources"

datas = [(str(path), f"casedesk/resources/{path.parent.relative_to(SOURCE).as_posix()}")
         for pattern in ("translations/*.qm", "icons/*.svg", "icons/*.png")
         for path in sorted(SOURCE.glob(pattern))]
