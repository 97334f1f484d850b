"""Suggestions under a new case's title (issue 8): "Possible duplicates" (active cases of the
same customer with a similar title) and "Similar resolved cases".

Quiet: nothing shows until there is something to suggest. The form calls set_context when the
customer or subject changes and title_changed as the title is typed; after a pause (300 ms)
one job on the reader asks search.suggest_duplicates and search.suggest_resolved, superseding
the previous one, so typing never waits. A row clicked emits case_open_requested(case id).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from casedesk.ui import labels

#: the pause after the last keystroke before suggestions are looked up (ms)
DEBOUNCE_MS = 300
#: the fewest characters of title worth suggesting for
MIN_TITLE = 3
#: rows per section
ROWS = 3


class CaseSuggestions(QWidget):
    case_open_requested = Signal(int)

    def __init__(self, search, reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseSuggestions")
        self.search = search
        self.reader = reader
        self.customer_kind: str | None = None
        self.customer_id: int | None = None
        self.subject_id: int | None = None
        self.exclude_case_id: int | None = None
        self.title = ""
        self.duplicates: list = []
        self.resolved: list = []
        self.pending = False  # a lookup is waiting for the pause or the reader
        self._key = f"case-suggestions-{id(self)}"
        self._asked = 0

        self.duplicates_label = QLabel(objectName="duplicateSuggestionsLabel")
        self.resolved_label = QLabel(objectName="resolvedSuggestionsLabel")
        for label in (self.duplicates_label, self.resolved_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.duplicate_buttons: list[QPushButton] = []
        self.resolved_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(1)
        layout.addWidget(self.duplicates_label)
        for n in range(ROWS):
            self.duplicate_buttons.append(self._row(layout, f"duplicateSuggestion{n}"))
        layout.addWidget(self.resolved_label)
        for n in range(ROWS):
            self.resolved_buttons.append(self._row(layout, f"resolvedSuggestion{n}"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._look_up)
        self.retranslate_ui()
        self._show()

    def _row(self, layout: QVBoxLayout, name: str) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("QPushButton { text-align: left; padding: 1px 6px; }")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda *_: self._open(button))
        layout.addWidget(button)
        return button

    # -- input -----------------------------------------------------------------------------

    def set_context(self, customer_kind: str | None, customer_id: int | None,
                    subject_id: int | None = None, exclude_case_id: int | None = None) -> None:
        """The case's customer ("account"/"contact"), subject and (saved) id."""
        context = (customer_kind, customer_id, subject_id, exclude_case_id)
        if context == (self.customer_kind, self.customer_id, self.subject_id,
                       self.exclude_case_id):
            return
        (self.customer_kind, self.customer_id, self.subject_id,
         self.exclude_case_id) = context
        self._schedule()

    def title_changed(self, text: str) -> None:
        """The title as typed; suggestions follow after a pause."""
        text = " ".join((text or "").split())
        if text == self.title:
            return
        self.title = text
        self._schedule()

    def clear(self) -> None:
        self._timer.stop()
        self._asked += 1  # an answer on its way is no longer wanted
        self.pending = False
        self.duplicates, self.resolved = [], []
        self._show()

    def _schedule(self) -> None:
        if len(self.title) < MIN_TITLE:
            self.clear()
            return
        self.pending = True
        self._timer.start()

    def _look_up(self) -> None:
        search, title = self.search, self.title
        kind, customer, subject, exclude = (self.customer_kind, self.customer_id,
                                            self.subject_id, self.exclude_case_id)
        self._asked += 1
        asked = self._asked

        def work():
            duplicates = []
            if kind and customer:
                duplicates = search.suggest_duplicates(
                    customer_kind=kind, customer_id=customer, title=title,
                    exclude_case_id=exclude, limit=ROWS)
            resolved = search.suggest_resolved(title, subject_id=subject, limit=ROWS + 1)
            resolved = [hit for hit in resolved if hit.case_id != exclude][:ROWS]
            return duplicates, resolved

        self.reader.submit(work, lambda result: self._found(asked, result),
                           lambda _exc: self._found(asked, ([], [])),
                           key=self._key, owner=self)

    def _found(self, asked: int, result) -> None:
        if asked != self._asked:
            return
        self.pending = False
        self.duplicates, self.resolved = (list(r) for r in result)
        self._show()

    # -- showing ---------------------------------------------------------------------------

    def _fill(self, buttons: list[QPushButton], hits) -> None:
        for n, button in enumerate(buttons):
            hit = hits[n] if n < len(hits) else None
            button.setVisible(hit is not None)
            button.setProperty("case_id", hit.case_id if hit else None)
            if hit is not None:
                status = labels.status_reason(hit.status_reason)
                text = f"{hit.number}  {hit.title}"
                detail = " · ".join(x for x in (hit.customer, status) if x)
                button.setText(f"{text}  ({detail})" if detail else text)
                button.setAccessibleName(self.tr("Open case %1").replace("%1", text))
                button.setToolTip(self.tr("Open case %1").replace("%1", text))

    def _show(self) -> None:
        self._fill(self.duplicate_buttons, self.duplicates)
        self._fill(self.resolved_buttons, self.resolved)
        self.duplicates_label.setVisible(bool(self.duplicates))
        self.resolved_label.setVisible(bool(self.resolved))
        self.setVisible(bool(self.duplicates or self.resolved))

    def _open(self, button: QPushButton) -> None:
        case_id = button.property("case_id")
        if case_id is not None:
            self.case_open_requested.emit(int(case_id))

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Suggestions"))
        self.duplicates_label.setText(self.tr("Possible duplicates"))
        self.duplicates_label.setAccessibleName(self.duplicates_label.text())
        self.resolved_label.setText(self.tr("Similar resolved cases"))
        self.resolved_label.setAccessibleName(self.resolved_label.text())
        self._fill(self.duplicate_buttons, self.duplicates)
        self._fill(self.resolved_buttons, self.resolved)
