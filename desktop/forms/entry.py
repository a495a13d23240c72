"""The entry screen: a FormSession walked page by page (desktop/forms/pages.py), made for touch.

Next refuses to leave a page with a problem (shown under its question); Back always works. The
questions panel lists every question the agent can answer now, with its state, to jump to it.
Finish checks the whole form: a problem jumps to the first bad question; otherwise a summary and
Submit. Every answer is handed to the DraftSaver (saved off the UI thread, coalesced)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from core.forms.model import Form, localized
from desktop.context import AppContext
from desktop.forms.block import QuestionBlock
from desktop.forms.drafts import DraftSaver
from desktop.forms.pages import GROUP, REPEAT, Page, page_of, paginate, shown_refs
from desktop.forms.panel import QuestionsPanel
from desktop.forms.sheets import RepeatSheet, SummarySheet
from desktop.forms.session import new_session
from desktop.views.dialogs import ConfirmDialog
from desktop.widgets import Notice, button, label, reveal, shortcut

class FormEntryView(QWidget):
    closed = Signal()  # back to the census list (the draft is kept)
    submitted = Signal(str)  # the submission's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form_entry")
        self.ctx = ctx
        self.form: Form | None = None
        self.session: Any = None
        self.draft_id = ""
        self.language = ""
        self.pages: list[Page] = []
        self.index = 0  # len(self.pages): the summary
        self.blocks: dict[str, QuestionBlock] = {}
        self.sheet: QWidget | None = None
        self.finish_tried = False
        self.saver = DraftSaver(ctx, self)
        self.saver.failed.connect(lambda error: self.notice.show_message("error", lambda: self.ctx.error_text(error),
                                                                          cause="save"))
        self.saver.saved.connect(lambda: self.notice.clear("save"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.title = label("subtitle")  # one line where it can: the page's question needs the height
        self.title.setObjectName("entry_title")
        top.addWidget(self.title, 1)
        self.progress = label("muted", wrap=False)
        self.progress.setObjectName("entry_progress")
        top.addWidget(self.progress)
        self.questions_button = button()
        self.questions_button.setObjectName("entry_questions_toggle")
        self.questions_button.setCheckable(True)
        self.questions_button.toggled.connect(self._toggle_panel)
        top.addWidget(self.questions_button)
        self.close_button = button()
        self.close_button.setObjectName("entry_close")
        self.close_button.clicked.connect(self.save_and_close)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.where = label("muted")
        self.where.setObjectName("entry_where")
        layout.addWidget(self.where)
        self.notice = Notice()
        self.notice.setObjectName("entry_notice")
        layout.addWidget(self.notice)

        body = QHBoxLayout()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body.addWidget(self.scroll, 1)
        self.panel = QuestionsPanel()
        self.panel.chosen.connect(self.jump)
        self.panel.hide()
        body.addWidget(self.panel)
        layout.addLayout(body, 1)

        nav = QHBoxLayout()
        self.back_button = button()
        self.back_button.setObjectName("entry_back")
        self.back_button.clicked.connect(self.back)
        self.next_button = button("primary")
        self.next_button.setObjectName("entry_next")
        self.next_button.clicked.connect(self.next)
        self.finish_button = button()
        self.finish_button.setObjectName("entry_finish")
        self.finish_button.clicked.connect(self.finish)
        for widget in (self.back_button, self.next_button, self.finish_button):
            widget.setMinimumWidth(150)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.finish_button)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        shortcut(self, "Alt+Right", self.next)
        shortcut(self, "Alt+Left", self.back)
        self.retranslate()

    # -- opening ---------------------------------------------------------------------------
    def media_dir(self) -> Path:
        return Path(self.ctx.ledger.store.path).parent / "media"

    def open(self, form: Form, draft_id: str, answers: dict | None) -> None:
        """A draft on screen: a new one (answers None: the form's defaults apply) or one resumed."""
        self.form, self.draft_id = form, draft_id
        self.language = self.ctx.lang
        self.session = new_session(form, answers, self.language)
        self.finish_tried = False
        self.notice.clear()
        self.pages = paginate(self.session)
        self.index = 0
        if answers is None:
            self.saver.save(draft_id, self.session.answers)  # the defaults, kept from the start
        self._render()

    # -- answers ---------------------------------------------------------------------------
    def _answered(self, ref: str, value: str) -> None:
        if self.session is None:
            return
        self.session.set_value(ref, value)
        self.saver.save(self.draft_id, self.session.answers)
        self._reflow()

    def _reflow(self) -> None:
        """After an answer: pages may come or go (relevance, repeat counts); the page on screen is
        refreshed in place, rebuilt only when its questions changed."""
        current = self._current()
        self.pages = paginate(self.session)
        if current is None:
            self.index = len(self.pages)
            self._render()
            return
        index = page_of(self.pages, current.ref)
        if index < 0:
            self.index = min(self.index, len(self.pages))
            self._render()
            return
        self.index = index
        if self.pages[index].refs != tuple(self.blocks) or self.pages[index].kind == REPEAT:
            focused = next((ref for ref, block in self.blocks.items() if block.isAncestorOf(self.focusWidget())), None) \
                if self.focusWidget() else None
            self._render(focus=focused)
            return
        for block in self.blocks.values():
            block.refresh(self.session, self.language)
        self._render_chrome()

    # -- navigation ------------------------------------------------------------------------
    def _current(self) -> Page | None:
        return self.pages[self.index] if 0 <= self.index < len(self.pages) else None

    def next(self) -> None:
        page = self._current()
        if page is None:
            return
        bad = [ref for ref in page.refs if self.session.problem(ref, strict=True)]
        if bad:
            for ref in bad:
                self.blocks[ref].strict = True
                self.blocks[ref].refresh(self.session, self.language)
            self.blocks[bad[0]].focus()
            reveal(self.blocks[bad[0]])
            return
        self._leave()
        self.index += 1
        self._render()

    def back(self) -> None:
        if self.index > 0:
            self._leave()
            self.index = min(self.index, len(self.pages)) - 1
            self._render()

    def jump(self, ref: str, strict: bool = False) -> None:
        index = page_of(self.pages, ref)
        if index < 0:
            return
        self._leave()
        self.index = index
        self._render(focus=ref)
        if strict and ref in self.blocks:
            self.blocks[ref].strict = True
            self.blocks[ref].refresh(self.session, self.language)

    def finish(self) -> None:
        """Check everything: a problem jumps to the first bad question; otherwise the summary."""
        self.finish_tried = True
        problems = self.session.validate()
        if problems:
            self.jump(problems[0][0], strict=True)
            # Until the agent moves on: the count would not follow the answers.
            self.notice.show_message("error", lambda: self.tr("Answers to give or correct before submitting: %1.")
                                     .replace("%1", str(len(problems))), cause="finish")
            return
        self.notice.clear("finish")
        self._leave()
        self.index = len(self.pages)
        self._render()

    def submit(self) -> None:
        if self.session.validate():
            self.finish()
            return
        self.notice.clear()
        self.next_button.setEnabled(False)
        draft_id = self.draft_id
        self.saver.then(lambda ledger: ledger.submit_draft(draft_id), self._submitted, self._submit_failed)

    def _submitted(self, submission_id: str) -> None:
        self.session, self.form, self.draft_id = None, None, ""
        self._clear_page()
        self.submitted.emit(submission_id)

    def _submit_failed(self, error: BaseException) -> None:
        if getattr(error, "code", "") == "submission_media_missing":  # back to the photo to take again
            self.jump(error.params.get("ref", ""))
        self.notice.show_message("error", lambda: self.ctx.error_text(error), cause="submit")
        self._render_chrome()

    def save_and_close(self) -> None:
        self._leave()
        self.saver.flush()
        self.session, self.form, self.draft_id = None, None, ""
        self._clear_page()
        self.closed.emit()

    # -- repeats ---------------------------------------------------------------------------
    def add_repeat(self, ref: str) -> None:
        instance = self.session.add_repeat(ref)
        self.saver.save(self.draft_id, self.session.answers)
        self.pages = paginate(self.session)
        index = page_of(self.pages, instance)
        self._leave()
        self.index = index if index >= 0 else self.index
        self._render()

    def remove_repeat(self, instance_ref: str) -> None:
        name = self._instance_name(instance_ref)
        dialog = ConfirmDialog(self.tr("Remove %1?").replace("%1", name),
                               self.tr("The answers of %1 will be removed from this form.").replace("%1", name),
                               self.tr("Remove"), self.tr("Keep"), danger=True, parent=self)
        dialog.setObjectName("confirm_remove_repeat")
        if dialog.exec() != ConfirmDialog.DialogCode.Accepted:
            return
        repeat_ref = instance_ref.rsplit("[", 1)[0]
        self.session.remove_repeat(instance_ref)
        self.saver.save(self.draft_id, self.session.answers)
        self.pages = paginate(self.session)
        index = next((i for i, p in enumerate(self.pages) if p.kind == REPEAT and p.ref == repeat_ref), self.index)
        self.index = index
        self._render()

    def _instance_name(self, instance_ref: str) -> str:
        question = self.form.question(instance_ref)
        position = instance_ref.rsplit("[", 1)[1].rstrip("]")
        return f"{localized(question.labels, self.language, self.form.default_language) or question.name} {position}"

    # -- drawing ---------------------------------------------------------------------------
    def _leave(self) -> None:
        self.notice.clear("finish")
        for block in self.blocks.values():
            block.stop()  # no GNSS receiver left running off-screen

    def _clear_page(self) -> None:
        self._leave()
        self.blocks = {}
        self.sheet = None
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()

    def _render(self, focus: str | None = None) -> None:
        self._clear_page()
        if self.session is None:
            return
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(4, 4, 12, 4)
        column.setSpacing(14)
        page = self._current()
        if page is None:
            self.sheet = SummarySheet(self.ctx, self)
            column.addWidget(self.sheet)
        elif page.kind == REPEAT:
            self.sheet = RepeatSheet(self, page)
            column.addWidget(self.sheet)
        else:
            if page.kind == GROUP:
                heading = label("subtitle", self._group_label(page.ref))
                heading.setObjectName("entry_group_label")
                column.addWidget(heading)
            for ref in page.refs:
                block = QuestionBlock(self.ctx, self.form.question(ref), ref, self.media_dir())
                block.strict = self.finish_tried and bool(self.session.problem(ref, strict=True))
                block.refresh(self.session, self.language)
                block.answered.connect(self._answered)
                self.blocks[ref] = block
                column.addWidget(block)
        column.addStretch(1)
        self.scroll.setWidget(holder)
        self._render_chrome()
        target = self.blocks.get(focus) if focus else next(iter(self.blocks.values()), None)
        if target is not None and self.isVisible():
            target.focus()
        if target is not None and focus:
            reveal(target)  # a question further down a field-list page is scrolled into view

    def _group_label(self, ref: str) -> str:
        question = self.form.question(ref)
        return localized(question.labels, self.language, self.form.default_language)

    def _render_chrome(self) -> None:
        if self.form is None:
            return
        self.title.setText(localized(self.form.title, self.language, self.form.default_language) or self.form.form_id)
        total = len(self.pages)
        self.progress.setText(self.tr("Page %1 of %2").replace("%1", str(min(self.index + 1, total)))
                              .replace("%2", str(total)) if self.index < total else self.tr("Summary"))
        self.where.setText(self._breadcrumb())
        self.where.setVisible(bool(self.where.text()))
        on_summary = self.index >= total
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setVisible(not on_summary)
        self.next_button.setEnabled(True)
        self.finish_button.setVisible(not on_summary)
        if self.panel.isVisible():
            self._fill_panel()

    def _breadcrumb(self) -> str:
        page = self._current()
        if page is None:
            return ""
        steps, path = [], ""
        for step in page.ref.strip("/").split("/")[1:]:
            path += "/" + step
            if "[" in step:
                steps.append(self._instance_name(f"/{self.form.root}{path}"))
        return " › ".join(steps)

    # -- the questions panel ---------------------------------------------------------------
    def _toggle_panel(self, on: bool) -> None:
        self.panel.setVisible(on)
        if on:
            self._fill_panel()

    def panel_refs(self) -> list[str]:
        """The questions the panel lists (every question the agent can answer now)."""
        return shown_refs(self.pages)

    def _fill_panel(self) -> None:
        self.panel.fill(self.session, self.pages, self._current(), self.finish_tried)

    # -- language --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.questions_button.setText(self.tr("Questions"))
        self.close_button.setText(self.tr("Save and close"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.finish_button.setText(self.tr("Finish"))
        if self.session is not None and self.ctx.lang != self.language:
            # Labels, hints, choices and messages come from the form, in the new language.
            self.language = self.ctx.lang
            self.session = new_session(self.form, self.session.answers, self.language)
            self.pages = paginate(self.session)
            self._render()
        else:
            self._render_chrome()

    def hideEvent(self, event) -> None:  # noqa: ANN001
        self._leave()  # another screen, or the list: no receiver runs off-screen
        self.saver.flush()
        super().hideEvent(event)

    def teardown(self) -> None:
        self._leave()
        self.saver.flush()
