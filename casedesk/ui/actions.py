"""One registry of commands: id → QAction with text, icon, shortcut, status tip.

Texts are English sources translated in context "Actions"; `retranslate()` renews them when
the language changes. A command that is not available says why in its tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from casedesk.ui import hotkeys
from casedesk.ui.icons import icon

_CTX = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    tip: str
    icon: str | None = None
    shortcut: object = None  # a hotkeys spec
    #: a reason the command is not available yet (shown as tooltip), or None
    unavailable: str | None = None


#: New Account / New Contact (each on its own page or form, never both visible at once).
#: Lead: move these two into hotkeys.py (NEW_CUSTOMER, SAVE) with the other shortcuts.
NEW_CUSTOMER = "Ctrl+Shift+N"
SAVE = QKeySequence.StandardKey.Save  # Ctrl+S

LATER = QT_TRANSLATE_NOOP("Actions", "Not available yet: coming in a later version of "
                                     "CaseDesk.")

SPECS: dict[str, ActionSpec] = {
    "new_case": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New Case"),
                           QT_TRANSLATE_NOOP("Actions", "Open a new case"), "new_case",
                           hotkeys.NEW_CASE),
    "open_case": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open"),
                            QT_TRANSLATE_NOOP("Actions", "Open the selected case"), "open"),
    "refresh": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Refresh"),
                          QT_TRANSLATE_NOOP("Actions", "Load the list again"), "refresh",
                          hotkeys.REFRESH),
    "columns": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Columns…"),
                          QT_TRANSLATE_NOOP("Actions", "Choose the columns of the list"),
                          "columns"),
    "filter": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Filter"),
                         QT_TRANSLATE_NOOP("Actions", "Type to filter the list"), "quick_find",
                         hotkeys.FILTER),
    "quick_find": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quick Find"),
                             QT_TRANSLATE_NOOP("Actions", "Find cases, accounts and contacts"),
                             "quick_find", hotkeys.QUICK_FIND),
    "assign": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Assign"),
                         QT_TRANSLATE_NOOP("Actions", "Assign the selected cases"), "assign"),
    "add_to_queue": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add to Queue"),
                               QT_TRANSLATE_NOOP("Actions", "Put the selected cases in a queue"),
                               "add_to_queue"),
    "apply_routing": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Apply Routing Rule"),
                                QT_TRANSLATE_NOOP("Actions", "Route the selected cases"),
                                "route"),
    "merge_cases": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Merge Cases"),
                              QT_TRANSLATE_NOOP("Actions", "Merge the selected cases"), "merge"),
    "associate_children": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Associate Child Cases"),
        QT_TRANSLATE_NOOP("Actions", "Make the selected cases child cases"), "associate"),
    "close_case": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Close Case"),
                             QT_TRANSLATE_NOOP("Actions", "Resolve the selected case"),
                             "close_case"),
    "cancel_case": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Cancel Case"),
                              QT_TRANSLATE_NOOP("Actions", "Cancel the selected case"),
                              "cancel_case"),
    "export_csv": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Export to CSV…"),
                             QT_TRANSLATE_NOOP("Actions", "Save the list as a CSV file"),
                             "export"),
    "delete_case": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Delete"),
                              QT_TRANSLATE_NOOP("Actions", "Delete the selected cases"),
                              "delete", None, LATER),
    "load_demo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Load &Demo Data"),
                            QT_TRANSLATE_NOOP("Actions", "Fill this empty database with a "
                                                         "realistic demo desk"), "demo"),
    "preferences": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
                              QT_TRANSLATE_NOOP("Actions", "Language and database"),
                              "preferences", hotkeys.PREFERENCES),
    "quit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"),
                       QT_TRANSLATE_NOOP("Actions", "Quit CaseDesk"), "quit", hotkeys.QUIT),
    "about": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About CaseDesk"),
                        QT_TRANSLATE_NOOP("Actions", "Version and licence"), "about"),
    # accounts and contacts (list pages and forms; Ctrl+N stays New Case)
    "new_account": ActionSpec(QT_TRANSLATE_NOOP("Actions", "New &Account"),
                              QT_TRANSLATE_NOOP("Actions", "Create an account"), "new_account",
                              NEW_CUSTOMER),
    "open_account": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open"),
                               QT_TRANSLATE_NOOP("Actions", "Open the selected account"),
                               "open"),
    "deactivate_account": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Deactivate"),
                                     QT_TRANSLATE_NOOP("Actions", "Make the account inactive"),
                                     "deactivate"),
    "activate_account": ActionSpec(QT_TRANSLATE_NOOP("Actions", "A&ctivate"),
                                   QT_TRANSLATE_NOOP("Actions", "Make the account active again"),
                                   "activate"),
    "new_case_for_account": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Case"),
        QT_TRANSLATE_NOOP("Actions", "Open a new case for the account"), "new_case"),
    "new_contact": ActionSpec(QT_TRANSLATE_NOOP("Actions", "New &Contact"),
                              QT_TRANSLATE_NOOP("Actions", "Create a contact"), "new_contact",
                              NEW_CUSTOMER),
    "open_contact": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open"),
                               QT_TRANSLATE_NOOP("Actions", "Open the selected contact"),
                               "open"),
    "deactivate_contact": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Deactivate"),
                                     QT_TRANSLATE_NOOP("Actions", "Make the contact inactive"),
                                     "deactivate"),
    "activate_contact": ActionSpec(QT_TRANSLATE_NOOP("Actions", "A&ctivate"),
                                   QT_TRANSLATE_NOOP("Actions", "Make the contact active again"),
                                   "activate"),
    "new_case_for_contact": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Case"),
        QT_TRANSLATE_NOOP("Actions", "Open a new case for the contact"), "new_case"),
    "save_record": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Save"),
                              QT_TRANSLATE_NOOP("Actions", "Save the changes"), "save",
                              SAVE),
    "save_close_record": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Save && Close"),
                                    QT_TRANSLATE_NOOP("Actions", "Save the changes and close "
                                                                 "the window"), "save_close"),
    # activities: Service › Activities and the case timeline (SPEC §1.3, §4.3)
    "open_activity": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open"),
                                QT_TRANSLATE_NOOP("Actions", "Open the selected activity"),
                                "open"),
    "open_activity_case": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Open &Case"),
        QT_TRANSLATE_NOOP("Actions", "Open the case the activity is regarding"), "open_case"),
    "complete_activity": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Mark &Complete"),
        QT_TRANSLATE_NOOP("Actions", "Complete the selected open activity"),
        "complete_activity"),
    "cancel_activity": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Cancel &Activity"),
        QT_TRANSLATE_NOOP("Actions", "Cancel the selected open activity"), "cancel_activity"),
    "add_phone_call": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Phone Call"),
                                 QT_TRANSLATE_NOOP("Actions", "Add a phone call to the case"),
                                 "phone_call"),
    "add_task": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Task"),
                           QT_TRANSLATE_NOOP("Actions", "Add a task to the case"), "task"),
    "add_email": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&E-mail"),
                            QT_TRANSLATE_NOOP("Actions", "Record an e-mail on the case"),
                            "email"),
    "add_appointment": ActionSpec(QT_TRANSLATE_NOOP("Actions", "A&ppointment"),
                                  QT_TRANSLATE_NOOP("Actions", "Add an appointment to the case"),
                                  "appointment"),
    "add_note": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Note"),
                           QT_TRANSLATE_NOOP("Actions", "Add a note or a file to the case"),
                           "note"),
    "import_email": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import E-mail…"),
        QT_TRANSLATE_NOOP("Actions", "Add a saved e-mail (.eml file) to the case; you can "
                                     "also drop .eml files on the timeline"), "import_email"),
    # administrator settings pages (Settings › Status Reason Transitions, Case Settings)
    "save_settings": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Save"),
                                QT_TRANSLATE_NOOP("Actions", "Save the settings"), "save", SAVE),
    "revert_settings": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Revert"),
                                  QT_TRANSLATE_NOOP("Actions", "Undo the changes not saved yet"),
                                  "revert"),
    "add_status_reason": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add Status &Reason…"),
        QT_TRANSLATE_NOOP("Actions", "Add a status reason to Active, Resolved or Canceled"),
        "add_status_reason"),
    # entitlements: Service › Entitlements, the entitlement form, Settings › Entitlement
    # Templates (SPEC §1.5, §3.5)
    "new_entitlement": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New Entitlement"),
                                  QT_TRANSLATE_NOOP("Actions", "Create an entitlement"),
                                  "new_entitlement"),
    "new_entitlement_from_template": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "New from &Template…"),
        QT_TRANSLATE_NOOP("Actions", "Create an entitlement prefilled from a template"),
        "from_template"),
    "open_entitlement": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open"),
                                   QT_TRANSLATE_NOOP("Actions", "Open the selected entitlement"),
                                   "open"),
    "activate_entitlement": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "A&ctivate"),
        QT_TRANSLATE_NOOP("Actions", "Activate the entitlement: cases can use its terms"),
        "activate"),
    "deactivate_entitlement": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Deactivate"),
        QT_TRANSLATE_NOOP("Actions", "Return the entitlement to Draft to edit it"),
        "deactivate"),
    "cancel_entitlement": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Ca&ncel Entitlement"),
        QT_TRANSLATE_NOOP("Actions", "Cancel the entitlement: cases can no longer use it"),
        "cancel_case"),
    "renew_entitlement": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Renew"),
        QT_TRANSLATE_NOOP("Actions", "Create a new draft from today for the same length"),
        "renew"),
    "set_default_entitlement": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Set As De&fault"),
        QT_TRANSLATE_NOOP("Actions", "Make this the customer's default entitlement"),
        "set_default"),
    "remove_default_entitlement": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Remove De&fault"),
        QT_TRANSLATE_NOOP("Actions", "The entitlement is no longer the customer's default"),
        "remove_default"),
    "remove_entitlement_item": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Remove"),
        QT_TRANSLATE_NOOP("Actions", "Remove the selected row"), "remove"),
    "new_entitlement_template": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Template"),
        QT_TRANSLATE_NOOP("Actions", "Create an entitlement template"), "new_template"),
    "delete_entitlement_template": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Delete"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected template"), "delete"),
    # queue items: Service › Queues (SPEC §2.11)
    "open_queue_item": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open"),
        QT_TRANSLATE_NOOP("Actions", "Open the case of the selected item"), "open"),
    "pick_queue_item": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Pick…"),
        QT_TRANSLATE_NOOP("Actions", "Work on the selected items: you become their Worked By "
                                     "and the owner of their cases"), "pick"),
    "release_queue_item": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&lease"),
        QT_TRANSLATE_NOOP("Actions", "Stop working on the selected items: they are available "
                                     "in their queue again"), "release"),
    "route_queue_item": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Ro&ute…"),
        QT_TRANSLATE_NOOP("Actions", "Move the selected items to another queue, or route them "
                                     "to a user or team"), "route"),
    "remove_queue_item": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&move"),
        QT_TRANSLATE_NOOP("Actions", "Take the selected items out of their queue"),
        "remove_from_queue"),
    # Settings › Queues and Settings › Users and Teams (SPEC §1.6, §1.7)
    "new_queue": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New Queue"),
                            QT_TRANSLATE_NOOP("Actions", "Create a queue"), "new_queue"),
    "delete_queue": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Delete"),
                               QT_TRANSLATE_NOOP("Actions", "Delete the selected queue"),
                               "delete"),
    "new_user": ActionSpec(QT_TRANSLATE_NOOP("Actions", "New &User"),
                           QT_TRANSLATE_NOOP("Actions", "Create a user"), "new_user"),
    "deactivate_user": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Deactivate"),
        QT_TRANSLATE_NOOP("Actions", "Make the user inactive: they can no longer be assigned "
                                     "cases"), "deactivate_user"),
    "activate_user": ActionSpec(QT_TRANSLATE_NOOP("Actions", "A&ctivate"),
                                QT_TRANSLATE_NOOP("Actions", "Make the user active again"),
                                "activate_user"),
    "new_team": ActionSpec(QT_TRANSLATE_NOOP("Actions", "New &Team"),
                           QT_TRANSLATE_NOOP("Actions", "Create a team"), "new_team"),
    "delete_team": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Delete"),
                              QT_TRANSLATE_NOOP("Actions", "Delete the selected team"),
                              "delete"),
    # routing rule sets: Settings › Routing Rule Sets (SPEC §1.8)
    "new_rule_set": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New Rule Set"),
                               QT_TRANSLATE_NOOP("Actions", "Create a routing rule set"),
                               "new_rule_set"),
    "activate_rule_set": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "A&ctivate"),
        QT_TRANSLATE_NOOP("Actions", "Make this the active rule set (the active one becomes "
                                     "a draft)"), "activate"),
    "deactivate_rule_set": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Deactivate"),
        QT_TRANSLATE_NOOP("Actions", "Return the rule set to Draft to edit it"), "deactivate"),
    "delete_rule_set": ActionSpec(QT_TRANSLATE_NOOP("Actions", "De&lete"),
                                  QT_TRANSLATE_NOOP("Actions", "Delete the draft rule set"),
                                  "delete"),
    # Settings › Subjects and Settings › Products (SPEC §1.9)
    "add_subject": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Add"),
                              QT_TRANSLATE_NOOP("Actions", "Add a subject under the selected "
                                                           "subject"), "add_subject"),
    "add_top_subject": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &Top-Level"),
                                  QT_TRANSLATE_NOOP("Actions", "Add a subject at the top of "
                                                               "the tree"), "add_top_subject"),
    "rename_subject": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Rename"),
                                 QT_TRANSLATE_NOOP("Actions", "Rename the selected subject"),
                                 "rename", "F2"),
    "move_subject": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Move To…"),
                               QT_TRANSLATE_NOOP("Actions", "Move the selected subject under "
                                                            "another subject (or drag it)"),
                               "move"),
    "delete_subject": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Delete"),
                                 QT_TRANSLATE_NOOP("Actions", "Delete the selected subject: its "
                                                              "subjects move up to its parent"),
                                 "delete"),
    "new_product": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New Product"),
                              QT_TRANSLATE_NOOP("Actions", "Create a product"), "new_product"),
    "deactivate_product": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Deactivate"),
        QT_TRANSLATE_NOOP("Actions", "Make the product inactive: new cases can no longer "
                                     "choose it"), "deactivate"),
    "activate_product": ActionSpec(QT_TRANSLATE_NOOP("Actions", "A&ctivate"),
                                   QT_TRANSLATE_NOOP("Actions", "Make the product active again"),
                                   "activate"),
}

#: The list commands of SPEC §4.2, in command-bar order (None = separator).
CASE_LIST_COMMANDS = ("new_case", "open_case", "refresh", None, "assign", "add_to_queue",
                      "close_case", "cancel_case")
#: …and the rest, under More Commands (Fler kommandon).
CASE_LIST_MORE_COMMANDS = ("apply_routing", "merge_cases", "associate_children", None,
                           "export_csv", "delete_case")
#: The command bars of Service › Accounts and Service › Contacts.
ACCOUNT_LIST_COMMANDS = ("new_account", "open_account", "refresh", None, "new_case_for_account",
                         None, "deactivate_account", "activate_account")
CONTACT_LIST_COMMANDS = ("new_contact", "open_contact", "refresh", None, "new_case_for_contact",
                         None, "deactivate_contact", "activate_contact")
#: …and of the account and contact forms.
ACCOUNT_FORM_COMMANDS = ("save_record", "save_close_record", None, "new_case_for_account",
                         None, "deactivate_account", "activate_account")
CONTACT_FORM_COMMANDS = ("save_record", "save_close_record", None, "new_case_for_contact",
                         None, "deactivate_contact", "activate_contact")
#: Service › Activities.
ACTIVITY_LIST_COMMANDS = ("open_activity", "open_activity_case", "refresh", None,
                          "complete_activity", "cancel_activity")
#: The case timeline: quick add (action id → the kind add_requested names) …
TIMELINE_ADD_COMMANDS = {"add_phone_call": "phone_call", "add_task": "task",
                         "add_email": "email", "add_appointment": "appointment",
                         "add_note": "note", "import_email": "import_email"}
#: … and the commands on the selected entry.
TIMELINE_ENTRY_COMMANDS = ("open_activity", "complete_activity", "cancel_activity")
#: Settings › Status Reason Transitions and Settings › Case Settings.
TRANSITIONS_COMMANDS = ("save_settings", "revert_settings", None, "add_status_reason")
CASE_SETTINGS_COMMANDS = ("save_settings", "revert_settings")
#: Service › Entitlements, the entitlement form and Settings › Entitlement Templates.
ENTITLEMENT_LIST_COMMANDS = ("new_entitlement", "new_entitlement_from_template",
                             "open_entitlement", "refresh")
ENTITLEMENT_FORM_COMMANDS = ("save_record", "save_close_record", None, "activate_entitlement",
                             "deactivate_entitlement", "cancel_entitlement", "renew_entitlement",
                             None, "set_default_entitlement", "remove_default_entitlement")
ENTITLEMENT_TEMPLATE_COMMANDS = ("new_entitlement_template", "save_settings", "revert_settings",
                                 None, "delete_entitlement_template")
#: Service › Queues (the items of the chosen queues).
QUEUE_ITEM_COMMANDS = ("open_queue_item", "refresh", None, "pick_queue_item",
                       "release_queue_item", "route_queue_item", None, "remove_queue_item")
#: Settings › Queues and Settings › Users and Teams (one bar; the tab shows its commands).
QUEUE_SETTINGS_COMMANDS = ("new_queue", "save_settings", "revert_settings", None,
                           "delete_queue")
USER_COMMANDS = ("new_user", "save_settings", "revert_settings", None, "deactivate_user",
                 "activate_user")
TEAM_COMMANDS = ("new_team", "save_settings", "revert_settings", None, "delete_team")
#: Settings › Subjects and Settings › Products.
SUBJECT_COMMANDS = ("add_subject", "add_top_subject", "rename_subject", "move_subject", None,
                    "delete_subject", "refresh")
PRODUCT_COMMANDS = ("new_product", "save_settings", "revert_settings", None,
                    "deactivate_product", "activate_product")
#: Settings › Routing Rule Sets.
ROUTING_COMMANDS = ("new_rule_set", "save_settings", "revert_settings", "refresh", None,
                    "activate_rule_set", "deactivate_rule_set", None, "delete_rule_set")


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class ActionRegistry:
    def __init__(self, parent: QObject) -> None:
        self._actions: dict[str, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(parent)
            action.setObjectName(f"action_{action_id}")
            if spec.icon:
                action.setIcon(icon(spec.icon))
            if spec.shortcut is not None:
                action.setShortcut(hotkeys.sequence(spec.shortcut))
            if spec.unavailable:
                action.setEnabled(False)
            self._actions[action_id] = action
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def fill(self, bar, action_ids) -> None:
        """Put these commands on a tool bar or menu, in order; None is a separator."""
        for action_id in action_ids:
            if action_id is None:
                bar.addSeparator()
            else:
                bar.addAction(self._actions[action_id])

    def is_available(self, action_id: str) -> bool:
        return SPECS[action_id].unavailable is None

    def retranslate(self) -> None:
        for action_id, action in self._actions.items():
            spec = SPECS[action_id]
            action.setText(tr(spec.text))
            tip = tr(spec.unavailable) if spec.unavailable else tr(spec.tip)
            action.setStatusTip(tip)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut and not spec.unavailable
                              else tip)
