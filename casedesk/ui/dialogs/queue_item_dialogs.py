"""The queue item dialogs of Service › Queues (SPEC §2.11, §4.5): Pick and Route.

Pick: you become Worked By of the items and the owner of their cases; the items may leave the
queue at once. Route: the items move to another queue, or go to a user or team (Worked By and
owner), optionally leaving the queue. Each is one controller call; errors stay in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.errors import CaseDeskError, ConflictError, ValidationError
from casedesk.ui.dialogs.add_to_queue_dialog import queue_item, queue_search
from casedesk.ui.dialogs.assign_dialog import owner_search
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.close_case_dialog import error_label
from casedesk.ui.dialogs.quick_create_dialog import _FieldErrors
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message
from casedesk.ui.widgets.lookup_edit import LookupEdit, kind_name


def _buttons(prefix: str, glyph: str) -> tuple[QDialogButtonBox, object, object]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.setObjectName(f"{prefix}Buttons")
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setObjectName(f"{prefix}Button")
    ok.setIcon(icon(glyph))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName(f"{prefix}CancelButton")
    return buttons, ok, cancel


class PickDialog(BaseDialog):
    """Pick: queues.pick(item_ids, remove=…). After Pick, `completed` is True."""

    geometry_key = "pick_queue_item"

    def __init__(self, session, queues, item_ids, prefs=None, parent=None, *,
                 versions=None, on_conflict=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("pickDialog")
        self.session = session
        self.queues = queues
        self.item_ids = list(item_ids)
        #: the versions the user saw: {"expected_versions": {case id: v},
        #: "expected_item_versions": {item id: v}}; on_conflict(error) when stale
        self.versions = dict(versions or {})
        self.on_conflict = on_conflict
        self.completed = False

        self.intro = QLabel(objectName="pickIntro")
        self.intro.setWordWrap(True)
        self.remove_check = QCheckBox(objectName="pickRemoveCheck")
        self.remove_hint = QLabel(objectName="pickRemoveHint")
        self.remove_hint.setWordWrap(True)
        self.remove_hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.general_error = error_label("pickError")
        self.buttons, self.pick_button, self.cancel_button = _buttons("pick", "pick")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        hint_row = QVBoxLayout()
        hint_row.setContentsMargins(24, 0, 0, 0)
        hint_row.addWidget(self.remove_hint)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.remove_check)
        layout.addLayout(hint_row)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()
        self.restore_geometry()
        self.pick_button.setFocus()

    @property
    def remove(self) -> bool:
        return self.remove_check.isChecked()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pick"))
        self.intro.setText(self.tr("You will work on the %n selected item(s): you become their "
                                   "Worked By and the owner of their cases.", "",
                                   len(self.item_ids)))
        self.intro.setAccessibleName(self.tr("About Pick"))
        self.remove_check.setText(self.tr("&Remove the item from the queue"))
        self.remove_check.setAccessibleName(self.tr("Remove the item from the queue"))
        self.remove_hint.setText(self.tr("The case stays yours; it no longer waits in the "
                                         "queue."))
        self.remove_hint.setAccessibleName(self.tr("About removing"))
        self.general_error.setAccessibleName(self.tr("Error"))
        self.pick_button.setText(self.tr("&Pick"))
        self.pick_button.setAccessibleName(self.tr("Pick"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))

    def accept(self) -> None:
        self.general_error.hide()
        try:
            self.queues.pick(self.session, self.item_ids, remove=self.remove, **self.versions)
        except CaseDeskError as exc:
            self.general_error.setText(error_message(exc))
            self.general_error.show()
            if isinstance(exc, ConflictError) and self.on_conflict is not None:
                self.on_conflict(exc)
            return
        self.completed = True
        super().accept()


class RouteDialog(BaseDialog):
    """Route: to another queue (the items move), or to a user or team (Worked By and owner;
    optionally out of the queue). After Route, `completed` is True."""

    geometry_key = "route_queue_item"
    QUEUE, OWNER = 0, 1

    def __init__(self, session, queues, lookups, reader, item_ids, prefs=None, parent=None,
                 *, current_queue_ids=(), versions=None, on_conflict=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("routeDialog")
        self.session = session
        self.queues = queues
        self.item_ids = list(item_ids)
        #: as PickDialog's
        self.versions = dict(versions or {})
        self.on_conflict = on_conflict
        self.completed = False

        self.intro = QLabel(objectName="routeIntro")
        self.intro.setWordWrap(True)
        self.type_caption = QLabel(objectName="routeTypeCaption")
        self.queue_radio = QRadioButton(objectName="routeQueueRadio")
        self.owner_radio = QRadioButton(objectName="routeOwnerRadio")
        self.choice = QButtonGroup(self)
        self.choice.setObjectName("routeChoice")
        self.choice.addButton(self.queue_radio, self.QUEUE)
        self.choice.addButton(self.owner_radio, self.OWNER)
        self.queue_radio.setChecked(True)
        self.type_caption.setBuddy(self.queue_radio)
        self.queue_lookup = LookupEdit(
            queue_search(queues, session.user_id, exclude=current_queue_ids), reader,
            window=self, kind_label=kind_name, parent=self)
        self.queue_lookup.setObjectName("routeQueueLookup")
        self.owner_lookup = LookupEdit(owner_search(lookups), reader, window=self,
                                       kind_label=kind_name, parent=self)
        self.owner_lookup.setObjectName("routeOwnerLookup")
        self.remove_check = QCheckBox(objectName="routeRemoveCheck")
        self.general_error = error_label("routeError")
        self.errors = _FieldErrors(self.general_error)
        self.queue_field = self.errors.add(("queue", "queue_id"), self.queue_lookup,
                                           "routeQueueError")
        self.queue_field.setObjectName("routeQueueField")
        self.owner_field = self.errors.add(("owner", "owner_id", "owner_kind"),
                                           self.owner_lookup, "routeOwnerError")
        self.owner_field.setObjectName("routeOwnerField")
        self.buttons, self.route_button, self.cancel_button = _buttons("route", "route")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        box = QWidget(objectName="routeChoiceBox")
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(6)
        box_layout.addWidget(self.queue_radio)
        indented = QVBoxLayout()
        indented.setContentsMargins(24, 0, 0, 4)
        indented.addWidget(self.queue_field)
        box_layout.addLayout(indented)
        box_layout.addWidget(self.owner_radio)
        indented = QVBoxLayout()
        indented.setContentsMargins(24, 0, 0, 0)
        indented.addWidget(self.owner_field)
        indented.addWidget(self.remove_check)
        box_layout.addLayout(indented)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.type_caption)
        layout.addWidget(box)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.choice.idToggled.connect(lambda _id, on: on and self._choice_changed())
        self.queue_lookup.edit.textEdited.connect(
            lambda text: text and self.queue_radio.setChecked(True))
        self.owner_lookup.edit.textEdited.connect(
            lambda text: text and self.owner_radio.setChecked(True))
        self.queue_lookup.item_changed.connect(lambda _item: self.errors.clear())
        self.owner_lookup.item_changed.connect(lambda _item: self.errors.clear())
        self.setMinimumWidth(540)
        self.setMinimumHeight(self.sizeHint().height() + 140)  # room for the results
        self.retranslate_ui()
        self._choice_changed()
        self.restore_geometry()
        self.queue_lookup.setFocus()

    # -- state -----------------------------------------------------------------------------

    @property
    def to_queue(self) -> bool:
        return self.queue_radio.isChecked()

    def _choice_changed(self) -> None:
        to_queue = self.to_queue
        self.queue_lookup.setEnabled(to_queue)
        self.owner_lookup.setEnabled(not to_queue)
        self.remove_check.setEnabled(not to_queue)
        self.errors.clear()
        if self.isVisible():
            (self.queue_lookup if to_queue else self.owner_lookup).setFocus(
                Qt.FocusReason.OtherFocusReason)

    def choose_queue(self, row) -> None:
        """Route to this queue (a queues.QueueRow), as if looked up."""
        self.queue_radio.setChecked(True)
        self.queue_lookup.set_item(queue_item(row))

    def choose_owner(self, item) -> None:
        """Route to this user or team (a LookupItem), as if looked up."""
        self.owner_radio.setChecked(True)
        self.owner_lookup.set_item(item)

    # -- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Route"))
        self.intro.setText(self.tr("Route the %n selected item(s) to another queue, or to a "
                                   "user or team who will work on them.", "",
                                   len(self.item_ids)))
        self.intro.setAccessibleName(self.tr("About Route"))
        self.type_caption.setText(self.tr("Route to:"))
        self.type_caption.setAccessibleName(self.tr("Route to"))
        self.queue_radio.setText(self.tr("&Queue"))
        self.queue_radio.setAccessibleName(self.tr("Route to a queue"))
        self.owner_radio.setText(self.tr("&User or team"))
        self.owner_radio.setAccessibleName(self.tr("Route to a user or team"))
        self.queue_lookup.setAccessibleName(self.tr("Queue"))
        self.queue_lookup.set_placeholder(self.tr("Look up a queue by name"))
        self.owner_lookup.setAccessibleName(self.tr("User or team"))
        self.owner_lookup.set_placeholder(self.tr("Look up a user or team by name"))
        self.remove_check.setText(self.tr("&Remove the item from the queue"))
        self.remove_check.setAccessibleName(self.tr("Remove the item from the queue"))
        self.errors.label("queue").setAccessibleName(self.tr("Queue error"))
        self.errors.label("owner").setAccessibleName(self.tr("User or team error"))
        self.general_error.setAccessibleName(self.tr("Error"))
        self.route_button.setText(self.tr("R&oute"))
        self.route_button.setAccessibleName(self.tr("Route"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))

    # -- route -----------------------------------------------------------------------------

    def accept(self) -> None:
        self.errors.clear()
        try:
            if self.to_queue:
                item = self.queue_lookup.item()
                if item is None:
                    raise ValidationError("queue", "not_chosen" if
                                          self.queue_lookup.text().strip() else "required")
                self.queues.route_items(self.session, self.item_ids, queue_id=item.id,
                                        **self.versions)
            else:
                item = self.owner_lookup.item()
                if item is None:
                    raise ValidationError("owner", "not_chosen" if
                                          self.owner_lookup.text().strip() else "required")
                self.queues.route_items(self.session, self.item_ids, owner_kind=item.kind,
                                        owner_id=item.id, remove=self.remove_check.isChecked(),
                                        **self.versions)
        except CaseDeskError as exc:
            self.errors.show(exc)
            if isinstance(exc, ConflictError) and self.on_conflict is not None:
                self.on_conflict(exc)
            return
        self.completed = True
        super().accept()
