"""Preferences › Database: which database CaseDesk opens at start (SPEC §6.1, §6.2).

This computer (a SQLite file: a path, or the default file) or a team database on a
PostgreSQL server (host, port, database, login, SSL mode). Test Connection tries the server
on a worker thread and says what it found; `save()` writes settings.DATABASE_URL (never a
password) and the change takes effect at the next start. Bad input is shown at its field and
nothing is saved.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casedesk import config
from casedesk.controllers import credentials, signin
from casedesk.controllers.errors import ValidationError
from casedesk.models.db import sqlite_path, sqlite_url
from casedesk.ui import settings
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.styles import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE, error_label

#: url, timeout → signin.ConnectionCheck (runs on a worker thread)
TestConnection = Callable[[str, float], signin.ConnectionCheck]


class _Relay(QObject):
    """Carries a worker thread's result to the GUI thread (a queued signal)."""

    done = Signal(object)


class DatabasePage(QWidget):
    """The Database tab of Preferences."""

    tested = Signal(object)  # the ConnectionCheck of the last Test Connection

    def __init__(self, prefs: settings.Settings, database_text: str = "",
                 test_connection: TestConnection | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("databasePage")
        self.prefs = prefs
        self._test = test_connection or signin.test_connection
        self._options: dict = {}  # a stored URL's query besides sslmode (sslcert, …)
        self.testing = False

        self.local_radio = QRadioButton(objectName="databaseLocalRadio")
        self.server_radio = QRadioButton(objectName="databaseServerRadio")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.local_radio)
        self.kind_group.addButton(self.server_radio)

        self.path_edit = QLineEdit(objectName="databasePathEdit")
        self.path_edit.setPlaceholderText(str(sqlite_path(config.default_database_url())))
        self.browse_button = QPushButton(objectName="databaseBrowseButton")
        self.browse_button.clicked.connect(self.browse)
        self.path_error = error_label("databasePathError")
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.local_box = QWidget(objectName="databaseLocalBox")
        local_layout = QVBoxLayout(self.local_box)
        local_layout.setContentsMargins(24, 0, 0, 0)
        local_layout.addLayout(path_row)
        local_layout.addWidget(self.path_error)

        self.host_edit = QLineEdit(objectName="databaseHostEdit")
        self.port_edit = QLineEdit(str(signin.DEFAULT_PORT), objectName="databasePortEdit")
        self.port_edit.setMaxLength(5)
        self.port_edit.setMaximumWidth(self.port_edit.fontMetrics().horizontalAdvance("0")
                                       * 9 + 16)
        self.name_edit = QLineEdit(objectName="databaseNameEdit")
        self.login_edit = QLineEdit(objectName="databaseLoginEdit")
        self.ssl_combo = QComboBox(objectName="databaseSslCombo")
        for mode in signin.SSL_MODES:
            self.ssl_combo.addItem(mode, mode)
        self.password_edit = QLineEdit(objectName="databasePasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: error_label(f"database{name.title().replace('_', '')}Error")
                       for name in ("host", "port", "database_name", "login")}
        self.test_button = QPushButton(objectName="databaseTestButton")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(objectName="databaseTestResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()

        self.host_caption, self.port_caption, self.name_caption = QLabel(), QLabel(), QLabel()
        self.login_caption, self.ssl_caption, self.password_caption = (QLabel(), QLabel(),
                                                                       QLabel())
        for caption, edit in ((self.host_caption, self.host_edit),
                              (self.port_caption, self.port_edit),
                              (self.name_caption, self.name_edit),
                              (self.login_caption, self.login_edit),
                              (self.ssl_caption, self.ssl_combo),
                              (self.password_caption, self.password_edit)):
            caption.setBuddy(edit)
        form = QFormLayout()
        form.addRow(self.host_caption, self._with_error(self.host_edit, "host"))
        form.addRow(self.port_caption, self._with_error(self.port_edit, "port"))
        form.addRow(self.name_caption, self._with_error(self.name_edit, "database_name"))
        form.addRow(self.login_caption, self._with_error(self.login_edit, "login"))
        form.addRow(self.ssl_caption, self.ssl_combo)
        form.addRow(self.password_caption, self.password_edit)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.server_box = QWidget(objectName="databaseServerBox")
        server_layout = QVBoxLayout(self.server_box)
        server_layout.setContentsMargins(24, 0, 0, 0)
        server_layout.addLayout(form)
        server_layout.addLayout(test_row)
        server_layout.addWidget(self.test_result)

        self.current_label = QLabel(objectName="databaseCurrent")
        self.current_label.setWordWrap(True)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        self._database_text = database_text
        self.restart_hint = QLabel(objectName="databaseRestartHint")
        self.restart_hint.setWordWrap(True)
        self.restart_hint.setStyleSheet(HINT_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(self.local_radio)
        layout.addWidget(self.local_box)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_box)
        layout.addSpacing(8)
        layout.addWidget(self.current_label)
        layout.addWidget(self.restart_hint)
        layout.addStretch(1)

        self.local_radio.toggled.connect(self._update_enabled)
        for edit in (self.host_edit, self.port_edit, self.name_edit, self.login_edit,
                     self.password_edit):
            edit.textEdited.connect(self._hide_test_result)
        self.ssl_combo.currentIndexChanged.connect(self._hide_test_result)
        self.load(prefs.get(settings.DATABASE_URL))
        self.retranslate_ui()

    def _with_error(self, edit: QWidget, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(self.errors[name])
        return box

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.local_radio.setText(self.tr("This &computer (SQLite file)"))
        self.server_radio.setText(self.tr("&Team database (PostgreSQL)"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.path_edit.setAccessibleName(self.tr("Database file"))
        self.path_edit.setToolTip(self.tr("Leave empty for the usual file in your data folder."))
        self.host_caption.setText(self.tr("&Host:"))
        self.port_caption.setText(self.tr("P&ort:"))
        self.name_caption.setText(self.tr("&Database:"))
        self.login_caption.setText(self.tr("&Login:"))
        self.ssl_caption.setText(self.tr("&SSL mode:"))
        self.password_caption.setText(self.tr("Pass&word:"))
        self.password_edit.setPlaceholderText(self.tr("Only to test; not saved"))
        self.login_edit.setPlaceholderText(self.tr("Asked when signing in"))
        for edit, name in ((self.host_edit, self.tr("Host")), (self.port_edit, self.tr("Port")),
                           (self.name_edit, self.tr("Database")),
                           (self.login_edit, self.tr("Login")),
                           (self.ssl_combo, self.tr("SSL mode")),
                           (self.password_edit, self.tr("Password"))):
            edit.setAccessibleName(name)
        tips = {"prefer": self.tr("Encrypt when the server offers it"),
                "require": self.tr("Always encrypt"),
                "verify-full": self.tr("Always encrypt, and check the server's certificate "
                                       "and name")}
        for i in range(self.ssl_combo.count()):
            mode = self.ssl_combo.itemData(i)
            self.ssl_combo.setItemData(i, tips.get(mode, mode), Qt.ItemDataRole.ToolTipRole)
        self.test_button.setText(self.tr("T&est Connection"))
        self.current_label.setText(self.tr("Open now: %1").replace("%1", self._database_text))
        self.current_label.setVisible(bool(self._database_text))
        self.restart_hint.setText(self.tr("A change takes effect the next time CaseDesk "
                                          "starts."))
        if self.test_result.isVisible() and self._last_check is not None:
            self._show_check(self._last_check)

    _last_check: signin.ConnectionCheck | None = None

    # -- the stored URL ---------------------------------------------------------------------

    def load(self, url: str) -> None:
        """Fill the fields from a stored database URL ("" = the default file)."""
        if signin.is_server_url(url):
            try:
                parts = signin.parse(url)
            except ValueError:
                parts = None
            if parts is not None:
                self.server_radio.setChecked(True)
                self.host_edit.setText(parts.host)
                self.port_edit.setText(str(parts.port))
                self.name_edit.setText(parts.database)
                self.login_edit.setText(parts.login)
                mode = parts.sslmode or "prefer"
                if self.ssl_combo.findData(mode) < 0:
                    self.ssl_combo.addItem(mode, mode)
                self.ssl_combo.setCurrentIndex(self.ssl_combo.findData(mode))
                self._options = {k: v for k, v in parts.options.items() if k != "sslmode"}
                self._update_enabled()
                return
        path = sqlite_path(url) if url else None
        if url and path is None and not signin.is_server_url(url):
            path = None  # an address this page cannot show: start from the default file
        self.local_radio.setChecked(True)
        default = sqlite_path(config.default_database_url())
        self.path_edit.setText("" if path is None or path == default else str(path))
        self._update_enabled()

    def is_server(self) -> bool:
        return self.server_radio.isChecked()

    def url(self) -> str:
        """The URL the fields describe (no password): "" for the default file.
        ValidationError for the first field that is wrong."""
        if not self.is_server():
            text = self.path_edit.text().strip()
            if not text:
                return ""
            path = Path(text).expanduser()
            if path.is_dir():
                raise ValidationError("database_file", "is_folder")
            if path.absolute() == sqlite_path(config.default_database_url()).absolute():
                return ""
            return sqlite_url(path)
        return signin.checked_server_url(
            self.host_edit.text(), self.port_edit.text(), self.name_edit.text(),
            self.login_edit.text(), self.ssl_combo.currentData(), **self._options)

    def checked_url(self) -> str | None:
        """url(), or None after showing every field's error (the first one focused)."""
        self._clear_errors()
        try:
            return self.url()
        except ValidationError as exc:
            errors = [exc]
        if self.is_server():
            errors = signin.server_field_errors(
                self.host_edit.text(), self.port_edit.text(), self.name_edit.text(),
                self.login_edit.text()) or errors
        for error in reversed(errors):  # the first wrong field ends up with the focus
            self.show_field_error(error)
        self.test_result.hide()
        return None

    def show_field_error(self, error: ValidationError) -> None:
        widgets = {"host": self.host_edit, "port": self.port_edit,
                   "database_name": self.name_edit, "login": self.login_edit,
                   "database_file": self.path_edit}
        label = self.path_error if error.field == "database_file" else self.errors.get(
            error.field)
        if label is not None:
            label.setText(validation_message(error))
            label.show()
        widget = widgets.get(error.field)
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.path_error):
            label.hide()
            label.clear()

    def is_changed(self) -> bool:
        """True when the fields name another database than the stored one (or are wrong)."""
        try:
            return self.url() != _normal(self.prefs.get(settings.DATABASE_URL))
        except ValidationError:
            return True

    def save(self) -> bool:
        """Write the URL to the settings; False (nothing saved) when a field is wrong."""
        url = self.checked_url()
        if url is None:
            return False
        self.prefs.set(settings.DATABASE_URL, url)
        self.prefs.sync()
        return True

    # -- widgets ----------------------------------------------------------------------------

    def _update_enabled(self) -> None:
        server = self.is_server()
        self.local_box.setEnabled(not server)
        self.server_box.setEnabled(server)

    def choose_file(self) -> str:
        """A file chosen in the system's dialog ("" when canceled). Tests replace this."""
        start = self.path_edit.text().strip() or self.path_edit.placeholderText()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Database File"), start,
            self.tr("CaseDesk databases (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    def browse(self) -> None:
        path = self.choose_file()
        if path:
            self.path_edit.setText(path)
            self.path_error.hide()

    def _hide_test_result(self) -> None:
        self.test_result.hide()

    # -- Test Connection --------------------------------------------------------------------

    def test_connection(self) -> bool:
        """Start a test of the server the fields name; False when a field is wrong."""
        if self.testing:
            return False
        url = self.checked_url()
        if url is None or not self.is_server():
            return False
        parts = signin.parse(url)
        login = parts.login or _default_login(self.prefs)
        password = self.password_edit.text() or credentials.recall(url, login)
        target = signin.with_login(url, login, password or None)
        self.testing = True
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet(HINT_STYLE)
        self.test_result.setText(self.tr("Connecting…"))
        self.test_result.show()
        relay = _Relay()
        relay.done.connect(self._tested)
        test = self._test

        def work() -> None:
            try:
                check = test(target, signin.DEFAULT_TIMEOUT)
            except Exception as exc:  # noqa: BLE001 (a bug must still end the wait)
                check = signin.ConnectionCheck(signin.classify(exc, target))
            relay.done.emit(check)

        self._relay = relay  # kept until the answer came
        threading.Thread(target=work, name="casedesk-test-connection", daemon=True).start()
        return True

    def _tested(self, check: signin.ConnectionCheck) -> None:
        self.testing = False
        self._relay = None
        self.test_button.setEnabled(True)
        self._last_check = check
        self._show_check(check)
        self.tested.emit(check)

    def _show_check(self, check: signin.ConnectionCheck) -> None:
        if check.ok:
            text = self.tr("✓ Connected: CaseDesk database version %1, you are %2.").replace(
                "%1", str(check.version)).replace("%2", check.user_name or check.login or "")
            self.test_result.setStyleSheet(SUCCESS_STYLE)
        else:
            text = error_message(check.error)
            self.test_result.setStyleSheet(ERROR_STYLE)
        self.test_result.setText(text)
        self.test_result.show()


def _normal(url: str) -> str:
    """A stored URL as url() would write it, so that an unchanged page is not a change."""
    if not url:
        return ""
    path = sqlite_path(url)
    if path is not None:
        return "" if path == sqlite_path(config.default_database_url()) else sqlite_url(path)
    if signin.is_server_url(url):
        try:
            parts = signin.parse(url)
            return signin.checked_server_url(parts.host, str(parts.port), parts.database,
                                             parts.login, parts.sslmode, **{
                                                 k: v for k, v in parts.options.items()
                                                 if k != "sslmode"})
        except (ValueError, ValidationError):
            return url
    return url


def _default_login(prefs: settings.Settings) -> str:
    from casedesk.controllers import admin

    return prefs.get(settings.LAST_LOGIN) or admin.os_login()
