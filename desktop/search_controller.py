"""Search as you type without lag: queries run off the UI thread, at most one at a time.

A keystroke starts a query at once when none is running (no fixed debounce delay, which would
add to every keystroke's latency); keystrokes typed while one runs only update the wanted text,
and when it ends the latest text is searched. Results for a text that is no longer wanted are
discarded, so the list never flickers back to an older query."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext

RESULT_LIMIT = 50


class SearchController(QObject):
    resultsReady = Signal(str, list)  # the text searched, its results
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, limit: int = RESULT_LIMIT) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._limit = limit
        self._wanted = ""
        self._in_flight: str | None = None
        self.queries_run = 0  # for the benchmark and tests: how many reached the database

    @property
    def wanted(self) -> str:
        return self._wanted

    def set_text(self, text: str) -> None:
        self._wanted = text.strip()
        if self._in_flight is not None:
            return  # picked up when the running query ends
        if not self._wanted:
            self.resultsReady.emit("", [])
            return
        self._launch()

    def refresh(self) -> None:
        """Run the current text again (balances changed after a payment)."""
        if self._wanted and self._in_flight is None:
            self._launch()

    def _launch(self) -> None:
        text = self._wanted
        self._in_flight = text
        self.queries_run += 1
        self.busyChanged.emit(True)
        ledger, limit = self._ctx.ledger, self._limit
        self._ctx.run(lambda: ledger.search(text, limit), lambda results: self._done(text, results),
                      self._failed)

    def _done(self, text: str, results: list) -> None:
        self._in_flight = None
        if text != self._wanted:  # stale: the agent typed on
            if self._wanted:
                self._launch()
                return
            self.resultsReady.emit("", [])
        else:
            self.resultsReady.emit(text, results)
        self.busyChanged.emit(False)

    def _failed(self, error: BaseException) -> None:
        self._in_flight = None
        self.busyChanged.emit(False)
        self.failed.emit(self._ctx.error_text(error))
