"""The lazy case model: pages in rows, sorts in SQL, never queries in data()."""

from peewee import SqliteDatabase
from playhouse.test_utils import count_queries
from PySide6.QtCore import QModelIndex, Qt

from casedesk.controllers import cases
from casedesk.controllers.cases import CaseColumn, CaseQuery, CaseView, NewCase
from casedesk.models import Account
from casedesk.ui.itemmodels import case_list_model
from casedesk.ui.itemmodels.case_list_model import CaseListModel


class InlineReader:
    """Runs the work at once: the model's logic without a thread."""

    def submit(self, fn, on_done, on_error=None, key=None, owner=None):
        try:
            result = fn()
        except Exception as exc:
            if on_error:
                on_error(exc)
            return
        on_done(result)


def _many_cases(session, n):
    account = Account.create(name="Kustinvest Oy")
    for i in range(n):
        cases.create_case(session, NewCase(title=f"Ärende nummer {i:03d}",
                                           customer_account_id=account.id),
                          publish=False)


def test_model_pages_rows_in_and_passes_qtmodeltester(qtmodeltester, session, monkeypatch):
    monkeypatch.setattr(case_list_model, "PAGE_SIZE", 20)
    _many_cases(session, 45)
    model = CaseListModel(cases, InlineReader())
    model.set_query(CaseQuery(view=CaseView.ALL, user_id=session.user_id))
    assert model.rowCount() == 20 and model.total == 45
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 45
    assert not model.canFetchMore(QModelIndex())
    titles = [model.index(r, 1).data() for r in range(45)]
    assert titles == [f"Ärende nummer {i:03d}" for i in reversed(range(45))]
    qtmodeltester.check(model)


def test_data_never_queries(session):
    _many_cases(session, 10)
    model = CaseListModel(cases, InlineReader())
    model.set_query(CaseQuery(view=CaseView.ALL, user_id=session.user_id))
    database = session.database
    assert isinstance(database, SqliteDatabase)
    with count_queries() as counter:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             case_list_model.SORT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
                    model.index(row, column).data(role)
    assert counter.count == 0


def test_sort_is_a_new_query_over_the_whole_view(session):
    _many_cases(session, 30)
    model = CaseListModel(cases, InlineReader())
    model.set_query(CaseQuery(view=CaseView.ALL, user_id=session.user_id))
    title_column = model.columns.index(CaseColumn.TITLE)
    model.sort(title_column, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == CaseColumn.TITLE and not model.query.descending
    assert model.index(0, title_column).data() == "Ärende nummer 000"
    model.sort(title_column, Qt.SortOrder.DescendingOrder)
    assert model.index(0, title_column).data() == "Ärende nummer 029"


def test_stale_answers_are_dropped(session):
    """A slow answer to an old filter must not replace the answer to the newer one."""
    _many_cases(session, 5)

    class HeldReader:
        def __init__(self):
            self.jobs = []

        def submit(self, fn, on_done, on_error=None, key=None, owner=None):
            self.jobs.append((fn, on_done))

    reader = HeldReader()
    model = CaseListModel(cases, reader)
    model.set_query(CaseQuery(view=CaseView.ALL, filter_text="nummer 001"))
    model.set_query(CaseQuery(view=CaseView.ALL))
    new_fn, new_done = reader.jobs[1]
    new_done(new_fn())
    old_fn, old_done = reader.jobs[0]
    old_done(old_fn())
    assert model.rowCount() == 5
