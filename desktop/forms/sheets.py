"""The entry screen's two pages that are not questions: a repeat's "add another / remove" page, and
the summary before submitting."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from core.forms.model import localized
from desktop.context import AppContext
from desktop.forms.pages import Page, paginate, shown_refs
from desktop.widgets import Card, button, label

if TYPE_CHECKING:
    from desktop.forms.entry import FormEntryView


class RepeatSheet(QWidget):
    def __init__(self, entry: "FormEntryView", page: Page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeat_sheet")
        form = entry.form
        question = form.question(page.ref)
        name = localized(question.labels, entry.language, form.default_language) or question.name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(label("subtitle", name))
        self.count = label("big", self.tr("Recorded: %1").replace("%1", str(page.count)))
        self.count.setObjectName("repeat_count")
        layout.addWidget(self.count)
        self.remove_buttons = []
        for position in range(1, page.count + 1):
            instance = f"{page.ref}[{position}]"
            if not entry.session.is_relevant(instance):
                continue
            card = Card()
            row = QHBoxLayout()
            row.addWidget(label("", f"{name} {position}"), 1)
            open_button = button()
            open_button.setObjectName(f"repeat_open_{position}")
            open_button.setText(self.tr("Open"))
            open_button.clicked.connect(lambda _=False, ref=instance: entry.jump(ref))
            remove = button()
            remove.setObjectName(f"repeat_remove_{position}")
            remove.setText(self.tr("Remove"))
            remove.clicked.connect(lambda _=False, ref=instance: entry.remove_repeat(ref))
            row.addWidget(open_button)
            row.addWidget(remove)
            card.body.addLayout(row)
            layout.addWidget(card)
            self.remove_buttons.append(remove)
        self.add = button("primary")
        self.add.setObjectName("repeat_add")
        self.add.setText(self.tr("Add another: %1").replace("%1", name) if page.count
                         else self.tr("Add: %1").replace("%1", name))
        self.add.clicked.connect(lambda: entry.add_repeat(page.ref))
        layout.addWidget(self.add)
        hint = label("muted", self.tr("Tap Next when there are no more."))
        layout.addWidget(hint)


class SummarySheet(QWidget):
    def __init__(self, ctx: AppContext, entry: "FormEntryView", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_sheet")
        session = entry.session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(label("subtitle", self.tr("Summary")))
        refs = shown_refs(paginate(session))
        answered = sum(1 for ref in refs if session.value(ref) != "")
        self.counts = label("", self.tr("%1 of %2 questions answered.").replace("%1", str(answered))
                            .replace("%2", str(len(refs))))
        self.counts.setObjectName("summary_counts")
        layout.addWidget(self.counts)
        problems = session.validate()
        self.problems = []
        for ref, texts in problems:
            item = button()
            item.setObjectName("summary_problem")
            item.setText(f"⚠ {session.label(ref)} — {localized(texts, entry.language, entry.form.default_language)}")
            item.clicked.connect(lambda _=False, r=ref: entry.jump(r, strict=True))
            layout.addWidget(item)
            self.problems.append(item)
        self.state = label("muted", self.tr("No answer is missing or wrong. Submitting records the form on this "
                                            "device; it is sent with the next synchronisation.") if not problems
                           else self.tr("Correct these answers before submitting."))
        self.state.setObjectName("summary_state")
        layout.addWidget(self.state)
        self.submit = button("primary")
        self.submit.setObjectName("entry_submit")
        self.submit.setText(self.tr("Submit"))
        self.submit.clicked.connect(entry.submit)
        layout.addWidget(self.submit)
