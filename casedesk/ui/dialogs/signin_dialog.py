"""Sign in to a team database (SPEC §6.2): the server, your login and password, Remember.

`sign_in()` is what the app calls at start: it first tries without asking (a password in the
URL, a remembered one from the keyring, or none at all for Kerberos, a certificate or
~/.pgpass) and shows the dialog only when that is not enough. A failed try keeps the dialog
open with the reason and the password selected; nothing is written by a failed try.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from casedesk.controllers import admin, credentials, signin
from casedesk.controllers.errors import ValidationError
from casedesk.models.migrations import DatabaseOpenError
from casedesk.ui import settings
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.styles import HINT_STYLE, error_label, heading_label

log = logging.getLogger(__name__)

#: url (with login and maybe password) → (OpenResult, Session); raises DatabaseOpenError
Connect = Callable[[str], tuple]


class SignInDialog(BaseDialog):
    """Login, password and Remember for the server of `url` (a URL without a password).
    `outcome` holds (OpenResult, Session) once accepted."""

    geometry_key = "sign_in"

    def __init__(self, url: str, connect: Connect, prefs: settings.Settings | None = None,
                 parent=None, *, login: str = "", error: Exception | None = None,
                 remember: bool = False) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("signInDialog")
        self.url = signin.without_password(url)
        self._connect = connect
        self.outcome: tuple | None = None
        self.error: Exception | None = None

        self.heading = heading_label("signInHeading", 1.2)
        self.server_label = QLabel(signin.server_text(self.url), objectName="signInServer")
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_label.setTextFormat(Qt.TextFormat.PlainText)
        self.login_edit = QLineEdit(login, objectName="signInLogin")
        self.login_edit.setMaxLength(120)
        self.password_edit = QLineEdit(objectName="signInPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(objectName="signInRemember")
        self.keyring_available = credentials.available()
        self.remember_check.setChecked(remember and self.keyring_available)
        self.remember_check.setEnabled(self.keyring_available)
        self.hint = QLabel(objectName="signInHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.error_label = error_label("signInError")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_caption = QLabel()
        self.login_caption = QLabel()
        self.login_caption.setBuddy(self.login_edit)
        self.password_caption = QLabel()
        self.password_caption.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(self.server_caption, self.server_label)
        form.addRow(self.login_caption, self.login_edit)
        form.addRow(self.password_caption, self.password_edit)
        form.addRow("", self.remember_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # our own button, not the standard Ok: a language change makes the button box
        # rename its standard buttons back to "OK"
        self.sign_in_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setObjectName("signInButton")
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()
        self.restore_geometry()
        if error is not None:
            self.show_error(error)
        elif login:
            self.password_edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign In to CaseDesk"))
        self.heading.setText(self.tr("Sign in to the team database"))
        self.server_caption.setText(self.tr("Server:"))
        self.login_caption.setText(self.tr("&Login:"))
        self.password_caption.setText(self.tr("&Password:"))
        self.remember_check.setText(self.tr("&Remember the password"))
        self.sign_in_button.setText(self.tr("&Sign In"))
        self.hint.setText(self.tr("Use your own database login. Leave the password empty when "
                                  "the server signs you in with Kerberos or a certificate."))
        self.login_edit.setAccessibleName(self.tr("Login"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.server_label.setAccessibleName(self.tr("Server"))
        if self.keyring_available:
            self.remember_check.setToolTip(self.tr(
                "Keep the password in the operating system's keyring, so that CaseDesk signs "
                "you in by itself next time."))
        else:
            self.remember_check.setToolTip(self.tr(
                "Passwords can only be kept in the operating system's keyring, and this "
                "computer has none that CaseDesk can use."))
        if self.error is not None:
            self.error_label.setText(self._error_text(self.error))

    # -- signing in ---------------------------------------------------------------------

    def login(self) -> str:
        return self.login_edit.text().strip()

    def try_sign_in(self) -> bool:
        """One try with what is typed; True (and the dialog accepted) when it worked."""
        login = self.login()
        if not login:
            self.show_error(ValidationError("login", "required"))
            return False
        password = self.password_edit.text()
        url = signin.with_login(self.url, login, password or None)
        self.sign_in_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = self._connect(url)
        except DatabaseOpenError as exc:
            log.info("sign-in to %s as %s failed: %s", signin.server_text(self.url), login,
                     exc.code)
            self.show_error(exc)
            return False
        finally:
            QApplication.restoreOverrideCursor()
            self.sign_in_button.setEnabled(True)
        self._keep_password(login, password)
        if self._prefs is not None:
            self._prefs.set(settings.LAST_LOGIN, login)
        self.accept()
        return True

    def _keep_password(self, login: str, password: str) -> None:
        if not self.keyring_available:
            return
        if self.remember_check.isChecked():
            if password:
                credentials.remember(self.url, login, password)
        else:
            credentials.forget(self.url, login)

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, ValidationError):
            return validation_message(error)
        return error_message(error)

    def show_error(self, error: Exception) -> None:
        self.error = error
        self.error_label.setText(self._error_text(error))
        self.error_label.show()
        code = getattr(error, "code", "")
        if isinstance(error, ValidationError) or code == "no_account":
            self.login_edit.setFocus()
            self.login_edit.selectAll()
        else:
            self.password_edit.setFocus()
            self.password_edit.selectAll()


def sign_in(url: str, connect: Connect, prefs: settings.Settings | None = None,
            parent=None, *, exec_dialog: Callable[[SignInDialog], bool] | None = None,
            ) -> tuple | None:
    """Sign in to the server of url: (OpenResult, Session), or None when the person canceled.

    First without a dialog: with the URL's password (scripts), else with the password the
    keyring remembers for the login, else with none at all (the server may sign in with
    Kerberos, a certificate or ~/.pgpass). The dialog opens when that is not enough, with the
    reason unless the server simply wants a password. `exec_dialog` runs the dialog (tests).
    """
    parts = signin.parse(url)
    base = signin.without_password(url)
    login = parts.login or (prefs.get(settings.LAST_LOGIN) if prefs is not None else "") \
        or admin.os_login()
    remembered = None
    error: Exception | None = None
    if parts.password:
        attempt = signin.with_login(url, login, parts.password)
    else:
        remembered = credentials.recall(base, login)
        attempt = signin.with_login(url, login, remembered)
    try:
        return connect(attempt)
    except DatabaseOpenError as exc:
        asked_nothing = not parts.password and remembered is None
        if not (asked_nothing and exc.code == "auth_failed"):
            error = exc  # a password was refused, or something else is wrong: say so
    dialog = SignInDialog(base, connect, prefs, parent, login=login, error=error,
                          remember=remembered is not None)
    run = exec_dialog or (lambda d: d.exec() == SignInDialog.DialogCode.Accepted)
    if not run(dialog):
        return None
    return dialog.outcome
