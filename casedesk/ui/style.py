"""Small corrections to Qt's Fusion style (the usual style on Linux desktops)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle


class CaseDeskStyle(QProxyStyle):
    """Fusion draws unselected tabs 2 px lower and clips the top of the text: the rings and
    dots of capital Å, Ä and Ö vanish ("Ärenden" reads "Arenden"). The text gets that room."""

    def subElementRect(self, element, option, widget=None):
        rect = super().subElementRect(element, option, widget)
        if element == QStyle.SubElement.SE_TabBarTabText:
            return rect.adjusted(0, -3, 0, 0)
        return rect


def apply(app: QApplication) -> None:
    if app.style().name().lower() == "fusion":
        app.setStyle(CaseDeskStyle(app.style().name()))
