"""The entry screen's questions panel: every question the agent can answer now, marked answered
(✓), with a problem (⚠) or empty (○); a tap jumps to it. Rows are a thumb tall."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from core.forms.model import strip_positions
from desktop.forms.pages import Page, shown_refs

PANEL_WIDTH = 300


class QuestionsPanel(QListWidget):
    chosen = Signal(str)  # the question's ref

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entry_questions")
        self.setFixedWidth(PANEL_WIDTH)
        self.setWordWrap(True)
        self.setStyleSheet("QListWidget::item { min-height: 44px; padding: 0 6px; }")
        self.itemClicked.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def fill(self, session: Any, pages: list[Page], page: Page | None, strict: bool) -> None:
        """The list as the answers stand; `strict` (after Finish) marks missing required answers too."""
        self.clear()
        current = None
        for ref in shown_refs(pages):
            problem = session.problem(ref, strict=strict)
            answered = session.value(ref) != ""
            mark = "⚠" if problem else "✓" if answered else "○"
            text = session.label(ref) or strip_positions(ref).rsplit("/", 1)[-1]
            item = QListWidgetItem(f"{mark}  {text}")
            item.setData(Qt.ItemDataRole.UserRole, ref)
            self.addItem(item)
            if page is not None and ref in page.refs and current is None:
                current = item
        if current is not None:
            self.setCurrentItem(current)  # where the agent is, in view
            self.scrollToItem(current)
