"""One question on the entry screen: its label (in the session's language, with ${x} and <output>
values filled in by the engine), its hint, its input, and its problem under it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.forms.model import Question, Texts, localized
from desktop.context import AppContext
from desktop.forms.inputs import make_input
from desktop.widgets import Notice, label


class QuestionBlock(QWidget):
    answered = Signal(str, str)  # ref, answer

    def __init__(self, ctx: AppContext, question: Question, ref: str, media_dir=None,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"question_{question.name}")
        self.question = question
        self.ref = ref
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(8)
        self.label = label("subtitle")
        self.label.setObjectName("question_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        self.hint = label("muted")
        self.hint.setObjectName("question_hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.hint)
        self.input = make_input(question.type, ctx, media_dir, question.appearance)
        self.input.edited.connect(lambda value: self.answered.emit(self.ref, value))
        layout.addWidget(self.input)
        self.problem = Notice()  # under the question, where the agent is looking
        self.problem.setObjectName("question_problem")
        layout.addWidget(self.problem)
        self.strict = False  # "required" is said only once the agent tried to go on

    def refresh(self, session: Any, language: str) -> None:
        form = session.form
        text = session.label(self.ref) or self.question.name
        self.label.setText(text + (" *" if session.is_required(self.ref) and self.question.type != "note" else ""))
        hint = localized(self.question.hints, language, form.default_language)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if hasattr(self.input, "set_choices"):
            self.input.set_choices(session.choices(self.ref), language, form.default_language)
        if hasattr(self.input, "language"):
            self.input.language = language
        self.input.set_value(session.value(self.ref))
        self.input.setEnabled(not session.is_read_only(self.ref))
        self.show_problem(session.problem(self.ref, strict=self.strict), language, form.default_language)

    def show_problem(self, problem: Texts | None, language: str, default_language: str) -> None:
        if problem:
            self.problem.show_message("error", localized(problem, language, default_language), cause="answer")
        else:
            self.problem.clear()

    def focus(self) -> None:
        self.input.focus()

    def stop(self) -> None:
        self.input.stop()
