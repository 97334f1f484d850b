"""Choose a subject from the subject tree, with type-to-filter (SPEC §1.9, §4.4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
)

from casedesk.controllers.cases import sort_key
from casedesk.controllers.lookups import LookupItem
from casedesk.ui.dialogs.base_dialog import BaseDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SubjectTreeDialog(BaseDialog):
    """The whole tree; typing filters it (a match keeps its parents). `chosen` after OK."""

    geometry_key = "subject_tree"

    def __init__(self, tree, current_id: int | None = None, prefs=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("subjectTreeDialog")
        self.chosen: LookupItem | None = None
        self.setWindowTitle(self.tr("Choose a Subject"))
        self.filter_edit = QLineEdit(objectName="subjectFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Type to filter subjects…"))
        self.filter_edit.setAccessibleName(self.tr("Filter subjects"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(objectName="subjectTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Subjects"))
        self._add(self.tree.invisibleRootItem(), tree, current_id)
        self.tree.expandAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemActivated.connect(lambda *_: self.accept())
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.returnPressed.connect(self._first_match)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 480)
        self.restore_geometry()
        self.filter_edit.setFocus()

    def _add(self, parent: QTreeWidgetItem, nodes, current_id) -> None:
        for node in nodes:
            item = QTreeWidgetItem(parent, [node.title])
            item.setData(0, ID_ROLE, node.id)
            if node.id == current_id:
                self.tree.setCurrentItem(item)
            self._add(item, node.children, current_id)

    def _items(self):
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            yield iterator.value()
            iterator += 1

    def apply_filter(self, text: str) -> None:
        key = sort_key(text.strip())
        items = list(self._items())
        for item in items:
            item.setHidden(bool(key))
        for item in items:
            if not key or key in sort_key(item.text(0)):
                node = item
                while node is not None:
                    node.setHidden(False)
                    node = node.parent()
        self._first_match()

    def _first_match(self) -> None:
        key = sort_key(self.filter_edit.text().strip())
        for item in self._items():
            if not item.isHidden() and (not key or key in sort_key(item.text(0))):
                self.tree.setCurrentItem(item)
                return

    def accept(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.isHidden():
            return
        self.chosen = LookupItem("subject", item.data(0, ID_ROLE), item.text(0))
        super().accept()
