"""Find Case (the Identify stage): this customer's active cases, before opening a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from casedesk.ui import labels
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.formatting import local_datetime

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FindCaseDialog(BaseDialog):
    """Lists the cases; `choice` is then ("open", id), ("new", id or None) or None."""

    geometry_key = "find_case"

    def __init__(self, customer_name: str, cases, prefs=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("findCaseDialog")
        self.choice: tuple[str, int | None] | None = None
        self.setWindowTitle(self.tr("Find Case"))
        intro = QLabel(objectName="findCaseIntro")
        intro.setWordWrap(True)
        intro.setText(self.tr("Active cases of %1. Open one of them instead of a new case, or go "
                              "on with the new case (the selected case is remembered as its "
                              "existing case).").replace("%1", customer_name)
                      if cases else
                      self.tr("%1 has no active cases. Go on with the new case.")
                      .replace("%1", customer_name))
        self.list = QTreeWidget(objectName="findCaseList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Case Number"), self.tr("Case Title"),
                                   self.tr("Status Reason"), self.tr("Created On")])
        self.list.setAccessibleName(self.tr("Active cases of the customer"))
        for case in cases:
            item = QTreeWidgetItem(self.list, [case.number, case.title,
                                               labels.status_reason(case.status_reason),
                                               local_datetime(case.created_on)])
            item.setData(0, ID_ROLE, case.id)
        for column in (0, 2, 3):
            self.list.resizeColumnToContents(column)
        self.list.setColumnWidth(1, 300)
        if cases:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.open_button = QPushButton(self.tr("&Open Case"), objectName="findCaseOpen")
        self.new_button = QPushButton(self.tr("Go On with &New Case"), objectName="findCaseNew")
        self.open_button.setEnabled(bool(cases))
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(self.go_on_with_new)
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(680, 360)
        self.restore_geometry()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def open_selected(self) -> None:
        if self.selected_id() is not None:
            self.choice = ("open", self.selected_id())
            self.accept()

    def go_on_with_new(self) -> None:
        self.choice = ("new", self.selected_id())
        self.accept()
