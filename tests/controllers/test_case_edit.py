"""Editing a case (issue 3): the rules, conflicts, read-only cases and the history."""

from datetime import date

import pytest

from casedesk.controllers import admin
from casedesk.controllers.cases import (
    NewCase,
    case_history,
    create_case,
    get_case_record,
    set_stage,
    update_case,
)
from casedesk.controllers.errors import ConflictError, RuleViolation, ValidationError
from casedesk.models import Account, AuditLog, Case, Contact, Subject
from casedesk.models.options import CaseState, Priority, ServiceStage, StatusReason


@pytest.fixture
def acme(session):
    return Account.create(name="Havstål AB")


@pytest.fixture
def anna(acme):
    return Contact.create(first_name="Anna", last_name="Berg", parent_account=acme)


@pytest.fixture
def case_id(session, acme, anna):
    return create_case(session, NewCase(title="Skrivaren skriver inte ut",
                                        customer_account_id=acme.id, contact_id=anna.id))


def test_the_record_shows_names_and_fields(case_id, acme, anna):
    record = get_case_record(case_id)
    assert record.customer.kind == "account" and record.customer.label == "Havstål AB"
    assert record.contact.label == "Anna Berg"
    assert record.owner.label == "Åsa Öberg" and record.owner.kind == "user"
    assert record.version == 1 and not record.read_only
    assert record.created_by == "Åsa Öberg"
    assert record.fields().contact_id == anna.id


def test_saving_changes_writes_history_field_by_field(session, case_id):
    subject = Subject.create(title="Skrivare")
    fields = get_case_record(case_id).fields()
    fields.priority = int(Priority.HIGH)
    fields.subject_id = subject.id
    fields.follow_up_by = date(2026, 12, 24)
    assert update_case(session, case_id, fields, expected_version=1) == 2
    record = get_case_record(case_id)
    assert record.priority == int(Priority.HIGH) and record.subject.label == "Skrivare"
    history = case_history(case_id)
    changed = {h.field: (h.old, h.new, h.who) for h in history[:3]}
    assert changed == {"priority": ("2", "1", "Åsa Öberg"),
                       "subject": (None, "Skrivare", "Åsa Öberg"),
                       "follow_up_by": (None, "2026-12-24", "Åsa Öberg")}
    # the creation is in the history too, with names for what fields point at
    created = {h.field: h.new for h in history[3:]}
    assert created["customer_account"] == "Havstål AB" and created["contact"] == "Anna Berg"


def test_saving_nothing_changed_writes_nothing(session, case_id):
    before = AuditLog.select().count()
    assert update_case(session, case_id, get_case_record(case_id).fields(), 1) == 1
    assert AuditLog.select().count() == before
    assert get_case_record(case_id).version == 1


def test_a_stale_version_is_a_conflict_and_changes_nothing(session, case_id):
    fields = get_case_record(case_id).fields()
    fields.title = "Ny rubrik"
    update_case(session, case_id, fields, 1)
    fields.title = "Min rubrik"
    with pytest.raises(ConflictError):
        update_case(session, case_id, fields, 1)
    assert get_case_record(case_id).title == "Ny rubrik"


@pytest.mark.parametrize("title, code", [("", "required"), ("   ", "required"),
                                         ("x" * 201, "too_long"), ("Bell\x07", "control_chars")])
def test_bad_titles_are_refused_at_the_title(session, case_id, title, code):
    fields = get_case_record(case_id).fields()
    fields.title = title
    with pytest.raises(ValidationError) as err:
        update_case(session, case_id, fields, 1)
    assert (err.value.field, err.value.code) == ("title", code)
    assert get_case_record(case_id).title == "Skrivaren skriver inte ut"


def test_the_contact_must_belong_to_the_customer_account(session, case_id, acme):
    other = Account.create(name="Kustinvest Oy")
    stranger = Contact.create(first_name="Eva", last_name="Ek", parent_account=other)
    fields = get_case_record(case_id).fields()
    fields.contact_id = stranger.id
    with pytest.raises(ValidationError) as err:
        update_case(session, case_id, fields, 1)
    assert (err.value.field, err.value.code) == ("contact", "not_of_customer")
    with pytest.raises(ValidationError):
        create_case(session, NewCase(title="x", customer_account_id=acme.id,
                                     contact_id=stranger.id))


def test_a_contact_customer_can_only_have_itself_as_contact(session, anna, acme):
    other = Contact.create(first_name="Eva", last_name="Ek", parent_account=acme)
    with pytest.raises(ValidationError) as err:
        create_case(session, NewCase(title="x", customer_contact_id=anna.id,
                                     contact_id=other.id))
    assert err.value.field == "contact"
    case = create_case(session, NewCase(title="x", customer_contact_id=anna.id,
                                         contact_id=anna.id))
    assert get_case_record(case).customer.kind == "contact"


def test_customer_is_required_when_editing(session, case_id):
    fields = get_case_record(case_id).fields()
    fields.customer_account_id = None
    with pytest.raises(ValidationError) as err:
        update_case(session, case_id, fields, 1)
    assert err.value.field == "customer"


def test_only_active_status_reasons_can_be_chosen(session, case_id):
    fields = get_case_record(case_id).fields()
    fields.status_reason = int(StatusReason.PROBLEM_SOLVED)
    with pytest.raises(ValidationError) as err:
        update_case(session, case_id, fields, 1)
    assert err.value.field == "status_reason"
    fields.status_reason = int(StatusReason.ON_HOLD)
    update_case(session, case_id, fields, 1)
    assert get_case_record(case_id).status_reason == int(StatusReason.ON_HOLD)


def test_resolved_and_canceled_cases_are_read_only(session, case_id):
    Case.update(state=int(CaseState.RESOLVED), status_reason=int(StatusReason.PROBLEM_SOLVED)
                ).where(Case.id == case_id).execute()
    record = get_case_record(case_id)
    assert record.read_only
    with pytest.raises(RuleViolation) as err:
        update_case(session, case_id, record.fields(), record.version)
    assert err.value.code == "case_read_only"


def test_changing_the_customer_renames_the_sort_key(session, case_id):
    person = Contact.create(first_name="Örjan", last_name="Ek")
    fields = get_case_record(case_id).fields()
    fields.customer_account_id, fields.customer_contact_id = None, person.id
    fields.contact_id = None
    update_case(session, case_id, fields, 1)
    assert Case.get_by_id(case_id).customer_sort == "}rjan ek"


def test_stage_moves_along_the_process_bar(session, case_id):
    assert get_case_record(case_id).stage == int(ServiceStage.IDENTIFY)
    set_stage(session, case_id, int(ServiceStage.RESEARCH), 1)
    assert get_case_record(case_id).stage == int(ServiceStage.RESEARCH)
    assert case_history(case_id)[0].field == "stage"


def test_owner_must_be_an_active_user_or_a_team(session, case_id):
    other = admin.create_user(session, "Björn Berg", "bjorn")
    fields = get_case_record(case_id).fields()
    fields.owner_user_id = other.id
    update_case(session, case_id, fields, 1)
    assert get_case_record(case_id).owner.label == "Björn Berg"
    fields.owner_user_id = 99999
    with pytest.raises(ValidationError) as err:
        update_case(session, case_id, fields, 2)
    assert err.value.field == "owner"


def test_non_latin_and_emoji_round_trip(session, case_id):
    fields = get_case_record(case_id).fields()
    fields.title = "Принтер 打印机 🖨️ lỗi"
    fields.description = "Rad ett\nRad två\tmed tabb"
    update_case(session, case_id, fields, 1)
    record = get_case_record(case_id)
    assert record.title == "Принтер 打印机 🖨️ lỗi"
    assert record.description == "Rad ett\nRad två\tmed tabb"
