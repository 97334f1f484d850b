"""The few looks the app gives labels, and the labels built with them: one place for all
pages, forms and dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

#: a field's or a form's error
ERROR_STYLE = "QLabel { color: #c62828; }"
#: something that worked (a connection test)
SUCCESS_STYLE = "QLabel { color: #2e7d32; }"
#: a framed note: read-only, what a command will do
NOTE_STYLE = ("QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
              " border-radius: 4px; padding: 6px; }")
#: a quiet hint
HINT_STYLE = "QLabel { color: palette(placeholder-text); }"


def heading_label(object_name: str, scale: float = 1.4) -> QLabel:
    """A page's heading: bold and larger than the text."""
    label = QLabel(objectName=object_name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def note_label(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def error_label(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label
