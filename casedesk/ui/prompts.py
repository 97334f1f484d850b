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


def ask_save_changes(parent: QWidget | None, text: str) -> str:
    """Save, discard or keep editing: returns "save", "discard" or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(
        QMessageBox.StandardButton(answer), "cancel")


def choose(parent: QWidget | None, text: str, options: list[str]) -> int | None:
    """One of a few options, as buttons; the index chosen, or None when canceled."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text,
                      QMessageBox.StandardButton.Cancel, parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None
