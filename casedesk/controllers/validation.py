"""Cleaning of text typed by a user: trimmed, bounded, no control characters."""

from __future__ import annotations

import unicodedata

from casedesk.controllers.errors import ValidationError

_ALLOWED_IN_LONG_TEXT = {"\n", "\t"}


def clean_text(field: str, value: str | None, *, max_length: int, required: bool = False,
               multiline: bool = False) -> str | None:
    """The value trimmed and NFC-normalised, or a ValidationError with a code.

    Any script and emoji are welcome; control characters are refused (tabs and line breaks
    only in multi-line text). Empty text is None, or `required`.
    """
    text = unicodedata.normalize("NFC", value or "").strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text:
        if required:
            raise ValidationError(field, "required")
        return None
    allowed = _ALLOWED_IN_LONG_TEXT if multiline else set()
    for ch in text:
        if ch not in allowed and unicodedata.category(ch) in ("Cc", "Cs"):
            raise ValidationError(field, "control_chars")
    if len(text) > max_length:
        raise ValidationError(field, "too_long", max=max_length, length=len(text))
    return text
