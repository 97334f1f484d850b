"""A note on a case (SPEC §1.3): a title, free text and an optional attached file.

A file over the attachment limit is refused at its field before anything is saved. The
attachment opens in the system's program for it, from a private temporary folder. The file
of a saved note stays as it was (the controller changes only title and text).
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.errors import CaseDeskError, ConflictError, ValidationError
from casedesk.ui import prompts
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.formatting import local_datetime
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message, validation_message

ERROR_STYLE = "color: #c62828;"
MAX_ATTACHMENT = 25 * 1024 * 1024  # bytes; the controller's MAX_ATTACHMENT


def open_with_system(path: str) -> bool:
    """Open a file in the program the desktop has for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def safe_file_name(name: str) -> str:
    """A stored file name made safe to write: no folders, no characters a file system
    refuses."""
    name = re.sub(r'[\x00-\x1f<>:"/\\|?*]', "_", os.path.basename(name or "")).strip(" .")
    return name or "attachment"


def size_text(size: int) -> str:
    """A file size in the locale's words and number format, e.g. 1.2 MB or 1,2 MB."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def too_large_error(size: int, limit: int = MAX_ATTACHMENT) -> ValidationError:
    locale = QLocale()
    return ValidationError("file", "too_large", max_mb=limit // (1024 * 1024),
                           size_mb=locale.toString(size / (1024 * 1024), "f", 1))


class NoteDialog(BaseDialog):
    """New note (`note_id=None`) or an existing one. Signal saved(note_id)."""

    geometry_key = "note_dialog"
    saved = Signal(int)

    def __init__(self, session, activities, prefs=None, *, case_id: int,
                 note_id: int | None = None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("noteDialog")
        self.session = session
        self.activities = activities
        self.case_id = case_id
        self.note_id: int | None = None
        self.record = None
        self._version = 0
        self._limit = getattr(activities, "MAX_ATTACHMENT", MAX_ATTACHMENT)
        #: a file chosen for a new note: (path, name, size)
        self._pending: tuple[str, str, int] | None = None
        self.dirty = False
        self._loading = False

        self.title_edit = QLineEdit(objectName="noteTitleEdit")
        self.title_edit.setMaxLength(200)
        self.text_edit = QPlainTextEdit(objectName="noteTextEdit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(140)
        self.file_label = QLabel(objectName="noteFileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.attach_button = QPushButton(icon("attachment"), "", objectName="noteAttachButton")
        self.remove_button = QPushButton(icon("remove"), "", objectName="noteRemoveFileButton")
        self.open_button = QPushButton(icon("open_file"), "", objectName="noteOpenFileButton")
        for button in (self.attach_button, self.remove_button, self.open_button):
            button.setAutoDefault(False)
        file_row = QWidget(objectName="noteFileRow")
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.open_button)
        file_row.setFocusProxy(self.attach_button)

        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, widget in (("title", self.title_edit), ("text", self.text_edit),
                            ("file", file_row)):
            caption = QLabel(objectName=f"note_{key}Caption")
            caption.setBuddy(widget)
            error = QLabel(objectName=f"note_{key}Error")
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(caption, column)
            self.captions[key] = caption
            self.errors[key] = error
        self.general_error = QLabel(objectName="noteError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.created_label = QLabel(objectName="noteCreatedLabel")
        self.created_label.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("noteSaveButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("noteCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.created_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)

        self.attach_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_file)
        self.open_button.clicked.connect(self.open_file)
        self.title_edit.textChanged.connect(self._changed)
        self.text_edit.textChanged.connect(self._changed)

        if note_id is not None:
            self._load(note_id)
        self.retranslate_ui()
        self._refresh()
        self.resize(560, 420)
        self.restore_geometry()
        (self.text_edit if note_id is not None else self.title_edit).setFocus()

    # -- state -----------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.dirty = True

    def _load(self, note_id: int) -> None:
        record = self.activities.get_note(note_id)
        self._loading = True
        self.note_id, self.record, self._version = record.id, record, record.version
        self.title_edit.setText(record.title or "")
        self.text_edit.setPlainText(record.text or "")
        self._loading = False
        self.dirty = False

    def file_name(self) -> str | None:
        if self._pending is not None:
            return self._pending[1]
        return self.record.file_name if self.record is not None else None

    def _refresh(self) -> None:
        saved = self.note_id is not None
        name = self.file_name()
        size = self._pending[2] if self._pending else (self.record.file_size
                                                       if self.record else 0)
        if name:
            self.file_label.setText(f"{name} ({size_text(size)})")
        else:
            self.file_label.setText(self.tr("No file attached"))
        self.file_label.setAccessibleName(self.tr("Attached file"))
        self.attach_button.setEnabled(not saved)
        self.remove_button.setEnabled(not saved and self._pending is not None)
        self.open_button.setEnabled(name is not None)
        for button in (self.attach_button, self.remove_button):
            button.setToolTip(self.tr("The file of a saved note cannot be changed; add a new "
                                      "note for another file.") if saved else "")

    # -- the file --------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a File"))
        if path:
            self.attach(path)

    def attach(self, path: str) -> bool:
        """Take `path` as the note's file; a file over the limit or unreadable is refused at
        the field and nothing changes."""
        self._clear_errors()
        try:
            size = os.path.getsize(path)
            if size > self._limit:
                self._show_error(too_large_error(size, self._limit))
                return False
            with open(path, "rb"):
                pass
        except OSError as exc:
            self._show_error(ValidationError("file", "unreadable"),
                             self.tr("The file cannot be read: %1").replace(
                                 "%1", exc.strerror or str(exc)))
            return False
        self._pending = (path, Path(path).name, size)
        self.dirty = True
        self._refresh()
        return True

    def remove_file(self) -> None:
        self._pending = None
        self._clear_errors()
        self._refresh()

    def open_file(self) -> str | None:
        """Open the attachment with the desktop's program; the path opened (None: none)."""
        if self._pending is not None:
            path = self._pending[0]
        elif self.note_id is not None and self.record and self.record.file_name:
            try:
                name, _mime, data = self.activities.note_file(self.note_id)
            except CaseDeskError as exc:
                prompts.error(self, error_message(exc))
                return None
            folder = tempfile.mkdtemp(prefix="casedesk-note-")
            path = os.path.join(folder, safe_file_name(name))
            try:
                with open(path, "wb") as f:
                    f.write(data)
            except OSError as exc:
                prompts.error(self, self.tr("The file cannot be written: %1").replace(
                    "%1", exc.strerror or str(exc)))
                return None
        else:
            return None
        if not open_with_system(path):
            prompts.error(self, self.tr("No program could open %1.").replace(
                "%1", os.path.basename(path)))
        return path

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        self._clear_errors()
        title = self.title_edit.text().strip() or None
        text = self.text_edit.toPlainText()
        text = text if text.strip() else None
        try:
            if self.note_id is None:
                data = name = mime = None
                if self._pending is not None:
                    path, name, size = self._pending
                    if size > self._limit or os.path.getsize(path) > self._limit:
                        raise too_large_error(os.path.getsize(path), self._limit)
                    with open(path, "rb") as f:
                        data = f.read()
                    from mimetypes import guess_type

                    mime = guess_type(name)[0]
                note_id = self.activities.create_note(
                    self.session, self.case_id, text, title=title, file_name=name,
                    file_data=data, mime_type=mime)
            else:
                self.activities.update_note(self.session, self.note_id, text, title=title,
                                            expected_version=self._version)
                note_id = self.note_id
        except OSError as exc:
            self._show_error(ValidationError("file", "unreadable"),
                             self.tr("The file cannot be read: %1").replace(
                                 "%1", exc.strerror or str(exc)))
            return False
        except ValidationError as exc:
            self._show_error(exc)
            return False
        except ConflictError:
            if prompts.confirm(self, self.tr("Someone else saved this note after you opened "
                                             "it. Load their version? Your changes will be "
                                             "lost.")):
                self._load(self.note_id)
                self._refresh()
            return False
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return False
        self.note_id = note_id
        self.dirty = False
        self.saved.emit(note_id)
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if self.dirty:
            answer = prompts.ask_save_changes(self, self.tr(
                "The note has changes that are not saved. Save them?"))
            if answer == "cancel":
                return
            if answer == "save":
                self.accept()
                return
        super().reject()

    def _show_error(self, error: ValidationError, text: str | None = None) -> None:
        key = "title" if error.field == "note_title" else error.field
        text = text or validation_message(
            ValidationError("note_title", error.code, **error.params) if key == "title"
            else error)
        label = self.errors.get(key)
        if label is None:
            self.general_error.setText(text)
            self.general_error.show()
            return
        label.setText(text)
        label.show()
        buddy = self.captions[key].buddy()
        buddy.setAccessibleDescription(text)
        buddy.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.clear()
            label.hide()
            self.captions[key].buddy().setAccessibleDescription("")
        self.general_error.clear()
        self.general_error.hide()

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Note") if self.note_id is not None
                            else self.tr("New Note"))
        for key, text, accessible in (
                ("title", self.tr("&Title:"), self.tr("Title")),
                ("text", self.tr("Te&xt:"), self.tr("Text")),
                ("file", self.tr("File:"), self.tr("Attached file"))):
            self.captions[key].setText(text)
            self.captions[key].buddy().setAccessibleName(accessible)
        self.title_edit.setPlaceholderText(self.tr("Optional"))
        self.attach_button.setText(self.tr("&Attach…"))
        self.attach_button.setAccessibleName(self.tr("Attach a file"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the file"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the attached file"))
        self.open_button.setToolTip(self.tr("Open the attached file"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        if self.record is not None:
            self.created_label.setText(self.tr("Created %1 by %2").replace(
                "%1", local_datetime(self.record.created_on)).replace(
                "%2", self.record.created_by))
        self._refresh()
