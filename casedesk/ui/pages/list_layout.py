"""The shape every list page shares: a command bar, a view chooser with a filter and a count,
and a sortable, lazily filled table. Small helpers, in the manner of git-cola's qtutils."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTableView, QVBoxLayout, QWidget


def configure_list_table(table: QTableView) -> None:
    """Rows selected whole, no grid noise, movable columns, a sort indicator."""
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)


def lay_out_list_page(page: QWidget, command_bar, view_label, view_combo, filter_edit,
                      count_label, table) -> None:
    """Command bar on top, then view + filter + count, then the table; Tab in that order."""
    top = QHBoxLayout()
    top.addWidget(view_label)
    top.addWidget(view_combo)
    top.addSpacing(12)
    top.addWidget(filter_edit, 1)
    top.addWidget(count_label)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(8, 4, 8, 4)
    layout.addWidget(command_bar)
    layout.addLayout(top)
    layout.addWidget(table, 1)
    page.setTabOrder(view_combo, filter_edit)
    page.setTabOrder(filter_edit, table)
