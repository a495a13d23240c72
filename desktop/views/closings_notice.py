"""On the session screen, after an opening that closed months or years (core/closings.py): which
periods were closed for good, and a button to print their closing documents for the supervisor."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from core.closings import Closing
from desktop.context import AppContext
from desktop.views.print_status import PrintStatus
from desktop.widgets import Card, button, label


class ClosingsNotice(Card):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_closings")
        self.ctx = ctx
        self.made: list[Closing] = []
        self.text = label("")
        self.text.setObjectName("session_closings_text")
        self.body.addWidget(self.text)
        row = QHBoxLayout()
        self.print_button = button()
        self.print_button.setObjectName("session_print_closings")
        self.print_button.clicked.connect(self.print_closings)
        row.addWidget(self.print_button)
        self.print_status = PrintStatus(ctx)
        row.addWidget(self.print_status, 1)
        self.body.addLayout(row)
        self.hide()
        self.retranslate()

    def show_closings(self, made: list[Closing]) -> None:
        self.made = list(made)
        self.print_status.reset()
        self._render()
        self.setVisible(bool(self.made))

    def print_closings(self) -> None:
        if not self.made:
            return
        gateway, lang, periods = self.ctx.printer, self.ctx.lang, [c.period for c in self.made]
        self.print_status.start(lambda: gateway.print_closings(periods, lang), self._what,
                                self.tr("The closings are kept on the device: print them again at any time."))

    def _what(self) -> str:
        return self.tr("the closings")

    def _render(self) -> None:
        names = ", ".join((self.tr("month %1") if c.kind == "month" else self.tr("year %1")).replace("%1", c.period)
                          for c in self.made)
        self.text.setText(self.tr("Opening this session closed for good: %1. Their totals are signed and can no "
                                  "longer change; a correction is a void in the current period.").replace("%1", names))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print the closings"))
        self._render()
