"""Similar Case connections (SPEC §1.10, §2.8): one row shown on both cases, refused links
leave everything as it was, audited on both cases, events for both."""

from __future__ import annotations

import pytest

from casedesk.controllers import connections, events, lifecycle
from casedesk.controllers.cases import NewCase, create_case
from casedesk.controllers.errors import NotFound, RuleViolation
from casedesk.models import Account, AuditLog, Case, Connection
from casedesk.models.options import CaseState, ConnectionRole, StatusReason


@pytest.fixture
def three(session):
    acme = Account.create(name="Havstål AB")
    ids = [create_case(session, NewCase(title=t, customer_account_id=acme.id))
           for t in ("Skrivaren skriver inte ut", "Skrivaren fastnar", "VPN tappar")]
    Case.update(state=int(CaseState.RESOLVED), status_reason=int(StatusReason.PROBLEM_SOLVED)
                ).where(Case.id == ids[1]).execute()
    return ids


def _recorded(session):
    seen = []
    session.events.subscribe(events.CASES_CHANGED, lambda **kw: seen.append(kw))
    return seen


def test_a_link_shows_on_both_cases(session, three):
    a, b, _ = three
    seen = _recorded(session)
    connection_id = connections.link_similar(session, a, b)
    [on_a] = connections.similar_cases(a)
    [on_b] = connections.similar_cases(b)
    assert (on_a.connection_id, on_a.case_id, on_a.title) == (connection_id, b,
                                                              "Skrivaren fastnar")
    assert on_a.state == int(CaseState.RESOLVED) and on_a.role == int(ConnectionRole.SIMILAR_CASE)
    assert (on_b.connection_id, on_b.case_id) == (connection_id, a)
    assert seen == [{"ids": [a, b]}]
    rows = {(r.record_id, r.old_value, r.new_value) for r in AuditLog.select().where(
        AuditLog.field == "similar_case")}
    assert rows == {(a, None, str(b)), (b, None, str(a))}


def test_self_and_double_links_are_refused_and_change_nothing(session, three):
    a, b, _ = three
    connections.link_similar(session, a, b)
    before = (Connection.select().count(), AuditLog.select().count())
    with pytest.raises(RuleViolation) as caught:
        connections.link_similar(session, a, a)
    assert caught.value.code == "self_link"
    for x, y in ((a, b), (b, a)):  # either direction
        if Case.get_by_id(x).state != int(CaseState.ACTIVE):
            Case.update(state=int(CaseState.ACTIVE)).where(Case.id == x).execute()
        with pytest.raises(RuleViolation) as caught:
            connections.link_similar(session, x, y)
        assert caught.value.code == "already_linked"
    assert (Connection.select().count(), AuditLog.select().count()) == before


def test_linking_needs_an_active_case_and_real_cases(session, three):
    a, b, _ = three
    with pytest.raises(RuleViolation) as caught:
        connections.link_similar(session, b, a)  # b is resolved
    assert caught.value.code == "case_read_only"
    with pytest.raises(NotFound):
        connections.link_similar(session, a, 999_999)
    assert Connection.select().count() == 0


def test_unlink_removes_it_from_both_cases(session, three):
    a, b, c = three
    first = connections.link_similar(session, a, b)
    connections.link_similar(session, c, a)
    assert [x.case_id for x in connections.similar_cases(a)] == [c, b]  # newest first
    seen = _recorded(session)
    connections.unlink(session, first)
    assert [x.case_id for x in connections.similar_cases(a)] == [c]
    assert connections.similar_cases(b) == []
    assert seen == [{"ids": [a, b]}]
    assert AuditLog.select().where((AuditLog.field == "similar_case")
                                   & (AuditLog.record_id == b)
                                   & (AuditLog.new_value.is_null())).count() == 1
    with pytest.raises(NotFound):
        connections.unlink(session, first)


def test_merge_moves_the_link_and_merged_into_is_not_a_similar_case(session, three):
    a, b, c = three
    connections.link_similar(session, a, b)
    lifecycle.merge_cases(session, [a, c], c)
    assert [x.case_id for x in connections.similar_cases(c)] == [b]
    assert [x.case_id for x in connections.similar_cases(b)] == [c]
    assert connections.similar_cases(a) == []  # its Merged Into connection is no similar case
