"""The customer details panel of a case (SPEC §1.2): contact card, recent cases and activities.

It shows a `customers.CustomerDetails` that the caller read (on the reader thread); it never
reads anything itself; it also lists the customer's active entitlements with their remaining terms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.ui import icons, labels
from casedesk.ui.formatting import local_date, local_datetime

if TYPE_CHECKING:
    from casedesk.controllers.customers import CustomerDetails

RECENT = 5
MUTED = QPalette.ColorRole.PlaceholderText
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _section_title(name: str) -> QLabel:
    title = QLabel(objectName=name)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    return title


def _terms(value) -> str:
    """Terms as a person writes them: 3, 1.5 (in the locale's decimal sign)."""
    from PySide6.QtCore import QLocale

    number = float(value)
    return QLocale().toString(number, "f", 0 if number == int(number) else 2)


def _recent_list(name: str, columns: int, stretch: int) -> QTreeWidget:
    """A short list; the `stretch` column (a title) takes what is left and elides."""
    view = QTreeWidget(objectName=name)
    view.setColumnCount(columns)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class CustomerDetailsPanel(QWidget):
    """Signals: case_open_requested(int case_id) when a recent case is activated."""

    case_open_requested = Signal(int)

    # columns of the two lists
    CASE_NUMBER, CASE_TITLE, CASE_STATUS, CASE_CREATED = range(4)
    ACT_KIND, ACT_SUBJECT, ACT_STATE, ACT_WHEN, ACT_CASE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDetailsPanel")
        self._details: CustomerDetails | None = None

        self.empty_label = QLabel(objectName="customerDetailsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(MUTED)

        # the contact card
        self.kind_icon = QLabel(objectName="customerKindIcon")
        self.name_label = QLabel(objectName="customerName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name_label.setFont(font)
        self.kind_label = QLabel(objectName="customerKind")
        self.kind_label.setForegroundRole(MUTED)
        heading = QHBoxLayout()
        heading.addWidget(self.kind_icon)
        heading.addWidget(self.name_label, 1)
        heading.addWidget(self.kind_label)

        self.card = QFormLayout()
        self.card.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._card_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("job_title", "account", "parent_account", "primary_contact", "email",
                    "phone", "mobile", "city", "preferred", "do_not_contact"):
            caption = QLabel()
            value = QLabel(objectName=f"customerCard_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.card.addRow(caption, value)
            self._card_rows[key] = (caption, value)

        self.cases_title = _section_title("recentCasesTitle")
        self.cases_view = _recent_list("recentCases", 4, 1)
        self.cases_view.itemActivated.connect(self._on_case_activated)
        self.cases_empty = QLabel(objectName="recentCasesEmpty")
        self.cases_empty.setForegroundRole(MUTED)

        self.activities_title = _section_title("recentActivitiesTitle")
        self.activities_view = _recent_list("recentActivities", 5, 1)
        self.activities_empty = QLabel(objectName="recentActivitiesEmpty")
        self.activities_empty.setForegroundRole(MUTED)

        self.entitlements_title = _section_title("activeEntitlementsTitle")
        self.entitlements_view = _recent_list("activeEntitlements", 3, 0)
        self.entitlements_note = QLabel(objectName="activeEntitlementsEmpty")
        self.entitlements_note.setForegroundRole(MUTED)

        content = QWidget(objectName="customerDetailsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(self.card)
        for widget in (self.cases_title, self.cases_view, self.cases_empty,
                       self.activities_title, self.activities_view, self.activities_empty,
                       self.entitlements_title, self.entitlements_view,
                       self.entitlements_note):
            if widget in (self.cases_title, self.activities_title, self.entitlements_title):
                layout.addSpacing(6)
            layout.addWidget(widget)
        layout.addStretch(1)

        self.stack = QStackedWidget(objectName="customerDetailsStack")
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.retranslate_ui()

    # --- public API ----------------------------------------------------------------------------

    def details(self) -> CustomerDetails | None:
        return self._details

    def set_details(self, details: CustomerDetails | None) -> None:
        """Show a customer's details; None shows the empty state."""
        self._details = details
        self._fill()

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Customer details"))
        self.empty_label.setText(self.tr("Choose a customer to see the contact card, recent "
                                         "cases and recent activities."))
        captions = {
            "job_title": self.tr("Job Title:"),
            "account": self.tr("Account:"),
            "parent_account": self.tr("Parent Account:"),
            "primary_contact": self.tr("Primary Contact:"),
            "email": self.tr("E-mail:"),
            "phone": self.tr("Phone:"),
            "mobile": self.tr("Mobile Phone:"),
            "city": self.tr("City:"),
            "preferred": self.tr("Preferred Method of Contact:"),
            "do_not_contact": self.tr("Do not contact by:"),
        }
        for key, text in captions.items():
            caption, value = self._card_rows[key]
            caption.setText(text)
            value.setAccessibleName(text.removesuffix(":"))
        self.cases_title.setText(self.tr("Recent Cases"))
        self.cases_view.setAccessibleName(self.tr("Recent Cases"))
        self.cases_view.setHeaderLabels([self.tr("Case Number"), self.tr("Case Title"),
                                         self.tr("Status Reason"), self.tr("Created On")])
        self.cases_empty.setText(self.tr("No cases yet."))
        self.activities_title.setText(self.tr("Recent Activities"))
        self.activities_view.setAccessibleName(self.tr("Recent Activities"))
        self.activities_view.setHeaderLabels([self.tr("Activity Type"), self.tr("Subject"),
                                              self.tr("Status"), self.tr("Created On"),
                                              self.tr("Case")])
        self.activities_empty.setText(self.tr("No activities yet."))
        self.entitlements_title.setText(self.tr("Active Entitlements"))
        self.entitlements_note.setText(self.tr("No active entitlements."))
        self.entitlements_view.setAccessibleName(self.tr("Active Entitlements"))
        self.entitlements_view.setHeaderLabels([self.tr("Entitlement"),
                                                self.tr("Remaining Terms"), self.tr("Ends")])
        self._fill()

    # --- filling -------------------------------------------------------------------------------

    def _kind_text(self, kind: str) -> str:
        return self.tr("Account") if kind == "account" else self.tr("Contact")

    def _preferred_text(self, method: int | None) -> str:
        return {1: self.tr("Any"), 2: self.tr("E-mail"), 3: self.tr("Phone"),
                4: self.tr("Mail")}.get(method, "")

    def _activity_state_text(self, state: int | None) -> str:
        return {0: self.tr("Open"), 1: self.tr("Completed"),
                2: self.tr("Canceled")}.get(state, "")

    def _fill(self) -> None:
        d = self._details
        if d is None:
            self.stack.setCurrentIndex(0)
            self.cases_view.clear()
            self.activities_view.clear()
            self.entitlements_view.clear()
            return
        self.stack.setCurrentIndex(1)
        is_account = d.kind == "account"
        self.name_label.setText(d.name)
        kind = self._kind_text(d.kind)
        if not getattr(d, "active", True):
            kind = self.tr("%1 (inactive)").replace("%1", kind)
        self.kind_label.setText(kind)
        glyph = icons.icon("kind_account" if is_account else "kind_contact")
        size = self.name_label.fontMetrics().height()
        self.kind_icon.setPixmap(glyph.pixmap(size, size))
        no_contact = [text for flag, text in ((d.do_not_email, self.tr("E-mail")),
                                              (d.do_not_phone, self.tr("Phone"))) if flag]
        values = {
            "job_title": "" if is_account else d.job_title,
            "account": "" if is_account else d.account_name,
            "parent_account": d.account_name if is_account else "",
            "primary_contact": d.primary_contact_name if is_account else "",
            "email": d.email,
            "phone": d.phone,
            "mobile": d.mobile_phone,
            "city": d.city,
            "preferred": "" if is_account else self._preferred_text(d.preferred_contact_method),
            "do_not_contact": ", ".join(no_contact),
        }
        for key, text in values.items():
            caption, value = self._card_rows[key]
            value.setText(text or "")
            self.card.setRowVisible(caption, bool(text))

        self.cases_view.clear()
        newest = sorted(d.recent_cases, key=lambda c: (c.created_on is not None, c.created_on),
                        reverse=True)[:RECENT]
        for case in newest:
            row = QTreeWidgetItem(self.cases_view, [
                case.number, case.title, labels.status_reason(case.status_reason),
                local_datetime(case.created_on)])
            row.setData(self.CASE_NUMBER, ID_ROLE, case.id)
            row.setToolTip(self.CASE_TITLE, case.title)
        self._fit(self.cases_view, self.cases_empty, len(newest))

        self.activities_view.clear()
        newest = sorted(d.recent_activities,
                        key=lambda a: (a.created_on is not None, a.created_on),
                        reverse=True)[:RECENT]
        for activity in newest:
            row = QTreeWidgetItem(self.activities_view, [
                labels.activity_kind(activity.kind), activity.subject,
                self._activity_state_text(activity.state), local_datetime(activity.created_on),
                activity.case_number or ""])
            row.setData(self.ACT_KIND, ID_ROLE, activity.id)
            row.setToolTip(self.ACT_SUBJECT, activity.subject)
        self._fit(self.activities_view, self.activities_empty, len(newest))

        self.entitlements_view.clear()
        rows = list(getattr(d, "active_entitlements", []) or [])
        for ent in rows:
            hours = ent.allocation_type == 1
            remaining = (self.tr("%1 of %2 hours") if hours else self.tr("%1 of %2 cases")) \
                .replace("%1", _terms(ent.remaining)).replace("%2", _terms(ent.total_terms))
            row = QTreeWidgetItem(self.entitlements_view, [
                ent.name + (" ★" if ent.is_default else ""), remaining,
                local_date(ent.end_date)])
            row.setToolTip(0, ent.name)
        self._fit(self.entitlements_view, self.entitlements_note, len(rows))

    @staticmethod
    def _fit(view: QTreeWidget, empty: QLabel, rows: int) -> None:
        """A short list is as tall as its rows: no scrolling for five lines."""
        view.setVisible(rows > 0)
        empty.setVisible(rows == 0)
        if rows:
            row_height = max(view.sizeHintForRow(0), view.fontMetrics().height())
            header = view.header().sizeHint().height()
            view.setFixedHeight(header + rows * row_height + 2 * view.frameWidth() + 2)

    def _on_case_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        case_id = row.data(self.CASE_NUMBER, ID_ROLE)
        if case_id is not None:
            self.case_open_requested.emit(int(case_id))
