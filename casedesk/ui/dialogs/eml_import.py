""".eml files onto a case (SPEC §1.3): each becomes a completed e-mail activity.

For "Add E-mail → Import" (a file dialog) and for files dropped on a case. Every file is its
own transaction: a file that is too large, unreadable or not an e-mail is reported by name
with the reason, and nothing of it is written; the others are imported.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData
from PySide6.QtWidgets import QFileDialog, QWidget

from casedesk.controllers.errors import CaseDeskError
from casedesk.ui import prompts
from casedesk.ui.messages import error_message

MAX_EML = 25 * 1024 * 1024  # bytes; the controller's MAX_ATTACHMENT
#: the MIME type of an .eml file (QFileDialog.setMimeTypeFilters, drag and drop)
EML_MIME_FILTER = "message/rfc822"
EML_SUFFIX = ".eml"


def is_eml_path(path: str) -> bool:
    """Whether a path names an .eml file (by its name; the content is checked on import)."""
    return bool(path) and Path(path).suffix.lower() == EML_SUFFIX


def eml_paths(mime: QMimeData) -> list[str]:
    """The local .eml files in dragged data (for dragEnterEvent and dropEvent)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and is_eml_path(url.toLocalFile())]


def _read(path: str, limit: int) -> bytes:
    """The file's bytes; raises ValueError with the sentence to show."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise ValueError(QCoreApplication.translate(
            "EmlImport", "The file cannot be read: %1").replace(
            "%1", exc.strerror or str(exc))) from exc
    if size > limit:
        raise ValueError(QCoreApplication.translate(
            "EmlImport", "The file is too large: %1 MB. Files of at most %2 MB can be "
            "imported.").replace(
            "%1", QLocale().toString(size / (1024 * 1024), "f", 1)).replace(
            "%2", str(limit // (1024 * 1024))))
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise ValueError(QCoreApplication.translate(
            "EmlImport", "The file cannot be read: %1").replace(
            "%1", exc.strerror or str(exc))) from exc


def import_eml_files(session, activities, case_id: int, paths: list[str],
                     parent: QWidget | None) -> list[int]:
    """Import each .eml file as an e-mail activity of the case; the new activity ids.

    Files that could not be imported are listed in one message, each with its reason."""
    limit = getattr(activities, "MAX_ATTACHMENT", MAX_EML)
    imported: list[int] = []
    refused: list[str] = []
    for path in paths:
        name = os.path.basename(path)
        try:
            data = _read(path, limit)
            result = activities.import_eml(session, case_id, data)
        except ValueError as exc:
            refused.append(f"{name}: {exc}")
            continue
        except CaseDeskError as exc:
            refused.append(f"{name}: {error_message(exc)}")
            continue
        imported.append(result.activity_id)
    if refused:
        if len(refused) == 1:
            head = QCoreApplication.translate("EmlImport", "This file was not imported:")
        else:
            head = QCoreApplication.translate("EmlImport", "These files were not imported:")
        prompts.error(parent, head + "\n\n" + "\n".join(refused))
    return imported


def choose_and_import(session, activities, case_id: int, parent: QWidget | None) -> list[int]:
    """Add E-mail → Import: choose .eml files and import them; the new activity ids."""
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("EmlImport", "Import E-mail"), "",
        QCoreApplication.translate("EmlImport", "E-mail messages (*.eml)") + ";;"
        + QCoreApplication.translate("EmlImport", "All files (*)"))
    if not paths:
        return []
    return import_eml_files(session, activities, case_id, paths, parent)
