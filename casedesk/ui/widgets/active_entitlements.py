"""A customer's active entitlements with their remaining terms (account and contact forms)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from casedesk.models.options import AllocationType
from casedesk.ui.formatting import local_date


def terms_text(value) -> str:
    """Terms as a person writes them: 3, 1.5 (the locale's decimal sign)."""
    number = float(value)
    return QLocale().toString(number, "f", 0 if number == int(number) else 2)


class ActiveEntitlementsList(QWidget):
    """set_rows(list of entitlements.EntitlementRow); says so when there are none."""

    def __init__(self, object_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.tree = QTreeWidget(objectName=f"{object_name}Tree")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.empty = QLabel(objectName=f"{object_name}Empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self._rows: list = []
        self.retranslate_ui()
        self.set_rows([])

    def set_rows(self, rows) -> None:
        self._rows = list(rows)
        self.tree.clear()
        for ent in self._rows:
            hours = ent.allocation_type == int(AllocationType.NUMBER_OF_HOURS)
            remaining = (self.tr("%1 of %2 hours") if hours else self.tr("%1 of %2 cases")) \
                .replace("%1", terms_text(ent.remaining)).replace("%2",
                                                                  terms_text(ent.total_terms))
            item = QTreeWidgetItem(self.tree, [ent.name, remaining, local_date(ent.end_date),
                                               self.tr("Default") if ent.is_default else ""])
            item.setToolTip(0, ent.name)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.tree.setVisible(bool(self._rows))
        self.empty.setVisible(not self._rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.set_rows(self._rows)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Entitlement"), self.tr("Remaining Terms"),
                                   self.tr("Ends"), self.tr("Default")])
        self.tree.setAccessibleName(self.tr("Active Entitlements"))
        self.empty.setText(self.tr("No active entitlements."))
