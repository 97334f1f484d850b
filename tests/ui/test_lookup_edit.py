"""The lookup widget (SPEC §4.4), driven by the keyboard alone, as an agent would."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from casedesk.ui.background import Reader
from casedesk.ui.widgets.lookup_edit import LookupEdit, kind_name


@dataclass(frozen=True)
class Item:
    """Shaped like controllers.lookups.LookupItem."""

    kind: str
    id: int
    label: str
    detail: str = ""


PEOPLE = [Item("account", 1, "Havstål AB", "Göteborg"), Item("contact", 7, "Anna Berg",
                                                                  "Havstål AB"),
          Item("contact", 8, "Annika Ödman")]


def search_people(text):
    return [i for i in PEOPLE if text.lower() in i.label.lower()]


class ManualReader:
    """A reader whose answers the test delivers, in any order."""

    def __init__(self):
        self.jobs = []

    def submit(self, fn, on_done, on_error=None, *, key=None, owner=None):
        self.jobs.append((fn, on_done, on_error, key))

    def answer(self, index=0):
        fn, on_done, _on_error, _key = self.jobs.pop(index)
        on_done(fn())


def type_text(widget, text):
    """Type like a keyboard, one key event per character (keyClicks aborts on å, ä, ö)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


@pytest.fixture
def reader():
    r = Reader()
    yield r
    r.close()


@pytest.fixture
def make_form(qtbot):
    def make(search=search_people, reader=None, allow_new=True):
        form = QWidget()
        form.resize(500, 400)
        lookup = LookupEdit(search, reader or ManualReader(), allow_new=allow_new,
                            kind_label=kind_name, parent=form)
        lookup.setObjectName("customerLookup")
        lookup.setAccessibleName("Customer")
        after = QLineEdit(form, objectName="afterEdit")
        layout = QVBoxLayout(form)
        layout.addWidget(lookup)
        layout.addWidget(after)
        layout.addStretch(1)
        qtbot.addWidget(form)
        form.show()
        form.activateWindow()
        lookup.setFocus()
        qtbot.waitUntil(lambda: lookup.edit.hasFocus())
        return form, lookup, after
    return make


def rows(lookup):
    panel = lookup.results()
    return [panel.topLevelItem(i).text(0) for i in range(panel.topLevelItemCount())]


def markers(lookup):
    panel = lookup.results()
    return [panel.topLevelItem(i).text(1) for i in range(panel.topLevelItemCount())]


def current(lookup):
    return lookup.results().currentItem().text(0)


def test_keyboard_only_search_move_and_choose(qtbot, make_form, reader):
    _form, lookup, _after = make_form(reader=reader)
    changed = []
    lookup.item_changed.connect(changed.append)
    type_text(lookup.edit, "an")
    assert not lookup.results_visible()  # typing alone does not search
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.results_visible())
    assert rows(lookup) == ["Anna Berg — Havstål AB", "Annika Ödman", "New"]
    assert markers(lookup) == ["Contact", "Contact", ""]
    assert current(lookup) == "Anna Berg — Havstål AB"  # the best match is pre-selected
    assert lookup.edit.hasFocus()  # the keyboard stayed in the edit
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Down)
    assert current(lookup) == "Annika Ödman"
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Up)
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Down)
    with qtbot.waitSignal(lookup.item_changed) as chosen:
        qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert chosen.args == [PEOPLE[2]]
    assert lookup.item() == PEOPLE[2]
    assert lookup.text() == "Annika Ödman"
    assert not lookup.results_visible()
    assert lookup.edit.font().underline()  # shown as chosen, like a link
    assert "Annika Ödman" in lookup.edit.accessibleDescription()
    assert changed == [PEOPLE[2]]


def test_the_button_and_alt_down_search_too(qtbot, make_form):
    reader = ManualReader()
    _form, lookup, _after = make_form(reader=reader)
    type_text(lookup.edit, "Hav")
    qtbot.mouseClick(lookup.button, Qt.MouseButton.LeftButton)
    reader.answer()
    assert rows(lookup) == ["Havstål AB — Göteborg", "New"]
    assert markers(lookup)[0] == "Account"
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Escape)
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    reader.answer()
    assert lookup.results_visible()
    assert lookup.button.toolTip() == "Look Up"
    assert lookup.button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_escape_closes_the_results_and_a_second_escape_goes_on(qtbot, make_form):
    reader = ManualReader()
    form, lookup, _after = make_form(reader=reader)
    seen = []
    form.keyPressEvent = lambda event: seen.append(event.key())
    type_text(lookup.edit, "an")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    reader.answer()
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Escape)
    assert not lookup.results_visible()
    assert seen == []  # the first Esc only closed the results
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Escape)
    assert seen == [Qt.Key.Key_Escape]
    assert lookup.item() is None


def test_tab_leaves_and_closes_the_results(qtbot, make_form):
    reader = ManualReader()
    _form, lookup, after = make_form(reader=reader)
    type_text(lookup.edit, "an")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    reader.answer()
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: after.hasFocus())
    assert not lookup.results_visible()
    assert lookup.item() is None


def test_editing_after_a_choice_clears_it(qtbot, make_form):
    _form, lookup, _after = make_form()
    lookup.set_item(PEOPLE[1])
    assert lookup.text() == "Anna Berg"
    with qtbot.waitSignal(lookup.item_changed) as cleared:
        qtbot.keyClick(lookup.edit, Qt.Key.Key_Backspace)
    assert cleared.args == [None]
    assert lookup.item() is None
    assert lookup.text() == "Anna Ber"
    assert not lookup.edit.font().underline()


def test_enter_with_a_choice_goes_on_to_the_form(qtbot, make_form):
    reader = ManualReader()
    form, lookup, _after = make_form(reader=reader)
    seen = []
    form.keyPressEvent = lambda event: seen.append(event.key())
    lookup.set_item(PEOPLE[0])
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert reader.jobs == []  # nothing to look up: the dialog's default button may act
    assert seen == [Qt.Key.Key_Return]


def test_new_row_emits_the_typed_text(qtbot, make_form):
    reader = ManualReader()
    _form, lookup, _after = make_form(reader=reader)
    type_text(lookup.edit, "Märta Ek")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    reader.answer()
    assert rows(lookup) == ["Nothing found.", "New"]
    assert current(lookup) == "New"  # nothing matched: New is ready for Enter
    with qtbot.waitSignal(lookup.new_requested) as asked:
        qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert asked.args == ["Märta Ek"]
    assert not lookup.results_visible()


def test_without_new_nothing_found_is_not_choosable(qtbot, make_form):
    reader = ManualReader()
    _form, lookup, _after = make_form(reader=reader, allow_new=False)
    type_text(lookup.edit, "zz")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    reader.answer()
    assert rows(lookup) == ["Nothing found."]
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert lookup.item() is None
    assert lookup.results_visible()


def test_a_stale_answer_is_dropped(qtbot, make_form):
    reader = ManualReader()
    _form, lookup, _after = make_form(reader=reader)
    type_text(lookup.edit, "Hav")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    lookup.edit.selectAll()
    type_text(lookup.edit, "Ann")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert [job[3] for job in reader.jobs][0] == reader.jobs[1][3]  # one key per widget
    reader.answer(1)  # the newer search answers first …
    reader.answer(0)  # … then the older one: it must not replace the results
    assert rows(lookup) == ["Anna Berg — Havstål AB", "Annika Ödman", "New"]


def test_an_answer_after_escape_or_a_new_search_function_is_dropped(qtbot, make_form):
    reader = ManualReader()
    _form, lookup, _after = make_form(reader=reader)
    type_text(lookup.edit, "an")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Escape)
    reader.answer()
    assert not lookup.results_visible()
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    lookup.set_search(lambda text: [PEOPLE[0]])
    reader.answer()
    assert not lookup.results_visible()
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    reader.answer()
    assert rows(lookup)[0] == "Havstål AB — Göteborg"


def test_two_lookups_never_supersede_each_other(qtbot, make_form):
    reader = ManualReader()
    _form, first, _after = make_form(reader=reader)
    second = LookupEdit(search_people, reader)
    qtbot.addWidget(second)
    first.search()
    second.search()
    assert reader.jobs[0][3] != reader.jobs[1][3]


def test_set_item_signals_only_a_change_and_read_only_hides_the_button(qtbot, make_form):
    _form, lookup, _after = make_form()
    changed = []
    lookup.item_changed.connect(changed.append)
    lookup.set_item(PEOPLE[0])
    lookup.set_item(PEOPLE[0])
    assert changed == [PEOPLE[0]]
    lookup.set_read_only(True)
    assert lookup.edit.isReadOnly() and not lookup.button.isVisible()
    lookup.search()
    assert not lookup.results_visible()
    lookup.set_read_only(False)
    lookup.clear()
    assert changed == [PEOPLE[0], None]
    assert lookup.text() == ""


def test_names_for_tests_and_screen_readers(make_form):
    _form, lookup, _after = make_form()
    assert lookup.edit.objectName() == "customerLookupEdit"
    assert lookup.button.objectName() == "customerLookupButton"
    assert lookup.edit.accessibleName() == "Customer"
    assert lookup.button.accessibleName() == "Look Up"


def test_a_failed_search_says_why_in_the_results(qtbot, make_form, reader):
    def broken(_text):
        raise RuntimeError("disk on fire")

    _form, lookup, _after = make_form(search=broken, reader=reader)
    type_text(lookup.edit, "an")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.results_visible())
    assert "disk on fire" in rows(lookup)[0]


def test_the_results_stay_inside_the_window(qtbot, make_form):
    reader = ManualReader()
    many = [Item("contact", n, f"Anna {n}") for n in range(10)]
    form, lookup, _after = make_form(search=lambda _t: many, reader=reader)
    form.resize(420, 160)
    type_text(lookup.edit, "an")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    reader.answer()
    panel = lookup.results()
    assert panel.parentWidget() is form
    assert form.rect().contains(panel.geometry())


def test_swedish_marker_new_row_and_tooltip(qtbot, make_form, english):
    reader = ManualReader()
    _form, lookup, _after = make_form(reader=reader)
    type_text(lookup.edit, "Anna")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    reader.answer()
    english.switch("sv")
    assert lookup.button.toolTip() == "Slå upp"
    assert rows(lookup)[-1] == "Nytt"  # the open results were translated in place
    assert markers(lookup) == ["Kontakt", ""]
    lookup.edit.selectAll()
    type_text(lookup.edit, "zz")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    reader.answer()
    assert rows(lookup) == ["Inget hittades.", "Nytt"]


def test_customer_lookup_over_the_real_controller(qtbot, session, make_form, reader):
    from casedesk.controllers import customers, lookups

    account = customers.create_account(session, customers.AccountFields(
        name="Örebro Rör AB", city="Örebro"))
    customers.create_contact(session, customers.ContactFields(
        first_name="Öjvind", last_name="Rörström", parent_account_id=account))
    customers.create_contact(session, customers.ContactFields(last_name="Berg"))
    _form, lookup, _after = make_form(search=lookups.search_customers, reader=reader)
    type_text(lookup.edit, "örebro")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.results_visible())
    assert rows(lookup) == ["Örebro Rör AB — Örebro", "New"]
    assert markers(lookup)[0] == "Account"
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert lookup.item() == lookups.LookupItem("account", account, "Örebro Rör AB", "Örebro")

    # the contact lookup of the chosen account: its contacts come first, even for no text
    lookup.clear()
    lookup.set_search(lambda text: lookups.search_contacts(text, account_id=account))
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: lookup.results_visible())
    assert rows(lookup)[0].startswith("Öjvind Rörström — Örebro Rör AB")
    assert markers(lookup)[0] == "Contact"
