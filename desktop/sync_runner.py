"""Sync in the background: enrollment, "Sync now", and automatic sync while the server answers.

One sync at a time, never on the UI thread: every sync and enrollment runs in the runner's sync
lane (desktop/tasks.py, one thread of its own), so a slow or dead network holds that thread and
no other; a payment goes on meanwhile on the ordinary pool. The client's progress callback runs
on the sync thread and reaches the screens through a queued signal.

Automatic sync, once the device is enrolled and not revoked: every `interval_ms`, and
`after_payment_ms` after a payment (the receipt should reach the server soon). A server that
cannot be reached is tried again later and later (`backoff_ms`, with jitter so a fleet of tablets
coming back to the network does not knock in step); the first sync that goes through resets it.
A revoked device stops trying: its token is refused outright until it is enrolled again."""
from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING, Any, Callable

import httpx
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from core.changes import Changes, Done
from core.config import Municipality
from sync.client import state
from sync.client.enroll import Enrollment, enroll_ledger
from sync.client.http import Backoff
from sync.client.service import SyncResult, sync_ledger
from sync.client.status import SyncStatus, sync_status
from desktop.tasks import SYNC_LANE

if TYPE_CHECKING:
    from desktop.context import AppContext

# What a sync writes among the device's settings; the home screen shows the first two.
SYNC_SETTINGS = frozenset({state.PUSHED_SEQ, state.LAST_AT, state.CURSOR, state.LAST_RESULT, state.CLOCK_OFFSET})
INTERVAL_MS = 5 * 60_000
AFTER_PAYMENT_MS = 15_000
FIRST_MS = 20_000  # the first automatic sync after the app opens: let the agent log in first
BACKOFF_MS = (60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 30 * 60_000)


class SyncCancelled(Exception):
    """Raised from the progress callback between two batches when the app closes."""


class SyncRunner(QObject):
    statusChanged = Signal()  # `status` was read again (enrolled, revoked, pending, last sync…)
    started = Signal()
    progressed = Signal(str, int, object)  # phase ("push" / "pull"), done, total or None
    finished = Signal(object)  # the SyncResult
    failed = Signal(object)  # the exception a sync raised (not a refusal: those are in the result)
    _from_worker = Signal(str, int, object)

    def __init__(self, ctx: "AppContext", parent: QObject | None = None) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self.transport: httpx.BaseTransport | None = None  # the seam: tests put a fake server here
        self.backoff: Backoff | None = None  # waits between retries inside one sync (tests: no sleep)
        self.interval_ms, self.after_payment_ms, self.backoff_ms = INTERVAL_MS, AFTER_PAYMENT_MS, BACKOFF_MS
        self.jitter: Callable[[], float] = random.random
        self.status: SyncStatus | None = None
        self.device_code = ""
        self.last_result: SyncResult | None = None
        self.running = False
        self.failures = 0  # syncs in a row that could not reach the server
        self.next_at = 0.0  # time.monotonic() of the next automatic sync, while one is set
        self._cancel = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.sync_now(automatic=True))
        self._from_worker.connect(self._relay_progress)
        ctx.changed.connect(self._ledger_changed)

    # -- what the screens read -------------------------------------------------------------
    @property
    def enrolled(self) -> bool:
        return bool(self.status and self.status.enrolled)

    @property
    def revoked(self) -> bool:
        return bool(self.status and self.status.revoked)

    def start(self) -> None:
        """Read where the device stands; the first automatic sync follows if it is enrolled."""
        self.refresh(then=lambda: self._schedule(FIRST_MS))

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        ledger = self.ctx.ledger

        def read() -> tuple[SyncStatus, str]:
            return sync_status(ledger.store), ledger.device.code

        def loaded(found: tuple[SyncStatus, str]) -> None:
            self.status, self.device_code = found
            self.statusChanged.emit()
            if then is not None:
                then()
        self.ctx.run(read, loaded, lambda error: None)

    # -- syncing ---------------------------------------------------------------------------
    def sync_now(self, automatic: bool = False) -> bool:
        """Start a sync; False when one is already running (never two at once) or, for an
        automatic one, when there is nothing it could do (not enrolled, revoked)."""
        if self.running or self._stopped:
            return False
        if automatic and (not self.enrolled or self.revoked):
            return False
        self._timer.stop()
        self.running, self._cancel = True, False
        self.started.emit()
        ledger, transport, backoff = self.ctx.ledger, self.transport, self.backoff
        def work() -> Done:
            before = ledger.municipality
            result = sync_ledger(ledger, transport=transport, backoff=backoff, progress=self._report)
            # A pull may bring the municipality's new name, time zone or logo, and agents: the
            # screens that show them are told, as after an enrollment.
            after = ledger.municipality if result.pulled else before
            return Done((result, after if after != before else None), Changes(settings=SYNC_SETTINGS, sync=True, registry=result.pulled > 0,
                                        agents=result.pulled > 0, municipality=after != before))

        self.ctx.run(work, self._done, self._failed, lane=SYNC_LANE,
                     label="" if automatic else QCoreApplication.translate("SyncRunner", "Synchronising"))
        return True

    def _report(self, phase: str, done: int, total: int | None) -> None:  # on the sync thread
        if self._cancel:
            raise SyncCancelled()
        self._from_worker.emit(phase, done, total)

    @Slot(str, int, object)
    def _relay_progress(self, phase: str, done: int, total: Any) -> None:
        self.progressed.emit(phase, done, total)

    def _done(self, value: tuple[SyncResult, Municipality | None]) -> None:
        """The sync's result, and the municipality when a pull changed it (else None)."""
        result, municipality = value
        self.running = False
        if municipality is not None:
            self.ctx.set_municipality(municipality)
        self.last_result = result
        unreachable = (result.error or {}).get("code") == "unreachable"
        self.failures = self.failures + 1 if unreachable else 0
        self.finished.emit(result)
        if not self._stopped:
            self.refresh(then=self._after_sync)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if not isinstance(error, SyncCancelled):
            self.failures += 1
            self.failed.emit(error)
        if not self._stopped:
            self.refresh(then=self._after_sync)

    def _after_sync(self) -> None:
        if self.failures:
            base = self.backoff_ms[min(self.failures, len(self.backoff_ms)) - 1]
            self._schedule(int(base * (0.5 + self.jitter() / 2)))
        else:
            self._schedule(self.interval_ms)

    def _schedule(self, delay_ms: int) -> None:
        if self._stopped or not self.enrolled or self.revoked:
            self._timer.stop()
            return
        self.next_at = time.monotonic() + delay_ms / 1000
        self._timer.start(max(0, delay_ms))

    def _ledger_changed(self, changes: "Changes") -> None:
        # After a payment, the receipt goes soon; a server we are backing off from is left alone.
        if changes.payments and not self.failures and self.enrolled and not self.running:
            if not self._timer.isActive() or self._timer.remainingTime() > self.after_payment_ms:
                self._schedule(self.after_payment_ms)

    # -- enrollment ------------------------------------------------------------------------
    def enroll(self, server_url: str, code: str, done: Callable[[Enrollment], None],
               failed: Callable[[BaseException], None]) -> None:
        """Enroll with the server, then sync at once (what was recorded before goes too)."""
        ledger, transport, backoff = self.ctx.ledger, self.transport, self.backoff
        def work() -> Done:
            enrolled = enroll_ledger(ledger, server_url, code, transport=transport, backoff=backoff)
            return Done((enrolled, ledger.municipality),
                        Changes(settings=SYNC_SETTINGS | {state.SERVER_URL}, sync=True, registry=True,
                                municipality=True, agents=True, events=True))

        def enrolled(value: tuple) -> None:
            enrollment, municipality = value
            self.ctx.set_municipality(municipality)
            self.failures = 0
            done(enrollment)
            self.refresh(then=lambda: self.sync_now(automatic=True))

        self.ctx.run(work, enrolled, failed, lane=SYNC_LANE,
                     label=QCoreApplication.translate("SyncRunner", "Enrolling the device"))

    def stop(self) -> None:
        """At shutdown: no new sync, and a running one stops at its next batch or page."""
        self._stopped = True
        self._cancel = True
        self._timer.stop()
        try:
            self.ctx.changed.disconnect(self._ledger_changed)
        except (RuntimeError, TypeError):
            pass
