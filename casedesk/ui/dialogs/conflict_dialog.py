"""The conflict dialog (SPEC §6.4, issue 9): a colleague saved the case after this form opened
it, and the form's save was refused. Field by field, their value next to mine, with Take
theirs / Keep mine for each; Save Merged, Reload (Discard Mine) or Cancel.

Only the fields where mine and theirs differ are shown. A field only one side changed
(compared with `base`, what the form loaded) is chosen already: mine where only I changed it,
theirs where only they did. A field both changed keeps mine until the user takes theirs.
Customer and owner are one field each (account or contact, user or team). The dialog gets
display texts for what the lookups point at (names, never ids) from the form; it formats the
option values itself. Window-modal, opened with open(); the form reads `action` and
`merged()` when it finishes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.cases import CaseFields
from casedesk.ui import labels
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.formatting import local_date, local_datetime
from casedesk.ui.icons import icon
from casedesk.ui.messages import field_name
from casedesk.ui.styles import HINT_STYLE, NOTE_STYLE

#: the form's fields in the form's order: key → the CaseFields attributes it stands for
FIELDS: dict[str, tuple[str, ...]] = {
    "customer": ("customer_account_id", "customer_contact_id"),
    "contact": ("contact_id",),
    "title": ("title",),
    "subject": ("subject_id",),
    "origin": ("origin",),
    "product": ("product_id",),
    "entitlement": ("entitlement_id",),
    "description": ("description",),
    "case_type": ("case_type",),
    "priority": ("priority",),
    "severity": ("severity",),
    "status_reason": ("status_reason",),
    "follow_up_by": ("follow_up_by",),
    "owner": ("owner_user_id", "owner_team_id"),
    "existing_case": ("existing_case_id",),
    "stage": ("stage",),
    "decrement_entitlement": ("decrement_entitlement",),
}
#: fields whose choice follows the customer's when the customer's choice changes: a contact
#: or an entitlement of one customer never goes with another
FOLLOW_CUSTOMER = ("contact", "entitlement")
#: what the lookups point at: the form gives their names
LOOKUPS = ("customer", "contact", "subject", "product", "entitlement", "owner",
           "existing_case")
MINE, THEIRS = "mine", "theirs"
#: how much of a long value a cell shows (all of it in the tooltip, up to TOOLTIP_CHARS)
SHOWN_CHARS, TOOLTIP_CHARS = 300, 2000
#: a value's cell: the chosen one framed in the highlight colour
CHOSEN_STYLE = ("QFrame#cell { border: 2px solid palette(highlight); border-radius: 4px;"
                " background: palette(alternate-base); }")
PLAIN_STYLE = "QFrame#cell { border: 2px solid palette(midlight); border-radius: 4px; }"


def _value(fields: CaseFields, key: str) -> tuple:
    values = []
    for attr in FIELDS[key]:
        value = getattr(fields, attr)
        if isinstance(value, str) or (value is None and attr in ("title", "description")):
            value = (value or "").strip()  # "" and None, and trailing spaces, are the same
        if isinstance(value, datetime):
            value = value.date()
        values.append(value)
    return tuple(values)


def differing_fields(mine: CaseFields, theirs: CaseFields) -> list[str]:
    """The keys of the fields where mine and theirs differ, in the form's order."""
    return [key for key in FIELDS if _value(mine, key) != _value(theirs, key)]


class _ClickSelects(QObject):
    """A click on a value's text chooses it (as a click on its radio button does)."""

    def __init__(self, button: QRadioButton, parent: QObject) -> None:
        super().__init__(parent)
        self._button = button

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (event.type() == QEvent.Type.MouseButtonRelease and self._button.isEnabled()
                and event.button() == Qt.MouseButton.LeftButton):
            self._button.setChecked(True)
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


class _Row:
    """One differing field: caption, who changed it, and the two choices."""

    def __init__(self, key: str, changed_by: str, parent: QObject) -> None:
        self.key = key
        self.changed_by = changed_by  # "theirs", "mine" or "both"
        self.caption = QLabel(objectName=f"conflict_{key}_caption")
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.caption.setWordWrap(True)
        self.note = QLabel(objectName=f"conflict_{key}_note")
        self.note.setWordWrap(True)
        self.theirs_button = QRadioButton(objectName=f"conflict_{key}_theirs")
        self.mine_button = QRadioButton(objectName=f"conflict_{key}_mine")
        self.theirs_text = self._value_label(f"conflict_{key}_theirs_value")
        self.mine_text = self._value_label(f"conflict_{key}_mine_value")
        self.theirs_cell = self._cell(self.theirs_button, self.theirs_text)
        self.mine_cell = self._cell(self.mine_button, self.mine_text)
        self.group = QButtonGroup(parent)
        self.group.addButton(self.theirs_button)
        self.group.addButton(self.mine_button)

    @staticmethod
    def _value_label(name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _cell(self, button: QRadioButton, text: QLabel) -> QFrame:
        cell = QFrame(objectName=text.objectName() + "Cell")
        cell.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(button)
        indent = QHBoxLayout()
        indent.setContentsMargins(22, 0, 0, 0)
        indent.addWidget(text, 1)
        layout.addLayout(indent)
        filter_ = _ClickSelects(button, cell)
        for widget in (cell, text):
            widget.installEventFilter(filter_)
        return cell

    @property
    def choice(self) -> str:
        return THEIRS if self.theirs_button.isChecked() else MINE

    def set_choice(self, choice: str) -> None:
        (self.theirs_button if choice == THEIRS else self.mine_button).setChecked(True)

    def show_choice(self) -> None:
        """The chosen value's cell stands out; the other is plain."""
        for cell, chosen in ((self.theirs_cell, self.choice == THEIRS),
                             (self.mine_cell, self.choice == MINE)):
            look = (CHOSEN_STYLE if chosen else PLAIN_STYLE).replace("#cell",
                                                                     "#" + cell.objectName())
            cell.setStyleSheet(look)


class ConflictDialog(BaseDialog):
    """Theirs against mine, field by field. When it is done `action` is "save" (then
    `merged()` is what to save on their version), "reload" (discard mine), or None
    (canceled: the form stays as it is)."""

    geometry_key = "case_conflict"

    def __init__(self, mine: CaseFields, base: CaseFields, theirs: CaseFields, *,
                 mine_names: dict[str, str] | None = None,
                 theirs_names: dict[str, str] | None = None, saved_by: str = "",
                 saved_on: datetime | None = None, number: str = "", prefs=None,
                 parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("conflictDialog")
        self.mine, self.base, self.theirs = mine, base, theirs
        self.mine_names = dict(mine_names or {})
        self.theirs_names = dict(theirs_names or {})
        self.saved_by, self.saved_on, self.number = saved_by, saved_on, number
        self.action: str | None = None

        self.icon_label = QLabel(objectName="conflictIcon")
        self.icon_label.setPixmap(icon("open_activities_warning").pixmap(32, 32))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(objectName="conflictMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation = QLabel(objectName="conflictExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(objectName="conflictSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(NOTE_STYLE)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.field_header = QLabel(objectName="conflictFieldHeader")
        self.theirs_header = QLabel(objectName="conflictTheirsHeader")
        self.mine_header = QLabel(objectName="conflictMineHeader")
        self.rows: dict[str, _Row] = {}
        grid_widget = QWidget(objectName="conflictFields")
        self.grid = QGridLayout(grid_widget)
        self.grid.setContentsMargins(0, 0, 4, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        for column, header in enumerate((self.field_header, self.theirs_header,
                                         self.mine_header)):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)
        for n, key in enumerate(differing_fields(mine, theirs), 1):
            row = _Row(key, self._changed_by(key), self)
            row.set_choice(THEIRS if row.changed_by == THEIRS else MINE)
            caption = QWidget()
            caption_layout = QVBoxLayout(caption)
            caption_layout.setContentsMargins(0, 6, 0, 0)
            caption_layout.setSpacing(2)
            caption_layout.addWidget(row.caption)
            caption_layout.addWidget(row.note)
            caption_layout.addStretch(1)
            self.grid.addWidget(caption, n, 0)
            self.grid.addWidget(row.theirs_cell, n, 1)
            self.grid.addWidget(row.mine_cell, n, 2)
            row.group.buttonToggled.connect(lambda _b, on, key=key: on and self._chosen(key))
            self.rows[key] = row
        self.grid.setColumnStretch(0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(self.rows) + 1, 1)
        self.scroll = QScrollArea(objectName="conflictScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(grid_widget)

        # own buttons: a standard button's text is reset by the box on a language change
        self.all_mine_button = QPushButton(objectName="conflictAllMineButton")
        self.all_theirs_button = QPushButton(objectName="conflictAllTheirsButton")
        self.all_mine_button.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs_button.clicked.connect(lambda: self.choose_all(THEIRS))
        self.buttons = QDialogButtonBox(objectName="conflictButtons")
        self.save_button = QPushButton(icon("save"), "", objectName="conflictSaveButton")
        self.save_button.setDefault(True)
        self.reload_button = QPushButton(icon("refresh"), "", objectName="conflictReloadButton")
        self.cancel_button = QPushButton(objectName="conflictCancelButton")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save_merged)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.reload)

        top = QHBoxLayout()
        top.addWidget(self.icon_label)
        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.explanation)
        top.addLayout(text, 1)
        choose_all = QHBoxLayout()
        choose_all.addWidget(self.summary, 1)
        choose_all.addWidget(self.all_theirs_button)
        choose_all.addWidget(self.all_mine_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(choose_all)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        for row in self.rows.values():
            row.show_choice()
        self._fit_size()
        self.restore_geometry()
        first = next(iter(self.rows.values()), None)
        if first is not None:
            (first.theirs_button if first.choice == THEIRS else first.mine_button).setFocus()
        else:
            self.save_button.setFocus()

    # -- choices ---------------------------------------------------------------------------

    def _changed_by(self, key: str) -> str:
        mine_changed = _value(self.mine, key) != _value(self.base, key)
        theirs_changed = _value(self.theirs, key) != _value(self.base, key)
        if mine_changed and theirs_changed:
            return "both"
        return MINE if mine_changed else THEIRS

    def shown_fields(self) -> list[str]:
        return list(self.rows)

    def choice(self, key: str) -> str:
        return self.rows[key].choice

    def choose(self, key: str, choice: str) -> None:
        """Keep mine or take theirs for the field (as a click would)."""
        self.rows[key].set_choice(choice)

    def choose_all(self, choice: str) -> None:
        for key in self.rows:
            self.rows[key].set_choice(choice)

    def _chosen(self, key: str) -> None:
        row = self.rows[key]
        row.show_choice()
        if key == "customer":  # a contact or entitlement goes with its customer
            for follower in FOLLOW_CUSTOMER:
                if follower in self.rows:
                    self.rows[follower].set_choice(row.choice)
        self._show_summary()

    def taken_from_theirs(self) -> list[str]:
        """The fields whose value is theirs in the merge, in the form's order."""
        return [key for key, row in self.rows.items() if row.choice == THEIRS]

    def merged(self) -> CaseFields:
        """Mine, with the fields taken from theirs."""
        changes = {attr: getattr(self.theirs, attr)
                   for key in self.taken_from_theirs() for attr in FIELDS[key]}
        return replace(self.mine, **changes)

    def save_merged(self) -> None:
        self.action = "save"
        self.accept()

    def reload(self) -> None:
        self.action = "reload"
        self.accept()

    def reject(self) -> None:
        self.action = None
        super().reject()

    # -- texts -----------------------------------------------------------------------------

    def caption_text(self, key: str) -> str:
        if key == "decrement_entitlement":
            return self.tr("Decrement Entitlement Terms")
        return field_name(key)

    def value_text(self, fields: CaseFields, names: dict[str, str], key: str) -> str:
        """What a side's value looks like: names for lookups, labels for options."""
        value = _value(fields, key)
        if key in names:
            return names[key]
        if key in LOOKUPS:
            return "" if all(v is None for v in value) else "#" + str(
                next(v for v in value if v is not None))
        (single,) = value if len(value) == 1 else (value,)
        if single is None or single == "":
            return ""
        formats = {
            "origin": labels.origin, "case_type": labels.case_type,
            "priority": labels.priority, "severity": labels.severity,
            "status_reason": labels.status_reason, "stage": self._stage_name,
            "follow_up_by": lambda d: local_date(d) if isinstance(d, date) else str(d),
            "decrement_entitlement": lambda on: self.tr("Yes") if on else self.tr("No"),
        }
        return formats.get(key, str)(single)

    def _stage_name(self, stage: int) -> str:
        return {0: self.tr("Identify"), 1: self.tr("Research"), 2: self.tr("Resolve")}.get(
            stage, str(stage))

    def _shown(self, label: QLabel, text: str) -> None:
        empty = self.tr("(empty)")
        shown = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS].rstrip() + " …"
        label.setText(shown or "—")
        label.setToolTip(text[:TOOLTIP_CHARS] if len(text) > SHOWN_CHARS else "")
        label.setAccessibleName(text[:TOOLTIP_CHARS] or empty)

    def _show_summary(self) -> None:
        both = sum(1 for row in self.rows.values() if row.changed_by == "both")
        taken = len(self.taken_from_theirs())
        if not self.rows:
            text = self.tr("Your changes and theirs are the same: saving changes nothing "
                           "they did.")
        else:
            text = (self.tr("%n field(s) differ.", "", len(self.rows)) + " "
                    + self.tr("You both changed %n of them.", "", both) + " "
                    + self.tr("Their value will be saved in %n field(s).", "", taken))
        self.summary.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Someone Else Saved This Case"))
        who = self.saved_by or self.tr("Someone else")
        when = local_datetime(self.saved_on) if self.saved_on else ""
        if when:
            text = self.tr("%1 saved case %2 at %3, after you opened it.")
        else:
            text = self.tr("%1 saved case %2 after you opened it.")
        self.message.setText(text.replace("%1", who).replace("%2", self.number)
                             .replace("%3", when))
        self.explanation.setText(self.tr(
            "Nothing was overwritten. Choose which value to keep for each field below, then "
            "save the merged case. A field only one of you changed is chosen already. Or "
            "reload the case as they saved it and discard your changes."))
        self.field_header.setText(self.tr("Field"))
        self.theirs_header.setText(self.tr("Their Version (%1)").replace("%1", who))
        self.mine_header.setText(self.tr("Your Version"))
        notes = {THEIRS: self.tr("Changed by them"), MINE: self.tr("Changed by you"),
                 "both": self.tr("Changed by both of you")}
        for key, row in self.rows.items():
            caption = self.caption_text(key)
            row.caption.setText(caption)
            row.note.setText(notes[row.changed_by])
            row.note.setStyleSheet("QLabel { color: #c62828; }" if row.changed_by == "both"
                                   else HINT_STYLE)
            row.theirs_button.setText(self.tr("Take theirs"))
            row.mine_button.setText(self.tr("Keep mine"))
            theirs_text = self.value_text(self.theirs, self.theirs_names, key)
            mine_text = self.value_text(self.mine, self.mine_names, key)
            self._shown(row.theirs_text, theirs_text)
            self._shown(row.mine_text, mine_text)
            row.theirs_button.setAccessibleName(
                self.tr("%1: take theirs").replace("%1", caption))
            row.mine_button.setAccessibleName(self.tr("%1: keep mine").replace("%1", caption))
            row.theirs_button.setAccessibleDescription(theirs_text[:TOOLTIP_CHARS])
            row.mine_button.setAccessibleDescription(mine_text[:TOOLTIP_CHARS])
        self.all_mine_button.setText(self.tr("Keep All &Mine"))
        self.all_theirs_button.setText(self.tr("Take All &Theirs"))
        self.save_button.setText(self.tr("&Save Merged"))
        self.reload_button.setText(self.tr("&Reload (Discard Mine)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.scroll.setAccessibleName(self.tr("Fields that differ"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        self._show_summary()
        # the field column as wide as its longest caption or note (wrapped beyond that)
        widths = [self.field_header.sizeHint().width()]
        for row in self.rows.values():
            widths += [row.caption.fontMetrics().horizontalAdvance(row.caption.text()),
                       row.note.fontMetrics().horizontalAdvance(row.note.text())]
        self.grid.setColumnMinimumWidth(0, min(max(widths) + 4, 220))
        if self.isVisible():
            self._keep_minimum()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fit_size(self) -> None:
        """Wide enough for two values side by side; the minimums are the layout's, so
        nothing overlaps. The height follows the rows once they are laid out (showEvent)."""
        self.scroll.setMinimumWidth(700)
        self.scroll.setMinimumHeight(min(self.scroll.widget().sizeHint().height() + 4, 260))
        self.resize(max(860, self.sizeHint().width()), self.sizeHint().height())
        self._grow = self._prefs is None or self._prefs.dialog_geometry(
            self.geometry_key).isEmpty()

    def _keep_minimum(self) -> None:
        """The smallest size keeps the wrapped texts whole and a few rows in view (a layout
        minimum alone does not count lines that wrap)."""
        layout = self.layout()
        self.setMinimumSize(0, 0)
        width = layout.minimumSize().width()
        scroll = self.scroll
        spare = max(0, scroll.sizeHint().height() - scroll.minimumHeight())
        self.setMinimumSize(width, layout.totalHeightForWidth(width) - spare)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """First shown at a size of its own: as tall as the rows need (up to most of the
        screen; then they scroll)."""
        super().showEvent(event)
        self._keep_minimum()
        if not self._grow:
            return
        self._grow = False
        self.layout().activate()
        grid, viewport = self.scroll.widget(), self.scroll.viewport()
        wanted = (grid.heightForWidth(viewport.width()) if grid.hasHeightForWidth()
                  else grid.sizeHint().height())
        if wanted > viewport.height():
            screen = self.screen().availableGeometry().height() if self.screen() else 900
            self.resize(self.width(), min(self.height() + wanted - viewport.height() + 2,
                                          int(screen * 0.85)))
