"""Background work: run a callable on a thread pool and get its result back on the UI thread.

Invariant 8: the UI never blocks. Every Ledger call that reads much, writes, or hashes a PIN
goes through here. Results come back through queued signals, so callbacks run on the UI
thread and may touch widgets."""
from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the UI thread. The worker emits; because the receiving slots belong to this
    UI-thread object, Qt queues the call to the UI thread (a bare lambda would not be)."""
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, runner: "TaskRunner") -> None:
        super().__init__(runner)
        self._runner = runner
        self.on_done: Callback | None = None
        self.on_failed: Callback | None = None
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._runner._finish(self, self.on_done, result)

    @Slot(object)
    def _deliver_failed(self, error: Any) -> None:
        self._runner._finish(self, self.on_failed, error, is_error=True)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # on a pool thread
        try:
            result = self._fn()
        except BaseException as error:  # noqa: BLE001 - handed to the UI, never swallowed
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class Task(QObject):
    """One submitted job. `label` names it in the busy bar."""

    def __init__(self, runner: "TaskRunner", label: str) -> None:
        super().__init__(runner)
        self.label = label
        self.cancelled = False

    def cancel(self) -> None:
        """The result will be dropped (the work itself still completes: a write is never cut)."""
        self.cancelled = True


PRINT_LANE = "print"
SYNC_LANE = "sync"


class TaskRunner(QObject):
    """Owns the pools and every pending relay, so nothing is garbage-collected mid-flight.

    Printer jobs run in their own lane, one at a time on a thread of their own: a printer that
    does not answer holds that thread for its connect timeouts, never one a payment needs. Sync
    (and enrollment) has a lane of its own for the same reason: a slow network holds that thread
    only, and one thread means two syncs can never run at once."""
    busyChanged = Signal(bool)
    activeChanged = Signal(list)  # labels of running tasks, for the busy bar

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._print_pool = QThreadPool(self)
        self._print_pool.setMaxThreadCount(1)  # jobs print in the order they were asked for
        self._sync_pool = QThreadPool(self)
        self._sync_pool.setMaxThreadCount(1)
        self._active: dict[_Relay, Task] = {}

    def submit(self, fn: Callable[[], Any], done: Callback | None = None, failed: Callback | None = None,
               label: str = "", lane: str = "") -> Task:
        relay = _Relay(self)
        relay.on_done, relay.on_failed = done, failed
        task = Task(self, label)
        self._active[relay] = task
        if len(self._active) == 1:
            self.busyChanged.emit(True)
        self.activeChanged.emit(self.labels())
        pool = {PRINT_LANE: self._print_pool, SYNC_LANE: self._sync_pool}.get(lane, self._pool)
        pool.start(_Job(fn, relay))
        return task

    def _finish(self, relay: _Relay, callback: Callback | None, value: Any, is_error: bool = False) -> None:
        task = self._active.pop(relay, None)
        relay.deleteLater()
        if task is not None:
            task.deleteLater()
        try:
            if is_error and callback is None:
                log.error("background task %r failed: %s", task.label if task else "?",
                          getattr(value, "__traceback_text__", value))
            elif callback is not None and not (task and task.cancelled) and receiver_alive(callback):
                callback(value)
        finally:
            if not self._active:
                self.busyChanged.emit(False)
            self.activeChanged.emit(self.labels())

    def labels(self) -> list[str]:
        return [task.label for task in self._active.values() if task.label]

    def is_busy(self) -> bool:
        return bool(self._active)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle: only at shutdown, so no write is cut short."""
        return all(pool.waitForDone(msecs) for pool in (self._sync_pool, self._print_pool, self._pool))


def receiver_alive(callback: Callable[..., Any]) -> bool:
    """False for a widget's method whose widget is gone: a job that outlives its screen (a
    printer answering after the window closed) has nobody left to tell."""
    receiver = getattr(callback, "__self__", None)
    return not isinstance(receiver, QObject) or shiboken6.isValid(receiver)


class Latest:
    """For a view that reloads in the background: only the newest load's result is shown, so
    a slow older read can never overwrite a newer one."""

    def __init__(self) -> None:
        self._issued = 0

    def next(self) -> int:
        self._issued += 1
        return self._issued

    def only_latest(self, token: int, deliver: Callback) -> Callback:
        def maybe(value: Any) -> None:
            if token == self._issued and receiver_alive(deliver):
                deliver(value)
        return maybe
