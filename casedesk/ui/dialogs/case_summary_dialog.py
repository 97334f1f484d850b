"""A read-only summary of one case (the full case form arrives with case intake)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from casedesk.controllers.cases import CaseSummary
from casedesk.ui import labels
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.formatting import local_date, local_datetime


class CaseSummaryDialog(BaseDialog):
    geometry_key = "case_summary"

    def __init__(self, summary: CaseSummary, prefs=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("caseSummaryDialog")
        self.summary = summary
        s = summary
        self.setWindowTitle(self.tr("Case %1").replace("%1", s.number))
        self.heading = QLabel(f"{s.number} – {s.title}", objectName="caseHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.notice = QLabel(self.tr("Read-only summary. Editing comes with the case form in "
                                     "a later version."), objectName="caseSummaryNotice")
        self.notice.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        customer_kind = self.tr("Account") if s.customer_is_account else self.tr("Contact")
        status = f"{labels.state(s.state)} – {labels.status_reason(s.status_reason)}"
        rows = [
            ("customer", self.tr("Customer"), f"{s.customer} ({customer_kind})"),
            ("contact", self.tr("Contact"), s.contact),
            ("status", self.tr("Status Reason"), status),
            ("priority", self.tr("Priority"), labels.priority(s.priority)),
            ("origin", self.tr("Origin"), labels.origin(s.origin)),
            ("case_type", self.tr("Case Type"), labels.case_type(s.case_type)),
            ("subject", self.tr("Subject"), s.subject),
            ("product", self.tr("Product"), s.product),
            ("owner", self.tr("Owner"), s.owner),
            ("queue", self.tr("Queue"), s.queue),
            ("created", self.tr("Created On"), f"{local_datetime(s.created_on)} ({s.created_by})"
             if s.created_by else local_datetime(s.created_on)),
            ("modified", self.tr("Modified On"), local_datetime(s.modified_on)),
            ("follow_up", self.tr("Follow Up By"),
             local_date(s.follow_up_by)),
            ("escalated", self.tr("Escalated"), self.tr("Yes") if s.is_escalated
             else self.tr("No")),
        ]
        self.fields: dict[str, QLabel] = {}
        for key, caption, value in rows:
            label = QLabel(value or "—", objectName=f"summary_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(caption)
            form.addRow(caption + ":", label)
            self.fields[key] = label

        self.description = QPlainTextEdit(s.description, objectName="summaryDescription")
        self.description.setReadOnly(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setMaximumHeight(120)
        description_box = QGroupBox(self.tr("Description"))
        QVBoxLayout(description_box).addWidget(self.description)

        self.timeline = QTreeWidget(objectName="summaryTimeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("Subject"),
                                       self.tr("By")])
        self.timeline.setAccessibleName(self.tr("Timeline"))
        for when, kind, subject, who, _state in s.timeline:
            if kind.startswith("activity:"):
                kind_text = labels.activity_kind(int(kind.split(":")[1]))
            elif kind == "note":
                kind_text = self.tr("Note")
            else:
                kind_text = self.tr("Case Resolution")
            QTreeWidgetItem(self.timeline, [local_datetime(when), kind_text, subject, who])
        if not s.timeline:
            QTreeWidgetItem(self.timeline, ["", self.tr("No activities yet."), "", ""])
        self.timeline.resizeColumnToContents(0)
        self.timeline.resizeColumnToContents(1)
        self.timeline.setColumnWidth(2, 320)
        timeline_box = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(description_box)
        layout.addWidget(timeline_box, 1)
        layout.addWidget(buttons)
        self.resize(720, 680)
        self.restore_geometry()
