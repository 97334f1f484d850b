"""Every user preference declared once, with its type and default, over QSettings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from casedesk import APP_NAME, ORG_NAME

#: Bump when a saved window/header layout would no longer fit the widgets.
LAYOUT_VERSION = 1


@dataclass(frozen=True)
class Key:
    name: str
    type: type
    default: object


LANGUAGE = Key("ui/language", str, "")  # "" = follow the operating system
DATABASE_URL = Key("database/url", str, "")  # "" = the default SQLite file; never a password
LAST_LOGIN = Key("database/last_login", str, "")  # who signed in to a team database last
MAIN_GEOMETRY = Key("window/main_geometry", QByteArray, QByteArray())
MAIN_STATE = Key("window/main_state", QByteArray, QByteArray())
NAV_SPLITTER = Key("window/nav_splitter", QByteArray, QByteArray())
LAYOUT = Key("window/layout_version", int, 0)
CASE_VIEW = Key("cases/view", int, 0)
CASE_HEADER = Key("cases/header_state", QByteArray, QByteArray())
CASE_SORT_COLUMN = Key("cases/sort_column", int, 7)
CASE_SORT_DESCENDING = Key("cases/sort_descending", bool, True)
CASE_EXTRA_COLUMNS = Key("cases/extra_columns", str, "")  # comma-separated CaseColumn values
LAST_PAGE = Key("window/last_page", str, "cases")
ACCOUNT_VIEW = Key("accounts/view", int, 0)  # AccountListPage view (active, inactive, all)
ACCOUNT_HEADER = Key("accounts/header_state", QByteArray, QByteArray())
ACCOUNT_SORT = Key("accounts/sort", str, "name")  # a controller sort key
ACCOUNT_SORT_DESCENDING = Key("accounts/sort_descending", bool, False)
CONTACT_VIEW = Key("contacts/view", int, 0)
CONTACT_HEADER = Key("contacts/header_state", QByteArray, QByteArray())
CONTACT_SORT = Key("contacts/sort", str, "name")
CONTACT_SORT_DESCENDING = Key("contacts/sort_descending", bool, False)
ACTIVITY_VIEW = Key("activities/view", int, 0)  # ActivityView (my, all open, overdue)
ACTIVITY_HEADER = Key("activities/header_state", QByteArray, QByteArray())
ACTIVITY_SORT = Key("activities/sort", str, "due")  # a controller sort key (ACTIVITY_SORTS)
ACTIVITY_SORT_DESCENDING = Key("activities/sort_descending", bool, False)
TIMELINE_HEADER = Key("timeline/header_state", QByteArray, QByteArray())
ENTITLEMENT_VIEW = Key("entitlements/view", int, 0)  # entitlements.EntitlementView
ENTITLEMENT_HEADER = Key("entitlements/header_state", QByteArray, QByteArray())
ENTITLEMENT_SORT = Key("entitlements/sort", str, "name")  # a controller sort key
ENTITLEMENT_SORT_DESCENDING = Key("entitlements/sort_descending", bool, False)
#: Service › Queues: the queue chosen (a queue id, -1 All Queues, -2 Queues I'm a member of)
QUEUE_ITEMS_QUEUE = Key("queue_items/queue", int, -2)
QUEUE_ITEMS_VIEW = Key("queue_items/view", int, 0)  # queues.ItemView
QUEUE_ITEMS_HEADER = Key("queue_items/header_state", QByteArray, QByteArray())
QUEUE_ITEMS_SORT = Key("queue_items/sort", str, "entered")  # a controller sort key
QUEUE_ITEMS_SORT_DESCENDING = Key("queue_items/sort_descending", bool, False)


class Settings:
    """Typed access to QSettings. Tests give it a QSettings on a temporary file."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                         ORG_NAME, APP_NAME)
        if self.get(LAYOUT) != LAYOUT_VERSION:
            for key in (MAIN_STATE, NAV_SPLITTER, CASE_HEADER):
                self._q.remove(key.name)
            self._q.remove("dialogs")
            self.set(LAYOUT, LAYOUT_VERSION)

    def get(self, key: Key):
        value = self._q.value(key.name, key.default)
        if value is None:
            return key.default
        if key.type is bool and isinstance(value, str):
            return value.lower() in ("true", "1")
        if key.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        try:
            return key.type(value)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key, value) -> None:
        self._q.setValue(key.name, value)

    def dialog_geometry(self, name: str) -> QByteArray:
        value = self._q.value(f"dialogs/{name}")
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_dialog_geometry(self, name: str, geometry: QByteArray) -> None:
        self._q.setValue(f"dialogs/{name}", geometry)

    def sync(self) -> None:
        self._q.sync()
