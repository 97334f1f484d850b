"""First start, bad input in dialogs and fields, and the exception hook."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from casedesk.controllers import admin
from casedesk.controllers.session import Session
from casedesk.models import AppUser, Queue, UserRole
from casedesk.models.options import Role
from casedesk.ui.dialogs.first_run_dialog import FirstRunDialog
from casedesk.ui.exception_hook import ExceptionHook


def type_text(widget, text):
    """Type like a keyboard, one key event per character (keyClicks aborts on å, ä, ö)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def test_first_start_creates_me_as_administrator(qtbot, database):
    session = Session(database)
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    type_text(dialog.name_edit, "Märta Öhrström")
    dialog.accept()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    user = AppUser.get(AppUser.name == "Märta Öhrström")
    assert session.user_id == user.id
    roles = {r.role for r in UserRole.select().where(UserRole.user == user)}
    assert int(Role.ADMINISTRATOR) in roles
    assert Queue.select().where(Queue.default_for_user == user).count() == 1


def test_first_start_refuses_an_empty_name_and_says_why(qtbot, database):
    session = Session(database)
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name_edit, "   ")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Name is required."
    assert AppUser.select().count() == 0


def test_first_start_refuses_control_characters_in_swedish(qtbot, database, english):
    english.switch("sv")
    session = Session(database)
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Eva\x07")
    dialog.accept()
    assert dialog.error_label.text() == "Namn innehåller styrtecken som inte kan sparas."
    assert AppUser.select().count() == 0


def test_first_start_keeps_emoji_and_non_latin_names(qtbot, database):
    session = Session(database)
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("李小龍 🎧")
    dialog.accept()
    assert admin.find_user_by_login(session.login).name == "李小龍 🎧"


def test_filter_takes_any_text_without_error(qtbot, window, no_message_boxes):
    page = window.case_list
    for text in ("🎧", "Ω≈ç√", "%_'\"", "\x07", "x" * 500):
        page.filter_edit.setText(text)
        page._apply_filter_now()
        qtbot.waitUntil(lambda: not page.model.loading)
    assert page.model.total == 0
    assert no_message_boxes == []


def test_exception_hook_logs_and_shows_a_friendly_message(caplog):
    shown = []
    hook = ExceptionHook(lambda text, details: shown.append((text, details)))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert shown and shown[0][0].startswith("Something unexpected went wrong")
    assert "RuntimeError: boom" in shown[0][1]
    assert "boom" in caplog.text
