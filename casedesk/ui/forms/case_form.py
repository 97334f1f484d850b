"""The case form (SPEC §4.3): New Case and editing a case, in its own window.

Header, process bar (Identify → Research → Resolve), the Summary with the customer details
panel, Details, History. Lookups for customer, contact, subject, product and owner; inline
field errors from the controllers; unsaved changes are never lost silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from casedesk.controllers import events
from casedesk.controllers.cases import CaseFields, NewCase
from casedesk.controllers.errors import (
    CaseDeskError,
    ConflictError,
    ValidationError,
)
from casedesk.controllers.lookups import LookupItem
from casedesk.models.options import CaseState, CaseType, Origin, Priority, ServiceStage
from casedesk.ui import labels, prompts
from casedesk.ui.actions import SPECS as ACTION_SPECS
from casedesk.ui.actions import tr as action_tr
from casedesk.ui.activity_commands import ActivityCommands
from casedesk.ui.dialogs.find_case_dialog import FindCaseDialog
from casedesk.ui.dialogs.subject_tree_dialog import SubjectTreeDialog
from casedesk.ui.formatting import local_datetime
from casedesk.ui.icons import icon
from casedesk.ui.live import report_connection_lost
from casedesk.ui.messages import error_message, field_name, validation_message
from casedesk.ui.widgets.active_entitlements import terms_text
from casedesk.ui.widgets.banner import Banner
from casedesk.ui.widgets.case_suggestions import CaseSuggestions
from casedesk.ui.widgets.customer_details_panel import CustomerDetailsPanel
from casedesk.ui.widgets.lookup_edit import LookupEdit
from casedesk.ui.widgets.process_bar import ProcessBar
from casedesk.ui.widgets.similar_cases import SimilarCasesPanel
from casedesk.ui.widgets.timeline import TimelineWidget

#: commands of the case command bar that later versions bring (SPEC §4.3)
LATER_COMMANDS = ("delete_case",)


@dataclass
class FormServices:
    """What the form may call: controller modules, no database."""

    cases: object  # casedesk.controllers.cases
    customers: object  # casedesk.controllers.customers
    lookups: object  # casedesk.controllers.lookups
    activities: object = None  # casedesk.controllers.activities
    lifecycle: object = None  # casedesk.controllers.lifecycle
    entitlements: object = None  # casedesk.controllers.entitlements
    charging: object = None  # casedesk.controllers.charging
    queues: object = None  # casedesk.controllers.queues
    routing: object = None  # casedesk.controllers.routing
    search: object = None  # casedesk.controllers.search
    connections: object = None  # casedesk.controllers.connections


def _lookup_item(named) -> LookupItem | None:
    return None if named is None else LookupItem(named.kind, named.id, named.label)


class CaseForm(QMainWindow):
    """One case in its own window. `case_id=None` is a new case (optionally for a customer)."""

    saved = Signal(int)
    open_case_requested = Signal(int)
    new_case_requested = Signal()

    def __init__(self, session, services: FormServices, reader, prefs=None, *,
                 case_id: int | None = None, customer: LookupItem | None = None,
                 commands: ActivityCommands | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("caseForm")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.services = services
        self.reader = reader
        self.prefs = prefs
        self.case_id: int | None = None
        self.record = None
        self._version = 0
        self._stage = int(ServiceStage.IDENTIFY)
        self._existing_case: LookupItem | None = None
        self._decrement = True  # "Do not decrement entitlement terms" is off
        self._loading = False
        self.dirty = False
        self.commands = commands or ActivityCommands(session, services.activities,
                                                     services.lookups, reader, prefs, self)
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        if case_id is not None:
            self.load(case_id)
        else:
            self._new(customer)
        self._restore_geometry()

    # -- construction --------------------------------------------------------------------

    def _lookup(self, name: str, search, allow_new: bool = False) -> LookupEdit:
        edit = LookupEdit(search, self.reader, window=self, allow_new=allow_new,
                          kind_label=self._kind_label, parent=self)
        edit.setObjectName(f"{name}Lookup")
        return edit

    def _kind_label(self, kind: str) -> str:
        return {"account": self.tr("Account"), "contact": self.tr("Contact"),
                "user": self.tr("User"), "team": self.tr("Team"),
                "subject": self.tr("Subject"), "product": self.tr("Product"),
                "case": self.tr("Case")}.get(kind, kind)

    def _build(self) -> None:
        lookups = self.services.lookups
        # command bar
        self.command_bar = QToolBar(objectName="caseFormCommandBar")
        self.command_bar.setMovable(False)
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_action = QAction(icon("save"), "", self, objectName="action_save")
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_close_action = QAction(icon("save_close"), "", self,
                                         objectName="action_save_close")
        self.new_action = QAction(icon("new_case"), "", self, objectName="action_form_new")
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        for action in (self.save_action, self.save_close_action, self.new_action):
            self.command_bar.addAction(action)
            self.addAction(action)
        self.command_bar.addSeparator()
        self.close_case_action = QAction(icon("close_case"), "", self,
                                         objectName="action_form_close_case")
        self.cancel_case_action = QAction(icon("cancel_case"), "", self,
                                          objectName="action_form_cancel_case")
        self.reactivate_action = QAction(icon("reactivate"), "", self,
                                         objectName="action_form_reactivate")
        for action in (self.close_case_action, self.cancel_case_action, self.reactivate_action):
            self.command_bar.addAction(action)
        self.command_bar.addSeparator()
        self.save_route_action = QAction(icon("route"), "", self,
                                         objectName="action_form_save_route")
        self.assign_action = QAction(icon("assign"), "", self, objectName="action_form_assign")
        self.add_to_queue_action = QAction(icon("add_to_queue"), "", self,
                                           objectName="action_form_add_to_queue")
        for action in (self.save_route_action, self.assign_action, self.add_to_queue_action):
            self.command_bar.addAction(action)
        self.escalate_action = QAction(icon("escalate"), "", self,
                                       objectName="action_form_escalate")
        self.de_escalate_action = QAction(icon("de_escalate"), "", self,
                                          objectName="action_form_de_escalate")
        self.child_action = QAction(icon("associate"), "", self,
                                    objectName="action_form_create_child")
        self.decrement_action = QAction(icon("entitlements"), "", self,
                                        objectName="action_form_decrement")
        self.command_bar.addSeparator()
        self.later_actions: dict[str, QAction] = {}
        self.more_menu = QMenu(self, objectName="caseFormMoreMenu")
        for action in (self.escalate_action, self.de_escalate_action, self.child_action,
                       self.decrement_action):
            self.more_menu.addAction(action)
        self.more_menu.addSeparator()
        for action_id in LATER_COMMANDS:
            spec = ACTION_SPECS[action_id]
            action = QAction(icon(spec.icon), "", self, objectName=f"form_{action_id}")
            action.setEnabled(False)
            self.more_menu.addAction(action)
            self.later_actions[action_id] = action
        self.more_button = QToolButton(objectName="caseFormMoreButton")
        self.more_button.setIcon(icon("more"))
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.command_bar.addWidget(self.more_button)
        self.addToolBar(self.command_bar)

        # read-only bar
        self.read_only_bar = QLabel(objectName="readOnlyBar")
        self.read_only_bar.setWordWrap(True)
        self.read_only_bar.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px; }")
        self.reactivate_button = QPushButton(icon("reactivate"), "",
                                             objectName="readOnlyReactivateButton")
        self.reactivate_button.clicked.connect(lambda: self.reactivate_action.trigger())
        self.read_only_row = QWidget(objectName="readOnlyRow")
        read_only_layout = QHBoxLayout(self.read_only_row)
        read_only_layout.setContentsMargins(0, 0, 0, 0)
        read_only_layout.addWidget(self.read_only_bar, 1)
        read_only_layout.addWidget(self.reactivate_button)
        self.read_only_row.hide()

        # header
        self.number_label = QLabel(objectName="caseNumberLabel")
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header_values: dict[str, QLabel] = {}
        self.header_captions: dict[str, QLabel] = {}
        header = QGridLayout()
        header.addWidget(self.number_label, 0, 0, 2, 1)
        header.setColumnStretch(0, 1)
        for column, key in enumerate(("priority", "status_reason", "owner", "created_on"), 1):
            caption = QLabel(objectName=f"header_{key}_caption")
            caption.setStyleSheet("color: palette(mid);")
            value = QLabel(objectName=f"header_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            header.addWidget(caption, 0, column)
            header.addWidget(value, 1, column)
            header.setColumnMinimumWidth(column, 120)
            self.header_captions[key] = caption
            self.header_values[key] = value

        # process bar and the stage's steps
        self.process_bar = ProcessBar()
        self.stage_steps = QStackedWidget(objectName="stageSteps")
        identify = QWidget()
        row = QHBoxLayout(identify)
        row.setContentsMargins(0, 0, 0, 0)
        self.find_customer_button = QPushButton(icon("quick_find"), "",
                                                objectName="findCustomerButton")
        self.find_case_button = QPushButton(icon("find_case"), "", objectName="findCaseButton")
        row.addWidget(self.find_customer_button)
        row.addWidget(self.find_case_button)
        row.addStretch(1)
        self.research_note = QPushButton(icon("quick_find"), "", objectName="researchStep")
        self.research_note.clicked.connect(lambda: self.find_similar())
        research = QWidget()
        research_row = QHBoxLayout(research)
        research_row.setContentsMargins(0, 0, 0, 0)
        research_row.addWidget(self.research_note)
        research_row.addStretch(1)
        resolve = QWidget()
        resolve_row = QHBoxLayout(resolve)
        resolve_row.setContentsMargins(0, 0, 0, 0)
        self.resolve_button = QPushButton(icon("close_case"), "", objectName="stageCloseButton")
        self.resolve_button.clicked.connect(lambda: self.close_case_action.trigger())
        resolve_row.addWidget(self.resolve_button)
        resolve_row.addStretch(1)
        self.resolve_note = self.resolve_button  # the Resolve stage's step
        for widget in (identify, research, resolve):
            self.stage_steps.addWidget(widget)

        # summary tab
        self.customer_edit = self._lookup("customer", lookups.search_customers, allow_new=True)
        self.contact_edit = self._lookup("contact", lookups.search_contacts, allow_new=True)
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.suggestions = (CaseSuggestions(self.services.search, self.reader)
                            if self.services.search is not None else None)
        title_row = QWidget()
        title_layout = QVBoxLayout(title_row)
        title_layout.setContentsMargins(0, 0, 0, 0)
        title_layout.setSpacing(2)
        title_layout.addWidget(self.title_edit)
        if self.suggestions is not None:
            title_layout.addWidget(self.suggestions)
            self.suggestions.case_open_requested.connect(self.open_case_requested)
        title_row.setFocusProxy(self.title_edit)
        self.subject_edit = self._lookup("subject", lookups.search_subjects)
        self.subject_tree_button = QToolButton(objectName="subjectTreeButton")
        self.subject_tree_button.setIcon(icon("subjects"))
        subject_row = QWidget()
        subject_layout = QHBoxLayout(subject_row)
        subject_layout.setContentsMargins(0, 0, 0, 0)
        subject_layout.setSpacing(2)
        subject_layout.addWidget(self.subject_edit, 1)
        subject_layout.addWidget(self.subject_tree_button)
        subject_row.setFocusProxy(self.subject_edit)
        self.origin_combo = QComboBox(objectName="originCombo")
        for origin in Origin:
            self.origin_combo.addItem("", int(origin))
        self.product_edit = self._lookup("product", lookups.search_products)
        self.entitlement_edit = self._lookup("entitlement", lambda _text: [])
        self.decrement_note = QLabel(objectName="decrementNote")
        self.decrement_note.setWordWrap(True)
        entitlement_row = QWidget()
        entitlement_layout = QVBoxLayout(entitlement_row)
        entitlement_layout.setContentsMargins(0, 0, 0, 0)
        entitlement_layout.setSpacing(2)
        entitlement_layout.addWidget(self.entitlement_edit)
        entitlement_layout.addWidget(self.decrement_note)
        entitlement_row.setFocusProxy(self.entitlement_edit)
        self.description_edit = QPlainTextEdit(objectName="descriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(110)
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        summary_form = QFormLayout()
        summary_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, widget in (("customer", self.customer_edit), ("contact", self.contact_edit),
                            ("title", title_row), ("subject", subject_row),
                            ("origin", self.origin_combo), ("product", self.product_edit),
                            ("entitlement", entitlement_row),
                            ("description", self.description_edit)):
            self._add_row(summary_form, key, widget)
        self.details_panel = CustomerDetailsPanel()
        self.details_panel.case_open_requested.connect(self.open_case_requested)
        summary_left = QWidget()
        summary_left.setLayout(summary_form)
        summary = QSplitter(objectName="summarySplitter")
        summary.addWidget(summary_left)
        summary.addWidget(self.details_panel)
        summary.setStretchFactor(0, 3)
        summary.setStretchFactor(1, 2)

        # details tab
        self.case_type_combo = QComboBox(objectName="caseTypeCombo")
        self.case_type_combo.addItem("", None)
        for case_type in CaseType:
            self.case_type_combo.addItem("", int(case_type))
        self.priority_combo = QComboBox(objectName="priorityCombo")
        for priority in Priority:
            self.priority_combo.addItem("", int(priority))
        self.severity_combo = QComboBox(objectName="severityCombo")
        self.severity_combo.addItem("", 1)
        self.status_combo = QComboBox(objectName="statusReasonCombo")
        self.follow_up_check = QCheckBox(objectName="followUpCheck")
        self.follow_up_edit = QDateEdit(objectName="followUpEdit")
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_edit.setDate(QDate.currentDate().addDays(3))
        self.follow_up_edit.setEnabled(False)
        follow = QWidget()
        follow_row = QHBoxLayout(follow)
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_row.addWidget(self.follow_up_check)
        follow_row.addWidget(self.follow_up_edit, 1)
        self.owner_edit = self._lookup("owner", lookups.search_owners)
        self.existing_case_label = QLabel(objectName="existingCaseLabel")
        details_form = QFormLayout()
        for key, widget in (("case_type", self.case_type_combo),
                            ("priority", self.priority_combo),
                            ("severity", self.severity_combo),
                            ("status_reason", self.status_combo),
                            ("follow_up_by", follow), ("owner", self.owner_edit),
                            ("existing_case", self.existing_case_label)):
            self._add_row(details_form, key, widget)
        details = QWidget()
        details.setLayout(details_form)

        # the timeline; relationships come with a later version; history
        self.timeline = TimelineWidget(self.session, self.services.activities, self.reader,
                                       prefs=self.prefs)
        self.relationships_note = QLabel(objectName="relationshipsNotAvailable")
        for note in (self.relationships_note,):
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.history = QTreeWidget(objectName="historyList")
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)

        self.tabs = QTabWidget(objectName="caseTabs")
        self.tabs.addTab(summary, "")
        self.tabs.addTab(details, "")
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self._build_relationships(), "")
        self.tabs.addTab(self.history, "")

        body = QWidget()
        layout = QVBoxLayout(body)
        # a colleague changed the case while it has unsaved edits; a save the lost
        # connection stopped (issue 9)
        self.banner = Banner("caseFormBanner")
        self._banner_state: tuple | None = None
        self.banner.dismissed.connect(self._banner_dismissed)
        layout.addWidget(self.banner)
        layout.addWidget(self.read_only_row)
        layout.addLayout(header)
        layout.addWidget(self.process_bar)
        layout.addWidget(self.stage_steps)
        layout.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setCentralWidget(scroll)
        self.setTabOrder(self.customer_edit, self.contact_edit)
        self.setTabOrder(self.contact_edit, self.title_edit)
        self.setTabOrder(self.title_edit, self.subject_edit)
        self.setTabOrder(self.subject_edit, self.origin_combo)
        self.setTabOrder(self.origin_combo, self.product_edit)
        self.setTabOrder(self.product_edit, self.description_edit)

    def _relation_list(self, name: str) -> QTreeWidget:
        tree = QTreeWidget(objectName=name)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setMinimumHeight(90)
        tree.itemActivated.connect(
            lambda item, _c: self.open_case_requested.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        return tree

    def _build_relationships(self) -> QWidget:
        """Parent case, child cases and merged cases (similar cases come with search)."""
        page = QWidget(objectName="relationshipsTab")
        layout = QVBoxLayout(page)
        self.parent_caption = QLabel(objectName="parentCaseCaption")
        self.parent_link = QPushButton(objectName="parentCaseButton")
        self.parent_link.setFlat(True)
        self.parent_link.clicked.connect(lambda: self.record and self.record_parent
                                         and self.open_case_requested.emit(
                                             self.record_parent.id))
        parent_row = QHBoxLayout()
        parent_row.addWidget(self.parent_caption)
        parent_row.addWidget(self.parent_link)
        parent_row.addStretch(1)
        layout.addLayout(parent_row)
        self.children_caption = QLabel(objectName="childCasesCaption")
        self.children_list = self._relation_list("childCasesList")
        self.merged_caption = QLabel(objectName="mergedCasesCaption")
        self.merged_list = self._relation_list("mergedCasesList")
        self.similar_caption = QLabel(objectName="similarCasesCaption")
        self.similar_panel = (SimilarCasesPanel(self.session, self.services.connections)
                              if self.services.connections is not None else None)
        if self.similar_panel is not None:
            self.similar_panel.add_requested.connect(lambda: self.find_similar())
            self.similar_panel.case_open_requested.connect(self.open_case_requested)
            layout.addWidget(self.similar_caption)
            layout.addWidget(self.similar_panel)
            self.relationships_note.hide()
        for widget in (self.children_caption, self.children_list, self.merged_caption,
                       self.merged_list, self.relationships_note):
            layout.addWidget(widget)
        self.record_parent = None
        return page

    def _load_relationships(self) -> None:
        lifecycle = self.services.lifecycle
        if lifecycle is None or self.case_id is None:
            self.record_parent = None
            for tree in (self.children_list, self.merged_list):
                tree.clear()
            self.parent_link.setText("—")
            self.parent_link.setEnabled(False)
            return
        self.record_parent = lifecycle.parent_case(self.case_id)
        self.parent_link.setText(f"{self.record_parent.number} – {self.record_parent.title}"
                                 if self.record_parent else "—")
        self.parent_link.setEnabled(self.record_parent is not None)
        for tree, rows in ((self.children_list, lifecycle.child_cases(self.case_id)),
                           (self.merged_list, lifecycle.merged_cases(self.case_id))):
            tree.clear()
            for row in rows:
                item = QTreeWidgetItem(tree, [row.number, row.title,
                                              labels.status_reason(row.status_reason),
                                              local_datetime(row.created_on)])
                item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            for column in (0, 2, 3):
                tree.resizeColumnToContents(column)

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        caption = QLabel(objectName=f"{key}Caption")
        caption.setBuddy(widget)
        error = QLabel(objectName=f"{key}Error")
        error.setWordWrap(True)
        error.setStyleSheet("color: #c62828;")
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(caption, column)
        self.captions[key] = caption
        self.errors[key] = error

    def _connect_signals(self) -> None:
        self.save_action.triggered.connect(self.save)
        self.save_close_action.triggered.connect(self.save_and_close)
        self.new_action.triggered.connect(self.new_case_requested)
        self.process_bar.stage_requested.connect(self.set_stage)
        self.find_customer_button.clicked.connect(self._find_customer)
        self.find_case_button.clicked.connect(self.find_case)
        self.subject_tree_button.clicked.connect(self.browse_subjects)
        self.close_case_action.triggered.connect(self.close_case)
        self.cancel_case_action.triggered.connect(self.cancel_case)
        self.reactivate_action.triggered.connect(self.reactivate)
        self.escalate_action.triggered.connect(self.escalate)
        self.de_escalate_action.triggered.connect(lambda: self._run_command("de_escalate"))
        self.child_action.triggered.connect(self.create_child)
        self.decrement_action.triggered.connect(self.toggle_decrement)
        self.save_route_action.triggered.connect(self.save_and_route)
        self.assign_action.triggered.connect(self.assign)
        self.add_to_queue_action.triggered.connect(self.add_to_queue)
        for edit in (self.contact_edit, self.product_edit):
            edit.item_changed.connect(lambda *_: self._point_entitlement_lookup())
        self.origin_combo.currentIndexChanged.connect(lambda *_: self._point_entitlement_lookup())
        self.entitlement_edit.item_changed.connect(self._changed)
        self.session.events.subscribe(events.CASES_CHANGED, self._cases_changed)
        self.session.events.subscribe(events.DATA_RESET, self._data_reset)
        self.customer_edit.item_changed.connect(self._customer_changed)
        self.customer_edit.new_requested.connect(self._new_customer)
        self.contact_edit.new_requested.connect(self._new_contact)
        self.follow_up_check.toggled.connect(self.follow_up_edit.setEnabled)
        timeline, commands = self.timeline, self.commands
        timeline.add_requested.connect(lambda kind: commands.add(kind, self.case_id, self))
        timeline.open_requested.connect(
            lambda kind, record_id: commands.open(kind, record_id, self.case_id, self))
        timeline.complete_requested.connect(lambda i: commands.complete(i, self))
        timeline.cancel_requested.connect(lambda i: commands.cancel(i, self))
        timeline.eml_dropped.connect(lambda paths: commands.import_files(self.case_id, paths,
                                                                         self))
        for edit in (self.customer_edit, self.contact_edit, self.subject_edit,
                     self.product_edit, self.owner_edit):
            edit.item_changed.connect(self._changed)
        self.title_edit.textChanged.connect(self._changed)
        self.title_edit.textChanged.connect(self._update_title)
        self.title_edit.textEdited.connect(self._title_typed)
        self.description_edit.textChanged.connect(self._changed)
        for combo in (self.origin_combo, self.case_type_combo, self.priority_combo,
                      self.severity_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.follow_up_check.toggled.connect(self._changed)
        self.follow_up_edit.dateChanged.connect(self._changed)

    # -- state ---------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self._update_title()

    def _fill_status_reasons(self, current: int | None) -> None:
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        values = set(self.services.cases.active_status_reasons())
        lifecycle = self.services.lifecycle
        if lifecycle is not None and current is not None:
            allowed = lifecycle.allowed_targets(current)  # None: the matrix is off
            if allowed is not None:
                values = (values & set(allowed)) | {current}
        for value in sorted(values):
            self.status_combo.addItem(labels.status_reason(value), value)
        if current is not None and self.status_combo.findData(current) < 0:
            self.status_combo.addItem(labels.status_reason(current), current)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.blockSignals(False)

    def _new(self, customer: LookupItem | None) -> None:
        self._loading = True
        self.case_id, self.record, self._version = None, None, 0
        self._stage = int(ServiceStage.IDENTIFY)
        me = LookupItem("user", self.session.user_id, self.session.user_name or "")
        self.owner_edit.set_item(me)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(int(Priority.NORMAL)))
        self._fill_status_reasons(None)
        self.customer_edit.set_item(customer)
        self._loading = False
        self._decrement = True
        self._customer_changed(customer, keep_contact=False)
        self.dirty = False
        self._refresh_state()

    def load(self, case_id: int) -> None:
        """Show the saved case (read-only unless it is active)."""
        try:
            record = self.services.cases.get_case_record(case_id)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return
        self._loading = True
        self.case_id, self.record, self._version = case_id, record, record.version
        self._stage = record.stage
        self._existing_case = _lookup_item(record.existing_case)
        self.customer_edit.set_item(_lookup_item(record.customer))
        self._point_contact_lookup(_lookup_item(record.customer))
        self.contact_edit.set_item(_lookup_item(record.contact))
        self.title_edit.setText(record.title)
        self.subject_edit.set_item(_lookup_item(record.subject))
        self.origin_combo.setCurrentIndex(max(0, self.origin_combo.findData(record.origin)))
        self.product_edit.set_item(_lookup_item(record.product))
        self.description_edit.setPlainText(record.description)
        self.case_type_combo.setCurrentIndex(max(0, self.case_type_combo.findData(
            record.case_type)))
        self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(
            record.priority)))
        self.severity_combo.setCurrentIndex(max(0, self.severity_combo.findData(
            record.severity)))
        self._fill_status_reasons(record.status_reason)
        self.follow_up_check.setChecked(record.follow_up_by is not None)
        if record.follow_up_by:
            self.follow_up_edit.setDate(QDate(record.follow_up_by.year,
                                              record.follow_up_by.month,
                                              record.follow_up_by.day))
        self.owner_edit.set_item(_lookup_item(record.owner))
        self.entitlement_edit.set_item(_lookup_item(getattr(record, "entitlement", None)))
        self._decrement = getattr(record, "decrement_entitlement", True)
        self._loading = False
        self._point_entitlement_lookup()
        self.dirty = False
        self._show_banner(None)
        self._show_details(_lookup_item(record.customer))
        self._load_history()
        self._load_relationships()
        self.timeline.set_case(case_id, record.read_only)
        if self.similar_panel is not None:
            self.similar_panel.set_case(case_id, record.read_only)
        self._clear_errors()
        self._refresh_state()

    def _refresh_state(self) -> None:
        read_only = self.record is not None and self.record.read_only
        for edit in (self.customer_edit, self.contact_edit, self.subject_edit,
                     self.product_edit, self.owner_edit, self.entitlement_edit):
            edit.set_read_only(read_only)
        self.title_edit.setReadOnly(read_only)
        self.description_edit.setReadOnly(read_only)
        for widget in (self.origin_combo, self.case_type_combo, self.priority_combo,
                       self.severity_combo, self.status_combo, self.follow_up_check,
                       self.subject_tree_button,
                       self.find_customer_button, self.find_case_button):
            widget.setEnabled(not read_only)
        self.follow_up_edit.setEnabled(not read_only and self.follow_up_check.isChecked())
        self.save_action.setEnabled(not read_only)
        self.save_close_action.setEnabled(not read_only)
        self.read_only_row.setVisible(read_only)
        self.read_only_bar.setVisible(read_only)
        self._update_commands()
        self.process_bar.set_stage(self._stage)
        self.process_bar.set_read_only(read_only)
        self.stage_steps.setCurrentIndex(self._stage)
        self.retranslate_ui()

    def _update_title(self, *_args) -> None:
        name = self.record.number if self.record else self.tr("New Case")
        title = self.title_edit.text().strip()
        text = f"{name}: {title}" if title else name
        self.setWindowTitle(("* " if self.dirty else "") + text + " – CaseDesk")

    # -- customer ------------------------------------------------------------------------

    def _point_contact_lookup(self, customer: LookupItem | None) -> None:
        lookups = self.services.lookups
        account_id = customer.id if customer and customer.kind == "account" else None
        self.contact_edit.set_search(
            lambda text: lookups.search_contacts(text, account_id=account_id))

    def _customer_changed(self, customer: LookupItem | None, keep_contact: bool = True) -> None:
        if self._loading:
            return
        self.entitlement_edit.set_item(None)  # another customer's terms never apply
        self._point_contact_lookup(customer)
        contact = self.contact_edit.item()
        if customer is not None and customer.kind == "contact":
            self.contact_edit.set_item(customer)  # a contact customer is its own contact
        elif contact is not None and (customer is None or not keep_contact
                                      or contact.kind != "contact"):
            self.contact_edit.set_item(None)
        elif contact is not None and customer is not None:
            # keep the contact only when it belongs to the new account
            record = self.services.customers.get_contact(contact.id)
            if record.parent_account_id != customer.id:
                self.contact_edit.set_item(None)
        self._show_details(customer)
        self._point_entitlement_lookup()

    def _title_typed(self, text: str) -> None:
        """Suggestions (possible duplicates, similar resolved cases) follow what is typed,
        quietly, off the GUI thread."""
        if self.suggestions is None:
            return
        customer, subject = self.customer_edit.item(), self.subject_edit.item()
        self.suggestions.set_context(customer.kind if customer else None,
                                     customer.id if customer else None,
                                     subject.id if subject else None, self.case_id)
        self.suggestions.title_changed(text)

    def find_similar(self):
        """Find Similar Cases (SPEC §2.8) for this saved case."""
        from casedesk.ui.dialogs.find_similar_dialog import FindSimilarCasesDialog

        if self.services.search is None or self.case_id is None or not self._save_before():
            return None
        subject = self.subject_edit.item()
        services = self.services
        return self._open_dialog(FindSimilarCasesDialog(
            self.session, services.search, services.connections, services.lookups,
            services.activities, self.reader, self.case_id,
            subject.id if subject else None, self.prefs, self))

    def _point_entitlement_lookup(self) -> None:
        """The Entitlement lookup offers only the customer's active entitlements that cover
        the case's contact, product and origin (SPEC §3.1, §3.4), with remaining terms."""
        entitlements = self.services.entitlements
        customer = self.customer_edit.item()
        if entitlements is None or customer is None:
            self.entitlement_edit.set_search(lambda _text: [])
            return
        contact, product = self.contact_edit.item(), self.product_edit.item()
        where = dict(customer_kind=customer.kind, customer_id=customer.id,
                     contact_id=contact.id if contact else None,
                     product_id=product.id if product else None,
                     origin=self.origin_combo.currentData())
        hours, cases = self.tr("%1 of %2 hours left"), self.tr("%1 of %2 cases left")

        def search(text: str) -> list[LookupItem]:
            wanted = text.casefold().strip()
            items = []
            for row in entitlements.entitlements_for_case(**where):
                if wanted and wanted not in row.name.casefold():
                    continue
                left = (hours if row.allocation_type == 1 else cases).replace(
                    "%1", terms_text(row.remaining)).replace("%2", terms_text(row.total_terms))
                items.append(LookupItem("entitlement", row.id, row.name, left))
            return items

        self.entitlement_edit.set_search(search)

    def _show_details(self, customer: LookupItem | None) -> None:
        if customer is None:
            self.details_panel.set_details(None)
            return
        customers = self.services.customers

        def done(details):
            current = self.customer_edit.item()
            if current is not None and (current.kind, current.id) == (customer.kind,
                                                                       customer.id):
                self.details_panel.set_details(details)

        self.reader.submit(lambda: customers.customer_details(customer.kind, customer.id),
                           done, key=f"details{id(self)}", owner=self)

    def _find_customer(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.customer_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _new_customer(self, typed: str) -> None:
        """The customer lookup's New: account or contact, created without leaving the form."""
        from casedesk.ui.dialogs.quick_create_dialog import (
            QuickCreateAccountDialog,
            QuickCreateContactDialog,
        )

        choice = prompts.choose(self, self.tr("Create a new customer for “%1”:").replace(
            "%1", typed), [self.tr("New Account"), self.tr("New Contact")])
        if choice is None:
            return
        dialog = (QuickCreateAccountDialog(self.session, typed, self, prefs=self.prefs)
                  if choice == 0 else
                  QuickCreateContactDialog(self.session, typed, None, self,
                                           reader=self.reader, prefs=self.prefs))
        self._open_quick_create(dialog, self.customer_edit)

    def _new_contact(self, typed: str) -> None:
        from casedesk.ui.dialogs.quick_create_dialog import QuickCreateContactDialog

        customer = self.customer_edit.item()
        account = customer if customer is not None and customer.kind == "account" else None
        dialog = QuickCreateContactDialog(self.session, typed, account, self,
                                          reader=self.reader, prefs=self.prefs)
        self._open_quick_create(dialog, self.contact_edit)

    def _open_quick_create(self, dialog, target: LookupEdit) -> None:
        """Window-modal, not blocking: what was typed in the form stays as it is."""
        self.last_dialog = dialog

        def finished(_result) -> None:
            created = getattr(dialog, "created", None)
            if created is not None:
                target.set_item(created)
                if target is self.customer_edit:
                    self._customer_changed(created)
                self._changed()
            target.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        dialog.open()

    def browse_subjects(self) -> SubjectTreeDialog:
        """The subject tree, to pick from by browsing or typing (the lookup's tree view)."""
        current = self.subject_edit.item()
        dialog = SubjectTreeDialog(self.services.lookups.subject_tree(),
                                   current.id if current else None, self.prefs, self)
        self.last_dialog = dialog

        def finished(_result) -> None:
            if dialog.chosen is not None:
                self.subject_edit.set_item(dialog.chosen)
                self._changed()
            self.subject_edit.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    # -- Find Case -----------------------------------------------------------------------

    def find_case(self) -> FindCaseDialog | None:
        customer = self.customer_edit.item()
        if customer is None:
            self._show_error("customer", self.tr("Choose the customer first."))
            return None
        found = self.services.customers.customer_cases(customer.kind, customer.id,
                                                       active_only=True)
        found = [c for c in found if c.id != self.case_id]
        dialog = FindCaseDialog(customer.label, found, self.prefs, self)
        self.last_dialog = dialog
        dialog.finished.connect(lambda _r: self._found_case(dialog.choice, found))
        dialog.open()
        return dialog

    def _found_case(self, choice, found) -> None:
        if not choice:
            return
        action, case_id = choice
        if action == "open":
            number = next((c.number for c in found if c.id == case_id), "")
            if self.case_id is None and self.dirty and not prompts.confirm(
                    self, self.tr("Discard the new case and open %1 instead?").replace(
                        "%1", number)):
                return
            self.dirty = False
            self.load(case_id)
        elif case_id is not None:
            number = next((c.number for c in found if c.id == case_id), "")
            self._existing_case = LookupItem("case", case_id, number)
            self._changed()
            self._refresh_state()

    # -- lifecycle (SPEC §2.3–§2.9) -------------------------------------------------------

    def _update_commands(self) -> None:
        """Commands that do not apply are disabled with a tooltip that says why."""
        record = self.record
        saved = record is not None
        active = saved and not record.read_only
        reasons = {
            "unsaved": self.tr("Save the case first."),
            "closed": self.tr("The case is resolved or canceled. Reactivate it first."),
            "active": self.tr("The case is active."),
            "escalated": self.tr("The case is escalated already."),
            "not_escalated": self.tr("The case is not escalated."),
        }
        states = {
            self.close_case_action: (active, "unsaved" if not saved else "closed"),
            self.cancel_case_action: (active, "unsaved" if not saved else "closed"),
            self.reactivate_action: (saved and record.read_only,
                                     "unsaved" if not saved else "active"),
            self.escalate_action: (active and not record.is_escalated,
                                   "unsaved" if not saved else
                                   "closed" if record.read_only else "escalated"),
            self.de_escalate_action: (active and record.is_escalated,
                                      "unsaved" if not saved else
                                      "closed" if record.read_only else "not_escalated"),
            self.child_action: (active, "unsaved" if not saved else "closed"),
        }
        self.decrement_action.setEnabled(self.services.charging is not None
                                         and (not saved or active))
        queue_ready = self.services.queues is not None
        for action in (self.assign_action, self.add_to_queue_action):
            action.setEnabled(queue_ready and active)
            action.setToolTip(action.text().replace("&", "") if action.isEnabled() else
                              reasons["unsaved" if not saved else "closed"])
        routable = self.services.routing is not None and (not saved or active)
        self.save_route_action.setEnabled(routable)
        self.save_route_action.setToolTip(self.save_route_action.text() if routable else
                                          reasons["closed"])
        available = self.services.lifecycle is not None
        for action, (enabled, why) in states.items():
            action.setEnabled(available and enabled)
            action.setToolTip(action.text().replace("&", "") if action.isEnabled()
                              else reasons[why])
        self.resolve_button.setEnabled(self.close_case_action.isEnabled())
        self.resolve_button.setToolTip(self.close_case_action.toolTip())
        self.reactivate_button.setEnabled(self.reactivate_action.isEnabled())

    def _save_before(self) -> bool:
        """A command on the case saves what was typed first (or stops at its error)."""
        return not self.dirty or self.save()

    def _cases_changed(self, ids=(), remote=False, **_payload) -> None:
        """Another window, a dialog or a colleague changed this case: show it. With edits
        pending it is not reloaded under the user; a colleague's change is a banner."""
        if not Shiboken.isValid(self) or self.case_id is None or self.case_id not in ids:
            return
        if not self.dirty:
            self.load(self.case_id)
        elif remote:
            self._remote_change()

    def _data_reset(self, remote=False, **_payload) -> None:
        """Reconnected after a gap (remote=True): what colleagues did meanwhile is unknown."""
        if remote and Shiboken.isValid(self) and self.case_id is not None:
            if self.dirty:
                self._remote_change()
            else:
                self.load(self.case_id)

    def _remote_change(self) -> None:
        """A colleague saved the case this form has unsaved edits of: say who, keep the
        edits, offer to reload (nothing when the saved version is the one shown)."""
        current = getattr(self.services.cases, "current_fields", None)
        who = ""
        if current is not None:
            theirs = current(self.case_id)
            if theirs.version == self._version:
                return
            who = theirs.modified_by
        self._show_banner(("changed", who))

    def _show_banner(self, state: tuple | None) -> None:
        self._banner_state = state
        self._render_banner()

    def _render_banner(self) -> None:
        state = self._banner_state
        if state is None:
            self.banner.hide()
            return
        if state[0] == "changed":
            who = state[1]
            text = (self.tr("%1 changed this case. Your unsaved changes are kept.").replace(
                "%1", who) if who else
                self.tr("Someone else changed this case. Your unsaved changes are kept."))
            self.banner.show_message(text, "warning", [
                ("caseFormReloadButton", self.tr("Reload"), self.reload_theirs),
                # theirs against mine, field by field (the conflict dialog)
                ("caseFormCompareButton", self.tr("Compare…"), lambda: self._conflict())])
        else:  # "not_saved": the connection was lost during Save
            self.banner.show_message(
                self.tr("Not saved: the connection to the database was lost. Your changes "
                        "are kept here; save again when CaseDesk says it is reconnected."),
                "error", [("caseFormSaveAgainButton", self.tr("Save Again"), self.save)])

    def _banner_dismissed(self) -> None:
        self._banner_state = None

    def reload_theirs(self) -> None:
        """The banner's Reload: the saved case replaces the unsaved edits (after asking)."""
        if self.case_id is None or (self.dirty and not prompts.confirm(self, self.tr(
                "Load the saved case? Your unsaved changes will be lost."))):
            return
        self.dirty = False
        self.load(self.case_id)

    def _open_dialog(self, dialog) -> object:
        self.last_dialog = dialog
        if dialog is not None and not dialog.isVisible():
            dialog.open()
        return dialog

    def close_case(self):
        from casedesk.ui.dialogs.close_case_dialog import start_close_case

        if self.case_id is None or not self._save_before():
            return None
        return start_close_case(self.session, self.services.lifecycle, self.case_id, self,
                                self.prefs, expected_version=self._version,
                                on_conflict=self._stale_in_dialog)

    def cancel_case(self):
        from casedesk.ui.dialogs.cancel_case_dialog import ConfirmCancellationDialog

        if self.case_id is None or not self._save_before():
            return None
        return self._open_dialog(ConfirmCancellationDialog(
            self.session, self.services.lifecycle, self.services.lookups, self.reader,
            self.case_id, self.prefs, self, expected_version=self._version,
            on_conflict=self._stale_in_dialog))

    def reactivate(self) -> None:
        self._run_command("reactivate_case")

    def create_child(self):
        from casedesk.ui.dialogs.parent_case_dialog import create_child_case

        if self.case_id is None or not self._save_before():
            return None
        def created(child_id: int) -> None:
            self._load_relationships()
            self.open_case_requested.emit(child_id)

        return create_child_case(self.session, self.services.lifecycle, self.case_id, self,
                                 self.prefs, on_created=created)

    def toggle_decrement(self) -> None:
        """Do not decrement entitlement terms (and its reverse): on a saved case at once,
        through the controller (audited); on a new case when it is saved."""
        wanted = not self._decrement
        if self.case_id is None:
            self._decrement = wanted
            self._changed()
            self.retranslate_ui()
            return
        if not self._save_before():
            return
        try:
            self.services.charging.set_decrement(self.session, self.case_id, wanted,
                                                 expected_version=self._version)
        except ConflictError as exc:
            self._stale(exc)
            return
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return
        self.load(self.case_id)

    def escalate(self) -> None:
        """Escalate (SPEC §2.9), then offer Save & Route so a rule can move the case."""
        if self._run_command("escalate") and self.services.routing is not None \
                and prompts.confirm(self, self.tr("The case is escalated. Route it now with "
                                                  "the active routing rule set?")):
            self.save_and_route()

    def save_and_route(self):
        """Save & Route (active cases): save, then the Route Case dialog."""
        from casedesk.ui.dialogs.route_case_dialog import RouteCaseDialog

        if self.services.routing is None or not self.save():
            return None
        return self._open_dialog(RouteCaseDialog(self.session, self.services.routing,
                                                 self.case_id, self.prefs, self,
                                                 expected_version=self._version,
                                                 on_conflict=self._stale_in_dialog))

    def assign(self):
        from casedesk.ui.dialogs.assign_dialog import AssignDialog

        if self.case_id is None or not self._save_before():
            return None
        return self._open_dialog(AssignDialog(self.session, self.services.queues,
                                              self.services.lookups, self.reader,
                                              [self.case_id], self.prefs, self,
                                              expected_versions={self.case_id: self._version},
                                              on_conflict=self._stale_in_dialog))

    def add_to_queue(self):
        from casedesk.ui.dialogs.add_to_queue_dialog import AddToQueueDialog

        if self.case_id is None or not self._save_before():
            return None
        return self._open_dialog(AddToQueueDialog(
            self.session, self.services.queues, self.reader, [self.case_id], self.prefs, self,
            expected_versions={self.case_id: self._version},
            on_conflict=self._stale_in_dialog))

    def _run_command(self, name: str, **kwargs) -> bool:
        """A lifecycle command on the case as this form shows it (its version): refused
        when a colleague saved the case since (_stale)."""
        if self.case_id is None or not self._save_before():
            return False
        kwargs.setdefault("expected_version", self._version)
        try:
            getattr(self.services.lifecycle, name)(self.session, self.case_id, **kwargs)
        except ConflictError as exc:
            self._stale(exc)
            return False
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return False
        self.load(self.case_id)
        return True

    # -- stage ---------------------------------------------------------------------------

    def set_stage(self, stage: int) -> None:
        if not ServiceStage.IDENTIFY <= stage <= ServiceStage.RESOLVE:
            return
        if self.case_id is not None and not self.record.read_only:
            try:
                self._version = self.services.cases.set_stage(self.session, self.case_id,
                                                              stage, self._version)
            except ConflictError as exc:
                self._stale(exc)
                return
            except CaseDeskError as exc:
                prompts.error(self, error_message(exc))
                return
            self.record.stage = stage
            self._load_history()
        self._stage = stage
        self._refresh_state()

    # -- saving --------------------------------------------------------------------------

    def fields(self) -> CaseFields:
        customer = self.customer_edit.item()
        owner = self.owner_edit.item()

        def item_id(edit):
            item = edit.item()
            return item.id if item is not None else None

        follow: date | None = None
        if self.follow_up_check.isChecked():
            follow = self.follow_up_edit.date().toPython()
        return CaseFields(
            title=self.title_edit.text(),
            customer_account_id=customer.id if customer and customer.kind == "account"
            else None,
            customer_contact_id=customer.id if customer and customer.kind == "contact"
            else None,
            contact_id=item_id(self.contact_edit), subject_id=item_id(self.subject_edit),
            product_id=item_id(self.product_edit), origin=self.origin_combo.currentData(),
            case_type=self.case_type_combo.currentData(),
            priority=self.priority_combo.currentData(),
            severity=self.severity_combo.currentData(),
            description=self.description_edit.toPlainText(), follow_up_by=follow,
            owner_user_id=owner.id if owner and owner.kind == "user" else None,
            owner_team_id=owner.id if owner and owner.kind == "team" else None,
            status_reason=self.status_combo.currentData(), stage=self._stage,
            existing_case_id=self._existing_case.id if self._existing_case else None,
            entitlement_id=item_id(self.entitlement_edit),
            decrement_entitlement=self._decrement)

    def save(self) -> bool:
        """Save; True when saved. Errors show at their field and nothing is written."""
        self._clear_errors()
        fields = self.fields()
        cases = self.services.cases
        try:
            if self.case_id is None:
                case_id = cases.create_case(self.session, NewCase(**fields.__dict__))
            else:
                cases.update_case(self.session, self.case_id, fields, self._version)
                case_id = self.case_id
        except ValidationError as exc:
            self._show_error(exc.field, validation_message(exc))
            return False
        except ConflictError as exc:
            self._conflict(exc)
            return False
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return False
        except Exception as exc:
            if not report_connection_lost(exc):
                raise
            self._show_banner(("not_saved",))  # the window says it is retrying
            return False
        self.dirty = False
        self.load(case_id)
        self.saved.emit(case_id)
        self.statusBar().showMessage(self.tr("Saved."), 3000)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.close()

    # -- conflicts (issue 9, SPEC §6.4) ---------------------------------------------------

    def _conflict(self, exc: ConflictError | None = None):
        """A colleague saved the case after this form loaded it: the conflict dialog, field
        by field (their version is the error's `theirs`, or read now). Returns the dialog
        (window-modal; also in last_dialog), or None when there is nothing to merge."""
        from casedesk.ui.dialogs.conflict_dialog import ConflictDialog

        if self.case_id is None:
            return None
        theirs = getattr(exc, "theirs", None)
        try:
            if theirs is None:
                theirs = self.services.cases.current_fields(self.case_id)
        except CaseDeskError as error:
            prompts.error(self, error_message(error))
            return None
        if theirs.record.read_only:  # closed meanwhile: nothing of mine can be saved
            prompts.error(self, self._who_when(
                self.tr("%1 resolved or canceled this case at %2, after you opened it, so "
                        "your changes can't be saved. They are still shown here; reactivate "
                        "the case (after reloading it) to change it."), theirs.modified_by,
                theirs.modified_on))
            return None
        base = self.record.fields() if self.record is not None else theirs.fields
        dialog = ConflictDialog(
            self.fields(), base, theirs.fields, mine_names=self._names(None),
            theirs_names=self._names(theirs.record), saved_by=theirs.modified_by,
            saved_on=theirs.modified_on, number=theirs.record.number, prefs=self.prefs,
            parent=self)
        self.last_dialog = dialog
        dialog.finished.connect(lambda _result: self._conflict_done(dialog, theirs))
        dialog.open()
        return dialog

    def _conflict_done(self, dialog, theirs) -> None:
        if not Shiboken.isValid(self):
            return
        if dialog.action == "reload":
            self.dirty = False
            self.load(self.case_id)
        elif dialog.action == "save":
            # their version becomes what this form opened, with my values where I kept them
            self.record, self._version = theirs.record, theirs.version
            self._take_theirs(theirs.record, dialog.taken_from_theirs())
            self.dirty = True
            self.save()  # a further conflict opens the dialog again

    def _take_theirs(self, record, keys) -> None:
        """Show their values (a CaseRecord's) in the fields `keys` (conflict_dialog.FIELDS);
        the other fields keep what is typed."""
        self._loading = True
        combos = {"origin": self.origin_combo, "case_type": self.case_type_combo,
                  "priority": self.priority_combo, "severity": self.severity_combo}
        lookups = {"customer": self.customer_edit, "contact": self.contact_edit,
                   "subject": self.subject_edit, "product": self.product_edit,
                   "entitlement": self.entitlement_edit, "owner": self.owner_edit}
        for key in keys:
            if key in lookups:
                lookups[key].set_item(_lookup_item(getattr(record, key)))
            elif key in combos:
                combos[key].setCurrentIndex(max(0, combos[key].findData(getattr(record, key))))
            elif key == "title":
                self.title_edit.setText(record.title)
            elif key == "description":
                self.description_edit.setPlainText(record.description)
            elif key == "status_reason":
                self._fill_status_reasons(record.status_reason)
            elif key == "follow_up_by":
                self.follow_up_check.setChecked(record.follow_up_by is not None)
                if record.follow_up_by:
                    self.follow_up_edit.setDate(QDate(record.follow_up_by.year,
                                                      record.follow_up_by.month,
                                                      record.follow_up_by.day))
            elif key == "existing_case":
                self._existing_case = _lookup_item(record.existing_case)
            elif key == "stage":
                self._stage = record.stage
            elif key == "decrement_entitlement":
                self._decrement = record.decrement_entitlement
        self._loading = False
        if "customer" in keys:
            self._point_contact_lookup(self.customer_edit.item())
            self._show_details(self.customer_edit.item())
        self._point_entitlement_lookup()
        self._refresh_state()

    def _names(self, record) -> dict[str, str]:
        """What the conflict dialog shows for lookups and the status reason: the names of a
        CaseRecord's (theirs), or of what the form's fields hold (record None: mine)."""
        names: dict[str, str] = {}
        for key in ("customer", "contact", "subject", "product", "entitlement", "owner",
                    "existing_case"):
            if record is not None:
                named = getattr(record, key)
            elif key == "existing_case":
                named = self._existing_case
            else:
                named = getattr(self, f"{key}_edit").item()
            names[key] = named.label if named is not None else ""
        status = record.status_reason if record is not None else self.status_combo.currentData()
        index = self.status_combo.findData(status)
        names["status_reason"] = (self.status_combo.itemText(index) if index >= 0
                                  else labels.status_reason(status))
        return names

    def _who_when(self, text: str, who: str, when) -> str:
        return (text.replace("%1", who or self.tr("Someone else"))
                .replace("%2", local_datetime(when) if when else "—"))

    def _stale(self, exc: ConflictError) -> None:
        """A command was refused: a colleague saved the case since this form loaded it. Say
        who and when; show the case as it is now unless edits are pending."""
        params = exc.params
        if self.dirty:
            prompts.error(self, self._who_when(self.tr(
                "%1 changed this case at %2, after you opened it, so nothing was done. Save "
                "your changes first (you can merge them with theirs), then try again."),
                params.get("modified_by"), params.get("modified_on")))
            return
        self.load(self.case_id)
        prompts.error(self, self._who_when(self.tr(
            "%1 changed this case at %2, after you opened it, so nothing was done. The case "
            "was reloaded: check it and try again."), params.get("modified_by"),
            params.get("modified_on")))

    def _stale_in_dialog(self, exc: ConflictError) -> None:
        """A command dialog was refused (it says so itself): the form shows the case as it
        is now, unless edits are pending."""
        if Shiboken.isValid(self) and not self.dirty and self.case_id is not None:
            self.load(self.case_id)
            self.statusBar().showMessage(self._who_when(self.tr(
                "%1 changed this case at %2. It was reloaded."), exc.params.get("modified_by"),
                exc.params.get("modified_on")), 10000)

    def _show_error(self, field: str, text: str) -> None:
        key = {"customer_account": "customer", "customer_contact": "customer"}.get(field, field)
        label = self.errors.get(key)
        if label is None:
            prompts.error(self, text)
            return
        label.setText(text)
        label.show()
        on_details = key in ("case_type", "priority", "severity", "status_reason",
                             "follow_up_by", "owner", "existing_case")
        self.tabs.setCurrentIndex(1 if on_details else 0)
        buddy = self.captions[key].buddy()
        if buddy is not None:
            buddy.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
            label.clear()

    def _load_history(self) -> None:
        self.history.clear()
        if self.case_id is None:
            return
        for row in self.services.cases.case_history(self.case_id):
            texts = [local_datetime(row.changed_on), self._field_text(row.field),
                     self._value_text(row.field, row.old),
                     self._value_text(row.field, row.new), row.who]
            item = QTreeWidgetItem(self.history, texts)
            for column, text in enumerate(texts):
                item.setToolTip(column, text)
        widest = 28 * self.history.fontMetrics().averageCharWidth()
        for column in range(5):
            self.history.resizeColumnToContents(column)
            self.history.setColumnWidth(column, min(widest, self.history.columnWidth(column)
                                                    + 12))

    def _field_text(self, field: str) -> str:
        names = {"customer_account": "customer", "customer_contact": "customer",
                 "owner_user": "owner", "owner_team": "owner", "case_type": "case_type",
                 "number": "number", "existing_case": "existing_case"}
        return field_name(names.get(field, field))

    def _value_text(self, field: str, value) -> str:
        if value is None:
            return ""
        if not isinstance(value, str) or not value.lstrip("-").isdigit():
            return str(value)
        number = int(value)
        return {"priority": labels.priority, "origin": labels.origin,
                "status_reason": labels.status_reason, "case_type": labels.case_type,
                "severity": labels.severity, "state": labels.state,
                "stage": self._stage_name}.get(field, str)(number)

    def _stage_name(self, stage: int) -> str:
        return {0: self.tr("Identify"), 1: self.tr("Research"), 2: self.tr("Resolve")}.get(
            stage, str(stage))

    # -- window --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.prefs is not None:
            geometry = self.prefs.dialog_geometry("case_form")
            if not geometry.isEmpty():
                self.restoreGeometry(geometry)
                return
        self.resize(1100, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            answer = prompts.ask_save_changes(self, self.tr(
                "The case has changes that are not saved. Save them?"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        if self.prefs is not None:
            self.prefs.set_dialog_geometry("case_form", self.saveGeometry())
        self.session.events.unsubscribe(events.CASES_CHANGED, self._cases_changed)
        self.session.events.unsubscribe(events.DATA_RESET, self._data_reset)
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._render_banner()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.save_action.setText(self.tr("Save"))
        self.save_action.setToolTip(self.tr("Save (%1)").replace(
            "%1", self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_close_action.setText(self.tr("Save && Close"))
        self.new_action.setText(self.tr("New"))
        self.new_action.setToolTip(self.tr("Open a new case"))
        for action_id, action in self.later_actions.items():
            action.setText(action_tr(ACTION_SPECS[action_id].text))
            action.setToolTip(action_tr(ACTION_SPECS[action_id].unavailable or ""))
        self.close_case_action.setText(self.tr("Close Case"))
        self.cancel_case_action.setText(self.tr("Cancel Case"))
        self.reactivate_action.setText(self.tr("Reactivate Case"))
        self.escalate_action.setText(self.tr("Escalate"))
        self.de_escalate_action.setText(self.tr("De-escalate"))
        self.child_action.setText(self.tr("Create Child Case"))
        self.save_route_action.setText(self.tr("Save && Route"))
        self.assign_action.setText(self.tr("Assign"))
        self.add_to_queue_action.setText(self.tr("Add to Queue"))
        self.decrement_action.setText(self.tr("Do not decrement entitlement terms")
                                      if self._decrement else
                                      self.tr("Decrement entitlement terms"))
        self.decrement_note.setText("" if self._decrement else self.tr(
            "Entitlement terms are not decremented for this case."))
        self.decrement_note.setVisible(not self._decrement)
        self.reactivate_button.setText(self.tr("Reactivate Case"))
        self.reactivate_button.setAccessibleName(self.tr("Reactivate Case"))
        self.resolve_button.setText(self.tr("Close Case"))
        self.resolve_button.setAccessibleName(self.tr("Close Case"))
        self.parent_caption.setText(self.tr("Parent Case:"))
        self.parent_link.setAccessibleName(self.tr("Parent Case"))
        self.children_caption.setText(self.tr("Child Cases"))
        self.merged_caption.setText(self.tr("Merged Cases"))
        for tree, name in ((self.children_list, self.tr("Child Cases")),
                           (self.merged_list, self.tr("Merged Cases"))):
            tree.setHeaderLabels([self.tr("Case Number"), self.tr("Case Title"),
                                  self.tr("Status Reason"), self.tr("Created On")])
            tree.setAccessibleName(name)
        if hasattr(self, "_version"):
            self._update_commands()
        self.more_button.setText(self.tr("More Commands"))
        self.more_button.setAccessibleName(self.tr("More Commands"))
        self.command_bar.setAccessibleName(self.tr("Case commands"))
        record = self.record
        self.number_label.setText(record.number if record else self.tr("New Case"))
        self.number_label.setAccessibleName(self.tr("Case Number"))
        captions = {"priority": self.tr("Priority"), "status_reason": self.tr("Status Reason"),
                    "owner": self.tr("Owner"), "created_on": self.tr("Created On")}
        for key, text in captions.items():
            self.header_captions[key].setText(text)
            self.header_values[key].setAccessibleName(text)
        owner = self.owner_edit.item()
        status = (record.status_reason if record else self.status_combo.currentData())
        state = record.state if record else int(CaseState.ACTIVE)
        self.header_values["priority"].setText(labels.priority(
            self.priority_combo.currentData()))
        self.header_values["status_reason"].setText(
            f"{labels.state(state)} – {labels.status_reason(status)}" if status else "")
        self.header_values["owner"].setText(owner.label if owner else "")
        self.header_values["created_on"].setText(local_datetime(record.created_on)
                                                 if record else "—")
        if record is not None and record.read_only:
            self.read_only_bar.setText(
                self.tr("This case is resolved and read-only. Reactivate it to change it.")
                if record.state == int(CaseState.RESOLVED) else
                self.tr("This case is canceled and read-only. Reactivate it to change it."))
        self.read_only_bar.setAccessibleName(self.tr("Read-only"))
        self.subject_tree_button.setToolTip(self.tr("Browse the subject tree"))
        self.subject_tree_button.setAccessibleName(self.tr("Browse the subject tree"))
        self.find_customer_button.setText(self.tr("Find Customer"))
        self.find_case_button.setText(self.tr("Find Case"))
        self.find_case_button.setToolTip(self.tr("Check for an existing active case of this "
                                                 "customer before opening a new one"))
        self.research_note.setText(self.tr("Find Similar Cases"))
        self.research_note.setToolTip(self.tr("Look at resolved cases on this subject to learn "
                                              "how they were solved"))
        self.research_note.setEnabled(self.services.search is not None
                                      and self.case_id is not None)
        self.similar_caption.setText(self.tr("Similar Cases"))
        row_captions = {
            "customer": self.tr("&Customer*"), "contact": self.tr("Co&ntact"),
            "title": self.tr("Case &Title*"), "subject": self.tr("S&ubject"),
            "origin": self.tr("&Origin"), "product": self.tr("&Product"),
            "description": self.tr("&Description"), "case_type": self.tr("Case T&ype"),
            "entitlement": self.tr("&Entitlement"),
            "priority": self.tr("P&riority"), "severity": self.tr("Se&verity"),
            "status_reason": self.tr("&Status Reason"), "follow_up_by": self.tr("&Follow Up By"),
            "owner": self.tr("O&wner"), "existing_case": self.tr("Existing Case"),
        }
        for key, text in row_captions.items():
            self.captions[key].setText(text)
            buddy = self.captions[key].buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip("*"))
        self.follow_up_check.setText(self.tr("Set"))
        for i, origin in enumerate(Origin):
            self.origin_combo.setItemText(i, labels.origin(int(origin)))
        self.case_type_combo.setItemText(0, "")
        for i, case_type in enumerate(CaseType, 1):
            self.case_type_combo.setItemText(i, labels.case_type(int(case_type)))
        for i, priority in enumerate(Priority):
            self.priority_combo.setItemText(i, labels.priority(int(priority)))
        self.severity_combo.setItemText(0, labels.severity(1))
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(i, labels.status_reason(self.status_combo.itemData(i)))
        self.existing_case_label.setText(self._existing_case.label if self._existing_case
                                         else "—")
        self.relationships_note.setText(self.tr("Similar Cases come with Find Similar Cases "
                                                "in a later version."))
        for i, text in enumerate((self.tr("Summary"), self.tr("Details"), self.tr("Timeline"),
                                  self.tr("Relationships"), self.tr("History"))):
            self.tabs.setTabText(i, text)
        self.history.setHeaderLabels([self.tr("Changed On"), self.tr("Field"),
                                      self.tr("Old Value"), self.tr("New Value"),
                                      self.tr("Changed By")])
        self.history.setAccessibleName(self.tr("History"))
        self._update_title()
