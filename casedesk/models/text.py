"""How text sorts and filters, the same on every engine (no Qt, no locale).

`sort_key` folds case for every script, drops accents (é → e) and keeps the Swedish letters
apart and last, as a Swede expects: a … z < å < ä < ö. Keys are stored beside the text they
come from (title_sort, customer_sort) so that an index orders them.
"""

from __future__ import annotations

import unicodedata

# Characters after "z" in code-point order, so that a binary sort puts them last, in order.
_NORDIC = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"}


def sort_key(text: str | None, max_length: int = 200) -> str:
    folded = unicodedata.normalize("NFC", text or "").casefold()
    out = []
    for ch in folded:
        mapped = _NORDIC.get(ch)
        if mapped is not None:
            out.append(mapped)
        elif ch.isascii():
            out.append(ch)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch)
                               if not unicodedata.combining(c)))
    return "".join(out)[:max_length]
