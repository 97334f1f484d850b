"""Settings › Status Reason Transitions (SPEC §2.2): the matrix of which status reason may
change to which, the switch that makes every change of status reason obey it, and adding
status reasons (SPEC §2.1, §1.11). Administrators edit it; everyone else sees it read-only.

The matrix is a table whose first two rows and columns are its own headers (the state, then
the status reason), so the reasons stay grouped by state: rows are the reason a case has,
columns the reason it may change to. Arrow keys move between the cells, Space (or a click
anywhere in a cell) toggles one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import CaseDeskError, RuleViolation, ValidationError
from casedesk.models.options import CaseState, Role
from casedesk.ui import labels, prompts
from casedesk.ui.actions import TRANSITIONS_COMMANDS, ActionRegistry
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message, validation_message
from casedesk.ui.styles import ERROR_STYLE, NOTE_STYLE, heading_label

STATE_ORDER = (CaseState.ACTIVE, CaseState.RESOLVED, CaseState.CANCELED)
#: the matrix's own header rows and columns: the state, then the status reason
HEADERS = 2
#: on a cell: (from reason, to reason)
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
DEAD_END_BRUSH = "#f8d7da"


def _checked(index) -> bool:
    value = index.data(Qt.ItemDataRole.CheckStateRole)
    if value is None:
        return False
    return Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, int) \
        else value == Qt.CheckState.Checked


class CheckDelegate(QStyledItemDelegate):
    """A check box in the middle of its cell; a click anywhere in the cell, Space or Select
    toggles it. Cells without a check state are drawn as usual."""

    def paint(self, painter, option, index) -> None:
        if index.data(Qt.ItemDataRole.CheckStateRole) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        size = QSize(style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, opt, widget),
                     style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, opt, widget))
        check = QStyleOptionViewItem(opt)
        check.rect = QStyle.alignedRect(opt.direction, Qt.AlignmentFlag.AlignCenter, size,
                                        option.rect)
        check.state &= ~QStyle.StateFlag.State_HasFocus
        check.state &= ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_Off)
        check.state |= QStyle.StateFlag.State_On if _checked(index) else QStyle.StateFlag.State_Off
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            check.state &= ~QStyle.StateFlag.State_Enabled
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check,
                            painter, widget)

    def editorEvent(self, event, model, option, index) -> bool:
        flags = index.flags()
        if not (flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease:
            if (event.button() != Qt.MouseButton.LeftButton
                    or not option.rect.contains(event.position().toPoint())):
                return False
        elif kind == QEvent.Type.MouseButtonDblClick:
            return True  # the release that follows toggles
        elif kind == QEvent.Type.KeyPress:
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        new = Qt.CheckState.Unchecked if _checked(index) else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)


def ordered_reasons(reasons) -> list:
    """The reasons grouped by state (Active, Resolved, Canceled), in the controller's order
    within a state."""
    return [r for state in STATE_ORDER for r in reasons if r.state == state]


def normalized(allowed: dict, values) -> dict[int, frozenset[int]]:
    """The allowed changes of every reason in `values`, without a reason's change to itself."""
    keep = set(values)
    return {v: frozenset(t for t in allowed.get(v, ()) if t in keep and t != v) for v in values}


class AddStatusReasonDialog(QDialog):
    """State and label of a new status reason; adds it (through the controller) on OK and
    says what is wrong next to the field otherwise. Window-modal; opened with open()."""

    added = Signal(int, int)  # the new reason's value, its state

    def __init__(self, session, lifecycle, state: int = CaseState.ACTIVE, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("addStatusReasonDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._session = session
        self._lifecycle = lifecycle
        self.value: int | None = None
        self._error = None  # (field or None, function giving the text)

        self.intro = QLabel(objectName="addStatusReasonIntro")
        self.intro.setWordWrap(True)
        self.state_combo = QComboBox(objectName="addStatusReasonState")
        for value in STATE_ORDER:
            self.state_combo.addItem("", int(value))
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(int(state))))
        self.label_edit = QLineEdit(objectName="addStatusReasonLabel")
        self.label_edit.setMaxLength(100)
        self.label_error = QLabel(objectName="addStatusReasonLabelError")
        self.label_error.setStyleSheet(ERROR_STYLE)
        self.label_error.setWordWrap(True)
        self.label_error.hide()
        self.form_error = QLabel(objectName="addStatusReasonError")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.state_caption = QLabel(objectName="addStatusReasonStateCaption")
        self.state_caption.setBuddy(self.state_combo)
        self.label_caption = QLabel(objectName="addStatusReasonLabelCaption")
        self.label_caption.setBuddy(self.label_edit)
        self.label_cell = label_cell = QWidget(objectName="addStatusReasonLabelCell")
        cell_layout = QVBoxLayout(label_cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(self.label_edit)
        cell_layout.addWidget(self.label_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.state_caption, self.state_combo)
        form.addRow(self.label_caption, label_cell)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            objectName="addStatusReasonButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("addStatusReasonOk")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("addStatusReasonCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.label_edit.textEdited.connect(lambda _t: self._set_error(None))
        self.retranslate_ui()
        self.setMinimumWidth(max(420, self.sizeHint().width()))

    def _set_error(self, error) -> None:
        self._error = error
        self._render_error()

    def _render_error(self) -> None:
        field, text_fn = self._error if self._error else (None, None)
        text = text_fn() if text_fn else ""
        self.label_error.setText(text if field == "label" else "")
        self.label_error.setVisible(bool(text) and field == "label")
        self.label_edit.setAccessibleDescription(text if field == "label" else "")
        self.form_error.setText(text if field != "label" else "")
        self.form_error.setVisible(bool(text) and field != "label")

    def accept(self) -> None:
        """Add the status reason; stays open with the reason shown when it cannot."""
        state = int(self.state_combo.currentData())
        try:
            value = self._lifecycle.add_status_reason(self._session, state,
                                                      self.label_edit.text().strip())
        except ValidationError as exc:
            self._set_error((exc.field, lambda e=exc: validation_message(e)))
            (self.label_edit if exc.field == "label" else self.state_combo).setFocus()
            return
        except CaseDeskError as exc:
            self._set_error((None, lambda e=exc: error_message(e)))
            return
        self.value = value
        self.added.emit(value, state)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add Status Reason"))
        self.setAccessibleName(self.tr("Add Status Reason"))
        self.intro.setText(self.tr("The new status reason is offered for cases in the state "
                                   "you choose. Allow changes to and from it in the matrix."))
        self.intro.setAccessibleName(self.tr("About status reasons"))
        self.state_caption.setText(self.tr("&State:"))
        self.label_caption.setText(self.tr("&Label:"))
        for i in range(self.state_combo.count()):
            self.state_combo.setItemText(i, labels.state(self.state_combo.itemData(i)))
        self.state_combo.setAccessibleName(self.tr("State"))
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.label_cell.setAccessibleName(self.tr("Label"))
        self.label_edit.setPlaceholderText(self.tr("For example: Waiting for Customer"))
        self.label_error.setAccessibleName(self.tr("Label error"))
        self.form_error.setAccessibleName(self.tr("Error"))
        self.ok_button.setText(self.tr("&Add"))
        self.ok_button.setAccessibleName(self.tr("Add the status reason"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        self._render_error()


class TransitionsPage(QWidget):
    """Settings › Status Reason Transitions. `lifecycle` is casedesk.controllers.lifecycle
    (transition_matrix, set_transitions, add_status_reason).

    The main window asks `confirm_leave()` (or `has_changes()` and `save()`) before it shows
    another page or closes."""

    status_message = Signal(str)
    saved = Signal()
    #: True when there are unsaved changes, False when there are none again
    modified_changed = Signal(bool)

    def __init__(self, session, lifecycle, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_transitions")
        self._session = session
        self._lifecycle = lifecycle
        self.read_only = not session.has_role(Role.ADMINISTRATOR)
        self._reasons: list = []
        self._saved_enabled = False
        self._saved_allowed: dict[int, frozenset[int]] = {}
        self._filling = False
        self._modified = False
        self._error = None  # a function giving the error banner's text
        self._dead_ends: set[int] = set()
        self.dialog: AddStatusReasonDialog | None = None

        self.actions = ActionRegistry(self)
        self.save_action = self.actions["save_settings"]
        self.revert_action = self.actions["revert_settings"]
        self.add_action = self.actions["add_status_reason"]
        self.command_bar = QToolBar(objectName="transitionsCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.command_bar, TRANSITIONS_COMMANDS)

        self.heading = heading_label("transitionsHeading")
        self.read_only_note = QLabel(objectName="transitionsReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.setVisible(self.read_only)
        self.enabled_switch = QCheckBox(objectName="transitionsEnabledSwitch")
        self.switch_hint = QLabel(objectName="transitionsSwitchHint")
        self.switch_hint.setWordWrap(True)
        self.switch_hint.setIndent(24)
        self.error_label = QLabel(objectName="transitionsError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.matrix_caption = QLabel(objectName="transitionsMatrixCaption")
        self.matrix_caption.setWordWrap(True)

        self.table = QTableWidget(objectName="transitionsMatrix")
        self.table.setItemDelegate(CheckDelegate(self.table))
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.matrix_caption.setBuddy(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.command_bar)
        body = QVBoxLayout()
        body.setContentsMargins(8, 4, 8, 0)
        body.setSpacing(8)
        body.addWidget(self.heading)
        body.addWidget(self.read_only_note)
        body.addWidget(self.enabled_switch)
        body.addWidget(self.switch_hint)
        body.addWidget(self.error_label)
        body.addWidget(self.matrix_caption)
        body.addWidget(self.table, 10)
        body.addStretch(1)
        layout.addLayout(body, 1)

        self.enabled_switch.toggled.connect(lambda _on: self._edited())
        self.table.itemChanged.connect(self._item_changed)
        self.save_action.triggered.connect(self._when_shown(self.save))
        self.revert_action.triggered.connect(self._when_shown(self.revert))
        self.add_action.triggered.connect(self._when_shown(self.add_status_reason))
        bus = session.events
        bus.subscribe(events.SETTINGS_CHANGED, self._settings_changed)
        self.destroyed.connect(
            lambda *_: bus.unsubscribe(events.SETTINGS_CHANGED, self._settings_changed))
        self.retranslate_ui()
        self.reload()

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if self.isVisible():
                slot()
        return run

    # -- reading and filling -------------------------------------------------------------

    def reload(self) -> None:
        """Show the stored matrix (unsaved changes are dropped)."""
        matrix = self._lifecycle.transition_matrix()
        self._reasons = ordered_reasons(matrix.reasons)
        values = [r.value for r in self._reasons]
        self._saved_enabled = bool(matrix.enabled)
        self._saved_allowed = normalized(matrix.allowed, values)
        self._fill(self._saved_enabled, self._saved_allowed)
        self._dead_ends.clear()
        self._set_error(None)
        self._update_state()

    def _custom_labels(self) -> dict[int, str]:
        return {r.value: r.label for r in self._reasons if not r.builtin}

    def reason_label(self, value: int) -> str:
        """The status reason's name in the user's language (administrator-added: as stored)."""
        return labels.status_reason(value, self._custom_labels())

    def _fill(self, enabled: bool, allowed: dict[int, frozenset[int]]) -> None:
        self._filling = True
        try:
            self.enabled_switch.setChecked(enabled)
            table, reasons, n = self.table, self._reasons, len(self._reasons)
            current = (table.currentRow(), table.currentColumn())
            table.clearSpans()
            table.clear()
            table.setRowCount(HEADERS + n)
            table.setColumnCount(HEADERS + n)
            header_flags = Qt.ItemFlag.NoItemFlags  # skipped by the arrow keys
            corner = QTableWidgetItem()
            corner.setFlags(header_flags)
            table.setItem(0, 0, corner)
            table.setSpan(0, 0, HEADERS, HEADERS)
            for state in STATE_ORDER:
                members = [i for i, r in enumerate(reasons) if r.state == state]
                if not members:
                    continue
                first = HEADERS + members[0]
                for row, column in ((0, first), (first, 0)):
                    item = QTableWidgetItem()
                    item.setFlags(header_flags)
                    item.setData(PAIR_ROLE, int(state))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    table.setItem(row, column, item)
                if len(members) > 1:
                    table.setSpan(0, first, 1, len(members))
                    table.setSpan(first, 0, len(members), 1)
            for i, reason in enumerate(reasons):
                for row, column in ((1, HEADERS + i), (HEADERS + i, 1)):
                    item = QTableWidgetItem()
                    item.setFlags(header_flags)
                    item.setData(PAIR_ROLE, reason.value)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter if row == 1 else
                                          Qt.AlignmentFlag.AlignLeft
                                          | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(row, column, item)
            cell_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self.read_only:
                cell_flags |= Qt.ItemFlag.ItemIsUserCheckable
            for i, source in enumerate(reasons):
                for j, target in enumerate(reasons):
                    item = QTableWidgetItem()
                    item.setData(PAIR_ROLE, (source.value, target.value))
                    if i == j:
                        item.setFlags(Qt.ItemFlag.NoItemFlags)
                        item.setText("—")
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    else:
                        item.setFlags(cell_flags)
                        item.setCheckState(Qt.CheckState.Checked
                                           if target.value in allowed.get(source.value, ())
                                           else Qt.CheckState.Unchecked)
                    table.setItem(HEADERS + i, HEADERS + j, item)
            self._style_headers()
            self._retranslate_matrix()
            if current[0] >= HEADERS and current[0] < table.rowCount() \
                    and current[1] < table.columnCount():
                table.setCurrentCell(*current)
            elif n > 1:
                table.setCurrentCell(HEADERS, HEADERS + 1)
        finally:
            self._filling = False

    def _style_headers(self) -> None:
        palette = self.table.palette()
        back = QBrush(palette.color(QPalette.ColorRole.Button))
        text = QBrush(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText))
        dead = QBrush(DEAD_END_BRUSH)
        bold = self.table.font()
        bold.setBold(True)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                if row >= HEADERS and column >= HEADERS:
                    continue
                item = self.table.item(row, column)
                if item is None:
                    continue
                value = item.data(PAIR_ROLE)
                is_dead = column == 1 and row >= HEADERS and value in self._dead_ends
                item.setBackground(dead if is_dead else back)
                item.setForeground(QBrush("#000000") if is_dead else text)
                item.setIcon(icon("field_error") if is_dead else QIcon())
                if row == 0 or column == 0:
                    item.setFont(bold)

    def _retranslate_matrix(self) -> None:
        table = self.table
        if table.rowCount() == 0:
            return
        was_filling, self._filling = self._filling, True
        try:
            corner = table.item(0, 0)
            if corner is not None:
                corner.setText(self.tr("From ↓  To →"))
                corner.setToolTip(self.tr("Each row is the status reason a case has; each "
                                          "column a status reason it may change to."))
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    if item is None or (row == 0 and column == 0):
                        continue
                    value = item.data(PAIR_ROLE)
                    if row >= HEADERS and column >= HEADERS:
                        source, target = (self.reason_label(v) for v in value)
                        text = self.tr("From %1 to %2").replace("%1", source).replace(
                            "%2", target)
                        if row - HEADERS == column - HEADERS:
                            text = self.tr("%1 can always stay as it is").replace("%1", source)
                        item.setToolTip(text)
                        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                    elif row == 0 or column == 0:
                        item.setText(labels.state(value))
                        item.setToolTip(labels.state(value))
                    else:
                        name = self.reason_label(value)
                        item.setText(name)
                        tip = (self.tr("%1 has no path to a Resolved or Canceled status "
                                       "reason").replace("%1", name)
                               if value in self._dead_ends and column == 1 else name)
                        item.setToolTip(tip)
        finally:
            self._filling = was_filling
        self._fit_matrix()

    def _fit_matrix(self) -> None:
        """Each reason column as wide as its label's longest word (labels wrap between
        words), so that the whole matrix fits beside the navigation pane."""
        table, metrics = self.table, self.table.fontMetrics()
        if not self._reasons:
            return
        pad = 2 * metrics.averageCharWidth() + 6
        bold = self.table.font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        minimum = metrics.horizontalAdvance("Mmmmm")  # the check box with air around it
        widths = [max([minimum] + [metrics.horizontalAdvance(w)
                                   for w in self.reason_label(r.value).split()]) + pad
                  for r in self._reasons]
        for state in STATE_ORDER:  # a state's name fits over its columns
            members = [i for i, r in enumerate(self._reasons) if r.state == state]
            if members:
                short = (bold_metrics.horizontalAdvance(labels.state(state)) + pad
                         - sum(widths[i] for i in members))
                if short > 0:
                    widths[members[-1]] += short
        state_width = max(bold_metrics.horizontalAdvance(labels.state(s))
                          for s in STATE_ORDER) + pad
        table.setColumnWidth(0, state_width)
        corner = table.item(0, 0)
        corner_width = metrics.horizontalAdvance(corner.text()) if corner is not None else 0
        mark = (self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8
                if self._dead_ends else 0)
        reason_width = max(metrics.horizontalAdvance(self.reason_label(r.value))
                           for r in self._reasons) + pad + mark + 8
        table.setColumnWidth(1, max(reason_width, corner_width + pad - state_width))
        for i, width in enumerate(widths):
            table.setColumnWidth(HEADERS + i, width)
        line = metrics.height()
        table.setRowHeight(0, line + 10)
        lines = max(len(self._wrap(self.reason_label(r.value), widths[i] - 8, metrics))
                    for i, r in enumerate(self._reasons))
        table.setRowHeight(1, lines * line + 10)
        for row in range(HEADERS, table.rowCount()):
            table.setRowHeight(row, line + 12)
        # no empty table below the last row: the page shows its background there
        frame = 2 * table.frameWidth()
        table.setMaximumHeight(sum(table.rowHeight(r) for r in range(table.rowCount()))
                               + frame)
        table.setMaximumWidth(sum(table.columnWidth(c) for c in range(table.columnCount()))
                              + frame)

    @staticmethod
    def _wrap(text: str, width: int, metrics) -> list[str]:
        lines: list[str] = []
        for word in text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]

    # -- state -----------------------------------------------------------------------------

    def current_enabled(self) -> bool:
        return self.enabled_switch.isChecked()

    def current_allowed(self) -> dict[int, frozenset[int]]:
        """What the matrix shows now: every reason → the reasons it may change to."""
        result: dict[int, set[int]] = {r.value: set() for r in self._reasons}
        for row in range(HEADERS, self.table.rowCount()):
            for column in range(HEADERS, self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None and item.data(Qt.ItemDataRole.CheckStateRole) is not None \
                        and _checked(self.table.indexFromItem(item)):
                    source, target = item.data(PAIR_ROLE)
                    result[source].add(target)
        return {k: frozenset(v) for k, v in result.items()}

    def has_changes(self) -> bool:
        return (self.current_enabled() != self._saved_enabled
                or self.current_allowed() != self._saved_allowed)

    def cell(self, from_reason: int, to_reason: int) -> QTableWidgetItem | None:
        """The matrix cell of a change from one reason to another (tests, accessibility)."""
        values = [r.value for r in self._reasons]
        if from_reason not in values or to_reason not in values:
            return None
        return self.table.item(HEADERS + values.index(from_reason),
                               HEADERS + values.index(to_reason))

    def reason_values(self) -> list[int]:
        return [r.value for r in self._reasons]

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self._edited()

    def _edited(self) -> None:
        if self._filling:
            return
        self._update_state()

    def _update_state(self) -> None:
        modified = not self.read_only and self.has_changes()
        self.save_action.setEnabled(modified)
        self.revert_action.setEnabled(modified)
        self.add_action.setEnabled(not self.read_only)
        self.enabled_switch.setEnabled(not self.read_only)
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def _set_error(self, text_fn) -> None:
        self._error = text_fn
        self._render_error()

    def _render_error(self) -> None:
        text = self._error() if self._error else ""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.table.setAccessibleDescription(text)

    # -- commands --------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the switch and the matrix; False (with the reason shown) when refused."""
        if self.read_only:
            return False
        enabled, allowed = self.current_enabled(), self.current_allowed()
        try:
            self._lifecycle.set_transitions(self._session, enabled=enabled,
                                            allowed={k: set(v) for k, v in allowed.items()})
        except RuleViolation as exc:
            if exc.code == "no_path":
                self._show_dead_ends([int(v) for v in exc.params.get("reasons", ())])
            else:
                self._dead_ends.clear()
                self._style_headers()
                self._set_error(lambda e=exc: error_message(e))
            return False
        except CaseDeskError as exc:
            self._set_error(lambda e=exc: error_message(e))
            return False
        self.reload()
        self.status_message.emit(self.tr("Status reason transitions saved."))
        self.saved.emit()
        return True

    def _show_dead_ends(self, values: list[int]) -> None:
        self._dead_ends = set(values)
        self._style_headers()
        self._retranslate_matrix()
        self._set_error(lambda v=tuple(values): self._dead_end_text(v))
        first = next((self.cell(v, t) for v in values for t in self.reason_values()
                      if t != v and self.cell(v, t) is not None), None)
        if first is not None:
            self.table.setCurrentItem(first)
            self.table.scrollToItem(first)

    def _dead_end_text(self, values) -> str:
        names = ", ".join(self.tr("“%1”").replace("%1", self.reason_label(v)) for v in values)
        return self.tr("Not saved: the active status reason(s) %1 have no path to a Resolved "
                       "or Canceled status reason. Allow each to change to a status reason "
                       "that leads there.", "", len(values)).replace("%1", names)

    def revert(self) -> None:
        """Drop the unsaved changes: show the stored matrix again."""
        self.reload()

    def confirm_leave(self) -> bool:
        """Before the page is left: ask about unsaved changes. True when it may be left."""
        if self.read_only or not self.has_changes():
            return True
        answer = prompts.ask_save_changes(
            self, self.tr("Save the changes to the status reason transitions?"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def add_status_reason(self, state: int | None = None) -> AddStatusReasonDialog | None:
        """Open the Add Status Reason dialog (window-modal); returns it."""
        if self.read_only:
            return None
        if state is None:
            row = self.table.currentRow() - HEADERS
            state = self._reasons[row].state if 0 <= row < len(self._reasons) \
                else CaseState.ACTIVE
        self.dialog = AddStatusReasonDialog(self._session, self._lifecycle, state, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.added.connect(self._reason_added)
        self.dialog.open()
        return self.dialog

    def _settings_changed(self, keys=(), **_payload) -> None:
        """Stored elsewhere (or by this page): show it; unsaved changes stay as they are."""
        if not isValid(self) or not {"status_reason", "status_transitions",
                                     "transitions_enabled"} & set(keys or ()):
            return
        if self.has_changes():
            self._refresh_keeping_edits()
        else:
            self.reload()

    def _refresh_keeping_edits(self) -> None:
        enabled, allowed = self.current_enabled(), self.current_allowed()
        matrix = self._lifecycle.transition_matrix()
        self._reasons = ordered_reasons(matrix.reasons)
        values = [r.value for r in self._reasons]
        self._saved_allowed = normalized(matrix.allowed, values)
        self._saved_enabled = bool(matrix.enabled)
        self._fill(enabled, normalized(allowed, values))
        self._update_state()

    def _reason_added(self, value: int, state: int) -> None:
        """Show the new reason as a row and a column; unsaved changes stay as they are."""
        if value not in self.reason_values():
            self._refresh_keeping_edits()
        item = next((self.cell(value, t) for t in self.reason_values() if t != value), None)
        if item is not None:
            self.table.setCurrentItem(item)
            self.table.scrollToItem(item)
        self.status_message.emit(self.tr("Status reason “%1” added to %2.").replace(
            "%1", self.reason_label(value)).replace("%2", labels.state(state)))

    # -- events ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.has_changes():
            self.reload()  # someone may have changed it meanwhile

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange and hasattr(self, "table"):
            self._style_headers()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.actions.retranslate()
        self.heading.setText(self.tr("Status Reason Transitions"))
        self.heading.setAccessibleName(self.tr("Status Reason Transitions"))
        self.setAccessibleName(self.tr("Status Reason Transitions"))
        self.command_bar.setWindowTitle(self.tr("Transition commands"))
        self.command_bar.setAccessibleName(self.tr("Transition commands"))
        self.read_only_note.setText(self.tr("Only administrators can change the status reason "
                                            "transitions. You can look at them here."))
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.enabled_switch.setText(self.tr("&Check status reason changes against this matrix"))
        self.enabled_switch.setAccessibleName(
            self.tr("Check status reason changes against this matrix"))
        self.switch_hint.setText(self.tr(
            "When this is on, every change of status reason — editing the field, closing, "
            "canceling, merging and reactivating a case — must be allowed below, and the "
            "status reason list offers only the allowed ones. When it is off, any change is "
            "allowed."))
        self.switch_hint.setAccessibleName(self.tr("About the check"))
        self.matrix_caption.setText(self.tr(
            "&Allowed changes: a case with the status reason of a row may change to the "
            "checked status reasons of its columns. Arrow keys move, Space checks or "
            "unchecks."))
        self.matrix_caption.setAccessibleName(self.tr("About the matrix"))
        self.table.setAccessibleName(self.tr("Allowed status reason changes"))
        self.error_label.setAccessibleName(self.tr("Error"))
        self._retranslate_matrix()
        self._render_error()
