"""Activities, notes and the case timeline (issue 4, SPEC §1.3, §4.3): every rule of the four
kinds, Complete/Cancel with the kinds' reasons, Save & Complete, notes with files, .eml
import, the timeline and the three keyset-paged activity lists."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from casedesk.controllers import admin, events
from casedesk.controllers.activities import (
    ACTIVITY_SORTS,
    MAX_ATTACHMENT,
    MAX_DURATION,
    ActivityFields,
    ActivityQuery,
    ActivityView,
    cancel_activity,
    case_timeline,
    clean_addresses,
    complete_activity,
    count_activities,
    create_activity,
    create_note,
    default_fields,
    get_activity,
    get_note,
    import_eml,
    list_activities,
    note_file,
    save_and_complete,
    status_reasons,
    update_activity,
    update_note,
)
from casedesk.controllers.cases import NewCase, create_case
from casedesk.controllers.errors import ConflictError, NotFound, RuleViolation, ValidationError
from casedesk.models import Account, Activity, AppUser, Case, CaseResolution, Contact, Note, Team
from casedesk.models import utcnow as now
from casedesk.models.options import (
    ActivityKind,
    ActivityState,
    CaseState,
    Direction,
    Priority,
    ResolutionState,
    StatusReason,
)
from casedesk.models.options import ActivityStatusReason as R

EML = Path(__file__).parents[1] / "fixtures" / "eml"
PHONE, TASK, EMAIL, APPT = (int(k) for k in ActivityKind)
OPEN, COMPLETED, CANCELED = (int(s) for s in ActivityState)


@pytest.fixture
def acme(session):
    return Account.create(name="Havstål AB", phone="+46 8 123 45", email="info@havstal.se")


@pytest.fixture
def anna(acme):
    return Contact.create(first_name="Anna", last_name="Berg", parent_account=acme,
                          business_phone="+46 70 111 22", email="anna@havstal.se")


@pytest.fixture
def case_id(session, acme, anna):
    return create_case(session, NewCase(title="Skrivaren skriver inte ut",
                                        customer_account_id=acme.id, contact_id=anna.id))


@pytest.fixture
def seen(session):
    """ACTIVITIES_CHANGED payloads published on the session's bus."""
    got = []
    session.events.subscribe(events.ACTIVITIES_CHANGED, lambda **kw: got.append(kw))
    return got


def _fields(kind=TASK, case=None, **kw) -> ActivityFields:
    return ActivityFields(kind=kind, subject=kw.pop("subject", "Ring tillbaka"),
                          regarding_case_id=case, **kw)


def _state():
    """What a refused command must leave unchanged."""
    return ([(a.id, a.version, a.state, a.status_reason, a.subject, a.duration_minutes)
             for a in Activity.select().order_by(Activity.id)],
            [(n.id, n.version, n.text) for n in Note.select(Note.id, Note.version, Note.text)
             .order_by(Note.id)])


def _refused(call, field, code, seen=None):
    before = _state()
    with pytest.raises(ValidationError) as info:
        call()
    assert (info.value.field, info.value.code) == (field, code)
    assert _state() == before
    if seen is not None:
        assert seen == []
    return info.value


# -- status reasons and defaults ---------------------------------------------------------------


def test_status_reasons_per_kind():
    phone = status_reasons(PHONE)
    assert phone.open == (R.PHONE_OPEN,) and phone.canceled == (R.PHONE_CANCELED,)
    assert set(phone.completed) == {R.PHONE_MADE, R.PHONE_RECEIVED}
    assert phone.default_completed == R.PHONE_MADE
    task = status_reasons(TASK)
    assert task.open == (R.TASK_NOT_STARTED, R.TASK_IN_PROGRESS, R.TASK_WAITING,
                         R.TASK_DEFERRED)
    assert task.default_open == R.TASK_NOT_STARTED and task.completed == (R.TASK_COMPLETED,)
    mail = status_reasons(EMAIL)
    assert mail.open == (R.EMAIL_DRAFT,) and set(mail.completed) == {R.EMAIL_SENT,
                                                                     R.EMAIL_RECEIVED}
    appt = status_reasons(APPT)
    assert set(appt.open) == {R.APPT_FREE, R.APPT_TENTATIVE, R.APPT_BUSY}
    assert appt.completed == (R.APPT_COMPLETED,) and appt.canceled == (R.APPT_CANCELED,)
    with pytest.raises(ValidationError):
        status_reasons(9)


def test_default_fields_prefill_from_the_case(session, case_id, anna):
    call = default_fields(PHONE, case_id, session)
    assert call.owner_user_id == session.user_id and call.regarding_case_id == case_id
    assert call.call_with_contact_id == anna.id and call.call_with_account_id is None
    assert call.phone_number == "+46 70 111 22" and call.direction == int(Direction.OUTGOING)
    assert call.status_reason == R.PHONE_OPEN
    mail = default_fields(EMAIL, case_id, session)
    assert mail.to_recipients == "Anna Berg <anna@havstal.se>"
    assert mail.direction == int(Direction.OUTGOING)
    appt = default_fields(APPT, case_id, session)
    assert appt.scheduled_start > now() and appt.scheduled_start.minute == 0
    assert appt.scheduled_start - now() <= timedelta(hours=1)
    assert appt.scheduled_end - appt.scheduled_start == timedelta(hours=1)
    assert default_fields(TASK, None, session).regarding_case_id is None
    with pytest.raises(NotFound):
        default_fields(TASK, 999_999, session)


def test_default_call_without_a_contact_is_with_the_account(session, acme):
    case = create_case(session, NewCase(title="Utan kontakt", customer_account_id=acme.id))
    call = default_fields(PHONE, case, session)
    assert call.call_with_account_id == acme.id and call.call_with_contact_id is None
    assert call.phone_number == "+46 8 123 45"
    AppUser.update(email="asa@casedesk.example").where(
        AppUser.id == session.user_id).execute()
    mail = default_fields(EMAIL, case, session)
    assert mail.sender == "Åsa Öberg <asa@casedesk.example>"
    assert mail.to_recipients == "Havstål AB <info@havstal.se>"


# -- creating the four kinds ---------------------------------------------------------------------


def test_create_each_kind_and_read_it_back(session, case_id, anna, seen):
    due = datetime(2030, 5, 1, 12, 0)
    call = create_activity(session, _fields(
        PHONE, case_id, subject="Samtal om skrivaren", direction=int(Direction.INCOMING),
        phone_number="+46 70 111 22", call_with_contact_id=anna.id, left_voice_mail=True,
        scheduled_end=due, duration_minutes=15, priority=int(Priority.HIGH)))
    task = create_activity(session, _fields(TASK, case_id, status_reason=R.TASK_IN_PROGRESS,
                                            description="Rad ett\nRad två"))
    mail = create_activity(session, _fields(
        EMAIL, case_id, sender="Åsa Öberg <asa@casedesk.example>",
        to_recipients='"Berg, Anna" <anna@havstal.se>, per@havstal.se',
        cc_recipients="lena@havstal.se;"))
    appt = create_activity(session, _fields(
        APPT, case_id, location="Hos kunden, Örebro", scheduled_start=due,
        scheduled_end=due + timedelta(hours=2), all_day=False, phone_number="ignored"))
    assert seen == [{"case_ids": [case_id], "ids": [i]} for i in (call, task, mail, appt)]

    r = get_activity(call)
    assert (r.version, r.state, r.status_reason, r.read_only) == (1, OPEN, R.PHONE_OPEN, False)
    assert r.fields.direction == int(Direction.INCOMING) and r.fields.left_voice_mail
    assert r.call_with_name == "Anna Berg" and r.owner_name == "Åsa Öberg"
    assert r.case_number.startswith("CAS-") and r.case_title == "Skrivaren skriver inte ut"
    assert r.case_state == int(CaseState.ACTIVE) and r.created_by == "Åsa Öberg"
    assert r.fields.scheduled_end == due and r.fields.duration_minutes == 15
    assert r.fields.priority == int(Priority.HIGH) and r.closed_on is None
    assert get_activity(task).fields.description == "Rad ett\nRad två"
    assert get_activity(task).status_reason == R.TASK_IN_PROGRESS
    m = get_activity(mail).fields
    assert m.to_recipients == '"Berg, Anna" <anna@havstal.se>; per@havstal.se'
    assert m.cc_recipients == "lena@havstal.se" and m.status_reason == R.EMAIL_DRAFT
    a = get_activity(appt)
    assert a.fields.location == "Hos kunden, Örebro" and a.status_reason == R.APPT_BUSY
    assert a.fields.phone_number is None  # another kind's field is not kept
    with pytest.raises(NotFound):
        get_activity(999_999)


def test_owner_defaults_to_me_and_may_be_a_team(session, case_id):
    team = Team.create(name="Nätverk")
    mine = create_activity(session, _fields(case=case_id))
    theirs = create_activity(session, _fields(case=case_id, owner_team_id=team.id))
    assert get_activity(mine).fields.owner_user_id == session.user_id
    r = get_activity(theirs)
    assert r.fields.owner_user_id is None and r.owner_name == "Nätverk"


def test_an_activity_needs_no_case(session):
    activity_id = create_activity(session, _fields())
    assert get_activity(activity_id).case_id is None


@pytest.mark.parametrize("change, field, code", [
    ({"subject": ""}, "subject", "required"),
    ({"subject": "   "}, "subject", "required"),
    ({"subject": "x" * 201}, "subject", "too_long"),
    ({"subject": "Hej\x07då"}, "subject", "control_chars"),
    ({"subject": "Rad\nbryt"}, "subject", "control_chars"),
    ({"description": "x" * 100_001}, "description", "too_long"),
    ({"description": "nul\x00"}, "description", "control_chars"),
    ({"duration_minutes": -1}, "duration_minutes", "invalid"),
    ({"duration_minutes": MAX_DURATION + 1}, "duration_minutes", "invalid"),
    ({"duration_minutes": 1.5}, "duration_minutes", "invalid"),
    ({"duration_minutes": "5"}, "duration_minutes", "invalid"),
    ({"duration_minutes": True}, "duration_minutes", "invalid"),
    ({"duration_minutes": None}, "duration_minutes", "invalid"),
    ({"scheduled_start": datetime(2030, 1, 2), "scheduled_end": datetime(2030, 1, 1)},
     "scheduled_end", "before_start"),
    ({"status_reason": int(R.PHONE_OPEN)}, "status_reason", "invalid"),  # another kind's
    ({"status_reason": int(R.TASK_COMPLETED)}, "status_reason", "invalid"),  # not open
    ({"status_reason": 999}, "status_reason", "invalid"),
    ({"priority": 9}, "priority", "invalid"),
    ({"kind": 9}, "kind", "invalid"),
    ({"owner_user_id": 999_999}, "owner", "not_found"),
    ({"owner_team_id": 999_999}, "owner", "not_found"),
    ({"regarding_case_id": 999_999}, "regarding_case", "not_found"),
])
def test_bad_input_is_refused_and_nothing_is_written(session, case_id, seen, change, field,
                                                     code):
    values = {"regarding_case_id": case_id, **change}
    kind, subject = values.pop("kind", TASK), values.pop("subject", "Ring tillbaka")
    fields = ActivityFields(kind=kind, subject=subject, **values)
    _refused(lambda: create_activity(session, fields), field, code, seen)


def test_boundaries_are_accepted(session, case_id):
    when = datetime(2030, 1, 1, 10, 0)
    activity_id = create_activity(session, _fields(
        APPT, case_id, subject="x" * 200, duration_minutes=MAX_DURATION,
        description="y" * 100_000, location="z" * 200, scheduled_start=when,
        scheduled_end=when))  # zero length: end not before start
    r = get_activity(activity_id)
    assert len(r.fields.subject) == 200 and r.fields.duration_minutes == MAX_DURATION
    assert create_activity(session, _fields(duration_minutes=0))


def test_an_inactive_owner_and_two_owners_are_refused(session, case_id):
    other = admin.create_user(session, "Björn Sjöberg", "bjorn")
    AppUser.update(active=False).where(AppUser.id == other.id).execute()
    team = Team.create(name="Kassa")
    _refused(lambda: create_activity(session, _fields(case=case_id, owner_user_id=other.id)),
             "owner", "not_found")
    _refused(lambda: create_activity(session, _fields(case=case_id,
                                                      owner_user_id=session.user_id,
                                                      owner_team_id=team.id)),
             "owner", "invalid")


def test_call_with_must_exist_and_be_one(session, case_id, acme, anna):
    _refused(lambda: create_activity(session, _fields(PHONE, case_id,
                                                      call_with_contact_id=999_999)),
             "call_with", "not_found")
    _refused(lambda: create_activity(session, _fields(PHONE, case_id,
                                                      call_with_account_id=999_999)),
             "call_with", "not_found")
    _refused(lambda: create_activity(session, _fields(PHONE, case_id,
                                                      call_with_account_id=acme.id,
                                                      call_with_contact_id=anna.id)),
             "call_with", "invalid")
    call = create_activity(session, _fields(PHONE, case_id, call_with_account_id=acme.id))
    assert get_activity(call).call_with_name == "Havstål AB"


def test_location_is_bounded(session):
    _refused(lambda: create_activity(session, _fields(APPT, location="x" * 201)),
             "location", "too_long")


@pytest.mark.parametrize("field", ["sender", "to_recipients", "cc_recipients"])
@pytest.mark.parametrize("value", ["inte en adress", "anna@havstal", "@havstal.se",
                                   "Anna <anna@havstal.se", "a@b.se; Per per@x.se",
                                   "Anna <>", "anna@hav stal.se"])
def test_invalid_e_mail_addresses_are_refused(session, field, value):
    error = _refused(lambda: create_activity(session, _fields(EMAIL, **{field: value})),
                     field, "invalid")
    assert error.params["value"]


def test_address_lists_accept_names_and_both_separators():
    assert clean_addresses("to_recipients", ' Anna Berg <anna@havstal.se> ,per@x.se;'
                           '"Sjöberg; Björn" <bjorn@x.se>', max_length=500) == (
        'Anna Berg <anna@havstal.se>; per@x.se; "Sjöberg; Björn" <bjorn@x.se>')
    assert clean_addresses("to_recipients", "Åsa <åsa@exempel.se>", max_length=500)
    assert clean_addresses("to_recipients", " ; ", max_length=500) is None
    assert clean_addresses("to_recipients", None, max_length=500) is None


# -- editing ---------------------------------------------------------------------------------------


def test_update_saves_a_new_version_and_detects_conflicts(session, case_id, seen):
    activity_id = create_activity(session, _fields(TASK, case_id))
    fields = get_activity(activity_id).fields
    fields.subject = "Beställ reservdel"
    fields.status_reason = int(R.TASK_WAITING)
    assert update_activity(session, activity_id, fields, expected_version=1) == 2
    r = get_activity(activity_id)
    assert (r.fields.subject, r.status_reason, r.version) == ("Beställ reservdel",
                                                              R.TASK_WAITING, 2)
    assert seen[-1] == {"case_ids": [case_id], "ids": [activity_id]}
    assert update_activity(session, activity_id, r.fields, expected_version=2) == 2  # no change
    fields.subject = "Någon annans ändring"
    with pytest.raises(ConflictError) as info:
        update_activity(session, activity_id, fields, expected_version=1)
    assert info.value.theirs.fields.subject == "Beställ reservdel"
    assert get_activity(activity_id).version == 2
    fields.kind = PHONE
    fields.status_reason = None
    _refused(lambda: update_activity(session, activity_id, fields, 2), "kind", "invalid")
    with pytest.raises(NotFound):
        update_activity(session, 999_999, fields, 1)


def test_an_owner_deactivated_since_does_not_block_other_edits(session, case_id):
    other = admin.create_user(session, "Björn Sjöberg", "bjorn")
    activity_id = create_activity(session, _fields(case=case_id, owner_user_id=other.id))
    AppUser.update(active=False).where(AppUser.id == other.id).execute()
    fields = get_activity(activity_id).fields
    fields.subject = "Nytt ämne"
    assert update_activity(session, activity_id, fields, 1) == 2


def test_validation_applies_on_update(session, case_id):
    activity_id = create_activity(session, _fields(APPT, case_id))
    fields = get_activity(activity_id).fields
    fields.scheduled_start, fields.scheduled_end = datetime(2030, 1, 2), datetime(2030, 1, 1)
    _refused(lambda: update_activity(session, activity_id, fields, 1), "scheduled_end",
             "before_start")


@pytest.mark.parametrize("close", ["complete", "cancel"])
def test_a_closed_activity_cannot_be_edited(session, case_id, close):
    activity_id = create_activity(session, _fields(TASK, case_id))
    if close == "complete":
        complete_activity(session, activity_id)
    else:
        cancel_activity(session, activity_id)
    record = get_activity(activity_id)
    assert record.read_only
    fields = record.fields
    fields.subject = "Ändrad"
    before = _state()
    with pytest.raises(RuleViolation) as info:
        update_activity(session, activity_id, fields, record.version)
    assert info.value.code == "activity_closed"
    for again in (lambda: complete_activity(session, activity_id),
                  lambda: cancel_activity(session, activity_id),
                  lambda: save_and_complete(session, fields, activity_id=activity_id,
                                            expected_version=record.version)):
        with pytest.raises(RuleViolation):
            again()
    assert _state() == before


# -- complete and cancel ------------------------------------------------------------------------


@pytest.mark.parametrize("kind, direction, default", [
    (PHONE, Direction.OUTGOING, R.PHONE_MADE), (PHONE, Direction.INCOMING, R.PHONE_RECEIVED),
    (EMAIL, Direction.OUTGOING, R.EMAIL_SENT), (EMAIL, Direction.INCOMING, R.EMAIL_RECEIVED),
    (TASK, Direction.OUTGOING, R.TASK_COMPLETED), (APPT, Direction.OUTGOING, R.APPT_COMPLETED),
])
def test_complete_defaults_to_the_kinds_reason(session, case_id, seen, kind, direction,
                                               default):
    activity_id = create_activity(session, _fields(kind, case_id, direction=int(direction),
                                                   duration_minutes=20))
    before = now()
    complete_activity(session, activity_id)
    r = get_activity(activity_id)
    assert (r.state, r.status_reason, r.version) == (COMPLETED, default, 2)
    assert before <= r.closed_on <= now() and r.fields.duration_minutes == 20
    assert not r.billed
    assert seen[-1] == {"case_ids": [case_id], "ids": [activity_id]}


@pytest.mark.parametrize("kind", [PHONE, TASK, EMAIL, APPT])
def test_complete_and_cancel_take_each_reason_of_the_kind(session, case_id, kind):
    choices = status_reasons(kind)
    for reason in choices.completed:
        activity_id = create_activity(session, _fields(kind, case_id))
        complete_activity(session, activity_id, status_reason=reason, duration_minutes=45)
        r = get_activity(activity_id)
        assert (r.state, r.status_reason, r.fields.duration_minutes) == (COMPLETED, reason, 45)
    for reason in choices.canceled:
        activity_id = create_activity(session, _fields(kind, case_id))
        cancel_activity(session, activity_id, status_reason=reason)
        r = get_activity(activity_id)
        assert (r.state, r.status_reason) == (CANCELED, reason) and r.closed_on is not None
    activity_id = create_activity(session, _fields(kind, case_id))
    cancel_activity(session, activity_id)
    assert get_activity(activity_id).status_reason == choices.default_canceled


def test_complete_and_cancel_refuse_a_reason_of_another_state_or_kind(session, case_id):
    activity_id = create_activity(session, _fields(PHONE, case_id))
    for reason in (R.PHONE_CANCELED, R.PHONE_OPEN, R.TASK_COMPLETED):
        _refused(lambda r=reason: complete_activity(session, activity_id, status_reason=r),
                 "status_reason", "invalid")
    for reason in (R.PHONE_MADE, R.TASK_CANCELED):
        _refused(lambda r=reason: cancel_activity(session, activity_id, status_reason=r),
                 "status_reason", "invalid")
    for bad in (-1, MAX_DURATION + 1, 2.5):
        _refused(lambda b=bad: complete_activity(session, activity_id, duration_minutes=b),
                 "duration_minutes", "invalid")
    with pytest.raises(NotFound):
        complete_activity(session, 999_999)


# -- save & complete -------------------------------------------------------------------------------


def test_save_and_complete_logs_a_call_in_one_step(session, case_id, anna, seen):
    fields = default_fields(PHONE, case_id, session)
    fields.subject, fields.duration_minutes = "Kunden ringde", 12
    fields.direction = int(Direction.INCOMING)
    activity_id = save_and_complete(session, fields)
    r = get_activity(activity_id)
    assert (r.state, r.status_reason, r.fields.duration_minutes) == (COMPLETED,
                                                                     R.PHONE_RECEIVED, 12)
    assert r.fields.call_with_contact_id == anna.id and r.closed_on is not None
    assert seen == [{"case_ids": [case_id], "ids": [activity_id]}]


def test_save_and_complete_updates_then_completes(session, case_id):
    activity_id = create_activity(session, _fields(PHONE, case_id))
    fields = get_activity(activity_id).fields
    fields.subject, fields.duration_minutes = "Samtalet klart", 7
    assert save_and_complete(session, fields, activity_id=activity_id, expected_version=1,
                             status_reason=R.PHONE_MADE) == activity_id
    r = get_activity(activity_id)
    assert (r.fields.subject, r.state, r.status_reason, r.fields.duration_minutes) == (
        "Samtalet klart", COMPLETED, R.PHONE_MADE, 7)
    other = create_activity(session, _fields(PHONE, case_id))
    stale = get_activity(other).fields
    stale.subject = "x"
    update_activity(session, other, stale, 1)
    stale.subject = "y"
    before = _state()
    with pytest.raises(ConflictError):
        save_and_complete(session, stale, activity_id=other, expected_version=1)
    assert _state() == before


def test_save_and_complete_failing_leaves_nothing(session, case_id, seen):
    fields = _fields(PHONE, case_id, subject="Samtal")
    # the insert succeeds, the completion is refused: the insert is rolled back too
    _refused(lambda: save_and_complete(session, fields, status_reason=R.TASK_COMPLETED),
             "status_reason", "invalid", seen)
    activity_id = create_activity(session, fields)
    seen.clear()
    changed = get_activity(activity_id).fields
    changed.subject = "Ändrat men inte sparat"
    _refused(lambda: save_and_complete(session, changed, activity_id=activity_id,
                                       expected_version=1, status_reason=R.PHONE_CANCELED),
             "status_reason", "invalid", seen)
    assert get_activity(activity_id).fields.subject == "Samtal"


# -- resolved and canceled cases ------------------------------------------------------------------


@pytest.mark.parametrize("state", [CaseState.RESOLVED, CaseState.CANCELED])
def test_activities_and_notes_on_closed_cases(session, case_id, state):
    open_before = create_activity(session, _fields(TASK, case_id))
    Case.update(state=int(state)).where(Case.id == case_id).execute()
    activity_id = create_activity(session, _fields(PHONE, case_id))
    assert get_activity(activity_id).case_state == int(state)
    assert create_note(session, case_id, "Efter stängning")
    fields = get_activity(open_before).fields
    fields.subject = "Ändrad efteråt"
    assert update_activity(session, open_before, fields, 1) == 2  # open: still editable
    complete_activity(session, activity_id)
    fields = get_activity(activity_id).fields
    fields.subject = "Efter avslut"
    with pytest.raises(RuleViolation):
        update_activity(session, activity_id, fields, 2)
    assert not get_activity(activity_id).billed


# -- notes -----------------------------------------------------------------------------------------


def test_notes_with_and_without_files(session, case_id, seen):
    text_only = create_note(session, case_id, "  Kunden återkommer på måndag. \r\nRad två ")
    n = get_note(text_only)
    assert (n.text, n.title, n.file_name, n.file_size) == (
        "Kunden återkommer på måndag. \nRad två", None, None, 0)
    assert n.created_by == "Åsa Öberg" and n.case_id == case_id and not n.has_file
    with pytest.raises(NotFound):
        note_file(text_only)
    data = bytes(range(256)) * 10
    with_file = create_note(session, case_id, None, title="Logg",
                            file_name="C:\\Users\\asa\\fel logg ÅÄÖ.bin", file_data=data,
                            mime_type="application/octet-stream")
    n = get_note(with_file)
    assert (n.file_name, n.mime_type, n.file_size, n.title) == (
        "fel logg ÅÄÖ.bin", "application/octet-stream", 2560, "Logg")
    assert note_file(with_file) == ("fel logg ÅÄÖ.bin", "application/octet-stream", data)
    empty_file = create_note(session, case_id, "Tom fil", file_name="tom.txt", file_data=b"",
                             mime_type="not a type")
    assert note_file(empty_file) == ("tom.txt", None, b"")
    assert seen == [{"case_ids": [case_id], "ids": [i]}
                    for i in (text_only, with_file, empty_file)]


def test_a_note_needs_text_or_a_file(session, case_id):
    _refused(lambda: create_note(session, case_id, "  "), "text", "required")
    _refused(lambda: create_note(session, case_id, None, title="Bara rubrik"), "text",
             "required")
    _refused(lambda: create_note(session, case_id, "x" * 100_001), "text", "too_long")
    _refused(lambda: create_note(session, case_id, "ok", title="x" * 201), "title", "too_long")
    with pytest.raises(NotFound):
        create_note(session, 999_999, "Inget ärende")


def test_an_attachment_over_25_mb_is_refused_and_nothing_written(session, case_id, seen):
    error = _refused(lambda: create_note(session, case_id, "Stor", file_name="stor.bin",
                                         file_data=b"\0" * (MAX_ATTACHMENT + 1)),
                     "file", "too_large", seen)
    assert error.params["max_mb"] == 25 and error.params["size_mb"] == 25.0
    note_id = create_note(session, case_id, None, file_name="precis.bin",
                          file_data=b"\1" * MAX_ATTACHMENT)
    assert get_note(note_id).file_size == MAX_ATTACHMENT


def test_update_note(session, case_id, seen):
    note_id = create_note(session, case_id, "Första")
    assert update_note(session, note_id, "Andra", title="Rubrik", expected_version=1) == 2
    n = get_note(note_id)
    assert (n.text, n.title, n.version) == ("Andra", "Rubrik", 2)
    assert update_note(session, note_id, "Andra", title="Rubrik", expected_version=2) == 2
    with pytest.raises(ConflictError) as info:
        update_note(session, note_id, "Tredje", title=None, expected_version=1)
    assert info.value.theirs.text == "Andra"
    _refused(lambda: update_note(session, note_id, "", title=None, expected_version=2),
             "text", "required")
    file_note = create_note(session, case_id, "Med fil", file_name="a.txt", file_data=b"a")
    assert update_note(session, file_note, None, title=None, expected_version=1) == 2
    assert note_file(file_note)[2] == b"a"
    with pytest.raises(NotFound):
        update_note(session, 999_999, "x", title=None, expected_version=1)
    assert len(seen) == 4  # two creates, two saves that changed something


# -- .eml import ---------------------------------------------------------------------------------


def test_import_a_plain_swedish_mail(session, case_id, seen):
    result = import_eml(session, case_id, (EML / "plain_swedish.eml").read_bytes())
    assert result.note_ids == ()
    assert result.subject == "Skrivaren på plan två skriver ut tomma sidor – ÅÄÖ"
    r = get_activity(result.activity_id)
    f = r.fields
    assert (f.kind, r.state, r.status_reason, f.direction) == (
        EMAIL, COMPLETED, R.EMAIL_RECEIVED, int(Direction.INCOMING))
    assert f.subject == result.subject
    assert f.sender == "Anna Björk <anna.bjork@havstal.se>"
    assert f.to_recipients == "Support <support@casedesk.example>"
    assert f.cc_recipients == '"Berg, Per" <per.berg@havstal.se>; lena@havstal.se'
    assert f.scheduled_end == datetime(2025, 1, 14, 8, 30) == r.closed_on  # UTC
    assert f.description.startswith("Hej!\n\nSkrivaren på plan två matar ut tomma sidor")
    assert "Åsa, Örjan och Ärla är berörda." in f.description
    assert r.message_id == "<20250114093000.1@havstal.se>" and not r.billed
    assert f.owner_user_id == session.user_id and r.case_id == case_id
    assert seen == [{"case_ids": [case_id], "ids": [result.activity_id]}]


def test_import_a_multipart_html_mail_with_two_attachments(session, case_id, seen):
    AppUser.update(email="Support@casedesk.example").where(
        AppUser.id == session.user_id).execute()
    result = import_eml(session, case_id,
                        (EML / "multipart_html_attachments.eml").read_bytes())
    r = get_activity(result.activity_id)
    assert (r.fields.direction, r.status_reason) == (int(Direction.OUTGOING), R.EMAIL_SENT)
    assert r.fields.sender == "Support <support@casedesk.example>"
    assert r.fields.to_recipients == ('"Björk, Anna" <anna.bjork@havstal.se>; '
                                      "per.berg@havstal.se")
    assert r.fields.description == ("Hej Anna,\n\nVi har bytt tonerkassetten. Fungerar det "
                                    "nu? Återkom gärna.\n\nBilagor: protokoll & logg")
    assert r.fields.scheduled_end == datetime(2025, 1, 15, 16, 5, 12)
    assert len(result.note_ids) == 2
    pdf_name, pdf_mime, pdf = note_file(result.note_ids[0])
    assert (pdf_name, pdf_mime) == ("protokoll.pdf", "application/pdf")
    assert pdf.startswith(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3") and pdf.endswith(bytes(range(256)))
    log_name, log_mime, log = note_file(result.note_ids[1])
    assert (log_name, log_mime) == ("felrättning ÅÄÖ.txt", "text/plain")
    assert log.decode("utf-8") == "Fel 42 på rad 7\nÅterförsök misslyckades\n"
    assert get_note(result.note_ids[1]).case_id == case_id
    assert seen == [{"case_ids": [case_id], "ids": [result.activity_id, *result.note_ids]}]


def test_import_decodes_an_rfc_2047_subject(session, case_id):
    result = import_eml(session, case_id, (EML / "encoded_subject.eml").read_bytes())
    assert result.subject == "Fråga om fakturan – ändrat förfallodatum"
    f = get_activity(result.activity_id).fields
    assert f.sender == "Åke Östberg <ake@ostberg.se>"
    assert f.description == "Varför har förfallodagen ändrats?"
    assert f.scheduled_end == datetime(2025, 1, 16, 13, 0)


def _nul_free_garbage() -> bytes:
    return bytes(b for b in random.Random(7).randbytes(3000) if b)


@pytest.mark.parametrize("data", [
    (EML / "random_bytes.eml").read_bytes(), (EML / "empty.eml").read_bytes(),
    (EML / "garbage_headers.eml").read_bytes(), _nul_free_garbage(), b"   \r\n\r\n ",
], ids=["random", "empty", "garbage-headers", "nul-free-garbage", "blank"])
def test_a_malformed_file_is_refused_and_nothing_written(session, case_id, seen, data):
    _refused(lambda: import_eml(session, case_id, data), "file", "malformed", seen)


def test_a_mail_without_subject_gets_one(session, case_id):
    result = import_eml(session, case_id, b"From: a@b.se\r\n\r\nBara text\r\n")
    assert result.subject == "(no subject)"
    r = get_activity(result.activity_id)
    assert r.fields.description == "Bara text" and r.fields.scheduled_end is not None


def test_an_oversized_attachment_refuses_the_whole_mail(session, case_id, seen):
    message = EmailMessage()
    message["From"], message["Subject"] = "anna@havstal.se", "Stor bilaga"
    message.set_content("Se bilagorna.")
    message.add_attachment(b"small", maintype="text", subtype="plain", filename="liten.txt")
    message.add_attachment(b"\0" * (MAX_ATTACHMENT + 1), maintype="application",
                           subtype="octet-stream", filename="stor.bin")
    _refused(lambda: import_eml(session, case_id, message.as_bytes()), "file", "too_large",
             seen)
    with pytest.raises(NotFound):
        import_eml(session, 999_999, (EML / "plain_swedish.eml").read_bytes())
    assert _state() == ([], [])


# -- the timeline --------------------------------------------------------------------------------


def _at(model, record_id, when, column="created_on"):
    model.update(**{column: when}).where(model.id == record_id).execute()


def test_timeline_newest_first_with_filters(session, case_id):
    t0 = now() - timedelta(days=10)
    past, future = now() - timedelta(days=1), now() + timedelta(days=3)
    call = create_activity(session, _fields(PHONE, case_id, subject="Samtal",
                                            scheduled_end=past, duration_minutes=5))
    task = create_activity(session, _fields(TASK, case_id, subject="Uppgift",
                                            scheduled_end=future))
    mail = create_activity(session, _fields(EMAIL, case_id, subject="Mejl", scheduled_end=past))
    appt = create_activity(session, _fields(APPT, case_id, subject="Möte"))
    complete_activity(session, mail, duration_minutes=9)
    note = create_note(session, case_id, "En lång anteckning " * 20)
    file_note = create_note(session, case_id, None, title="Skärmbild", file_name="a.png",
                            file_data=b"png")
    resolution = CaseResolution.create(case=case_id, resolution_type=int(
        StatusReason.PROBLEM_SOLVED), resolution="Bytte toner.\nKlart.", total_time=30,
        resolved_by=session.user_id, resolved_on=t0 + timedelta(days=7),
        state=int(ResolutionState.COMPLETED))
    for i, (model, record_id) in enumerate([(Activity, call), (Note, note), (Activity, task),
                                            (Activity, mail), (Note, file_note),
                                            (Activity, appt)]):
        _at(model, record_id, t0 + timedelta(days=i))
    create_activity(session, _fields(TASK, None, subject="Annat ärende"))

    entries = case_timeline(case_id)
    assert [(e.kind, e.id) for e in entries] == [
        ("resolution", resolution.id), ("activity", appt), ("note", file_note),
        ("activity", mail), ("activity", task), ("note", note), ("activity", call)]
    by_id = {(e.kind, e.id): e for e in entries}
    c = by_id[("activity", call)]
    assert (c.activity_kind, c.subject, c.who, c.state, c.status_reason, c.duration_minutes,
            c.overdue, c.due) == (PHONE, "Samtal", "Åsa Öberg", OPEN, R.PHONE_OPEN, 5, True,
                                  past)
    assert not by_id[("activity", task)].overdue and not by_id[("activity", mail)].overdue
    m = by_id[("activity", mail)]
    assert (m.state, m.status_reason, m.duration_minutes) == (COMPLETED, R.EMAIL_SENT, 9)
    n = by_id[("note", note)]
    assert n.subject.startswith("En lång anteckning") and n.subject.endswith("…")
    assert len(n.subject) == 100 and n.who == "Åsa Öberg" and not n.has_file
    assert by_id[("note", file_note)].subject == "Skärmbild" and by_id[("note",
                                                                         file_note)].has_file
    r = by_id[("resolution", resolution.id)]
    assert (r.subject, r.who, r.duration_minutes, r.state, r.status_reason) == (
        "Bytte toner. Klart.", "Åsa Öberg", 30, int(ResolutionState.COMPLETED),
        int(StatusReason.PROBLEM_SOLVED))

    def ids(**kw):
        return [(e.kind, e.id) for e in case_timeline(case_id, **kw)]

    assert ids(kinds=frozenset({"phone_call", "email"})) == [("activity", mail),
                                                              ("activity", call)]
    assert ids(kinds=frozenset({"note"})) == [("note", file_note), ("note", note)]
    assert ids(kinds=frozenset({"resolution", "appointment"})) == [
        ("resolution", resolution.id), ("activity", appt)]
    assert ids(kinds=frozenset()) == []
    assert ids(only_open=True) == [("activity", appt), ("activity", task), ("activity", call)]
    assert ids(only_overdue=True) == [("activity", call)]
    assert ids(only_open=True, kinds=frozenset({"task"})) == [("activity", task)]
    assert case_timeline(999_999) == []
    with pytest.raises(ValueError):
        case_timeline(case_id, kinds=frozenset({"sms"}))


# -- the activity lists --------------------------------------------------------------------------


@pytest.fixture
def desk(session, acme, anna):
    """Two agents' activities on an account's case and a contact's case, some closed, some
    overdue, some without a due date."""
    other = admin.create_user(session, "Björn Sjöberg", "bjorn")
    olle = Contact.create(first_name="Olle", last_name="Ödmark")
    c1 = create_case(session, NewCase(title="Ärende ett", customer_account_id=acme.id,
                                      contact_id=anna.id))
    c2 = create_case(session, NewCase(title="Ärende två", customer_contact_id=olle.id))
    base = now()
    made = {"mine": [], "theirs": [], "closed": [], "overdue": [], "undated": []}
    for i in range(23):
        owner = session.user_id if i % 3 else other.id
        due = None if i % 5 == 0 else base + timedelta(hours=(i * 7) % 40 - 20)
        case = (c1, c2, None)[i % 3 if i % 7 else 2]
        activity_id = create_activity(session, ActivityFields(
            kind=1 + i % 4, subject=f"Aktivitet {i:02d} {'Örn' if i % 4 == 0 else 'Gran'}",
            regarding_case_id=case, owner_user_id=owner, scheduled_end=due,
            priority=1 + i % 3))
        _at(Activity, activity_id, base - timedelta(minutes=i % 6))
        if i % 8 == 7:
            complete_activity(session, activity_id)
            made["closed"].append(activity_id)
            continue
        made["mine" if owner == session.user_id else "theirs"].append(activity_id)
        if due is None:
            made["undated"].append(activity_id)
        elif due < base:
            made["overdue"].append(activity_id)
    return {"me": session.user_id, "other": other.id, "c1": c1, "c2": c2, **made}


def _all_pages(query, limit):
    rows, after, pages = [], None, 0
    while True:
        page = list_activities(query, after=after, limit=limit)
        rows += page.rows
        pages += 1
        assert len(page.rows) <= limit
        if page.next_key is None:
            return rows, pages
        after = page.next_key
        assert pages < 100


@pytest.mark.parametrize("sort", ACTIVITY_SORTS)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("view", list(ActivityView))
def test_paging_returns_every_row_once_in_order(desk, sort, descending, view):
    query = ActivityQuery(view=view, sort=sort, descending=descending, user_id=desk["me"])
    whole = list_activities(query, limit=1000).rows
    expected = {ActivityView.MY: set(desk["mine"]),
                ActivityView.ALL_OPEN: set(desk["mine"]) | set(desk["theirs"]),
                ActivityView.OVERDUE: set(desk["overdue"])}[view]
    assert {r.id for r in whole} == expected and len(whole) == len(expected)
    assert count_activities(query) == len(expected)
    for limit in (1, 3, 4):
        rows, _pages = _all_pages(query, limit)
        assert [r.id for r in rows] == [r.id for r in whole]
    if sort == "due":  # dated ones in order, undated last
        dues = [r.due for r in whole]
        dated = [d for d in dues if d is not None]
        assert dues == dated + [None] * (len(dues) - len(dated))
        assert dated == sorted(dated, reverse=descending)
    if sort == "priority":
        assert [r.priority for r in whole] == sorted((r.priority for r in whole),
                                                      reverse=descending)


def test_rows_carry_the_case_number_and_customer(desk, acme):
    rows = list_activities(ActivityQuery(view=ActivityView.ALL_OPEN), limit=100).rows
    numbers = {c.id: c.number for c in Case.select()}
    customers = {r.case_id: r.customer for r in rows}
    assert customers[desk["c1"]] == "Havstål AB" and customers[desk["c2"]] == "Olle Ödmark"
    assert customers[None] == ""
    for r in rows:
        assert r.case_number == numbers.get(r.case_id, "") and r.state == OPEN
        assert r.owner in ("Åsa Öberg", "Björn Sjöberg")


def test_the_filter_matches_subject_case_number_and_customer(desk):
    def ids(text, view=ActivityView.ALL_OPEN):
        query = ActivityQuery(view=view, filter_text=text, user_id=desk["me"])
        rows, _ = _all_pages(query, 2)
        assert count_activities(query) == len(rows)
        return {r.id for r in rows}

    every = set(desk["mine"]) | set(desk["theirs"])
    by_case = {a.id: a.regarding_case_id for a in Activity.select()}
    assert ids("örn") == {i for i in every if "Örn" in Activity.get_by_id(i).subject}
    assert ids("ÖDMARK") == {i for i in every if by_case[i] == desk["c2"]}
    number = Case.get_by_id(desk["c1"]).number
    assert ids(number[:9].lower() + " " + "havstål") == {i for i in every
                                                        if by_case[i] == desk["c1"]}
    assert ids("ingenting-sådant") == set()
    assert ids("aktivitet", ActivityView.MY) == set(desk["mine"])
    assert ids("100%_") == set()


def test_an_unknown_sort_is_an_error():
    with pytest.raises(ValueError):
        list_activities(ActivityQuery(sort="colour"))
