"""Who is working, on which database, and where events go: what every controller gets."""

from __future__ import annotations

from dataclasses import dataclass, field

from casedesk.controllers.events import EventBus


@dataclass
class Session:
    database: object
    user_id: int | None = None
    login: str | None = None
    user_name: str | None = None
    roles: frozenset[int] = frozenset()
    events: EventBus = field(default_factory=EventBus)

    def set_user(self, user_id: int, login: str, name: str, roles) -> None:
        self.user_id, self.login, self.user_name = user_id, login, name
        self.roles = frozenset(int(r) for r in roles)

    def has_role(self, role) -> bool:
        return int(role) in self.roles
