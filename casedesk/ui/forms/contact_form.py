"""The contact form (SPEC §1.2): create and edit a contact, see their cases."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLineEdit, QVBoxLayout

from casedesk.models.options import PreferredContactMethod
from casedesk.ui.actions import CONTACT_FORM_COMMANDS
from casedesk.ui.forms.account_form import CustomerForm, lookup_id, text_or_none
from casedesk.ui.widgets.active_entitlements import ActiveEntitlementsList
from casedesk.ui.widgets.lookup_edit import LookupEdit


class ContactForm(CustomerForm):
    """Create or edit a contact (a new one of `account_id` when given). Signals:
    new_case_requested(kind, id, name), case_open_requested(case id), saved(contact id)."""

    kind = "contact"
    geometry_key = "contact_form"
    commands = CONTACT_FORM_COMMANDS
    action_ids = {"new_case": "new_case_for_contact", "deactivate": "deactivate_contact",
                  "activate": "activate_contact"}

    def __init__(self, session, customers, lookups, reader, prefs, contact_id: int | None = None,
                 *, account_id: int | None = None, account_name: str = "", parent=None) -> None:
        super().__init__(session, customers, lookups, reader, prefs, contact_id, parent)
        self._new_account = (account_id, account_name)

        self.info_box, info = self._new_section("Information")
        self.first_name_edit = self.add_line(info, "first_name", 80)
        self.last_name_edit = self.add_line(info, "last_name", 80)
        self.account_edit = self.add_field(info, "parent_account", LookupEdit(
            self._search_accounts, reader, window=self, kind_label=self._kind_text))
        self.job_title_edit = self.add_line(info, "job_title", 100)
        self.email_edit = self.add_line(info, "email", 254)
        self.business_phone_edit = self.add_line(info, "business_phone", 50)
        self.mobile_phone_edit = self.add_line(info, "mobile_phone", 50)
        self.address_box, address = self._new_section("Address")
        self.street_edit = self.add_line(address, "street", 250)
        self.postal_code_edit = self.add_line(address, "postal_code", 20)
        self.city_edit = self.add_line(address, "city", 80)
        self.country_edit = self.add_line(address, "country", 80)
        self.preferences_box, preferences = self._new_section("Preferences")
        self.method_combo = QComboBox()
        for method in PreferredContactMethod:
            self.method_combo.addItem("", int(method))
        self.add_field(preferences, "preferred_contact_method", self.method_combo)
        self.do_not_email_check = self.add_field(preferences, "do_not_email", QCheckBox())
        self.do_not_phone_check = self.add_field(preferences, "do_not_phone", QCheckBox())
        self.do_not_mail_check = self.add_field(preferences, "do_not_mail", QCheckBox())

        self.entitlements_box = QGroupBox(objectName="contactEntitlementsBox")
        self.entitlements_list = ActiveEntitlementsList("contactEntitlements")
        QVBoxLayout(self.entitlements_box).addWidget(self.entitlements_list)
        self._finish_layout([self.info_box, self.address_box, self.preferences_box],
                            [self.cases_box, self.entitlements_box])
        order = [self.first_name_edit, self.last_name_edit, self.account_edit,
                 self.job_title_edit, self.email_edit, self.business_phone_edit,
                 self.mobile_phone_edit, self.street_edit, self.postal_code_edit,
                 self.city_edit, self.country_edit, self.method_combo,
                 self.do_not_email_check, self.do_not_phone_check, self.do_not_mail_check,
                 self.cases_tree]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        self._connect_common()
        self.resize(1000, 700)
        self.restore_geometry()
        self.load()
        self.first_name_edit.setFocus()

    # -- lookups -------------------------------------------------------------------------

    def _search_accounts(self, text: str) -> list:
        """Accounts only (runs on the reader thread)."""
        return [item for item in self._lookups.search_customers(text) if item.kind == "account"]

    def _kind_text(self, kind: str) -> str:
        return self.tr("Account") if kind == "account" else self.tr("Contact")

    # -- the record ----------------------------------------------------------------------

    def read(self, record_id: int):
        return self._customers.get_contact(record_id)

    def create(self, fields) -> int:
        return self._customers.create_contact(self._session, fields)

    def update(self, record_id: int, fields, version: int) -> int:
        return self._customers.update_contact(self._session, record_id, fields, version)

    def write_active(self, record_id: int, active: bool) -> None:
        self._customers.set_contact_active(self._session, record_id, active)

    def collect(self):
        return self._customers.ContactFields(
            last_name=self.last_name_edit.text().strip(),
            first_name=text_or_none(self.first_name_edit),
            parent_account_id=lookup_id(self.account_edit),
            job_title=text_or_none(self.job_title_edit),
            email=text_or_none(self.email_edit),
            business_phone=text_or_none(self.business_phone_edit),
            mobile_phone=text_or_none(self.mobile_phone_edit),
            street=text_or_none(self.street_edit),
            postal_code=text_or_none(self.postal_code_edit),
            city=text_or_none(self.city_edit),
            country=text_or_none(self.country_edit),
            preferred_contact_method=int(self.method_combo.currentData()),
            do_not_email=self.do_not_email_check.isChecked(),
            do_not_phone=self.do_not_phone_check.isChecked(),
            do_not_mail=self.do_not_mail_check.isChecked())

    def fill(self, record) -> None:
        for edit, value in ((self.first_name_edit, record.first_name),
                            (self.last_name_edit, record.last_name),
                            (self.job_title_edit, record.job_title),
                            (self.email_edit, record.email),
                            (self.business_phone_edit, record.business_phone),
                            (self.mobile_phone_edit, record.mobile_phone),
                            (self.street_edit, record.street),
                            (self.postal_code_edit, record.postal_code),
                            (self.city_edit, record.city), (self.country_edit, record.country)):
            edit.setText(value or "")
        self.account_edit.set_item(self._account_item(record.parent_account_id,
                                                      record.parent_account_name))
        self.method_combo.setCurrentIndex(
            max(0, self.method_combo.findData(int(record.preferred_contact_method or 1))))
        self.do_not_email_check.setChecked(bool(record.do_not_email))
        self.do_not_phone_check.setChecked(bool(record.do_not_phone))
        self.do_not_mail_check.setChecked(bool(record.do_not_mail))

    def clear_fields(self) -> None:
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit):
                editor.clear()
            elif isinstance(editor, QCheckBox):
                editor.setChecked(False)
        self.method_combo.setCurrentIndex(
            self.method_combo.findData(int(PreferredContactMethod.ANY)))
        self.account_edit.set_item(self._account_item(*self._new_account))

    def _account_item(self, account_id, name):
        if account_id is None:
            return None
        return self._lookups.LookupItem("account", account_id, name or "", "")

    def record_name(self) -> str:
        return self.record.full_name if self.record is not None else ""

    # -- texts ---------------------------------------------------------------------------

    def unresolved_text(self) -> str:
        return self.tr("Press Enter to look up what you typed and choose a record, or clear "
                       "the field.")

    def confirm_active_text(self, active: bool) -> str:
        text = (self.tr("Activate the contact “%1”?") if active
                else self.tr("Deactivate the contact “%1”? Their cases stay, but they are no "
                             "longer offered for new cases."))
        return text.replace("%1", self.record_name())

    def discard_text(self) -> str:
        return self.tr("The contact has unsaved changes. Close it and lose them?")

    def retranslate_ui(self) -> None:
        name = self.record_name()
        self.setWindowTitle((self.tr("Contact: %1").replace("%1", name) if self.record
                             else self.tr("New Contact")) + "[*]")
        self.heading.setText(name or self.tr("New Contact"))
        self.heading.setAccessibleName(self.tr("Contact name"))
        self.kind_label.setText(self.tr("Contact"))
        self.inactive_badge.setText(self.tr("Inactive"))
        self.inactive_badge.setToolTip(self.tr("This contact is inactive: activate them to "
                                               "edit them."))
        self.command_bar.setWindowTitle(self.tr("Contact commands"))
        self.command_bar.setAccessibleName(self.tr("Contact commands"))
        self.info_box.setTitle(self.tr("Contact Information"))
        self.address_box.setTitle(self.tr("Address"))
        self.preferences_box.setTitle(self.tr("Contact Preferences"))
        captions = {
            "first_name": self.tr("&First Name:"), "last_name": self.tr("&Last Name:"),
            "parent_account": self.tr("&Account (Parent Customer):"),
            "job_title": self.tr("&Job Title:"), "email": self.tr("&E-mail:"),
            "business_phone": self.tr("&Business Phone:"),
            "mobile_phone": self.tr("&Mobile Phone:"), "street": self.tr("S&treet:"),
            "postal_code": self.tr("Postal C&ode:"), "city": self.tr("C&ity:"),
            "country": self.tr("Countr&y:"),
            "preferred_contact_method": self.tr("&Preferred Method:"),
            "do_not_email": self.tr("Do not allow:"), "do_not_phone": "",
            "do_not_mail": "",
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
        names = {
            "first_name": self.tr("First Name"), "last_name": self.tr("Last Name"),
            "parent_account": self.tr("Account (Parent Customer)"),
            "job_title": self.tr("Job Title"), "email": self.tr("E-mail"),
            "business_phone": self.tr("Business Phone"), "mobile_phone": self.tr("Mobile Phone"),
            "street": self.tr("Street"), "postal_code": self.tr("Postal Code"),
            "city": self.tr("City"), "country": self.tr("Country"),
            "preferred_contact_method": self.tr("Preferred Contact Method"),
            "do_not_email": self.tr("Do not e-mail"), "do_not_phone": self.tr("Do not phone"),
            "do_not_mail": self.tr("Do not mail"),
        }
        for field, text in names.items():
            self.editors[field].setAccessibleName(text)
        self.do_not_email_check.setText(self.tr("E-mail"))
        self.do_not_phone_check.setText(self.tr("Phone"))
        self.do_not_mail_check.setText(self.tr("Mail"))
        methods = {PreferredContactMethod.ANY: self.tr("Any"),
                   PreferredContactMethod.EMAIL: self.tr("E-mail"),
                   PreferredContactMethod.PHONE: self.tr("Phone"),
                   PreferredContactMethod.MAIL: self.tr("Mail")}
        for i in range(self.method_combo.count()):
            self.method_combo.setItemText(
                i, methods[PreferredContactMethod(self.method_combo.itemData(i))])
        self.last_name_edit.setPlaceholderText(self.tr("Required"))
        self.account_edit.set_placeholder(self.tr("Type a name and press Enter"))
        self.cases_box.setTitle(self.tr("Cases"))
        self.entitlements_box.setTitle(self.tr("Active Entitlements"))
        self.cases_tree.setHeaderLabels([self.tr("Case Number"), self.tr("Case Title"),
                                         self.tr("Status Reason"), self.tr("Created On")])
        self.cases_tree.setAccessibleName(self.tr("Cases of the contact"))
        if self.record is None:
            self.cases_note.setText(self.tr("Save the contact to see their cases."))
        elif not self._cases:
            self.cases_note.setText(self.tr("No cases yet."))
        else:
            self.cases_note.setText("")
        self.cases_note.setVisible(bool(self.cases_note.text()))
        self.retranslate_common()

    def cases_loaded(self) -> None:
        self.retranslate_ui()
