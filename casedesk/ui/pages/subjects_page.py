"""Settings › Subjects (SPEC §1.9): the subject tree, edited in place.

Add (under the selected subject), Add Top-Level, Rename (in place, F2), Move (drag a subject
onto another, or Move To… with a chooser) and Delete (its subjects move up to its parent; when
cases are filed under it, a small dialog asks where they go). A box over the tree filters it
as you type (a match keeps its parents). Administrators edit; everyone else sees the tree
read-only (the controller refuses them too). Every command is saved at once, so the page
never holds unsaved changes.

`subjects` is casedesk.controllers.subjects (subject_tree, subject_uses, create_subject,
rename_subject, move_subject, subject_use, delete_subject, can_edit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.cases import sort_key
from casedesk.controllers.errors import CaseDeskError, PermissionDenied
from casedesk.models.options import Role
from casedesk.ui import prompts
from casedesk.ui.actions import SUBJECT_COMMANDS, ActionRegistry
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.messages import error_message
from casedesk.ui.styles import HINT_STYLE, NOTE_STYLE, heading_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: the chooser's entry for "no subject" / "the top level"
NONE_ID = -1


def _items(tree: QTreeWidget):
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value():
        yield iterator.value()
        iterator += 1


def filter_tree(tree: QTreeWidget, text: str, column: int = 0) -> QTreeWidgetItem | None:
    """Hide the items whose title doesn't contain the text (folded), keeping the parents of
    those that do; returns the first match."""
    key = sort_key(text.strip())
    items = list(_items(tree))
    first = None
    for item in items:
        item.setHidden(bool(key))
    for item in items:
        if item.data(column, ID_ROLE) == NONE_ID:
            item.setHidden(False)
            continue
        if not key or key in sort_key(item.text(column)):
            first = first or item
            node = item
            while node is not None:
                node.setHidden(False)
                if key and node is not item:
                    node.setExpanded(True)
                node = node.parent()
    return first


class SubjectTree(QTreeWidget):
    """The tree of the page. A subject dropped on another goes under it; dropped between two
    subjects (or on the empty space) it goes under their parent (the top level). The page
    makes the move (`move_requested(subject id, new parent id or None)`); the tree itself
    never rearranges its items."""

    move_requested = Signal(int, object)

    def drop_target(self, pos: QPoint) -> tuple[bool, int | None]:
        """(valid, new parent id) for a drop at `pos` (viewport coordinates)."""
        item = self.itemAt(pos)
        if item is None:
            return True, None
        rect = self.visualItemRect(item)
        edge = max(2, rect.height() // 4)
        if pos.y() - rect.top() < edge or rect.bottom() - pos.y() < edge:
            parent = item.parent()
            return True, parent.data(0, ID_ROLE) if parent is not None else None
        return True, item.data(0, ID_ROLE)

    def dropEvent(self, event) -> None:
        dragged = self.currentItem()
        if event.source() is not self or dragged is None:
            event.ignore()
            return
        _valid, parent_id = self.drop_target(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        subject_id = dragged.data(0, ID_ROLE)
        # after the drag has finished: the move reloads the tree
        QTimer.singleShot(0, lambda: self.move_requested.emit(subject_id, parent_id))


class SubjectChoiceDialog(BaseDialog):
    """Choose a subject from the tree (type to filter), or the entry on top ("No subject" /
    "Top level"). The subject `exclude_id` and its own subjects are not offered. `chosen_id`
    after OK: a subject's id, or None for the entry on top."""

    geometry_key = "subject_choice"

    def __init__(self, nodes, *, text: str, none_label: str, exclude_id: int | None = None,
                 current_id: int | None = None, disabled_id: int | None = None, prefs=None,
                 parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("subjectChoiceDialog")
        self.chosen_id: int | None = None
        self.setWindowTitle(self.tr("Choose a Subject"))
        self.label = QLabel(text, objectName="subjectChoiceText")
        self.label.setWordWrap(True)
        self.filter_edit = QLineEdit(objectName="subjectChoiceFilter")
        self.filter_edit.setPlaceholderText(self.tr("Type to filter subjects…"))
        self.filter_edit.setAccessibleName(self.tr("Filter subjects"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(objectName="subjectChoiceTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Subjects"))
        self.tree.setAccessibleDescription(text)
        top = QTreeWidgetItem(self.tree, [none_label])
        top.setData(0, ID_ROLE, NONE_ID)
        font = top.font(0)
        font.setItalic(True)
        top.setFont(0, font)
        self.tree.setCurrentItem(top)
        self._disabled_id = disabled_id
        self._add(self.tree.invisibleRootItem(), nodes, exclude_id, current_id)
        self.tree.expandAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("subjectChoiceButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemActivated.connect(lambda *_: self.accept())
        self.filter_edit.textChanged.connect(self.apply_filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.setAccessibleName(self.tr("Choose a Subject"))
        self.resize(440, 480)
        self.restore_geometry()
        self.filter_edit.setFocus()

    def _add(self, parent, nodes, exclude_id, current_id) -> None:
        for node in nodes:
            if node.id == exclude_id:
                continue
            item = QTreeWidgetItem(parent, [node.title])
            item.setData(0, ID_ROLE, node.id)
            if node.id == self._disabled_id:  # shown (its subjects can be chosen), not chosen
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(0, self.palette().placeholderText())
            elif node.id == current_id:
                self.tree.setCurrentItem(item)
            self._add(item, node.children, exclude_id, current_id)

    def select(self, subject_id: int | None) -> None:
        wanted = NONE_ID if subject_id is None else subject_id
        for item in _items(self.tree):
            if item.data(0, ID_ROLE) == wanted:
                self.tree.setCurrentItem(item)
                return

    def apply_filter(self, text: str) -> None:
        first = filter_tree(self.tree, text)
        if first is not None and text.strip():
            self.tree.setCurrentItem(first)

    def accept(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.isHidden() or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return
        value = item.data(0, ID_ROLE)
        self.chosen_id = None if value == NONE_ID else int(value)
        super().accept()


def choose_subject(parent, nodes, *, text: str, none_label: str,
                   exclude_id: int | None = None,
                   current_id: int | None = None,
                   disabled_id: int | None = None) -> tuple[bool, int | None]:
    """Show the chooser; (True, the id or None) after OK, (False, None) when canceled.
    Tests replace this function."""
    dialog = SubjectChoiceDialog(nodes, text=text, none_label=none_label,
                                 exclude_id=exclude_id, current_id=current_id,
                                 disabled_id=disabled_id, parent=parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True, dialog.chosen_id
        return False, None
    finally:
        dialog.deleteLater()


class SubjectsPage(QWidget):
    """Settings › Subjects. The main window may ask `confirm_leave()`; nothing is ever
    left unsaved here."""

    status_message = Signal(str)
    saved = Signal(int)
    modified_changed = Signal(bool)

    def __init__(self, session, subjects, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings_subjects")
        self._session = session
        self._subjects = subjects
        self.read_only = not session.has_role(Role.ADMINISTRATOR)
        self._nodes: list = []
        self._uses: dict[int, int] = {}
        self._titles: dict[int, str] = {}
        self._parents: dict[int, int | None] = {}
        self._loading = False
        self._pending: QTreeWidgetItem | None = None  # an added subject not named yet
        self._loaded_once = False

        self.actions = ActionRegistry(self)
        self.command_bar = QToolBar(objectName="subjectsCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.command_bar, SUBJECT_COMMANDS)
        self.add_action = self.actions["add_subject"]
        self.add_top_action = self.actions["add_top_subject"]
        self.rename_action = self.actions["rename_subject"]
        self.move_action = self.actions["move_subject"]
        self.delete_action = self.actions["delete_subject"]
        self.refresh_action = self.actions["refresh"]
        for action in (self.rename_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.heading = heading_label("subjectsHeading")
        self.read_only_note = QLabel(objectName="subjectsReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.setVisible(self.read_only)
        self.filter_edit = QLineEdit(objectName="subjectsFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = SubjectTree(objectName="subjectsTree")
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        row_height = self.tree.fontMetrics().height() + 8
        self.tree.setStyleSheet(f"QTreeView::item {{ min-height: {row_height}px; }}")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        if not self.read_only:
            self.tree.setDragEnabled(True)
            self.tree.setAcceptDrops(True)
            self.tree.setDropIndicatorShown(True)
            self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.detail = QLabel(objectName="subjectsDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(HINT_STYLE)
        self.hint = QLabel(objectName="subjectsHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setVisible(not self.read_only)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.command_bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.hint)

        self._connect()
        self.retranslate_ui()
        self.reload()

    # -- wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        self.add_action.triggered.connect(self._when_shown(lambda: self.add_subject(False)))
        self.add_top_action.triggered.connect(self._when_shown(lambda: self.add_subject(True)))
        self.rename_action.triggered.connect(self._when_shown(self.rename_selected))
        self.move_action.triggered.connect(self._when_shown(self.move_selected))
        self.delete_action.triggered.connect(self._when_shown(self.delete_selected))
        self.refresh_action.triggered.connect(self._when_shown(self.reload))
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.tree.currentItemChanged.connect(lambda *_: self._update_state())
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemDelegate().closeEditor.connect(
            lambda *_: QTimer.singleShot(0, self._drop_pending))
        self.tree.move_requested.connect(self.move_subject)
        bus = self._session.events
        subscriptions = ((events.SUBJECTS_CHANGED, self._subjects_changed),)
        for name, callback in subscriptions:
            bus.subscribe(name, callback)
        self.destroyed.connect(lambda *_: [bus.unsubscribe(n, c) for n, c in subscriptions])

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if isValid(self) and self.isVisible():
                slot()
        return run

    # -- the tree --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the tree again, keeping what was expanded and selected."""
        current = self.selected_id() if select_id is None else select_id
        expanded = {item.data(0, ID_ROLE) for item in _items(self.tree) if item.isExpanded()}
        try:
            self._nodes = self._subjects.subject_tree()
            self._uses = self._subjects.subject_uses()
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            self._nodes, self._uses = [], {}
        self._pending = None
        self._loading = True
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            self._titles.clear()
            self._parents.clear()
            self._add(self.tree.invisibleRootItem(), self._nodes, None)
            for item in _items(self.tree):
                subject_id = item.data(0, ID_ROLE)
                item.setExpanded(not self._loaded_once or subject_id in expanded)
            wanted = self.item_of(current)
            if wanted is not None:
                self.tree.setCurrentItem(wanted)
                self.tree.scrollToItem(wanted)
        finally:
            self.tree.blockSignals(False)
            self._loading = False
        self._loaded_once = True
        if self.filter_edit.text().strip():
            filter_tree(self.tree, self.filter_edit.text())
        self._update_state()

    def _add(self, parent: QTreeWidgetItem, nodes, parent_id: int | None) -> None:
        for node in nodes:
            uses = self._uses.get(node.id, 0)
            item = QTreeWidgetItem(parent, [node.title, str(uses) if uses else ""])
            item.setData(0, ID_ROLE, node.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFlags(self._flags())
            self._titles[node.id] = node.title
            self._parents[node.id] = parent_id
            self._add(item, node.children, node.id)

    def _flags(self) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
                      | Qt.ItemFlag.ItemIsDropEnabled)
        return flags

    def item_of(self, subject_id: int | None) -> QTreeWidgetItem | None:
        if subject_id is None:
            return None
        for item in _items(self.tree):
            if item.data(0, ID_ROLE) == subject_id:
                return item
        return None

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or item.isHidden():
            return None
        value = item.data(0, ID_ROLE)
        return int(value) if value is not None else None

    def apply_filter(self, text: str) -> None:
        first = filter_tree(self.tree, text)
        current = self.tree.currentItem()
        if text.strip() and first is not None and (current is None or current.isHidden()):
            self.tree.setCurrentItem(first)
        self._update_state()

    def path_text(self, subject_id: int) -> str:
        titles, seen, current = [], set(), subject_id
        while current is not None and current not in seen and current in self._titles:
            seen.add(current)
            titles.append(self._titles[current])
            current = self._parents.get(current)
        return " › ".join(reversed(titles))

    def _update_state(self) -> None:
        editable = not self.read_only
        chosen = self.selected_id()
        for action in (self.add_action, self.add_top_action):
            action.setEnabled(editable)
        for action in (self.rename_action, self.move_action, self.delete_action):
            action.setEnabled(editable and chosen is not None)
        if chosen is None:
            self.detail.setText(self.tr("No subject selected."))
        else:
            uses = self._uses.get(chosen, 0)
            self.detail.setText(self.tr("%1 · %n case(s) filed under it", "", uses)
                                .replace("%1", self.path_text(chosen)))
        self.detail.setAccessibleName(self.tr("Selected subject"))

    # -- commands --------------------------------------------------------------------------

    def add_subject(self, top_level: bool = False) -> QTreeWidgetItem | None:
        """A new row to name in place (under the selected subject, or at the top level);
        the subject is created when the name is entered, and the row goes away if none is."""
        if self.read_only:
            return None
        self._drop_pending()
        parent_item = None if top_level else self.item_of(self.selected_id())
        if self.filter_edit.text().strip():
            self.filter_edit.clear()
        self._loading = True
        item = QTreeWidgetItem([""])
        item.setFlags(self._flags())
        item.setData(0, ID_ROLE, None)
        item.setData(1, ID_ROLE, parent_item.data(0, ID_ROLE) if parent_item else None)
        if parent_item is None:
            self.tree.addTopLevelItem(item)
        else:
            parent_item.addChild(item)
            parent_item.setExpanded(True)
        self._loading = False
        self._pending = item
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        self.tree.setFocus()
        self.tree.editItem(item, 0)
        self.status_message.emit(self.tr("Type the name of the new subject and press Enter."))
        return item

    def _drop_pending(self) -> None:
        """Remove the added row if no name was entered."""
        item = self._pending
        if item is None or not isValid(self):
            return
        if self.tree.isPersistentEditorOpen(item, 0) or self.tree.state() == \
                QAbstractItemView.State.EditingState:
            return
        self._pending = None
        parent = item.parent() or self.tree.invisibleRootItem()
        self._loading = True
        parent.removeChild(item)
        self._loading = False
        self._update_state()

    def rename_selected(self) -> None:
        item = self.tree.currentItem()
        if self.read_only or item is None or item.isHidden():
            return
        self.tree.setFocus()
        self.tree.editItem(item, 0)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0:
            return
        title = item.text(0)
        subject_id = item.data(0, ID_ROLE)
        if subject_id is None:  # the added row got its name
            if item is not self._pending:
                return
            self._pending = None
            if not title.strip():
                self._drop_row(item)
                return
            self.create_subject(title, item.data(1, ID_ROLE), item)
            return
        old = self._titles.get(subject_id, "")
        if title == old:
            return
        self.rename_subject(subject_id, title)

    def _drop_row(self, item: QTreeWidgetItem) -> None:
        parent = item.parent() or self.tree.invisibleRootItem()
        self._loading = True
        parent.removeChild(item)
        self._loading = False

    def create_subject(self, title: str, parent_id: int | None,
                       row: QTreeWidgetItem | None = None) -> int | None:
        try:
            subject_id = self._subjects.create_subject(self._session, title, parent_id)
        except CaseDeskError as exc:
            if row is not None:
                self._drop_row(row)
            self._show_error(exc)
            return None
        self.reload(subject_id)
        self.status_message.emit(self.tr("Subject “%1” added.").replace("%1", title.strip()))
        self.saved.emit(subject_id)
        return subject_id

    def rename_subject(self, subject_id: int, title: str) -> bool:
        try:
            self._subjects.rename_subject(self._session, subject_id, title)
        except CaseDeskError as exc:
            self._show_error(exc)
            self.reload(subject_id)  # the old title again
            return False
        self.reload(subject_id)
        self.status_message.emit(self.tr("Subject renamed to “%1”.").replace("%1", title.strip()))
        self.saved.emit(subject_id)
        return True

    def move_subject(self, subject_id: int, parent_id: int | None) -> bool:
        """Put the subject under `parent_id` (None: the top level); a refusal says why."""
        if self.read_only or self._parents.get(subject_id, NONE_ID) == parent_id:
            return False
        try:
            self._subjects.move_subject(self._session, subject_id, parent_id)
        except CaseDeskError as exc:
            self._show_error(exc)
            return False
        self.reload(subject_id)
        where = (self.tr("the top level") if parent_id is None
                 else "“" + self._titles.get(parent_id, "") + "”")
        self.status_message.emit(self.tr("“%1” moved under %2.")
                                 .replace("%1", self._titles.get(subject_id, ""))
                                 .replace("%2", where))
        self.saved.emit(subject_id)
        return True

    def move_selected(self) -> bool:
        subject_id = self.selected_id()
        if self.read_only or subject_id is None:
            return False
        title = self._titles.get(subject_id, "")
        ok, parent_id = choose_subject(
            self, self._nodes,
            text=self.tr("Move “%1” (with its subjects) under:").replace("%1", title),
            none_label=self.tr("(Top level)"), exclude_id=subject_id,
            current_id=self._parents.get(subject_id))
        if not ok:
            return False
        return self.move_subject(subject_id, parent_id)

    def delete_selected(self) -> bool:
        """Delete the selected subject. Its subjects move up to its parent; when cases are
        filed under it, the chooser asks where they go (another subject or none)."""
        subject_id = self.selected_id()
        if self.read_only or subject_id is None:
            return False
        title = self._titles.get(subject_id, "")
        parent_id = self._parents.get(subject_id)
        has_children = any(p == subject_id for p in self._parents.values())
        children_text = ""
        if has_children:
            children_text = (self.tr("Its subjects move to the top level.") if parent_id is None
                             else self.tr("Its subjects move to “%1”.").replace(
                                 "%1", self._titles.get(parent_id, "")))
        try:
            uses = self._subjects.subject_use(subject_id)
        except CaseDeskError as exc:
            self._show_error(exc)
            return False
        move_to = None
        if uses:
            text = self.tr("%n case(s) are filed under “%1”. Where should they go?", "", uses)
            text = text.replace("%1", title)
            if children_text:
                text += " " + children_text
            ok, move_to = choose_subject(self, self._nodes, text=text,
                                         none_label=self.tr("(No subject)"),
                                         current_id=parent_id, disabled_id=subject_id)
            if not ok:
                return False
        else:
            question = self.tr("Delete the subject “%1”?").replace("%1", title)
            if children_text:
                question += " " + children_text
            if not prompts.confirm(self, question):
                return False
        try:
            self._subjects.delete_subject(self._session, subject_id, move_cases_to=move_to)
        except CaseDeskError as exc:
            self._show_error(exc)
            return False
        self.reload(parent_id)
        self.status_message.emit(self.tr("Subject “%1” deleted.").replace("%1", title))
        return True

    def _show_error(self, exc: Exception) -> None:
        text = (self.tr("Only administrators can change subjects.")
                if isinstance(exc, PermissionDenied) else error_message(exc))
        prompts.error(self, text)

    # -- the main window's questions ---------------------------------------------------------

    def has_changes(self) -> bool:
        return False

    def save(self) -> bool:
        return True

    def confirm_leave(self) -> bool:
        return True

    def _subjects_changed(self, **_payload) -> None:
        if isValid(self) and self._pending is None \
                and self.tree.state() != QAbstractItemView.State.EditingState:
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending is None:
            self.reload()  # cases may have been filed meanwhile

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.actions.retranslate()
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Subjects"))
        self.heading.setText(self.tr("Subjects"))
        self.heading.setAccessibleName(self.tr("Subjects"))
        self.command_bar.setWindowTitle(self.tr("Subject commands"))
        self.command_bar.setAccessibleName(self.tr("Subject commands"))
        self.read_only_note.setText(self.tr("Only administrators can change subjects. You can "
                                            "look at them here."))
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.filter_edit.setPlaceholderText(self.tr("Type to filter subjects…"))
        self.filter_edit.setAccessibleName(self.tr("Filter subjects"))
        self.tree.setHeaderLabels([self.tr("Subject"), self.tr("Cases")])
        self.tree.headerItem().setToolTip(1, self.tr("Cases filed under the subject itself"))
        self.tree.setAccessibleName(self.tr("Subject tree"))
        self.hint.setText(self.tr("Drag a subject onto another to move it there, or between "
                                  "two subjects to move it next to them. F2 renames."))
        self.hint.setAccessibleName(self.tr("How to move subjects"))
        self._update_state()
