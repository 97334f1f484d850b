"""Settings › Queues (SPEC §1.7): public and private queues with their owner (a user or a team)
and, for private queues, their members. Managers and administrators edit them; agents see them
read-only (the controller refuses them too). A queue that holds items or that a routing rule
routes to can't be deleted: the refusal names the items and the rules.

`queues` is casedesk.controllers.queues (list_queues, get_queue, create_queue, update_queue,
delete_queue, QueueFields); `lookups` gives users and teams (search_owners).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import CaseDeskError, PermissionDenied, ValidationError
from casedesk.controllers.lookups import LookupItem
from casedesk.models.options import QueueType, Role
from casedesk.ui import labels, prompts
from casedesk.ui.actions import QUEUE_SETTINGS_COMMANDS, ActionRegistry
from casedesk.ui.dialogs.assign_dialog import owner_search
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.styles import ERROR_STYLE, HINT_STYLE, NOTE_STYLE, heading_label
from casedesk.ui.widgets.lookup_edit import LookupEdit, kind_name

QUEUES_CHANGED = getattr(events, "QUEUES_CHANGED", "queues_changed")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: how many rule names a refusal lists before "…"
NAMED_RULES = 5
PUBLIC, PRIVATE = int(QueueType.PUBLIC), int(QueueType.PRIVATE)


class QueuesSettingsPage(QWidget):
    """Settings › Queues: the queues on the left, the chosen queue on the right. The main
    window asks `confirm_leave()` (or `has_changes()` and `save()`) before it leaves."""

    status_message = Signal(str)
    saved = Signal(int)
    modified_changed = Signal(bool)

    def __init__(self, session, queues, lookups, reader, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings_queues")
        self._session = session
        self._queues = queues
        self._lookups = lookups
        self._reader = reader
        self.read_only = not (session.has_role(Role.MANAGER)
                              or session.has_role(Role.ADMINISTRATOR))
        self.queue_id: int | None = None  # the queue shown (None: a new one)
        self._version = 0
        self._row = None  # the QueueRow shown
        self._rows: dict = {}
        self._saved_fields = None
        self._hidden_members: tuple[int, ...] = ()
        self._loading = False
        self._modified = False
        self._errors: dict[str, object] = {}
        self.editors: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}

        self.actions = ActionRegistry(self)
        self.command_bar = QToolBar(objectName="queuesSettingsCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.command_bar, QUEUE_SETTINGS_COMMANDS)
        self.new_action = self.actions["new_queue"]
        self.save_action = self.actions["save_settings"]
        self.revert_action = self.actions["revert_settings"]
        self.delete_action = self.actions["delete_queue"]

        self.heading = heading_label("queuesSettingsHeading")
        self.read_only_note = QLabel(objectName="queuesSettingsReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.setVisible(self.read_only)
        self.form_error = QLabel(objectName="queuesSettingsError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        # -- the list --------------------------------------------------------------------------
        self.queue_list = QTreeWidget(objectName="queuesSettingsList")
        self.queue_list.setColumnCount(4)
        self.queue_list.setRootIsDecorated(False)
        self.queue_list.setUniformRowHeights(True)
        self.queue_list.setAlternatingRowColors(True)
        self.queue_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_list.setMinimumWidth(300)
        row_height = self.queue_list.fontMetrics().height() + 8
        self.queue_list.setStyleSheet(f"QTreeView::item {{ min-height: {row_height}px; }}")
        header = self.queue_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        # -- the editor ------------------------------------------------------------------------
        self.editor_heading = QLabel(objectName="queueEditorHeading")
        bold = self.editor_heading.font()
        bold.setBold(True)
        self.editor_heading.setFont(bold)
        self.default_note = QLabel(objectName="queueDefaultNote")
        self.default_note.setWordWrap(True)
        self.default_note.setStyleSheet(NOTE_STYLE)
        self.default_note.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(160)
        self._add_field(form, "name", self.name_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(80)
        self._add_field(form, "description", self.description_edit)
        self.public_radio = QRadioButton(objectName="queuePublicRadio")
        self.private_radio = QRadioButton(objectName="queuePrivateRadio")
        self.type_group = QButtonGroup(self)
        self.type_group.setObjectName("queueTypeGroup")
        self.type_group.addButton(self.public_radio, PUBLIC)
        self.type_group.addButton(self.private_radio, PRIVATE)
        self.public_radio.setChecked(True)
        type_cell = QWidget(objectName="queueTypeBox")
        type_row = QHBoxLayout(type_cell)
        type_row.setContentsMargins(0, 0, 0, 0)
        type_row.addWidget(self.public_radio)
        type_row.addWidget(self.private_radio)
        type_row.addStretch(1)
        self._add_field(form, "queue_type", type_cell)
        self.editors["queue_type"] = self.public_radio
        self.owner_lookup = LookupEdit(owner_search(lookups), reader, kind_label=kind_name,
                                       parent=self)
        self._add_field(form, "owner", self.owner_lookup)
        self.members_list = QListWidget()
        self.members_list.setSpacing(2)
        self.members_list.setMinimumHeight(120)
        self.members_list.setMaximumHeight(220)
        self.members_hint = QLabel(objectName="queue_members_hint")
        self.members_hint.setWordWrap(True)
        self.members_hint.setStyleSheet(HINT_STYLE)
        self._add_field(form, "members", self.members_list, self.members_hint)

        editor = QWidget(objectName="queueEditor")
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        editor_layout.addWidget(self.editor_heading)
        editor_layout.addWidget(self.default_note)
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)
        self.editor = editor
        self.editor_scroll = QScrollArea(objectName="queueEditorScroll")
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.editor_scroll.setWidget(editor)

        self.splitter = QSplitter(objectName="queuesSettingsSplitter")
        self.splitter.addWidget(self.queue_list)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.command_bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.form_error)
        layout.addWidget(self.splitter, 1)

        self._connect()
        self._fill_users()
        self.retranslate_ui()
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _add_field(self, form: QFormLayout, field: str, editor: QWidget,
                   hint: QLabel | None = None) -> None:
        if not editor.objectName():
            editor.setObjectName(f"queue_{field}")
        caption = QLabel(objectName=f"queue_{field}_caption")
        caption.setBuddy(editor)
        error = QLabel(objectName=f"queue_{field}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(objectName=f"queue_{field}_cell")
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if hint is not None:
            column.addWidget(hint)
        column.addWidget(error)
        form.addRow(caption, cell)
        self.editors[field] = editor
        self.captions[field] = caption
        self.error_labels[field] = error

    def _connect(self) -> None:
        self.new_action.triggered.connect(self._when_shown(self.new_queue))
        self.save_action.triggered.connect(self._when_shown(self.save))
        self.revert_action.triggered.connect(self._when_shown(self.revert))
        self.delete_action.triggered.connect(self._when_shown(self.delete_queue))
        self.queue_list.currentItemChanged.connect(self._queue_chosen)
        self.name_edit.textEdited.connect(lambda _t: self._edited("name"))
        self.description_edit.textChanged.connect(lambda: self._edited("description"))
        self.type_group.idToggled.connect(lambda _id, on: on and self._type_changed())
        self.owner_lookup.item_changed.connect(lambda _item: self._edited("owner"))
        self.owner_lookup.edit.textEdited.connect(lambda _t: self._edited("owner"))
        self.members_list.itemChanged.connect(lambda _item: self._edited("members"))
        bus = self._session.events
        subscriptions = ((QUEUES_CHANGED, self._queues_changed),
                         (events.USERS_CHANGED, self._users_changed))
        for name, callback in subscriptions:
            bus.subscribe(name, callback)
        self.destroyed.connect(lambda *_: [bus.unsubscribe(n, c) for n, c in subscriptions])

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if isValid(self) and self.isVisible():
                slot()
        return run

    def _fill_users(self) -> None:
        """The members check list: every active user, by name."""
        try:
            users = [item for item in self._lookups.search_owners("", limit=100_000)
                     if item.kind == "user"]
        except CaseDeskError:
            users = []
        users.sort(key=lambda item: item.label.casefold())
        was, self._loading = self._loading, True
        try:
            self.members_list.clear()
            for user in users:
                row = QListWidgetItem(user.label)
                row.setData(ID_ROLE, user.id)
                row.setToolTip(user.detail or user.label)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                             | Qt.ItemFlag.ItemIsSelectable)
                row.setCheckState(Qt.CheckState.Unchecked)
                self.members_list.addItem(row)
        finally:
            self._loading = was

    # -- the list --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the queues again; show `select_id` (or the one shown, or the first)."""
        wanted = select_id if select_id is not None else self.queue_id
        try:
            rows = self._queues.list_queues()
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            rows = []
        self._rows = {row.id: row for row in rows}
        self.queue_list.blockSignals(True)
        self.queue_list.clear()
        for row in rows:
            item = QTreeWidgetItem(self.queue_list, [row.name, "", row.owner or "",
                                                     str(row.active_items)])
            item.setData(0, ID_ROLE, row.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.is_default:
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
        self.queue_list.blockSignals(False)
        self._retranslate_list()
        ids = [row.id for row in rows]
        target = wanted if wanted in ids else (ids[0] if ids else None)
        if target is not None:
            self._select_in_list(target)
        self.show_queue(target)

    def _select_in_list(self, queue_id: int | None) -> None:
        self.queue_list.blockSignals(True)
        self.queue_list.setCurrentItem(None)
        for i in range(self.queue_list.topLevelItemCount()):
            item = self.queue_list.topLevelItem(i)
            if item.data(0, ID_ROLE) == queue_id:
                self.queue_list.setCurrentItem(item)
                break
        self.queue_list.blockSignals(False)

    def queue_names(self) -> list[str]:
        return [self.queue_list.topLevelItem(i).text(0)
                for i in range(self.queue_list.topLevelItemCount())]

    def select_queue(self, name: str) -> bool:
        """Show the queue called `name` (asks about unsaved changes first)."""
        for i in range(self.queue_list.topLevelItemCount()):
            item = self.queue_list.topLevelItem(i)
            if item.text(0) == name:
                self.queue_list.setCurrentItem(item)
                return self.queue_id == item.data(0, ID_ROLE)
        return False

    def _queue_chosen(self, current, previous) -> None:
        if current is None or self._loading:
            return
        queue_id = current.data(0, ID_ROLE)
        if queue_id == self.queue_id:
            return
        if not self.confirm_leave():
            self.queue_list.blockSignals(True)
            self.queue_list.setCurrentItem(previous)
            self.queue_list.blockSignals(False)
            return
        self.show_queue(queue_id)

    def show_queue(self, queue_id: int | None) -> None:
        """Show a queue (None: a new, empty one owned by me); unsaved changes are dropped."""
        try:
            if queue_id is None:
                fields = self._queues.QueueFields(name="", owner_kind="user",
                                                  owner_id=self._session.user_id)
                version, row = 0, None
            else:
                fields, version = self._queues.get_queue(queue_id)
                row = self._rows.get(queue_id)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return
        self._loading = True
        try:
            self.queue_id, self._version, self._row = queue_id, version, row
            self.name_edit.setText(fields.name)
            self.description_edit.setPlainText(fields.description or "")
            button = self.private_radio if int(fields.queue_type) == PRIVATE \
                else self.public_radio
            button.setChecked(True)
            self.owner_lookup.set_item(self._owner_item(fields, row))
            members = set(fields.member_ids)
            listed = set()
            for i in range(self.members_list.count()):
                item = self.members_list.item(i)
                user_id = item.data(ID_ROLE)
                listed.add(user_id)
                item.setCheckState(Qt.CheckState.Checked if user_id in members
                                   else Qt.CheckState.Unchecked)
            # members the list can't show (inactive users) stay members
            self._hidden_members = tuple(m for m in fields.member_ids if m not in listed)
        finally:
            self._loading = False
        self._saved_fields = self.current_fields()
        self._errors.clear()
        self._update_state()
        self._update_heading()

    def _owner_item(self, fields, row) -> LookupItem | None:
        if fields.owner_id is None:
            return None
        if row is not None and row.owner:
            name = row.owner
        elif fields.owner_kind == "user" and fields.owner_id == self._session.user_id:
            name = self._session.user_name or ""
        else:
            name = f"#{fields.owner_id}"
        return LookupItem(fields.owner_kind, int(fields.owner_id), name)

    @property
    def is_default(self) -> bool:
        return self._row is not None and bool(self._row.is_default)

    def current_fields(self):
        """The queue as shown (queues.QueueFields)."""
        owner = self.owner_lookup.item()
        private = self.private_radio.isChecked()
        members = tuple(self.members_list.item(i).data(ID_ROLE)
                        for i in range(self.members_list.count())
                        if self.members_list.item(i).checkState() == Qt.CheckState.Checked)
        return self._queues.QueueFields(
            name=self.name_edit.text().strip(),
            description=self.description_edit.toPlainText().strip() or None,
            queue_type=PRIVATE if private else PUBLIC,
            owner_kind=owner.kind if owner is not None else "user",
            owner_id=owner.id if owner is not None else None,
            member_ids=(members + self._hidden_members) if private else ())

    def has_changes(self) -> bool:
        if self._saved_fields is None:
            return False
        if self.owner_lookup.item() is None and self.owner_lookup.text().strip():
            return True  # an owner typed but not looked up
        return self.current_fields() != self._saved_fields

    # -- state -----------------------------------------------------------------------------

    def _type_changed(self) -> None:
        self._update_members()
        self._edited("queue_type")

    def _update_members(self) -> None:
        private = self.private_radio.isChecked()
        self.members_list.setEnabled(private and not self.read_only)
        self.captions["members"].setEnabled(private)
        self.members_hint.setText(
            self.tr("The users who may see and work the queue's items (its owner always "
                    "can).") if private else
            self.tr("Everyone sees a public queue. Make it private to choose its members."))

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        if field in self._errors or self._errors:
            self._errors.pop(field, None)
            self._errors.pop("", None)
            self._render_errors()
        self._update_state()

    def _update_state(self) -> None:
        editable = not self.read_only
        default = self.is_default
        modified = editable and self.has_changes()
        self.new_action.setEnabled(editable)
        self.save_action.setEnabled(modified)
        self.revert_action.setEnabled(modified)
        self.delete_action.setEnabled(editable and self.queue_id is not None and not default)
        self.delete_action.setToolTip(
            self.tr("A default queue can't be deleted") if default
            else self.delete_action.statusTip())
        self.name_edit.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        for button in (self.public_radio, self.private_radio):
            button.setEnabled(editable and not default)
        self.owner_lookup.set_read_only(not editable or default)
        self._update_members()
        self.default_note.setVisible(default)
        self._render_errors()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def _update_heading(self) -> None:
        if self.queue_id is None:
            text = self.tr("New queue")
        else:
            text = self.tr("Queue: %1").replace("%1", self.name_edit.text())
        self.editor_heading.setText(text)

    # -- errors ----------------------------------------------------------------------------

    def _render_errors(self) -> None:
        for field, label in self.error_labels.items():
            text_fn = self._errors.get(field)
            text = text_fn() if text_fn else ""
            label.setText(text)
            label.setVisible(bool(text))
            self.editors[field].setAccessibleDescription(text)
        other = [fn() for f, fn in self._errors.items() if f not in self.error_labels]
        self.form_error.setText("\n".join(other))
        self.form_error.setVisible(bool(other))

    def field_error(self, field: str) -> str:
        label = self.error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _show_error(self, exc: Exception) -> None:
        field = getattr(exc, "field", None)
        aliases = {"owner_id": "owner", "owner_kind": "owner", "member_ids": "members"}
        field = aliases.get(field, field)
        if isinstance(exc, ValidationError) and field in self.error_labels:
            self._errors[field] = lambda e=exc: validation_message(e)
            self._render_errors()
            self.editors[field].setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(exc, PermissionDenied):
            self._errors[""] = lambda: self.tr("Only managers and administrators can change "
                                               "queues.")
            self._render_errors()
        else:
            self._errors[""] = lambda e=exc: error_message(e)
            self._render_errors()

    def in_use_text(self, exc: CaseDeskError) -> str:
        """Why a queue can't be deleted: its items and the routing rules that route to it."""
        params = exc.params
        parts = [self.tr("The queue “%1” can't be deleted.").replace(
            "%1", str(params.get("name") or self.name_edit.text()))]
        items = int(params.get("items") or 0)
        if items:
            parts.append(self.tr("It holds %n queue item(s) (of active, resolved or canceled "
                                 "cases).", "", items))
        rules = [str(r) for r in params.get("rules") or ()]
        if rules:
            names = ", ".join(f"“{r}”" for r in rules[:NAMED_RULES]) + (
                ", …" if len(rules) > NAMED_RULES else "")
            text = self.tr("%n routing rule(s) route cases to it: %1.", "", len(rules))
            parts.append(text.replace("%1", names))
            sets = [str(s) for s in params.get("rule_sets") or ()]
            if sets:
                parts.append(self.tr("Rule sets: %1.").replace(
                    "%1", ", ".join(f"“{s}”" for s in sets)))
        return " ".join(parts)

    # -- commands --------------------------------------------------------------------------

    def new_queue(self) -> None:
        if self.read_only or not self.confirm_leave():
            return
        self.queue_list.blockSignals(True)
        self.queue_list.clearSelection()
        self.queue_list.setCurrentItem(None)
        self.queue_list.blockSignals(False)
        self.show_queue(None)
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Create or update the queue; False (with the reason shown) when refused."""
        if self.read_only:
            self._show_error(PermissionDenied("queues"))
            return False
        self._errors.clear()
        self._render_errors()
        if self.owner_lookup.item() is None:
            self._show_error(ValidationError(
                "owner", "not_chosen" if self.owner_lookup.text().strip() else "required"))
            return False
        fields = self.current_fields()
        try:
            if self.queue_id is None:
                queue_id = self._queues.create_queue(self._session, fields)
            else:
                queue_id = self.queue_id
                self._version = self._queues.update_queue(self._session, queue_id, fields,
                                                          self._version)
        except CaseDeskError as exc:
            self._show_error(exc)
            return False
        self.queue_id = queue_id
        self._saved_fields = fields
        self.reload(queue_id)
        self.status_message.emit(self.tr("Queue “%1” saved.").replace("%1", fields.name))
        self.saved.emit(queue_id)
        return True

    def revert(self) -> None:
        self.show_queue(self.queue_id)

    def delete_queue(self) -> bool:
        """Delete the queue shown (after a confirmation); a refusal says why."""
        if self.read_only or self.queue_id is None:
            return False
        name = self._row.name if self._row is not None else self.name_edit.text()
        if not prompts.confirm(self, self.tr("Delete the queue “%1”?").replace("%1", name)):
            return False
        try:
            self._queues.delete_queue(self._session, self.queue_id)
        except CaseDeskError as exc:
            text = self.in_use_text(exc) if exc.code == "queue_in_use" else error_message(exc)
            prompts.error(self, text)
            return False
        self.status_message.emit(self.tr("Queue “%1” deleted.").replace("%1", name))
        self.queue_id = None
        self._saved_fields = None
        self.reload()
        return True

    def confirm_leave(self) -> bool:
        """Before the queue or the page is left: ask about unsaved changes."""
        if self.read_only or not self.has_changes():
            return True
        answer = prompts.ask_save_changes(self, self.tr("Save the changes to the queue?"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def _queues_changed(self, **_payload) -> None:
        if isValid(self) and not self.has_changes():
            self.reload()

    def _users_changed(self, **_payload) -> None:
        if not isValid(self):
            return
        keep = self.has_changes()
        checked = self.current_fields().member_ids
        self._fill_users()
        if keep:  # the checks the user made stay
            was, self._loading = self._loading, True
            for i in range(self.members_list.count()):
                item = self.members_list.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in checked
                                   else Qt.CheckState.Unchecked)
            self._loading = was
            self._update_state()
        else:
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.has_changes():
            self.reload()  # someone may have changed them meanwhile

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.actions.retranslate()
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_list(self) -> None:
        for i in range(self.queue_list.topLevelItemCount()):
            item = self.queue_list.topLevelItem(i)
            row = self._rows.get(item.data(0, ID_ROLE))
            if row is None:
                continue
            item.setText(1, labels.queue_type(row.queue_type))
            tip = (self.tr("%1 (the default queue of %2)").replace("%1", row.name)
                   .replace("%2", row.owner or "") if row.is_default else row.name)
            item.setToolTip(0, tip)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Queues"))
        self.heading.setText(self.tr("Queues"))
        self.heading.setAccessibleName(self.tr("Queues"))
        self.command_bar.setWindowTitle(self.tr("Queue commands"))
        self.command_bar.setAccessibleName(self.tr("Queue commands"))
        self.save_action.setStatusTip(self.tr("Save the queue"))
        self.read_only_note.setText(self.tr("Only managers and administrators can change "
                                            "queues. You can look at them here."))
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.form_error.setAccessibleName(self.tr("Error"))
        self.queue_list.setHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Owner"),
                                         self.tr("Items")])
        self.queue_list.headerItem().setToolTip(3, self.tr("Active items in the queue"))
        self.queue_list.setAccessibleName(self.tr("Queues"))
        self.editor.setAccessibleName(self.tr("Queue"))
        self.editor_scroll.setAccessibleName(self.tr("Queue"))
        self.editor_heading.setAccessibleName(self.tr("Queue"))
        self.default_note.setText(self.tr("This is the default queue of a user or team: it "
                                          "stays private with its owner and can't be deleted. "
                                          "Its name, description and members can change."))
        self.default_note.setAccessibleName(self.tr("Default queue"))
        captions = {"name": self.tr("&Name: *"), "description": self.tr("&Description:"),
                    "queue_type": self.tr("&Type:"), "owner": self.tr("&Owner: *"),
                    "members": self.tr("&Members:")}
        names = {"name": self.tr("Name (required)"), "description": self.tr("Description"),
                 "queue_type": self.tr("Type"), "owner": self.tr("Owner (required)"),
                 "members": self.tr("Members")}
        for field, text in captions.items():
            self.captions[field].setText(text)
            self.editors[field].setAccessibleName(names[field])
            self.error_labels[field].setAccessibleName(
                self.tr("%1 error").replace("%1", names[field]))
        self.public_radio.setText(self.tr("P&ublic"))
        self.public_radio.setAccessibleName(self.tr("Public"))
        self.public_radio.setToolTip(self.tr("Everyone can see the queue and work its items"))
        self.private_radio.setText(self.tr("P&rivate"))
        self.private_radio.setAccessibleName(self.tr("Private"))
        self.private_radio.setToolTip(self.tr("Only its owner and members see the queue"))
        self.owner_lookup.set_placeholder(self.tr("Look up a user or team by name"))
        self.members_hint.setAccessibleName(self.tr("About members"))
        self._update_members()
        self._retranslate_list()
        self._update_heading()
        self._render_errors()
        self._update_state()
