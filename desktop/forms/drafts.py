"""Drafts saved on every change, without ever making the agent wait.

Each answer asks for a save, written at once off the UI thread when no write is running; answers
given while one runs wait for it and go in the next write, newest only (a burst of typing is as
many writes as the disk takes, never a backlog). So a crash loses at most the answers of the one
write in flight (a few milliseconds), and an older save never lands after a newer one. `then(write)` queues a write (submit, discard) behind the saves
already asked for: a draft is never saved again after it was submitted."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from core.service import Ledger
from desktop.context import AppContext


class DraftSaver(QObject):
    saved = Signal()
    failed = Signal(object)  # the error: the entry screen says it, the answers stay on screen

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending: tuple[str, dict] | None = None  # the newest answers not yet written
        self._queue: list[tuple[Callable[[Ledger], Any], Callable[[Any], None] | None,
                                Callable[[BaseException], None] | None]] = []
        self._running = False

    def save(self, draft_id: str, answers: dict) -> None:
        self._pending = (draft_id, answers)
        if not self._running:
            self._pump()

    def flush(self) -> None:
        """Write what is pending now (leaving the screen, closing the app)."""
        self._pump()

    def then(self, write: Callable[[Ledger], Any], done: Callable[[Any], None] | None = None,
             failed: Callable[[BaseException], None] | None = None) -> None:
        self._take_pending()
        self._queue.append((write, done, failed))
        self._next()

    def busy(self) -> bool:
        return self._running or self._pending is not None or bool(self._queue)

    def _take_pending(self) -> None:
        if self._pending is not None:
            draft_id, answers = self._pending
            self._pending = None
            self._queue.append((lambda ledger: ledger.save_draft(draft_id, answers), lambda _: self.saved.emit(),
                                self.failed.emit))

    def _pump(self) -> None:
        self._take_pending()
        self._next()

    def _next(self) -> None:
        if self._running or not self._queue:
            return
        write, done, failed = self._queue.pop(0)
        self._running = True

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._running = False
            if callback is not None:
                callback(value)
            self._pump()  # the newest answers given meanwhile, if any, then what was queued
        self.ctx.op(write, lambda value: finish(done, value), lambda error: finish(failed, error))
