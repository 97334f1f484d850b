"""The one lookup widget (SPEC §4.4): type letters, press Enter, pick a record from the results.

Used for customer, contact, subject, product, owner, and later entitlement, queue and case.
The results panel is a child of the top-level window (as in quick find), so the keyboard stays
in the line edit: Down/Up move, Enter chooses, Esc closes the results (a second Esc goes on to
the dialog), Tab leaves. Searches run on the reader thread; an answer to an older search is
dropped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from casedesk.ui import icons
from casedesk.ui.messages import error_message

if TYPE_CHECKING:
    from casedesk.controllers.lookups import LookupItem

#: what a row of the results holds (Qt.UserRole): a LookupItem, or one of the markers below
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_ROW = "new"
SEARCHING_DELAY_MS = 250
PANEL_MIN_WIDTH = 360
PANEL_MAX_HEIGHT = 360

_keys = itertools.count(1)

#: LookupItem.kind → its name, the marker a mixed lookup shows (e.g. the customer's)
KIND_NAMES = {
    "account": QT_TRANSLATE_NOOP("LookupKinds", "Account"),
    "contact": QT_TRANSLATE_NOOP("LookupKinds", "Contact"),
    "subject": QT_TRANSLATE_NOOP("LookupKinds", "Subject"),
    "product": QT_TRANSLATE_NOOP("LookupKinds", "Product"),
    "user": QT_TRANSLATE_NOOP("LookupKinds", "User"),
    "team": QT_TRANSLATE_NOOP("LookupKinds", "Team"),
    "case": QT_TRANSLATE_NOOP("LookupKinds", "Case"),
    "entitlement": QT_TRANSLATE_NOOP("LookupKinds", "Entitlement"),
    "queue": QT_TRANSLATE_NOOP("LookupKinds", "Queue"),
}


def kind_name(kind: str) -> str:
    """The translated name of a record kind; a ready `kind_label` for LookupEdit."""
    source = KIND_NAMES.get(kind)
    return QCoreApplication.translate("LookupKinds", source) if source else kind


class LookupResults(QTreeWidget):
    """The inline results under a lookup; it never takes the keyboard from the line edit."""

    COLUMN_TEXT, COLUMN_KIND = 0, 1

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lookupResults")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformRowHeights(True)
        self.setFrameShape(QTreeWidget.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.COLUMN_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COLUMN_KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.hide()

    def selectable_items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())
                if self.topLevelItem(i).flags() & Qt.ItemFlag.ItemIsSelectable]


class LookupEdit(QWidget):
    """A line edit with a Look Up button and inline results.

    Signals: item_changed(LookupItem | None) when the chosen record changes (by the user or
    set_item); new_requested(str) with the typed text when the user picks New.
    `search(text)` runs on the reader's worker thread and returns list[LookupItem], best
    match first, already capped.
    """

    item_changed = Signal(object)
    new_requested = Signal(str)

    def __init__(self, search: Callable[[str], list[LookupItem]], reader, *,
                 window: QWidget | None = None, allow_new: bool = False,
                 kind_label: Callable[[str], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._reader = reader
        self._window_hint = window
        self._allow_new = allow_new
        self._kind_label = kind_label
        self._item: LookupItem | None = None
        self._read_only = False
        self._key = f"lookup-{next(_keys)}"
        self._generation = 0
        self._pending = False
        #: the answer on show: (text searched, items or None, error or None)
        self._answer: tuple[str, list | None, Exception | None] | None = None
        self._panel: LookupResults | None = None
        self._window: QWidget | None = None

        self.edit = QLineEdit(self)
        self.edit.setObjectName("lookupLineEdit")
        self.edit.setClearButtonEnabled(False)
        self.button = QToolButton(self)
        self.button.setObjectName("lookupButton")
        self.button.setIcon(icons.icon("lookup"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab leaves the lookup
        self._chosen_action = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

        self._searching_timer = QTimer(self, singleShot=True, interval=SEARCHING_DELAY_MS)
        self._searching_timer.timeout.connect(self._show_searching)
        self._connect_signals()
        self.objectNameChanged.connect(self._name_children)
        self.retranslate_ui()

    # --- wiring --------------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.button.clicked.connect(self._on_button)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.installEventFilter(self)

    def _name_children(self, name: str) -> None:
        """Children carry the caller's objectName, so two lookups in a form stay apart."""
        self.edit.setObjectName(f"{name}Edit")
        self.button.setObjectName(f"{name}Button")
        if self._panel is not None:
            self._panel.setObjectName(f"{name}Results")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.button.setToolTip(self.tr("Look Up"))
        self.button.setAccessibleName(self.tr("Look Up"))
        self._update_chosen_look()
        if self._panel is not None and self._panel.isVisible() and self._answer is not None:
            self._fill(*self._answer)

    # --- public API ----------------------------------------------------------------------------

    def item(self) -> LookupItem | None:
        return self._item

    def text(self) -> str:
        return self.edit.text()

    def set_item(self, item: LookupItem | None) -> None:
        """Show `item` as chosen (None: empty); item_changed only when it really changes."""
        self._hide_results()
        self.edit.setText(item.label if item is not None else "")
        self._set_chosen(item)

    def clear(self) -> None:
        self.set_item(None)

    def set_search(self, search: Callable[[str], list[LookupItem]]) -> None:
        """Search something else from now on (e.g. the contacts of another account)."""
        self._search = search
        self._generation += 1  # an answer of the old search is no longer wanted
        self._hide_results()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.edit.setReadOnly(read_only)
        self.button.setVisible(not read_only)
        if read_only:
            self._hide_results()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_placeholder(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt override)
        """The name goes to the line edit too: that is what has the keyboard."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def results_visible(self) -> bool:
        return self._panel is not None and self._panel.isVisible()

    def results(self) -> LookupResults | None:
        return self._panel

    def search(self) -> None:
        """Search for the text now (Enter, the Look Up button, Alt+Down)."""
        if self._read_only:
            return
        text = self.edit.text()
        self._generation += 1
        generation = self._generation
        search = self._search
        self._pending = True
        self._searching_timer.start()
        self._reader.submit(lambda: search(text),
                            lambda items: self._on_answer(generation, text, items, None),
                            lambda exc: self._on_answer(generation, text, None, exc),
                            key=self._key, owner=self)

    # --- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key_press(event)
            if event.type() == QEvent.Type.FocusOut:
                QTimer.singleShot(0, self._hide_if_unfocused)
        elif obj is self._window and event.type() == QEvent.Type.Resize:
            if self.results_visible():
                self._place()
        return super().eventFilter(obj, event)

    def _key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        showing = self.results_visible()
        if key == Qt.Key.Key_Down and alt:
            self.search()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and showing:
            self._move(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and showing:
            self._move(5 if key == Qt.Key.Key_PageDown else -5)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if showing:
                row = self._panel.currentItem()
                if row is not None and row.flags() & Qt.ItemFlag.ItemIsSelectable:
                    self._activate(row)
                return True
            if self._read_only or self._item is not None or not self.edit.text().strip():
                return False  # nothing to look up: Enter goes on (e.g. the default button)
            self.search()
            return True
        if key == Qt.Key.Key_Escape:
            if showing or self._pending:
                self._hide_results()
                return True
            return False  # the second Esc goes on to the dialog
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._hide_results()
        return False

    def _on_button(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search()

    def _on_text_edited(self, _text: str) -> None:
        self._hide_results()
        if self._item is not None:
            self._set_chosen(None)

    def _hide_if_unfocused(self) -> None:
        if isValid(self) and not self.edit.hasFocus():
            self._hide_results()

    # --- results -------------------------------------------------------------------------------

    def _ensure_panel(self) -> LookupResults:
        window = self._window_hint or self.window()
        if self._panel is None or self._window is not window:
            if self._panel is not None:
                self._panel.deleteLater()
            if self._window is not None and isValid(self._window):
                self._window.removeEventFilter(self)
            self._window = window
            self._panel = LookupResults(window)
            if self.objectName():
                self._panel.setObjectName(f"{self.objectName()}Results")
            self._panel.itemClicked.connect(lambda row, _column: self._activate(row))
            self.destroyed.connect(self._panel.deleteLater)
            window.installEventFilter(self)
        return self._panel

    def _on_answer(self, generation: int, text: str, items, error) -> None:
        if not isValid(self) or generation != self._generation:
            return  # a newer search (or another search function) replaced this one
        self._pending = False
        self._searching_timer.stop()
        self._answer = (text, items, error)
        self._fill(text, items, error)

    def _show_searching(self) -> None:
        if self._pending and isValid(self):
            panel = self._ensure_panel()
            panel.clear()
            self._add_note(panel, self.tr("Searching…"))
            self._open_panel()

    def _fill(self, text: str, items: list | None, error: Exception | None) -> None:
        panel = self._ensure_panel()
        panel.clear()
        if error is not None:
            self._add_note(panel, error_message(error))
        elif not items:
            self._add_note(panel, self.tr("Nothing found."))
        for item in items or []:
            shown = f"{item.label} — {item.detail}" if item.detail else item.label
            marker = self._kind_label(item.kind) if self._kind_label else ""
            row = QTreeWidgetItem(panel, [shown, marker])
            row.setData(LookupResults.COLUMN_TEXT, ROW_ROLE, item)
            row.setToolTip(LookupResults.COLUMN_TEXT, shown)
            glyph = f"kind_{item.kind}"
            if glyph in icons.GLYPHS:
                row.setIcon(LookupResults.COLUMN_TEXT, icons.icon(glyph))
            row.setForeground(LookupResults.COLUMN_KIND, panel.palette().placeholderText())
        if self._allow_new:
            new = QTreeWidgetItem(panel, [self.tr("New"), ""])
            new.setData(LookupResults.COLUMN_TEXT, ROW_ROLE, NEW_ROW)
            new.setIcon(LookupResults.COLUMN_TEXT, icons.icon("new_record"))
            font = new.font(LookupResults.COLUMN_TEXT)
            font.setBold(True)
            new.setFont(LookupResults.COLUMN_TEXT, font)
            new.setToolTip(LookupResults.COLUMN_TEXT, self.tr("Create a new record"))
        rows = panel.selectable_items()
        if rows:
            panel.setCurrentItem(rows[0])  # the best match, or New when nothing matched
        self._open_panel()

    @staticmethod
    def _add_note(panel: LookupResults, text: str) -> None:
        note = QTreeWidgetItem(panel, [text, ""])
        note.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = note.font(LookupResults.COLUMN_TEXT)
        font.setItalic(True)
        note.setFont(LookupResults.COLUMN_TEXT, font)
        note.setFirstColumnSpanned(True)

    def _open_panel(self) -> None:
        self._place()
        self._panel.show()
        self._panel.raise_()

    def _place(self) -> None:
        """Under the edit when it fits, else above it; never outside the window."""
        panel, window = self._panel, self._window
        heights = [max(panel.sizeHintForRow(i), panel.fontMetrics().height() + 2)
                   for i in range(panel.topLevelItemCount())]
        row_height = max(heights, default=panel.fontMetrics().height() + 2)
        wanted = min(PANEL_MAX_HEIGHT, sum(heights) + 2 * panel.frameWidth())
        top_left = self.edit.mapTo(window, QPoint(0, 0))
        below = top_left.y() + self.edit.height() + 1
        room_below = window.height() - below - 2
        room_above = top_left.y() - 3
        if wanted <= room_below or room_below >= room_above:
            height = max(row_height, min(wanted, room_below))
            y = below
        else:
            height = min(wanted, room_above)
            y = top_left.y() - height - 1
        width = min(max(self.width(), PANEL_MIN_WIDTH), window.width() - 4)
        x = max(2, min(top_left.x(), window.width() - width - 2))
        panel.setGeometry(QRect(x, y, width, height))

    def _move(self, step: int) -> None:
        rows = self._panel.selectable_items()
        if not rows:
            return
        current = self._panel.currentItem()
        index = rows.index(current) if current in rows else -1
        self._panel.setCurrentItem(rows[max(0, min(len(rows) - 1, index + step))])

    def _activate(self, row: QTreeWidgetItem) -> None:
        data = row.data(LookupResults.COLUMN_TEXT, ROW_ROLE)
        if data is None:
            return
        self._hide_results()
        if data == NEW_ROW:
            self.new_requested.emit(self.edit.text().strip())
            return
        self.edit.setText(data.label)
        self._set_chosen(data)

    def _hide_results(self) -> None:
        if self._pending:
            self._generation += 1  # closed before the answer came: it is not wanted
        self._pending = False
        self._searching_timer.stop()
        if self._panel is not None and isValid(self._panel):
            self._panel.hide()

    def hideEvent(self, event) -> None:
        self._hide_results()
        super().hideEvent(event)

    # --- the chosen record ---------------------------------------------------------------------

    def _set_chosen(self, item: LookupItem | None) -> None:
        changed = item != self._item
        self._item = item
        self._update_chosen_look()
        if changed:
            self.item_changed.emit(item)

    def _update_chosen_look(self) -> None:
        """A chosen record reads like a link with its kind's icon; typed text looks plain."""
        item = self._item
        font = self.edit.font()
        font.setUnderline(item is not None)
        self.edit.setFont(font)
        self.edit.setStyleSheet("QLineEdit { color: palette(link); }" if item is not None
                                else "")
        if self._chosen_action is not None:
            self.edit.removeAction(self._chosen_action)
            self._chosen_action = None
        if item is not None:
            glyph = f"kind_{item.kind}"
            self._chosen_action = self.edit.addAction(
                icons.icon(glyph if glyph in icons.GLYPHS else "lookup"),
                QLineEdit.ActionPosition.LeadingPosition)
            marker = self._kind_label(item.kind) if self._kind_label else ""
            self._chosen_action.setToolTip(marker)
            self.edit.setToolTip(f"{item.label} — {item.detail}" if item.detail else item.label)
            self.edit.setAccessibleDescription(
                self.tr("Chosen: %1").replace("%1", f"{marker} {item.label}".strip()))
        else:
            self.edit.setToolTip("")
            self.edit.setAccessibleDescription("")
