"""Find Similar Cases (SPEC §2.8; "Sök efter liknande ärenden"): look for a solution among the
resolved cases of a subject, and link the one that helped.

The subject tree (this case's subject chosen) lists that subject's resolved cases; a keyword
searches their title, description and resolution (search.search_cases, ranked, the matched
words shown bold). Selecting a result previews its activities, notes and resolution.
**Found a Solution** links it to the case as a Similar Case (connections.link_similar) and
closes the dialog. Every search and preview runs on the reader, superseding the one before, so
typing never waits for the database.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.controllers.errors import CaseDeskError
from casedesk.ui import labels, prompts
from casedesk.ui.dialogs.base_dialog import BaseDialog
from casedesk.ui.formatting import local_datetime
from casedesk.ui.icons import icon
from casedesk.ui.messages import error_message

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
#: how many results a search shows (the total is counted)
RESULT_LIMIT = 50
#: as-you-type searches wait for a pause this long (ms); Search and Enter search at once
TYPING_PAUSE_MS = 350
ALL_SUBJECTS = -1  # the tree's "All subjects" item


class RichTextDelegate(QStyledItemDelegate):
    """Draws a column's HTML_ROLE (title with <b>matched</b> words, a grey snippet under it)."""

    def _document(self, option: QStyleOptionViewItem, markup: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(markup)
        document.setTextWidth(max(option.rect.width(), 120))
        return document

    def paint(self, painter, option, index: QModelIndex) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(opt, markup)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(QPointF(opt.rect.topLeft()))
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index: QModelIndex) -> QSize:  # noqa: N802 (Qt override)
        markup = index.data(HTML_ROLE)
        if not markup:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = opt.widget.columnWidth(index.column()) if opt.widget else 300
        opt.rect.setWidth(width)
        document = self._document(opt, markup)
        return QSize(int(document.idealWidth()), int(document.size().height()))


def _grey(text: str) -> str:
    """Secondary text in the palette's placeholder colour."""
    if not text:
        return ""
    colour = QApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()
    return f'<span style="color: {colour}">{text}</span>'


class FindSimilarCasesDialog(BaseDialog):
    """Find Similar Cases for `case_id`. After Found a Solution (accepted): `connection_id`
    and `linked_case_id`."""

    geometry_key = "find_similar_cases"

    def __init__(self, session, search, connections, lookups, activities, reader,
                 case_id: int, subject_id: int | None = None, prefs=None, parent=None) -> None:
        super().__init__(prefs, parent)
        self.setObjectName("findSimilarCasesDialog")
        self.session = session
        self.search = search
        self.connections = connections
        self.lookups = lookups
        self.activities = activities
        self.reader = reader
        self.case_id = case_id
        self.subject_id = subject_id
        self.connection_id: int | None = None
        self.linked_case_id: int | None = None
        self.hits: list = []
        self.total = 0
        self.searching = False
        self.previewing: int | None = None  # the case whose preview is on its way
        self.previewed: int | None = None  # the case the preview shows
        self._error = ""
        self._key = f"find-similar-{id(self)}"

        # subjects
        self.subject_caption = QLabel(objectName="similarSubjectCaption")
        self.subject_tree = QTreeWidget(objectName="similarSubjectTree")
        self.subject_tree.setHeaderHidden(True)
        self.subject_caption.setBuddy(self.subject_tree)
        self.all_subjects_item = QTreeWidgetItem(self.subject_tree, [""])
        self.all_subjects_item.setData(0, ID_ROLE, ALL_SUBJECTS)
        self._add_subjects(self.subject_tree.invisibleRootItem(), lookups.subject_tree())
        self.subject_tree.expandAll()
        # keyword
        self.keyword_caption = QLabel(objectName="similarKeywordCaption")
        self.keyword_edit = QLineEdit(objectName="similarKeywordEdit")
        self.keyword_edit.setClearButtonEnabled(True)
        self.keyword_caption.setBuddy(self.keyword_edit)
        self.search_button = QPushButton(objectName="similarSearchButton")
        self.search_button.setIcon(icon("quick_find"))
        self.search_button.setAutoDefault(False)
        # results
        self.count_label = QLabel(objectName="similarCountLabel")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QTreeWidget(objectName="similarResults")
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setColumnCount(4)
        self.results.setItemDelegateForColumn(1, RichTextDelegate(self.results))
        header = self.results.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # preview
        self.preview_caption = QLabel(objectName="similarPreviewCaption")
        self.preview = QTextBrowser(objectName="similarPreview")
        self.preview.setOpenLinks(False)
        self.preview_caption.setBuddy(self.preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.found_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.found_button.setObjectName("foundSolutionButton")
        self.found_button.setIcon(icon("close_case"))
        self.found_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("findSimilarCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QWidget(objectName="similarSubjectPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.subject_caption)
        left_layout.addWidget(self.subject_tree, 1)
        results_pane = QWidget(objectName="similarResultsPane")
        results_layout = QVBoxLayout(results_pane)
        results_layout.setContentsMargins(0, 0, 0, 0)
        keyword_row = QHBoxLayout()
        keyword_row.addWidget(self.keyword_caption)
        keyword_row.addWidget(self.keyword_edit, 1)
        keyword_row.addWidget(self.search_button)
        results_layout.addLayout(keyword_row)
        results_layout.addWidget(self.count_label)
        results_layout.addWidget(self.results, 1)
        preview_pane = QWidget(objectName="similarPreviewPane")
        preview_layout = QVBoxLayout(preview_pane)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_caption)
        preview_layout.addWidget(self.preview, 1)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, objectName="similarRightSplit")
        self.right_splitter.addWidget(results_pane)
        self.right_splitter.addWidget(preview_pane)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="similarSplit")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([240, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.run_search)
        self.keyword_edit.textEdited.connect(lambda _t: self._typing.start())
        self.keyword_edit.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.subject_tree.currentItemChanged.connect(lambda *_: self.run_search())
        self.results.currentItemChanged.connect(self._result_chosen)
        self.results.itemActivated.connect(lambda *_: self.accept())

        self.resize(1000, 640)
        self.retranslate_ui()
        self.restore_geometry()
        self._select_subject(subject_id)  # searches
        self.keyword_edit.setFocus()

    # -- subjects --------------------------------------------------------------------------

    def _add_subjects(self, parent: QTreeWidgetItem, nodes) -> None:
        for node in nodes:
            item = QTreeWidgetItem(parent, [node.title])
            item.setData(0, ID_ROLE, node.id)
            self._add_subjects(item, node.children)

    def _subject_item(self, subject_id: int | None) -> QTreeWidgetItem:
        if subject_id is not None:
            for item in self.subject_tree.findItems("", Qt.MatchFlag.MatchContains
                                                    | Qt.MatchFlag.MatchRecursive):
                if item.data(0, ID_ROLE) == subject_id:
                    return item
        return self.all_subjects_item

    def _select_subject(self, subject_id: int | None) -> None:
        item = self._subject_item(subject_id)
        if self.subject_tree.currentItem() is item:
            self.run_search()
        else:
            self.subject_tree.setCurrentItem(item)  # searches

    def choose_subject(self, subject_id: int | None) -> None:
        """Choose a subject in the tree (None: all subjects); its resolved cases are listed."""
        self._select_subject(subject_id)

    def current_subject(self) -> int | None:
        item = self.subject_tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else ALL_SUBJECTS
        return None if value in (None, ALL_SUBJECTS) else int(value)

    # -- search ----------------------------------------------------------------------------

    def run_search(self) -> None:
        """Search now (on the reader): the keyword in the chosen subject's resolved cases."""
        self._typing.stop()
        text = self.keyword_edit.text().strip()
        subject_id = self.current_subject()
        self._error = ""
        if not text and subject_id is None:
            self.searching = False
            self._show_hits(0, [])
            return
        self.searching = True
        self._show_count()
        search, case_id = self.search, self.case_id
        self.reader.submit(
            lambda: search.search_cases(text, subject_id=subject_id, resolved_only=True,
                                        exclude_case_id=case_id, limit=RESULT_LIMIT),
            self._searched, self._search_failed, key=self._key, owner=self)

    def _searched(self, result) -> None:
        self.searching = False
        total, hits = result
        self._show_hits(total, hits)

    def _search_failed(self, exc) -> None:
        self.searching = False
        self._error = error_message(exc)
        self._show_hits(0, [])

    def _date_of(self, hit):
        """A hit's date: when it was resolved (if the engine says), else when created."""
        return getattr(hit, "resolved_on", None) or hit.created_on

    def _show_hits(self, total: int, hits) -> None:
        chosen = self.chosen_case_id()
        self.total, self.hits = int(total), list(hits)
        self.results.blockSignals(True)
        self.results.clear()
        for hit in self.hits:
            item = QTreeWidgetItem(self.results, [hit.number, hit.title, hit.customer,
                                                  local_datetime(self._date_of(hit))])
            item.setData(0, ID_ROLE, hit.case_id)
            markup = hit.title_marked or html.escape(hit.title)
            if hit.snippet_marked:
                markup += f"<br><small>{hit.snippet_marked}</small>"
            item.setData(1, HTML_ROLE, markup)
            item.setToolTip(1, hit.title)
        self.results.blockSignals(False)
        self.results.headerItem().setText(3, self._date_header())
        again = next((i for i, h in enumerate(self.hits) if h.case_id == chosen), None)
        if again is not None:
            self.results.setCurrentItem(self.results.topLevelItem(again))
        else:
            self._result_chosen(None)
        self._show_count()

    def _show_count(self) -> None:
        if self._error:
            text = self._error
        elif self.searching:
            text = self.tr("Searching…")
        elif not self.keyword_edit.text().strip() and self.current_subject() is None:
            text = self.tr("Choose a subject or type a keyword, then Search.")
        elif not self.total:
            text = self.tr("No resolved cases found.")
        elif self.total > len(self.hits):
            text = self.tr("%n case(s) found; the best %1 are shown.", "", self.total).replace(
                "%1", str(len(self.hits)))
        else:
            text = self.tr("%n case(s) found.", "", self.total)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    # -- preview ---------------------------------------------------------------------------

    def chosen_case_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def chosen_hit(self):
        case_id = self.chosen_case_id()
        return next((h for h in self.hits if h.case_id == case_id), None)

    def _result_chosen(self, *_args) -> None:
        hit = self.chosen_hit()
        self.found_button.setEnabled(hit is not None)
        if hit is None:
            self.previewing = self.previewed = None
            self.preview.clear()
            return
        if hit.case_id in (self.previewing, self.previewed):
            return
        self.previewing = hit.case_id
        self.preview.setHtml(self._heading(hit) + _grey(html.escape(self.tr("Loading…"))))
        activities, case_id = self.activities, hit.case_id
        self.reader.submit(lambda: activities.case_timeline(case_id),
                           lambda entries: self._previewed(case_id, entries),
                           lambda exc: self._preview_failed(case_id, exc),
                           key=f"{self._key}-preview", owner=self)

    def _heading(self, hit) -> str:
        status = labels.status_reason(hit.status_reason)
        subject = f" · {html.escape(hit.subject)}" if getattr(hit, "subject", "") else ""
        return (f"<h3>{html.escape(hit.number)}  {html.escape(hit.title)}</h3>"
                f"<p>{html.escape(hit.customer)} · {html.escape(status)}{subject}</p>")

    def _previewed(self, case_id: int, entries) -> None:
        hit = self.chosen_hit()
        if hit is None or hit.case_id != case_id:
            return
        self.previewing, self.previewed = None, case_id
        parts = [self._heading(hit)]
        if hit.snippet_marked:
            parts.append(f"<p>{hit.snippet_marked}</p>")
        resolutions = [e for e in entries if e.kind == "resolution"]
        others = [e for e in entries if e.kind != "resolution"]
        resolution_heading = html.escape(self.tr("Resolution"))
        others_heading = html.escape(self.tr("Activities and notes"))
        if resolutions:
            parts.append(f"<h4>{resolution_heading}</h4>")
            parts += [self._entry(e) for e in resolutions]
        parts.append(f"<h4>{others_heading}</h4>")
        if others:
            parts += [self._entry(e) for e in others]
        else:
            parts.append(_grey(html.escape(self.tr("No activities or notes."))))
        self.preview.setHtml("".join(parts))

    def _entry(self, entry) -> str:
        kind = labels.timeline_kind(entry.kind, entry.activity_kind)
        when = local_datetime(entry.when)
        who = f" · {html.escape(entry.who)}" if entry.who else ""
        return (f"<p><b>{html.escape(kind)}</b>: {html.escape(entry.subject or '')}<br>"
                f"{_grey(html.escape(when) + who)}</p>")

    def _preview_failed(self, case_id: int, exc) -> None:
        if self.previewing == case_id:
            self.previewing = None
            self.preview.setPlainText(error_message(exc))

    # -- Found a Solution ------------------------------------------------------------------

    def accept(self) -> None:
        """Found a Solution: link the chosen case as a Similar Case, then close."""
        other = self.chosen_case_id()
        if other is None:
            return
        try:
            self.connection_id = self.connections.link_similar(self.session, self.case_id,
                                                               other)
        except CaseDeskError as exc:
            prompts.error(self, error_message(exc))
            return
        self.linked_case_id = other
        super().accept()

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find Similar Cases"))
        self.setAccessibleName(self.tr("Find Similar Cases"))
        self.subject_caption.setText(self.tr("&Subject"))
        self.subject_tree.setAccessibleName(self.tr("Subject"))
        self.all_subjects_item.setText(0, self.tr("All subjects"))
        self.keyword_caption.setText(self.tr("&Keyword:"))
        self.keyword_edit.setAccessibleName(self.tr("Keyword"))
        self.keyword_edit.setPlaceholderText(
            self.tr("Words in the title, description or resolution"))
        self.search_button.setText(self.tr("Sea&rch"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self.results.setHeaderLabels([self.tr("Case Number"), self.tr("Case Title"),
                                      self.tr("Customer"), self._date_header()])
        self.results.setAccessibleName(self.tr("Similar resolved cases"))
        self.preview_caption.setText(self.tr("&Preview"))
        self.preview.setAccessibleName(self.tr("Preview of the chosen case"))
        self.found_button.setText(self.tr("&Found a Solution"))
        self.found_button.setAccessibleName(self.tr("Found a Solution"))
        self.found_button.setToolTip(self.tr("Link the chosen case to this case as a similar "
                                             "case, and close"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._show_count()

    def _date_header(self) -> str:
        if self.hits and getattr(self.hits[0], "resolved_on", None) is None:
            return self.tr("Created On")
        return self.tr("Resolved On")
