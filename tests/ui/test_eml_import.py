""".eml files imported onto a case: good ones become e-mails, bad ones are refused whole."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QFileDialog

from casedesk.controllers import activities
from casedesk.models import Activity, Note
from casedesk.models.options import ActivityKind, ActivityState, Direction
from casedesk.ui.dialogs import eml_import
from casedesk.ui.dialogs.eml_import import (
    EML_MIME_FILTER,
    choose_and_import,
    eml_paths,
    import_eml_files,
    is_eml_path,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "eml_ui"
GOOD = str(FIXTURES / "svar_fran_kund.eml")
MALFORMED = str(FIXTURES / "trasig.eml")


def test_a_good_file_becomes_a_completed_incoming_email(session, desk, no_message_boxes):
    ids = import_eml_files(session, activities, desk[1], [GOOD], None)
    assert len(ids) == 1 and no_message_boxes == []
    record = activities.get_activity(ids[0])
    assert record.fields.kind == int(ActivityKind.EMAIL)
    assert record.fields.subject == "Re: Lösenordet fungerar igen"
    assert record.fields.direction == int(Direction.INCOMING)
    assert record.state == int(ActivityState.COMPLETED)
    assert "sven@example.se" in record.fields.sender
    assert "Tack för hjälpen" in record.fields.description
    assert record.case_id == desk[1]
    assert [n.file_name for n in Note.select()] == ["logg.txt"]


def test_a_malformed_file_is_reported_and_nothing_is_written(session, desk, no_message_boxes):
    ids = import_eml_files(session, activities, desk[1], [MALFORMED], None)
    assert ids == []
    assert no_message_boxes == [
        "This file was not imported:\n\ntrasig.eml: The file is not an e-mail message that "
        "CaseDesk can read."]
    assert Activity.select().count() == 0 and Note.select().count() == 0


def test_good_files_are_imported_beside_bad_ones(session, desk, tmp_path, no_message_boxes):
    big = tmp_path / "jätte.eml"
    with open(big, "wb") as f:
        f.truncate(25 * 1024 * 1024 + 1)
    missing = str(tmp_path / "borta.eml")
    ids = import_eml_files(session, activities, desk[0], [MALFORMED, GOOD, str(big), missing],
                           None)
    assert len(ids) == 1 and Activity.select().count() == 1
    [text] = no_message_boxes
    lines = text.split("\n")
    assert lines[0] == "These files were not imported:"
    assert lines[2].startswith("trasig.eml: The file is not an e-mail")
    assert lines[3] == ("jätte.eml: The file is too large: 25.0 MB. Files of at most 25 MB can "
                        "be imported.")
    assert lines[4].startswith("borta.eml: The file cannot be read:")


def test_the_swedish_message(session, desk, english, no_message_boxes):
    english.switch("sv")
    import_eml_files(session, activities, desk[1], [MALFORMED], None)
    assert no_message_boxes == [
        "Den här filen importerades inte:\n\ntrasig.eml: Filen är inte ett e-postmeddelande som "
        "CaseDesk kan läsa."]


def test_drag_and_drop_helpers():
    assert is_eml_path("/tmp/Svar.EML") and is_eml_path("a.eml")
    assert not is_eml_path("a.msg") and not is_eml_path("") and not is_eml_path("eml")
    assert EML_MIME_FILTER == "message/rfc822"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(GOOD), QUrl.fromLocalFile("/tmp/bild.png"),
                  QUrl("https://example.se/x.eml")])
    assert eml_paths(mime) == [GOOD]
    assert eml_paths(QMimeData()) == []


def test_choose_and_import_uses_the_file_dialog(session, desk, monkeypatch):
    asked = []

    def fake_dialog(parent, caption, folder, filters):
        asked.append((caption, filters))
        return [GOOD], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    ids = choose_and_import(session, activities, desk[1], None)
    assert len(ids) == 1
    assert asked == [("Import E-mail", "E-mail messages (*.eml);;All files (*)")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([], ""))
    assert choose_and_import(session, activities, desk[1], None) == []
    assert eml_import.MAX_EML == activities.MAX_ATTACHMENT
