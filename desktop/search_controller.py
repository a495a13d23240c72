"""Search as you type without lag: queries run off the UI thread, at most one at a time.

A keystroke starts a query at once when none is running (no fixed debounce delay, which would
add to every keystroke's latency); keystrokes typed while one runs only update the wanted text,
and when it ends the latest text is searched. Results for a text that is no longer wanted are
discarded, so the list never flickers back to an older query.

A keystroke asks for one page of results (PAGE_SIZE, more than a tablet shows at once): the
ranking reads and sorts twice the page from the index, so a small page answers several times
faster than a long list would. Scrolling to the end of the list asks for more (`more()`), up to
RESULT_LIMIT; after that the agent types more to narrow down."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext

PAGE_SIZE = 20
RESULT_LIMIT = 100


class SearchController(QObject):
    resultsReady = Signal(str, list)  # the text searched, its results
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, page: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._page = page
        self._limit = page  # rows wanted for the current text: grows a page at a time on scroll
        self._wanted = ""
        self._in_flight: tuple[str, int] | None = None
        self.queries_run = 0  # for the benchmark and tests: how many reached the database

    @property
    def wanted(self) -> str:
        return self._wanted

    @property
    def limit(self) -> int:
        return self._limit

    def set_text(self, text: str) -> None:
        text = text.strip()
        if text != self._wanted:
            self._limit = self._page  # a new text starts again from its first page
        self._wanted = text
        if self._in_flight is not None:
            return  # picked up when the running query ends
        if not self._wanted:
            self.resultsReady.emit("", [])
            return
        self._launch()

    def more(self) -> bool:
        """The agent scrolled to the end of a full page: fetch the next one. False when there is
        nothing more to ask for (the last answer was short, or the limit is reached)."""
        if not self._wanted or self._limit >= RESULT_LIMIT:
            return False
        self._limit = min(RESULT_LIMIT, self._limit + self._page)
        if self._in_flight is None:
            self._launch()
        return True

    def refresh(self) -> None:
        """Run the current text again (balances changed after a payment)."""
        if self._wanted and self._in_flight is None:
            self._launch()

    def _launch(self) -> None:
        text, limit = self._wanted, self._limit
        self._in_flight = (text, limit)
        self.queries_run += 1
        self.busyChanged.emit(True)
        ledger = self._ctx.ledger
        self._ctx.run(lambda: ledger.reads.search(text, limit), lambda results: self._done(text, limit, results),
                      self._failed)

    def _done(self, text: str, limit: int, results: list) -> None:
        self._in_flight = None
        if (text, limit) != (self._wanted, self._limit):  # stale: the agent typed on, or scrolled
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
