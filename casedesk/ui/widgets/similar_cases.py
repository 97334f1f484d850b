"""Similar Cases ("Liknande ärenden") on the case form's Relationships tab (SPEC §1.10, §2.8).

The case's Similar Case connections (either direction): number, title, status. **Add**
("Lägg till anslutningspost") asks the form to open Find Similar Cases (add_requested);
**Remove** unlinks the chosen one after asking; Enter or a double click opens a case
(case_open_requested). It follows CASES_CHANGED for its case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from casedesk.controllers import events
from casedesk.controllers.errors import CaseDeskError
from casedesk.ui import labels, prompts
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONNECTION_ROLE = Qt.ItemDataRole.UserRole + 2


class SimilarCasesPanel(QWidget):
    add_requested = Signal()
    case_open_requested = Signal(int)

    def __init__(self, session, connections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarCasesPanel")
        self.session = session
        self.connections = connections
        self.case_id: int | None = None
        self.read_only = True
        self.linked: list = []

        self.heading = QLabel(objectName="similarCasesHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.add_button = QPushButton(objectName="similarCasesAddButton")
        self.add_button.setIcon(icon("associate"))
        self.remove_button = QPushButton(objectName="similarCasesRemoveButton")
        self.remove_button.setIcon(icon("delete"))
        self.list = QTreeWidget(objectName="similarCasesList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnCount(3)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(objectName="similarCasesEmpty")
        self.empty_label.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)

        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.list.itemActivated.connect(self._open)
        self.list.currentItemChanged.connect(lambda *_: self._enable())

        bus, callback = session.events, self._cases_changed
        bus.subscribe(events.CASES_CHANGED, callback)
        self.destroyed.connect(lambda *_: bus.unsubscribe(events.CASES_CHANGED, callback))
        self.retranslate_ui()
        self._enable()

    # -- content ---------------------------------------------------------------------------

    def set_case(self, case_id: int | None, read_only: bool = False) -> None:
        """Show the similar cases of case_id (None: a new case, nothing to show)."""
        self.case_id = case_id
        self.read_only = bool(read_only)
        self.reload()

    def reload(self) -> None:
        chosen = self.chosen()
        self.linked = list(self.connections.similar_cases(self.case_id)) if self.case_id else []
        self.list.clear()
        for linked in self.linked:
            item = QTreeWidgetItem(self.list, [linked.number, linked.title, ""])
            item.setData(0, ID_ROLE, linked.case_id)
            item.setData(0, CONNECTION_ROLE, linked.connection_id)
            item.setToolTip(1, linked.title)
            if chosen is not None and linked.connection_id == chosen.connection_id:
                self.list.setCurrentItem(item)
        self._show_states()
        self._enable()

    def _show_states(self) -> None:
        for i, linked in enumerate(self.linked):
            self.list.topLevelItem(i).setText(2, labels.status_reason(linked.status_reason))

    def _cases_changed(self, ids=(), **_payload) -> None:
        if not Shiboken.isValid(self) or self.case_id is None:
            return
        shown = {self.case_id} | {linked.case_id for linked in self.linked}
        if shown & set(ids or ()):
            self.reload()

    def chosen(self):
        item = self.list.currentItem()
        if item is None:
            return None
        connection_id = item.data(0, CONNECTION_ROLE)
        return next((x for x in self.linked if x.connection_id == connection_id), None)

    def _enable(self) -> None:
        editable = self.case_id is not None and not self.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.chosen() is not None)
        self.empty_label.setVisible(not self.linked)

    # -- commands --------------------------------------------------------------------------

    def remove_chosen(self) -> None:
        linked = self.chosen()
        if linked is None or self.read_only:
            return
        question = self.tr("Remove the link to %1 “%2”? The case itself is not changed.")
        if not prompts.confirm(self, question.replace("%1", linked.number)
                               .replace("%2", linked.title)):
            return
        try:
            self.connections.unlink(self.session, linked.connection_id)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
        self.reload()

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.case_open_requested.emit(int(item.data(0, ID_ROLE)))

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Similar Cases"))
        self.setAccessibleName(self.tr("Similar Cases"))
        self.add_button.setText(self.tr("&Add Connection"))
        self.add_button.setAccessibleName(self.tr("Add Connection"))
        self.add_button.setToolTip(self.tr("Find a similar case and link it to this case"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove similar case"))
        self.list.setHeaderLabels([self.tr("Case Number"), self.tr("Case Title"),
                                   self.tr("Status Reason")])
        self.list.setAccessibleName(self.tr("Similar Cases"))
        self.empty_label.setText(self.tr("No similar cases are linked."))
        self.empty_label.setAccessibleName(self.empty_label.text())
        self._show_states()
