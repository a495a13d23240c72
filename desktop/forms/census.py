"""The Census page of the rail: the forms on this device, the agent's drafts in progress (resume,
or discard after a confirmation), and a new submission of any form. The entry screen opens in
place of the list and comes back to it when the agent closes or submits."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from core.changes import Changes
from core.forms.model import Form, localized
from desktop.context import AppContext
from desktop.forms.entry import FormEntryView
from desktop.tasks import Latest
from desktop.views.dialogs import ConfirmDialog
from desktop.widgets import Card, Links, Notice, button, label, scrolling


def _title(form: Form, language: str) -> str:
    """A form's title in the app's language (else the form's default, else its id)."""
    return localized(form.title, language, form.default_language) or form.form_id


class CensusView(QWidget):
    scrolls_itself = True  # the list scrolls in its own area; the entry screen keeps its buttons in view

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("census")
        self.ctx = ctx
        self.links = Links()
        self._latest = Latest()
        self.forms: list[Any] = []
        self.drafts: list[Any] = []
        self.taxpayer_id: str | None = None  # a census started from a taxpayer's card
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(14)
        self.heading = label("title")
        layout.addWidget(self.heading)
        self.notice = Notice()
        self.notice.setObjectName("census_notice")
        layout.addWidget(self.notice)
        self.forms_title = label("subtitle")
        layout.addWidget(self.forms_title)
        self.forms_box = QVBoxLayout()
        self.forms_box.setSpacing(10)
        layout.addLayout(self.forms_box)
        self.no_forms = label("muted")
        self.no_forms.setObjectName("census_no_forms")
        layout.addWidget(self.no_forms)
        self.drafts_title = label("subtitle")
        layout.addWidget(self.drafts_title)
        self.drafts_box = QVBoxLayout()
        self.drafts_box.setSpacing(10)
        layout.addLayout(self.drafts_box)
        self.no_drafts = label("muted")
        self.no_drafts.setObjectName("census_no_drafts")
        layout.addWidget(self.no_drafts)
        layout.addStretch(1)
        self.stack.addWidget(scrolling(self.list_page))

        self.entry = FormEntryView(ctx)
        self.entry.closed.connect(self.show_list)
        self.entry.submitted.connect(self._submitted)
        self.stack.addWidget(self.entry)
        self.links.connect(ctx.changed, self._changed)
        self.links.connect(ctx.agentChanged, self._agent_changed)
        self.retranslate()

    def _agent_changed(self) -> None:
        """A log-out: the draft is kept for its agent, and the next agent starts from the list."""
        if self.in_form():
            self.entry.save_and_close()
        self.stack.setCurrentIndex(0)

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        token = self._latest.next()
        ledger = self.ctx.ledger
        agent = ledger.agent_id
        # The definitions themselves, not only the list: their titles in every language (a few forms).
        self.ctx.run(lambda: ([ledger.form(s.form_id, s.version) for s in ledger.forms()], ledger.drafts(agent)),
                     self._latest.only_latest(token, self._loaded),
                     lambda error: self.notice.show_message("error", lambda: self.ctx.error_text(error)))

    def _loaded(self, found: tuple[list, list]) -> None:
        self.forms, self.drafts = found
        self._render()

    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and self.stack.currentIndex() == 0 and (
                getattr(changes, "submissions", None) or changes.registry):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self.stack.currentIndex() == 0:
            self.refresh()

    def _render(self) -> None:
        for box in (self.forms_box, self.drafts_box):
            while box.count():
                widget = box.takeAt(0).widget()
                if widget is not None:
                    widget.hide()  # gone at once, not at the next turn of the event loop
                    widget.setParent(None)
                    widget.deleteLater()
        lang = self.ctx.lang
        for form in self.forms:
            form_id, version = form.form_id, form.version
            card = Card()
            card.setObjectName(f"census_form_{form_id}")
            row = QHBoxLayout()
            text = QVBoxLayout()
            text.addWidget(label("subtitle", _title(form, lang)))
            count = form.question_count
            text.addWidget(label("muted", self.tr("Version %1 · questions: %2").replace("%1", version)
                                 .replace("%2", str(count))))
            row.addLayout(text, 1)
            start = button("primary")
            start.setObjectName(f"census_new_{form_id}")
            start.setText(self.tr("New submission"))
            start.clicked.connect(lambda _=False, f=form_id, v=version: self.start(f, v))
            row.addWidget(start, 0, Qt.AlignmentFlag.AlignVCenter)
            card.body.addLayout(row)
            self.forms_box.addWidget(card)
        self.no_forms.setVisible(not self.forms)
        titles = {f.form_id: _title(f, lang) for f in self.forms}
        for draft in self.drafts:
            card = Card()
            card.setObjectName(f"census_draft_{draft.id}")
            row = QHBoxLayout()
            text = QVBoxLayout()
            text.addWidget(label("subtitle", titles.get(draft.form_id, draft.form_id)))
            text.addWidget(label("muted", self.tr("Started %1 · saved %2").replace("%1", self.ctx.when(draft.started_at))
                                 .replace("%2", self.ctx.when(draft.updated_at))))
            row.addLayout(text, 1)
            resume = button("primary")
            resume.setObjectName(f"census_resume_{draft.id}")
            resume.setText(self.tr("Resume"))
            resume.clicked.connect(lambda _=False, d=draft.id: self.resume(d))
            discard = button()
            discard.setObjectName(f"census_discard_{draft.id}")
            discard.setText(self.tr("Discard"))
            discard.clicked.connect(lambda _=False, d=draft: self.discard(d))
            row.addWidget(resume, 0, Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(discard, 0, Qt.AlignmentFlag.AlignVCenter)
            card.body.addLayout(row)
            self.drafts_box.addWidget(card)
        self.no_drafts.setVisible(not self.drafts)

    # -- actions -------------------------------------------------------------------------
    def start(self, form_id: str, version: str | None = None, taxpayer_id: str | None = None) -> None:
        taxpayer_id = taxpayer_id or self.taxpayer_id
        self.taxpayer_id = None
        self.notice.clear("taxpayer")

        def begin(ledger):  # noqa: ANN001, ANN202
            draft_id = ledger.start_draft(form_id, version, taxpayer_id)
            return draft_id, ledger.form(form_id, version)
        self.ctx.op(begin, lambda found: self._open(found[1], found[0], None), self._failed,
                    label=self.tr("Opening the form"))

    def start_for_taxpayer(self, taxpayer_id: str) -> None:
        """From a taxpayer's card: the next submission started here updates that taxpayer."""
        self.taxpayer_id = taxpayer_id
        self.show_list()
        self.notice.show_message("warning", lambda: self.tr("Choose the form: the submission will be linked to "
                                                            "this taxpayer."), cause="taxpayer")

    def resume(self, draft_id: str) -> None:
        def load(ledger):  # noqa: ANN001, ANN202
            draft = ledger.draft(draft_id)
            return draft, ledger.form(draft.form_id, draft.form_version)
        # Behind the saves still on their way: the answers read are the newest.
        self.entry.saver.then(load, lambda found: self._open(found[1], found[0].id, found[0].answers), self._failed)

    def discard(self, draft: Any) -> None:
        title = next((_title(f, self.ctx.lang) for f in self.forms if f.form_id == draft.form_id), draft.form_id)
        dialog = ConfirmDialog(self.tr("Discard this draft?"),
                               self.tr("The answers given to “%1” since %2 will be lost.").replace("%1", title)
                               .replace("%2", self.ctx.when(draft.started_at)),
                               self.tr("Discard the draft"), self.tr("Keep it"), danger=True, parent=self)
        dialog.setObjectName("confirm_discard_draft")
        if dialog.exec() != ConfirmDialog.DialogCode.Accepted:
            return
        self.ctx.op(lambda ledger: ledger.discard_draft(draft.id), lambda _: self.refresh(), self._failed)

    def hideEvent(self, event) -> None:  # noqa: ANN001
        if self.stack.currentIndex() == 0 and self.taxpayer_id is not None:
            self.taxpayer_id = None  # the agent went elsewhere: the next census is not about that taxpayer
            self.notice.clear("taxpayer")
        super().hideEvent(event)

    def _failed(self, error: BaseException) -> None:
        self.show_list()
        self.notice.show_message("error", lambda: self.ctx.error_text(error))

    def _open(self, form: Any, draft_id: str, answers: dict | None) -> None:
        self.notice.clear()
        self.stack.setCurrentWidget(self.entry)
        self.entry.open(form, draft_id, answers)

    def _submitted(self, _submission_id: str) -> None:
        self.show_list()
        self.notice.show_message("success", lambda: self.tr("Submission recorded. It is sent with the next "
                                                            "synchronisation."), cause="submitted")

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        if self.isVisible():
            self.refresh()

    def in_form(self) -> bool:
        return self.stack.currentWidget() is self.entry and self.entry.session is not None

    # -- language and lifecycle ----------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Census"))
        self.forms_title.setText(self.tr("Forms on this device"))
        self.no_forms.setText(self.tr("No form on this device yet. Forms arrive with the synchronisation, or "
                                      "are imported with “quittance form import”."))
        self.drafts_title.setText(self.tr("Drafts in progress"))
        self.no_drafts.setText(self.tr("No draft in progress."))
        self._render()

    def flush(self) -> None:
        """Write the entry screen's pending answers now (the app is closing)."""
        self.entry.saver.flush()

    def teardown(self) -> None:
        self.links.disconnect_all()
        self.entry.teardown()
