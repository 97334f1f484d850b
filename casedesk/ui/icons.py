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
    "associate": "mdi6.file-tree-outline",
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
}


def icon(name: str) -> QIcon:
    app = QApplication.instance()
    palette = app.palette() if app else QPalette()
    return qtawesome.icon(
        GLYPHS[name],
        color=palette.color(QPalette.ColorRole.WindowText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    )
