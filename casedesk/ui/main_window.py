"""The main window (SPEC §4.1): navigation pane, a command bar above each page, menus,
quick find (Ctrl+K) and a status bar. Built by app.py with narrow dependencies."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk import __version__
from casedesk.controllers import events
from casedesk.controllers.cases import CaseView
from casedesk.controllers.errors import CaseDeskError
from casedesk.controllers.lookups import LookupItem
from casedesk.models.options import Role
from casedesk.ui import hotkeys, prompts, settings
from casedesk.ui.actions import ActionRegistry
from casedesk.ui.activity_commands import ActivityCommands
from casedesk.ui.background import Reader
from casedesk.ui.dialogs.preferences_dialog import PreferencesDialog
from casedesk.ui.forms.case_form import CaseForm, FormServices
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message
from casedesk.ui.pages.account_list_page import AccountListPage
from casedesk.ui.pages.activity_list_page import ActivityListPage
from casedesk.ui.pages.case_list_page import CaseListPage
from casedesk.ui.pages.case_settings_page import CaseSettingsPage
from casedesk.ui.pages.contact_list_page import ContactListPage
from casedesk.ui.pages.entitlement_list_page import EntitlementListPage
from casedesk.ui.pages.entitlement_templates_page import EntitlementTemplatesPage
from casedesk.ui.pages.placeholder_page import PlaceholderPage
from casedesk.ui.pages.products_page import ProductsPage
from casedesk.ui.pages.queue_items_page import QueueItemsPage
from casedesk.ui.pages.queues_settings_page import QueuesSettingsPage
from casedesk.ui.pages.routing_page import RoutingPage
from casedesk.ui.pages.subjects_page import SubjectsPage
from casedesk.ui.pages.transitions_page import TransitionsPage
from casedesk.ui.pages.users_teams_page import UsersTeamsPage
from casedesk.ui.widgets.quick_find import QuickFind

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    title: str
    description: str  # what the page will hold, for pages a later version fills


SERVICE_PAGES = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"),
             QT_TRANSLATE_NOOP("Navigation", "Charts of your and your team's work: active cases "
                               "by priority, status reason and origin; cases created and "
                               "resolved per day; entitlements near exhaustion; queue sizes.")),
    PageSpec("cases", QT_TRANSLATE_NOOP("Navigation", "Cases"), ""),
    PageSpec("queues", QT_TRANSLATE_NOOP("Navigation", "Queues"),
             QT_TRANSLATE_NOOP("Navigation", "The items of one queue or all your queues: items "
                               "available to work on, items you are working on, all items. "
                               "Pick, release, route and remove them.")),
    PageSpec("activities", QT_TRANSLATE_NOOP("Navigation", "Activities"),
             QT_TRANSLATE_NOOP("Navigation", "Your activities, all open activities and "
                               "overdue ones: phone calls, tasks, e-mails and appointments "
                               "with their case and customer.")),
    PageSpec("accounts", QT_TRANSLATE_NOOP("Navigation", "Accounts"),
             QT_TRANSLATE_NOOP("Navigation", "The companies you support, with their contacts, "
                               "cases and entitlements.")),
    PageSpec("contacts", QT_TRANSLATE_NOOP("Navigation", "Contacts"),
             QT_TRANSLATE_NOOP("Navigation", "The people you talk to, with their account, "
                               "cases and activities.")),
    PageSpec("entitlements", QT_TRANSLATE_NOOP("Navigation", "Entitlements"),
             QT_TRANSLATE_NOOP("Navigation", "Support terms per customer: number of cases or "
                               "hours, channels, products, remaining terms and their state.")),
)
SETTINGS_PAGES = (
    PageSpec("subjects", QT_TRANSLATE_NOOP("Navigation", "Subjects"),
             QT_TRANSLATE_NOOP("Navigation", "The subject tree that cases are filed under.")),
    PageSpec("products", QT_TRANSLATE_NOOP("Navigation", "Products"),
             QT_TRANSLATE_NOOP("Navigation", "The products cases and entitlements refer to.")),
    PageSpec("users", QT_TRANSLATE_NOOP("Navigation", "Users and Teams"),
             QT_TRANSLATE_NOOP("Navigation", "People, their roles (Agent, Manager, "
                               "Administrator) and teams with their members.")),
    PageSpec("settings_queues", QT_TRANSLATE_NOOP("Navigation", "Queues"),
             QT_TRANSLATE_NOOP("Navigation", "Public and private queues with their owners "
                               "and members.")),
    PageSpec("routing", QT_TRANSLATE_NOOP("Navigation", "Routing Rule Sets"),
             QT_TRANSLATE_NOOP("Navigation", "Rules that route cases to queues, users or "
                               "teams; one rule set is active.")),
    PageSpec("transitions", QT_TRANSLATE_NOOP("Navigation", "Status Reason Transitions"),
             QT_TRANSLATE_NOOP("Navigation", "Which status reason may follow which, when the "
                               "transition matrix is switched on.")),
    PageSpec("case_settings", QT_TRANSLATE_NOOP("Navigation", "Case Settings"),
             QT_TRANSLATE_NOOP("Navigation", "Case number prefix, parent and child case "
                               "rules, default entitlements, billable time steps, origins, "
                               "severities and status reasons.")),
    PageSpec("templates", QT_TRANSLATE_NOOP("Navigation", "Entitlement Templates"),
             QT_TRANSLATE_NOOP("Navigation", "Templates that prefill new entitlements.")),
)


@dataclass
class Services:
    """What the window may call: controller modules and functions, no database."""

    cases: object  # casedesk.controllers.cases
    quick_find: object  # search.quick_find(text)
    load_demo: object | None = None  # demo.load_demo(session)
    is_empty: object | None = None  # demo.is_empty()
    customers: object | None = None  # casedesk.controllers.customers
    lookups: object | None = None  # casedesk.controllers.lookups
    activities: object | None = None  # casedesk.controllers.activities
    lifecycle: object | None = None  # casedesk.controllers.lifecycle
    entitlements: object | None = None  # casedesk.controllers.entitlements
    charging: object | None = None  # casedesk.controllers.charging
    users: object | None = None  # casedesk.controllers.users
    queues: object | None = None  # casedesk.controllers.queues
    routing: object | None = None  # casedesk.controllers.routing
    subjects: object | None = None  # casedesk.controllers.subjects
    products: object | None = None  # casedesk.controllers.products
    search: object | None = None  # casedesk.controllers.search
    connections: object | None = None  # casedesk.controllers.connections


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, session, services: Services, prefs: settings.Settings,
                 database_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.services = services
        self.prefs = prefs
        self.database_text = database_text
        self.reader = Reader(self)
        self.actions = ActionRegistry(self)
        self._page_specs = {p.page_id: p for p in SERVICE_PAGES + SETTINGS_PAGES}
        self.is_admin = session.has_role(Role.ADMINISTRATOR)
        self.case_forms: list[CaseForm] = []

        # navigation pane
        self.nav = QTreeWidget(objectName="navigationPane")
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(12)
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setMinimumWidth(180)
        self._nav_items: dict[str, QTreeWidgetItem] = {}
        self.service_group = QTreeWidgetItem(self.nav)
        self.settings_group = QTreeWidgetItem(self.nav)
        for group, specs in ((self.service_group, SERVICE_PAGES),
                             (self.settings_group, SETTINGS_PAGES)):
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for spec in specs:
                item = QTreeWidgetItem(group)
                item.setData(0, PAGE_ID_ROLE, spec.page_id)
                item.setIcon(0, icon(spec.page_id))
                self._nav_items[spec.page_id] = item
        self.settings_group.setHidden(not self.is_admin)
        self.nav.expandAll()

        # pages
        self.stack = QStackedWidget(objectName="pageStack")
        self.pages: dict[str, QWidget] = {}
        self.case_list = CaseListPage(services.cases, self.reader, self.actions, prefs,
                                      session.user_id)
        built: dict[str, QWidget] = {"cases": self.case_list}
        if services.customers is not None and services.lookups is not None:
            self.accounts = AccountListPage(session, services.customers, services.lookups,
                                            self.reader, self.actions, prefs)
            self.contacts = ContactListPage(session, services.customers, services.lookups,
                                            self.reader, self.actions, prefs)
            built.update(accounts=self.accounts, contacts=self.contacts)
        if services.activities is not None:
            self.activity_commands = ActivityCommands(session, services.activities,
                                                      services.lookups, self.reader, prefs, self)
            self.activity_page = ActivityListPage(session, services.activities, self.reader,
                                                  self.actions, prefs)
            built["activities"] = self.activity_page
        if services.entitlements is not None:
            self.entitlement_page = EntitlementListPage(session, services.entitlements,
                                                        services.lookups, self.reader,
                                                        self.actions, prefs)
            built["entitlements"] = self.entitlement_page
            if session.has_role(Role.MANAGER) or self.is_admin:
                self.templates_page = EntitlementTemplatesPage(session, services.entitlements,
                                                               services.lookups)
                built["templates"] = self.templates_page
        if services.queues is not None:
            self.queue_page = QueueItemsPage(session, services.queues, services.lookups,
                                             self.reader, self.actions, prefs)
            built["queues"] = self.queue_page
            if session.has_role(Role.MANAGER) or self.is_admin:
                self.queues_settings_page = QueuesSettingsPage(session, services.queues,
                                                               services.lookups, self.reader)
                built["settings_queues"] = self.queues_settings_page
        if services.users is not None and self.is_admin:
            self.users_page = UsersTeamsPage(session, services.users, services.lookups)
            built["users"] = self.users_page
        if services.routing is not None and (session.has_role(Role.MANAGER) or self.is_admin):
            self.routing_page = RoutingPage(session, services.routing, services.queues,
                                            services.lookups, self.reader)
            built["routing"] = self.routing_page
        if services.subjects is not None and self.is_admin:
            self.subjects_page = SubjectsPage(session, services.subjects)
            built["subjects"] = self.subjects_page
        if services.products is not None and self.is_admin:
            self.products_page = ProductsPage(session, services.products)
            built["products"] = self.products_page
        if services.lifecycle is not None and self.is_admin:
            self.transitions_page = TransitionsPage(session, services.lifecycle)
            self.case_settings_page = CaseSettingsPage(session, services.lifecycle)
            built.update(transitions=self.transitions_page,
                         case_settings=self.case_settings_page)
        for spec in SERVICE_PAGES + SETTINGS_PAGES:
            page = built.get(spec.page_id) or PlaceholderPage(spec.page_id)
            self.pages[spec.page_id] = page
            self.stack.addWidget(page)

        self.splitter = QSplitter(objectName="mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 1000])
        self.setCentralWidget(self.splitter)

        # top bar: quick find and who is signed in
        self.top_bar = QToolBar(objectName="topBar")
        self.top_bar.setMovable(False)
        self.top_bar.setFloatable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.quick_find_edit = QLineEdit(objectName="quickFindEdit")
        self.quick_find_edit.setClearButtonEnabled(True)
        self.quick_find_edit.setMaxLength(200)
        self.quick_find_edit.addAction(icon("quick_find"),
                                       QLineEdit.ActionPosition.LeadingPosition)
        self.quick_find_edit.setMinimumWidth(320)
        self.quick_find_edit.setMaximumWidth(480)
        self.user_label = QLabel(session.user_name or "", objectName="userLabel")
        self.user_label.setContentsMargins(12, 0, 8, 0)
        self.user_icon = QLabel(objectName="userIcon")
        self.user_icon.setPixmap(icon("user").pixmap(20, 20))
        self.top_bar.addWidget(spacer)
        self.top_bar.addWidget(self.quick_find_edit)
        self.top_bar.addWidget(self.user_label)
        self.top_bar.addWidget(self.user_icon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.top_bar)
        self.quick_find = QuickFind(self.quick_find_edit, self, services.quick_find,
                                    self.reader)

        # status bar
        self.database_label = QLabel(database_text, objectName="statusDatabase")
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().setObjectName("statusBar")

        self._build_menus()
        self._connect_signals()
        self.retranslate_ui()
        self._restore_state()

    # -- construction --------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addAction(a["load_demo"])
        self.file_menu.addAction(a["export_csv"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["preferences"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["quit"])
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        for action_id in ("refresh", "columns", "filter", "quick_find"):
            self.view_menu.addAction(a[action_id])
        self.view_menu.addSeparator()
        self.go_actions: dict[str, QAction] = {}
        for page_id, key in (("cases", hotkeys.GO_CASES), ("queues", hotkeys.GO_QUEUES),
                             ("activities", hotkeys.GO_ACTIVITIES),
                             ("accounts", hotkeys.GO_ACCOUNTS),
                             ("contacts", hotkeys.GO_CONTACTS)):
            action = QAction(icon(page_id), "", self, shortcut=hotkeys.sequence(key))
            action.setObjectName(f"action_go_{page_id}")
            action.triggered.connect(lambda _c=False, p=page_id: self.show_page(p))
            self.view_menu.addAction(action)
            self.go_actions[page_id] = action
        self.case_menu = bar.addMenu("")
        self.case_menu.setObjectName("caseMenu")
        for action_id in ("new_case", "open_case", None, "assign", "add_to_queue",
                          "apply_routing", "merge_cases", "associate_children", None,
                          "close_case", "cancel_case", None, "delete_case"):
            if action_id is None:
                self.case_menu.addSeparator()
            else:
                self.case_menu.addAction(a[action_id])
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(a["about"])

    def _connect_signals(self) -> None:
        a = self.actions
        self.nav.currentItemChanged.connect(self._nav_changed)
        a["quit"].triggered.connect(self.close)
        a["preferences"].triggered.connect(self.show_preferences)
        a["about"].triggered.connect(self.show_about)
        a["load_demo"].triggered.connect(self.load_demo)
        a["quick_find"].triggered.connect(self.focus_quick_find)
        a["new_case"].triggered.connect(lambda: self.new_case())
        self.case_list.open_case_requested.connect(self.open_case)
        self.case_list.status_message.connect(lambda text: self.statusBar().showMessage(text,
                                                                                        4000))
        self.quick_find.chosen.connect(self._quick_find_chosen)
        for page in (getattr(self, "accounts", None), getattr(self, "contacts", None)):
            if page is None:
                continue
            page.new_case_requested.connect(self.new_case)
            page.case_open_requested.connect(self.open_case)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        if self.services.lifecycle is not None:
            self.case_list.lifecycle_available = True
            a["close_case"].triggered.connect(self.close_selected_case)
            a["cancel_case"].triggered.connect(self.cancel_selected_case)
            a["merge_cases"].triggered.connect(self.merge_selected_cases)
            a["associate_children"].triggered.connect(self.associate_selected_cases)
        else:
            for action_id in ("close_case", "cancel_case", "merge_cases", "associate_children"):
                a[action_id].setEnabled(False)
        for action_id, service in (("assign", self.services.queues),
                                   ("add_to_queue", self.services.queues),
                                   ("apply_routing", self.services.routing)):
            if service is None:
                a[action_id].setEnabled(False)
        if hasattr(self, "entitlement_page"):
            self.entitlement_page.case_open_requested.connect(self.open_case)
        if hasattr(self, "queue_page"):
            self.queue_page.case_open_requested.connect(self.open_case)
        if self.services.queues is not None:
            self.case_list.queues_available = True
            a["assign"].triggered.connect(self.assign_selected_cases)
            a["add_to_queue"].triggered.connect(self.add_selected_to_queue)
        if self.services.routing is not None:
            self.case_list.routing_available = True
            a["apply_routing"].triggered.connect(self.apply_routing_to_selected)
        for page in (getattr(self, "transitions_page", None),
                     getattr(self, "case_settings_page", None),
                     getattr(self, "entitlement_page", None),
                     getattr(self, "templates_page", None),
                     getattr(self, "queue_page", None),
                     getattr(self, "queues_settings_page", None),
                     getattr(self, "users_page", None),
                     getattr(self, "routing_page", None),
                     getattr(self, "subjects_page", None),
                     getattr(self, "products_page", None)):
            if page is not None:
                page.status_message.connect(
                    lambda text: self.statusBar().showMessage(text, 4000))
        if hasattr(self, "activity_page"):
            page, commands = self.activity_page, self.activity_commands
            page.activity_open_requested.connect(lambda i: commands.open("activity", i))
            page.case_open_requested.connect(self.open_case)
            page.complete_requested.connect(commands.complete)
            page.cancel_requested.connect(commands.cancel)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        if hasattr(self, "accounts"):
            self.accounts.contact_open_requested.connect(self._open_contact)
            self.accounts.new_contact_requested.connect(self.contacts.new_contact)
        bus = self.session.events
        bus.subscribe(events.CASES_CREATED, self._cases_changed)
        bus.subscribe(events.CASES_CHANGED, self._cases_changed)
        bus.subscribe(events.DATA_RESET, self._data_reset)

    def _restore_state(self) -> None:
        geometry = self.prefs.get(settings.MAIN_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first start: most of the screen
            screen = self.screen().availableGeometry()
            self.resize(max(900, int(screen.width() * 0.9)), max(600, int(screen.height() * 0.9)))
        state = self.prefs.get(settings.MAIN_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.prefs.get(settings.NAV_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:  # first start: the navigation pane as wide as its longest item
            self.nav.resizeColumnToContents(0)
            nav_width = self.nav.sizeHintForColumn(0) + 3 * self.nav.indentation()
            self.splitter.setSizes([max(180, nav_width), max(600, self.width() - nav_width)])
        last = self.prefs.get(settings.LAST_PAGE)
        self.show_page(last if last in self.pages and not self._nav_items[last].isHidden()
                       and not self._nav_items[last].parent().isHidden() else "cases")
        self._update_demo_action()

    def save_state(self) -> None:
        self.prefs.set(settings.MAIN_GEOMETRY, self.saveGeometry())
        self.prefs.set(settings.MAIN_STATE, self.saveState())
        self.prefs.set(settings.NAV_SPLITTER, self.splitter.saveState())
        self.prefs.set(settings.LAST_PAGE, self.current_page_id())
        self.case_list.save_state()
        for page in (getattr(self, "accounts", None), getattr(self, "contacts", None),
                     getattr(self, "activity_page", None),
                     getattr(self, "entitlement_page", None)):
            if page is not None and hasattr(page, "save_state"):
                page.save_state()
        self.prefs.sync()

    # -- navigation ----------------------------------------------------------------------

    def current_page_id(self) -> str:
        widget = self.stack.currentWidget()
        return next((pid for pid, page in self.pages.items() if page is widget), "cases")

    def show_page(self, page_id: str) -> None:
        item = self._nav_items.get(page_id)
        if item is None or item.parent().isHidden():
            return
        self.nav.setCurrentItem(item)  # asks a page with unsaved changes first

    def _leave_page(self) -> bool:
        """A settings page with unsaved changes asks before it is left."""
        page = self.stack.currentWidget()
        return not hasattr(page, "confirm_leave") or page.confirm_leave()

    def _nav_changed(self, current: QTreeWidgetItem | None, previous) -> None:
        if current is None:
            return
        page_id = current.data(0, PAGE_ID_ROLE)
        if not page_id or self.pages[page_id] is self.stack.currentWidget():
            return
        if not self._leave_page():
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(previous)
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentWidget(self.pages[page_id])

    # -- commands ------------------------------------------------------------------------

    def add_banner(self, banner: QWidget) -> None:
        """A bar above the pages (the connection's state…), shown when it has something to
        say."""
        central = self.centralWidget()
        if central.objectName() != "mainCentral":
            self.takeCentralWidget()
            holder = QWidget(objectName="mainCentral")
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(4)
            layout.addWidget(central, 1)
            self.setCentralWidget(holder)
            central = holder
        central.layout().insertWidget(central.layout().count() - 1, banner)

    def _form_services(self) -> FormServices:
        return FormServices(self.services.cases, self.services.customers, self.services.lookups,
                            self.services.activities, self.services.lifecycle,
                            self.services.entitlements, self.services.charging,
                            self.services.queues, self.services.routing,
                            self.services.search, self.services.connections)

    def _track(self, form: CaseForm) -> CaseForm:
        self.case_forms.append(form)
        form.destroyed.connect(lambda *_: self.case_forms.remove(form)
                               if form in self.case_forms else None)
        form.open_case_requested.connect(self.open_case)
        form.new_case_requested.connect(self.new_case)
        form.saved.connect(lambda *_: self.case_list.model.reload())
        form.show()
        self.last_form = form
        return form

    def open_case(self, case_id: int) -> CaseForm:
        """The case in its form; a case already open is brought to the front."""
        for form in self.case_forms:
            if form.case_id == case_id:
                form.show()
                form.raise_()
                form.activateWindow()
                self.last_form = form
                return form
        return self._track(CaseForm(self.session, self._form_services(), self.reader,
                                    self.prefs, case_id=case_id,
                                    commands=getattr(self, "activity_commands", None)))

    def new_case(self, kind: str | None = None, customer_id: int | None = None,
                 name: str = "") -> CaseForm:
        """A new case, for a customer when one is given (from an account or contact)."""
        customer = (LookupItem(kind, customer_id, name)
                    if kind in ("account", "contact") and customer_id else None)
        return self._track(CaseForm(self.session, self._form_services(), self.reader,
                                    self.prefs, customer=customer,
                                    commands=getattr(self, "activity_commands", None)))

    # -- lifecycle commands on the selected cases (SPEC §2.3–§2.7) ---------------------------

    def _seen_versions(self) -> dict[int, int]:
        """The selected cases' versions as the list shows them: a command on them is refused
        when a colleague saved one since (issue 9)."""
        return {row.id: row.version for row in self.case_list.selected_rows() if row.version}

    def _list_conflict(self, _error) -> None:
        """A command on the selected cases was refused as stale (the dialog says so): the
        list shows the cases as they are now."""
        self.case_list.model.reload()

    def close_selected_case(self):
        from casedesk.ui.dialogs.close_case_dialog import start_close_case

        ids = self.case_list.selected_ids()
        if len(ids) != 1:
            return None
        return start_close_case(self.session, self.services.lifecycle, ids[0], self, self.prefs,
                                expected_version=self._seen_versions().get(ids[0]),
                                on_conflict=self._list_conflict)

    def cancel_selected_case(self):
        from casedesk.ui.dialogs.cancel_case_dialog import ConfirmCancellationDialog

        ids = self.case_list.selected_ids()
        if len(ids) != 1:
            return None
        dialog = ConfirmCancellationDialog(self.session, self.services.lifecycle,
                                           self.services.lookups, self.reader, ids[0],
                                           self.prefs, self,
                                           expected_version=self._seen_versions().get(ids[0]),
                                           on_conflict=self._list_conflict)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def merge_selected_cases(self):
        from casedesk.ui.dialogs.merge_cases_dialog import start_merge

        return start_merge(self.session, self.services.lifecycle,
                           self.case_list.selected_rows(), self, self.prefs,
                           expected_versions=self._seen_versions(),
                           on_conflict=self._list_conflict)

    def associate_selected_cases(self):
        from casedesk.ui.dialogs.parent_case_dialog import AssociateChildCasesDialog

        ids = self.case_list.selected_ids()
        if not ids:
            return None
        dialog = AssociateChildCasesDialog(self.session, self.services.lifecycle,
                                           self.services.lookups, self.reader, ids,
                                           self.prefs, self,
                                           expected_versions=self._seen_versions(),
                                           on_conflict=self._list_conflict)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # -- assign, queue and route the selected cases (SPEC §2.10–§2.12) -----------------------

    def assign_selected_cases(self):
        from casedesk.ui.dialogs.assign_dialog import AssignDialog

        ids = self.case_list.selected_ids()
        if not ids:
            return None
        dialog = AssignDialog(self.session, self.services.queues, self.services.lookups,
                              self.reader, ids, self.prefs, self,
                              expected_versions=self._seen_versions(),
                              on_conflict=self._list_conflict)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def add_selected_to_queue(self):
        from casedesk.ui.dialogs.add_to_queue_dialog import AddToQueueDialog

        ids = self.case_list.selected_ids()
        if not ids:
            return None
        dialog = AddToQueueDialog(self.session, self.services.queues, self.reader, ids,
                                  self.prefs, self, expected_versions=self._seen_versions(),
                                  on_conflict=self._list_conflict)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def apply_routing_to_selected(self):
        from casedesk.ui.dialogs.apply_routing_dialog import ApplyRoutingDialog

        ids = self.case_list.selected_ids()
        if not ids:
            return None
        dialog = ApplyRoutingDialog(self.session, self.services.routing, ids, self.prefs, self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _open_contact(self, contact_id: int) -> None:
        self.contacts.open_record(contact_id)

    def _quick_find_chosen(self, kind: str, record_id: int, label: str) -> None:
        self.quick_find_edit.clear()
        if kind == "case":
            self.open_case(record_id)
        elif kind in ("account", "contact") and hasattr(self, "accounts"):
            page = self.accounts if kind == "account" else self.contacts
            self.show_page(kind + "s")
            page.open_record(record_id)
        else:  # without the customer pages: the customer's cases
            self.show_page("cases")
            self.case_list.set_view(CaseView.ALL, label)
            self.case_list.table.setFocus()

    def focus_quick_find(self) -> None:
        self.quick_find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.quick_find_edit.selectAll()

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.prefs, self.database_text, self)
        dialog.language_chosen.connect(self.language_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def show_about(self) -> None:
        prompts.about(self, self.tr("About CaseDesk"),
                      self.tr("<h3>CaseDesk %1</h3><p>Case management for customer-service "
                              "agents.</p><p>Database: %2</p>")
                      .replace("%1", __version__).replace("%2", self.database_text))

    def _update_demo_action(self) -> None:
        available = self.services.load_demo is not None and bool(
            self.services.is_empty and self.services.is_empty())
        self.actions["load_demo"].setEnabled(available)

    def load_demo(self) -> None:
        if self.services.load_demo is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.services.load_demo(self.session)
        except CaseDeskError as exc:
            QApplication.restoreOverrideCursor()
            prompts.error(self, error_message(exc))
            return
        QApplication.restoreOverrideCursor()
        self._update_demo_action()
        self.statusBar().showMessage(self.tr("Demo data loaded."), 5000)

    def _cases_changed(self, **_payload) -> None:
        self.case_list.model.reload()

    def _data_reset(self, **_payload) -> None:
        self.case_list.model.reload()
        self._update_demo_action()

    # -- Qt overrides --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_page():
            event.ignore()
            return
        for form in list(self.case_forms):  # each asks about its unsaved changes
            if not form.close():
                event.ignore()
                return
        self.save_state()
        bus = self.session.events
        bus.unsubscribe(events.CASES_CREATED, self._cases_changed)
        bus.unsubscribe(events.CASES_CHANGED, self._cases_changed)
        bus.unsubscribe(events.DATA_RESET, self._data_reset)
        self.reader.close()
        super().closeEvent(event)

    def retranslate_ui(self) -> None:
        from PySide6.QtCore import QCoreApplication

        def nav(text: str) -> str:
            return QCoreApplication.translate("Navigation", text)

        self.setWindowTitle(self.tr("CaseDesk"))
        self.actions.retranslate()
        self.service_group.setText(0, self.tr("Service"))
        self.settings_group.setText(0, self.tr("Settings"))
        not_available = self.tr("Not available yet")
        for page_id, item in self._nav_items.items():
            spec = self._page_specs[page_id]
            item.setText(0, nav(spec.title))
            item.setToolTip(0, nav(spec.title))
            page = self.pages[page_id]
            if isinstance(page, PlaceholderPage):
                page.set_texts(nav(spec.title), not_available, nav(spec.description))
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.help_menu.setTitle(self.tr("&Help"))
        for page_id, action in self.go_actions.items():
            action.setText(self.tr("Go to %1").replace("%1",
                                                       nav(self._page_specs[page_id].title)))
        shortcut = hotkeys.sequence(hotkeys.QUICK_FIND).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.quick_find_edit.setPlaceholderText(
            self.tr("Find cases, accounts, contacts (%1)").replace("%1", shortcut))
        self.quick_find_edit.setAccessibleName(self.tr("Quick find"))
        self.user_label.setAccessibleName(self.tr("Signed in as"))
        self.user_label.setToolTip(self.tr("Signed in as %1").replace(
            "%1", self.session.user_name or ""))
        self.user_icon.setAccessibleName(self.tr("User"))
        self.top_bar.setWindowTitle(self.tr("Quick find"))
        self.database_label.setToolTip(self.tr("Database"))
        self.database_label.setAccessibleName(self.tr("Database"))
