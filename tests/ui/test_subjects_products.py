"""Settings › Subjects and Settings › Products (issue 8, SPEC §1.9)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent

from casedesk.controllers import products, subjects
from casedesk.controllers.cases import NewCase, create_case
from casedesk.controllers.products import ProductFields
from casedesk.controllers.session import Session
from casedesk.models import Account, Case, Subject
from casedesk.models.options import Role
from casedesk.ui.pages import subjects_page
from casedesk.ui.pages.products_page import ProductsPage
from casedesk.ui.pages.subjects_page import SubjectChoiceDialog, SubjectsPage


@pytest.fixture
def tree(session):
    hw = subjects.create_subject(session, "Hardware")
    printers = subjects.create_subject(session, "Printers", hw)
    laser = subjects.create_subject(session, "Laser", printers)
    sw = subjects.create_subject(session, "Software")
    return {"hw": hw, "printers": printers, "laser": laser, "sw": sw}


@pytest.fixture
def agent(session):
    s = Session(session.database, events=session.events)
    s.set_user(999, "bo", "Bo Agent", {int(Role.AGENT)})
    return s


@pytest.fixture
def page(qtbot, session, tree):
    p = SubjectsPage(session, subjects)
    qtbot.addWidget(p)
    p.resize(700, 600)
    p.show()
    return p


def titles(tree_widget, parent=None):
    parent = parent or tree_widget.invisibleRootItem()
    return [(parent.child(i).text(0), titles(tree_widget, parent.child(i)))
            for i in range(parent.childCount())]


def parent_of(subject_id):
    return Subject.get_by_id(subject_id).parent_id


def test_tree_shows_subjects_and_case_counts(qtbot, session, tree, page):
    account = Account.create(name="Acme")
    create_case(session, NewCase(title="Jam", customer_account_id=account.id,
                                 subject_id=tree["laser"]))
    page.reload()
    assert titles(page.tree) == [("Hardware", [("Printers", [("Laser", [])])]),
                                 ("Software", [])]
    laser = page.item_of(tree["laser"])
    assert laser.text(1) == "1"
    page.tree.setCurrentItem(laser)
    assert "Hardware › Printers › Laser" in page.detail.text()
    assert page.tree.accessibleName() and page.filter_edit.accessibleName()


def test_add_child_and_top_level(qtbot, session, tree, page):
    page.tree.setCurrentItem(page.item_of(tree["printers"]))
    row = page.add_subject()
    row.setText(0, "Inkjet")  # what the in-place editor commits
    qtbot.waitUntil(lambda: bool(Subject.select().where(Subject.title == "Inkjet").exists()))
    inkjet = Subject.get(Subject.title == "Inkjet")
    assert inkjet.parent_id == tree["printers"]
    assert page.selected_id() == inkjet.id
    row = page.add_subject(top_level=True)
    row.setText(0, "Nätverk")
    assert parent_of(Subject.get(Subject.title == "Nätverk").id) is None
    assert titles(page.tree)[1] == ("Nätverk", [])


def test_added_row_without_name_goes_away(qtbot, page, no_message_boxes):
    count = Subject.select().count()
    row = page.add_subject(top_level=True)
    row.setText(0, "   ")
    assert Subject.select().count() == count
    assert page.tree.topLevelItemCount() == 2
    row = page.add_subject(top_level=True)
    row.setText(0, "x" * 201)  # refused: the reason is shown, nothing is added
    assert Subject.select().count() == count
    assert "200" in no_message_boxes[-1]


def test_rename_in_place(qtbot, tree, page, no_message_boxes):
    item = page.item_of(tree["sw"])
    page.tree.setCurrentItem(item)
    assert page.rename_action.shortcut().toString() == "F2"
    page.rename_action.trigger()
    assert page.tree.state() == page.tree.State.EditingState
    page.tree.closePersistentEditor(item, 0)
    item.setText(0, "Programvara")
    assert Subject.get_by_id(tree["sw"]).title == "Programvara"
    page.item_of(tree["sw"]).setText(0, "")  # refused: the old title comes back
    assert Subject.get_by_id(tree["sw"]).title == "Programvara"
    assert page.item_of(tree["sw"]).text(0) == "Programvara"
    assert no_message_boxes


def drop(page, subject_id, target_item, where="on"):
    """Drag the subject and drop it on (or just above) an item, or on the empty space."""
    page.tree.setCurrentItem(page.item_of(subject_id))
    if target_item is None:
        pos = QPoint(10, page.tree.viewport().height() - 3)
    else:
        rect = page.tree.visualItemRect(target_item)
        pos = rect.center() if where == "on" else QPoint(rect.center().x(), rect.top() + 1)
    mime = QMimeData()
    event = QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, QDropEvent.Type.Drop)
    event.setAccepted(False)
    # the drag comes from the tree itself
    event.source = lambda: page.tree
    page.tree.dropEvent(event)


def test_drag_and_drop_moves(qtbot, tree, page):
    drop(page, tree["laser"], page.item_of(tree["sw"]))
    qtbot.waitUntil(lambda: parent_of(tree["laser"]) == tree["sw"])
    qtbot.waitUntil(lambda: bool(page.item_of(tree["laser"]).parent()
                                 and page.item_of(tree["laser"]).parent().text(0) == "Software"))
    # dropped next to a top-level subject: it goes to the top level
    drop(page, tree["laser"], page.item_of(tree["hw"]), where="above")
    qtbot.waitUntil(lambda: parent_of(tree["laser"]) is None)
    # dropped on its own descendant: refused, nothing moves
    drop(page, tree["hw"], page.item_of(tree["printers"]))
    qtbot.waitUntil(lambda: parent_of(tree["hw"]) is None and bool(page.tree.topLevelItemCount()))
    assert parent_of(tree["printers"]) == tree["hw"]


def test_move_to_with_the_chooser(qtbot, tree, page, monkeypatch, no_message_boxes):
    asked = []

    def choose(parent, nodes, **kwargs):
        asked.append(kwargs)
        return True, tree["sw"]

    monkeypatch.setattr(subjects_page, "choose_subject", choose)
    page.tree.setCurrentItem(page.item_of(tree["printers"]))
    assert page.move_selected()
    assert parent_of(tree["printers"]) == tree["sw"]
    assert asked[0]["exclude_id"] == tree["printers"]
    assert "Printers" in asked[0]["text"]
    # a cycle is refused with a reason
    monkeypatch.setattr(subjects_page, "choose_subject", lambda *a, **k: (True, tree["laser"]))
    assert not page.move_selected()
    assert "under itself" in no_message_boxes[-1]
    monkeypatch.setattr(subjects_page, "choose_subject", lambda *a, **k: (True, None))
    assert page.move_selected()
    assert parent_of(tree["printers"]) is None


def test_choice_dialog_offers_no_subject_and_filters(qtbot, session, tree):
    dialog = SubjectChoiceDialog(subjects.subject_tree(), text="Where?", none_label="(None)",
                                 exclude_id=tree["printers"], disabled_id=tree["sw"])
    qtbot.addWidget(dialog)
    names = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert names == ["(None)", "Hardware", "Software"]
    assert dialog.tree.topLevelItem(1).childCount() == 0  # Printers and Laser left out
    dialog.filter_edit.setText("hard")
    assert dialog.tree.currentItem().text(0) == "Hardware"
    assert dialog.tree.topLevelItem(2).isHidden()
    dialog.accept()
    assert dialog.chosen_id == tree["hw"]
    dialog = SubjectChoiceDialog(subjects.subject_tree(), text="Where?", none_label="(None)",
                                 disabled_id=tree["sw"])
    qtbot.addWidget(dialog)
    dialog.select(tree["hw"])  # the disabled subject can't be chosen, its subjects can
    hw = dialog.tree.currentItem()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(2))  # Software
    dialog.accept()
    assert dialog.result() == 0
    dialog.tree.setCurrentItem(hw)
    dialog.accept()
    assert dialog.chosen_id == tree["hw"]
    dialog = SubjectChoiceDialog(subjects.subject_tree(), text="Where?", none_label="(None)",
                                 disabled_id=tree["hw"])
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItem(1).child(0).flags() & Qt.ItemFlag.ItemIsSelectable
    dialog.select(None)
    dialog.accept()
    assert dialog.chosen_id is None and dialog.result() == 1


def test_delete_asks_where_the_cases_go(qtbot, session, tree, page, monkeypatch):
    account = Account.create(name="Acme")
    case_ids = [create_case(session, NewCase(title=f"Jam {n}", customer_account_id=account.id,
                                             subject_id=tree["printers"])) for n in range(2)]
    page.reload()
    asked = []

    def choose(parent, nodes, **kwargs):
        asked.append(kwargs)
        return True, tree["sw"]

    monkeypatch.setattr(subjects_page, "choose_subject", choose)
    page.tree.setCurrentItem(page.item_of(tree["printers"]))
    assert page.delete_selected()
    text = asked[0]["text"]
    assert "2 cases" in text and "Printers" in text and "“Hardware”" in text
    assert asked[0]["disabled_id"] == tree["printers"]
    assert [Case.get_by_id(i).subject_id for i in case_ids] == [tree["sw"]] * 2
    assert parent_of(tree["laser"]) == tree["hw"]  # its child moved up
    assert titles(page.tree) == [("Hardware", [("Laser", [])]), ("Software", [])]


def test_delete_canceled_or_without_cases(qtbot, session, tree, page, monkeypatch,
                                          no_message_boxes):
    account = Account.create(name="Acme")
    case_id = create_case(session, NewCase(title="Jam", customer_account_id=account.id,
                                           subject_id=tree["laser"]))
    page.reload()
    monkeypatch.setattr(subjects_page, "choose_subject", lambda *a, **k: (False, None))
    page.tree.setCurrentItem(page.item_of(tree["laser"]))
    assert not page.delete_selected()
    assert Subject.get_or_none(Subject.id == tree["laser"]) is not None
    monkeypatch.setattr(subjects_page, "choose_subject", lambda *a, **k: (True, None))
    assert page.delete_selected()
    assert Case.get_by_id(case_id).subject_id is None
    # no cases: a plain confirmation that says where its subjects go
    page.tree.setCurrentItem(page.item_of(tree["hw"]))
    assert page.delete_selected()
    assert "top level" in no_message_boxes[-1]
    assert parent_of(tree["printers"]) is None


def test_filter_keeps_the_parents_of_matches(qtbot, tree, page):
    page.filter_edit.setText("LASER")
    assert not page.item_of(tree["laser"]).isHidden()
    assert not page.item_of(tree["hw"]).isHidden()
    assert page.item_of(tree["sw"]).isHidden()
    assert page.selected_id() == tree["laser"]
    page.filter_edit.setText("soft")
    assert page.item_of(tree["hw"]).isHidden() and not page.item_of(tree["sw"]).isHidden()
    page.filter_edit.clear()
    assert not any(page.item_of(i).isHidden() for i in tree.values())


def test_agents_see_subjects_read_only(qtbot, agent, tree):
    p = SubjectsPage(agent, subjects)
    qtbot.addWidget(p)
    p.show()
    assert p.read_only and p.read_only_note.isVisible()
    p.tree.setCurrentItem(p.item_of(tree["sw"]))
    for action in (p.add_action, p.add_top_action, p.rename_action, p.move_action,
                   p.delete_action):
        assert not action.isEnabled()
    assert not p.item_of(tree["sw"]).flags() & Qt.ItemFlag.ItemIsEditable
    assert not p.tree.dragEnabled()
    assert p.add_subject() is None and not p.delete_selected() and not p.move_selected()


def test_subjects_page_in_swedish(qtbot, tree, page, english):
    english.switch("sv")
    assert page.heading.text() == "Ämnen"
    assert page.tree.headerItem().text(0) == "Ämne"
    assert page.add_action.text().replace("&", "") == "Lägg till"
    assert page.filter_edit.placeholderText() == "Skriv för att filtrera ämnen…"


# -- products ----------------------------------------------------------------------------


@pytest.fixture
def product_page(qtbot, session):
    products.create_product(session, ProductFields("Router", "R-1"))
    products.create_product(session, ProductFields("Printer", "P-1", active=False))
    p = ProductsPage(session, products)
    qtbot.addWidget(p)
    p.resize(900, 500)
    p.show()
    return p


def rows(page):
    lst = page.product_list
    return [tuple(lst.topLevelItem(i).text(c) for c in range(4))
            for i in range(lst.topLevelItemCount())]


def test_products_list_and_create(qtbot, session, product_page):
    assert rows(product_page) == [("Printer", "P-1", "No", "0"), ("Router", "R-1", "Yes", "0")]
    product_page.new_action.trigger()
    assert product_page.product_id is None and product_page.name_edit.text() == ""
    qtbot.keyClicks(product_page.name_edit, "Vaxel")
    qtbot.keyClicks(product_page.number_edit, "V-9")
    assert product_page.save_action.isEnabled()
    product_page.save_action.trigger()
    assert [r[:3] for r in rows(product_page)][-1] == ("Vaxel", "V-9", "Yes")
    assert product_page.product_id is not None
    assert not product_page.has_changes()


def test_products_edit_and_errors(qtbot, product_page):
    lst = product_page.product_list
    lst.setCurrentItem(lst.topLevelItem(1))  # Router
    assert product_page.name_edit.text() == "Router"
    product_page.number_edit.clear()
    qtbot.keyClicks(product_page.number_edit, "P-1")
    assert not product_page.save()
    assert "already in use" in product_page.field_error("number")
    product_page.number_edit.clear()
    qtbot.keyClicks(product_page.number_edit, "R-2")  # typing clears the error
    assert product_page.field_error("number") == ""
    product_page.name_edit.setText("")
    assert not product_page.save()
    assert "required" in product_page.field_error("name")
    product_page.name_edit.setText("Router 2")
    assert product_page.save()
    assert products.get_product(product_page.product_id).number == "R-2"


def test_products_deactivate_and_activate(qtbot, product_page):
    lst = product_page.product_list
    lst.setCurrentItem(lst.topLevelItem(1))
    assert product_page.deactivate_action.isEnabled()
    assert not product_page.activate_action.isEnabled()
    product_page.deactivate_action.trigger()
    assert not products.get_product(product_page.product_id).active
    assert rows(product_page)[1][2] == "No"
    assert product_page.activate_action.isEnabled()
    product_page.activate_action.trigger()
    assert products.get_product(product_page.product_id).active


def test_products_read_only_for_agents(qtbot, session, agent):
    products.create_product(session, ProductFields("Router", "R-1"))
    p = ProductsPage(agent, products)
    qtbot.addWidget(p)
    p.show()
    assert p.read_only and p.read_only_note.isVisible()
    assert p.name_edit.isReadOnly() and not p.active_check.isEnabled()
    for action in (p.new_action, p.save_action, p.deactivate_action, p.activate_action):
        assert not action.isEnabled()
    assert not p.save()


def test_products_page_in_swedish(qtbot, product_page, english):
    english.switch("sv")
    assert product_page.heading.text() == "Produkter"
    assert product_page.product_list.headerItem().text(1) == "Nummer"
    assert rows(product_page)[0][2] == "Nej"
    assert product_page.new_action.text().replace("&", "") == "Ny produkt"
