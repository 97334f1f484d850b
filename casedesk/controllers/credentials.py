"""Remembered passwords for team databases, in the operating system's keyring (through the
`keyring` library), never in the settings file or the log.

An entry is service "CaseDesk", username "login@host:port/database". A machine without a
usable keyring (a headless Linux without a Secret Service, a locked or broken backend) is
not an error: `available()` says False, `remember()` returns False, `recall()` None, and
the UI disables Remember. No Qt here.
"""

from __future__ import annotations

import logging

from casedesk.controllers import signin

log = logging.getLogger(__name__)

SERVICE = "CaseDesk"


def account(url: str, login: str) -> str:
    """The keyring username of a login on the server of url: login@host:port/database."""
    return f"{login}@{signin.server_text(url)}"


def _keyring():
    try:
        import keyring
    except Exception:  # noqa: BLE001 (not installed, or a backend that fails on import)
        return None
    return keyring


def available() -> bool:
    """True when a keyring backend that can store passwords is there."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        backend = keyring.get_keyring()
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # noqa: BLE001 (a backend's priority may itself fail)
        return False


def remember(url: str, login: str, password: str) -> bool:
    """Store the password; False when the keyring would not take it."""
    keyring = _keyring()
    if keyring is None or not password:
        return False
    try:
        keyring.set_password(SERVICE, account(url, login), password)
    except Exception as exc:  # noqa: BLE001 (keyring.errors.* and whatever a backend raises)
        log.warning("the keyring did not store the password for %s: %s",
                    account(url, login), type(exc).__name__)
        return False
    return True


def recall(url: str, login: str) -> str | None:
    """The remembered password, or None (none, or no keyring)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, account(url, login)) or None
    except Exception as exc:  # noqa: BLE001
        log.warning("the keyring could not be read for %s: %s", account(url, login),
                    type(exc).__name__)
        return None


def forget(url: str, login: str) -> None:
    """Remove a remembered password (nothing when there is none or no keyring)."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, account(url, login))
    except Exception:  # noqa: BLE001 (PasswordDeleteError: there was none; no backend)
        pass
