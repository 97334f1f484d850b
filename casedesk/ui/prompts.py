"""Every message box the app shows, in one place, so tests replace this module only."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from casedesk import APP_NAME


def error(parent: QWidget | None, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text,
                      QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def information(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, APP_NAME, text)


def confirm(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, APP_NAME, text,
                                  QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)
