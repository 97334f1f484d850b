"""First start: who are you? The answer becomes this desk's administrator (SPEC §6.1)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from casedesk.controllers import admin
from casedesk.controllers.errors import ValidationError
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.messages import validation_message


class FirstRunDialog(BaseDialog):
    def __init__(self, session, parent=None) -> None:
        super().__init__(None, parent)
        self.setObjectName("firstRunDialog")
        self._session = session
        self.user = None
        self.setWindowTitle(self.tr("Welcome to CaseDesk"))
        intro = QLabel(self.tr("CaseDesk keeps your cases in a database on this computer. "
                               "Please tell us your name: it is shown as the owner of the "
                               "cases you create."), objectName="firstRunIntro")
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(objectName="firstRunName")
        self.name_edit.setMaxLength(160)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.error_label = QLabel(objectName="firstRunError")
        self.error_label.setStyleSheet("color: palette(link);")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        try:
            self.user = admin.create_first_user(self._session, self.name_edit.text())
        except ValidationError as exc:
            self.error_label.setText(validation_message(exc))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        super().accept()
