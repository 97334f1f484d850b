"""The process bar of a case: Identify → Research → Resolve, with the current stage marked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from casedesk.models.options import ServiceStage
from casedesk.ui.icons import icon


class ProcessBar(QWidget):
    """Shows the stages; Next Stage / Previous Stage ask to move (stage_requested)."""

    stage_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("processBar")
        self.stage = int(ServiceStage.IDENTIFY)
        self.previous_button = QPushButton(objectName="previousStageButton")
        self.previous_button.setIcon(icon("previous"))
        self.next_button = QPushButton(objectName="nextStageButton")
        self.next_button.setIcon(icon("next"))
        self.stage_labels: list[QLabel] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.previous_button)
        for stage in ServiceStage:
            if stage != ServiceStage.IDENTIFY:
                arrow = QLabel("→")
                arrow.setAccessibleName("")
                layout.addWidget(arrow)
            label = QLabel(objectName=f"stage_{stage.name.lower()}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumWidth(110)
            self.stage_labels.append(label)
            layout.addWidget(label)
        layout.addWidget(self.next_button)
        layout.addStretch(1)
        self.previous_button.clicked.connect(lambda: self.stage_requested.emit(self.stage - 1))
        self.next_button.clicked.connect(lambda: self.stage_requested.emit(self.stage + 1))
        self.retranslate_ui()
        self.set_stage(self.stage)

    def set_stage(self, stage: int) -> None:
        self.stage = stage
        for i, label in enumerate(self.stage_labels):
            current = i == stage
            done = i < stage
            label.setStyleSheet(
                "QLabel { padding: 4px 12px; border-radius: 12px; %s }" % (
                    "background: palette(highlight); color: palette(highlighted-text);"
                    " font-weight: bold;" if current else
                    "border: 1px solid palette(mid);" + (" color: palette(text);" if done
                                                         else " color: palette(mid);")))
            label.setAccessibleDescription(self.tr("current stage") if current else "")
        self.previous_button.setEnabled(stage > ServiceStage.IDENTIFY)
        self.next_button.setEnabled(stage < ServiceStage.RESOLVE)

    def set_read_only(self, read_only: bool) -> None:
        self.previous_button.setVisible(not read_only)
        self.next_button.setVisible(not read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = (self.tr("Identify"), self.tr("Research"), self.tr("Resolve"))
        for label, name in zip(self.stage_labels, names, strict=True):
            label.setText(name)
            label.setAccessibleName(name)
        self.previous_button.setText(self.tr("Previous Stage"))
        self.previous_button.setAccessibleName(self.tr("Previous Stage"))
        self.next_button.setText(self.tr("Next Stage"))
        self.next_button.setAccessibleName(self.tr("Next Stage"))
        self.setAccessibleName(self.tr("Process stages"))
