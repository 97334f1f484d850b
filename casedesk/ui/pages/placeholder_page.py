"""A page a later version fills: says what it will hold, clearly not yet available."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, page_id: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{page_id}")
        self.title = QLabel(objectName=f"{page_id}_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel(objectName=f"{page_id}_not_available")
        self.badge.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 4px;"
                                 " padding: 2px 8px; }")
        self.description = QLabel(objectName=f"{page_id}_description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.description)
        layout.addStretch(1)

    def set_texts(self, title: str, not_available: str, description: str) -> None:
        self.title.setText(title)
        self.badge.setText(not_available)
        self.description.setText(description)
        self.setAccessibleName(title)
        self.badge.setAccessibleName(not_available)
        self.description.setAccessibleName(description)
