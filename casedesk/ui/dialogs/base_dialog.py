"""The base of every dialog: remembers its size and place, Esc cancels, window-modal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


class BaseDialog(QDialog):
    """Subclasses set `geometry_key` and build their widgets; no tr() here (context!)."""

    geometry_key = ""

    def __init__(self, prefs=None, parent=None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)

    def restore_geometry(self) -> None:
        if self._prefs is not None and self.geometry_key:
            geometry = self._prefs.dialog_geometry(self.geometry_key)
            if not geometry.isEmpty():
                self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        if self._prefs is not None and self.geometry_key:
            self._prefs.set_dialog_geometry(self.geometry_key, self.saveGeometry())
        super().done(result)
