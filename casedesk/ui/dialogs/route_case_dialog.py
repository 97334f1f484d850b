"""Route Case (SPEC §2.12; Swedish "Cirkulera ärende"): after Save & Route, the case is routed
by the active routing rule set. Route tries the rule items top-down and the first whose
condition holds acts (routing.route_case); the dialog then says where the case went, or that no
rule matched and nothing changed. Window-modal; opened with open().
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from casedesk.controllers.errors import CaseDeskError, ConflictError
from casedesk.models.options import RuleAction
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.dialogs.close_case_dialog import NOTE_STYLE, error_label
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message


class RouteCaseDialog(BaseDialog):
    """Route Case → Route. `result` is the controller's RouteResult once routed (its
    matched_item None: nothing matched, nothing changed); `routed(result)` is emitted then."""

    geometry_key = "route_case"
    routed = Signal(object)

    def __init__(self, session, routing, case_id: int, prefs=None, parent=None, *,
                 expected_version: int | None = None, on_conflict=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("routeCaseDialog")
        self.session = session
        self.routing = routing
        self.case_id = case_id
        #: the version the user saw (None: not checked); on_conflict(error) when stale
        self.expected_version = expected_version
        self.on_conflict = on_conflict
        self.result = None
        self._error: CaseDeskError | None = None

        self.icon_label = QLabel(objectName="routeCaseIcon")
        self.icon_label.setPixmap(icon("route").pixmap(32, 32))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(objectName="routeCaseMessage")
        self.message.setWordWrap(True)
        self.result_label = QLabel(objectName="routeCaseResult")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(NOTE_STYLE)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.error = error_label("routeCaseError")
        # own buttons: a standard button's text is reset by the box on a language change
        self.buttons = QDialogButtonBox(objectName="routeCaseButtons")
        self.route_button = QPushButton(objectName="routeCaseRouteButton")
        self.route_button.setIcon(icon("route"))
        self.route_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="routeCaseCancelButton")
        self.buttons.addButton(self.route_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.icon_label)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self.restore_geometry()
        self.route_button.setFocus()

    def accept(self) -> None:
        """Route: the case is routed (once); then the button closes the dialog."""
        if self.result is not None:
            super().accept()
            return
        self.error.hide()
        self._error = None
        try:
            self.result = self.routing.route_case(self.session, self.case_id,
                                                  expected_version=self.expected_version)
        except CaseDeskError as exc:
            self._error = exc
            self.error.setText(error_message(exc))
            self.error.show()
            self._fit_height()
            if isinstance(exc, ConflictError) and self.on_conflict is not None:
                self.on_conflict(exc)
            return
        self._show_result()
        self.routed.emit(self.result)

    def reject(self) -> None:
        if self.result is not None:
            super().accept()  # routed: closing is done, not canceled
            return
        super().reject()

    def result_text(self) -> str:
        result = self.result
        if result is None:
            return ""
        if result.matched_item is None or result.action is None:
            return self.tr("No rule matched: nothing changed.")
        texts = {
            RuleAction.ROUTE_TO_QUEUE: self.tr("Case %1 was routed to the queue “%2” by the "
                                               "rule item “%3”."),
            RuleAction.ASSIGN_TO_USER: self.tr("Case %1 was assigned to the user “%2” by the "
                                               "rule item “%3”."),
            RuleAction.ASSIGN_TO_TEAM: self.tr("Case %1 was assigned to the team “%2” by the "
                                               "rule item “%3”."),
        }
        text = texts.get(int(result.action), texts[RuleAction.ROUTE_TO_QUEUE])
        return (text.replace("%1", str(result.number or "")).replace("%2", str(result.target or ""))
                .replace("%3", str(result.matched_item)))

    def _show_result(self) -> None:
        self.result_label.setText(self.result_text())
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.show()
        self.route_button.hide()
        self.cancel_button.setText(self.tr("&Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self._fit_height()

    def _fit_height(self, at_least: int = 0) -> None:
        """Grow (never shrink) so that what was just shown is not cut off."""
        layout = self.layout()
        layout.activate()
        width = self.width()
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        height = max(height, at_least)
        if height > self.height():
            self.resize(width, height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Route Case"))
        self.setAccessibleName(self.tr("Route Case"))
        self.icon_label.setAccessibleName(self.tr("Route"))
        self.message.setText(self.tr("The case will be routed based on the active routing "
                                     "rule set."))
        self.message.setAccessibleName(self.tr("About routing"))
        self.error.setAccessibleName(self.tr("Error"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        self.route_button.setText(self.tr("&Route"))
        self.route_button.setAccessibleName(self.tr("Route"))
        if self.result is None:
            self.cancel_button.setText(self.tr("Cancel"))
            self.cancel_button.setAccessibleName(self.tr("Cancel"))
        else:
            self._show_result()
        if self._error is not None and self.result is None:
            self.error.setText(error_message(self._error))
