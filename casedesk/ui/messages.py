"""Coded errors from the controllers and the database, as sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from casedesk.config import DataFolderError
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
    # administrator settings (status reasons, case settings)
    "label": QT_TRANSLATE_NOOP("Messages", "Label"),
    "child_case_limit": QT_TRANSLATE_NOOP("Messages", "Maximum number of child cases"),
    "parent_closure": QT_TRANSLATE_NOOP("Messages", "When a parent case is closed"),
    "inherited_fields": QT_TRANSLATE_NOOP("Messages", "Fields a child case inherits"),
    # close, cancel, merge, parent and child cases (issue 5)
    "resolution": QT_TRANSLATE_NOOP("Messages", "Resolution"),
    "resolution_type": QT_TRANSLATE_NOOP("Messages", "Resolution Type"),
    "billable_time": QT_TRANSLATE_NOOP("Messages", "Billable Time"),
    "merge_into": QT_TRANSLATE_NOOP("Messages", "Merge Into Case"),
    # entitlements (issue 6)
    "start_date": QT_TRANSLATE_NOOP("Messages", "Start Date"),
    "end_date": QT_TRANSLATE_NOOP("Messages", "End Date"),
    "allocation_type": QT_TRANSLATE_NOOP("Messages", "Allocation Type"),
    "decrease_on": QT_TRANSLATE_NOOP("Messages", "Decrease Remaining On"),
    "total_terms": QT_TRANSLATE_NOOP("Messages", "Total Terms"),
    "restrict_case_creation": QT_TRANSLATE_NOOP("Messages", "Restrict Case Creation"),
    "duration_days": QT_TRANSLATE_NOOP("Messages", "Duration in days"),
    "channels": QT_TRANSLATE_NOOP("Messages", "Channels"),
    "products": QT_TRANSLATE_NOOP("Messages", "Products"),
    "contacts": QT_TRANSLATE_NOOP("Messages", "Contacts"),
    "template": QT_TRANSLATE_NOOP("Messages", "Template"),
    # users, teams and queues (issue 7)
    "roles": QT_TRANSLATE_NOOP("Messages", "Roles"),
    "queue_type": QT_TRANSLATE_NOOP("Messages", "Type"),
    "owner_id": QT_TRANSLATE_NOOP("Messages", "Owner"),
    "owner_kind": QT_TRANSLATE_NOOP("Messages", "Owner"),
    "member_ids": QT_TRANSLATE_NOOP("Messages", "Members"),
    "members": QT_TRANSLATE_NOOP("Messages", "Members"),
    "queue_id": QT_TRANSLATE_NOOP("Messages", "Queue"),
    "team": QT_TRANSLATE_NOOP("Messages", "Team"),
    "user": QT_TRANSLATE_NOOP("Messages", "User"),
    "target": QT_TRANSLATE_NOOP("Messages", "Route to"),
    # routing rule sets (issue 7)
    "condition": QT_TRANSLATE_NOOP("Messages", "Condition"),
    "items": QT_TRANSLATE_NOOP("Messages", "Rule items"),
    # subjects and products (issue 8)
    "subject_title": QT_TRANSLATE_NOOP("Messages", "Subject title"),
    "parent": QT_TRANSLATE_NOOP("Messages", "Parent subject"),
    "move_cases_to": QT_TRANSLATE_NOOP("Messages", "Move cases to"),
    "product_number": QT_TRANSLATE_NOOP("Messages", "Product Number"),
    # Preferences › Database (issue 9)
    "host": QT_TRANSLATE_NOOP("Messages", "Host"),
    "port": QT_TRANSLATE_NOOP("Messages", "Port"),
    "database_name": QT_TRANSLATE_NOOP("Messages", "Database"),
    "database_file": QT_TRANSLATE_NOOP("Messages", "Database file"),
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
    ("child_case_limit", "invalid"): QT_TRANSLATE_NOOP(
        "Messages", "The maximum number of child cases must be a whole number from 1 to 1000."),
    ("label", "taken"): QT_TRANSLATE_NOOP(
        "Messages", "This state already has a status reason with this label."),
    ("billable_time", "invalid"): QT_TRANSLATE_NOOP(
        "Messages", "Billable Time must be a whole number of minutes from 0 to 100000."),
    ("resolution_type", "invalid"): QT_TRANSLATE_NOOP(
        "Messages", "Choose one of the resolution types in the list."),
    ("merge_into", "required"): QT_TRANSLATE_NOOP(
        "Messages", "Choose the case to merge this case into."),
    ("end_date", "before_start"): QT_TRANSLATE_NOOP(
        "Messages", "The end date must not be before the start date."),
    ("total_terms", "invalid"): QT_TRANSLATE_NOOP(
        "Messages", "Total Terms must be a number of 0 or more (at most two decimals)."),
    ("decrease_on", "hours_on_resolution"): QT_TRANSLATE_NOOP(
        "Messages", "Entitlements in hours can only be decreased on Case Resolution."),
    ("channels", "duplicate_origin"): QT_TRANSLATE_NOOP(
        "Messages", "Each origin can be listed only once among the channels."),
    ("channels", "invalid_origin"): QT_TRANSLATE_NOOP(
        "Messages", "Choose one of the origins in the list for the channel."),
    ("contacts", "not_of_customer"): QT_TRANSLATE_NOOP(
        "Messages", "Only contacts of the entitlement's customer can be listed."),
    ("duration_days", "invalid"): QT_TRANSLATE_NOOP(
        "Messages", "The duration must be a whole number of days of 1 or more."),
    # subjects (issue 8)
    ("parent", "cycle"): QT_TRANSLATE_NOOP(
        "Messages", "A subject can't be moved under itself or under one of its own "
        "subjects."),
    ("move_cases_to", "invalid"): QT_TRANSLATE_NOOP(
        "Messages", "The cases can't move to the subject that is being deleted."),
    # Preferences › Database (issue 9)
    ("port", "invalid"): QT_TRANSLATE_NOOP(
        "Messages", "The port must be a number from 1 to 65535."),
    ("database_file", "is_folder"): QT_TRANSLATE_NOOP(
        "Messages", "This is a folder: choose a database file or a new file name."),
    # a case's entitlement (SPEC §3.1, §3.4)
    # routing rule conditions (SPEC §1.8): refused when the rule set is saved
    ("condition", "unknown_field"): QT_TRANSLATE_NOOP(
        "Messages", "A condition names a field that doesn't exist: choose one from the list."),
    ("condition", "bad_operator"): QT_TRANSLATE_NOOP(
        "Messages", "A condition uses an operator that doesn't fit its field."),
    ("condition", "bad_value"): QT_TRANSLATE_NOOP(
        "Messages", "A condition has a value that doesn't fit its field."),
    ("entitlement", "not_active"): QT_TRANSLATE_NOOP(
        "Messages", "The entitlement is not active: choose an active one."),
    ("entitlement", "not_of_customer"): QT_TRANSLATE_NOOP(
        "Messages", "The entitlement belongs to another customer."),
    ("entitlement", "not_covered"): QT_TRANSLATE_NOOP(
        "Messages", "The entitlement does not cover the case's product or contact."),
    ("entitlement", "origin_not_covered"): QT_TRANSLATE_NOOP(
        "Messages", "The entitlement's channels do not cover the case's origin."),
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
    # case lifecycle (issue 5); the parameters are filled in by _fill_params
    "not_active": QT_TRANSLATE_NOOP(
        "Messages", "The case is no longer active: it was resolved or canceled. Reload it to "
        "see its status."),
    "already_active": QT_TRANSLATE_NOOP("Messages", "The case is already active."),
    "transition_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "The status reason can't change from %1 to %2 (status reason transitions "
        "set by the administrator)."),
    "merge_count": QT_TRANSLATE_NOOP(
        "Messages", "Select from %2 to %3 cases to merge (%1 selected)."),
    "different_parents": QT_TRANSLATE_NOOP(
        "Messages", "You can't merge cases that have different parent cases."),
    "invalid_target": QT_TRANSLATE_NOOP(
        "Messages", "The case that stays must be one of the cases being merged."),
    "child_of_child": QT_TRANSLATE_NOOP(
        "Messages", "You can't create child cases for child cases."),
    "parent_as_child": QT_TRANSLATE_NOOP(
        "Messages", "You can't add a parent case as a child case."),
    "self_parent": QT_TRANSLATE_NOOP("Messages", "A case can't be its own parent case."),
    "too_many_children": QT_TRANSLATE_NOOP(
        "Messages", "A parent case can have at most %1 child cases."),
    "no_path": QT_TRANSLATE_NOOP(
        "Messages", "These active status reasons have no path to Resolved or Canceled: %1. "
        "Allow more changes."),
    # entitlements (issue 6)
    "entitlement_read_only": QT_TRANSLATE_NOOP(
        "Messages", "The entitlement is not a draft and cannot be changed. Deactivate it "
        "first."),
    "entitlement_exhausted": QT_TRANSLATE_NOOP(
        "Messages", "The entitlement “%1” has %2 terms remaining and restricts case creation: "
        "the case can't use it. Nothing was saved."),
    "entitlement_state": QT_TRANSLATE_NOOP(
        "Messages", "This can't be done while the entitlement's status is %1. Reload it to "
        "see its status."),
    # users, teams and queues (issue 7)
    "default_queue": QT_TRANSLATE_NOOP(
        "Messages", "“%1” is the default queue of a user or team: it stays private with its "
        "owner and can't be deleted or deactivated."),
    "queue_in_use": QT_TRANSLATE_NOOP(
        "Messages", "The queue “%1” holds queue items or a routing rule routes to it: it "
        "can't be deleted."),
    "team_in_use": QT_TRANSLATE_NOOP(
        "Messages", "The team “%1” still owns cases or queues, works queue items or is named "
        "by a routing rule: it can't be deleted."),
    "item_inactive": QT_TRANSLATE_NOOP(
        "Messages", "Case %1 is no longer in a queue. Refresh the list to see the items as "
        "they are now."),
    "self": QT_TRANSLATE_NOOP(
        "Messages", "You can't deactivate your own user or take the Administrator role from "
        "yourself. Another administrator can."),
    "last_administrator": QT_TRANSLATE_NOOP(
        "Messages", "At least one active user must keep the Administrator role."),
    # connections (issue 8)
    "self_link": QT_TRANSLATE_NOOP("Messages", "A case can't be linked to itself."),
    "already_linked": QT_TRANSLATE_NOOP(
        "Messages", "The cases are already linked as similar cases."),
    # routing (issue 7)
    "rule_set_read_only": QT_TRANSLATE_NOOP(
        "Messages", "The rule set is active and cannot be changed. Deactivate it first."),
    "no_active_rule_set": QT_TRANSLATE_NOOP(
        "Messages", "No routing rule set is active. Activate one in Settings › Routing Rule "
        "Sets first."),
}

#: case lifecycle codes with a message of their own when a parameter is given
_ERRORS_WITH = {
    ("not_active", "number"): QT_TRANSLATE_NOOP(
        "Messages", "Case %1 is not active (it is resolved or canceled): reactivate it "
        "first."),
    # issue 9: a colleague saved the case (or its queue item) after the user looked at it
    ("conflict", "modified_by"): QT_TRANSLATE_NOOP(
        "Messages", "%1 changed case %3 at %2, so nothing was done: what you saw was out of "
        "date. Look at the case as it is now and try again."),
    ("entitlement_exhausted", "origin"): QT_TRANSLATE_NOOP(
        "Messages", "The %3 channel of the entitlement “%1” has %2 terms remaining and the "
        "entitlement restricts case creation: the case can't use it. Nothing was saved."),
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

#: a team database on a server (the error names the server): code → (text, its %1, %2…)
_SERVER_OPEN_ERRORS = {
    "auth_failed": (QT_TRANSLATE_NOOP(
        "Messages", "The database server did not accept the sign-in: the login or the "
        "password is wrong."), ()),
    "unreachable": (QT_TRANSLATE_NOOP(
        "Messages", "The database server %1 cannot be reached. Check the host and the port, "
        "and that the server is running. (%2)"), ("server", "detail")),
    "no_database": (QT_TRANSLATE_NOOP(
        "Messages", "There is no database called “%1” on the server. Check the database "
        "name."), ("name",)),
    "not_casedesk": (QT_TRANSLATE_NOOP(
        "Messages", "The database %1 belongs to another program, not to CaseDesk. Nothing "
        "was changed."), ("server",)),
    "no_schema": (QT_TRANSLATE_NOOP(
        "Messages", "The database %1 is empty: it is not set up for CaseDesk yet. An "
        "administrator must run `casedesk admin init`."), ("server",)),
    "newer": (QT_TRANSLATE_NOOP(
        "Messages", "The team database was made by a newer version of CaseDesk (schema %1; "
        "this version supports %2). Install the newer version to use it. Nothing was "
        "changed."), ("found", "supported")),
    "needs_migration": (QT_TRANSLATE_NOOP(
        "Messages", "The team database must be upgraded first: an administrator must run "
        "`casedesk admin migrate`. This version of CaseDesk needs schema %2, the database "
        "is at %1."), ("found", "supported")),
    "no_account": (QT_TRANSLATE_NOOP(
        "Messages", "The login %1 has no CaseDesk account in this database. Ask an "
        "administrator to add you."), ("login",)),
}

#: the folder of a database file cannot be used (config.DataFolderError): which folder, why,
#: and what to do, as three sentences
_FOLDER_WHICH = {
    True: QT_TRANSLATE_NOOP("Messages", "CaseDesk cannot use its data folder %1."),
    False: QT_TRANSLATE_NOOP("Messages", "CaseDesk cannot use the folder %1 for its database."),
}
_FOLDER_WHY = {
    "no_permission": QT_TRANSLATE_NOOP(
        "Messages", "You are not allowed to create or change files there (permission "
        "denied)."),
    "not_a_folder": QT_TRANSLATE_NOOP("Messages", "%1 is a file, not a folder."),
    "disk_full": QT_TRANSLATE_NOOP("Messages", "The disk is full."),
    "os_error": QT_TRANSLATE_NOOP("Messages", "The system says: %1"),
}
_FOLDER_WHAT_TO_DO = {
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "Make room on the disk, or start CaseDesk with --database "
        "sqlite:///another/place/casedesk.db."),
    "": QT_TRANSLATE_NOOP(
        "Messages", "Ask your administrator, or start CaseDesk with --database "
        "sqlite:///another/place/casedesk.db."),
}


def folder_message(error: DataFolderError) -> str:
    """Which folder, what is wrong, what to do; nothing was created."""
    which = tr(_FOLDER_WHICH[error.is_data_folder]).replace("%1", str(error.folder))
    why = tr(_FOLDER_WHY.get(error.code, _FOLDER_WHY["os_error"])).replace(
        "%1", str(error.params.get("blocker") or error.params.get("detail", "")))
    what = tr(_FOLDER_WHAT_TO_DO.get(error.code, _FOLDER_WHAT_TO_DO[""]))
    return f"{which} {why} {what}"


class Messages(QObject):
    """The sentences with plural forms (%n): lupdate marks them only in tr() calls, and the
    class name keeps them in the context Messages."""

    def active_children(self, count: int) -> str:
        return self.tr("You can't resolve the parent case because it has %n active child "
                       "case(s).", "", count)


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
    if isinstance(error, DataFolderError):
        return folder_message(error)
    if isinstance(error, DatabaseOpenError) and error.code in _SERVER_OPEN_ERRORS and (
            "server" in error.params or error.code not in _OPEN_ERRORS):
        text, names = _SERVER_OPEN_ERRORS[error.code]
        text = tr(text)
        for n, name in enumerate(names, start=1):
            text = text.replace(f"%{n}", str(error.params.get(name, "")))
        return text
    if isinstance(error, DatabaseOpenError):
        text = tr(_OPEN_ERRORS.get(error.code, _OPEN_ERRORS["unreachable"]))
        if error.code == "newer":
            return text.replace("%1", str(error.params.get("found"))).replace(
                "%2", str(error.params.get("supported")))
        return text.replace("%1", str(error.params.get("detail", "")))
    if isinstance(error, CaseDeskError) and error.code == "active_children":
        return Messages().active_children(int(error.params.get("count", 0)))
    if isinstance(error, CaseDeskError) and error.code in _ERRORS:
        return _fill_params(error)
    return tr(QT_TRANSLATE_NOOP("Messages", "Something went wrong: %1")).replace(
        "%1", str(error))


def _reason_name(value) -> str:
    """A status reason's label; an administrator's own reason by its stored label."""
    from casedesk.ui import labels

    if value is None:
        return ""
    if int(value) in labels.STATUS_REASONS:
        return labels.status_reason(int(value))
    try:
        from casedesk.controllers.admin import option_labels

        custom = {v: label for v, label, _builtin, _state in option_labels("status_reason")}
    except Exception:  # noqa: BLE001 (no database: the number is better than nothing)
        custom = {}
    return labels.status_reason(int(value), custom)


#: parameters of the lifecycle codes, in %1, %2, %3 order, and how each is shown
_PARAMS = {
    "transition_not_allowed": (("from_reason", _reason_name), ("to_reason", _reason_name)),
    "merge_count": (("count", str), ("min", str), ("max", str)),
    "too_many_children": (("max", str),),
    "no_path": (("reasons", lambda values: ", ".join(_reason_name(v) for v in values or ())),),
    "not_active": (("number", str),),
    "entitlement_state": (("state", lambda value: _entitlement_state_name(value)),),
    "default_queue": (("name", str),),
    "queue_in_use": (("name", str),),
    "team_in_use": (("name", str),),
    "item_inactive": (("number", str),),
    "conflict": (("modified_by", str), ("modified_on", lambda v: _when(v)), ("number", str)),
    "entitlement_exhausted": (("entitlement", str), ("remaining", lambda v: _terms(v)),
                              ("origin", lambda v: _origin_name(v))),
}


def _when(value) -> str:
    from casedesk.ui.formatting import local_datetime

    return local_datetime(value)


def _terms(value) -> str:
    from casedesk.ui.widgets.active_entitlements import terms_text

    return terms_text(value)


def _origin_name(value) -> str:
    from casedesk.ui import labels

    return labels.origin(int(value))


def _entitlement_state_name(value) -> str:
    from casedesk.ui import labels

    return labels.entitlement_state(value)


def _fill_params(error: CaseDeskError) -> str:
    """The code's sentence with its parameters in place (%1, %2, … in _PARAMS order)."""
    params = error.params
    special = [key for code, key in _ERRORS_WITH if code == error.code and params.get(key)]
    source = _ERRORS_WITH[(error.code, special[0])] if special else _ERRORS[error.code]
    text = tr(source)
    for n, (key, show) in enumerate(_PARAMS.get(error.code, ()), 1):
        if key in params:
            text = text.replace(f"%{n}", show(params[key]))
    return text
