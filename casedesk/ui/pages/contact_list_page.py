"""Service › Contacts: views, filter-as-you-type, a sortable lazy table, the contact forms."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from casedesk.controllers.errors import CaseDeskError
from casedesk.ui import prompts, settings
from casedesk.ui.actions import CONTACT_LIST_COMMANDS
from casedesk.ui.forms.contact_form import ContactForm
from casedesk.ui.itemmodels.record_list_model import ColumnSpec
from casedesk.ui.messages import error_message
from casedesk.ui.pages.account_list_page import CustomerListPage, RecordView

_COLUMNS = "ContactColumns"
CONTACT_COLUMNS = [
    ColumnSpec("name", _COLUMNS, QT_TRANSLATE_NOOP("ContactColumns", "Full Name"),
               lambda r: r.full_name, "name"),
    ColumnSpec("account", _COLUMNS,
               QT_TRANSLATE_NOOP("ContactColumns", "Account (Parent Customer)"),
               lambda r: r.account_name, "account"),
    ColumnSpec("job_title", _COLUMNS, QT_TRANSLATE_NOOP("ContactColumns", "Job Title"),
               lambda r: r.job_title, "job_title"),
    ColumnSpec("email", _COLUMNS, QT_TRANSLATE_NOOP("ContactColumns", "E-mail"),
               lambda r: r.email, "email"),
    ColumnSpec("business_phone", _COLUMNS,
               QT_TRANSLATE_NOOP("ContactColumns", "Business Phone"),
               lambda r: r.business_phone, "business_phone"),
]


class ContactListPage(CustomerListPage):
    """Service › Contacts. Opens contact forms itself (open_record, new_record, and
    new_contact for an account); signals new_case_requested, case_open_requested."""

    kind = "contact"
    name_prefix = "contact"
    action_ids = {"new": "new_contact", "open": "open_contact",
                  "new_case": "new_case_for_contact", "deactivate": "deactivate_contact",
                  "activate": "activate_contact"}
    commands = CONTACT_LIST_COMMANDS
    keys = {"view": settings.CONTACT_VIEW, "header": settings.CONTACT_HEADER,
            "sort": settings.CONTACT_SORT, "descending": settings.CONTACT_SORT_DESCENDING}
    samples = {"name": "Margareta Öberg-Lindqvist", "account": "Kustinvest & Söner AB",
               "job_title": "Inköpsansvarig", "email": "margareta.oberg@kustinvest.se",
               "business_phone": "+46 8 123 456 78"}

    def __init__(self, session, customers, lookups, reader, actions,
                 prefs: settings.Settings, parent=None) -> None:
        super().__init__(session, customers, lookups, reader, actions, prefs, CONTACT_COLUMNS,
                         customers.list_contacts, customers.count_contacts, parent)

    def open_record(self, record_id: int | None) -> ContactForm | None:
        """Open the contact's form (or bring its open form to the front)."""
        if record_id is None:
            return None
        existing = self._existing_form(record_id)
        if existing is not None:
            return existing
        try:
            form = self._make_form(record_id)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return None
        return self._show_form(form)

    def new_record(self) -> ContactForm:
        return self._show_form(self._make_form(None))

    def new_contact(self, account_id: int | None = None, account_name: str = "") -> ContactForm:
        """A new contact, of the account when one is given (New Contact on an account)."""
        return self._show_form(self._make_form(None, account_id, account_name))

    def _make_form(self, record_id, account_id=None, account_name="") -> ContactForm:
        return ContactForm(self._session, self._customers, self._lookups, self._reader,
                           self._prefs, record_id, account_id=account_id,
                           account_name=account_name, parent=self.window())

    def set_active(self, record_id: int, active: bool) -> None:
        self._customers.set_contact_active(self._session, record_id, active)

    def row_name(self, row) -> str:
        return row.full_name

    def count_text(self, total: int) -> str:
        return self.tr("%n contact(s)", "", total)

    def selected_text(self, count: int) -> str:
        return self.tr("%n contact(s) selected", "", count)

    def confirm_text(self, active: bool, names: list[str]) -> str:
        if len(names) == 1:
            text = (self.tr("Activate the contact “%1”?") if active
                    else self.tr("Deactivate the contact “%1”? Their cases stay, but they are "
                                 "no longer offered for new cases."))
            return text.replace("%1", names[0])
        return (self.tr("Activate %n contact(s)?", "", len(names)) if active
                else self.tr("Deactivate %n contact(s)? Their cases stay, but they are no "
                             "longer offered for new cases.", "", len(names)))

    def retranslate_ui(self) -> None:
        names = {RecordView.ACTIVE: self.tr("Active Contacts"),
                 RecordView.INACTIVE: self.tr("Inactive Contacts"),
                 RecordView.ALL: self.tr("All Contacts")}
        for i in range(self.view_combo.count()):
            self.view_combo.setItemText(i, names[RecordView(self.view_combo.itemData(i))])
        self.view_label.setText(self.tr("&View:"))
        self.view_combo.setAccessibleName(self.tr("Contact view"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, account, city or e-mail…"))
        self.filter_edit.setAccessibleName(self.tr("Filter contacts"))
        self.table.setAccessibleName(self.tr("Contacts"))
        self.command_bar.setWindowTitle(self.tr("Contact commands"))
        self.command_bar.setAccessibleName(self.tr("Contact commands"))
        self.count_label.setAccessibleName(self.tr("Number of contacts"))
        if not self.model.loading:
            self.count_label.setText(self.count_text(self.model.total))
        self.model.retranslate()
