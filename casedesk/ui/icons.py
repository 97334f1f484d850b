"""Every command's icon, from one maintained set (Material Design Icons via QtAwesome).

Font glyphs stay sharp at any scale factor; they are drawn in the palette's text colour so
they follow light and dark themes.
"""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

#: command or page → glyph name
GLYPHS = {
    "new_case": "mdi6.briefcase-plus-outline",
    "open": "mdi6.open-in-app",
    "refresh": "mdi6.refresh",
    "columns": "mdi6.table-column-plus-after",
    "quick_find": "mdi6.magnify",
    "preferences": "mdi6.cog-outline",
    "quit": "mdi6.exit-to-app",
    "about": "mdi6.information-outline",
    "demo": "mdi6.database-import-outline",
    "language": "mdi6.translate",
    "export": "mdi6.file-delimited-outline",
    "assign": "mdi6.account-arrow-right-outline",
    "add_to_queue": "mdi6.tray-plus",
    "close_case": "mdi6.check-circle-outline",
    "cancel_case": "mdi6.cancel",
    "merge": "mdi6.call-merge",
    "route": "mdi6.sign-direction",
    "delete": "mdi6.delete-outline",
    "more": "mdi6.dots-horizontal",
    "reactivate": "mdi6.restore",
    "escalate": "mdi6.arrow-up-bold-circle-outline",
    "de_escalate": "mdi6.arrow-down-bold-circle-outline",
    "previous": "mdi6.chevron-left",
    "next": "mdi6.chevron-right",
    "save": "mdi6.content-save-outline",
    "save_close": "mdi6.content-save-move-outline",
    "find_case": "mdi6.file-search-outline",
    "read_only": "mdi6.lock-outline",
    "associate": "mdi6.file-tree-outline",
    # close, cancel, merge, parent and child cases (issue 5 dialogs)
    "merge_target": "mdi6.bullseye-arrow",
    "child_case": "mdi6.file-document-plus-outline",
    "open_activities_warning": "mdi6.alert-outline",
    "new_account": "mdi6.domain-plus",
    "new_contact": "mdi6.account-plus-outline",
    "deactivate": "mdi6.close-circle-outline",
    "activate": "mdi6.check-circle-outline",
    # pages
    "dashboard": "mdi6.view-dashboard-outline",
    "cases": "mdi6.briefcase-outline",
    "queues": "mdi6.tray-full",
    "activities": "mdi6.calendar-check-outline",
    "accounts": "mdi6.domain",
    "contacts": "mdi6.card-account-details-outline",
    "entitlements": "mdi6.file-certificate-outline",
    "subjects": "mdi6.file-tree",
    "products": "mdi6.package-variant-closed",
    "users": "mdi6.account-group-outline",
    "settings_queues": "mdi6.tray-full",
    "routing": "mdi6.sign-direction",
    "transitions": "mdi6.swap-horizontal",
    "case_settings": "mdi6.tune-variant",
    "templates": "mdi6.file-document-multiple-outline",
    "user": "mdi6.account-circle-outline",
    # lookups: the button, the New row, and the kind of each record (LookupItem.kind)
    "lookup": "mdi6.magnify",
    "new_record": "mdi6.plus-circle-outline",
    "kind_account": "mdi6.domain",
    "kind_contact": "mdi6.account-outline",
    "kind_subject": "mdi6.file-tree",
    "kind_product": "mdi6.package-variant-closed",
    "kind_user": "mdi6.account-circle-outline",
    "kind_team": "mdi6.account-group-outline",
    "kind_case": "mdi6.briefcase-outline",
    "kind_entitlement": "mdi6.file-certificate-outline",
    "kind_queue": "mdi6.tray-full",
    "field_error": "mdi6.alert-circle-outline",
    # activities and the case timeline
    "phone_call": "mdi6.phone-outline",
    "task": "mdi6.clipboard-check-outline",
    "email": "mdi6.email-outline",
    "appointment": "mdi6.calendar-clock-outline",
    "note": "mdi6.note-text-outline",
    "resolution": "mdi6.check-decagram-outline",
    "import_email": "mdi6.email-arrow-left-outline",
    "complete_activity": "mdi6.check-circle-outline",
    "cancel_activity": "mdi6.close-circle-outline",
    "open_case": "mdi6.briefcase-search-outline",
    "overdue": "mdi6.clock-alert-outline",
    "attachment": "mdi6.paperclip",
    # the activity form and the note dialog
    "save_complete": "mdi6.content-save-check-outline",
    "open_file": "mdi6.open-in-new",
    "remove": "mdi6.close",
    # administrator settings pages
    "revert": "mdi6.undo-variant",
    "add_status_reason": "mdi6.tag-plus-outline",
    # entitlements (SPEC §1.5, §3)
    "new_entitlement": "mdi6.file-certificate",
    "from_template": "mdi6.file-document-multiple-outline",
    "renew": "mdi6.autorenew",
    "set_default": "mdi6.star-outline",
    "remove_default": "mdi6.star-off-outline",
    "add": "mdi6.plus",
    "new_template": "mdi6.file-document-plus-outline",
    # queues, queue items, users and teams (issue 7)
    "pick": "mdi6.hand-back-right-outline",
    "release": "mdi6.hand-back-right-off-outline",
    "remove_from_queue": "mdi6.tray-remove",
    "new_queue": "mdi6.tray-plus",
    "new_user": "mdi6.account-plus-outline",
    "new_team": "mdi6.account-multiple-plus-outline",
    "deactivate_user": "mdi6.account-cancel-outline",
    "activate_user": "mdi6.account-check-outline",
    # routing rule sets, Route Case, Apply Routing Rule (issue 7)
    "new_rule_set": "mdi6.sign-direction-plus",
    "move_up": "mdi6.arrow-up",
    "move_down": "mdi6.arrow-down",
    "unchanged": "mdi6.minus-circle-outline",
    # Settings › Subjects and Settings › Products (issue 8)
    "add_subject": "mdi6.file-tree",
    "add_top_subject": "mdi6.plus-box-outline",
    "rename": "mdi6.rename-box",
    "move": "mdi6.folder-move-outline",
    "new_product": "mdi6.package-variant-plus",
}


def icon(name: str) -> QIcon:
    app = QApplication.instance()
    palette = app.palette() if app else QPalette()
    return qtawesome.icon(
        GLYPHS[name],
        color=palette.color(QPalette.ColorRole.WindowText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    )
