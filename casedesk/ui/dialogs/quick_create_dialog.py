"""Quick-create forms behind a lookup's New (SPEC §4.4, §4.5): a few fields, saved at once.

Each validates through its controller and shows the reason at the field, in the user's
language; nothing is saved while a field is invalid. On success `created` holds the new
record as a LookupItem, ready for the lookup that asked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers import customers, lookups
from casedesk.controllers.errors import CaseDeskError, ValidationError
from casedesk.controllers.lookups import LookupItem
from casedesk.ui import icons
from casedesk.ui.background import Reader
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.widgets.lookup_edit import LookupEdit

ERROR_STYLE = "color: palette(link);"


def split_name(text: str) -> tuple[str, str]:
    """What was typed in a lookup as (first name, last name).

    "Anna Berg" → ("Anna", "Berg"); "Anna Maria Berg" → ("Anna Maria", "Berg");
    "Berg, Anna" → ("Anna", "Berg"); "Berg" → ("", "Berg").
    """
    text = " ".join((text or "").split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.rpartition(" ")
    return first, last


def _clean(text: str) -> str | None:
    text = text.strip()
    return text or None


class _FieldErrors:
    """An error label under each field; shows one ValidationError where it belongs."""

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._labels: dict[str, tuple[QWidget, QLabel]] = {}
        self._aliases: dict[str, str] = {}

    def add(self, names: tuple[str, ...], widget: QWidget, object_name: str,
            shown_as: str | None = None) -> QWidget:
        """The field with its (hidden) error label under it, ready for a form row.

        `shown_as`: the field name the message uses (e.g. "Account Name" for "name")."""
        label = QLabel(objectName=object_name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        for name in names:
            self._labels[name] = (widget, label)
            if shown_as:
                self._aliases[name] = shown_as
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(label)
        return box

    def label(self, name: str) -> QLabel:
        return self._labels[name][1]

    def clear(self) -> None:
        for widget, label in self._labels.values():
            label.clear()
            label.hide()
            widget.setAccessibleDescription("")
        self._general.clear()
        self._general.hide()

    def show(self, error: Exception) -> None:
        self.clear()
        if isinstance(error, ValidationError) and error.field in self._labels:
            widget, label = self._labels[error.field]
            if error.field in self._aliases:
                error = ValidationError(self._aliases[error.field], error.code, **error.params)
            text = validation_message(error)
            label.setText(text)
            label.show()
            widget.setAccessibleDescription(text)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._general.setText(error_message(error))
            self._general.show()


class _QuickCreateDialog(BaseDialog):
    """The frame shared by the quick-create forms; subclasses own every text (tr context)."""

    def __init__(self, session, prefs=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self._session = session
        self.created: LookupItem | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = QLabel(objectName="quickCreateError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.errors = _FieldErrors(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _line(self, object_name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(objectName=object_name)
        edit.setMaxLength(max_length)
        return edit

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def setVisible(self, visible: bool) -> None:
        """QDialog selects the first field's text on show; the typed hint should not vanish
        at the first key, so the cursor goes to its end instead."""
        super().setVisible(visible)
        focused = self.focusWidget()
        if visible and isinstance(focused, QLineEdit):
            focused.deselect()
            focused.end(False)

    def retranslate_ui(self) -> None:
        """Subclasses set their texts."""

    def _save(self) -> LookupItem:
        """Create the record through the controller; raise its errors."""
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.created = self._save()
        except CaseDeskError as exc:
            self.errors.show(exc)
            return
        super().accept()


class QuickCreateAccountDialog(_QuickCreateDialog):
    """Quick Create: Account — name (from what was typed), phone, e-mail, city."""

    geometry_key = "quick_create_account"

    def __init__(self, session, name_hint: str = "", parent=None, *, prefs=None) -> None:
        super().__init__(session, prefs, parent)
        self.setObjectName("quickCreateAccountDialog")
        self.name_edit = self._line("accountNameEdit", 160)
        self.name_edit.setText(" ".join((name_hint or "").split()))
        self.phone_edit = self._line("accountPhoneEdit", 50)
        self.email_edit = self._line("accountEmailEdit", 254)
        self.city_edit = self._line("accountCityEdit", 80)
        self.captions = {}
        for key, edit, shown_as in (("name", self.name_edit, "account_name"),
                                    ("phone", self.phone_edit, None),
                                    ("email", self.email_edit, None),
                                    ("city", self.city_edit, None)):
            caption = QLabel()
            caption.setBuddy(edit)
            self.captions[key] = caption
            self.form.addRow(caption, self.errors.add((key,), edit,
                                                      f"{edit.objectName()}Error", shown_as))
        self.retranslate_ui()
        self.restore_geometry()
        self.name_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Quick Create: Account"))
        for key, text, accessible in (
                ("name", self.tr("Account &Name: *"), self.tr("Account Name (required)")),
                ("phone", self.tr("&Phone:"), self.tr("Phone")),
                ("email", self.tr("&E-mail:"), self.tr("E-mail")),
                ("city", self.tr("&City:"), self.tr("City"))):
            self.captions[key].setText(text)
            self.captions[key].buddy().setAccessibleName(accessible)

    def _save(self) -> LookupItem:
        fields = customers.AccountFields(
            name=self.name_edit.text(), phone=_clean(self.phone_edit.text()),
            email=_clean(self.email_edit.text()), city=_clean(self.city_edit.text()))
        account_id = customers.create_account(self._session, fields)
        return LookupItem(lookups.ACCOUNT, account_id, " ".join(self.name_edit.text().split()),
                          self.city_edit.text().strip())


class QuickCreateContactDialog(_QuickCreateDialog):
    """Quick Create: Contact — first and last name (split from what was typed), account,
    e-mail, business phone. The account lookup searches on `reader` (or a reader of its own).
    """

    geometry_key = "quick_create_contact"

    def __init__(self, session, name_hint: str = "", account: LookupItem | None = None,
                 parent=None, *, reader=None, prefs=None) -> None:
        super().__init__(session, prefs, parent)
        self.setObjectName("quickCreateContactDialog")
        self._own_reader = reader is None
        self._reader = reader if reader is not None else Reader(self)
        first, last = split_name(name_hint)
        self.first_name_edit = self._line("contactFirstNameEdit", 80)
        self.first_name_edit.setText(first)
        self.last_name_edit = self._line("contactLastNameEdit", 80)
        self.last_name_edit.setText(last)
        self.account_lookup = LookupEdit(self._search_accounts, self._reader, window=self)
        self.account_lookup.setObjectName("contactAccountLookup")
        self.account_lookup.set_item(account)
        self.email_edit = self._line("contactEmailEdit", 254)
        self.business_phone_edit = self._line("contactBusinessPhoneEdit", 50)
        self.captions = {}
        for key, widget, names in (
                ("first_name", self.first_name_edit, ("first_name",)),
                ("last_name", self.last_name_edit, ("last_name", "full_name")),
                ("account", self.account_lookup, ("parent_account_id", "parent_account")),
                ("email", self.email_edit, ("email",)),
                ("business_phone", self.business_phone_edit, ("business_phone",))):
            caption = QLabel()
            caption.setBuddy(widget)
            self.captions[key] = (caption, widget)
            self.form.addRow(caption,
                             self.errors.add(names, widget, f"{widget.objectName()}Error"))
        self.retranslate_ui()
        self.restore_geometry()
        self.setMinimumHeight(self.sizeHint().height() + 120)  # room for the account results
        (self.last_name_edit if first and not last else self.first_name_edit).setFocus()

    @staticmethod
    def _search_accounts(text: str) -> list[LookupItem]:
        """Accounts only (a contact's parent customer is an account); runs on the reader."""
        return [item for item in lookups.search_customers(text, limit=20)
                if item.kind == "account"][:10]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Quick Create: Contact"))
        for key, text, accessible in (
                ("first_name", self.tr("&First Name:"), self.tr("First Name")),
                ("last_name", self.tr("&Last Name: *"), self.tr("Last Name (required)")),
                ("account", self.tr("&Account:"), self.tr("Account")),
                ("email", self.tr("&E-mail:"), self.tr("E-mail")),
                ("business_phone", self.tr("&Business Phone:"), self.tr("Business Phone"))):
            caption, widget = self.captions[key]
            caption.setText(text)
            widget.setAccessibleName(accessible)
        self.account_lookup.set_placeholder(self.tr("Look up an account"))

    def _save(self) -> LookupItem:
        account = self.account_lookup.item()
        if account is None and self.account_lookup.text().strip():
            # typed but not chosen: saving without it would silently drop what the user meant
            raise ValidationError("parent_account_id", "invalid")
        fields = customers.ContactFields(
            last_name=self.last_name_edit.text(),
            first_name=_clean(self.first_name_edit.text()),
            parent_account_id=account.id if account is not None else None,
            email=_clean(self.email_edit.text()),
            business_phone=_clean(self.business_phone_edit.text()))
        contact_id = customers.create_contact(self._session, fields)
        label = " ".join(p for p in (self.first_name_edit.text().strip(),
                                     self.last_name_edit.text().strip()) if p)
        detail = [account.label if account is not None else "", self.email_edit.text().strip()]
        return LookupItem(lookups.CONTACT, contact_id, " ".join(label.split()),
                          lookups.DOT.join(part for part in detail if part))

    def done(self, result: int) -> None:
        super().done(result)
        if self._own_reader:
            self._reader.close()


class QuickCreateChoiceDialog(BaseDialog):
    """The customer lookup's New: an account or a contact? `choice` is "account", "contact"
    or None (canceled)."""

    def __init__(self, parent=None) -> None:
        super().__init__(None, parent)
        self.setObjectName("quickCreateChoiceDialog")
        self.choice: str | None = None
        self.question = QLabel(objectName="quickCreateChoiceQuestion")
        self.question.setWordWrap(True)
        self.account_button = QPushButton(icons.icon("kind_account"), "",
                                          objectName="newAccountButton")
        self.contact_button = QPushButton(icons.icon("kind_contact"), "",
                                          objectName="newContactButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.account_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.contact_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.account_button.clicked.connect(lambda: self._choose("account"))
        self.contact_button.clicked.connect(lambda: self._choose("contact"))
        self.buttons.rejected.connect(self.reject)
        self.contact_button.setDefault(True)  # most callers are people
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.question)
        layout.addWidget(self.buttons)
        self.setSizeGripEnabled(False)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New Customer"))
        self.question.setText(self.tr("Is the new customer an account (a company) or a "
                                      "contact (a person)?"))
        self.account_button.setText(self.tr("New &Account"))
        self.contact_button.setText(self.tr("New &Contact"))
        self.account_button.setAccessibleName(self.tr("New Account"))
        self.contact_button.setAccessibleName(self.tr("New Contact"))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def quick_create_customer(session, typed_text: str, parent=None, *, reader=None,
                          prefs=None) -> LookupItem | None:
    """The customer lookup's New, whole: ask account or contact, open its form, return the
    new record (None when canceled). Modal: call it from a plain slot, never a coroutine."""
    ask = QuickCreateChoiceDialog(parent)
    if not ask.exec() or ask.choice is None:
        return None
    if ask.choice == "account":
        dialog = QuickCreateAccountDialog(session, typed_text, parent, prefs=prefs)
    else:
        dialog = QuickCreateContactDialog(session, typed_text, None, parent, reader=reader,
                                          prefs=prefs)
    return dialog.created if dialog.exec() else None
