"""The print queue, kept moving: receipts recorded while no printer answered print by themselves
as soon as one does.

What is queued is read from the ledger (core/printqueue.py: valid receipts without a printed
copy), never kept only here, so the queue survives a restart. This object only holds the last
reading for the screens and runs the retry loop: one attempt at a time, in the printer's own
lane off the UI thread (desktop/tasks.py), waiting longer after each failure (5 s up to 60 s),
at once again when the printer settings change or another print gets through, and not at all
once the queue is empty or nobody is logged in."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from core.printqueue import QueuedReceipt
from desktop.printer_gateway import PRINTER_SETTINGS, PrintOutcome
from desktop.tasks import PRINT_LANE, Latest

if TYPE_CHECKING:
    from core.changes import Changes
    from desktop.context import AppContext

BACKOFF_MS = (5_000, 10_000, 20_000, 40_000, 60_000)


class PrintQueue(QObject):
    changed = Signal()  # items, state or the last failure changed
    receiptPrinted = Signal(str)  # a receipt's original is on paper (whoever printed it)

    def __init__(self, ctx: "AppContext", parent: QObject | None = None) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self.items: list[QueuedReceipt] = []
        self.state = "idle"  # idle | printing | waiting (the printer did not answer; a retry is set)
        self.last_error = ""  # why the last attempt failed, in the agent's language
        self.backoff_ms = BACKOFF_MS  # tests shorten it
        self.failures = 0
        self.next_try = 0.0  # time.monotonic() of the next automatic attempt, while waiting
        self._in_flight = False
        self._latest = Latest()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._attempt)
        ctx.changed.connect(self._ledger_changed)
        ctx.agentChanged.connect(self._agent_changed)

    @property
    def count(self) -> int:
        return len(self.items)

    def _active(self) -> bool:
        """Print only for a logged-in agent: the printed copy is recorded in their name."""
        return self.ctx.ledger.agent_id is not None

    # -- reading the queue -----------------------------------------------------------------
    def refresh(self) -> None:
        token = self._latest.next()
        gateway = self.ctx.printer
        self.ctx.run(gateway.print_queue, self._latest.only_latest(token, self._loaded))

    def _loaded(self, items: list[QueuedReceipt]) -> None:
        self.items = items
        if not items:
            self._timer.stop()
            self.failures, self.last_error = 0, ""
            if not self._in_flight:
                self.state = "idle"
        elif self._active() and not self._in_flight and not self._timer.isActive():
            self._schedule(self._delay())
        self.changed.emit()

    def _ledger_changed(self, changes: "Changes") -> None:
        printer = bool(changes.settings & PRINTER_SETTINGS)
        if printer:  # perhaps a printer that answers now: try at once
            self.failures = 0
            self._timer.stop()
        if changes.print_queue or printer:
            self.refresh()

    def _agent_changed(self) -> None:
        if not self._active():
            self._timer.stop()
            if not self._in_flight:
                self.state = "idle"
            self.changed.emit()
        self.refresh()

    # -- printing --------------------------------------------------------------------------
    def print_all(self) -> None:
        """The agent's "Print all": now, whatever the wait was."""
        self.failures = 0
        self._timer.stop()
        self._attempt()

    def print_one(self, receipt_no: str) -> None:
        self._timer.stop()
        self._attempt(receipt_no)

    def printer_answered(self) -> None:
        """Another job got through (a receipt just taken, a test page): the queue goes now."""
        if self.state == "waiting":
            self.failures = 0
            self._timer.stop()
        self.refresh()

    def _delay(self) -> int:
        return 0 if not self.failures else self.backoff_ms[min(self.failures, len(self.backoff_ms)) - 1]

    def _schedule(self, delay_ms: int) -> None:
        self.next_try = time.monotonic() + delay_ms / 1000
        self._timer.start(delay_ms)

    def _attempt(self, receipt_no: str | None = None) -> None:
        if self._in_flight or not self.items or not self._active():
            return
        target = receipt_no or self.items[0].receipt_no
        self._in_flight = True
        self.state = "printing"
        self.changed.emit()
        gateway, lang = self.ctx.printer, self.ctx.lang
        # No label: an automatic retry every minute would keep the top bar busy; this queue's
        # own screen and the rail's badge show it.
        self.ctx.op(lambda _ledger: gateway.print_original(target, lang), lambda outcome: self._done(target, outcome),
                    self._failed, lane=PRINT_LANE)

    def _done(self, receipt_no: str, outcome: PrintOutcome) -> None:
        self._in_flight = False
        if not outcome.ok:
            self._give_up_for_now(outcome.message)
            return
        self.failures, self.last_error = 0, ""
        self.state = "idle"
        self.items = [item for item in self.items if item.receipt_no != receipt_no]
        self.receiptPrinted.emit(receipt_no)
        self.changed.emit()
        self.refresh()  # then the next one, at once

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        self._give_up_for_now(self.ctx.error_text(error))

    def _give_up_for_now(self, message: str) -> None:
        self.failures += 1
        self.last_error = message
        self.state = "waiting"
        if self._active() and self.items:
            self._schedule(self._delay())
        self.changed.emit()

    def teardown(self) -> None:
        self._timer.stop()
        for signal, slot in ((self.ctx.changed, self._ledger_changed), (self.ctx.agentChanged, self._agent_changed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
