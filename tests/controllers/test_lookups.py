"""Lookups (SPEC §4.4): customers ranked by how well the name matches, an account's contacts
first, subjects with their path, products, owners and cases."""

from __future__ import annotations

import random

from casedesk.controllers import lookups
from casedesk.controllers.admin import create_user
from casedesk.controllers.cases import NewCase, create_case
from casedesk.controllers.customers import (
    AccountFields,
    ContactFields,
    create_account,
    create_contact,
    set_account_active,
    set_contact_active,
)
from casedesk.controllers.lookups import (
    LookupItem,
    search_cases,
    search_contacts,
    search_customers,
    search_owners,
    search_products,
    search_subjects,
    subject_tree,
)
from casedesk.controllers.querying import prefix_upper_bound
from casedesk.models import Account, AppUser, Contact, Product, Subject, Team
from casedesk.models.text import sort_key


def _labels(items):
    return [i.label for i in items]


def test_customers_rank_prefix_then_word_start_then_contains(session):
    for name in ["Bergström Bygg", "Solberg AB", "Berg & Co", "Nya Bergsbolaget",
                 "Isberget HB", "Annat AB"]:
        create_account(session, AccountFields(name=name))
    create_contact(session, ContactFields(first_name="Anna", last_name="Berg"))
    create_contact(session, ContactFields(first_name="Berit", last_name="Ek"))
    create_account(session, AccountFields(name="Mejl AB", email="kontakt@berga.se"))
    items = search_customers("berg")
    assert _labels(items) == [
        "Berg & Co", "Bergström Bygg",                 # the whole name starts with it
        "Anna Berg", "Nya Bergsbolaget",               # a word does
        "Isberget HB", "Mejl AB", "Solberg AB",        # it occurs (also in the e-mail)
    ]
    assert {i.kind for i in items} == {"account", "contact"}
    assert [i.kind for i in items if i.label == "Anna Berg"] == ["contact"]


def test_customers_fold_case_and_swedish_letters(session):
    create_account(session, AccountFields(name="Örebro AB"))
    create_account(session, AccountFields(name="Café Åkessons"))
    assert _labels(search_customers("örebro")) == ["Örebro AB"]
    assert _labels(search_customers("ÖREBRO")) == ["Örebro AB"]
    assert _labels(search_customers("cafe åk")) == ["Café Åkessons"]
    assert _labels(search_customers("åkes")) == ["Café Åkessons"]


def test_customer_details_and_limit(session):
    account = create_account(session, AccountFields(name="Havstål AB", account_number="K-7",
                                                    city="Luleå"))
    create_account(session, AccountFields(name="Havsbris HB"))
    create_contact(session, ContactFields(first_name="Hanna", last_name="Havsmark",
                                          parent_account_id=account, email="hanna@havstal.se"))
    create_contact(session, ContactFields(first_name="Harald", last_name="Ek"))
    items = search_customers("ha")
    assert items == sorted(items, key=lambda i: sort_key(i.label))
    by_label = {i.label: i for i in items}
    assert by_label["Havstål AB"].detail == "K-7 · Luleå"
    assert by_label["Havsbris HB"].detail == ""
    assert by_label["Hanna Havsmark"].detail == "Havstål AB · hanna@havstal.se"
    assert by_label["Harald Ek"].detail == ""
    assert len(search_customers("ha", limit=2)) == 2
    assert search_customers("k-7") == [LookupItem("account", account, "Havstål AB",
                                                  "K-7 · Luleå")]


def test_inactive_customers_are_not_offered(session):
    gone = create_account(session, AccountFields(name="Vilande AB"))
    create_account(session, AccountFields(name="Vaken AB"))
    person = create_contact(session, ContactFields(first_name="Vera", last_name="Ek"))
    set_account_active(session, gone, False)
    set_contact_active(session, person, False)
    assert _labels(search_customers("v")) == ["Vaken AB"]
    assert _labels(search_customers("ilande")) == []


def test_names_past_the_basic_plane_still_match_as_prefix(session):
    create_account(session, AccountFields(name="ab🚀 Raket"))
    create_account(session, AccountFields(name="Ab"))
    assert _labels(search_customers("ab")) == ["Ab", "ab🚀 Raket"]
    assert _labels(search_customers("🚀")) == ["ab🚀 Raket"]
    assert prefix_upper_bound("ab") == "ac"
    assert prefix_upper_bound("a\U0010ffff") == "b"
    assert prefix_upper_bound("") is None


def test_like_wildcards_are_plain_characters(session):
    create_account(session, AccountFields(name="100% Kaffe"))
    create_account(session, AccountFields(name="1000 Kaffe"))
    assert _labels(search_customers("0%")) == ["100% Kaffe"]
    assert _labels(search_customers("_")) == []


def _reference(text, limit):
    """The ranking rule written out plainly, over every active account and contact."""
    key = sort_key(text, 161)
    ranked = []
    for model, kind, extra in ((Account, "account", ("email", "account_number")),
                               (Contact, "contact", ("email",))):
        for r in model.select().where(model.active == True):  # noqa: E712
            name_key = r.name_sort
            if name_key.startswith(key):
                tier = 1
            elif " " + key in name_key:
                tier = 2
            elif key in name_key or any(text.lower() in (getattr(r, f) or "").lower()
                                        for f in extra):
                tier = 3
            else:
                continue
            ranked.append((tier, name_key, kind, r.id))
    return [(k, i) for _, _, k, i in sorted(ranked)[:limit]]


def test_window_and_full_scan_give_the_plain_ranking(session, monkeypatch):
    """Many rows: the first-names window, the word starts after it and the full scan all
    answer exactly what the plain rule says."""
    monkeypatch.setattr(lookups, "WINDOW", 6)
    rng = random.Random(7)
    stems = ["Berg", "Sol", "Ås", "Ek", "Lind", "Nord"]
    tails = ["berg", "gård", "ström", "vik", "by"]
    rows = []
    for i in range(120):
        name = f"{rng.choice(stems)}{rng.choice(tails)} {rng.choice(['AB', 'Berg HB', 'Bygg'])}"
        rows.append({"name": name, "name_sort": sort_key(name, 160), "active": i % 9 != 0,
                     "email": f"x{i}@{rng.choice(tails)}.se"})
    Account.insert_many(rows).execute()
    for i in range(80):
        full = f"{rng.choice(['Anna', 'Berit', 'Åsa'])} {rng.choice(stems)}{rng.choice(tails)}"
        Contact.create(first_name=full.split()[0], last_name=full.split()[1], full_name=full,
                       active=i % 7 != 0, email=f"y{i}@b.se")
    for term in ["berg", "gård", "ström", "by", "vik", "ab", "sol", "zz", "x1", "erg"]:
        for limit in (3, 10, 40):
            got = [(i.kind, i.id) for i in search_customers(term, limit)]
            assert got == _reference(term, limit), (term, limit)


def test_contacts_of_the_account_come_first(session):
    mine = create_account(session, AccountFields(name="Havstål AB"))
    other = create_account(session, AccountFields(name="Annat AB"))
    for first, last, account in [("Örjan", "Ek", mine), ("Anna", "Ek", mine),
                                 ("Bo", "Berg", mine), ("Ada", "Ek", other),
                                 ("Eva", "Ekström", None)]:
        create_contact(session, ContactFields(first_name=first, last_name=last,
                                              parent_account_id=account))
    gone = create_contact(session, ContactFields(last_name="Ekeberg",
                                                 parent_account_id=mine))
    set_contact_active(session, gone, False)
    assert _labels(search_contacts("", account_id=mine)) == ["Anna Ek", "Bo Berg", "Örjan Ek"]
    assert _labels(search_contacts("", account_id=mine, limit=2)) == [
        "Anna Ek", "Bo Berg", "Örjan Ek"]  # every contact of the account, whatever the limit
    assert _labels(search_contacts("ek", account_id=mine)) == [
        "Anna Ek", "Örjan Ek", "Ada Ek", "Eva Ekström"]
    assert _labels(search_contacts("ek")) == ["Ada Ek", "Anna Ek", "Eva Ekström", "Örjan Ek"]
    assert _labels(search_contacts("ek", account_id=mine, limit=3)) == [
        "Anna Ek", "Örjan Ek", "Ada Ek"]
    assert _labels(search_contacts("eva", account_id=mine)) == ["Eva Ekström"]
    assert search_contacts("Örjan", account_id=mine)[0].detail == "Havstål AB"


def test_subjects_with_their_path_and_the_tree(session):
    hw = Subject.create(title="Hårdvara")
    printers = Subject.create(title="Skrivare", parent=hw)
    laser = Subject.create(title="Laserskrivare", parent=printers)
    Subject.create(title="Bläck", parent=printers)
    Subject.create(title="Programvara")
    items = search_subjects("skrivare")
    assert [(i.label, i.detail) for i in items] == [("Skrivare", "Hårdvara"),
                                                    ("Laserskrivare", "Hårdvara › Skrivare")]
    assert items[1] == LookupItem("subject", laser.id, "Laserskrivare", "Hårdvara › Skrivare")
    assert _labels(search_subjects("hård")) == ["Hårdvara"]
    tree = subject_tree()
    assert [n.title for n in tree] == ["Hårdvara", "Programvara"]
    assert [n.title for n in tree[0].children] == ["Skrivare"]
    assert [n.title for n in tree[0].children[0].children] == ["Bläck", "Laserskrivare"]


def test_products_are_active_ones_by_name_or_number(session):
    Product.create(name="Kaffebryggare Pro", number="KB-100")
    Product.create(name="Espressomaskin", number="ES-200")
    Product.create(name="Kaffekvarn (utgått)", number="KK-1", active=False)
    assert [(i.label, i.detail) for i in search_products("kaffe")] == [
        ("Kaffebryggare Pro", "KB-100")]
    assert _labels(search_products("es-2")) == ["Espressomaskin"]
    assert {i.kind for i in search_products("")} == {"product"}


def test_owners_are_active_users_and_teams(session):
    create_user(session, "Östen Lind", "osten")
    gone = create_user(session, "Öjvind Gammal", "ojvind")
    AppUser.update(active=False).where(AppUser.id == gone.id).execute()
    Team.create(name="Örebro-teamet")
    items = search_owners("ö")
    assert [(i.kind, i.label, i.detail) for i in items] == [
        ("team", "Örebro-teamet", ""), ("user", "Östen Lind", "osten"),
        ("user", "Åsa Öberg", "asa")]  # a word of her name starts with it
    assert _labels(search_owners("asa")) == ["Åsa Öberg"]  # by login


def test_cases_by_number_prefix_then_title_words(session):
    account = create_account(session, AccountFields(name="Havstål AB"))
    contact = create_contact(session, ContactFields(first_name="Örjan", last_name="Ek"))
    first = create_case(session, NewCase(title="Skrivaren skriver inte",
                                         customer_account_id=account))
    second = create_case(session, NewCase(title="Ärende om skrivaren",
                                          customer_contact_id=contact))
    number = search_cases("cas-01000")
    assert [(i.kind, i.id) for i in number] == [("case", first)]
    assert number[0].detail == "Havstål AB"
    assert number[0].label.endswith("Skrivaren skriver inte")
    by_title = search_cases("SKRIVAREN")
    assert [i.id for i in by_title] == [second, first]  # newest first
    assert by_title[0].detail == "Örjan Ek"
    assert [i.id for i in search_cases("ärende skriv")] == [second]
    assert search_cases("") == []
