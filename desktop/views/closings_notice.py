"""On the session screen, after an opening that closed months or years (core/closings.py): which
periods were closed for good, and a button to print their closing documents for the supervisor."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

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
        # The text beside its button, not above it: at 1024 x 600 the session's running totals
        # below need the height more than this notice needs the width.
        row = QHBoxLayout()
        self.text = label("")
        self.text.setObjectName("session_closings_text")
        row.addWidget(self.text, 1)
        self.print_button = button()
        self.print_button.setObjectName("session_print_closings")
        self.print_button.clicked.connect(self.print_closings)
        row.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignVCenter)
        # Once asked for, the print's status (and its Retry / another copy) takes the button's place.
        self.print_status = PrintStatus(ctx)
        self.print_status.setMaximumWidth(400)
        self.print_status.hide()
        row.addWidget(self.print_status, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(row)
        # Never squeezed below its text: the running totals under it scroll instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()
        self.retranslate()

    def show_closings(self, made: list[Closing]) -> None:
        self.made = list(made)
        self.print_status.reset()
        self.print_status.hide()
        self.print_button.show()
        self._render()
        self.setVisible(bool(self.made))

    def print_closings(self) -> None:
        if not self.made:
            return
        gateway, lang, periods = self.ctx.printer, self.ctx.lang, [c.period for c in self.made]
        self.print_button.hide()
        self.print_status.show()
        self.print_status.start(lambda: gateway.print_closings(periods, lang), self._what,
                                self.tr("The closings are kept on the device: print them again at any time."),
                                again=True)

    def _what(self) -> str:
        return self.tr("the closings")

    def _render(self) -> None:
        names = ", ".join((self.tr("month %1") if c.kind == "month" else self.tr("year %1")).replace("%1", c.period)
                          for c in self.made)
        self.text.setText(self.tr("Closed for good when this session opened: %1. A correction is now a void "
                                  "in the current period.").replace("%1", names))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print the closings"))
        self._render()
