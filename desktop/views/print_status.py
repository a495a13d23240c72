"""A print job's status in-line: printing…, printed, or what went wrong with a Retry button.

Printing runs in the background, in the printer's own lane, and never touches the recorded
payment: a failure only means the paper is missing. A receipt that failed waits in the print
queue (desktop/print_queue.py); when the queue prints it, this status says so and the failure
goes (a notice never outlives its cause)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.printer_gateway import PrintOutcome
from desktop.tasks import PRINT_LANE, Latest
from desktop.turns import after_frame
from desktop.widgets import Notice, busy_bar, button, with_shortcut_hint


class PrintStatus(QWidget):
    printed = Signal(object)  # PrintOutcome
    stateChanged = Signal(str)  # idle | printing | printed | failed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._job: Callable[[], PrintOutcome] | None = None
        self._what: Callable[[], str] = str
        self._reassurance: Callable[[], str] = str
        self._again = False
        self.receipt_no: str | None = None  # the receipt this job prints, if it is one
        self.state = "idle"  # idle | printing | printed | failed
        self._latest = Latest()  # only the newest job's answer is shown
        self._token = 0  # the newest job's, to drop a deferred start that a newer one replaced
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
        # A bound method of this widget: Qt cuts the connection when the widget goes.
        ctx.print_queue.receiptPrinted.connect(self._queue_printed)
        self.retranslate()

    def start(self, job: Callable[[], PrintOutcome], what: str | Callable[[], str],
              reassurance: str | Callable[[], str] = "", again: bool = False,
              receipt_no: str | None = None, defer: bool = False) -> None:
        """`job` runs on the printer's worker thread; `what` names the document ("receipt
        T07-2026-000123"); `reassurance` tells the agent, after a failure, what is safe regardless.
        Given as functions, both are said again in the new language after a live switch.
        `receipt_no` lets the print queue's success clear this job's failure. With `defer`, the
        status says "printing" at once and the job starts once the screen is drawn (see retry)."""
        self._job = job
        self.receipt_no = receipt_no
        if self.state == "printing":  # a new document: the old job's answer, when it comes, is dropped
            self._set_state("idle")
        self._what = what if callable(what) else (lambda: what)
        self._reassurance = reassurance if callable(reassurance) else (lambda: reassurance)
        self._again = again  # offer another copy after success (a Z-report for the supervisor)
        self.retry(defer)

    def receipt_reassurance(self) -> str:
        return self.tr("Nothing is lost: the payment is recorded, and the receipt can be printed again from the "
                       "taxpayer's history.")

    def retry(self, defer: bool = False) -> None:
        if self._job is None or self.state == "printing":
            return
        self._set_state("printing")
        self.retry_button.hide()
        self.busy.show()
        # Each state replaces the last one's notice: a failure never outlives a successful retry.
        self.notice.show_message("warning", lambda: self.tr("Printing %1…").replace("%1", self._what()),
                                 cause="printing")
        token, job = self._latest.next(), self._job
        self._token = token

        def submit() -> None:
            if token != self._token:
                return  # a newer job was started meanwhile: this one is not wanted any more
            # An operation: the copy it records reaches the views as changes (home's pending count).
            self.ctx.op(lambda _ledger: job(), self._latest.only_latest(token, self._done),
                        self._latest.only_latest(token, self._failed), label=self.tr("Printing"), lane=PRINT_LANE)
        # Deferred, the job's Python (rendering the receipt) does not compete for the interpreter
        # lock with the UI thread while it draws the screen that shows this status.
        after_frame(self, submit) if defer else submit()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.stateChanged.emit(state)

    def _done(self, outcome: PrintOutcome) -> None:
        self.busy.hide()
        if outcome.ok:
            self._show_printed(outcome.detail)
            if not outcome.already:
                self.ctx.print_queue.printer_answered()  # the printer is back: the queue goes too
        else:
            error = outcome.error
            self._show_failure((lambda: error.message(self.ctx.lang)) if error is not None else lambda: outcome.message)
        self.printed.emit(outcome)

    def _show_printed(self, detail: str = "") -> None:
        def printed() -> str:
            text = self.tr("Printed: %1.").replace("%1", self._what())
            if detail:  # the printer's own words, as it answered
                text += " " + self.tr("Printer: %1.").replace("%1", detail)
            return text
        self.notice.show_message("success", printed, cause="printed")
        if self._again:
            self.retry_button.setText(self.tr("Print another copy"))
            self.retry_button.show()
        else:
            self.retry_button.hide()
        self._set_state("printed")

    def _queue_printed(self, receipt_no: str) -> None:
        """The queue printed this receipt: its failure notice and Retry button go."""
        if self.receipt_no == receipt_no and self.state == "failed":
            self._show_printed()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self._show_failure(lambda: self.ctx.error_text(error))

    def _show_failure(self, message: Callable[[], str]) -> None:
        def failure() -> str:
            text = self.tr("Not printed: %1. %2").replace("%1", self._what()).replace("%2", message())
            reassurance = self._reassurance()
            return text + " " + reassurance if reassurance else text
        self.notice.show_message("error", failure, cause="failed")
        self.retry_button.setText(self.tr("Retry printing"))
        self.retry_button.show()
        self.retry_button.setFocus()
        self._set_state("failed")

    def reset(self) -> None:
        self._token = self._latest.next()  # a job still running (or about to start) answers to nobody
        self._job = None
        self.receipt_no = None
        self._set_state("idle")
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
