"""Preferences › Database (issue 9): this computer's file or a team server, Test Connection,
bad input at its field with nothing saved, never a password in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from casedesk import config
from casedesk.controllers import credentials, signin
from casedesk.models.db import sqlite_path, sqlite_url
from casedesk.models.migrations import DatabaseOpenError
from casedesk.ui import settings
from casedesk.ui.dialogs.preferences_dialog import PreferencesDialog
from tests.support import keyrings

PASSWORD = "Hemligt@/:%lösen"


class FakeTest:
    """signin.test_connection's stand-in: records the URLs it was asked about."""

    def __init__(self, check=None):
        self.check = check or signin.ConnectionCheck(None, 6, "asa", "Åsa Öberg")
        self.urls: list[str] = []

    def __call__(self, url, timeout):
        self.urls.append(url)
        return self.check


@pytest.fixture
def memory_keyring():
    with keyrings.use(keyrings.MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def make_dialog(qtbot, prefs):
    def make(test=None):
        dialog = PreferencesDialog(prefs, "/home/asa/casedesk.db", test_connection=test)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.database_page)
        return dialog
    return make


def _fill(page, host="db.example.com", port="5432", name="casedesk", login="asa",
          sslmode="require"):
    page.server_radio.setChecked(True)
    page.host_edit.setText(host)
    page.port_edit.setText(port)
    page.name_edit.setText(name)
    page.login_edit.setText(login)
    page.ssl_combo.setCurrentIndex(page.ssl_combo.findData(sslmode))


def test_by_default_this_computers_file_is_chosen(make_dialog):
    page = make_dialog().database_page
    assert page.local_radio.isChecked()
    assert page.path_edit.text() == ""
    assert page.path_edit.placeholderText().endswith("casedesk.db")
    assert not page.server_box.isEnabled() and page.local_box.isEnabled()
    assert page.current_label.text() == "Open now: /home/asa/casedesk.db"
    assert not page.is_changed()


def test_a_team_database_is_saved_without_a_password(make_dialog, prefs, tmp_path,
                                                     no_message_boxes):
    dialog = make_dialog()
    page = dialog.database_page
    _fill(page)
    assert page.server_box.isEnabled() and not page.local_box.isEnabled()
    page.password_edit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert prefs.get(settings.DATABASE_URL) == \
        "postgresql://asa@db.example.com/casedesk?sslmode=require"
    assert no_message_boxes == ["CaseDesk opens the new database the next time it starts."]
    prefs.sync()
    stored = (tmp_path / "prefs.ini").read_bytes()
    assert b"db.example.com" in stored
    for form in (PASSWORD, "Hemligt", "l%C3%B6sen"):
        assert form.encode() not in stored


@pytest.mark.parametrize("field, value, edit, text", [
    ("host", "", "host_edit", "Host is required."),
    ("port", "femtiofyra", "port_edit", "The port must be a number from 1 to 65535."),
    ("port", "99999", "port_edit", "The port must be a number from 1 to 65535."),
    ("name", "", "name_edit", "Database is required."),
])
def test_bad_input_is_said_at_its_field_and_nothing_is_saved(make_dialog, prefs,
                                                             no_message_boxes, field, value,
                                                             edit, text):
    dialog = make_dialog()
    page = dialog.database_page
    _fill(page, **{field: value})
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    key = {"host": "host", "port": "port", "name": "database_name"}[field]
    assert page.errors[key].isVisible() and page.errors[key].text() == text
    assert prefs.get(settings.DATABASE_URL) == ""
    assert no_message_boxes == []
    # corrected, it saves; the error goes away
    _fill(page)
    dialog.accept()
    assert not page.errors[key].isVisible()
    assert prefs.get(settings.DATABASE_URL).startswith("postgresql://asa@db.example.com")


def test_every_wrong_field_is_shown_at_once(make_dialog, prefs):
    dialog = make_dialog()
    page = dialog.database_page
    _fill(page, host="", port="abc")
    dialog.accept()
    assert page.errors["host"].isVisible() and page.errors["port"].isVisible()
    assert not page.errors["database_name"].isVisible()
    assert prefs.get(settings.DATABASE_URL) == ""


def test_a_stored_server_fills_the_fields_and_keeps_its_other_options(make_dialog, prefs):
    prefs.set(settings.DATABASE_URL, "postgresql://bo@db.example.com:6543/team?"
                                     "sslmode=verify-full&sslcert=%2Fhome%2Fbo%2Fcert.pem")
    dialog = make_dialog()
    page = dialog.database_page
    assert page.server_radio.isChecked()
    assert (page.host_edit.text(), page.port_edit.text(), page.name_edit.text(),
            page.login_edit.text(), page.ssl_combo.currentData()) == (
        "db.example.com", "6543", "team", "bo", "verify-full")
    assert not page.is_changed()
    page.ssl_combo.setCurrentIndex(page.ssl_combo.findData("require"))
    assert page.is_changed()
    dialog.accept()
    parts = signin.parse(prefs.get(settings.DATABASE_URL))
    assert parts.sslmode == "require" and parts.options["sslcert"] == "/home/bo/cert.pem"


def test_canceling_saves_nothing(make_dialog, prefs):
    dialog = make_dialog()
    _fill(dialog.database_page)
    dialog.reject()
    assert prefs.get(settings.DATABASE_URL) == ""


def test_a_file_is_chosen_with_browse(make_dialog, prefs, tmp_path, monkeypatch):
    dialog = make_dialog()
    page = dialog.database_page
    page.server_radio.setChecked(True)
    page.local_radio.setChecked(True)
    target = tmp_path / "shared folder" / "ärenden.db"
    monkeypatch.setattr(page, "choose_file", lambda: str(target))
    page.browse_button.click()
    assert page.path_edit.text() == str(target)
    dialog.accept()
    assert prefs.get(settings.DATABASE_URL) == sqlite_url(target)
    # and back to the usual file
    dialog = make_dialog()
    assert dialog.database_page.path_edit.text() == str(target)
    dialog.database_page.path_edit.setText(str(sqlite_path(config.default_database_url())))
    dialog.accept()
    assert prefs.get(settings.DATABASE_URL) == ""


def test_a_folder_is_not_a_database_file(make_dialog, prefs, tmp_path):
    dialog = make_dialog()
    page = dialog.database_page
    page.path_edit.setText(str(tmp_path))
    dialog.accept()
    assert page.path_error.isVisible()
    assert page.path_error.text() == ("This is a folder: choose a database file or a new file "
                                      "name.")
    assert prefs.get(settings.DATABASE_URL) == ""


def test_test_connection_says_who_you_are(qtbot, make_dialog, memory_keyring):
    test = FakeTest()
    page = make_dialog(test).database_page
    _fill(page)
    page.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(page.tested, timeout=5000):
        assert page.test_connection()
    assert page.test_result.isVisible()
    assert page.test_result.text() == ("✓ Connected: CaseDesk database version 6, you are "
                                       "Åsa Öberg.")
    assert [signin.parse(u).password for u in test.urls] == [PASSWORD]
    assert page.test_button.isEnabled()
    page.host_edit.setText("other")
    page.host_edit.textEdited.emit("other")
    assert not page.test_result.isVisible()  # an answer about another server is gone


def test_test_connection_uses_a_remembered_password_when_none_is_typed(qtbot, make_dialog,
                                                                       memory_keyring):
    credentials.remember("postgresql://asa@db.example.com/casedesk", "asa", PASSWORD)
    test = FakeTest()
    page = make_dialog(test).database_page
    _fill(page, sslmode="prefer")
    with qtbot.waitSignal(page.tested, timeout=5000):
        page.test_connection()
    assert signin.parse(test.urls[0]).password == PASSWORD


def test_test_connection_shows_the_error(qtbot, make_dialog, memory_keyring):
    error = DatabaseOpenError("no_account", login="asa", server="asa@db:5432/casedesk")
    page = make_dialog(FakeTest(signin.ConnectionCheck(error, 6, "asa"))).database_page
    _fill(page)
    with qtbot.waitSignal(page.tested, timeout=5000):
        page.test_connection()
    assert page.test_result.text() == ("The login asa has no CaseDesk account in this "
                                       "database. Ask an administrator to add you.")


def test_test_connection_checks_the_fields_first(make_dialog, memory_keyring):
    test = FakeTest()
    page = make_dialog(test).database_page
    _fill(page, port="x")
    assert not page.test_connection()
    assert test.urls == [] and page.errors["port"].isVisible()


def test_test_connection_on_a_real_unreachable_server(qtbot, make_dialog, memory_keyring):
    """No stand-in: the real test_connection, on a port where nothing listens."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    page = make_dialog().database_page
    _fill(page, host="127.0.0.1", port=str(port))
    with qtbot.waitSignal(page.tested, timeout=10000):
        page.test_connection()
    assert "cannot be reached" in page.test_result.text()
