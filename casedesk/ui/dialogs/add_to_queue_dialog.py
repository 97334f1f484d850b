"""Add to Queue (SPEC §2.11): a queue lookup, prefilled with the case's current queue → Add.

queues.add_to_queue creates the case's queue item or moves it (a case is in one queue at a
time). The lookup offers the queues the user may see (queues.list_queues(for_user_id=me)).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from casedesk.controllers.errors import CaseDeskError, ConflictError, ValidationError
from casedesk.controllers.lookups import DOT, LookupItem
from casedesk.ui import labels, prompts
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.close_case_dialog import error_label, keep_dialog, note_label
from casedesk.ui.dialogs.quick_create_dialog import _FieldErrors
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message
from casedesk.ui.widgets.lookup_edit import LookupEdit, kind_name

QUEUE = "queue"


def queue_item(row) -> LookupItem:
    """A queue (queues.QueueRow) as a lookup result: the detail is its type and owner."""
    detail = DOT.join(part for part in (labels.queue_type(row.queue_type), row.owner or "")
                      if part)
    return LookupItem(QUEUE, row.id, row.name, detail)


def queue_search(queues, user_id: int | None, *, exclude=(), limit: int = 20):
    """The queues the user may see whose name has the text (names starting with it first);
    every queue for no text. Runs on the reader."""
    excluded = set(exclude)

    def search(text: str):
        words = text.casefold().split()
        found = []
        for row in queues.list_queues(for_user_id=user_id):
            name = row.name.casefold()
            if row.id in excluded or not all(w in name for w in words):
                continue
            rank = 0 if words and name.startswith(words[0]) else 1
            found.append((rank, name, row))
        found.sort(key=lambda f: (f[0], f[1]))
        return [queue_item(row) for _rank, _name, row in found[:limit]]
    return search


class AddToQueueDialog(BaseDialog):
    """Add to Queue. After Add: `completed` is True and `queue_id` is the queue."""

    geometry_key = "add_to_queue"

    def __init__(self, session, queues, reader, case_ids, prefs=None, parent=None, *,
                 expected_versions=None, on_conflict=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("addToQueueDialog")
        self.session = session
        self.queues = queues
        self.case_ids = list(case_ids)
        #: {case id: version the user saw} (None: not checked); on_conflict(error) when stale
        self.expected_versions = expected_versions
        self.on_conflict = on_conflict
        self.completed = False
        self.queue_id: int | None = None
        #: the queue the case is in now (one case only), else None
        self.current = queues.current_queue(self.case_ids[0]) if len(self.case_ids) == 1 \
            else None

        self.intro = QLabel(objectName="addToQueueIntro")
        self.intro.setWordWrap(True)
        self.queue_caption = QLabel(objectName="addToQueueCaption")
        self.queue_lookup = LookupEdit(queue_search(queues, session.user_id), reader,
                                       window=self, kind_label=kind_name, parent=self)
        self.queue_lookup.setObjectName("addToQueueLookup")
        self.queue_caption.setBuddy(self.queue_lookup)
        self.general_error = error_label("addToQueueError")
        self.errors = _FieldErrors(self.general_error)
        self.queue_field = self.errors.add(("queue", "queue_id"), self.queue_lookup,
                                           "addToQueueLookupError")
        self.queue_field.setObjectName("addToQueueField")
        self.move_note = note_label("addToQueueMoveNote")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.queue_caption, self.queue_field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("addToQueueButtons")
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setObjectName("addToQueueButton")
        self.add_button.setIcon(icon("add_to_queue"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("addToQueueCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.move_note)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if self.current is not None:
            self.queue_lookup.set_item(queue_item(self.current))
        self.queue_lookup.item_changed.connect(lambda _item: self._chosen())
        self.setMinimumWidth(540)
        self.setMinimumHeight(self.sizeHint().height() + 140)  # room for the results
        self.retranslate_ui()
        self.restore_geometry()
        self.queue_lookup.setFocus()
        self.queue_lookup.edit.selectAll()

    def _chosen(self) -> None:
        self.errors.clear()
        self._show_note()

    def choose_queue(self, row) -> None:
        """Choose this queue (a queues.QueueRow), as if looked up."""
        self.queue_lookup.set_item(queue_item(row))

    # -- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add to Queue"))
        self.intro.setText(self.tr("Choose the queue for the %n selected case(s). A case is in "
                                   "one queue at a time: a case that is already in a queue "
                                   "moves to this one.", "", len(self.case_ids)))
        self.intro.setAccessibleName(self.tr("About Add to Queue"))
        self.queue_caption.setText(self.tr("&Queue: *"))
        self.queue_lookup.setAccessibleName(self.tr("Queue (required)"))
        self.queue_lookup.set_placeholder(self.tr("Look up a queue by name"))
        self.errors.label("queue").setAccessibleName(self.tr("Queue error"))
        self.general_error.setAccessibleName(self.tr("Error"))
        self.move_note.setAccessibleName(self.tr("Current queue"))
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add to the queue"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        if self.current is not None:  # the prefilled item's detail is translated
            chosen = self.queue_lookup.item()
            if chosen is not None and chosen.id == self.current.id:
                self.queue_lookup.set_item(queue_item(self.current))
        self._show_note()

    def _show_note(self) -> None:
        """The case's current queue, and what Add does with it."""
        current = self.current
        if current is None:
            self.move_note.hide()
            return
        item = self.queue_lookup.item()
        if item is not None and item.id != current.id:
            text = self.tr("The case is in the queue “%1”. Add moves it to “%2”.").replace(
                "%1", current.name).replace("%2", item.label)
        else:
            text = self.tr("The case is in the queue “%1”.").replace("%1", current.name)
        self.move_note.setText(text)
        self.move_note.show()

    # -- add -------------------------------------------------------------------------------

    def accept(self) -> None:
        """Add: put every case in the chosen queue (or move it there)."""
        self.errors.clear()
        try:
            item = self.queue_lookup.item()
            if item is None:
                raise ValidationError("queue", "not_chosen" if
                                      self.queue_lookup.text().strip() else "required")
            self.queues.add_to_queue(self.session, self.case_ids, item.id,
                                     expected_versions=self.expected_versions)
        except CaseDeskError as exc:
            self.errors.show(exc)
            if isinstance(exc, ConflictError) and self.on_conflict is not None:
                self.on_conflict(exc)
            return
        self.completed = True
        self.queue_id = item.id
        super().accept()


def start_add_to_queue(session, queues, reader, case_ids, parent: QWidget | None, prefs=None,
                       *, on_added=None) -> AddToQueueDialog | None:
    """Add to Queue, the command: the dialog, window-modal (kept in `parent.last_dialog`).
    `on_added(queue_id)` once done."""
    if not case_ids:
        return None
    try:
        dialog = AddToQueueDialog(session, queues, reader, case_ids, prefs, parent)
    except CaseDeskError as exc:
        prompts.error(parent, error_message(exc))
        return None
    if on_added is not None:
        dialog.accepted.connect(lambda: on_added(dialog.queue_id))
    keep_dialog(parent, dialog)
    dialog.open()
    return dialog

