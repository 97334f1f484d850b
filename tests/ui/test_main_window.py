"""The main window as a user meets it: pages, views, sort, filter, open, quick find."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casedesk.controllers.cases import CaseColumn, CaseView
from casedesk.ui.forms.case_form import CaseForm
from casedesk.ui.main_window import SERVICE_PAGES, SETTINGS_PAGES, MainWindow
from casedesk.ui.pages.placeholder_page import PlaceholderPage


def titles(page):
    model = page.model
    column = model.columns.index(CaseColumn.TITLE)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def choose_view(qtbot, page, view):
    page.view_combo.setCurrentIndex(page.view_combo.findData(int(view)))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.query.view == view)


def test_my_active_cases_is_the_default_view(window):
    page = window.case_list
    assert window.stack.currentWidget() is page
    assert page.view_combo.currentData() == int(CaseView.MY_ACTIVE)
    assert titles(page) == ["Printer jams on page two", "Lösenordet har gått ut",
                            "Skrivaren skriver inte ut"]
    assert page.count_label.text() == "3 cases"
    assert window.user_label.text() == "Åsa Öberg"


def test_each_view_shows_its_cases(qtbot, window):
    page = window.case_list
    expected = {
        CaseView.ACTIVE: 5, CaseView.RESOLVED: 1, CaseView.MY_RESOLVED: 1,
        CaseView.CANCELED: 1, CaseView.ESCALATED: 0, CaseView.ALL: 7, CaseView.MY_ACTIVE: 3,
    }
    for view, count in expected.items():
        choose_view(qtbot, page, view)
        assert page.model.total == count, view
        assert page.model.rowCount() == count


def test_clicking_a_header_sorts_the_whole_view(qtbot, window):
    page = window.case_list
    choose_view(qtbot, page, CaseView.ALL)
    header = page.table.horizontalHeader()
    section = page.model.columns.index(CaseColumn.TITLE)
    header.setSortIndicator(section, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.query.sort == CaseColumn.TITLE and not page.model.loading)
    assert titles(page)[0] == "Åtkomst till portalen" or titles(page)[0] == "Dubblett av faktura"
    assert titles(page) == sorted(titles(page), key=str.casefold)
    header.setSortIndicator(page.model.columns.index(CaseColumn.CUSTOMER),
                            Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.query.sort == CaseColumn.CUSTOMER
                    and not page.model.loading)
    customers = [page.model.row_of(r).customer for r in range(page.model.rowCount())]
    assert customers == sorted(customers, key=str.casefold, reverse=True)


def test_typing_filters_the_list(qtbot, window):
    page = window.case_list
    choose_view(qtbot, page, CaseView.ALL)
    qtbot.keyClicks(page.filter_edit, "faktura")
    qtbot.waitUntil(lambda: page.model.query.filter_text == "faktura" and not page.model.loading)
    assert sorted(titles(page)) == ["Dubblett av faktura", "Fakturan är fel"]
    assert page.count_label.text() == "2 cases"
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: page.model.query.filter_text == "" and not page.model.loading)
    assert page.model.rowCount() == 7


def test_enter_opens_the_case_form(qtbot, window):
    page = window.case_list
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = window.last_form
    assert isinstance(form, CaseForm)
    assert form.title_edit.text() == "Printer jams on page two"
    assert form.customer_edit.item().label == "Havstål AB"
    assert form.number_label.text() == page.model.row_of(0).number
    # opening the same case again brings the open form forward instead of a second one
    assert window.open_case(form.case_id) is form and len(window.case_forms) == 1
    form.close()


def test_multi_select(qtbot, window):
    page = window.case_list
    page.table.selectAll()
    assert len(page.selected_ids()) == 3
    assert not window.actions["open_case"].isEnabled()
    page.table.selectRow(1)
    assert window.actions["open_case"].isEnabled()


def test_navigation_reaches_every_page(window):
    for spec in SERVICE_PAGES + SETTINGS_PAGES:
        window.show_page(spec.page_id)
        page = window.stack.currentWidget()
        assert page is window.pages[spec.page_id]
        if isinstance(page, PlaceholderPage):
            assert page.badge.text() == "Not available yet"
            assert page.description.text()


def test_settings_pages_are_for_administrators_only(qtbot, session, desk, prefs, services):
    from casedesk.controllers import admin

    admin.create_user(session, "Agent Smith", "smith")
    admin.sign_in(session, "smith")
    w = MainWindow(session, services, prefs, "test.db")
    qtbot.addWidget(w)
    assert w.settings_group.isHidden()
    w.show_page("subjects")
    assert w.stack.currentWidget() is not w.pages["subjects"]
    w.reader.close()


def test_quick_find_finds_cases_and_customers(qtbot, window):
    window.focus_quick_find()
    qtbot.keyClicks(window.quick_find_edit, "havst")
    qtbot.waitUntil(lambda: window.quick_find.panel.isVisible())
    assert [a[1] for a in window.quick_find.last_result.accounts] == ["Havstål AB"]
    opened = []
    original = window.accounts.open_record
    window.accounts.open_record = lambda record_id: opened.append(original(record_id))
    qtbot.keyClick(window.quick_find_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.accounts
    assert len(opened) == 1 and opened[0].record_id == window.quick_find.last_result.accounts[0][0]
    opened[0].close()


def test_quick_find_opens_a_case_by_number(qtbot, window):
    number = window.case_list.model.row_of(0).number
    window.focus_quick_find()
    qtbot.keyClicks(window.quick_find_edit, number[:9])
    qtbot.waitUntil(lambda: window.quick_find.panel.isVisible())
    assert number in [c[1] for c in window.quick_find.last_result.cases]
    while window.quick_find.panel.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)[1] != \
            window.case_list.model.row_of(0).id:
        qtbot.keyClick(window.quick_find_edit, Qt.Key.Key_Down)
    qtbot.keyClick(window.quick_find_edit, Qt.Key.Key_Return)
    assert window.last_form.number_label.text() == number
    window.last_form.close()


def test_layout_and_sort_are_remembered(qtbot, session, desk, prefs, services, window):
    page = window.case_list
    choose_view(qtbot, page, CaseView.ALL)
    page.table.horizontalHeader().setSortIndicator(
        page.model.columns.index(CaseColumn.PRIORITY), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.query.sort == CaseColumn.PRIORITY
                    and not page.model.loading)
    page.toggle_column(CaseColumn.SUBJECT, True)
    page.table.setColumnWidth(0, 333)
    window.close()
    again = MainWindow(session, services, prefs, "test.db")
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.case_list.model.loading)
    q = again.case_list.model.query
    assert (q.view, q.sort, q.descending) == (CaseView.ALL, CaseColumn.PRIORITY, False)
    assert CaseColumn.SUBJECT in again.case_list.model.columns
    assert again.case_list.table.columnWidth(0) == 333
    again.reader.close()


def test_export_csv_writes_the_view(qtbot, window, tmp_path):
    page = window.case_list
    choose_view(qtbot, page, CaseView.ALL)
    target = tmp_path / "cases.csv"
    assert page.write_csv(str(target)) == 7
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Case Number,Case Title,Customer")
    assert len(lines) == 8
    assert any("Åtkomst till portalen" in line for line in lines)


def test_every_interactive_widget_is_named(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    for cls in (QLineEdit, QComboBox, QTableView):
        for widget in window.findChildren(cls):
            if widget.isVisibleTo(window) and widget.parent() is not None \
                    and not isinstance(widget.parent(), QComboBox):
                assert widget.objectName(), widget
                assert widget.accessibleName(), widget.objectName()
    assert QApplication.instance() is not None
    del QAbstractButton
