"""Quick find (SPEC §4.1): cases by number or title, accounts and contacts.

One interface for the engines; issue 8 puts full-text indexes behind it. Until then: the case
number by prefix (the unique index), titles and names by substring.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casedesk.models import Account, Case, Contact

QUICK_FIND_LIMIT = 8


@dataclass(frozen=True)
class QuickFindResult:
    cases: list[tuple[int, str, str]] = field(default_factory=list)  # id, number, title
    accounts: list[tuple[int, str]] = field(default_factory=list)  # id, name
    contacts: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, account

    @property
    def empty(self) -> bool:
        return not (self.cases or self.accounts or self.contacts)


def _clean(text: str) -> str:
    return " ".join((text or "").split())[:200]


def quick_find(text: str, limit: int = QUICK_FIND_LIMIT) -> QuickFindResult:
    text = _clean(text)
    if len(text) < 2:
        return QuickFindResult()
    by_number = list(Case.select(Case.id, Case.number, Case.title)
                     .where(Case.number.startswith(text.upper()))
                     .order_by(Case.number).limit(limit).tuples())
    cases = by_number
    if len(cases) < limit:
        seen = {c[0] for c in cases}
        cases += [c for c in Case.select(Case.id, Case.number, Case.title)
                  .where(Case.title.contains(text))
                  .order_by(Case.created_on.desc(), Case.id.desc())
                  .limit(limit).tuples() if c[0] not in seen][: limit - len(cases)]
    accounts = list(Account.select(Account.id, Account.name)
                    .where(Account.name.contains(text) | (Account.account_number == text))
                    .order_by(Account.name).limit(limit).tuples())
    contacts = [
        (c[0], c[1], c[2] or "")
        for c in Contact.select(Contact.id, Contact.full_name, Account.name)
        .left_outer_join(Account, on=(Contact.parent_account == Account.id))
        .where(Contact.full_name.contains(text) | Contact.email.startswith(text))
        .order_by(Contact.full_name).limit(limit).tuples()
    ]
    return QuickFindResult(cases, accounts, contacts)
