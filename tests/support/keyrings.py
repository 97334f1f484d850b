"""Keyring backends for the tests: one that keeps passwords in memory, one that fails the way
a locked or missing keyring does. `use(backend)` installs one for a test and restores the
previous one afterwards."""

from __future__ import annotations

from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class FailingKeyring(KeyringBackend):
    """Usable on paper (a priority), but every call fails: a locked or broken backend."""

    priority = 1

    def get_password(self, service, username):
        raise KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise KeyringError("cannot store")

    def delete_password(self, service, username):
        raise KeyringError("cannot delete")


@contextmanager
def use(backend):
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
