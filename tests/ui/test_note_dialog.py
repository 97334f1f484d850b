"""The note dialog through its real widgets and the real activities controller."""

import os

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from casedesk.controllers import activities
from casedesk.models import Note
from casedesk.ui import prompts
from casedesk.ui.dialogs import note_dialog
from casedesk.ui.dialogs.note_dialog import NoteDialog


def type_text(widget, text):
    """One key event per character, as a keyboard (keyClicks aborts on å, ä, ö)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


@pytest.fixture
def open_dialog(qtbot, session, prefs, desk):
    def make(**kwargs):
        kwargs.setdefault("case_id", desk[0])
        dialog = NoteDialog(session, activities, prefs, **kwargs)
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog

    return make


@pytest.fixture
def opened(monkeypatch):
    """What the dialog asked the desktop to open, instead of opening it."""
    paths = []
    monkeypatch.setattr(note_dialog, "open_with_system", lambda path: paths.append(path) or True)
    return paths


def test_a_note_with_text_and_a_file(qtbot, open_dialog, tmp_path, desk, opened):
    attachment = tmp_path / "skärmbild.png"
    attachment.write_bytes(b"\x89PNG" + b"x" * 2044)
    dialog = open_dialog()
    assert dialog.windowTitle() == "New Note"
    type_text(dialog.title_edit, "Felmeddelande")
    type_text(dialog.text_edit, "Kunden skickade en skärmbild på felet.")
    assert dialog.file_label.text() == "No file attached"
    assert not dialog.remove_button.isEnabled() and not dialog.open_button.isEnabled()
    assert dialog.attach(str(attachment))
    assert dialog.file_label.text().startswith("skärmbild.png (2")
    assert "KB" in dialog.file_label.text() or "kB" in dialog.file_label.text()
    assert dialog.open_file() == str(attachment)  # a chosen file opens from where it is
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    note = activities.get_note(saved.args[0])
    assert (note.title, note.text, note.file_name, note.file_size) == (
        "Felmeddelande", "Kunden skickade en skärmbild på felet.", "skärmbild.png", 2048)
    assert note.mime_type == "image/png" and note.case_id == desk[0]
    assert not dialog.isVisible()


def test_the_file_of_a_saved_note_opens_from_a_temporary_copy(qtbot, session, open_dialog,
                                                               desk, opened):
    note_id = activities.create_note(session, desk[0], "Se bilagan", file_name="logg.txt",
                                     file_data=b"rad 1\nrad 2", mime_type="text/plain")
    dialog = open_dialog(note_id=note_id)
    assert dialog.windowTitle() == "Note"
    assert dialog.text_edit.toPlainText() == "Se bilagan"
    assert dialog.file_label.text().startswith("logg.txt (")
    assert not dialog.attach_button.isEnabled()  # the file of a saved note stays
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    [path] = opened
    assert os.path.basename(path) == "logg.txt"
    with open(path, "rb") as f:
        assert f.read() == b"rad 1\nrad 2"
    dialog.text_edit.setPlainText("Se bilagan (uppdaterad)")
    assert dialog.save()
    assert activities.get_note(note_id).text == "Se bilagan (uppdaterad)"


def test_a_file_over_25_mb_is_refused_before_anything_is_saved(qtbot, open_dialog, tmp_path):
    big = tmp_path / "stor.iso"
    with open(big, "wb") as f:
        f.truncate(25 * 1024 * 1024 + 1)  # sparse: no 25 MB written
    dialog = open_dialog()
    dialog.text_edit.setPlainText("Med en för stor fil")
    assert not dialog.attach(str(big))
    error = dialog.errors["file"]
    assert error.isVisibleTo(dialog)
    assert error.text() == ("The file is too large: 25.0 MB. Files of at most 25 MB can be "
                            "attached.")
    assert dialog.file_label.text() == "No file attached"
    assert Note.select().count() == 0


def test_a_file_exactly_25_mb_is_accepted(qtbot, open_dialog, tmp_path):
    limit = tmp_path / "lagom.bin"
    with open(limit, "wb") as f:
        f.truncate(25 * 1024 * 1024)
    dialog = open_dialog()
    assert dialog.attach(str(limit))
    assert dialog.save()
    assert Note.get().file_name == "lagom.bin"


def test_a_note_needs_text_or_a_file(qtbot, open_dialog, tmp_path):
    dialog = open_dialog()
    dialog.title_edit.setText("Bara rubrik")
    assert not dialog.save()
    assert dialog.errors["text"].text() == "Text is required."
    assert Note.select().count() == 0
    missing = tmp_path / "finns-inte.txt"
    assert not dialog.attach(str(missing))
    assert dialog.errors["file"].text().startswith("The file cannot be read:")


def test_removing_the_chosen_file(qtbot, open_dialog, tmp_path):
    attachment = tmp_path / "a.txt"
    attachment.write_text("a")
    dialog = open_dialog()
    dialog.attach(str(attachment))
    dialog.remove_button.click()
    assert dialog.file_label.text() == "No file attached"
    dialog.text_edit.setPlainText("Utan fil till slut")
    assert dialog.save()
    assert Note.get().file_name is None


def test_unsaved_text_is_asked_about(qtbot, open_dialog, monkeypatch):
    dialog = open_dialog()
    dialog.text_edit.setPlainText("Ändrad text")
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "cancel")
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "save")
    dialog.reject()
    assert not dialog.isVisible()
    assert Note.get().text == "Ändrad text"


def test_the_swedish_note_dialog(qtbot, open_dialog, tmp_path, english):
    dialog = open_dialog()
    english.switch("sv")
    assert dialog.windowTitle() == "Ny anteckning"
    assert dialog.captions["text"].text().replace("&", "") == "Text:"
    assert dialog.file_label.text() == "Ingen fil bifogad"
    assert dialog.attach_button.text().replace("&", "") == "Bifoga…"
    assert not dialog.save()
    assert dialog.errors["text"].text() == "Text måste fyllas i."
    big = tmp_path / "stor.bin"
    with open(big, "wb") as f:
        f.truncate(25 * 1024 * 1024 + 1)
    assert not dialog.attach(str(big))
    assert dialog.errors["file"].text().startswith("Filen är för stor: 25,0 MB.")
