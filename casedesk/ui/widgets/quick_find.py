"""Global quick find (Ctrl+K): type, and cases, accounts and contacts appear below the box.

The results panel is a child of the window, so the box keeps the keyboard: Up/Down move in
the results, Enter opens, Esc closes. The search runs on the reader thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from casedesk.controllers.search import QuickFindResult

DELAY_MS = 200
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class QuickFindPanel(QTreeWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("quickFindResults")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformRowHeights(True)
        self.setFrameShape(QTreeWidget.Shape.StyledPanel)
        self.hide()


class QuickFind(QObject):
    """Drives a line edit and its results panel. Emits chosen(kind, id, label)."""

    chosen = Signal(str, int, str)

    def __init__(self, edit: QLineEdit, window: QWidget, search_fn, reader) -> None:
        super().__init__(edit)
        self.edit = edit
        self.panel = QuickFindPanel(window)
        self._window = window
        self._search = search_fn
        self._reader = reader
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._run)
        edit.textChanged.connect(lambda _t: self._timer.start())
        edit.installEventFilter(self)
        self.panel.itemClicked.connect(lambda item, _c: self._choose(item))
        self.last_result = QuickFindResult()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.panel.isVisible():
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self._run()
                item = self.panel.currentItem()
                if item is not None and item.data(0, KIND_ROLE):
                    self._choose(item)
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        if obj is self.edit and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_if_unfocused)
        return super().eventFilter(obj, event)

    def _hide_if_unfocused(self) -> None:
        if not self.edit.hasFocus():
            self.panel.hide()

    def close(self) -> None:
        self.panel.hide()
        self.edit.clear()

    def _run(self) -> None:
        self._timer.stop()
        text = self.edit.text()
        self._generation += 1
        generation = self._generation
        if len(text.strip()) < 2:
            self.panel.hide()
            return
        self._reader.submit(lambda: self._search(text),
                            lambda result: self._show(generation, result), key="quick_find",
                            owner=self.panel)

    def _selectable(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.panel.topLevelItemCount()):
            top = self.panel.topLevelItem(i)
            items += [top.child(j) for j in range(top.childCount())]
        return items

    def _move(self, step: int) -> None:
        items = self._selectable()
        if not items:
            return
        current = self.panel.currentItem()
        index = items.index(current) if current in items else -1
        self.panel.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])

    def _show(self, generation: int, result: QuickFindResult) -> None:
        if generation != self._generation:
            return
        self.last_result = result
        self.panel.clear()
        groups = [
            (self.tr("Cases"), [("case", cid, f"{number}  {title}", number)
                                for cid, number, title in result.cases]),
            (self.tr("Accounts"), [("account", aid, name, name)
                                   for aid, name in result.accounts]),
            (self.tr("Contacts"), [("contact", pid, f"{name} – {account}" if account else name,
                                    name) for pid, name, account in result.contacts]),
        ]
        for caption, entries in groups:
            if not entries:
                continue
            top = QTreeWidgetItem(self.panel, [caption])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for kind, record_id, text, label in entries:
                item = QTreeWidgetItem(top, [text])
                item.setData(0, KIND_ROLE, (kind, record_id, label))
                item.setToolTip(0, text)
        if result.empty:
            empty = QTreeWidgetItem(self.panel, [self.tr("Nothing found.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.panel.expandAll()
        items = self._selectable()
        if items:
            self.panel.setCurrentItem(items[0])
        self._place()
        self.panel.show()
        self.panel.raise_()

    def _place(self) -> None:
        origin = self.edit.mapTo(self._window, QPoint(0, self.edit.height()))
        rows = sum(1 + self.panel.topLevelItem(i).childCount()
                   for i in range(self.panel.topLevelItemCount()))
        row_height = max(self.panel.sizeHintForRow(0), self.panel.fontMetrics().height() + 2)
        height = min(420, rows * row_height + 2 * self.panel.frameWidth() + 4)
        width = max(self.edit.width(), 420)
        x = min(origin.x(), self._window.width() - width - 4)
        self.panel.setGeometry(max(0, x), origin.y() + 2, width, height)

    def _choose(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, KIND_ROLE)
        if not data:
            return
        kind, record_id, label = data
        self.panel.hide()
        self.chosen.emit(kind, record_id, label)
