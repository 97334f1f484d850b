"""What the timeline and the Activities page do with activities: add, open, complete, cancel,
import e-mails. One object per window, so the same activity never opens in two forms."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from casedesk.controllers.errors import CaseDeskError
from casedesk.models.options import ActivityKind, ActivityState
from casedesk.ui import prompts
from casedesk.ui.dialogs.eml_import import choose_and_import, import_eml_files
from casedesk.ui.dialogs.note_dialog import NoteDialog
from casedesk.ui.forms.activity_form import ActivityCloseDialog, ActivityForm
from casedesk.ui.messages import error_message

#: the timeline's kind names → ActivityKind
KINDS = {"phone_call": ActivityKind.PHONE_CALL, "task": ActivityKind.TASK,
         "email": ActivityKind.EMAIL, "appointment": ActivityKind.APPOINTMENT}


class ActivityCommands(QObject):
    """Opens activity and note forms (non-modal) and runs Complete/Cancel with a reason."""

    def __init__(self, session, activities, lookups, reader, prefs, parent) -> None:
        super().__init__(parent)
        self.session = session
        self.activities = activities
        self.lookups = lookups
        self.reader = reader
        self.prefs = prefs
        self._window = parent
        self._open: dict[tuple[str, int], object] = {}
        self.last = None  # the last form or dialog opened (tests)

    def _show(self, key, widget):
        if key is not None:
            self._open[key] = widget
            widget.destroyed.connect(lambda *_: self._open.pop(key, None))
        widget.show()
        self.last = widget
        return widget

    def _existing(self, key):
        widget = self._open.get(key)
        if widget is not None:
            widget.show()
            widget.raise_()
            widget.activateWindow()
            self.last = widget
        return widget

    def add(self, kind: str, case_id: int | None, parent=None):
        """A new phone call, task, e-mail, appointment or note on the case."""
        parent = parent or self._window
        if kind == "note":
            return self._show(None, NoteDialog(self.session, self.activities, self.prefs,
                                               case_id=case_id, parent=parent))
        if kind == "import_email":
            return choose_and_import(self.session, self.activities, case_id, parent)
        return self._show(None, ActivityForm(self.session, self.activities, self.lookups,
                                             self.reader, self.prefs, kind=int(KINDS[kind]),
                                             case_id=case_id, parent=parent))

    def open(self, kind: str, record_id: int, case_id: int | None = None, parent=None):
        """An activity or a note in its form; one that is open already comes to the front."""
        parent = parent or self._window
        existing = self._existing((kind, record_id))
        if existing is not None:
            return existing
        if kind == "note":
            return self._show((kind, record_id), NoteDialog(
                self.session, self.activities, self.prefs, case_id=case_id,
                note_id=record_id, parent=parent))
        if kind == "activity":
            return self._show((kind, record_id), ActivityForm(
                self.session, self.activities, self.lookups, self.reader, self.prefs,
                activity_id=record_id, parent=parent))
        return None  # a resolution is shown in the timeline itself

    def import_files(self, case_id: int, paths: list[str], parent=None) -> list[int]:
        return import_eml_files(self.session, self.activities, case_id, paths,
                                parent or self._window)

    def complete(self, activity_id: int, parent=None) -> ActivityCloseDialog | None:
        return self._close(activity_id, complete=True, parent=parent)

    def cancel(self, activity_id: int, parent=None) -> ActivityCloseDialog | None:
        return self._close(activity_id, complete=False, parent=parent)

    def _close(self, activity_id: int, *, complete: bool, parent=None):
        """Complete or cancel with the kind's status reason (window-modal, not blocking)."""
        form = self._open.get(("activity", activity_id))
        if form is not None:  # its form is open: let it do it, with its unsaved changes
            form.raise_()
            return form.complete() if complete else form.cancel_activity()
        try:
            record = self.activities.get_activity(activity_id)
        except CaseDeskError as exc:
            prompts.error(parent or self._window, error_message(exc))
            return None
        if record.state != int(ActivityState.OPEN):
            return None
        fields = record.fields
        dialog = ActivityCloseDialog(
            self.activities.status_reasons(fields.kind), complete=complete,
            direction=fields.direction if fields.kind == ActivityKind.PHONE_CALL else None,
            duration=fields.duration_minutes, prefs=self.prefs, parent=parent or self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result) -> None:
            if not result or dialog.reason is None:
                return
            try:
                if complete:
                    self.activities.complete_activity(self.session, activity_id,
                                                      status_reason=dialog.reason,
                                                      duration_minutes=dialog.duration)
                else:
                    self.activities.cancel_activity(self.session, activity_id,
                                                    status_reason=dialog.reason)
            except CaseDeskError as exc:
                prompts.error(parent or self._window, error_message(exc))

        dialog.finished.connect(finished)
        dialog.open()
        self.last = dialog
        return dialog
