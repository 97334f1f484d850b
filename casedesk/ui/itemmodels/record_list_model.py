"""A lazy table of records (accounts, contacts, …) that pages rows in from a controller.

The columns are specs; the rows come from `list_fn(query, after=, limit=)` (a page with `rows`
and `next_key`) and `count_fn(query)`. The first page of a query loads on the reader thread;
`fetchMore` asks for the next keyset page. Sorting is a new query (SQL orders the whole list).
`data()` never queries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

PAGE_SIZE = 100
_ROOT = QModelIndex()  # the invisible root: a table's rows have no parent
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class ColumnSpec:
    """One column: `header` is an English source marked with QT_TRANSLATE_NOOP(context, …);
    `display` turns a row into the cell's text; `sort` is the controller's sort key (None:
    the column cannot be sorted); `raw` gives the value under SORT_ROLE (default: the text)."""

    key: str
    context: str
    header: str
    display: Callable[[object], str]
    sort: str | None = None
    raw: Callable[[object], object] | None = None

    def header_text(self) -> str:
        return QCoreApplication.translate(self.context, self.header)


class RecordListModel(QAbstractTableModel):
    """Rows of one record list. The query is a frozen dataclass with `sort` and `descending`
    fields (e.g. customers.CustomerQuery); the rows have `id` and, optionally, `active`.
    `reader.submit(fn, on_done, on_error, key=)` runs the first page off the GUI thread."""

    loaded = Signal(int)  # the number of records in the list, after a (re)load
    load_failed = Signal(object)

    def __init__(self, list_fn, count_fn, reader, columns: Sequence[ColumnSpec], query, *,
                 page_size: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._list = list_fn
        self._count = count_fn
        self._reader = reader
        self._columns = list(columns)
        self._query = query
        self._page_size = page_size
        self._rows: list = []
        self._next_key = None
        self._generation = 0
        self.total = 0
        self.loading = False

    # -- what it shows -------------------------------------------------------------------

    @property
    def query(self):
        return self._query

    @property
    def columns(self) -> list[ColumnSpec]:
        return list(self._columns)

    def column_of(self, sort_key: str) -> int:
        """The column sorted by `sort_key`, or -1."""
        return next((i for i, c in enumerate(self._columns) if c.sort == sort_key), -1)

    def set_query(self, query) -> None:
        """Load the first page of a new query (in the background); older answers are dropped."""
        self._query = query
        self._generation += 1
        generation = self._generation
        list_fn, count_fn = self._list, self._count
        limit = self._page_size or PAGE_SIZE
        self.loading = True

        def load():
            return list_fn(query, after=None, limit=limit), count_fn(query)

        self._reader.submit(load, lambda result: self._apply(generation, *result),
                            lambda exc: self._failed(generation, exc),
                            key=f"records{id(self)}", owner=self)

    def reload(self) -> None:
        self.set_query(self._query)

    def _apply(self, generation: int, page, total: int) -> None:
        if generation != self._generation:
            return  # the answer to a query the user has already changed
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

    def record_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_for_id(self, record_id: int) -> int:
        """The row showing the record, or -1 (only rows already loaded are searched)."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    # -- Qt overrides --------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and not self.loading and self._next_key is not None

    def fetchMore(self, parent=_ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._list(self._query, after=self._next_key,
                          limit=self._page_size or PAGE_SIZE)
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
            return column.display(row) or ""
        if role == ID_ROLE:
            return row.id
        if role == ACTIVE_ROLE:
            return getattr(row, "active", True)
        if role == SORT_ROLE:
            return column.raw(row) if column.raw else column.display(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.header_text()}: {column.display(row) or ''}"
        if not getattr(row, "active", True):  # inactive records (All view) look disabled
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                    QPalette.ColorRole.Text)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._columns[section].header_text()
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new query: SQL orders the whole list, not just the loaded rows."""
        if not 0 <= column < len(self._columns) or self._columns[column].sort is None:
            return
        query = replace(self._query, sort=self._columns[column].sort,
                        descending=order == Qt.SortOrder.DescendingOrder)
        if query != self._query:
            self.set_query(query)

    def retranslate(self) -> None:
        """Headers and cells again in the current language (no query)."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))
