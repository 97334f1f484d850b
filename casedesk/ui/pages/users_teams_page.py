"""Settings › Users and Teams (SPEC §1.6): two tabs.

Users: name, login, e-mail, the roles Agent / Manager / Administrator and Active; New, Save,
Deactivate / Activate. Teams: name, owner, members and description; New, Save, Delete. Every
user and team gets a default private queue (the controller makes it). Administrators edit;
everyone else sees the page read-only with a note (the controller refuses them too).

`users` is casedesk.controllers.users (list_users, get_user, create_user, update_user,
set_user_active, list_teams, get_team, create_team, update_team, delete_team, UserFields,
TeamFields).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import CaseDeskError, PermissionDenied, ValidationError
from casedesk.models.options import Role
from casedesk.ui import labels, prompts
from casedesk.ui.actions import TEAM_COMMANDS, USER_COMMANDS, ActionRegistry
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.styles import ERROR_STYLE, HINT_STYLE, NOTE_STYLE, heading_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROLES = (int(Role.AGENT), int(Role.MANAGER), int(Role.ADMINISTRATOR))


def _tree(object_name: str, columns: int) -> QTreeWidget:
    tree = QTreeWidget(objectName=object_name)
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setMinimumWidth(300)
    # rows with air: the default height of a font line is cramped
    row_height = tree.fontMetrics().height() + 8
    tree.setStyleSheet(f"QTreeView::item {{ min-height: {row_height}px; }}")
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _select(tree: QTreeWidget, record_id) -> None:
    tree.blockSignals(True)
    tree.setCurrentItem(None)
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, ID_ROLE) == record_id:
            tree.setCurrentItem(item)
            break
    tree.blockSignals(False)


class _Form:
    """The fields of an editor: caption, editor and error label per field (no texts)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout.setVerticalSpacing(10)
        self.editors: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.shown: dict[str, object] = {}  # field → a function giving its error

    def add(self, field: str, editor: QWidget, cell_widget: QWidget | None = None) -> None:
        if not editor.objectName():
            editor.setObjectName(f"{self.prefix}_{field}")
        caption = QLabel(objectName=f"{self.prefix}_{field}_caption")
        caption.setBuddy(editor)
        error = QLabel(objectName=f"{self.prefix}_{field}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(objectName=f"{self.prefix}_{field}_cell")
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(cell_widget or editor)
        column.addWidget(error)
        self.layout.addRow(caption, cell)
        self.editors[field] = editor
        self.captions[field] = caption
        self.errors[field] = error

    def render(self, general: QLabel) -> None:
        for field, label in self.errors.items():
            text_fn = self.shown.get(field)
            text = text_fn() if text_fn else ""
            label.setText(text)
            label.setVisible(bool(text))
            self.editors[field].setAccessibleDescription(text)
        other = [fn() for f, fn in self.shown.items() if f not in self.errors]
        general.setText("\n".join(other))
        general.setVisible(bool(other))

    def error(self, field: str) -> str:
        label = self.errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def _editor_scroll(name: str, heading: QLabel, error: QLabel, form: _Form,
                   note: QLabel | None = None) -> tuple[QScrollArea, QWidget]:
    editor = QWidget(objectName=f"{name}Editor")
    layout = QVBoxLayout(editor)
    layout.setContentsMargins(8, 0, 0, 0)
    layout.addWidget(heading)
    if note is not None:
        layout.addWidget(note)
    layout.addWidget(error)
    layout.addLayout(form.layout)
    layout.addStretch(1)
    scroll = QScrollArea(objectName=f"{name}EditorScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(editor)
    return scroll, editor


def _bold_label(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _error_label(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class UsersTab(QWidget):
    """The Users tab: the users on the left, the chosen user on the right."""

    changed = Signal()  # unsaved changes appeared or went away
    status_message = Signal(str)

    def __init__(self, session, users, read_only: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("usersTab")
        self._session = session
        self._users = users
        self.read_only = read_only
        self.user_id: int | None = None
        self._version = 0
        self._row = None
        self._rows: dict = {}
        self._saved = None
        self._loading = False

        self.user_list = _tree("usersList", 4)
        self.heading = _bold_label("userEditorHeading")
        self.error_label = _error_label("userError")
        self.form = form = _Form("user")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(160)
        form.add("name", self.name_edit)
        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(120)
        form.add("login", self.login_edit)
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(254)
        form.add("email", self.email_edit)
        self.role_checks: dict[int, QCheckBox] = {}
        roles_box = QWidget(objectName="user_roles_box")
        roles_row = QHBoxLayout(roles_box)
        roles_row.setContentsMargins(0, 0, 0, 0)
        roles_row.setSpacing(16)
        for role in ROLES:
            check = QCheckBox(objectName=f"userRole_{role}")
            self.role_checks[role] = check
            roles_row.addWidget(check)
        roles_row.addStretch(1)
        self.roles_hint = QLabel(objectName="user_roles_hint")
        self.roles_hint.setWordWrap(True)
        self.roles_hint.setStyleSheet(HINT_STYLE)
        roles_cell = QWidget(objectName="user_roles_column")
        roles_column = QVBoxLayout(roles_cell)
        roles_column.setContentsMargins(0, 0, 0, 0)
        roles_column.setSpacing(2)
        roles_column.addWidget(roles_box)
        roles_column.addWidget(self.roles_hint)
        form.add("roles", self.role_checks[ROLES[0]], roles_cell)
        self.active_check = QCheckBox(objectName="user_active")
        form.add("active", self.active_check)
        self.queue_note = QLabel(objectName="userQueueNote")
        self.queue_note.setWordWrap(True)
        self.queue_note.setStyleSheet(HINT_STYLE)
        form.layout.addRow(self.queue_note)

        self.editor_scroll, self.editor = _editor_scroll("user", self.heading,
                                                         self.error_label, form)
        self.splitter = QSplitter(objectName="usersSplitter")
        self.splitter.addWidget(self.user_list)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)

        self.user_list.currentItemChanged.connect(self._user_chosen)
        for edit, field in ((self.name_edit, "name"), (self.login_edit, "login"),
                            (self.email_edit, "email")):
            edit.textEdited.connect(lambda _t, f=field: self._edited(f))
        for check in self.role_checks.values():
            check.toggled.connect(lambda _on: self._edited("roles"))
        self.active_check.toggled.connect(lambda _on: self._edited("active"))
        self.retranslate_ui()

    # -- the list --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else self.user_id
        try:
            rows = self._users.list_users(active_only=False)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            rows = []
        self._rows = {row.id: row for row in rows}
        self.user_list.blockSignals(True)
        self.user_list.clear()
        for row in rows:
            item = QTreeWidgetItem(self.user_list, [row.name, row.login, "", ""])
            item.setData(0, ID_ROLE, row.id)
            if not row.active:
                font = item.font(0)
                font.setItalic(True)
                for column in range(4):
                    item.setFont(column, font)
                    item.setForeground(column, self.palette().placeholderText())
        self.user_list.blockSignals(False)
        self._retranslate_list()
        ids = list(self._rows)
        target = wanted if wanted in ids else (ids[0] if ids else None)
        _select(self.user_list, target)
        self.show_user(target)

    def select_user(self, login: str) -> bool:
        for i in range(self.user_list.topLevelItemCount()):
            item = self.user_list.topLevelItem(i)
            if item.text(1) == login:
                self.user_list.setCurrentItem(item)
                return self.user_id == item.data(0, ID_ROLE)
        return False

    def _user_chosen(self, current, previous) -> None:
        if current is None or self._loading:
            return
        user_id = current.data(0, ID_ROLE)
        if user_id == self.user_id:
            return
        if not self.confirm_leave():
            self.user_list.blockSignals(True)
            self.user_list.setCurrentItem(previous)
            self.user_list.blockSignals(False)
            return
        self.show_user(user_id)

    def show_user(self, user_id: int | None) -> None:
        """Show a user (None: a new one, an agent); unsaved changes are dropped."""
        try:
            if user_id is None:
                fields, version, row = self._users.UserFields(name="", login=""), 0, None
            else:
                fields, version = self._users.get_user(user_id)
                row = self._rows.get(user_id)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return
        self._loading = True
        try:
            self.user_id, self._version, self._row = user_id, version, row
            self.name_edit.setText(fields.name)
            self.login_edit.setText(fields.login)
            self.email_edit.setText(fields.email or "")
            for role, check in self.role_checks.items():
                check.setChecked(role in fields.roles)
            self.active_check.setChecked(row.active if row is not None else True)
        finally:
            self._loading = False
        self._saved = self.current_values()
        self.form.shown.clear()
        self.update_state()
        self._update_heading()

    def current_fields(self):
        return self._users.UserFields(
            name=self.name_edit.text().strip(), login=self.login_edit.text().strip(),
            email=self.email_edit.text().strip() or None,
            roles=frozenset(r for r, c in self.role_checks.items() if c.isChecked()))

    def current_values(self):
        return (self.current_fields(), self.active_check.isChecked())

    def has_changes(self) -> bool:
        return self._saved is not None and self.current_values() != self._saved

    @property
    def is_me(self) -> bool:
        return self.user_id is not None and self.user_id == self._session.user_id

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        if self.form.shown:
            self.form.shown.pop(field, None)
            self.form.shown.pop("", None)
        self.update_state()

    def update_state(self) -> None:
        editable = not self.read_only
        for edit in (self.name_edit, self.login_edit, self.email_edit):
            edit.setReadOnly(not editable)
        for role, check in self.role_checks.items():
            # an administrator keeps their own Administrator role (another one can take it)
            check.setEnabled(editable and not (self.is_me and role == int(Role.ADMINISTRATOR)))
        self.active_check.setEnabled(editable and self.user_id is not None and not self.is_me)
        self.queue_note.setText(
            self.tr("The user gets a private default queue when they are saved.")
            if self.user_id is None else
            self.tr("The user's private default queue is in Settings › Queues."))
        self.form.render(self.error_label)
        self.changed.emit()

    def _update_heading(self) -> None:
        self.heading.setText(self.tr("New user") if self.user_id is None else
                             self.tr("User: %1").replace("%1", self.name_edit.text()))

    # -- commands --------------------------------------------------------------------------

    def show_error(self, exc: Exception) -> None:
        field = getattr(exc, "field", None)
        if isinstance(exc, ValidationError) and field in self.form.errors:
            self.form.shown[field] = lambda e=exc: validation_message(e)
            self.form.render(self.error_label)
            self.form.editors[field].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if isinstance(exc, PermissionDenied):
            self.form.shown[""] = lambda: self.tr("Only administrators can change users.")
        else:
            self.form.shown[""] = lambda e=exc: error_message(e)
        self.form.render(self.error_label)

    def new_user(self) -> None:
        if self.read_only or not self.confirm_leave():
            return
        _select(self.user_list, None)
        self.show_user(None)
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Create or update the user (and their Active state); False with the reason shown."""
        if self.read_only:
            self.show_error(PermissionDenied("users"))
            return False
        self.form.shown.clear()
        self.form.render(self.error_label)
        fields, active = self.current_values()
        try:
            if self.user_id is None:
                user_id = self._users.create_user(self._session, fields)
            else:
                user_id = self.user_id
                self._version = self._users.update_user(self._session, user_id, fields,
                                                        self._version)
                if self._row is not None and active != self._row.active:
                    self._users.set_user_active(self._session, user_id, active)
        except CaseDeskError as exc:
            self.show_error(exc)
            return False
        self.user_id = user_id
        self._saved = (fields, active)
        self.reload(user_id)
        self.status_message.emit(self.tr("User “%1” saved.").replace("%1", fields.name))
        return True

    def revert(self) -> None:
        self.show_user(self.user_id)

    def set_active(self, active: bool) -> bool:
        """Deactivate (after a confirmation) or activate the user shown."""
        if self.read_only or self.user_id is None or self._row is None:
            return False
        name = self._row.name
        if not active and not prompts.confirm(self, self.tr(
                "Deactivate the user “%1”? Their cases keep them as owner until someone "
                "assigns them; they can no longer be chosen as owner.").replace("%1", name)):
            return False
        try:
            self._users.set_user_active(self._session, self.user_id, active)
        except CaseDeskError as exc:
            self.show_error(exc)
            return False
        self.reload(self.user_id)
        self.status_message.emit(
            (self.tr("User “%1” deactivated.") if not active
             else self.tr("User “%1” activated.")).replace("%1", name))
        return True

    def confirm_leave(self) -> bool:
        if self.read_only or not self.has_changes():
            return True
        answer = prompts.ask_save_changes(self, self.tr("Save the changes to the user?"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_list(self) -> None:
        for i in range(self.user_list.topLevelItemCount()):
            item = self.user_list.topLevelItem(i)
            row = self._rows.get(item.data(0, ID_ROLE))
            if row is not None:
                item.setText(2, labels.roles(row.roles))
                item.setText(3, self.tr("Active") if row.active else self.tr("Inactive"))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Users"))
        self.user_list.setHeaderLabels([self.tr("Name"), self.tr("Login"), self.tr("Roles"),
                                        self.tr("Status")])
        self.user_list.setAccessibleName(self.tr("Users"))
        self.editor.setAccessibleName(self.tr("User"))
        self.editor_scroll.setAccessibleName(self.tr("User"))
        self.heading.setAccessibleName(self.tr("User"))
        self.error_label.setAccessibleName(self.tr("Error"))
        captions = {"name": self.tr("&Name: *"), "login": self.tr("&Login: *"),
                    "email": self.tr("&E-mail:"), "roles": self.tr("Roles: *"),
                    "active": self.tr("Status:")}
        names = {"name": self.tr("Name (required)"), "login": self.tr("Login (required)"),
                 "email": self.tr("E-mail"), "roles": self.tr("Roles"),
                 "active": self.tr("Active")}
        for field, text in captions.items():
            self.form.captions[field].setText(text)
            self.form.editors[field].setAccessibleName(names[field])
            self.form.errors[field].setAccessibleName(
                self.tr("%1 error").replace("%1", names[field]))
        texts = {int(Role.AGENT): self.tr("&Agent"), int(Role.MANAGER): self.tr("&Manager"),
                 int(Role.ADMINISTRATOR): self.tr("A&dministrator")}
        for role, check in self.role_checks.items():
            check.setText(texts[role])
            check.setAccessibleName(self.tr("%1 role").replace("%1", labels.role(role)))
        self.roles_hint.setText(self.tr("Agents work cases; managers also keep queues, "
                                        "entitlements and routing rules; administrators "
                                        "also keep users, teams and every setting."))
        self.roles_hint.setAccessibleName(self.tr("About roles"))
        self.active_check.setText(self.tr("A&ctive"))
        self.active_check.setToolTip(self.tr("Inactive users can't be chosen as owner"))
        self.login_edit.setPlaceholderText(self.tr("The sign-in name, e.g. asa.oberg"))
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.queue_note.setAccessibleName(self.tr("Default queue"))
        self._retranslate_list()
        self._update_heading()
        self.update_state()


class TeamsTab(QWidget):
    """The Teams tab: the teams on the left, the chosen team on the right."""

    changed = Signal()
    status_message = Signal(str)

    def __init__(self, session, users, read_only: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("teamsTab")
        self._session = session
        self._users = users
        self.read_only = read_only
        self.team_id: int | None = None
        self._version = 0
        self._row = None
        self._rows: dict = {}
        self._people: dict = {}  # user id → UserRow
        self._saved = None
        self._loading = False

        self.team_list = _tree("teamsList", 3)
        self.heading = _bold_label("teamEditorHeading")
        self.error_label = _error_label("teamError")
        self.form = form = _Form("team")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(160)
        form.add("name", self.name_edit)
        self.owner_combo = QComboBox()
        self.owner_combo.setMinimumContentsLength(20)
        self.owner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form.add("owner", self.owner_combo)
        self.members_list = QListWidget()
        self.members_list.setSpacing(2)
        self.members_list.setMinimumHeight(140)
        self.members_list.setMaximumHeight(260)
        form.add("members", self.members_list)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(80)
        form.add("description", self.description_edit)
        self.queue_note = QLabel(objectName="teamQueueNote")
        self.queue_note.setWordWrap(True)
        self.queue_note.setStyleSheet(HINT_STYLE)
        form.layout.addRow(self.queue_note)

        self.editor_scroll, self.editor = _editor_scroll("team", self.heading,
                                                         self.error_label, form)
        self.splitter = QSplitter(objectName="teamsSplitter")
        self.splitter.addWidget(self.team_list)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)

        self.team_list.currentItemChanged.connect(self._team_chosen)
        self.name_edit.textEdited.connect(lambda _t: self._edited("name"))
        self.owner_combo.currentIndexChanged.connect(lambda _i: self._edited("owner"))
        self.members_list.itemChanged.connect(lambda _item: self._edited("members"))
        self.description_edit.textChanged.connect(lambda: self._edited("description"))
        self.retranslate_ui()

    # -- the lists -------------------------------------------------------------------------

    def _fill_people(self) -> None:
        """The owner choices (active users) and the member check list (every user)."""
        try:
            people = self._users.list_users(active_only=False)
        except CaseDeskError:
            people = []
        self._people = {row.id: row for row in people}
        was, self._loading = self._loading, True
        try:
            self.owner_combo.clear()
            self.owner_combo.addItem("", None)
            for row in people:
                if row.active:
                    self.owner_combo.addItem(row.name, row.id)
            self.members_list.clear()
            for row in people:
                item = QListWidgetItem(row.name)
                item.setData(ID_ROLE, row.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked)
                if not row.active:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setForeground(self.palette().placeholderText())
                self.members_list.addItem(item)
        finally:
            self._loading = was
        self._retranslate_people()

    def reload(self, select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else self.team_id
        self._fill_people()
        try:
            rows = self._users.list_teams()
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            rows = []
        self._rows = {row.id: row for row in rows}
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for row in rows:
            item = QTreeWidgetItem(self.team_list, [row.name, row.owner or "",
                                                    str(row.member_count)])
            item.setData(0, ID_ROLE, row.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.team_list.blockSignals(False)
        ids = list(self._rows)
        target = wanted if wanted in ids else (ids[0] if ids else None)
        _select(self.team_list, target)
        self.show_team(target)

    def select_team(self, name: str) -> bool:
        for i in range(self.team_list.topLevelItemCount()):
            item = self.team_list.topLevelItem(i)
            if item.text(0) == name:
                self.team_list.setCurrentItem(item)
                return self.team_id == item.data(0, ID_ROLE)
        return False

    def _team_chosen(self, current, previous) -> None:
        if current is None or self._loading:
            return
        team_id = current.data(0, ID_ROLE)
        if team_id == self.team_id:
            return
        if not self.confirm_leave():
            self.team_list.blockSignals(True)
            self.team_list.setCurrentItem(previous)
            self.team_list.blockSignals(False)
            return
        self.show_team(team_id)

    def show_team(self, team_id: int | None) -> None:
        """Show a team (None: a new one owned by me); unsaved changes are dropped."""
        try:
            if team_id is None:
                fields = self._users.TeamFields(name="", owner_user_id=self._session.user_id)
                version, row = 0, None
            else:
                fields, version = self._users.get_team(team_id)
                row = self._rows.get(team_id)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return
        self._loading = True
        try:
            self.team_id, self._version, self._row = team_id, version, row
            self.name_edit.setText(fields.name)
            index = self.owner_combo.findData(fields.owner_user_id)
            if index < 0 and fields.owner_user_id is not None:  # an inactive owner stays
                person = self._people.get(fields.owner_user_id)
                self.owner_combo.addItem(person.name if person else f"#{fields.owner_user_id}",
                                         fields.owner_user_id)
                index = self.owner_combo.count() - 1
            self.owner_combo.setCurrentIndex(max(0, index))
            members = set(fields.member_ids)
            for i in range(self.members_list.count()):
                item = self.members_list.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in members
                                   else Qt.CheckState.Unchecked)
            self.description_edit.setPlainText(fields.description or "")
        finally:
            self._loading = False
        self._saved = self.current_fields()
        self.form.shown.clear()
        self.update_state()
        self._update_heading()

    def current_fields(self):
        members = tuple(self.members_list.item(i).data(ID_ROLE)
                        for i in range(self.members_list.count())
                        if self.members_list.item(i).checkState() == Qt.CheckState.Checked)
        return self._users.TeamFields(
            name=self.name_edit.text().strip(), owner_user_id=self.owner_combo.currentData(),
            description=self.description_edit.toPlainText().strip() or None,
            member_ids=members)

    def has_changes(self) -> bool:
        return self._saved is not None and self.current_fields() != self._saved

    def set_members(self, user_ids) -> None:
        """Check exactly these users as members (as if clicked)."""
        wanted = set(user_ids)
        for i in range(self.members_list.count()):
            item = self.members_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        if self.form.shown:
            self.form.shown.pop(field, None)
            self.form.shown.pop("", None)
        self.update_state()

    def update_state(self) -> None:
        editable = not self.read_only
        self.name_edit.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        self.owner_combo.setEnabled(editable)
        self.members_list.setEnabled(True)  # read-only lists still scroll
        for i in range(self.members_list.count()):
            item = self.members_list.item(i)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            was, self._loading = self._loading, True
            item.setFlags(flags)
            self._loading = was
        self.queue_note.setText(
            self.tr("The team gets a private default queue, “<%1>”, when it is saved.")
            .replace("%1", self.name_edit.text().strip() or self.tr("Team"))
            if self.team_id is None else
            self.tr("The team's private default queue is in Settings › Queues."))
        self.form.render(self.error_label)
        self.changed.emit()

    def _update_heading(self) -> None:
        self.heading.setText(self.tr("New team") if self.team_id is None else
                             self.tr("Team: %1").replace("%1", self.name_edit.text()))

    # -- commands --------------------------------------------------------------------------

    def show_error(self, exc: Exception) -> None:
        field = getattr(exc, "field", None)
        field = {"owner_user_id": "owner", "member_ids": "members"}.get(field, field)
        if isinstance(exc, ValidationError) and field in self.form.errors:
            self.form.shown[field] = lambda e=exc: validation_message(e)
            self.form.render(self.error_label)
            self.form.editors[field].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if isinstance(exc, PermissionDenied):
            self.form.shown[""] = lambda: self.tr("Only administrators can change teams.")
        else:
            self.form.shown[""] = lambda e=exc: error_message(e)
        self.form.render(self.error_label)

    def new_team(self) -> None:
        if self.read_only or not self.confirm_leave():
            return
        _select(self.team_list, None)
        self.show_team(None)
        self.name_edit.setFocus()

    def save(self) -> bool:
        if self.read_only:
            self.show_error(PermissionDenied("users"))
            return False
        self.form.shown.clear()
        self.form.render(self.error_label)
        fields = self.current_fields()
        try:
            if self.team_id is None:
                team_id = self._users.create_team(self._session, fields)
            else:
                team_id = self.team_id
                self._version = self._users.update_team(self._session, team_id, fields,
                                                        self._version)
        except CaseDeskError as exc:
            self.show_error(exc)
            return False
        self.team_id = team_id
        self._saved = fields
        self.reload(team_id)
        self.status_message.emit(self.tr("Team “%1” saved.").replace("%1", fields.name))
        return True

    def revert(self) -> None:
        self.show_team(self.team_id)

    def in_use_text(self, exc: CaseDeskError) -> str:
        """Why the team can't be deleted, with what still points at it."""
        params = exc.params
        name = str(params.get("name") or self.name_edit.text())
        n = int(params.get("count") or 0)
        what = params.get("what")
        reasons = {
            "cases": self.tr("It owns %n case(s): assign them to someone else first.", "", n),
            "queues": self.tr("It owns %n queue(s) besides its default queue: give them "
                              "another owner first.", "", n),
            "queue_items": self.tr("It works %n queue item(s), or its default queue holds "
                                   "them: route or remove them first.", "", n),
            "routing_rules": self.tr("%n routing rule item(s) assign cases to it or to its "
                                     "queue: change them first.", "", n),
        }
        head = self.tr("The team “%1” can't be deleted.").replace("%1", name)
        return f"{head} {reasons[what]}" if what in reasons else error_message(exc)

    def delete_team(self) -> bool:
        if self.read_only or self.team_id is None:
            return False
        name = self._row.name if self._row is not None else self.name_edit.text()
        if not prompts.confirm(self, self.tr("Delete the team “%1” and its default queue?")
                               .replace("%1", name)):
            return False
        try:
            self._users.delete_team(self._session, self.team_id)
        except CaseDeskError as exc:
            prompts.error(self, self.in_use_text(exc) if exc.code == "team_in_use"
                          else error_message(exc))
            return False
        self.team_id = None
        self._saved = None
        self.reload()
        self.status_message.emit(self.tr("Team “%1” deleted.").replace("%1", name))
        return True

    def confirm_leave(self) -> bool:
        if self.read_only or not self.has_changes():
            return True
        answer = prompts.ask_save_changes(self, self.tr("Save the changes to the team?"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_people(self) -> None:
        if self.owner_combo.count():
            self.owner_combo.setItemText(0, self.tr("(No owner)"))
        for i in range(self.members_list.count()):
            item = self.members_list.item(i)
            person = self._people.get(item.data(ID_ROLE))
            if person is not None:
                item.setToolTip(person.login if person.active else
                                self.tr("%1 (inactive)").replace("%1", person.login))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Teams"))
        self.team_list.setHeaderLabels([self.tr("Name"), self.tr("Owner"), self.tr("Members")])
        self.team_list.setAccessibleName(self.tr("Teams"))
        self.editor.setAccessibleName(self.tr("Team"))
        self.editor_scroll.setAccessibleName(self.tr("Team"))
        self.heading.setAccessibleName(self.tr("Team"))
        self.error_label.setAccessibleName(self.tr("Error"))
        captions = {"name": self.tr("&Name: *"), "owner": self.tr("&Owner:"),
                    "members": self.tr("&Members:"), "description": self.tr("&Description:")}
        names = {"name": self.tr("Name (required)"), "owner": self.tr("Owner"),
                 "members": self.tr("Members"), "description": self.tr("Description")}
        for field, text in captions.items():
            self.form.captions[field].setText(text)
            self.form.editors[field].setAccessibleName(names[field])
            self.form.errors[field].setAccessibleName(
                self.tr("%1 error").replace("%1", names[field]))
        self.queue_note.setAccessibleName(self.tr("Default queue"))
        self._retranslate_people()
        self._update_heading()
        self.update_state()


class UsersTeamsPage(QWidget):
    """Settings › Users and Teams. The main window asks `confirm_leave()` (or
    `has_changes()` and `save()`) before it shows another page or closes."""

    status_message = Signal(str)
    modified_changed = Signal(bool)
    USERS, TEAMS = 0, 1

    def __init__(self, session, users, lookups, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_users")
        self._session = session
        self._users = users
        self._lookups = lookups
        self.read_only = not session.has_role(Role.ADMINISTRATOR)
        self._modified = False

        self.actions = ActionRegistry(self)
        self.command_bar = QToolBar(objectName="usersTeamsCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._bar_actions: dict[str, object] = {}
        for action_id in dict.fromkeys(USER_COMMANDS + TEAM_COMMANDS):
            if action_id is None:
                self.command_bar.addSeparator()
            else:
                self._bar_actions[action_id] = self.actions[action_id]
                self.command_bar.addAction(self.actions[action_id])
        self.save_action = self.actions["save_settings"]
        self.revert_action = self.actions["revert_settings"]

        self.heading = heading_label("usersTeamsHeading")
        self.read_only_note = QLabel(objectName="usersTeamsReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.setVisible(self.read_only)

        self.users_tab = UsersTab(session, users, self.read_only)
        self.teams_tab = TeamsTab(session, users, self.read_only)
        self.tabs = QTabWidget(objectName="usersTeamsTabs")
        self.tabs.addTab(self.users_tab, "")
        self.tabs.addTab(self.teams_tab, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.command_bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)

        a = self.actions
        a["new_user"].triggered.connect(self._when_shown(self.users_tab.new_user))
        a["deactivate_user"].triggered.connect(
            self._when_shown(lambda: self.users_tab.set_active(False)))
        a["activate_user"].triggered.connect(
            self._when_shown(lambda: self.users_tab.set_active(True)))
        a["new_team"].triggered.connect(self._when_shown(self.teams_tab.new_team))
        a["delete_team"].triggered.connect(self._when_shown(self.teams_tab.delete_team))
        self.save_action.triggered.connect(self._when_shown(self.save))
        self.revert_action.triggered.connect(self._when_shown(self.revert))
        self.tabs.currentChanged.connect(lambda _i: self._update_state())
        for tab in (self.users_tab, self.teams_tab):
            tab.changed.connect(self._update_state)
            tab.status_message.connect(self.status_message)
        bus = session.events
        bus.subscribe(events.USERS_CHANGED, self._users_changed)
        self.destroyed.connect(lambda *_: bus.unsubscribe(events.USERS_CHANGED,
                                                          self._users_changed))
        self.retranslate_ui()
        self.reload()

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if isValid(self) and self.isVisible():
                slot()
        return run

    @property
    def current_tab(self) -> UsersTab | TeamsTab:
        return self.teams_tab if self.tabs.currentIndex() == self.TEAMS else self.users_tab

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def reload(self) -> None:
        self.users_tab.reload()
        self.teams_tab.reload()

    def has_changes(self) -> bool:
        return self.users_tab.has_changes() or self.teams_tab.has_changes()

    def save(self) -> bool:
        """Save what changed (the tab shown first)."""
        ok = True
        for tab in (self.users_tab, self.teams_tab):
            if tab.has_changes():
                ok = tab.save() and ok
        return ok

    def revert(self) -> None:
        self.current_tab.revert()

    def confirm_leave(self) -> bool:
        return self.users_tab.confirm_leave() and self.teams_tab.confirm_leave()

    def _update_state(self) -> None:
        users = self.current_tab is self.users_tab
        editable = not self.read_only
        shown = set(USER_COMMANDS if users else TEAM_COMMANDS)
        for action_id, action in self._bar_actions.items():
            action.setVisible(action_id in shown)
        tab = self.current_tab
        modified = editable and tab.has_changes()
        self.save_action.setEnabled(modified)
        self.revert_action.setEnabled(modified)
        a = self.actions
        a["new_user"].setEnabled(editable)
        a["new_team"].setEnabled(editable)
        row = self.users_tab._row
        can_toggle = editable and row is not None and not self.users_tab.is_me
        a["deactivate_user"].setEnabled(can_toggle and row.active)
        a["activate_user"].setEnabled(can_toggle and not row.active)
        a["delete_team"].setEnabled(editable and self.teams_tab.team_id is not None)
        any_modified = editable and self.has_changes()
        if any_modified != self._modified:
            self._modified = any_modified
            self.modified_changed.emit(any_modified)

    def _users_changed(self, **_payload) -> None:
        if not isValid(self):
            return
        for tab in (self.users_tab, self.teams_tab):
            if not tab.has_changes():
                tab.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._users_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.actions.retranslate()
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Users and Teams"))
        self.heading.setText(self.tr("Users and Teams"))
        self.heading.setAccessibleName(self.tr("Users and Teams"))
        self.command_bar.setWindowTitle(self.tr("User and team commands"))
        self.command_bar.setAccessibleName(self.tr("User and team commands"))
        self.read_only_note.setText(self.tr("Only administrators can change users and teams. "
                                            "You can look at them here."))
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.tabs.setTabText(self.USERS, self.tr("&Users"))
        self.tabs.setTabText(self.TEAMS, self.tr("&Teams"))
        self.tabs.setAccessibleName(self.tr("Users and teams"))
        self._update_state()
