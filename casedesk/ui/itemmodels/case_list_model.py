"""The case list: a lazy table that pages rows in from the controller (SPEC §4.2).

It holds at most the rows already scrolled past; `fetchMore` asks for the next keyset page.
Sorting and filtering are new queries, run on the reader thread. `data()` never queries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from casedesk.controllers.cases import DEFAULT_COLUMNS, CaseColumn, CasePage, CaseQuery, CaseRow
from casedesk.ui import labels
from casedesk.ui.formatting import local_datetime

PAGE_SIZE = 100
RELOAD_MAX = 2000
_ROOT = QModelIndex()  # the invisible root: a table's rows have no parent
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

HEADERS = {
    CaseColumn.NUMBER: QT_TRANSLATE_NOOP("CaseColumns", "Case Number"),
    CaseColumn.TITLE: QT_TRANSLATE_NOOP("CaseColumns", "Case Title"),
    CaseColumn.CUSTOMER: QT_TRANSLATE_NOOP("CaseColumns", "Customer"),
    CaseColumn.PRIORITY: QT_TRANSLATE_NOOP("CaseColumns", "Priority"),
    CaseColumn.ORIGIN: QT_TRANSLATE_NOOP("CaseColumns", "Origin"),
    CaseColumn.STATUS_REASON: QT_TRANSLATE_NOOP("CaseColumns", "Status Reason"),
    CaseColumn.OWNER: QT_TRANSLATE_NOOP("CaseColumns", "Owner"),
    CaseColumn.CREATED_ON: QT_TRANSLATE_NOOP("CaseColumns", "Created On"),
    CaseColumn.SUBJECT: QT_TRANSLATE_NOOP("CaseColumns", "Subject"),
    CaseColumn.PRODUCT: QT_TRANSLATE_NOOP("CaseColumns", "Product"),
    CaseColumn.QUEUE: QT_TRANSLATE_NOOP("CaseColumns", "Queue"),
    CaseColumn.WORKED_BY: QT_TRANSLATE_NOOP("CaseColumns", "Worked By"),
    CaseColumn.MODIFIED_ON: QT_TRANSLATE_NOOP("CaseColumns", "Modified On"),
}


def header_text(column: CaseColumn) -> str:
    return QCoreApplication.translate("CaseColumns", HEADERS[column])


_DISPLAY: dict[CaseColumn, Callable[[CaseRow], str]] = {
    CaseColumn.NUMBER: lambda r: r.number,
    CaseColumn.TITLE: lambda r: r.title,
    CaseColumn.CUSTOMER: lambda r: r.customer,
    CaseColumn.PRIORITY: lambda r: labels.priority(r.priority),
    CaseColumn.ORIGIN: lambda r: labels.origin(r.origin),
    CaseColumn.STATUS_REASON: lambda r: labels.status_reason(r.status_reason),
    CaseColumn.OWNER: lambda r: r.owner,
    CaseColumn.CREATED_ON: lambda r: local_datetime(r.created_on),
    CaseColumn.SUBJECT: lambda r: r.subject,
    CaseColumn.PRODUCT: lambda r: r.product,
    CaseColumn.QUEUE: lambda r: r.queue,
    CaseColumn.WORKED_BY: lambda r: r.worked_by,
    CaseColumn.MODIFIED_ON: lambda r: local_datetime(r.modified_on),
}

def display_text(row: CaseRow, column: CaseColumn) -> str:
    """What a cell shows: also what Export to CSV writes."""
    return _DISPLAY[column](row)


_RAW = {
    CaseColumn.NUMBER: "number", CaseColumn.TITLE: "title", CaseColumn.CUSTOMER: "customer",
    CaseColumn.PRIORITY: "priority", CaseColumn.ORIGIN: "origin",
    CaseColumn.STATUS_REASON: "status_reason", CaseColumn.OWNER: "owner",
    CaseColumn.CREATED_ON: "created_on", CaseColumn.SUBJECT: "subject",
    CaseColumn.PRODUCT: "product", CaseColumn.QUEUE: "queue", CaseColumn.WORKED_BY: "worked_by",
    CaseColumn.MODIFIED_ON: "modified_on",
}


class CaseListModel(QAbstractTableModel):
    """Rows of one case view. `source` has list_cases(query, after=, limit=) and
    count_cases(query); `reader` runs the first page of a new query off the GUI thread."""

    loaded = Signal(int)  # total number of cases in the view, after a (re)load
    load_failed = Signal(object)

    def __init__(self, source, reader, columns=None, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self._reader = reader
        self._columns: list[CaseColumn] = list(columns or DEFAULT_COLUMNS)
        self._rows: list[CaseRow] = []
        self._next_key: tuple | None = None
        self._query = CaseQuery()
        self._generation = 0
        self.total = 0
        self.loading = False

    # -- what it shows -------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def columns(self) -> list[CaseColumn]:
        return list(self._columns)

    def set_columns(self, columns) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_query(self, query: CaseQuery, limit: int | None = None) -> None:
        """Load the first page of a new query (in the background)."""
        self._query = query
        limit = limit or PAGE_SIZE
        self._generation += 1
        generation = self._generation
        source = self._source
        self.loading = True

        def load():
            page = source.list_cases(query, after=None, limit=limit)
            return page, source.count_cases(query)

        self._reader.submit(load, lambda result: self._apply(generation, *result),
                            lambda exc: self._failed(generation, exc), key=f"cases{id(self)}",
                            owner=self)

    def reload(self) -> None:
        """The same query again, as many rows as are loaded now (up to RELOAD_MAX), so that
        a refresh after a colleague's change keeps the place the user scrolled to."""
        self.set_query(self._query, min(RELOAD_MAX, max(PAGE_SIZE, len(self._rows))))

    def _apply(self, generation: int, page: CasePage, total: int) -> None:
        if generation != self._generation:
            return  # an answer to a query the user has already changed
        self.beginResetModel()
        self._rows = list(page.rows)
        self._next_key = page.next_key
        self.total = total
        self.endResetModel()
        self.loading = False
        self.loaded.emit(total)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.loading = False
            self.load_failed.emit(exc)

    def case_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt overrides --------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and self._next_key is not None

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or self._next_key is None:
            return
        page = self._source.list_cases(self._query, after=self._next_key, limit=PAGE_SIZE)
        if not page.rows:
            self._next_key = None
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._next_key = page.next_key
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _DISPLAY[column](row)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return getattr(row, _RAW[column])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{header_text(column)}: {_DISPLAY[column](row)}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return header_text(self._columns[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new query: SQL orders the whole view, not just the loaded rows."""
        if not 0 <= column < len(self._columns):
            return
        query = replace(self._query, sort=self._columns[column],
                        descending=order == Qt.SortOrder.DescendingOrder)
        if query != self._query:
            self.set_query(query)

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))
