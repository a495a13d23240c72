"""A print job's status in-line: printing…, printed, or what went wrong with a Retry button.

Printing runs in the background and never touches the recorded payment: a failure only means
the paper is missing, and the receipt can be printed again from the history."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.printer_gateway import PrintOutcome
from desktop.widgets import Notice, busy_bar, button, with_shortcut_hint


class PrintStatus(QWidget):
    printed = Signal(object)  # PrintOutcome

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._job: Callable[[], PrintOutcome] | None = None
        self._what: Callable[[], str] = str
        self._reassurance: Callable[[], str] = str
        self._again = False
        self.state = "idle"  # idle | printing | printed | failed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = Notice()
        self.notice.setObjectName("print_notice")
        layout.addWidget(self.notice)
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.retry_button = button("primary")
        self.retry_button.setObjectName("print_retry")
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def start(self, job: Callable[[], PrintOutcome], what: str | Callable[[], str],
              reassurance: str | Callable[[], str] = "", again: bool = False) -> None:
        """`job` runs on a worker thread; `what` names the document ("receipt T07-2026-000123");
        `reassurance` tells the agent, after a failure, what is safe regardless. Given as
        functions, both are said again in the new language after a live switch."""
        self._job = job
        self._what = what if callable(what) else (lambda: what)
        self._reassurance = reassurance if callable(reassurance) else (lambda: reassurance)
        self._again = again  # offer another copy after success (a Z-report for the supervisor)
        self.retry()

    def receipt_reassurance(self) -> str:
        return self.tr("Nothing is lost: the payment is recorded, and the receipt can be printed again from the "
                       "taxpayer's history.")

    def retry(self) -> None:
        if self._job is None or self.state == "printing":
            return
        self.state = "printing"
        self.retry_button.hide()
        self.busy.show()
        # Each state replaces the last one's notice: a failure never outlives a successful retry.
        self.notice.show_message("warning", lambda: self.tr("Printing %1…").replace("%1", self._what()),
                                 cause="printing")
        self.ctx.run(self._job, self._done, self._failed, label=self.tr("Printing"))

    def _done(self, outcome: PrintOutcome) -> None:
        self.busy.hide()
        if outcome.ok:
            self.state = "printed"
            def printed() -> str:
                text = self.tr("Printed: %1.").replace("%1", self._what())
                if outcome.detail:  # the printer's own words, as it answered
                    text += " " + self.tr("Printer: %1.").replace("%1", outcome.detail)
                return text
            self.notice.show_message("success", printed, cause="printed")
            if self._again:
                self.retry_button.setText(self.tr("Print another copy"))
                self.retry_button.show()
        else:
            error = outcome.error
            self._show_failure((lambda: error.message(self.ctx.lang)) if error is not None else lambda: outcome.message)
        self.printed.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self._show_failure(lambda: self.ctx.error_text(error))

    def _show_failure(self, message: Callable[[], str]) -> None:
        self.state = "failed"

        def failure() -> str:
            text = self.tr("Not printed: %1. %2").replace("%1", self._what()).replace("%2", message())
            reassurance = self._reassurance()
            return text + " " + reassurance if reassurance else text
        self.notice.show_message("error", failure, cause="failed")
        self.retry_button.setText(self.tr("Retry printing"))
        self.retry_button.show()
        self.retry_button.setFocus()

    def reset(self) -> None:
        self._job = None
        self.state = "idle"
        self.notice.clear()
        self.busy.hide()
        self.retry_button.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Print another copy") if self.state == "printed"
                                  else self.tr("Retry printing"))
        self.retry_button.setToolTip(with_shortcut_hint(self.tr("Retry printing"), "Ctrl+Shift+P"))
