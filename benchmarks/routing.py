"""`python -m benchmarks --routing`: Apply Routing Rule (SPEC §2.12) over 10,000 cases.

Fills a fresh CaseDesk database with deterministic users, teams, queues, accounts, contacts,
products, subjects and active cases through controllers/bulk.py, saves and activates a
20-item rule set through controllers/routing.py (AND/OR groups; text contains, option equals,
in list, date greater/less than, customer.name begins with and other related-record fields;
actions to queues, users and teams), then times routing.apply_routing over every case — each
case its own transaction, acting through queues.add_to_queue / queues.assign. Every run
starts from a copy of the loaded database, so each one routes the same untouched cases.
Prints cases per second (median of the runs), rule evaluation alone, and where the cases went.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from casedesk.controllers import admin, bulk, routing
from casedesk.controllers.routing import RuleItemFields, RuleSetFields
from casedesk.controllers.session import Session
from casedesk.models import Case, db
from casedesk.models.db import sqlite_url
from casedesk.models.migrations import open_database
from casedesk.models.options import CaseType, Origin, Priority, QueueType, Role, RuleAction

SEED = 7007
#: The issue's target: cases routed per second, 10,000 cases, a 20-item rule set.
TARGET_PER_S = 1000.0

_USERS = ["Åsa Öberg", "Bo Ek", "Cia Lund", "Dan Berg", "Eva Ström", "Fredrik Sjö",
          "Göran Åkesson", "Hanna Lind", "Ida Wallin", "Jonas Håkansson"]
_TEAMS = ["Tier 2", "Fältservice", "Kundvård"]
_QUEUES = ["VIP", "Incidenter", "Fakturering", "Sociala medier", "Produkter", "Returer",
           "Telefon", "Väst", "Syd", "Stockholm", "Norr", "Övrigt"]
_STEMS = ["Nord", "Syd", "Väst", "Östra", "Berg", "Sjö", "Skog", "Stål", "Ång", "Ek",
          "Björk", "Lind", "Fjäll", "Älv", "Hav", "Guld", "Järn", "Sten", "Strand", "Norr"]
_TRADES = ["kraft", "teknik", "bygg", "data", "handel", "service", "konsult", "logistik",
           "media", "design", "system", "el", "rör", "transport"]
_CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping",
           "Helsingborg", "Lund", "Umeå", "Gävle", "Luleå", "Kiruna", "Sundsvall"]
_FIRST = ["Anna", "Anders", "Åsa", "Örjan", "Björn", "Karin", "Erik", "Märta", "Linnéa", "Ola"]
_LAST = ["Andersson", "Johansson", "Öberg", "Åkesson", "Lindqvist", "Ström", "Berg"]
_DOMAINS = ["gmail.com", "telia.se", "foretag.se", "outlook.com"]
_PRODUCTS = ["Widget Pro", "Widget Mini", "Router X1", "Router X2", "Skrivare 300",
             "Skrivare 500", "Molnlagring", "Backup Plus", "Kassasystem", "Larm 24"]
_SUBJECTS = ["Fakturering", "Installation", "Montering", "Leverans", "Garanti", "Support",
             "Reklamation", "Konto"]
_TITLE_HEADS = ["Fråga om", "Problem med", "Avbrott i", "Faktura för", "Retur av",
                "Outage:", "Installation av", "Felaktig", "Beställning av", "Hjälp med"]
_TITLE_TAILS = ["leveransen", "routern", "skrivaren", "kontot", "tjänsten", "appen",
                "betalningen", "larmet", "kassan", "molnet"]
_DESCRIPTIONS = ["Kunden ringde och beskrev felet.", "Vill ha returfrakt för varan.",
                 "Ärendet gäller senaste fakturan.", "Enheten startar inte efter uppdatering.",
                 "Behöver hjälp på plats.", "Inget svar från supporten på två dagar."]


def dataset(n_cases: int, seed: int = SEED) -> bulk.BulkData:
    """Deterministic directory and `n_cases` active cases over 2023–2024."""
    rng = random.Random(seed)
    users = [{"id": i, "name": name, "login": f"u{i}",
              "roles": (Role.AGENT, Role.MANAGER, Role.ADMINISTRATOR) if i == 1
              else (Role.AGENT,), "default_queue": True}
             for i, name in enumerate(_USERS, 1)]
    teams = [{"id": i, "name": name, "owner": 1, "members": [1, 2, 3], "default_queue": True}
             for i, name in enumerate(_TEAMS, 1)]
    queues = bulk.Rows(("id", "name", "queue_type", "owner_user"),
                       [(i, name, int(QueueType.PUBLIC), 1)
                        for i, name in enumerate(_QUEUES, 1000)])
    n_accounts = max(20, n_cases // 20)
    accounts = bulk.Rows(("id", "name", "city", "email"), [
        (i, f"{rng.choice(_STEMS)}{rng.choice(_TRADES)} AB", rng.choice(_CITIES),
         f"info@a{i}.se") for i in range(1, n_accounts + 1)])
    contacts, contacts_of = [], {}
    for i in range(1, 2 * n_accounts + 1):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        account = rng.randrange(1, n_accounts + 1)
        contacts.append((i, first, last, f"{first} {last}",
                         f"c{i}@{rng.choice(_DOMAINS)}", account))
        contacts_of.setdefault(account, []).append(i)
    products = bulk.Rows(("id", "name", "number"),
                         [(i, name, f"P-{i:03d}") for i, name in enumerate(_PRODUCTS, 1)])
    subjects = bulk.Rows(("id", "title"), list(enumerate(_SUBJECTS, 1)))
    numbers = bulk.case_numbers("CAS", 1000, n_cases, rng)
    origins = [int(o) for o in Origin]
    start = datetime(2023, 1, 1)
    cases = []
    for i in range(1, n_cases + 1):
        account = rng.randrange(1, n_accounts + 1)
        created = start + timedelta(minutes=rng.randrange(0, 2 * 365 * 24 * 60))
        title = f"{rng.choice(_TITLE_HEADS)} {rng.choice(_TITLE_TAILS)}"
        cases.append((
            i, numbers[i - 1], title, rng.choice(_DESCRIPTIONS), account,
            rng.choice(contacts_of.get(account, [None])),
            rng.choice([None] + list(range(1, len(_PRODUCTS) + 1))),
            rng.choice([None, None] + list(range(1, len(_SUBJECTS) + 1))),
            rng.choice(origins), rng.choice([None, 1, 2, 3]),
            rng.choice([1, 2, 2, 2, 3]), rng.random() < 0.05,
            rng.randrange(1, len(_USERS) + 1), created, created))
    case_rows = bulk.Rows(("id", "number", "title", "description", "customer_account",
                           "contact", "product", "subject", "origin", "case_type", "priority",
                           "is_escalated", "owner_user", "created_on", "modified_on"), cases)
    return bulk.BulkData(
        users=users, teams=teams, queues=queues, products=products, subjects=subjects,
        accounts=accounts,
        contacts=bulk.Rows(("id", "first_name", "last_name", "full_name", "email",
                            "parent_account"), contacts),
        cases=case_rows)


def _leaf(field, operator, value=None):
    node = {"field": field, "operator": operator}
    if value is not None:
        node["value"] = value
    return node


def _and(*items):
    return {"op": "and", "items": list(items)}


def _or(*items):
    return {"op": "or", "items": list(items)}


def rule_items() -> list[RuleItemFields]:
    """The 20-item rule set: mixed conditions, queues (ids from 1000), users and teams."""
    q = {name: i for i, name in enumerate(_QUEUES, 1000)}
    queue, user, team = (int(a) for a in RuleAction)
    high, low = int(Priority.HIGH), int(Priority.LOW)
    email, web, phone = int(Origin.EMAIL), int(Origin.WEB), int(Origin.PHONE)
    social = [int(Origin.FACEBOOK), int(Origin.TWITTER)]

    def to_queue(name, condition, target):
        return RuleItemFields(name, condition, queue, target_queue_id=q[target])

    return [
        to_queue("VIP Nord", _and(_leaf("customer.name", "begins_with", "nord"),
                                  _leaf("priority", "equals", high)), "VIP"),
        to_queue("Avbrott", _or(_leaf("title", "contains", "avbrott"),
                                _leaf("title", "contains", "OUTAGE")), "Incidenter"),
        RuleItemFields("Eskalerade", _and(_leaf("is_escalated", "equals", True)), team,
                       target_team_id=1),
        to_queue("Fakturor", _and(_or(_leaf("title", "contains", "faktura"),
                                      _leaf("subject.title", "equals", "fakturering")),
                                  _leaf("origin", "in_list", [email, web])), "Fakturering"),
        to_queue("Sociala medier", _and(_leaf("origin", "in_list", social)), "Sociala medier"),
        RuleItemFields("Gamla låga", _and(_leaf("created_on", "less_than", "2023-03-01"),
                                          _leaf("priority", "equals", low)), user,
                       target_user_id=2),
        to_queue("Widgetproblem", _and(_leaf("product.name", "begins_with", "widget"),
                                       _leaf("case_type", "equals", int(CaseType.PROBLEM))),
                 "Produkter"),
        to_queue("Returer", _and(_leaf("description", "contains", "retur")), "Returer"),
        RuleItemFields("Östra kunder", _and(_leaf("customer.name", "begins_with", "öst"),
                                            _leaf("created_on", "greater_than", "2024-01-01")),
                       user, target_user_id=3),
        to_queue("Telefonfrågor", _and(_leaf("case_type", "equals", int(CaseType.QUESTION)),
                                       _leaf("origin", "equals", phone),
                                       _leaf("created_on", "greater_than", "2024-06-30")),
                 "Telefon"),
        RuleItemFields("Privata e-postadresser",
                       _and(_leaf("contact.email", "contains", "@gmail"),
                            _leaf("priority", "in_list", [high])), user, target_user_id=4),
        RuleItemFields("Nya höga", _and(_leaf("priority", "equals", high),
                                        _leaf("created_on", "greater_than", "2024-09-01")),
                       user, target_user_id=5),
        RuleItemFields("Installation", _and(_leaf("subject.title", "in_list",
                                                  ["Installation", "Montering"])),
                       team, target_team_id=2),
        to_queue("Utan produkt", _and(_leaf("product", "is_empty"),
                                      _leaf("case_type", "equals", int(CaseType.REQUEST))),
                 "Övrigt"),
        to_queue("Göteborg", _and(_leaf("customer.city", "equals", "göteborg")), "Väst"),
        to_queue("Skåne", _and(_leaf("customer.city", "in_list",
                                     ["Malmö", "Lund", "Helsingborg"])), "Syd"),
        RuleItemFields("Frågor", _or(_and(_leaf("title", "begins_with", "fråga"),
                                          _leaf("priority", "not_equals", high)),
                                     _leaf("contact.name", "begins_with", "linn")),
                       team, target_team_id=3),
        to_queue("Norrland", _and(_leaf("customer.city", "in_list",
                                        ["Umeå", "Luleå", "Kiruna", "Sundsvall"]),
                                  _leaf("created_on", "greater_than", "2023-06-30")), "Norr"),
        to_queue("Stockholm", _and(_leaf("customer.city", "begins_with", "stock"),
                                   _leaf("product.name", "is_not_empty")), "Stockholm"),
        RuleItemFields("Skrivare", _and(_leaf("product.name", "contains", "skrivare"),
                                        _leaf("created_on", "less_than", "2024-12-01")),
                       user, target_user_id=6),
    ]


def _recorder(steps: list[int]):
    return lambda done, total: steps.append(done)


def _open(path: Path):
    return open_database(sqlite_url(path), backups_dir=path.parent / "backups")


def run(n_cases: int = 10_000, reps: int = 3, workdir: str | None = None,
        log: Callable[[str], None] = print) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="casedesk-routing-", dir=workdir))
    template = folder / "template" / "casedesk.db"
    template.parent.mkdir()
    opened = _open(template)
    try:
        admin.ensure_reference_data(Session(opened.database))
        started = time.perf_counter()
        result = bulk.load(dataset(n_cases))
        log(f"loaded {result.counts} through controllers/bulk.py in "
            f"{time.perf_counter() - started:.1f} s")
        session = Session(opened.database)
        admin.sign_in(session, "u1")
        rule_set_id = routing.create_rule_set(
            session, RuleSetFields("Benchmark", "20 items", rule_items()))
        routing.activate(session, rule_set_id)
        case_ids = [i for (i,) in Case.select(Case.id).order_by(Case.id).tuples()]
        # evaluation alone: the prefetch queries and the conditions, no writes
        rules = routing._load_active()
        started = time.perf_counter()
        matched = 0
        for start in range(0, len(case_ids), routing.BATCH):
            for row in rules.fetch(case_ids[start:start + routing.BATCH]).values():
                matched += rules.match(row) is not None
        evaluation_s = time.perf_counter() - started
        log(f"rule set: {len(rules.items)} items over {len(rules.paths)} fields; evaluation "
            f"alone (prefetch + conditions, no writes): {len(case_ids) / evaluation_s:,.0f} "
            f"cases/s, {matched:,} of {len(case_ids):,} match")
        opened.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        opened.database.close()
        db.initialize(None)

    rates, summary = [], {}
    try:
        for rep in range(1, reps + 1):
            work = folder / f"run{rep}" / "casedesk.db"
            work.parent.mkdir()
            shutil.copy2(template, work)
            opened = _open(work)
            try:
                session = Session(opened.database)
                admin.sign_in(session, "u1")
                steps: list[int] = []
                acting = [0.0]
                real_act = routing._act

                def timed_act(*args, _real=real_act, _acting=acting):
                    t = time.perf_counter()
                    try:
                        _real(*args)
                    finally:
                        _acting[0] += time.perf_counter() - t
                routing._act = timed_act
                cpu = time.process_time()
                started = time.perf_counter()
                results = routing.apply_routing(session, case_ids, progress=_recorder(steps))
                seconds = time.perf_counter() - started
                cpu = time.process_time() - cpu
            finally:
                routing._act = real_act
                opened.database.close()
                db.initialize(None)
            if len(results) != len(case_ids) or steps[-1] != len(case_ids):
                raise AssertionError("apply_routing did not route every case")
            rates.append(len(case_ids) / seconds)
            summary = routing.summarize(results)
            log(f"run {rep}: {len(case_ids):,} cases in {seconds:.2f} s = "
                f"{rates[-1]:,.0f} cases/s (process CPU {cpu:.2f} s = "
                f"{len(case_ids) / cpu:,.0f} cases per CPU-second; "
                f"{100 * acting[0] / seconds:.0f}% of the time inside "
                f"queues.add_to_queue / queues.assign)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    median = statistics.median(rates)
    log("\nwhere the cases went (last run):")
    for target, count in sorted(summary.items(), key=lambda kv: (-kv[1], kv[0])):
        log(f"  {target or '(no match: unchanged)':<36}{count:>7,}")
    log(f"\nApply Routing Rule, {len(case_ids):,} cases, 20-item rule set: median "
        f"{median:,.0f} cases/s over {reps} runs (target >= {TARGET_PER_S:,.0f}: "
        + ("met" if median >= TARGET_PER_S else "MISSED") + ")")
    return {"cases": len(case_ids), "rates": rates, "median_per_s": median,
            "evaluation_per_s": len(case_ids) / evaluation_s, "summary": summary,
            "sqlite": sqlite3.sqlite_version}
