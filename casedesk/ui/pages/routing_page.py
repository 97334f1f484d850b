"""Settings › Routing Rule Sets (SPEC §1.8): the rule sets, and the editor of one set — its
name, description and ordered rule items, each with a condition (a tree of And/Or groups over
case fields and one level of related records) and an action (route to a queue, assign to a
user or a team).

`routing` is casedesk.controllers.routing, `queues` casedesk.controllers.queues (the queue
chooser), `lookups` casedesk.controllers.lookups (users and teams), `reader` the background
Reader that runs the lookups. Only the controller validates: Save sends the whole set and a
refused condition is shown at its rule item and at the condition itself. An Active set is
read-only; so is everything for users who are neither managers nor administrators.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casedesk.controllers import events
from casedesk.controllers.errors import CaseDeskError, ValidationError
from casedesk.models.options import Role, RuleAction, RuleSetState
from casedesk.ui import labels, prompts
from casedesk.ui.actions import ROUTING_COMMANDS, ActionRegistry
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message
from casedesk.ui.styles import ERROR_STYLE, NOTE_STYLE, heading_label
from casedesk.ui.widgets.lookup_edit import LookupEdit, kind_name

GROUP_STYLE = ("QFrame#%s { border: 1px solid palette(mid); border-left: 3px solid "
               "palette(highlight); border-radius: 3px; }")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY_OPERATORS = ("is_empty", "is_not_empty")
ROUTING_CHANGED = getattr(events, "ROUTING_CHANGED", "routing_changed")
QUEUES_CHANGED = getattr(events, "QUEUES_CHANGED", "queues_changed")

#: the groups of the field chooser, in order: a field path's part before the dot
FIELD_GROUPS = {
    "case": QT_TRANSLATE_NOOP("RoutingFields", "Case"),
    "customer": QT_TRANSLATE_NOOP("RoutingFields", "Customer"),
    "contact": QT_TRANSLATE_NOOP("RoutingFields", "Contact"),
    "product": QT_TRANSLATE_NOOP("RoutingFields", "Product"),
    "subject": QT_TRANSLATE_NOOP("RoutingFields", "Subject"),
    "entitlement": QT_TRANSLATE_NOOP("RoutingFields", "Entitlement"),
}
#: field path → its name (the controller's English label is the fallback)
FIELD_LABELS = {
    "number": QT_TRANSLATE_NOOP("RoutingFields", "Case Number"),
    "title": QT_TRANSLATE_NOOP("RoutingFields", "Case Title"),
    "description": QT_TRANSLATE_NOOP("RoutingFields", "Description"),
    "origin": QT_TRANSLATE_NOOP("RoutingFields", "Origin"),
    "case_type": QT_TRANSLATE_NOOP("RoutingFields", "Case Type"),
    "priority": QT_TRANSLATE_NOOP("RoutingFields", "Priority"),
    "severity": QT_TRANSLATE_NOOP("RoutingFields", "Severity"),
    "status_reason": QT_TRANSLATE_NOOP("RoutingFields", "Status Reason"),
    "is_escalated": QT_TRANSLATE_NOOP("RoutingFields", "Is Escalated"),
    "product": QT_TRANSLATE_NOOP("RoutingFields", "Product"),
    "subject": QT_TRANSLATE_NOOP("RoutingFields", "Subject"),
    "owner": QT_TRANSLATE_NOOP("RoutingFields", "Owner"),
    "customer": QT_TRANSLATE_NOOP("RoutingFields", "Customer"),
    "contact": QT_TRANSLATE_NOOP("RoutingFields", "Contact"),
    "entitlement": QT_TRANSLATE_NOOP("RoutingFields", "Entitlement"),
    "escalated_on": QT_TRANSLATE_NOOP("RoutingFields", "Escalated On"),
    "created_on": QT_TRANSLATE_NOOP("RoutingFields", "Created On"),
    "follow_up_by": QT_TRANSLATE_NOOP("RoutingFields", "Follow Up By"),
    "customer.name": QT_TRANSLATE_NOOP("RoutingFields", "Customer Name"),
    "customer.city": QT_TRANSLATE_NOOP("RoutingFields", "Customer City"),
    "customer.email": QT_TRANSLATE_NOOP("RoutingFields", "Customer E-mail"),
    "customer.country": QT_TRANSLATE_NOOP("RoutingFields", "Customer Country"),
    "contact.name": QT_TRANSLATE_NOOP("RoutingFields", "Contact Name"),
    "contact.email": QT_TRANSLATE_NOOP("RoutingFields", "Contact E-mail"),
    "product.name": QT_TRANSLATE_NOOP("RoutingFields", "Product Name"),
    "product.number": QT_TRANSLATE_NOOP("RoutingFields", "Product Number"),
    "subject.title": QT_TRANSLATE_NOOP("RoutingFields", "Subject Title"),
    "entitlement.name": QT_TRANSLATE_NOOP("RoutingFields", "Entitlement Name"),
    "entitlement.remaining_terms": QT_TRANSLATE_NOOP("RoutingFields",
                                                     "Entitlement Remaining Terms"),
}
OPERATOR_LABELS = {
    "equals": QT_TRANSLATE_NOOP("RoutingOperators", "Equals"),
    "not_equals": QT_TRANSLATE_NOOP("RoutingOperators", "Does Not Equal"),
    "contains": QT_TRANSLATE_NOOP("RoutingOperators", "Contains"),
    "begins_with": QT_TRANSLATE_NOOP("RoutingOperators", "Begins With"),
    "is_empty": QT_TRANSLATE_NOOP("RoutingOperators", "Is Empty"),
    "is_not_empty": QT_TRANSLATE_NOOP("RoutingOperators", "Is Not Empty"),
    "greater_than": QT_TRANSLATE_NOOP("RoutingOperators", "Greater Than"),
    "less_than": QT_TRANSLATE_NOOP("RoutingOperators", "Less Than"),
    "in_list": QT_TRANSLATE_NOOP("RoutingOperators", "In List"),
}
#: the operators of a field type, when the controller does not say
TYPE_OPERATORS = {
    "text": ("equals", "not_equals", "contains", "begins_with", "is_empty", "is_not_empty",
             "in_list"),
    "number": ("equals", "not_equals", "greater_than", "less_than", "is_empty", "is_not_empty",
               "in_list"),
    "date": ("equals", "not_equals", "greater_than", "less_than", "is_empty", "is_not_empty"),
    "option": ("equals", "not_equals", "is_empty", "is_not_empty", "in_list"),
    "bool": ("equals", "not_equals"),
    "record": ("equals", "not_equals", "is_empty", "is_not_empty"),
}
#: option fields whose values the app already names (labels.py)
OPTION_NAMERS = {
    "priority": labels.priority, "origin": labels.origin, "case_type": labels.case_type,
    "severity": labels.severity, "status_reason": labels.status_reason,
}


def field_label(path: str, spec=None) -> str:
    source = FIELD_LABELS.get(path)
    if source:
        return QCoreApplication.translate("RoutingFields", source)
    return getattr(spec, "label", None) or path


def operator_label(operator: str) -> str:
    source = OPERATOR_LABELS.get(operator)
    return QCoreApplication.translate("RoutingOperators", source) if source else operator


def group_of(path: str) -> str:
    return path.split(".", 1)[0] if "." in path else "case"


def option_values(spec) -> list[tuple[object, str, bool]]:
    """(value, stored label, built in) of an option field's active values, in order."""
    options = getattr(spec, "options", None)
    if isinstance(options, str):  # an option set: the administrator may have added values
        from casedesk.controllers.admin import option_labels

        return [(value, label, bool(builtin)) for value, label, builtin, _state
                in option_labels(options)]
    if isinstance(options, dict):
        return [(value, str(label), False) for value, label in options.items()]
    return [(o[0], str(o[1]), False) if isinstance(o, (tuple, list)) else (o, str(o), False)
            for o in options or ()]


def _option_pairs(path: str, values) -> list[tuple[object, str]]:
    """(value, shown name): built-in values translated, the administrator's own as stored."""
    namer = OPTION_NAMERS.get(path)
    return [(value, namer(value) if namer is not None and builtin else label)
            for value, label, builtin in values]


def _number_text(value) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return QLocale().toString(int(value))
    if isinstance(value, float):
        return QLocale().toString(value, "g", 15)
    return str(value)


def _parse_number(text: str):
    """A number typed in the locale (or with a dot); the text itself when it is none, so that
    the controller names it (bad value)."""
    text = text.strip()
    if not text:
        return None
    number, ok = QLocale().toDouble(text)
    if not ok:
        try:
            number = float(text.replace(" ", "").replace("\u00a0", ""))
        except ValueError:
            return text
    return int(number) if float(number).is_integer() else number


@dataclass
class ConditionContext:
    """What the condition editor needs from the page: the fields, their operators, the
    lookups of record fields and the reader they run on."""

    fields: dict
    operators_for: Callable[[str, object], tuple]
    search_for: Callable[[str], Callable | None]
    reader: object
    window: QWidget | None = None
    record_name: Callable[[str, int], str | None] | None = None


# -- value editors ---------------------------------------------------------------------------
# Each has value(), set_value(v), set_read_only(b) and the signal `edited`.

class TextValue(QLineEdit):
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionTextValue")
        self.setMaxLength(400)
        self.textEdited.connect(lambda _t: self.edited.emit())
        self.retranslate_ui()

    def value(self):
        return self.text()

    def set_value(self, value) -> None:
        self.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Value"))
        self.setPlaceholderText(self.tr("Text"))


class NumberValue(QLineEdit):
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionNumberValue")
        self.setMaxLength(40)
        self.textEdited.connect(lambda _t: self.edited.emit())
        self.retranslate_ui()

    def value(self):
        return _parse_number(self.text())

    def set_value(self, value) -> None:
        self.setText(_number_text(value) if isinstance(value, (int, float)) else
                     ("" if value is None else str(value)))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Value (a number)"))
        self.setPlaceholderText(self.tr("A number"))


class DateValue(QDateEdit):
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionDateValue")
        self.setCalendarPopup(True)
        self.setDate(QDate.currentDate())
        self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.dateChanged.connect(lambda _d: self.edited.emit())
        self.retranslate_ui()

    def value(self):
        return self.date().toString(Qt.DateFormat.ISODate)

    def set_value(self, value) -> None:
        date = QDate.fromString(str(value or "")[:10], Qt.DateFormat.ISODate)
        self.setDate(date if date.isValid() else QDate.currentDate())

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Value (a date)"))


class OptionValue(QComboBox):
    """One of an option field's values (or Yes/No)."""

    edited = Signal()

    def __init__(self, path: str, spec, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionOptionValue")
        self._path = path
        self._bool = getattr(spec, "type", "") == "bool"
        self._values = [] if self._bool else option_values(spec)
        if self._bool:
            self.addItem("", True)
            self.addItem("", False)
        else:
            for value, _shown in _option_pairs(path, self._values):
                self.addItem("", value)
        self.activated.connect(lambda _i: self.edited.emit())
        self.retranslate_ui()

    def value(self):
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value) -> None:
        index = next((i for i in range(self.count()) if self.itemData(i) == value), -1)
        self.setCurrentIndex(index if index >= 0 else (0 if value is None else -1))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self._bool:
            self.setItemText(0, self.tr("Yes"))
            self.setItemText(1, self.tr("No"))
        else:
            for i, (_value, shown) in enumerate(_option_pairs(self._path, self._values)):
                self.setItemText(i, shown)
        self.setAccessibleName(self.tr("Value"))


class OptionListValue(QListWidget):
    """In List for an option field: the values, each with a check box (Space checks)."""

    edited = Signal()

    def __init__(self, path: str, spec, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionOptionListValue")
        self._path = path
        self._values = option_values(spec)
        for value, _shown in _option_pairs(path, self._values):
            item = QListWidgetItem(self)
            item.setData(ID_ROLE, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = min(max(self.count(), 1), 5)
        self.setFixedHeight(rows * (self.fontMetrics().height() + 6) + 2 * self.frameWidth())
        self.itemChanged.connect(lambda _i: self.edited.emit())
        self.retranslate_ui()

    def value(self):
        return [self.item(i).data(ID_ROLE) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, value) -> None:
        chosen = list(value) if isinstance(value, (list, tuple)) else []
        self.blockSignals(True)
        for i in range(self.count()):
            self.item(i).setCheckState(Qt.CheckState.Checked
                                       if self.item(i).data(ID_ROLE) in chosen
                                       else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        self.blockSignals(True)  # not an edit
        for i in range(self.count()):
            self.item(i).setFlags(flags)
        self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for i, (_value, shown) in enumerate(_option_pairs(self._path, self._values)):
            self.item(i).setText(shown)
        self.setAccessibleName(self.tr("Values (check one or more)"))


class TextListValue(QLineEdit):
    """In List for text and number fields: several values, separated by semicolons."""

    edited = Signal()

    def __init__(self, numbers: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionListValue")
        self._numbers = numbers
        self.textEdited.connect(lambda _t: self.edited.emit())
        self.retranslate_ui()

    def value(self):
        parts = [p.strip() for p in self.text().split(";") if p.strip()]
        return [_parse_number(p) for p in parts] if self._numbers else parts

    def set_value(self, value) -> None:
        values = list(value) if isinstance(value, (list, tuple)) else (
            [] if value in (None, "") else [value])
        shown = [_number_text(v) if self._numbers and isinstance(v, (int, float)) else str(v)
                 for v in values]
        self.setText("; ".join(shown))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Values, separated by semicolons"))
        self.setPlaceholderText(self.tr("Values separated by ;"))


class RecordValue(LookupEdit):
    """A record (customer, contact, product, subject, owner): the value is
    {"kind": …, "id": …} of the chosen record. `namer(kind, id)` names a stored one."""

    edited = Signal()

    def __init__(self, search, reader, window=None, namer=None, parent=None) -> None:
        super().__init__(search, reader, window=window, kind_label=kind_name, parent=parent)
        self.setObjectName("conditionRecordValue")
        self._namer = namer
        self.item_changed.connect(lambda _i: self.edited.emit())

    def value(self):
        item = self.item()
        return None if item is None else {"kind": item.kind, "id": item.id}

    def set_value(self, value) -> None:
        from casedesk.controllers.lookups import LookupItem

        if isinstance(value, dict) and isinstance(value.get("id"), int):
            kind, record_id = value.get("kind"), value["id"]
            name = self._namer(kind, record_id) if self._namer is not None else None
            self.set_item(LookupItem(kind, record_id,
                                     name or f"{kind_name(kind)} #{record_id}"))
        else:
            self.set_item(None)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setAccessibleName(self.tr("Value (a record: type and press Enter)"))


class NoValue(QLabel):
    """Is Empty / Is Not Empty: nothing to give."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionNoValue")
        self.retranslate_ui()

    def value(self):
        return None

    def set_value(self, value) -> None:
        pass

    def set_read_only(self, read_only: bool) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("No value needed"))


# -- the condition tree ----------------------------------------------------------------------

class FieldCombo(QComboBox):
    """The fields, under their group's heading (case, customer, contact, …)."""

    def __init__(self, context: ConditionContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionField")
        self._context = context
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        model = QStandardItemModel(self)
        for group in FIELD_GROUPS:
            paths = [p for p in context.fields if group_of(p) == group]
            if not paths:
                continue
            heading = QStandardItem()
            heading.setData(("group", group), ID_ROLE)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            model.appendRow(heading)
            for path in paths:
                item = QStandardItem()
                item.setData(path, ID_ROLE)
                model.appendRow(item)
        others = [p for p in context.fields if group_of(p) not in FIELD_GROUPS]
        for path in others:
            item = QStandardItem()
            item.setData(path, ID_ROLE)
            model.appendRow(item)
        self.setModel(model)
        self.retranslate_ui()

    def path(self) -> str | None:
        data = self.currentData(ID_ROLE)
        return data if isinstance(data, str) else None

    def set_path(self, path: str | None) -> None:
        index = self.findData(path, ID_ROLE) if path else -1
        if index < 0 and path:  # a field this version does not know: keep it, shown as is
            item = QStandardItem(path)
            item.setData(path, ID_ROLE)
            self.model().appendRow(item)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            item = model.item(row)
            data = item.data(ID_ROLE)
            if isinstance(data, tuple):
                item.setText(QCoreApplication.translate("RoutingFields",
                                                        FIELD_GROUPS[data[1]]))
            else:
                shown = field_label(data, self._context.fields.get(data))
                item.setText(shown)
                item.setData(shown, Qt.ItemDataRole.AccessibleTextRole)
        self.setAccessibleName(self.tr("Field"))


class ConditionRow(QWidget):
    """One condition: field, operator, value, remove; an error under it when refused."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, context: ConditionContext, leaf: dict | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionRow")
        self._context = context
        self._read_only = False
        self._value_key = None
        self.field_combo = FieldCombo(context)
        self.operator_combo = QComboBox(objectName="conditionOperator")
        self.operator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.value_editor = NoValue()
        self.remove_button = QToolButton(objectName="conditionRemove")
        self.remove_button.setIcon(icon("remove"))
        self.error_label = QLabel(objectName="conditionError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._error_text: Callable[[], str] | None = None

        self.line = QHBoxLayout()
        self.line.setContentsMargins(0, 0, 0, 0)
        self.line.setSpacing(4)
        self.line.addWidget(self.field_combo)
        self.line.addWidget(self.operator_combo)
        self.line.addWidget(self.value_editor, 1)
        self.line.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.line)
        layout.addWidget(self.error_label)

        leaf = leaf or {}
        first = next(iter(context.fields), None)
        self.field_combo.set_path(leaf.get("field") or first)
        self._fill_operators(leaf.get("operator"))
        self._rebuild_value(leaf.get("value"))
        self.field_combo.activated.connect(lambda _i: self._field_changed())
        self.operator_combo.activated.connect(lambda _i: self._operator_changed())
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate_ui()

    # -- state

    def spec(self):
        return self._context.fields.get(self.field_combo.path() or "")

    def field_type(self) -> str:
        return getattr(self.spec(), "type", "text")

    def operator(self) -> str | None:
        return self.operator_combo.currentData()

    def condition(self) -> dict:
        return {"field": self.field_combo.path(), "operator": self.operator(),
                "value": self.value_editor.value()}

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.field_combo.setEnabled(not read_only)
        self.operator_combo.setEnabled(not read_only)
        self.value_editor.set_read_only(read_only)
        self.remove_button.setVisible(not read_only)

    def set_error(self, text_fn: Callable[[], str] | None) -> None:
        self._error_text = text_fn
        self._render_error()

    def error_text(self) -> str:
        return self._error_text() if self._error_text else ""

    def _render_error(self) -> None:
        text = self.error_text()
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        for widget in (self.field_combo, self.operator_combo, self.value_editor):
            widget.setAccessibleDescription(text)

    # -- editing

    def _fill_operators(self, wanted: str | None) -> None:
        path = self.field_combo.path() or ""
        operators = self._context.operators_for(path, self.spec())
        self.operator_combo.clear()
        for operator in operators:
            self.operator_combo.addItem(operator_label(operator), operator)
        if wanted and wanted not in operators:  # stored but no longer fitting: shown, refused
            self.operator_combo.addItem(operator_label(wanted), wanted)
        index = self.operator_combo.findData(wanted) if wanted else -1
        self.operator_combo.setCurrentIndex(max(0, index))

    def _value_kind(self) -> tuple:
        operator = self.operator()
        path = self.field_combo.path()
        if operator in EMPTY_OPERATORS:
            return ("none",)
        return (path, self.field_type(), operator == "in_list")

    def _rebuild_value(self, value=None, keep: bool = False) -> None:
        kind = self._value_kind()
        if keep and kind == self._value_key:
            return
        old = self.value_editor
        kept = old.value() if keep else value
        editor = self._make_value_editor(kind)
        editor.set_value(kept)
        editor.edited.connect(self._value_edited)
        editor.set_read_only(self._read_only)
        self.line.replaceWidget(old, editor)
        self.line.setStretchFactor(editor, 1)
        editor.show()  # now, not when the event loop gets to it: it may take the focus
        old.hide()
        old.deleteLater()
        self.value_editor = editor
        self._value_key = kind
        QWidget.setTabOrder(self.operator_combo, editor)
        QWidget.setTabOrder(editor, self.remove_button)
        self._render_error()

    def _make_value_editor(self, kind: tuple) -> QWidget:
        if kind == ("none",):
            return NoValue()
        path, ftype, in_list = kind
        spec = self._context.fields.get(path or "")
        if ftype in ("option", "bool"):
            return OptionListValue(path, spec) if in_list and ftype == "option" \
                else OptionValue(path, spec)
        if in_list:
            return TextListValue(ftype == "number")
        if ftype == "number":
            return NumberValue()
        if ftype == "date":
            return DateValue()
        if ftype == "record":
            search = self._context.search_for(path or "")
            if search is not None:
                return RecordValue(search, self._context.reader, self._context.window,
                                   self._context.record_name)
        return TextValue()

    def _field_changed(self) -> None:
        self._fill_operators(self.operator())
        old_kind = self._value_key
        kind = self._value_kind()
        same_type = (old_kind and kind and len(old_kind) == 3 and len(kind) == 3
                     and old_kind[1] == kind[1] and kind[1] in ("text", "number", "date"))
        self._rebuild_value(self.value_editor.value() if same_type else None)
        self.set_error(None)
        self.changed.emit()

    def _operator_changed(self) -> None:
        self._rebuild_value(keep=True)
        self.set_error(None)
        self.changed.emit()

    def _value_edited(self) -> None:
        if self._error_text is not None:
            self.set_error(None)
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for i in range(self.operator_combo.count()):
            self.operator_combo.setItemText(i, operator_label(self.operator_combo.itemData(i)))
        self.operator_combo.setAccessibleName(self.tr("Operator"))
        self.remove_button.setToolTip(self.tr("Remove this condition"))
        self.remove_button.setAccessibleName(self.tr("Remove condition"))
        self.error_label.setAccessibleName(self.tr("Condition error"))
        self.setAccessibleName(self.tr("Condition"))
        self._render_error()


class ConditionGroup(QFrame):
    """An And/Or group: its conditions and groups, with Add Condition, Add Group and (but for
    the outermost group) Remove Group."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, context: ConditionContext, group: dict | None = None, *,
                 depth: int = 0, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self.depth = depth
        self._read_only = False
        name = "conditionGroup" if depth else "conditionRoot"
        self.setObjectName(name)
        self.setStyleSheet(GROUP_STYLE % name)
        self.op_combo = QComboBox(objectName="conditionGroupOperator")
        self.op_combo.addItem("", "and")
        self.op_combo.addItem("", "or")
        self.op_caption = QLabel(objectName="conditionGroupCaption")
        self.op_caption.setBuddy(self.op_combo)
        self.add_condition_button = QPushButton(objectName="conditionAddCondition")
        self.add_condition_button.setIcon(icon("add"))
        self.add_group_button = QPushButton(objectName="conditionAddGroup")
        self.add_group_button.setIcon(icon("add"))
        self.remove_button = QPushButton(objectName="conditionRemoveGroup")
        self.remove_button.setIcon(icon("remove"))
        self.remove_button.setVisible(depth > 0)
        self.empty_label = QLabel(objectName="conditionGroupEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.op_caption)
        header.addWidget(self.op_combo)
        header.addStretch(1)
        header.addWidget(self.add_condition_button)
        header.addWidget(self.add_group_button)
        header.addWidget(self.remove_button)
        self.children_layout = QVBoxLayout()
        self.children_layout.setSpacing(6)
        self.children_layout.setContentsMargins(16, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.children_layout)
        self.members: list[QWidget] = []

        group = group or {"op": "and", "items": []}
        self.op_combo.setCurrentIndex(1 if group.get("op") == "or" else 0)
        for child in group.get("items", ()):
            self._add(child)
        self.op_combo.activated.connect(lambda _i: self._op_changed())
        self.add_condition_button.clicked.connect(lambda: self.add_condition(focus=True))
        self.add_group_button.clicked.connect(lambda: self.add_group(focus=True))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate_ui()
        self._update_empty()

    def _add(self, child: dict) -> QWidget:
        if isinstance(child, dict) and "items" in child:
            widget = ConditionGroup(self._context, child, depth=self.depth + 1)
        else:
            widget = ConditionRow(self._context, child)
        widget.changed.connect(self.changed)
        widget.remove_requested.connect(self._remove)
        widget.set_read_only(self._read_only)
        self.children_layout.addWidget(widget)
        widget.show()  # now, not when the event loop gets to it: it may take the focus
        self.members.append(widget)
        self._update_empty()
        return widget

    def add_condition(self, leaf: dict | None = None, focus: bool = False) -> ConditionRow:
        row = self._add(leaf or {})
        if focus:
            row.field_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return row

    def add_group(self, group: dict | None = None, focus: bool = False) -> ConditionGroup:
        group = group or {"op": "or" if self.op() == "and" else "and", "items": [{}]}
        widget = self._add(group)
        if focus:
            widget.op_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return widget

    def _remove(self, widget: QWidget) -> None:
        if widget not in self.members:
            return
        index = self.members.index(widget)
        self.members.remove(widget)
        self.children_layout.removeWidget(widget)
        widget.hide()
        widget.deleteLater()
        self._update_empty()
        # the keyboard goes on to the neighbour (or to this group's commands)
        if self.members:
            neighbour = self.members[min(index, len(self.members) - 1)]
            target = neighbour.field_combo if isinstance(neighbour, ConditionRow) \
                else neighbour.op_combo
        else:
            target = self.add_condition_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def op(self) -> str:
        return self.op_combo.currentData()

    def condition(self) -> dict:
        return {"op": self.op(), "items": [m.condition() for m in self.members]}

    def rows(self) -> list[ConditionRow]:
        """Every condition in this group and the groups within, top to bottom."""
        result = []
        for member in self.members:
            result.extend(member.rows() if isinstance(member, ConditionGroup) else [member])
        return result

    def groups(self) -> list[ConditionGroup]:
        result = [self]
        for member in self.members:
            if isinstance(member, ConditionGroup):
                result.extend(member.groups())
        return result

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.op_combo.setEnabled(not read_only)
        for button in (self.add_condition_button, self.add_group_button):
            button.setVisible(not read_only)
        self.remove_button.setVisible(self.depth > 0 and not read_only)
        for member in self.members:
            member.set_read_only(read_only)

    def _op_changed(self) -> None:
        self._update_empty()
        self.changed.emit()

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self.members)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.op_combo.setItemText(0, self.tr("And: all of these hold"))
        self.op_combo.setItemText(1, self.tr("Or: any of these holds"))
        self.op_combo.setAccessibleName(self.tr("Group type: And or Or"))
        self.op_caption.setText(self.tr("&Group:") if self.depth == 0 else self.tr("Group:"))
        self.op_caption.setAccessibleName(self.tr("Group"))
        self.add_condition_button.setText(self.tr("Add Condition"))
        self.add_condition_button.setAccessibleName(self.tr("Add a condition to this group"))
        self.add_group_button.setText(self.tr("Add Group"))
        self.add_group_button.setAccessibleName(self.tr("Add a group inside this group"))
        self.remove_button.setText(self.tr("Remove Group"))
        self.remove_button.setAccessibleName(self.tr("Remove this group"))
        self.empty_label.setText(
            self.tr("No conditions: the rule item applies to every case.") if self.depth == 0
            else self.tr("An empty group: add a condition or remove it."))
        self.empty_label.setAccessibleName(self.tr("Empty group"))
        self.setAccessibleName(self.tr("Condition group"))


class ConditionEditor(QWidget):
    """The condition of a rule item: one outermost And/Or group."""

    changed = Signal()

    def __init__(self, context: ConditionContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionEditor")
        self._context = context
        self._read_only = False
        self.root = ConditionGroup(context)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.root)
        self.root.changed.connect(self.changed)
        self.retranslate_ui()

    def set_condition(self, condition: dict | None) -> None:
        old = self.root
        self.root = ConditionGroup(self._context, condition or {"op": "and", "items": []})
        self.root.set_read_only(self._read_only)
        self.root.changed.connect(self.changed)
        self._layout.replaceWidget(old, self.root)
        self.root.show()
        old.hide()
        old.deleteLater()

    def condition(self) -> dict:
        return self.root.condition()

    def rows(self) -> list[ConditionRow]:
        return self.root.rows()

    def groups(self) -> list[ConditionGroup]:
        return self.root.groups()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.root.set_read_only(read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Condition"))


# -- the page --------------------------------------------------------------------------------

def _blank_condition() -> dict:
    return {"op": "and", "items": []}


def _fields_dict(item) -> dict:
    """A rule item as plain data (to compare and to copy)."""
    return {"name": item.name, "condition": copy.deepcopy(item.condition),
            "action": int(item.action), "target_queue_id": item.target_queue_id,
            "target_user_id": item.target_user_id, "target_team_id": item.target_team_id}


class RoutingPage(QWidget):
    """Settings › Routing Rule Sets. The main window asks `confirm_leave()` (or
    `has_changes()` and `save()`) before it shows another page or closes."""

    status_message = Signal(str)
    saved = Signal()
    #: True when there are unsaved changes, False when there are none again
    modified_changed = Signal(bool)

    def __init__(self, session, routing, queues, lookups, reader, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_routing")
        self._session = session
        self._routing = routing
        self._queues = queues
        self._lookups = lookups
        self._reader = reader
        can_manage = getattr(routing, "can_manage", None)
        self.may_edit = (can_manage(session) if can_manage is not None else
                         session.has_role(Role.MANAGER) or session.has_role(Role.ADMINISTRATOR))
        self._rule_set_id: int | None = None
        self._state = int(RuleSetState.DRAFT)
        self._version: int | None = None
        self._saved: dict = self._empty_data()
        self._items: list[dict] = []
        self._current_item = -1
        self._filling = False
        self._modified = False
        self._applied_read_only: bool | None = None
        self._error: Callable[[], str] | None = None
        self._name_error: Callable[[], str] | None = None
        self._item_errors: dict[int, Callable[[], str]] = {}
        self._queue_rows: list = []

        # record fields without a lookup to choose their value (entitlement) are left out:
        # their related fields (entitlement.name) cover them
        fields = {path: spec for path, spec in (getattr(routing, "FIELDS", {}) or {}).items()
                  if getattr(spec, "type", "") != "record" or self._search_for(path)}
        self._target_names: dict[tuple[int, int], str] = {}
        self.context = ConditionContext(
            fields=fields, operators_for=self._operators_for, search_for=self._search_for,
            reader=reader, record_name=self._record_name)

        self.actions = ActionRegistry(self)
        self.new_action = self.actions["new_rule_set"]
        self.save_action = self.actions["save_settings"]
        self.revert_action = self.actions["revert_settings"]
        self.activate_action = self.actions["activate_rule_set"]
        self.deactivate_action = self.actions["deactivate_rule_set"]
        self.delete_action = self.actions["delete_rule_set"]
        self.refresh_action = self.actions["refresh"]
        self.command_bar = QToolBar(objectName="routingCommandBar")
        self.command_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.command_bar, ROUTING_COMMANDS)

        # the rule sets
        self.sets_caption = QLabel(objectName="routingSetsCaption")
        self.sets_list = QTreeWidget(objectName="routingSetsList")
        self.sets_list.setRootIsDecorated(False)
        self.sets_list.setColumnCount(3)
        self.sets_list.setUniformRowHeights(True)
        self.sets_list.setAlternatingRowColors(True)
        self.sets_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.sets_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sets_caption.setBuddy(self.sets_list)
        left = QWidget(objectName="routingSetsPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 4, 4, 8)
        left_layout.addWidget(self.sets_caption)
        left_layout.addWidget(self.sets_list, 1)

        # the editor
        self.heading = heading_label("routingHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_note = QLabel(objectName="routingReadOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.hide()
        self.error_label = QLabel(objectName="routingError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.name_edit = QLineEdit(objectName="routingName")
        self.name_edit.setMaxLength(160)
        self.name_error = QLabel(objectName="routingNameError")
        self.name_error.setStyleSheet(ERROR_STYLE)
        self.name_error.setWordWrap(True)
        self.name_error.hide()
        name_cell = QWidget(objectName="routingNameCell")
        name_layout = QVBoxLayout(name_cell)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.setSpacing(2)
        name_layout.addWidget(self.name_edit)
        name_layout.addWidget(self.name_error)
        self.description_edit = QPlainTextEdit(objectName="routingDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().height() * 3
                                             + 12)
        self.name_caption = QLabel(objectName="routingNameCaption")
        self.name_caption.setBuddy(self.name_edit)
        self.description_caption = QLabel(objectName="routingDescriptionCaption")
        self.description_caption.setBuddy(self.description_edit)
        set_form = QFormLayout()
        set_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        set_form.addRow(self.name_caption, name_cell)
        set_form.addRow(self.description_caption, self.description_edit)

        self.items_caption = QLabel(objectName="routingItemsCaption")
        self.items_list = QListWidget(objectName="routingItemsList")
        self.items_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_list.setMaximumHeight(self.items_list.fontMetrics().height() * 7 + 12)
        self.items_list.setSizePolicy(QSizePolicy.Policy.Expanding,
                                      QSizePolicy.Policy.Preferred)
        self.items_caption.setBuddy(self.items_list)
        self.add_item_button = QPushButton(objectName="routingAddItem")
        self.add_item_button.setIcon(icon("add"))
        self.remove_item_button = QPushButton(objectName="routingRemoveItem")
        self.remove_item_button.setIcon(icon("remove"))
        self.up_button = QPushButton(objectName="routingMoveUp")
        self.up_button.setIcon(icon("move_up"))
        self.down_button = QPushButton(objectName="routingMoveDown")
        self.down_button.setIcon(icon("move_down"))
        item_buttons = QVBoxLayout()
        item_buttons.setSpacing(4)
        for button in (self.add_item_button, self.remove_item_button, self.up_button,
                       self.down_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        items_row = QHBoxLayout()
        items_row.addWidget(self.items_list, 1)
        items_row.addLayout(item_buttons)

        # the selected rule item
        self.item_box = QGroupBox(objectName="routingItemBox")
        self.item_error = QLabel(objectName="routingItemError")
        self.item_error.setWordWrap(True)
        self.item_error.setStyleSheet(ERROR_STYLE)
        self.item_error.hide()
        self.item_name_edit = QLineEdit(objectName="routingItemName")
        self.item_name_edit.setMaxLength(160)
        self.item_name_caption = QLabel(objectName="routingItemNameCaption")
        self.item_name_caption.setBuddy(self.item_name_edit)
        self.condition_caption = QLabel(objectName="routingConditionCaption")
        self.condition_editor = ConditionEditor(self.context)
        self.action_combo = QComboBox(objectName="routingAction")
        for value in (RuleAction.ROUTE_TO_QUEUE, RuleAction.ASSIGN_TO_USER,
                      RuleAction.ASSIGN_TO_TEAM):
            self.action_combo.addItem("", int(value))
        self.action_caption = QLabel(objectName="routingActionCaption")
        self.action_caption.setBuddy(self.action_combo)
        self.queue_combo = QComboBox(objectName="routingTargetQueue")
        self.queue_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.user_lookup = LookupEdit(self._search_users, reader, kind_label=kind_name)
        self.user_lookup.setObjectName("routingTargetUser")
        self.team_lookup = LookupEdit(self._search_teams, reader, kind_label=kind_name)
        self.team_lookup.setObjectName("routingTargetTeam")
        self.target_caption = QLabel(objectName="routingTargetCaption")
        target_cell = QWidget(objectName="routingTargetCell")
        target_layout = QHBoxLayout(target_cell)
        target_layout.setContentsMargins(0, 0, 0, 0)
        target_layout.addWidget(self.queue_combo, 1)
        target_layout.addWidget(self.user_lookup, 1)
        target_layout.addWidget(self.team_lookup, 1)
        item_form = QFormLayout()
        item_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        item_form.addRow(self.item_name_caption, self.item_name_edit)
        item_form.addRow(self.action_caption, self.action_combo)
        item_form.addRow(self.target_caption, target_cell)
        item_layout = QVBoxLayout(self.item_box)
        item_layout.addWidget(self.item_error)
        item_layout.addLayout(item_form)
        item_layout.addWidget(self.condition_caption)
        item_layout.addWidget(self.condition_editor)
        self.no_item_label = QLabel(objectName="routingNoItem")
        self.no_item_label.setWordWrap(True)
        self.no_item_label.setEnabled(False)

        editor = QWidget(objectName="routingEditor")
        body = QVBoxLayout(editor)
        body.setContentsMargins(8, 4, 8, 8)
        body.setSpacing(8)
        body.addWidget(self.heading)
        body.addWidget(self.read_only_note)
        body.addWidget(self.error_label)
        body.addLayout(set_form)
        body.addWidget(self.items_caption)
        body.addLayout(items_row)
        body.addWidget(self.no_item_label)
        body.addWidget(self.item_box)
        body.addStretch(1)
        self.scroll = QScrollArea(objectName="routingEditorScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(editor)
        self.context.window = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="routingSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 720])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.command_bar)
        layout.addWidget(self.splitter, 1)

        self._connect_signals()
        self.retranslate_ui()
        self._reload_queues()
        self.reload()

    def _connect_signals(self) -> None:
        self.sets_list.currentItemChanged.connect(self._set_chosen)
        self.name_edit.textEdited.connect(self._name_edited)
        self.description_edit.textChanged.connect(self._edited)
        self.items_list.currentRowChanged.connect(self._item_chosen)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.item_name_edit.textEdited.connect(self._item_name_edited)
        self.condition_editor.changed.connect(self._item_edited)
        self.action_combo.activated.connect(self._action_changed)
        self.queue_combo.activated.connect(lambda _i: self._item_edited())
        self.user_lookup.item_changed.connect(lambda _i: self._item_edited())
        self.team_lookup.item_changed.connect(lambda _i: self._item_edited())
        self.new_action.triggered.connect(self._when_shown(self.new_rule_set))
        self.save_action.triggered.connect(self._when_shown(self.save))
        self.revert_action.triggered.connect(self._when_shown(self.revert))
        self.activate_action.triggered.connect(self._when_shown(self.activate))
        self.deactivate_action.triggered.connect(self._when_shown(self.deactivate))
        self.delete_action.triggered.connect(self._when_shown(self.delete))
        self.refresh_action.triggered.connect(self._when_shown(self._refresh))
        bus = self._session.events
        bus.subscribe(ROUTING_CHANGED, self._routing_changed)
        bus.subscribe(QUEUES_CHANGED, self._queues_changed)
        self.destroyed.connect(lambda *_: (bus.unsubscribe(ROUTING_CHANGED,
                                                           self._routing_changed),
                                           bus.unsubscribe(QUEUES_CHANGED,
                                                           self._queues_changed)))

    def _when_shown(self, slot):
        def run(*_args) -> None:
            if self.isVisible():
                slot()
        return run

    # -- what the condition editor asks ----------------------------------------------------

    def _operators_for(self, path: str, spec) -> tuple:
        ftype = getattr(spec, "type", "text")
        ask = getattr(self._routing, "operators_for", None)
        if ask is not None and spec is not None:
            return tuple(ask(path))
        table = getattr(self._routing, "OPERATORS_BY_TYPE", None)
        if isinstance(table, dict) and ftype in table:
            return tuple(table[ftype])
        return tuple(o for o in TYPE_OPERATORS.get(ftype, TYPE_OPERATORS["text"])
                     if o in getattr(self._routing, "OPERATORS", OPERATOR_LABELS))

    def _search_for(self, path: str):
        lookups = self._lookups
        return {"customer": getattr(lookups, "search_customers", None),
                "contact": getattr(lookups, "search_contacts", None),
                "product": getattr(lookups, "search_products", None),
                "subject": getattr(lookups, "search_subjects", None),
                "owner": getattr(lookups, "search_owners", None)}.get(path)

    def _record_name(self, kind: str, record_id: int) -> str | None:
        namer = getattr(self._routing, "record_name", None)
        if namer is None:
            return None
        try:
            return namer(kind, record_id)
        except CaseDeskError:
            return None

    def _search_users(self, text: str):
        return [i for i in self._lookups.search_owners(text, 30) if i.kind == "user"][:10]

    def _search_teams(self, text: str):
        return [i for i in self._lookups.search_owners(text, 30) if i.kind == "team"][:10]

    # -- reading ---------------------------------------------------------------------------

    def _empty_data(self) -> dict:
        return {"name": "", "description": "", "items": []}

    def reload(self, select_id: int | None = None) -> None:
        """Show the stored rule sets and the chosen one (unsaved changes are dropped)."""
        rows = self._routing.list_rule_sets()
        wanted = select_id if select_id is not None else self._rule_set_id
        self._filling = True
        try:
            self.sets_list.clear()
            for row in rows:
                rule_set_id, name, state, count = tuple(row)[:4]
                item = QTreeWidgetItem(self.sets_list, [name, "", str(count)])
                item.setData(0, ID_ROLE, rule_set_id)
                item.setData(1, ID_ROLE, int(state))
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                if int(state) == RuleSetState.ACTIVE:
                    font = item.font(0)
                    font.setBold(True)
                    item.setFont(0, font)
            self._retranslate_sets()
            target = self._set_item(wanted) if wanted is not None else None
            if target is None and wanted is None and self.sets_list.topLevelItemCount():
                target = self.sets_list.topLevelItem(0)
            if target is not None:
                self.sets_list.setCurrentItem(target)
        finally:
            self._filling = False
        if target is not None:
            self._load(target.data(0, ID_ROLE))
        elif self._rule_set_id is not None or wanted is not None:
            self._show_new()
        else:
            self._show_new()

    def _set_item(self, rule_set_id) -> QTreeWidgetItem | None:
        for i in range(self.sets_list.topLevelItemCount()):
            item = self.sets_list.topLevelItem(i)
            if item.data(0, ID_ROLE) == rule_set_id:
                return item
        return None

    def _load(self, rule_set_id: int) -> None:
        try:
            fields, state, version = self._routing.get_rule_set(rule_set_id)
        except CaseDeskError as exc:
            self._set_error(lambda e=exc: error_message(e))
            return
        self._rule_set_id = rule_set_id
        self._state = int(state)
        self._version = version
        lister = getattr(self._routing, "list_rule_items", None)
        if lister is not None:
            try:
                self._target_names.update({(int(r.action), r.target_id): r.target
                                           for r in lister(rule_set_id)
                                           if r.target_id is not None and r.target})
            except CaseDeskError:
                pass
        data = {"name": fields.name or "", "description": fields.description or "",
                "items": [_fields_dict(item) for item in fields.items]}
        self._show(data)

    def _show_new(self) -> None:
        self._rule_set_id = None
        self._state = int(RuleSetState.DRAFT)
        self._version = None
        self._filling = True
        self.sets_list.setCurrentItem(None)
        self.sets_list.clearSelection()
        self._filling = False
        self._show(self._empty_data())

    def _show(self, data: dict) -> None:
        self._saved = copy.deepcopy(data)
        self._filling = True
        try:
            self.name_edit.setText(data["name"])
            self.description_edit.setPlainText(data["description"])
            self._items = copy.deepcopy(data["items"])
            self._current_item = -1
            self._name_error = None
            self._item_errors.clear()
            self._error = None
            self._fill_items_list()
            self.items_list.setCurrentRow(0 if self._items else -1)
            self._show_item(0 if self._items else -1)
        finally:
            self._filling = False
        self._render_errors()
        self._retranslate_editor()
        self._update_state()

    def _fill_items_list(self) -> None:
        was = self._filling
        self._filling = True
        try:
            row = self.items_list.currentRow()
            self.items_list.clear()
            for _item in self._items:
                entry = QListWidgetItem(self.items_list)
                entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self._retranslate_items_list()
            if 0 <= row < len(self._items):
                self.items_list.setCurrentRow(row)
        finally:
            self._filling = was

    def _reload_queues(self) -> None:
        try:
            self._queue_rows = list(self._queues.list_queues())
        except CaseDeskError:
            self._queue_rows = []
        current = self.queue_combo.currentData()
        self.queue_combo.blockSignals(True)
        self.queue_combo.clear()
        self.queue_combo.addItem("", None)
        for row in self._queue_rows:
            self.queue_combo.addItem(icon("kind_queue"), row.name, row.id)
        self.queue_combo.setCurrentIndex(max(0, self.queue_combo.findData(current)))
        self.queue_combo.blockSignals(False)
        self._retranslate_queue_combo()

    # -- the selected rule item ------------------------------------------------------------

    def _show_item(self, index: int) -> None:
        was = self._filling
        self._filling = True
        try:
            self._current_item = index
            has = 0 <= index < len(self._items)
            self.item_box.setVisible(has)
            self.no_item_label.setVisible(not has)
            if not has:
                return
            item = self._items[index]
            self.item_name_edit.setText(item["name"])
            self.condition_editor.set_condition(copy.deepcopy(item["condition"]))
            self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(
                int(item["action"]))))
            queue_id = item["target_queue_id"]
            at = self.queue_combo.findData(queue_id) if queue_id is not None else 0
            if at < 0:  # a queue not in the list (inactive, or not visible): keep it
                self.queue_combo.addItem(icon("kind_queue"), f"#{queue_id}", queue_id)
                at = self.queue_combo.count() - 1
            self.queue_combo.setCurrentIndex(at)
            self.user_lookup.set_item(self._owner_item(
                "user", item["target_user_id"], RuleAction.ASSIGN_TO_USER))
            self.team_lookup.set_item(self._owner_item(
                "team", item["target_team_id"], RuleAction.ASSIGN_TO_TEAM))
            self._show_target()
            self.condition_editor.set_read_only(self.is_read_only())
        finally:
            self._filling = was
        self._render_item_errors()
        self._retranslate_item_box()

    def _owner_item(self, kind: str, owner_id, action: int):
        """The chosen user or team of a stored rule item, by the name the controller gave."""
        if owner_id is None:
            return None
        from casedesk.controllers.lookups import LookupItem

        label = self._target_names.get((int(action), owner_id)) or self._record_name(
            kind, owner_id)
        return LookupItem(kind, owner_id, label or f"{kind_name(kind)} #{owner_id}")

    def _show_target(self) -> None:
        action = self.action_combo.currentData()
        self.queue_combo.setVisible(action == RuleAction.ROUTE_TO_QUEUE)
        self.user_lookup.setVisible(action == RuleAction.ASSIGN_TO_USER)
        self.team_lookup.setVisible(action == RuleAction.ASSIGN_TO_TEAM)
        self._retranslate_target_caption()

    def _item_from_widgets(self) -> dict:
        action = int(self.action_combo.currentData())
        user, team = self.user_lookup.item(), self.team_lookup.item()
        for chosen, act in ((user, RuleAction.ASSIGN_TO_USER),
                            (team, RuleAction.ASSIGN_TO_TEAM)):
            if chosen is not None:
                self._target_names[(int(act), chosen.id)] = chosen.label
        return {"name": self.item_name_edit.text(),
                "condition": self.condition_editor.condition(),
                "action": action,
                "target_queue_id": self.queue_combo.currentData()
                if action == RuleAction.ROUTE_TO_QUEUE else None,
                "target_user_id": user.id if user is not None
                and action == RuleAction.ASSIGN_TO_USER else None,
                "target_team_id": team.id if team is not None
                and action == RuleAction.ASSIGN_TO_TEAM else None}

    def _commit_item(self) -> None:
        index = self._current_item
        if 0 <= index < len(self._items) and not self.is_read_only():
            self._items[index] = self._item_from_widgets()

    def _item_chosen(self, row: int) -> None:
        if self._filling:
            return
        self._commit_item()
        self._show_item(row)

    def _item_name_edited(self, _text: str) -> None:
        self._item_edited()
        self._retranslate_items_list()

    def _action_changed(self, _index: int) -> None:
        self._show_target()
        self._item_edited()
        target = {RuleAction.ROUTE_TO_QUEUE: self.queue_combo,
                  RuleAction.ASSIGN_TO_USER: self.user_lookup,
                  RuleAction.ASSIGN_TO_TEAM: self.team_lookup}[self.action_combo.currentData()]
        QWidget.setTabOrder(self.action_combo, target)

    def _item_edited(self) -> None:
        if self._filling:
            return
        self._commit_item()
        if self._current_item in self._item_errors and not any(
                row.error_text() for row in self.condition_editor.rows()):
            self._item_errors.pop(self._current_item, None)
            self._render_item_errors()
            self._retranslate_items_list()
        self._update_state()

    def add_item(self) -> int:
        """A new rule item at the end, chosen; returns its index."""
        if self.is_read_only():
            return -1
        self._commit_item()
        self._items.append({"name": self.tr("Rule item %1").replace(
            "%1", str(len(self._items) + 1)), "condition": _blank_condition(),
            "action": int(RuleAction.ROUTE_TO_QUEUE), "target_queue_id": None,
            "target_user_id": None, "target_team_id": None})
        self._fill_items_list()
        index = len(self._items) - 1
        self._filling = True
        self.items_list.setCurrentRow(index)
        self._filling = False
        self._show_item(index)
        self.item_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.item_name_edit.selectAll()
        self._update_state()
        return index

    def remove_item(self) -> None:
        index = self.items_list.currentRow()
        if self.is_read_only() or not 0 <= index < len(self._items):
            return
        del self._items[index]
        self._item_errors = {(k if k < index else k - 1): v
                             for k, v in self._item_errors.items() if k != index}
        self._fill_items_list()
        index = min(index, len(self._items) - 1)
        self._filling = True
        self.items_list.setCurrentRow(index)
        self._filling = False
        self._show_item(index)
        self.items_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_state()

    def move_item(self, step: int) -> None:
        """Move the chosen rule item up (-1) or down (+1): items are tried top-down."""
        index = self.items_list.currentRow()
        target = index + step
        if self.is_read_only() or not (0 <= index < len(self._items)
                                       and 0 <= target < len(self._items)):
            return
        self._commit_item()
        items = self._items
        items[index], items[target] = items[target], items[index]
        errors = self._item_errors
        a, b = errors.pop(index, None), errors.pop(target, None)
        if a:
            errors[target] = a
        if b:
            errors[index] = b
        self._fill_items_list()
        self._filling = True
        self.items_list.setCurrentRow(target)
        self._filling = False
        self._show_item(target)
        self._update_state()

    # -- state -----------------------------------------------------------------------------

    def is_read_only(self) -> bool:
        return not self.may_edit or self._state == RuleSetState.ACTIVE

    def rule_set_id(self) -> int | None:
        return self._rule_set_id

    def current_data(self) -> dict:
        self._commit_item()
        return {"name": self.name_edit.text(),
                "description": self.description_edit.toPlainText(),
                "items": copy.deepcopy(self._items)}

    def has_changes(self) -> bool:
        if self.is_read_only():
            return False
        now, saved = self.current_data(), self._saved
        return json.dumps(now, sort_keys=True, default=str) != json.dumps(
            saved, sort_keys=True, default=str)

    def _name_edited(self, _text: str) -> None:
        if self._name_error is not None:
            self._name_error = None
            self._render_errors()
        self._edited()

    def _edited(self) -> None:
        if not self._filling:
            self._update_state()

    def _update_state(self) -> None:
        read_only = self.is_read_only()
        modified = self.has_changes()
        exists = self._rule_set_id is not None
        active = self._state == RuleSetState.ACTIVE
        self.new_action.setEnabled(self.may_edit)
        self.save_action.setEnabled(modified)
        self.revert_action.setEnabled(modified)
        self.activate_action.setEnabled(self.may_edit and exists and not active)
        self.deactivate_action.setEnabled(self.may_edit and exists and active)
        self.delete_action.setEnabled(self.may_edit and exists and not active)
        if read_only != self._applied_read_only:
            self._applied_read_only = read_only
            self.name_edit.setReadOnly(read_only)
            self.description_edit.setReadOnly(read_only)
            self.item_name_edit.setReadOnly(read_only)
            self.action_combo.setEnabled(not read_only)
            self.queue_combo.setEnabled(not read_only)
            self.user_lookup.set_read_only(read_only)
            self.team_lookup.set_read_only(read_only)
            self.condition_editor.set_read_only(read_only)
        index, count = self.items_list.currentRow(), len(self._items)
        self.add_item_button.setEnabled(not read_only)
        self.remove_item_button.setEnabled(not read_only and 0 <= index < count)
        self.up_button.setEnabled(not read_only and index > 0)
        self.down_button.setEnabled(not read_only and 0 <= index < count - 1)
        self.read_only_note.setVisible(read_only)
        self._retranslate_note()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    # -- errors ----------------------------------------------------------------------------

    def _set_error(self, text_fn) -> None:
        self._error = text_fn
        self._render_errors()

    def _render_errors(self) -> None:
        text = self._error() if self._error else ""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        name = self._name_error() if self._name_error else ""
        self.name_error.setText(name)
        self.name_error.setVisible(bool(name))
        self.name_edit.setAccessibleDescription(name)

    def _render_item_errors(self) -> None:
        fn = self._item_errors.get(self._current_item)
        text = fn() if fn else ""
        self.item_error.setText(text)
        self.item_error.setVisible(bool(text))
        self.item_box.setAccessibleDescription(text)

    def _clear_errors(self) -> None:
        self._error = None
        self._name_error = None
        self._item_errors.clear()
        for row in self.condition_editor.rows():
            row.set_error(None)
        self._render_errors()
        self._render_item_errors()
        self._retranslate_items_list()

    def _item_index(self, params: dict) -> int | None:
        """The rule item a ValidationError names (the controller counts from 1)."""
        n = params.get("item")
        if n is None:
            return None
        index = int(n) - int(getattr(self._routing, "ITEM_BASE", 1))
        return index if 0 <= index < len(self._items) else None

    def _show_validation(self, exc: ValidationError) -> None:
        index = self._item_index(exc.params)
        if exc.field == "name" and index is None:
            self._name_error = lambda e=exc: error_message(e)
            self._error = lambda: self.tr("Not saved: see the marked field.")
            self._render_errors()
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if index is None:
            self._set_error(lambda e=exc: self.tr("Not saved: %1").replace(
                "%1", error_message(e)))
            return
        if index != self._current_item:
            self._filling = True
            self.items_list.setCurrentRow(index)
            self._filling = False
            self._show_item(index)
        item_name = self._items[index]["name"] or str(index + 1)
        if exc.field == "condition":
            rows = self._bad_rows(exc)
            for row in rows:
                row.set_error(lambda e=exc, r=row: self._condition_error_text(e, r))
            self._item_errors[index] = self._item_error_text
            focus = rows[0].value_editor if rows else self.condition_editor
            if rows and exc.code == "unknown_field":
                focus = rows[0].field_combo
            elif rows and exc.code == "bad_operator":
                focus = rows[0].operator_combo
        else:
            self._item_errors[index] = lambda e=exc: error_message(e)
            target = {RuleAction.ASSIGN_TO_USER: self.user_lookup,
                      RuleAction.ASSIGN_TO_TEAM: self.team_lookup}.get(
                self.action_combo.currentData(), self.queue_combo)
            focus = {"target": target, "target_queue": self.queue_combo,
                     "target_user": self.user_lookup, "target_team": self.team_lookup,
                     "name": self.item_name_edit}.get(exc.field, self.action_combo)
        self._error = lambda i=index, n=item_name: self.tr(
            "Not saved: rule item %1 (“%2”) needs a change, see below.").replace(
            "%1", str(i + 1)).replace("%2", self._items[i]["name"] if i < len(self._items)
                                      else n)
        self._render_errors()
        self._render_item_errors()
        self._retranslate_items_list()
        self.scroll.ensureWidgetVisible(focus)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bad_rows(self, exc: ValidationError) -> list[ConditionRow]:
        """The conditions the error is about: each one alone is refused by the controller;
        failing that, the first with the field named."""
        validate = getattr(self._routing, "validate_condition", None)
        rows = self.condition_editor.rows()
        bad = []
        if validate is not None:
            for row in rows:
                try:
                    validate({"op": "and", "items": [row.condition()]})
                except ValidationError:
                    bad.append(row)
                except CaseDeskError:
                    pass
        if not bad:
            field = exc.params.get("field")
            bad = [row for row in rows if row.condition().get("field") == field][:1]
        return bad

    def _condition_error_text(self, exc: ValidationError, row: ConditionRow) -> str:
        name = field_label(row.field_combo.path() or "", row.spec())
        if exc.code == "unknown_field":
            return self.tr("Choose a field from the list: “%1” is not one.").replace(
                "%1", name)
        if exc.code == "bad_operator":
            return self.tr("“%1” can't be used with %2: choose another operator.").replace(
                "%1", operator_label(row.operator() or "")).replace("%2", name)
        hints = {"number": self.tr("Type a number."),
                 "date": self.tr("Choose a date."),
                 "option": self.tr("Choose a value from the list."),
                 "bool": self.tr("Choose Yes or No."),
                 "record": self.tr("Type and press Enter to choose a record.")}
        hint = hints.get(row.field_type(), self.tr("Type a value."))
        if row.operator() == "in_list":
            hint = self.tr("Give at least one value.")
        return self.tr("The value doesn't fit %1. %2").replace("%1", name).replace("%2", hint)

    def _item_error_text(self) -> str:
        return self.tr("A condition of this rule item is not valid (marked below).")

    # -- commands --------------------------------------------------------------------------

    def build_fields(self):
        """The editor's rule set as the controller takes it."""
        data = self.current_data()
        items = [self._routing.RuleItemFields(
            name=item["name"].strip(), condition=copy.deepcopy(item["condition"]),
            action=int(item["action"]), target_queue_id=item["target_queue_id"],
            target_user_id=item["target_user_id"], target_team_id=item["target_team_id"])
            for item in data["items"]]
        return self._routing.RuleSetFields(
            name=data["name"].strip(), description=data["description"].strip() or None,
            items=items)

    def save(self) -> bool:
        """Store the rule set; False (with the reason shown where it is) when refused."""
        if self.is_read_only():
            return False
        self._clear_errors()
        fields = self.build_fields()
        try:
            if self._rule_set_id is None:
                new_id = self._routing.create_rule_set(self._session, fields)
            else:
                self._routing.update_rule_set(self._session, self._rule_set_id, fields,
                                              self._version)
                new_id = self._rule_set_id
        except ValidationError as exc:
            self._show_validation(exc)
            return False
        except CaseDeskError as exc:
            self._set_error(lambda e=exc: self.tr("Not saved: %1").replace(
                "%1", error_message(e)))
            return False
        self._rule_set_id = new_id
        self.reload(new_id)
        self.status_message.emit(self.tr("Rule set “%1” saved.").replace("%1", fields.name))
        self.saved.emit()
        return True

    def revert(self) -> None:
        """Drop the unsaved changes."""
        if self._rule_set_id is None:
            self._show_new()
        else:
            self.reload(self._rule_set_id)

    def confirm_leave(self) -> bool:
        """Before the page (or the rule set) is left: ask about unsaved changes. True when it
        may be left."""
        if not self.has_changes():
            return True
        answer = prompts.ask_save_changes(
            self, self.tr("Save the changes to the rule set “%1”?").replace(
                "%1", self.name_edit.text().strip() or self.tr("New Rule Set")))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def new_rule_set(self) -> None:
        if not self.may_edit or not self.confirm_leave():
            return
        self._show_new()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_rule_set(self, rule_set_id: int) -> bool:
        """Show a stored rule set (after asking about unsaved changes)."""
        item = self._set_item(rule_set_id)
        if item is None:
            return False
        self.sets_list.setCurrentItem(item)
        return self._rule_set_id == rule_set_id

    def _set_chosen(self, current, previous) -> None:
        if self._filling or current is None:
            return
        rule_set_id = current.data(0, ID_ROLE)
        if rule_set_id == self._rule_set_id:
            return
        if not self.confirm_leave():
            self._filling = True
            self.sets_list.setCurrentItem(previous if previous is not None else None)
            self._filling = False
            return
        self._load(rule_set_id)

    def _run(self, command: Callable[[], None], done_text: Callable[[], str]) -> bool:
        try:
            command()
        except CaseDeskError as exc:
            self._set_error(lambda e=exc: error_message(e))
            return False
        self.reload(self._rule_set_id)
        self.status_message.emit(done_text())
        return True

    def activate(self) -> bool:
        """Make the shown rule set the active one (the other active set becomes Draft)."""
        if self._rule_set_id is None or not self.may_edit or not self.confirm_leave():
            return False
        name = self.name_edit.text()
        return self._run(lambda: self._routing.activate(self._session, self._rule_set_id),
                         lambda: self.tr("Rule set “%1” activated.").replace("%1", name))

    def deactivate(self) -> bool:
        if self._rule_set_id is None or not self.may_edit:
            return False
        name = self.name_edit.text()
        return self._run(lambda: self._routing.deactivate(self._session, self._rule_set_id),
                         lambda: self.tr("Rule set “%1” deactivated: it can be edited "
                                         "again.").replace("%1", name))

    def delete(self) -> bool:
        if self._rule_set_id is None or not self.may_edit or self.is_read_only():
            return False
        name = self.name_edit.text()
        if not prompts.confirm(self, self.tr("Delete the rule set “%1”? This can't be "
                                             "undone.").replace("%1", name)):
            return False
        rule_set_id = self._rule_set_id
        try:
            self._routing.delete_rule_set(self._session, rule_set_id)
        except CaseDeskError as exc:
            self._set_error(lambda e=exc: error_message(e))
            return False
        self._rule_set_id = None
        self._saved = self._empty_data()
        self._items = []
        self._show_new()
        self.reload()
        self.status_message.emit(self.tr("Rule set “%1” deleted.").replace("%1", name))
        return True

    def _refresh(self) -> None:
        if self.confirm_leave():
            self._reload_queues()
            self.reload(self._rule_set_id)

    def _routing_changed(self, ids=(), **_payload) -> None:
        """Stored elsewhere (or here): show it; unsaved changes stay as they are."""
        if not isValid(self) or self.has_changes():
            return
        self.reload(self._rule_set_id)

    def _queues_changed(self, ids=(), **_payload) -> None:
        if isValid(self):
            self._reload_queues()

    # -- events and texts ------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.context.window = self.window()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.actions.retranslate()
        self.setAccessibleName(self.tr("Routing Rule Sets"))
        self.command_bar.setWindowTitle(self.tr("Routing rule set commands"))
        self.command_bar.setAccessibleName(self.tr("Routing rule set commands"))
        self.sets_caption.setText(self.tr("Routing &Rule Sets"))
        self.sets_caption.setAccessibleName(self.tr("Routing Rule Sets"))
        self.sets_list.setHeaderLabels([self.tr("Name"), self.tr("Status"), self.tr("Items")])
        self.sets_list.setAccessibleName(self.tr("Routing rule sets"))
        self.splitter.setAccessibleName(self.tr("Rule sets and the rule set editor"))
        self.scroll.setAccessibleName(self.tr("Rule set editor"))
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.error_label.setAccessibleName(self.tr("Error"))
        self.name_caption.setText(self.tr("&Name: *"))
        self.name_edit.setAccessibleName(self.tr("Name (required)"))
        self.name_edit.setPlaceholderText(self.tr("For example: Support routing"))
        self.name_error.setAccessibleName(self.tr("Name error"))
        self.description_caption.setText(self.tr("&Description:"))
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.items_caption.setText(self.tr("Rule &Items (tried from the top; the first whose "
                                           "condition holds acts):"))
        self.items_caption.setWordWrap(True)
        self.items_caption.setAccessibleName(self.tr("About the rule items"))
        self.items_list.setAccessibleName(self.tr("Rule items"))
        self.add_item_button.setText(self.tr("&Add Item"))
        self.add_item_button.setAccessibleName(self.tr("Add a rule item"))
        self.remove_item_button.setText(self.tr("Remo&ve Item"))
        self.remove_item_button.setAccessibleName(self.tr("Remove the chosen rule item"))
        self.up_button.setText(self.tr("Move &Up"))
        self.up_button.setAccessibleName(self.tr("Move the rule item up"))
        self.down_button.setText(self.tr("Move Do&wn"))
        self.down_button.setAccessibleName(self.tr("Move the rule item down"))
        self.no_item_label.setText(self.tr("No rule items yet. Add one: each item has a "
                                           "condition and says where a matching case goes."))
        self.no_item_label.setAccessibleName(self.tr("No rule items"))
        self.item_error.setAccessibleName(self.tr("Rule item error"))
        self.item_name_caption.setText(self.tr("Item na&me: *"))
        self.item_name_edit.setAccessibleName(self.tr("Rule item name (required)"))
        self.condition_caption.setText(self.tr("Condition (when it holds, the action is "
                                               "taken):"))
        self.condition_caption.setWordWrap(True)
        self.condition_caption.setAccessibleName(self.tr("About the condition"))
        self.action_caption.setText(self.tr("A&ction:"))
        self.action_combo.setAccessibleName(self.tr("Action"))
        for i in range(self.action_combo.count()):
            self.action_combo.setItemText(i, labels.rule_action(self.action_combo.itemData(i)))
        self.user_lookup.set_placeholder(self.tr("Type a name and press Enter"))
        self.team_lookup.set_placeholder(self.tr("Type a name and press Enter"))
        self.user_lookup.setAccessibleName(self.tr("User to assign to"))
        self.team_lookup.setAccessibleName(self.tr("Team to assign to"))
        self.queue_combo.setAccessibleName(self.tr("Queue to route to"))
        self._retranslate_queue_combo()
        self._retranslate_sets()
        self._retranslate_editor()
        self._retranslate_item_box()
        self._retranslate_target_caption()
        self._render_errors()
        self._render_item_errors()

    def _retranslate_queue_combo(self) -> None:
        if self.queue_combo.count():
            self.queue_combo.setItemText(0, self.tr("(choose a queue)"))

    def _retranslate_target_caption(self) -> None:
        action = self.action_combo.currentData()
        text = {RuleAction.ASSIGN_TO_USER: self.tr("&User: *"),
                RuleAction.ASSIGN_TO_TEAM: self.tr("&Team: *")}.get(action, self.tr("&Queue: *"))
        self.target_caption.setText(text)
        buddy = {RuleAction.ASSIGN_TO_USER: self.user_lookup,
                 RuleAction.ASSIGN_TO_TEAM: self.team_lookup}.get(action, self.queue_combo)
        self.target_caption.setBuddy(buddy)
        self.target_caption.setAccessibleName(text.replace("&", "").rstrip(" *:"))

    def _retranslate_sets(self) -> None:
        for i in range(self.sets_list.topLevelItemCount()):
            item = self.sets_list.topLevelItem(i)
            item.setText(1, labels.rule_set_state(item.data(1, ID_ROLE)))

    def _retranslate_editor(self) -> None:
        name = self._saved.get("name") if self._rule_set_id is not None else ""
        self.heading.setText(name or self.tr("New Rule Set"))
        self.heading.setAccessibleName(self.tr("Rule set"))
        self._retranslate_note()
        self._retranslate_items_list()

    def _retranslate_note(self) -> None:
        if not self.may_edit:
            text = self.tr("Only managers and administrators can change routing rule sets. "
                           "You can look at them here.")
        else:
            text = self.tr("This rule set is active, so it can't be changed. Deactivate it "
                           "to edit it; cases are not routed while no rule set is active.")
        self.read_only_note.setText(text)

    def _retranslate_items_list(self) -> None:
        for i in range(min(self.items_list.count(), len(self._items))):
            entry = self.items_list.item(i)
            name = self._items[i]["name"] or self.tr("(no name)")
            entry.setText(f"{i + 1}. {name}")
            fn = self._item_errors.get(i)
            entry.setIcon(icon("field_error") if fn else icon("routing"))
            tip = fn() if fn else ""
            entry.setToolTip(tip)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole,
                          f"{i + 1}. {name}" + (f" — {tip}" if tip else ""))

    def _retranslate_item_box(self) -> None:
        index = self._current_item
        self.item_box.setTitle(self.tr("Rule item %1").replace("%1", str(index + 1))
                               if index >= 0 else self.tr("Rule item"))
        self.item_box.setAccessibleName(self.tr("Chosen rule item"))
