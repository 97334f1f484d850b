"""After a command commits, its controller announces what changed. The UI adapts these to Qt
signals (ui/events.py) so that open lists and forms refresh. Plain callbacks, no Qt."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

CASES_CHANGED = "cases_changed"  # ids=[…]
CASES_CREATED = "cases_created"  # ids=[…]
DATA_RESET = "data_reset"  # the database was filled or replaced (demo data, restore)
CUSTOMERS_CHANGED = "customers_changed"  # kind="account"|"contact", ids=[…]
USERS_CHANGED = "users_changed"  # users and teams
QUEUES_CHANGED = "queues_changed"  # ids=[queue ids] (queues and their items)
ROUTING_CHANGED = "routing_changed"  # ids=[rule set ids]
ACTIVITIES_CHANGED = "activities_changed"  # case_ids=[…], ids=[…] (activities and notes)
SETTINGS_CHANGED = "settings_changed"  # keys=[…] (settings, status reasons, transitions)
ENTITLEMENTS_CHANGED = "entitlements_changed"  # ids=[…]
ENTITLEMENT_TEMPLATES_CHANGED = "entitlement_templates_changed"  # ids=[…]
SUBJECTS_CHANGED = "subjects_changed"  # ids=[subject ids]
PRODUCTS_CHANGED = "products_changed"  # ids=[product ids]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: dict[str, list[Callable]] = defaultdict(list)

    def subscribe(self, name: str, callback: Callable) -> None:
        self._subscribers[name].append(callback)

    def unsubscribe(self, name: str, callback: Callable) -> None:
        if callback in self._subscribers[name]:
            self._subscribers[name].remove(callback)

    def publish(self, name: str, **payload) -> None:
        for callback in list(self._subscribers[name]):
            callback(**payload)
