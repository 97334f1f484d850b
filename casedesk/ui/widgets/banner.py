"""A bar across the top of a window or form that says something about the whole of it: a
colleague changed the record, the connection to the server was lost. Text, a few buttons, a
close button; hidden until it has something to say."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from casedesk.ui.icons import icon

#: kind → (background, border, text); light tints that read on light and dark themes
COLORS = {
    "info": ("#e3f2fd", "#90caf9", "#0d3c61"),
    "warning": ("#fff4e5", "#ffb74d", "#663c00"),
    "error": ("#fdecea", "#ef9a9a", "#611a15"),
    "success": ("#edf7ed", "#81c784", "#1e4620"),
}


class Banner(QFrame):
    """show_message(text, kind, buttons=[(object name, text, callback)], timeout_ms=0)."""

    dismissed = Signal()

    def __init__(self, object_name: str, parent=None, *, closable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.kind = "info"
        self.label = QLabel(objectName=f"{object_name}Text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self._layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.close_button = QToolButton(objectName=f"{object_name}Close")
        self.close_button.setIcon(icon("remove"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        self.close_button.setVisible(closable)
        self._layout.addWidget(self.close_button)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)
        self._retranslate()
        self.hide()

    def show_message(self, text: str, kind: str = "info", buttons=(), timeout_ms: int = 0) -> None:
        """Say `text`; `buttons`: (object name, text, callback) in order; `timeout_ms` > 0
        hides it again after that long."""
        self.kind = kind
        background, border, color = COLORS.get(kind, COLORS["info"])
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} #{self.objectName()} QLabel {{ color: {color}; }}")
        self.label.setText(text)
        self.setAccessibleName(text)
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for position, (name, caption, callback) in enumerate(buttons, 1):
            button = QPushButton(caption, objectName=name)
            button.clicked.connect(callback)
            self._layout.insertWidget(position, button)
            self.buttons[name] = button
        self._timer.stop()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        self.show()

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()
        self.dismissed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
