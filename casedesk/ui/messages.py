"""Coded errors from the controllers and the database, as sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casedesk.controllers.errors import CaseDeskError, ValidationError
from casedesk.models.migrations import DatabaseOpenError

_CTX = "Messages"

FIELDS = {
    "title": QT_TRANSLATE_NOOP("Messages", "Case Title"),
    "customer": QT_TRANSLATE_NOOP("Messages", "Customer"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "login": QT_TRANSLATE_NOOP("Messages", "Login"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-mail"),
    "priority": QT_TRANSLATE_NOOP("Messages", "Priority"),
    "case_type": QT_TRANSLATE_NOOP("Messages", "Case Type"),
    "contact": QT_TRANSLATE_NOOP("Messages", "Contact"),
    "subject": QT_TRANSLATE_NOOP("Messages", "Subject"),
    "product": QT_TRANSLATE_NOOP("Messages", "Product"),
    "queue": QT_TRANSLATE_NOOP("Messages", "Queue"),
    "case_number_prefix": QT_TRANSLATE_NOOP("Messages", "Case number prefix"),
    "owner": QT_TRANSLATE_NOOP("Messages", "Owner"),
    "status_reason": QT_TRANSLATE_NOOP("Messages", "Status Reason"),
    "stage": QT_TRANSLATE_NOOP("Messages", "Stage"),
    "origin": QT_TRANSLATE_NOOP("Messages", "Origin"),
    "follow_up_by": QT_TRANSLATE_NOOP("Messages", "Follow Up By"),
    "severity": QT_TRANSLATE_NOOP("Messages", "Severity"),
    "existing_case": QT_TRANSLATE_NOOP("Messages", "Existing Case"),
    "number": QT_TRANSLATE_NOOP("Messages", "Case Number"),
    "state": QT_TRANSLATE_NOOP("Messages", "Status"),
    "parent_case": QT_TRANSLATE_NOOP("Messages", "Parent Case"),
    "master_case": QT_TRANSLATE_NOOP("Messages", "Master Case"),
    "is_escalated": QT_TRANSLATE_NOOP("Messages", "Is Escalated"),
    "entitlement": QT_TRANSLATE_NOOP("Messages", "Entitlement"),
    "case_number_suffix_length": QT_TRANSLATE_NOOP("Messages", "Case number suffix length"),
    # accounts and contacts (quick create)
    "account_name": QT_TRANSLATE_NOOP("Messages", "Account Name"),
    "first_name": QT_TRANSLATE_NOOP("Messages", "First Name"),
    "last_name": QT_TRANSLATE_NOOP("Messages", "Last Name"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "business_phone": QT_TRANSLATE_NOOP("Messages", "Business Phone"),
    "mobile_phone": QT_TRANSLATE_NOOP("Messages", "Mobile Phone"),
    "city": QT_TRANSLATE_NOOP("Messages", "City"),
    "street": QT_TRANSLATE_NOOP("Messages", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("Messages", "Postal Code"),
    "country": QT_TRANSLATE_NOOP("Messages", "Country"),
    "website": QT_TRANSLATE_NOOP("Messages", "Website"),
    "account_number": QT_TRANSLATE_NOOP("Messages", "Account Number"),
    "job_title": QT_TRANSLATE_NOOP("Messages", "Job Title"),
    "parent_account": QT_TRANSLATE_NOOP("Messages", "Account"),
    "parent_account_id": QT_TRANSLATE_NOOP("Messages", "Account"),
    "primary_contact_id": QT_TRANSLATE_NOOP("Messages", "Primary Contact"),
    "primary_contact": QT_TRANSLATE_NOOP("Messages", "Primary Contact"),
    "preferred_contact_method": QT_TRANSLATE_NOOP("Messages", "Preferred Contact Method"),
    # activities and notes (issue 4)
    "duration_minutes": QT_TRANSLATE_NOOP("Messages", "Duration"),
    "scheduled_start": QT_TRANSLATE_NOOP("Messages", "Start"),
    "scheduled_end": QT_TRANSLATE_NOOP("Messages", "End"),
    "due": QT_TRANSLATE_NOOP("Messages", "Due"),
    "regarding_case_id": QT_TRANSLATE_NOOP("Messages", "Regarding"),
    "regarding_case": QT_TRANSLATE_NOOP("Messages", "Regarding"),
    "owner_user_id": QT_TRANSLATE_NOOP("Messages", "Owner"),
    "owner_team_id": QT_TRANSLATE_NOOP("Messages", "Owner"),
    "call_with": QT_TRANSLATE_NOOP("Messages", "Call With"),
    "call_with_contact_id": QT_TRANSLATE_NOOP("Messages", "Call With"),
    "call_with_account_id": QT_TRANSLATE_NOOP("Messages", "Call With"),
    "phone_number": QT_TRANSLATE_NOOP("Messages", "Phone Number"),
    "direction": QT_TRANSLATE_NOOP("Messages", "Direction"),
    "sender": QT_TRANSLATE_NOOP("Messages", "From"),
    "to_recipients": QT_TRANSLATE_NOOP("Messages", "To"),
    "cc_recipients": QT_TRANSLATE_NOOP("Messages", "Cc"),
    "location": QT_TRANSLATE_NOOP("Messages", "Location"),
    "text": QT_TRANSLATE_NOOP("Messages", "Text"),
    "file": QT_TRANSLATE_NOOP("Messages", "Attached file"),
    "note_title": QT_TRANSLATE_NOOP("Messages", "Title"),
}

_VALIDATION = {
    "required": QT_TRANSLATE_NOOP("Messages", "%1 is required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "%1 can be at most %2 characters (now %3)."),
    "control_chars": QT_TRANSLATE_NOOP(
        "Messages", "%1 contains control characters that cannot be saved."),
    "invalid": QT_TRANSLATE_NOOP("Messages", "%1 is not valid."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "%1 no longer exists."),
    "taken": QT_TRANSLATE_NOOP("Messages", "%1 is already in use."),
    "not_of_customer": QT_TRANSLATE_NOOP(
        "Messages", "%1 must be a contact of the customer (or the customer itself)."),
    "cycle": QT_TRANSLATE_NOOP(
        "Messages", "The parent account cannot be this account or one of its sub-accounts."),
    "not_in_account": QT_TRANSLATE_NOOP("Messages", "%1 must be one of this account's contacts."),
    "before_start": QT_TRANSLATE_NOOP("Messages", "%1 must be after the start."),
    "not_chosen": QT_TRANSLATE_NOOP(
        "Messages", "%1: choose a record from the results (type and press Enter), or clear "
        "the field."),
    "too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file is too large: %3 MB. Files of at most %2 MB can be attached."),
    "malformed": QT_TRANSLATE_NOOP(
        "Messages", "The file is not an e-mail message that CaseDesk can read."),
}

#: messages for one field and code that say more than the general one
_FIELD_VALIDATION = {
    ("duration_minutes", "invalid"): QT_TRANSLATE_NOOP(
        "Messages", "Duration must be a whole number of minutes from 0 to 100000."),
}

_ERRORS = {
    "not_found": QT_TRANSLATE_NOOP("Messages", "The record no longer exists."),
    "conflict": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this record first. Reload it to see their changes."),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "You are not allowed to do this."),
    "case_read_only": QT_TRANSLATE_NOOP(
        "Messages", "This case is resolved or canceled and cannot be changed. Reactivate it "
        "first."),
    "not_empty": QT_TRANSLATE_NOOP(
        "Messages", "Demo data can only be loaded into an empty database."),
    "activity_closed": QT_TRANSLATE_NOOP(
        "Messages", "This activity is completed or canceled and cannot be changed."),
}

_OPEN_ERRORS = {
    "newer": QT_TRANSLATE_NOOP(
        "Messages", "This database was made by a newer version of CaseDesk (schema %1; this "
        "version supports %2). Install the newer version to open it. The file was not "
        "changed."),
    "corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The file is not a CaseDesk database or it is damaged. It was not "
        "changed. Restore a backup or choose another file."),
    "readonly": QT_TRANSLATE_NOOP(
        "Messages", "The database file or its folder is read-only. CaseDesk needs to write "
        "to it. The file was not changed."),
    "locked": QT_TRANSLATE_NOOP(
        "Messages", "The database is locked by another program. Close that program and "
        "try again. The file was not changed."),
    "not_casedesk": QT_TRANSLATE_NOOP(
        "Messages", "The file is a database of another program, not of CaseDesk. It was "
        "not changed."),
    "unreachable": QT_TRANSLATE_NOOP("Messages", "The database cannot be opened: %1"),
    "migration_failed": QT_TRANSLATE_NOOP(
        "Messages", "Upgrading the database failed and was undone: %1. A backup was made "
        "before the upgrade."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_name(field: str) -> str:
    return tr(FIELDS[field]) if field in FIELDS else field


def validation_message(error: ValidationError) -> str:
    source = _FIELD_VALIDATION.get((error.field, error.code)) or _VALIDATION.get(
        error.code, _VALIDATION["invalid"])
    text = tr(source).replace("%1", field_name(error.field))
    if error.code == "too_long":
        text = text.replace("%2", str(error.params.get("max", ""))).replace(
            "%3", str(error.params.get("length", "")))
    elif error.code == "too_large":
        text = text.replace("%2", str(error.params.get("max_mb", ""))).replace(
            "%3", str(error.params.get("size_mb", "")))
    return text


def error_message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return validation_message(error)
    if isinstance(error, DatabaseOpenError):
        text = tr(_OPEN_ERRORS.get(error.code, _OPEN_ERRORS["unreachable"]))
        if error.code == "newer":
            return text.replace("%1", str(error.params.get("found"))).replace(
                "%2", str(error.params.get("supported")))
        return text.replace("%1", str(error.params.get("detail", "")))
    if isinstance(error, CaseDeskError) and error.code in _ERRORS:
        return tr(_ERRORS[error.code])
    return tr(QT_TRANSLATE_NOOP("Messages", "Something went wrong: %1")).replace(
        "%1", str(error))
