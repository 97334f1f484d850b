"""The demo desk (SPEC §6.1: "a demo dataset can be loaded from the menu").

`load_demo` fills a fresh database with a realistic, deterministic support desk — customers,
agents and managers, teams, queues, a subject tree, products and a few hundred cases in every
state and status reason with their activities, notes, resolutions, queue items and audit
trail — through the bulk loader. The text mixes Swedish and English, as a Nordic desk does.
The same seed gives the same desk: titles, numbers, owners and states; dates are relative to
the hour of loading so the desk always looks current.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from casedesk.controllers import bulk, events
from casedesk.controllers.admin import get_setting
from casedesk.controllers.cases import sort_key
from casedesk.controllers.errors import RuleViolation
from casedesk.controllers.session import Session
from casedesk.models import (
    Account,
    Activity,
    AppUser,
    Case,
    CaseNumberCounter,
    CaseResolution,
    Contact,
    Product,
    Queue,
    Subject,
    Team,
    utcnow,
)
from casedesk.models.options import (
    STATE_REASONS,
    ActivityKind,
    ActivityState,
    ActivityStatusReason,
    AuditAction,
    CaseState,
    CaseType,
    ConnectionRole,
    Direction,
    Origin,
    Priority,
    QueueItemState,
    QueueType,
    ResolutionState,
    Role,
    ServiceStage,
    StatusReason,
)

DEMO_SEED = 20250401
DEMO_CASES = 400

# -- the people and the organisation ----------------------------------------------------------

#: (name, login, roles)
_USERS = [
    ("Björn Lindqvist", "bjorn.lindqvist", (Role.AGENT,)),
    ("Märta Håkansson", "marta.hakansson", (Role.AGENT,)),
    ("Jörgen Sjöberg", "jorgen.sjoberg", (Role.AGENT,)),
    ("Linnéa Åkesson", "linnea.akesson", (Role.AGENT,)),
    ("Sofia Nyström", "sofia.nystrom", (Role.AGENT,)),
    ("Emma Clarke", "emma.clarke", (Role.AGENT,)),
    ("Oliver Bennett", "oliver.bennett", (Role.AGENT,)),
    ("Karin Östlund", "karin.ostlund", (Role.AGENT, Role.MANAGER)),
    ("David Thompson", "david.thompson", (Role.AGENT, Role.MANAGER)),
]
#: (team name, owner login, member logins); None stands for the signed-in user.
_TEAMS = [
    ("Kundtjänst Nivå 1", "karin.ostlund",
     ["bjorn.lindqvist", "marta.hakansson", "linnea.akesson", "sofia.nystrom", "emma.clarke",
      None]),
    ("Teknisk support Nivå 2", "david.thompson",
     ["jorgen.sjoberg", "oliver.bennett", "bjorn.lindqvist"]),
]
#: (queue name, description, owning team index)
_QUEUES = [
    ("Nivå 1 – Kundtjänst", "Alla nya ärenden från telefon, e-post och webb.", 0),
    ("Nivå 2 – Teknik", "Eskalerade tekniska ärenden: nätverk, servrar, integrationer.", 1),
    ("Faktura", "Frågor om fakturor, betalningar och krediteringar.", 0),
    ("Leveranser & returer", "Försenade, skadade och returnerade leveranser.", 0),
    ("VIP-kunder", "Kunder med Guld-avtal: svar inom fyra timmar.", 1),
]
_SUBJECTS = [
    ("Hårdvara", ["Skrivare", "Bärbara datorer", "Skärmar & dockor"]),
    ("Programvara", ["Inloggning", "E-post", "Licenser", "Uppdateringar"]),
    ("Nätverk", ["VPN", "Wi-Fi"]),
    ("Faktura", ["Betalning", "Kreditering", "Avtal"]),
    ("Leverans", ["Försenad leverans", "Skadat gods", "Returer"]),
    ("Allmänt", []),
]
_PRODUCTS = [
    ("Nordlys X14 bärbar dator", "NX-14"), ("Nordlys X16 Pro", "NX-16P"),
    ("PrintMaster 5500", "PM-5500"), ("PrintMaster 3100", "PM-3100"),
    ("Vy 27\" skärm", "VY-27"), ("Dockningsstation D3", "DS-D3"),
    ("Säker VPN-klient", "VPN-S"), ("Kontorspaket – licens", "LIC-KP"),
    ("Router R2", "NET-R2"), ("Supportavtal Guld", "SA-GULD"),
]
_ACCOUNTS = [
    "Fjällbacka Bygg AB", "Göteborgs Hamnlogistik AB", "Ölands Energi AB",
    "Sjöstrand Fastigheter AB", "Mälardalens Tryckeri AB", "Åre Fjällhotell AB",
    "Västkust Frakt AB", "Norrlands Skog & Trä AB", "Lindqvist & Söner Måleri HB",
    "Skånes Vårdcentraler AB", "Björkdahls Elektriska AB", "Kiruna Gruvteknik AB",
    "Dalarnas Bokhandel AB", "Upplands Läkemedel AB", "Hälsinge Mejeri ek. för.",
    "Strömsunds Verkstad AB", "Gävle Kaffehus AB", "Örebro Revision KB",
    "Halmstad Sport & Fritid AB", "Visby Turism AB", "Jönköpings Mekaniska AB",
    "Luleå Hamnservice AB", "Trelleborgs Glasmästeri AB", "Vänerns Båtvarv AB",
    "Ystads Konditori AB", "Northwind Traders Ltd", "Contoso Pharmaceuticals",
    "Fabrikam Inc.", "Adventure Works Cycles", "Blue Harbour Shipping Ltd",
    "Greenfield Analytics Ltd", "Oakridge Dental Group", "Pinewood Logistics GmbH",
    "Silverline Media Oy", "Brightwater Hotels Ltd", "Harbourview Legal LLP",
    "Redwood Software AS", "Kestrel Engineering Ltd", "Nordic Fjord Seafood AS",
    "Lakeside Schools Trust",
]
_FIRST = ["Anna", "Åsa", "Erik", "Eva", "Göran", "Hanna", "Ingrid", "Jöns", "Lars", "Maja",
          "Nils", "Olle", "Per", "Stina", "Sören", "Tove", "Ulf", "Åke", "Örjan", "Elin",
          "Frida", "Gustav", "Ida", "Klara", "Magnus", "Rasmus", "Wilma", "James", "Mary",
          "Robert", "Patricia", "Michael", "Linda", "Susan", "Thomas", "Sarah"]
_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Öberg",
         "Persson", "Svensson", "Jönsson", "Lindström", "Åberg", "Bergström", "Sjögren",
         "Håkansson", "Löfgren", "Söderberg", "Mårtensson", "Ström", "Hedlund", "Smith",
         "Brown", "Taylor", "Wilson", "Evans", "Walker", "Hughes", "Murphy"]
_JOBS = ["IT-ansvarig", "Ekonomichef", "Inköpare", "Kontorschef", "VD", "Systemadministratör",
         "Receptionist", "Office Manager", "IT Manager", "Finance Controller", "Lagerchef"]

# -- what cases are about ------------------------------------------------------------------------
# (subject, queue index, case type, product numbers or None, titles, descriptions, resolutions)
_P, _Q, _R = int(CaseType.PROBLEM), int(CaseType.QUESTION), int(CaseType.REQUEST)
_SCENARIOS = [
    ("Skrivare", 0, _P, ["PM-5500", "PM-3100"],
     ["Skrivaren skriver inte ut", "Pappersstopp i {product}", "Printer offline after update",
      "Utskrifter fastnar i kön"],
     ["{contact} ringer: {product} på plan {n} skriver inte ut. Lampan blinkar orange och "
      "kön växer. Har startat om skrivaren utan resultat.",
      "The {product} in the main office shows 'offline' since this morning. Colleagues "
      "cannot print invoices. Restarted the print spooler, no change."],
     ["Drivrutinen installerades om och skrivarkön rensades. Testutskrift OK.",
      "Replaced the fuser unit; printer back online and tested with the customer."]),
    ("Inloggning", 0, _P, None,
     ["Kan inte logga in", "Lösenordet har gått ut", "Account locked after failed logins",
      "Tvåstegsverifiering fungerar inte"],
     ["{contact} kommer inte in i portalen: \"Fel användarnamn eller lösenord\". Har "
      "försökt återställa lösenordet men mejlet kommer aldrig fram.",
      "User {contact} is locked out after five failed attempts. Needs access before the "
      "board meeting at {n}:00."],
     ["Kontot låstes upp och ett nytt engångslösenord skickades via SMS.",
      "Reset the MFA registration; the user signed in again while on the phone."]),
    ("E-post", 0, _P, ["LIC-KP"],
     ["Mejl studsar till externa mottagare", "Outlook synkar inte kalendern",
      "Shared mailbox missing", "Skräppostfiltret stoppar fakturor"],
     ["Sedan i går studsar alla mejl till kunder med felkod 550. Internt fungerar det. "
      "Gäller ca {n} användare på {account}.",
      "Calendar invites from {account} never arrive in Outlook; the web version shows them. "
      "Started after the latest {product} update."],
     ["SPF-posten i DNS var felaktig efter domänflytten; rättad och verifierad.",
      "Re-created the Outlook profile and cleared the cached mode; sync works again."]),
    ("Licenser", 0, _R, ["LIC-KP"],
     ["Behöver {n} nya licenser", "Licens har gått ut", "Transfer licence to new employee"],
     ["Vi har anställt {n} personer och behöver fler licenser för {product} innan måndag.",
      "Please move the {product} licence from a leaver to a new colleague, {contact}."],
     ["Licenserna tilldelades och kunden bekräftade att de syns i portalen.",
      "Licence reassigned; old account deactivated as agreed."]),
    ("Uppdateringar", 1, _P, ["NX-14", "NX-16P"],
     ["Datorn startar om efter uppdatering", "BIOS update fails on {product}",
      "Blå skärm efter Windows-uppdatering"],
     ["{product} fastnar i en omstartsloop efter nattens uppdatering. {n} datorer "
      "berörda på {account}.",
      "BIOS update stops at 43% on several {product} units. Serial numbers attached."],
     ["Rullade tillbaka uppdateringen och pausade utrullningen tills leverantören släppt en fix.",
      "Updated the firmware from a USB stick; all units back in service."]),
    ("VPN", 1, _P, ["VPN-S", "NET-R2"],
     ["VPN kopplar ner var tionde minut", "Cannot connect to VPN from home",
      "Långsam VPN-anslutning"],
     ["Distansarbetare hos {account} tappar VPN-anslutningen med jämna mellanrum. "
      "Klient: {product}. Fel uppstår både på fiber och 4G.",
      "{contact} gets 'certificate expired' when connecting with {product} since Monday."],
     ["Nytt certifikat utfärdat och pushat till klienterna.",
      "MTU adjusted on the router; connection stable for 48 hours."]),
    ("Wi-Fi", 1, _P, ["NET-R2"],
     ["Wi-Fi försvinner i mötesrummen", "Guest network not working"],
     ["Trådlösa nätet tappar i konferensavdelningen på plan {n}. Övriga plan fungerar.",
      "Visitors at {account} cannot reach the guest Wi-Fi login page."],
     ["En accesspunkt var trasig och har bytts.", "Captive portal certificate renewed."]),
    ("Bärbara datorer", 0, _P, ["NX-14", "NX-16P"],
     ["Batteriet laddar inte", "Keyboard keys not responding", "Skärmen flimrar på {product}"],
     ["{contact}s {product} laddar inte längre, laddaren är testad på en annan dator.",
      "Several keys on the {product} keyboard stopped working after a coffee spill."],
     ["Garantiärende: batteriet byttes på verkstad.",
      "Keyboard replaced under warranty, unit returned by courier."]),
    ("Skärmar & dockor", 0, _P, ["VY-27", "DS-D3"],
     ["Dockningsstation hittar inte skärmen", "External monitor shows no signal"],
     ["Efter byte till {product} visas ingen bild på den externa skärmen.",
      "The {product} is not detected when connected through the dock."],
     ["Uppdaterad firmware i dockan löste problemet.", "Faulty cable replaced."]),
    ("Betalning", 2, _Q, None,
     ["Fråga om faktura {n}", "Dubbeldebitering på kortet", "Invoice sent to the wrong address",
      "Påminnelseavgift trots betalning"],
     ["{account} har fått en påminnelse på faktura {n} trots att den betalades i tid. "
      "Bifogar kvitto från banken.",
      "We were charged twice for invoice {n}. Please refund the duplicate payment."],
     ["Betalningen var felmatchad; avgiften makulerades och kunden informerades.",
      "Duplicate charge refunded; confirmation sent to the customer."]),
    ("Kreditering", 2, _R, None,
     ["Begäran om kreditnota", "Credit note for returned goods"],
     ["Vi önskar en kreditnota för {n} returnerade enheter enligt överenskommelse.",
      "Please issue a credit note for order {n}; the goods were returned last week."],
     ["Kreditnota utfärdad och skickad till kundens ekonomiavdelning.",
      "Credit note issued for the full amount."]),
    ("Avtal", 4, _Q, ["SA-GULD"],
     ["Förlängning av supportavtal", "What does the Gold agreement cover?"],
     ["Vårt {product} löper ut nästa månad. Vilka villkor gäller vid förlängning?",
      "Can you confirm response times and coverage of the {product}?"],
     ["Avtalet förlängdes med 12 månader till oförändrat pris.",
      "Sent the agreement terms; customer satisfied with the answer."]),
    ("Försenad leverans", 3, _Q, None,
     ["Leveransen har inte kommit", "Order {n} delayed", "Var är mitt paket?"],
     ["Order {n} skulle levereras i tisdags men har fortfarande inte kommit. "
      "Spårningslänken visar ingen uppdatering.",
      "Our order {n} is a week late. We need the equipment for a new office opening."],
     ["Paketet hade fastnat på terminalen; levererat dagen efter.",
      "Shipment re-sent by express; customer confirmed delivery."]),
    ("Skadat gods", 3, _P, ["VY-27", "PM-3100"],
     ["Skadad leverans", "Screen arrived cracked", "Kartongen var krossad"],
     ["{product} levererades med spräckt glas. Foton bifogade.",
      "Delivery of {n} units: two {product} arrived damaged."],
     ["Ersättningsenheter skickade, skadade enheter hämtas av fraktbolaget.",
      "Replacement sent and carrier claim filed."]),
    ("Returer", 3, _R, None,
     ["Retur av felbeställd vara", "Return authorisation needed"],
     ["{account} har beställt fel modell och vill returnera {n} enheter.",
      "Please send a return label for order {n}."],
     ["Returfraktsedel skickad; kreditering görs när varorna kommit in.",
      "Return label e-mailed; refund follows on receipt."]),
    ("Allmänt", 0, _Q, None,
     ["Fråga om öppettider", "Ändra kontaktperson", "Request for a quote",
      "Hur lägger jag till en användare?"],
     ["{contact} undrar över supportens öppettider under helgerna.",
      "Please update our primary contact to {contact} from next month."],
     ["Information lämnad via telefon.", "Contact details updated."]),
]

_ACTIVITY_SUBJECTS = {
    ActivityKind.PHONE_CALL: ["Ring tillbaka kunden", "Follow-up call", "Samtal om status",
                              "Customer called about progress", "Bekräfta lösningen"],
    ActivityKind.TASK: ["Beställ reservdel", "Check logs on the server", "Uppdatera dokumentation",
                        "Escalate to vendor", "Boka tekniker"],
    ActivityKind.EMAIL: ["Svar: ärendet", "Instructions sent", "Begäran om mer information",
                         "Confirmation of resolution", "Offert bifogad"],
    ActivityKind.APPOINTMENT: ["Platsbesök hos kunden", "Remote session", "Genomgång med kund",
                               "Installation on site"],
}
_ACTIVITY_TEXT = [
    "Kunden bekräftade att felet kvarstår.", "Sent step-by-step instructions.",
    "Väntar på svar från leverantören.", "Logs attached; the error repeats every hour.",
    "Bokat tid för fjärrsession.", "Customer will test and get back to us.",
    None,
]
_NOTES = [
    "Kunden föredrar kontakt via e-post.", "Customer is on holiday until next week.",
    "Liknande ärende förra månaden – se historiken.", "Serial number confirmed with customer.",
    "Eskalerat enligt överenskommelse med teamledaren.", "Workaround: use the web version.",
    "Viktig kund, håll dem uppdaterade dagligen.", "Spoke to the site manager on the phone.",
]

_FOLD = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")


def _slug(text: str) -> str:
    return "".join(ch for ch in text.translate(_FOLD).lower() if ch.isalnum())


def is_empty() -> bool:
    """True when the database holds no cases (the demo may be loaded)."""
    return not Case.select(Case.id).limit(1).exists()


def load_demo(session: Session, *, seed: int = DEMO_SEED, cases: int = DEMO_CASES,
              now: datetime | None = None) -> bulk.BulkResult:
    """Fill a database that has no cases yet with the demo desk; then publish DATA_RESET."""
    if not is_empty():
        raise RuleViolation("not_empty")
    data = build_demo(session, seed=seed, n_cases=cases, now=now)
    result = bulk.load(data, created_by=session.user_id)
    session.events.publish(events.DATA_RESET)
    return result


def _weighted(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, weight in pairs:
        x -= weight
        if x < 0:
            return value
    return pairs[-1][0]


def build_demo(session: Session, *, seed: int = DEMO_SEED, n_cases: int = DEMO_CASES,
               now: datetime | None = None) -> bulk.BulkData:
    """The demo desk as bulk input (ids above every existing row)."""
    rng = random.Random(seed)
    now = (now or utcnow()).replace(minute=0, second=0, microsecond=0)
    ids = bulk.next_ids(AppUser, Team, Account, Contact, Subject, Product, Queue, Case,
                        CaseResolution, Activity)
    me = session.user_id

    # users and teams (a login or name already taken keeps its existing record)
    taken_logins = {u.login: u.id for u in AppUser.select(AppUser.id, AppUser.login)}
    users, by_login = [], {}
    next_user = ids[AppUser]
    for name, login, roles in _USERS:
        if login in taken_logins:
            by_login[login] = taken_logins[login]
            continue
        by_login[login] = next_user
        users.append({"id": next_user, "name": name, "login": login,
                      "email": f"{login}@casedesk.example", "roles": roles,
                      "default_queue": True, "created_by": me, "modified_by": me})
        next_user += 1
    by_login[None] = me
    agents = [by_login[login] for _, login, _ in _USERS]
    taken_teams = {t.name: t.id for t in Team.select(Team.id, Team.name)}
    teams, team_ids = [], []
    for i, (name, owner, members) in enumerate(_TEAMS):
        if name in taken_teams:
            team_ids.append(taken_teams[name])
            continue
        team_id = ids[Team] + i
        team_ids.append(team_id)
        teams.append({"id": team_id, "name": name, "owner": by_login[owner],
                      "members": sorted({by_login[m] for m in members if by_login[m]}),
                      "default_queue": True, "created_by": me})

    # queues
    taken_queues = {q.name: q.id for q in Queue.select(Queue.id, Queue.name)}
    queues, queue_ids = [], []
    for i, (name, description, team) in enumerate(_QUEUES):
        if name in taken_queues:
            queue_ids.append(taken_queues[name])
            continue
        queue_id = ids[Queue] + i
        queue_ids.append(queue_id)
        queues.append({"id": queue_id, "name": name, "description": description,
                       "queue_type": int(QueueType.PUBLIC), "owner_team": team_ids[team],
                       "created_by": me})

    # subjects and products
    subjects, subject_ids = [], {}
    next_subject = ids[Subject]
    for title, children in _SUBJECTS:
        parent = next_subject
        subjects.append({"id": parent, "title": title, "parent": None})
        subject_ids[title] = parent
        next_subject += 1
        for child in children:
            subjects.append({"id": next_subject, "title": child, "parent": parent})
            subject_ids[child] = next_subject
            next_subject += 1
    products, product_ids = [], {}
    for i, (name, number) in enumerate(_PRODUCTS):
        product_ids[number] = ids[Product] + i
        products.append({"id": ids[Product] + i, "name": name, "number": number})
    product_names = {number: name for name, number in _PRODUCTS}

    # customers: accounts with three contacts each
    accounts, contacts, account_contacts = [], [], {}
    next_contact = ids[Contact]
    for i, name in enumerate(_ACCOUNTS):
        account_id = ids[Account] + i
        domain = _slug(name.replace(" AB", "").replace(" Ltd", "")) + ".example"
        people = []
        for _ in range(3):
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            people.append(next_contact)
            contacts.append({
                "id": next_contact, "first_name": first, "last_name": last,
                "full_name": f"{first} {last}", "parent_account": account_id,
                "job_title": rng.choice(_JOBS),
                "email": f"{_slug(first)}.{_slug(last)}@{domain}",
                "business_phone": f"+46 8 555 {rng.randrange(100):02d} {rng.randrange(100):02d}",
                "mobile_phone": f"+46 70 555 {rng.randrange(100):02d} {rng.randrange(100):02d}",
                "city": rng.choice(["Stockholm", "Göteborg", "Malmö", "Umeå", "Örebro",
                                    "Luleå", "London", "Oslo", "Helsinki"]),
                "created_by": me})
            next_contact += 1
        account_contacts[account_id] = people
        accounts.append({"id": account_id, "name": name,
                         "account_number": f"K-{10000 + i * 37}", "primary_contact": people[0],
                         "email": f"info@{domain}", "website": f"https://www.{domain}",
                         "phone": f"+46 8 555 {i:02d} 00", "created_by": me})
    contact_names = {c["id"]: c["full_name"] for c in contacts}
    account_names = {a["id"]: a["name"] for a in accounts}

    # cases
    prefix = get_setting("case_number_prefix")
    counter = CaseNumberCounter.get_or_none(CaseNumberCounter.prefix == prefix)
    numbers = bulk.case_numbers(prefix, counter.next_value if counter else 1000, n_cases,
                                random.Random(seed + 1), get_setting("case_number_suffix_length"))
    span_days = 180
    offsets = sorted((rng.random() ** 1.6 * span_days for _ in range(n_cases)), reverse=True)
    all_reasons = [(state, reason) for state, (reasons, _) in STATE_REASONS.items()
                   for reason in reasons]
    plan = []  # (state, reason) per case
    for age in offsets:
        p_active = 0.9 if age < 7 else 0.6 if age < 30 else 0.25 if age < 90 else 0.1
        if rng.random() < p_active:
            state = CaseState.ACTIVE
            reason = _weighted(rng, [(StatusReason.IN_PROGRESS, 50), (StatusReason.ON_HOLD, 15),
                                     (StatusReason.WAITING_FOR_DETAILS, 20),
                                     (StatusReason.RESEARCHING, 15)])
        elif rng.random() < 0.8:
            state = CaseState.RESOLVED
            reason = _weighted(rng, [(StatusReason.PROBLEM_SOLVED, 70),
                                     (StatusReason.INFORMATION_PROVIDED, 30)])
        else:
            state = CaseState.CANCELED
            reason = _weighted(rng, [(StatusReason.CANCELED, 60), (StatusReason.MERGED, 40)])
        plan.append([state, reason])
    for k, (state, reason) in enumerate(all_reasons):  # every reason at least once
        if not any(p[1] == reason for p in plan):
            plan[n_cases - 1 - 7 * k if state == CaseState.ACTIVE else 7 * k + 3] = [state, reason]

    case_rows, resolutions, activities, notes = [], [], [], []
    items, audit, connections = [], [], []
    next_resolution, next_activity = ids[CaseResolution], ids[Activity]
    by_account: dict[int, list[int]] = {}
    origins = [(Origin.EMAIL, 40), (Origin.PHONE, 35), (Origin.WEB, 20), (Origin.FACEBOOK, 3),
               (Origin.TWITTER, 2)]
    login_of = {v: k for k, v in by_login.items() if k}
    login_of[me] = session.login
    for i in range(n_cases):
        case_id = ids[Case] + i
        state, reason = plan[i]
        subject, queue_index, case_type, products_of, titles, descriptions, fixes = \
            _SCENARIOS[rng.randrange(len(_SCENARIOS))]
        account_id = ids[Account] + rng.randrange(len(accounts))
        contact_id = rng.choice(account_contacts[account_id])
        as_contact = rng.random() < 0.2  # the customer is the person, not the company
        product_number = rng.choice(products_of) if products_of and rng.random() < 0.8 else None
        fill = {"product": product_names.get(product_number, "skrivaren"),
                "contact": contact_names[contact_id], "account": account_names[account_id],
                "n": rng.randrange(2, 90) if rng.random() < 0.5 else rng.randrange(10000, 99999)}
        title = rng.choice(titles).format(**fill)
        description = rng.choice(descriptions).format(**fill)
        created = now - timedelta(days=offsets[i], minutes=rng.randrange(600))
        if rng.random() < 0.32 or (state == CaseState.ACTIVE and i % 4 == 0):
            owner_user, owner_team = me, None
        elif rng.random() < 0.08:
            owner_user, owner_team = None, team_ids[rng.randrange(len(team_ids))]
        else:
            owner_user, owner_team = rng.choice(agents), None
        worker = owner_user or rng.choice(agents)
        escalated = state == CaseState.ACTIVE and rng.random() < 0.1
        finished = None
        if state != CaseState.ACTIVE:
            finished = min(now - timedelta(hours=1),
                           created + timedelta(hours=2 + rng.random() * 24 * 6))
        master = None
        if reason == StatusReason.MERGED:
            earlier = [c for c in by_account.get(account_id, []) if c != case_id]
            master = earlier[-1] if earlier else (case_id - 1 if i else None)
            if master is None:  # the very first case cannot be merged into anything
                reason = StatusReason.CANCELED
        by_account.setdefault(account_id, []).append(case_id)
        parent = None
        if state == CaseState.ACTIVE and i > 20 and rng.random() < 0.04:
            siblings = [c for c in by_account[account_id][:-1]]
            parent_row = next((r for r in reversed(case_rows) if r["id"] in siblings
                               and r["state"] == CaseState.ACTIVE and r["parent_case"] is None),
                              None)
            parent = parent_row["id"] if parent_row else None
        modified = finished or min(now, created + timedelta(hours=rng.random() * 48))
        customer = account_names[account_id] if not as_contact else contact_names[contact_id]
        case_rows.append({
            "id": case_id, "number": numbers[i], "title": title, "description": description,
            "customer_account": None if as_contact else account_id,
            "customer_contact": contact_id if as_contact else None,
            "customer_sort": sort_key(customer),
            "contact": None if as_contact else contact_id,
            "subject": subject_ids[subject],
            "product": product_ids.get(product_number),
            "origin": int(_weighted(rng, origins)), "case_type": case_type,
            "priority": int(_weighted(rng, [(Priority.HIGH, 20), (Priority.NORMAL, 60),
                                            (Priority.LOW, 20)])),
            "state": int(state), "status_reason": int(reason),
            "owner_user": owner_user, "owner_team": owner_team,
            "parent_case": parent, "master_case": master,
            "is_escalated": escalated,
            "escalated_on": created + timedelta(hours=3) if escalated else None,
            "follow_up_by": (created + timedelta(days=rng.randrange(1, 10))).date()
            if state == CaseState.ACTIVE and rng.random() < 0.35 else None,
            "stage": int(ServiceStage.RESOLVE if finished else
                         ServiceStage.RESEARCH if rng.random() < 0.5 else ServiceStage.IDENTIFY),
            "resolved_on": finished if state == CaseState.RESOLVED else None,
            "created_on": created, "modified_on": modified,
            "created_by": worker, "modified_by": worker,
            "version": 1 if not finished else 3,
        })
        if master:
            connections.append({"case_from": case_id, "case_to": master,
                                "role": int(ConnectionRole.MERGED_INTO), "created_on": finished,
                                "modified_on": finished, "created_by": worker})

        # activities: open ones only on active cases; closed ones carry their duration
        resolution_id = next_resolution if state == CaseState.RESOLVED else None
        unbilled = 0
        for _ in range(_weighted(rng, [(0, 15), (1, 30), (2, 30), (3, 15), (4, 10)])):
            kind = ActivityKind(1 + rng.randrange(4))
            when = min(now - timedelta(minutes=5),
                       created + timedelta(hours=rng.random() * 72))
            if finished and when > finished:
                when = finished - timedelta(minutes=30)
            if state == CaseState.ACTIVE:
                act_state = ActivityState.OPEN if rng.random() < 0.45 else ActivityState.COMPLETED
            elif state == CaseState.CANCELED:
                act_state = (ActivityState.CANCELED if rng.random() < 0.4
                             else ActivityState.COMPLETED)
            else:
                act_state = (ActivityState.COMPLETED if rng.random() < 0.9
                             else ActivityState.CANCELED)
            activities.append(_activity(rng, next_activity, kind, act_state, case_id, worker,
                                        contact_id, account_id, when, now, resolution_id))
            if act_state == ActivityState.COMPLETED:
                unbilled += activities[-1]["duration_minutes"]
            next_activity += 1
        for _ in range(_weighted(rng, [(0, 40), (1, 40), (2, 20)])):
            when = min(now - timedelta(minutes=1), created + timedelta(hours=rng.random() * 96))
            notes.append({"case": case_id, "title": None if rng.random() < 0.6 else "Notering",
                          "text": rng.choice(_NOTES), "created_by": worker,
                          "modified_by": worker, "created_on": when, "modified_on": when})

        if state == CaseState.RESOLVED:
            if rng.random() < 0.05:  # resolved, reactivated, resolved again
                earlier = finished - timedelta(hours=1)
                resolutions.append({
                    "id": next_resolution, "case": case_id,
                    "resolution_type": int(StatusReason.PROBLEM_SOLVED),
                    "resolution": "Första lösningen räckte inte – ärendet återöppnades.",
                    "resolved_by": worker, "resolved_on": earlier,
                    "state": int(ResolutionState.CANCELED), "created_on": earlier,
                    "modified_on": finished, "created_by": worker})
                next_resolution += 1
                for a in activities:
                    if a["billed_by"] == resolution_id:
                        a["billed_by"] = next_resolution
                resolution_id = next_resolution
            billable = -(-unbilled // 15) * 15
            resolutions.append({
                "id": resolution_id, "case": case_id, "resolution_type": int(reason),
                "resolution": rng.choice(fixes), "total_time": unbilled,
                "billable_time": billable, "resolved_by": worker, "resolved_on": finished,
                "state": int(ResolutionState.COMPLETED), "created_on": finished,
                "modified_on": finished, "created_by": worker})
            next_resolution = resolution_id + 1

        # queue item: most active cases sit in a queue; finished ones keep an inactive item
        if state == CaseState.ACTIVE and rng.random() < 0.75 or (finished and rng.random() < 0.5):
            queue = queue_ids[1] if escalated else queue_ids[queue_index]
            items.append({"case": case_id, "queue": queue,
                          "worked_by_user": owner_user if rng.random() < 0.5 else None,
                          "entered_on": created,
                          "state": int(QueueItemState.INACTIVE if finished else
                                       QueueItemState.ACTIVE),
                          "created_on": created, "modified_on": modified, "created_by": worker})

        # audit: the creation, field by field, then the state changes
        created_fields = {"number": numbers[i], "title": title,
                          "customer_account": None if as_contact else account_id,
                          "customer_contact": contact_id if as_contact else None,
                          "priority": case_rows[-1]["priority"], "origin":
                          case_rows[-1]["origin"], "owner_user": owner_user,
                          "owner_team": owner_team, "state": 0, "status_reason": 1}
        for name, value in created_fields.items():
            if value is not None:
                audit.append(_audit(case_id, AuditAction.CREATE, name, None, value, worker,
                                    login_of.get(worker), created))
        if escalated:
            audit.append(_audit(case_id, AuditAction.UPDATE, "is_escalated", 0, 1, worker,
                                login_of.get(worker), created + timedelta(hours=3)))
        if finished:
            audit.append(_audit(case_id, AuditAction.STATE, "state", 0, int(state), worker,
                                login_of.get(worker), finished))
            audit.append(_audit(case_id, AuditAction.STATE, "status_reason", 1, int(reason),
                                worker, login_of.get(worker), finished))
        if reason == StatusReason.MERGED:
            audit.append(_audit(case_id, AuditAction.UPDATE, "master_case", None, master,
                                worker, login_of.get(worker), finished))

    return bulk.BulkData(users=users, teams=teams, accounts=accounts, contacts=contacts,
                         subjects=subjects, products=products, queues=queues,
                         cases=case_rows, case_resolutions=resolutions, activities=activities,
                         notes=notes, connections=connections, queue_items=items, audit=audit)


_OPEN_REASON = {
    ActivityKind.PHONE_CALL: [ActivityStatusReason.PHONE_OPEN],
    ActivityKind.TASK: [ActivityStatusReason.TASK_NOT_STARTED,
                        ActivityStatusReason.TASK_IN_PROGRESS, ActivityStatusReason.TASK_WAITING,
                        ActivityStatusReason.TASK_DEFERRED],
    ActivityKind.EMAIL: [ActivityStatusReason.EMAIL_DRAFT],
    ActivityKind.APPOINTMENT: [ActivityStatusReason.APPT_FREE, ActivityStatusReason.APPT_TENTATIVE,
                               ActivityStatusReason.APPT_BUSY],
}
_CANCELED_REASON = {
    ActivityKind.PHONE_CALL: ActivityStatusReason.PHONE_CANCELED,
    ActivityKind.TASK: ActivityStatusReason.TASK_CANCELED,
    ActivityKind.EMAIL: ActivityStatusReason.EMAIL_CANCELED,
    ActivityKind.APPOINTMENT: ActivityStatusReason.APPT_CANCELED,
}


def _activity(rng, activity_id, kind, state, case_id, owner, contact_id, account_id, when, now,
              resolution_id) -> dict:
    incoming = rng.random() < 0.4
    if state == ActivityState.OPEN:
        reason = rng.choice(_OPEN_REASON[kind])
    elif state == ActivityState.CANCELED:
        reason = _CANCELED_REASON[kind]
    elif kind == ActivityKind.PHONE_CALL:
        reason = (ActivityStatusReason.PHONE_RECEIVED if incoming
                  else ActivityStatusReason.PHONE_MADE)
    elif kind == ActivityKind.EMAIL:
        reason = (ActivityStatusReason.EMAIL_RECEIVED if incoming
                  else ActivityStatusReason.EMAIL_SENT)
    elif kind == ActivityKind.TASK:
        reason = ActivityStatusReason.TASK_COMPLETED
    else:
        reason = ActivityStatusReason.APPT_COMPLETED
    done = state == ActivityState.COMPLETED
    minutes = {ActivityKind.PHONE_CALL: (5, 45), ActivityKind.TASK: (15, 120),
               ActivityKind.EMAIL: (5, 20), ActivityKind.APPOINTMENT: (30, 180)}[kind]
    duration = rng.randrange(*minutes) if done else 0
    due = when + timedelta(days=rng.randrange(-2, 6)) if not done else when
    start = due if kind == ActivityKind.APPOINTMENT else None
    row = {
        "id": activity_id, "kind": int(kind), "subject": rng.choice(_ACTIVITY_SUBJECTS[kind]),
        "description": rng.choice(_ACTIVITY_TEXT), "regarding_case": case_id,
        "owner_user": owner, "priority": int(Priority.NORMAL), "scheduled_start": start,
        "scheduled_end": (start + timedelta(hours=1)) if start else due,
        "duration_minutes": duration, "billed": bool(done and resolution_id),
        "billed_by": resolution_id if done else None,
        "state": int(state), "status_reason": int(reason),
        "closed_on": None if state == ActivityState.OPEN else min(now, when + timedelta(hours=1)),
        "direction": int(Direction.INCOMING if incoming else Direction.OUTGOING),
        "phone_number": None, "call_with_contact": None, "call_with_account": None,
        "left_voice_mail": False, "sender": None, "to_recipients": None, "location": None,
        "created_on": when, "modified_on": when, "created_by": owner, "modified_by": owner,
    }
    if kind == ActivityKind.PHONE_CALL:
        row.update(phone_number=f"+46 70 555 {activity_id % 100:02d} {activity_id % 97:02d}",
                   call_with_contact=contact_id, call_with_account=account_id,
                   left_voice_mail=not done and rng.random() < 0.3)
    elif kind == ActivityKind.EMAIL:
        row.update(sender="support@casedesk.example" if not incoming else "kund@example.com",
                   to_recipients="kund@example.com" if not incoming else "support@casedesk.example")
    elif kind == ActivityKind.APPOINTMENT:
        row.update(location=random.Random(activity_id).choice(
            ["Hos kunden", "Teams", "Kontoret, rum Åland", "Remote"]))
    return row


def _audit(case_id, action, name, old, new, user_id, login, when) -> dict:
    return {"entity": "incident", "record_id": case_id, "action": int(action), "field": name,
            "old_value": None if old is None else str(old),
            "new_value": None if new is None else str(new), "user_id": user_id,
            "login": login, "changed_on": when}
