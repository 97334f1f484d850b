"""Subjects and products (issue 8, SPEC §1.9): administrators only; deleting a subject moves
its children to its parent and its cases where the administrator chose; a move never makes a
cycle. A refused command leaves every table and the audit log as they were."""

from __future__ import annotations

import pytest

from casedesk.controllers import events, products, subjects
from casedesk.controllers.cases import NewCase, create_case
from casedesk.controllers.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from casedesk.controllers.products import ProductFields
from casedesk.controllers.session import Session
from casedesk.models import ALL_MODELS, Account, AuditLog, Case, Subject
from casedesk.models.options import Role


def snapshot():
    return {m.__name__: list(m.select().order_by(m.id).tuples()) for m in ALL_MODELS}


@pytest.fixture
def heard(session):
    got = []
    for name in (events.SUBJECTS_CHANGED, events.PRODUCTS_CHANGED, events.CASES_CHANGED):
        session.events.subscribe(name, lambda name=name, **p: got.append((name, p)))
    return got


@pytest.fixture
def agent(session):
    s = Session(session.database, events=session.events)
    s.set_user(999, "bo", "Bo Agent", {int(Role.AGENT)})
    return s


@pytest.fixture
def tree(session):
    """Hardware › Printers › Laser, Hardware › Screens, Software."""
    hw = subjects.create_subject(session, "Hardware")
    printers = subjects.create_subject(session, "Printers", hw, "Every printer")
    laser = subjects.create_subject(session, "Laser", printers)
    screens = subjects.create_subject(session, "Screens", hw)
    sw = subjects.create_subject(session, "Software")
    return {"hw": hw, "printers": printers, "laser": laser, "screens": screens, "sw": sw}


def new_case(session, title, subject_id):
    acme = Account.get_or_none(Account.name == "Acme") or Account.create(name="Acme")
    return create_case(session, NewCase(title=title, customer_account_id=acme.id,
                                        subject_id=subject_id))


def shape(nodes):
    return [(n.title, shape(n.children)) for n in nodes]


# -- subjects ------------------------------------------------------------------------------


def test_create_builds_the_tree_in_title_order(session, tree, heard):
    assert shape(subjects.subject_tree()) == [
        ("Hardware", [("Printers", [("Laser", [])]), ("Screens", [])]), ("Software", [])]
    info = subjects.get_subject(tree["printers"])
    assert (info.title, info.description, info.parent_id, info.case_count) == (
        "Printers", "Every printer", tree["hw"], 0)
    assert AuditLog.select().where((AuditLog.entity == "subject")
                                   & (AuditLog.record_id == tree["laser"])).count() == 2


def test_create_publishes(session, heard):
    subject_id = subjects.create_subject(session, "  Nätverk  ")
    assert Subject.get_by_id(subject_id).title == "Nätverk"
    assert heard == [(events.SUBJECTS_CHANGED, {"ids": [subject_id]})]


@pytest.mark.parametrize("title, code", [("", "required"), ("   ", "required"),
                                         ("a\x00b", "control_chars"), ("x" * 201, "too_long")])
def test_bad_titles_are_refused(session, tree, title, code):
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        subjects.create_subject(session, title)
    assert (err.value.field, err.value.code) == ("subject_title", code)
    with pytest.raises(ValidationError):
        subjects.rename_subject(session, tree["sw"], title)
    assert snapshot() == before


def test_title_of_200_characters_and_any_script(session):
    subject_id = subjects.create_subject(session, "ü" * 199 + "😀")
    assert len(Subject.get_by_id(subject_id).title) == 200


def test_unknown_parent_is_refused(session):
    with pytest.raises(ValidationError) as err:
        subjects.create_subject(session, "Orphan", 12345)
    assert (err.value.field, err.value.code) == ("parent", "not_found")


def test_rename_keeps_or_changes_the_description(session, tree, heard):
    subjects.rename_subject(session, tree["printers"], "Skrivare")
    info = subjects.get_subject(tree["printers"])
    assert (info.title, info.description, info.version) == ("Skrivare", "Every printer", 2)
    subjects.rename_subject(session, tree["printers"], "Skrivare", "")
    assert subjects.get_subject(tree["printers"]).description is None
    assert heard[-1] == (events.SUBJECTS_CHANGED, {"ids": [tree["printers"]]})
    count = len(heard)
    subjects.rename_subject(session, tree["printers"], "Skrivare")  # nothing changes
    assert len(heard) == count
    with pytest.raises(NotFound):
        subjects.rename_subject(session, 9999, "Ghost")


def test_move_under_another_parent_and_to_the_top(session, tree, heard):
    subjects.move_subject(session, tree["printers"], tree["sw"])
    assert shape(subjects.subject_tree()) == [
        ("Hardware", [("Screens", [])]), ("Software", [("Printers", [("Laser", [])])])]
    subjects.move_subject(session, tree["laser"], None)
    assert Subject.get_by_id(tree["laser"]).parent_id is None
    row = (AuditLog.select().where((AuditLog.entity == "subject")
                                   & (AuditLog.record_id == tree["laser"])
                                   & (AuditLog.field == "parent"))
           .order_by(AuditLog.id.desc()).first())
    assert (row.old_value, row.new_value) == (str(tree["printers"]), None)
    assert heard[-1] == (events.SUBJECTS_CHANGED, {"ids": [tree["laser"]]})


@pytest.mark.parametrize("target", ["hw", "printers", "laser"])
def test_moves_that_make_a_cycle_are_refused(session, tree, target):
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        subjects.move_subject(session, tree["hw"], tree[target])
    assert (err.value.field, err.value.code) == ("parent", "cycle")
    assert snapshot() == before


def test_delete_moves_children_to_the_parent(session, tree, heard):
    subjects.delete_subject(session, tree["printers"], move_cases_to=None)
    assert shape(subjects.subject_tree()) == [
        ("Hardware", [("Laser", []), ("Screens", [])]), ("Software", [])]
    assert heard[-1] == (events.SUBJECTS_CHANGED, {"ids": [tree["printers"], tree["laser"]]})
    # a top-level subject's children become top-level subjects
    subjects.delete_subject(session, tree["hw"], move_cases_to=None)
    assert shape(subjects.subject_tree()) == [("Laser", []), ("Screens", []), ("Software", [])]
    assert AuditLog.select().where((AuditLog.entity == "subject")
                                   & (AuditLog.record_id == tree["hw"])
                                   & (AuditLog.action == 3)).exists()


def test_delete_moves_the_cases_where_asked(session, tree, heard):
    ids = [new_case(session, f"Case {n}", tree["printers"]) for n in range(3)]
    other = new_case(session, "On laser", tree["laser"])
    assert subjects.subject_use(tree["printers"]) == 3
    assert subjects.subject_uses() == {tree["printers"]: 3, tree["laser"]: 1}
    version = Case.get_by_id(ids[0]).version
    subjects.delete_subject(session, tree["printers"], move_cases_to=tree["sw"])
    assert [Case.get_by_id(i).subject_id for i in ids] == [tree["sw"]] * 3
    assert Case.get_by_id(ids[0]).version == version + 1
    assert Case.get_by_id(other).subject_id == tree["laser"]
    assert heard[-1] == (events.CASES_CHANGED, {"ids": ids})
    audit = (AuditLog.select().where((AuditLog.entity == "incident")
                                     & (AuditLog.record_id == ids[1])
                                     & (AuditLog.field == "subject"))
             .order_by(AuditLog.id.desc()).first())
    assert (audit.old_value, audit.new_value) == (str(tree["printers"]), str(tree["sw"]))


def test_delete_can_leave_the_cases_without_subject(session, tree):
    case_id = new_case(session, "Screen flickers", tree["screens"])
    subjects.delete_subject(session, tree["screens"], move_cases_to=None)
    assert Case.get_by_id(case_id).subject_id is None
    assert not Subject.select().where(Subject.id == tree["screens"]).exists()


@pytest.mark.parametrize("target, code", [("self", "invalid"), (4242, "not_found")])
def test_delete_refuses_a_bad_destination(session, tree, target, code):
    new_case(session, "Laser smears", tree["laser"])
    before = snapshot()
    dest = tree["laser"] if target == "self" else target
    with pytest.raises(ValidationError) as err:
        subjects.delete_subject(session, tree["laser"], move_cases_to=dest)
    assert (err.value.field, err.value.code) == ("move_cases_to", code)
    assert snapshot() == before


def test_delete_of_a_missing_subject(session):
    with pytest.raises(NotFound):
        subjects.delete_subject(session, 777, move_cases_to=None)


def test_agents_are_refused(session, tree, agent):
    before = snapshot()
    for command in (lambda: subjects.create_subject(agent, "Mine"),
                    lambda: subjects.rename_subject(agent, tree["sw"], "Mine"),
                    lambda: subjects.move_subject(agent, tree["sw"], tree["hw"]),
                    lambda: subjects.delete_subject(agent, tree["sw"], move_cases_to=None)):
        with pytest.raises(PermissionDenied) as err:
            command()
        assert err.value.params == {"action": "subjects"}
    assert snapshot() == before
    assert not subjects.can_edit(agent) and subjects.can_edit(session)
    assert subjects.subject_tree()  # anyone may read the tree


# -- products ------------------------------------------------------------------------------


def test_products_create_list_update(session, heard):
    a = products.create_product(session, ProductFields("Zeta Phone", "ZP-1"))
    b = products.create_product(session, ProductFields("  Ärlig router ", None))
    new_case_id = create_case(session, NewCase(
        title="Broken", customer_account_id=Account.create(name="Acme").id, product_id=a))
    assert new_case_id
    rows = products.list_products()
    # Swedish order: Ä after Z
    assert [(r.name, r.number, r.active, r.case_count) for r in rows] == [
        ("Zeta Phone", "ZP-1", True, 1), ("Ärlig router", None, True, 0)]
    assert heard[0] == (events.PRODUCTS_CHANGED, {"ids": [a]})
    version = products.update_product(session, b, ProductFields("Ärlig router", "AR-2"), 1)
    assert version == 2
    assert products.get_product(b).number == "AR-2"
    assert AuditLog.select().where((AuditLog.entity == "product") & (AuditLog.record_id == b)
                                   & (AuditLog.field == "number")).count() == 1
    # nothing changed: nothing written
    assert products.update_product(session, b, ProductFields("Ärlig router", "AR-2"), 2) == 2


def test_product_number_is_unique(session):
    products.create_product(session, ProductFields("One", "P-1"))
    two = products.create_product(session, ProductFields("Two", "P-2"))
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        products.create_product(session, ProductFields("Three", "p-1"))
    assert (err.value.field, err.value.code) == ("product_number", "taken")
    with pytest.raises(ValidationError):
        products.update_product(session, two, ProductFields("Two", "P-1"), 1)
    assert snapshot() == before
    # keeping its own number is fine, and several products may have none
    products.update_product(session, two, ProductFields("Two!", "P-2"), 1)
    products.create_product(session, ProductFields("Four"))
    products.create_product(session, ProductFields("Five", "  "))


@pytest.mark.parametrize("fields, field, code", [
    (ProductFields(""), "name", "required"),
    (ProductFields("x" * 201), "name", "too_long"),
    (ProductFields("a\nb"), "name", "control_chars"),
    (ProductFields("ok", "n" * 101), "product_number", "too_long"),
    (ProductFields("ok", "a\tb"), "product_number", "control_chars"),
])
def test_bad_product_input(session, fields, field, code):
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        products.create_product(session, fields)
    assert (err.value.field, err.value.code) == (field, code)
    assert snapshot() == before


def test_product_conflict_and_deactivate(session, heard):
    pid = products.create_product(session, ProductFields("Router"))
    products.update_product(session, pid, ProductFields("Router X"), 1)
    with pytest.raises(ConflictError) as err:
        products.update_product(session, pid, ProductFields("Router Y"), 1)
    assert err.value.theirs.name == "Router X"
    products.set_active(session, pid, False)
    assert [r.id for r in products.list_products(active_only=True)] == []
    assert not products.get_product(pid).active
    assert heard[-1] == (events.PRODUCTS_CHANGED, {"ids": [pid]})
    count = len(heard)
    products.set_active(session, pid, False)  # already inactive
    assert len(heard) == count
    products.set_active(session, pid, True)
    assert products.get_product(pid).active
    with pytest.raises(NotFound):
        products.set_active(session, 999, False)


def test_products_agents_refused(session, agent):
    pid = products.create_product(session, ProductFields("Router"))
    before = snapshot()
    for command in (lambda: products.create_product(agent, ProductFields("Mine")),
                    lambda: products.update_product(agent, pid, ProductFields("Mine"), 1),
                    lambda: products.set_active(agent, pid, False)):
        with pytest.raises(PermissionDenied) as err:
            command()
        assert err.value.params == {"action": "products"}
    assert snapshot() == before
    assert products.list_products()  # anyone may read them
