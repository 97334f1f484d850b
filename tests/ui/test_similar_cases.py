"""Find Similar Cases, the Similar Cases panel and the title suggestions through their real
widgets (issue 8, SPEC §2.8): open the dialog on a case, change the subject, search a keyword,
see the highlighted title, preview, Found a Solution, see the link on both cases."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from casedesk.controllers import activities, connections, lifecycle, lookups
from casedesk.controllers import search as real_search
from casedesk.controllers.cases import NewCase, create_case
from casedesk.models import Account, Case, Contact, Subject
from casedesk.models.options import CaseState, StatusReason
from casedesk.ui.background import Reader
from casedesk.ui.dialogs.find_similar_dialog import HTML_ROLE, FindSimilarCasesDialog
from casedesk.ui.widgets.case_suggestions import CaseSuggestions
from casedesk.ui.widgets.similar_cases import SimilarCasesPanel

REAL_ENGINE = hasattr(real_search, "search_cases") and hasattr(real_search, "suggest_resolved")


@dataclass(frozen=True)
class FakeHit:
    case_id: int
    number: str
    title: str
    customer: str
    state: int
    status_reason: int
    created_on: datetime
    subject: str
    in_title: bool
    title_marked: str
    snippet_marked: str


class FakeSearch:
    """The issue 8 search contract over a few cases, for until the engine lands."""

    @staticmethod
    def _words(text):
        return [w for w in re.findall(r"\w+", (text or "").casefold())]

    def _hits(self, where, words):
        hits = []
        for case in Case.select().where(where).order_by(Case.created_on.desc()):
            title = case.title
            body = (case.description or "").casefold()
            in_title = all(w in title.casefold() for w in words)
            if words and not in_title and not all(w in body for w in words):
                continue
            marked = html.escape(title)
            for w in words:
                marked = re.sub(f"({re.escape(w)}\\w*)", r"<b>\1</b>", marked,
                                flags=re.IGNORECASE)
            customer = case.customer_account.name if case.customer_account else ""
            hits.append(FakeHit(case.id, case.number, title, customer, case.state,
                                case.status_reason, case.created_on,
                                case.subject.title if case.subject else "", in_title, marked,
                                ""))
        hits.sort(key=lambda h: not h.in_title)
        return hits

    def search_cases(self, text, *, subject_id=None, resolved_only=False,
                     exclude_case_id=None, limit=50):
        where = Case.id != (exclude_case_id or 0)
        if subject_id is not None:
            where &= Case.subject == subject_id
        if resolved_only:
            where &= Case.state == int(CaseState.RESOLVED)
        hits = self._hits(where, self._words(text))
        return len(hits), hits[:limit]

    def suggest_duplicates(self, *, customer_kind, customer_id, title, exclude_case_id=None,
                           limit=5):
        column = Case.customer_account if customer_kind == "account" else Case.customer_contact
        where = ((column == customer_id) & (Case.state == int(CaseState.ACTIVE))
                 & (Case.id != (exclude_case_id or 0)))
        words = self._words(title)[:1]
        return self._hits(where, words)[:limit]

    def suggest_resolved(self, title, *, subject_id=None, limit=5):
        where = Case.state == int(CaseState.RESOLVED)
        return self._hits(where, self._words(title)[:1])[:limit]


@pytest.fixture
def engine():
    return real_search if REAL_ENGINE else FakeSearch()


@pytest.fixture
def reader(qapp):
    r = Reader()
    yield r
    r.close()


@pytest.fixture
def solved(session):
    """An active printer case under Hardware › Printers, and resolved cases to learn from."""
    hardware = Subject.create(title="Hardware")
    printers = Subject.create(title="Printers", parent=hardware)
    network = Subject.create(title="Network")
    acme = Account.create(name="Havstål AB")
    other = Account.create(name="Nordlys Glas AB")
    Contact.create(first_name="Sven", last_name="Ödman", full_name="Sven Ödman")

    def case(title, subject, account=acme, description=None):
        return create_case(session, NewCase(title=title, customer_account_id=account.id,
                                            subject_id=subject.id, description=description))

    current = case("Skrivaren skriver inte ut", printers)
    toner = case("Skrivaren visar tonerfel", printers, other,
                 "Efter byte av toner skriver den inte alls")
    jam = case("Papper fastnar i facket", printers, other, "Skrivaren drar in två ark")
    vpn = case("VPN tappar anslutningen", network, other, "Varje timme")
    still_open = case("Skrivaren piper", printers, other)
    activities.create_note(session, toner, "Kunden bytte tonerkassett, felet kvar",
                           title="Samtal med kunden")
    for resolved in (toner, jam, vpn):
        lifecycle.resolve_case(session, resolved, resolution_type=int(
            StatusReason.PROBLEM_SOLVED), resolution="Rengjorde tonerchipet", billable_time=0)
    return {"current": current, "toner": toner, "jam": jam, "vpn": vpn, "open": still_open,
            "printers": printers.id, "network": network.id, "acme": acme.id}


def _dialog(qtbot, session, engine, reader, solved, prefs):
    dialog = FindSimilarCasesDialog(session, engine, connections, lookups, activities, reader,
                                    solved["current"], subject_id=solved["printers"],
                                    prefs=prefs)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def _numbers(dialog):
    return [dialog.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)
            for i in range(dialog.results.topLevelItemCount())]


def test_find_similar_cases_from_subject_to_found_a_solution(qtbot, session, engine, reader,
                                                             solved, prefs, no_message_boxes):
    dialog = _dialog(qtbot, session, engine, reader, solved, prefs)
    assert dialog.windowTitle() == "Find Similar Cases"
    assert dialog.current_subject() == solved["printers"]  # the case's subject
    # the subject's resolved cases; not the case itself, not the active one
    qtbot.waitUntil(lambda: bool(dialog.hits) and not dialog.searching)
    assert set(_numbers(dialog)) == {solved["toner"], solved["jam"]}
    # another subject lists its resolved cases
    dialog.choose_subject(solved["network"])
    qtbot.waitUntil(lambda: _numbers(dialog) == [solved["vpn"]])
    assert dialog.count_label.text() == "1 case found."
    dialog.choose_subject(solved["printers"])
    qtbot.waitUntil(lambda: len(_numbers(dialog)) == 2)
    # a keyword: the title match first, its words bold
    dialog.keyword_edit.setText("toner")
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.searching and _numbers(dialog)[:1] == [solved["toner"]])
    markup = dialog.results.topLevelItem(0).data(1, HTML_ROLE)
    assert "<b>" in markup and "toner" in markup.lower()
    assert dialog.results.topLevelItem(0).text(1) == "Skrivaren visar tonerfel"
    assert not dialog.found_button.isEnabled()
    # preview: the chosen case's notes and resolution, read off the GUI thread
    dialog.results.setCurrentItem(dialog.results.topLevelItem(0))
    qtbot.waitUntil(lambda: dialog.previewed == solved["toner"])
    text = dialog.preview.toPlainText()
    assert "Samtal med kunden" in text and "Rengjorde tonerchipet" in text
    assert dialog.found_button.isEnabled()
    # Found a Solution: linked on both cases, the dialog closed
    qtbot.mouseClick(dialog.found_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.linked_case_id == solved["toner"]
    assert [x.case_id for x in connections.similar_cases(solved["current"])] == [
        solved["toner"]]
    assert [x.case_id for x in connections.similar_cases(solved["toner"])] == [
        solved["current"]]
    assert no_message_boxes == []


def test_linking_twice_is_refused_with_a_message(qtbot, session, engine, reader, solved,
                                                 prefs, no_message_boxes):
    connections.link_similar(session, solved["current"], solved["jam"])
    dialog = _dialog(qtbot, session, engine, reader, solved, prefs)
    qtbot.waitUntil(lambda: solved["jam"] in _numbers(dialog))
    row = _numbers(dialog).index(solved["jam"])
    dialog.results.setCurrentItem(dialog.results.topLevelItem(row))
    dialog.accept()
    assert no_message_boxes == ["The cases are already linked as similar cases."]
    assert dialog.isVisible() and dialog.connection_id is None
    assert len(connections.similar_cases(solved["current"])) == 1


def test_an_empty_keyword_without_a_subject_asks_for_one(qtbot, session, engine, reader,
                                                        solved, prefs):
    dialog = _dialog(qtbot, session, engine, reader, solved, prefs)
    dialog.choose_subject(None)
    assert dialog.hits == [] and not dialog.searching
    assert dialog.count_label.text() == "Choose a subject or type a keyword, then Search."


def test_the_similar_cases_panel_lists_opens_and_removes(qtbot, session, solved,
                                                         no_message_boxes):
    panel = SimilarCasesPanel(session, connections)
    qtbot.addWidget(panel)
    panel.set_case(solved["current"], read_only=False)
    assert panel.list.topLevelItemCount() == 0 and not panel.remove_button.isEnabled()
    assert panel.add_button.text() == "&Add Connection"
    with qtbot.waitSignal(panel.add_requested):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    connections.link_similar(session, solved["current"], solved["toner"])  # CASES_CHANGED
    assert panel.list.topLevelItemCount() == 1
    item = panel.list.topLevelItem(0)
    assert (item.text(1), item.text(2)) == ("Skrivaren visar tonerfel", "Problem Solved")
    panel.list.setCurrentItem(item)
    with qtbot.waitSignal(panel.case_open_requested) as opened:
        panel.list.itemActivated.emit(item, 0)
    assert opened.args == [solved["toner"]]
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(no_message_boxes) == 1  # asked first
    assert panel.list.topLevelItemCount() == 0
    assert connections.similar_cases(solved["toner"]) == []
    panel.set_case(solved["toner"], read_only=True)
    assert not panel.add_button.isEnabled()


def test_found_a_solution_shows_in_the_panel(qtbot, session, engine, reader, solved, prefs):
    panel = SimilarCasesPanel(session, connections)
    qtbot.addWidget(panel)
    panel.set_case(solved["current"])
    dialog = _dialog(qtbot, session, engine, reader, solved, prefs)
    qtbot.waitUntil(lambda: solved["jam"] in _numbers(dialog))
    dialog.results.setCurrentItem(dialog.results.topLevelItem(
        _numbers(dialog).index(solved["jam"])))
    qtbot.mouseClick(dialog.found_button, Qt.MouseButton.LeftButton)
    assert [panel.list.topLevelItem(i).text(1) for i in range(panel.list.topLevelItemCount())
            ] == ["Papper fastnar i facket"]


def test_suggestions_appear_for_a_similar_title_of_the_same_customer(qtbot, session, engine,
                                                                     reader, solved):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    suggestions = CaseSuggestions(engine, reader, host)
    host.show()
    assert suggestions.isHidden()
    acme_open = create_case(session, NewCase(title="Skrivaren skrynklar papper",
                                             customer_account_id=solved["acme"]))
    suggestions.set_context("account", solved["acme"], solved["printers"], None)
    for n in range(1, len("Skrivaren") + 1):  # typed, one keystroke at a time
        suggestions.title_changed("Skrivaren"[:n])
    qtbot.waitUntil(lambda: bool(suggestions.duplicates) and not suggestions.pending)
    assert suggestions.isVisible()
    duplicates = {hit.case_id for hit in suggestions.duplicates}
    assert acme_open in duplicates and solved["current"] in duplicates
    assert solved["toner"] not in duplicates  # another customer's
    assert all(hit.state == int(CaseState.RESOLVED) for hit in suggestions.resolved)
    button = suggestions.duplicate_buttons[0]
    assert button.isVisible() and suggestions.duplicates_label.text() == "Possible duplicates"
    with qtbot.waitSignal(suggestions.case_open_requested) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened.args == [suggestions.duplicates[0].case_id]
    suggestions.title_changed("")
    assert suggestions.isHidden()


def test_swedish_labels(qtbot, session, engine, reader, solved, prefs, english):
    panel = SimilarCasesPanel(session, connections)
    qtbot.addWidget(panel)
    panel.set_case(solved["current"])
    dialog = _dialog(qtbot, session, engine, reader, solved, prefs)
    english.switch("sv")
    assert dialog.windowTitle() == "Sök efter liknande ärenden"
    assert dialog.found_button.text().replace("&", "") == "En lösning hittades"
    assert dialog.search_button.text().replace("&", "") == "Sök"
    assert dialog.subject_caption.text().replace("&", "") == "Ämne"
    assert panel.heading.text() == "Liknande ärenden"
    assert panel.add_button.text().replace("&", "") == "Lägg till anslutningspost"
