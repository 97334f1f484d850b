"""Preferences: the language (applied at once) and which database CaseDesk opens at start
(the Database tab, saved with OK; it takes effect at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.ui import prompts, settings
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.database_page import DatabasePage


class PreferencesDialog(BaseDialog):
    geometry_key = "preferences"
    language_chosen = Signal(str)  # "", "en" or "sv"

    def __init__(self, prefs: settings.Settings, database_text: str, parent=None, *,
                 test_connection=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("preferencesDialog")
        self.language_combo = QComboBox(objectName="languageCombo")
        for code in ("", "en", "sv"):
            self.language_combo.addItem("", code)
        current = prefs.get(settings.LANGUAGE)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        self.language_combo.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(self.language_combo.currentData()))
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language_combo)
        general = QWidget(objectName="preferencesGeneral")
        form = QFormLayout()
        form.addRow(self.language_caption, self.language_combo)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        self.database_page = DatabasePage(prefs, database_text, test_connection)
        self.tabs = QTabWidget(objectName="preferencesTabs")
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.database_page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self.restore_geometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_caption.setText(self.tr("&Language:"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Database"))
        self.language_combo.setItemText(0, self.tr("Same as the operating system"))
        self.language_combo.setItemText(1, "English")
        self.language_combo.setItemText(2, "Svenska")
        self.language_combo.setAccessibleName(self.tr("Language"))

    def accept(self) -> None:
        """Save the database choice when it changed (a wrong field keeps the dialog open)."""
        page = self.database_page
        if page.is_changed():
            if not page.save():
                self.tabs.setCurrentWidget(page)
                return
            prompts.information(self, self.tr(
                "CaseDesk opens the new database the next time it starts."))
        super().accept()
