"""Preferences: the language (applied at once) and which database is open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from casedesk.ui import settings
from casedesk.ui.dialogs.base_dialog import BaseDialog


class PreferencesDialog(BaseDialog):
    geometry_key = "preferences"
    language_chosen = Signal(str)  # "", "en" or "sv"

    def __init__(self, prefs: settings.Settings, database_text: str, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("preferencesDialog")
        self.language_combo = QComboBox(objectName="languageCombo")
        for code in ("", "en", "sv"):
            self.language_combo.addItem("", code)
        current = prefs.get(settings.LANGUAGE)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        self.language_combo.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(self.language_combo.currentData()))
        self.database_label = QLabel(database_text, objectName="databaseLabel")
        self.database_label.setWordWrap(True)
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language_combo)
        self.database_caption = QLabel()
        form = QFormLayout()
        form.addRow(self.language_caption, self.language_combo)
        form.addRow(self.database_caption, self.database_label)
        self.database_hint = QLabel(objectName="databaseHint")
        self.database_hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.database_hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self.restore_geometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_caption.setText(self.tr("&Language:"))
        self.database_caption.setText(self.tr("Database:"))
        self.language_combo.setItemText(0, self.tr("Same as the operating system"))
        self.language_combo.setItemText(1, "English")
        self.language_combo.setItemText(2, "Svenska")
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.database_label.setAccessibleName(self.tr("Database"))
        self.database_hint.setText(self.tr("To open another database, start CaseDesk with "
                                           "--database URL."))
