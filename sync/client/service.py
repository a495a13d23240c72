"""One sync: ask the server where it stands, push, then pull (invariant 10: push first).

Whatever happens, the device keeps what it learnt (each batch's answer, each page with its
cursor) and the result says what was pushed, pulled and refused. A `device_revoked` answer marks
the device revoked, which stops new receipts (core.device_status); an integrity refusal (409)
stops the push and is reported for a supervisor; the network failing is reported too, and the
next sync resumes where this one stopped."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

from core.clock import iso, utc_now
from core.device_status import mark_revoked
from core.errors import QuittanceError
from core.events import last_seq
from core.context import WriteContext
from core.series import record_answer as record_series
from core.service import Ledger
from core.forms.media import media_dir
from sync.client import state
from sync.client.attachments import pending_count as attachments_pending
from sync.client.attachments import upload_attachments
from sync.client.clockdrift import drifted, offset_seconds
from sync.client.http import Backoff, ServerError, SyncClient, Unreachable
from sync.client.keychain import follow_server_key
from sync.client.pull import PAGE, PageRefused, PullOutcome, pull_all
from sync.client.push import BATCH, Progress, PushOutcome, push_all
from sync.client.updates import at_sync as update_at_sync

INTEGRITY_CODES = ("chain_broken", "fork", "bad_signature", "wrong_device", "seq_gap")


@dataclass
class SyncResult:
    pushed: int = 0  # events the server stored for the first time
    duplicates: int = 0  # events it already held (a resend after a lost answer)
    batches: int = 0
    stored_through: int = 0
    pending: int = 0  # events the server does not hold yet
    quarantined: list[dict[str, Any]] = field(default_factory=list)
    pulled: int = 0
    pages: int = 0
    refused: dict[str, str] | None = None  # an integrity refusal, a revocation or a forged page
    revoked: bool = False
    error: dict[str, str] | None = None  # the network or the server failing; retried next time
    server_time: str | None = None
    clock_offset_s: float | None = None
    clock_drift: bool = False
    attachments_sent: int = 0  # census photos the server stored for the first time (sync/client/attachments.py)
    attachments_pending: int = 0  # photos still to send after this sync (retried next time)
    attachments_refused: list[dict[str, Any]] = field(default_factory=list)  # photos that cannot go
    # The receipt series the server answered (core/series.py): years recorded, and any code that
    # differs from the one recorded for its year (an alarm: never recorded, reported here).
    series: dict[str, Any] | None = None
    update: dict[str, Any] | None = None  # the app update step (sync/client/updates.py): staged, refused…

    @property
    def ok(self) -> bool:
        return self.refused is None and self.error is None and not self.revoked

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


def sync(db_path: str | Path, *, transport: httpx.BaseTransport | None = None, progress: Progress | None = None,
         backoff: Backoff | None = None) -> SyncResult:
    ledger = Ledger.open(db_path)
    try:
        return sync_ledger(ledger, transport=transport, progress=progress, backoff=backoff)
    finally:
        ledger.close()


def sync_ledger(ledger: Ledger, *, transport: httpx.BaseTransport | None = None, progress: Progress | None = None,
                backoff: Backoff | None = None, max_attempts: int = 6, batch_size: int = BATCH,
                page_size: int = PAGE) -> SyncResult:
    store = ledger.store
    with store.read() as conn:
        if not state.is_enrolled(conn):
            raise QuittanceError("sync_not_enrolled")
        url, token = state.get(conn, state.SERVER_URL), state.get(conn, state.TOKEN)
        result = SyncResult(stored_through=state.get(conn, state.PUSHED_SEQ, 0) or 0)
    client = SyncClient(url, transport, token=token, backoff=backoff, max_attempts=max_attempts)
    try:
        _run(ledger, client, result, progress, batch_size, page_size)
    except ServerError as error:
        _refusal(ledger, error, result)
    except Unreachable as error:
        result.error = {"code": "unreachable", "message": error.last}
    except PageRefused as error:
        result.refused = {"code": error.code, "message": error.detail}
    finally:
        client.close()
    result.server_time = client.last_server_time
    result.clock_offset_s = offset_seconds(client)
    result.clock_drift = drifted(result.clock_offset_s)
    with store.transaction() as conn:
        result.pending = max(0, last_seq(conn) - result.stored_through)
        result.attachments_pending = attachments_pending(conn)
        if result.clock_offset_s is not None:
            state.put(conn, state.CLOCK_OFFSET, result.clock_offset_s)
        if result.ok:
            state.put(conn, state.LAST_AT, iso(utc_now()))
        state.put(conn, state.LAST_RESULT, result.to_dict())
    return result


def _run(ledger: Ledger, client: SyncClient, result: SyncResult, progress: Progress | None,
         batch_size: int, page_size: int) -> None:
    store = ledger.store
    pushed, pulled = PushOutcome(stored_through=result.stored_through), PullOutcome()
    try:
        # Resend from what this device last heard acknowledged when that is below the server's
        # end (normally they agree; after a lost answer it costs one harmless resend). A file put
        # back in time (a restored backup, a copy) holds other events at seqs the server already
        # has: sending them lets the server compare hashes and refuse the fork, where starting
        # at the server's end would skip them unseen.
        status = client.device_status()
        server_through = _stored_through(status)
        with store.read() as conn:
            mine = last_seq(conn)
        if server_through > mine:
            # The server holds events this file does not: it was put back in time (a restored
            # backup, a copy). Whatever it records next would reuse their seqs; say so now.
            raise ServerError(409, "device_behind_server",
                              f"the server holds events up to seq {server_through}; this device only to {mine}")
        # A rotated server key is followed before the push (and only once the file is known not
        # to be behind the server, since following records an event), so that event goes too.
        server_key = follow_server_key(ledger, status)
        result.series = _record_series(ledger, status)  # recorded before the push, so they go with it
        through = min(server_through, result.stored_through)
        try:
            push_all(store, client, through, progress, batch_size, pushed)
        except ServerError as error:
            if error.code != "seq_gap":
                raise
            # The device thought the server held more than it does (a server restored from a
            # backup): ask again where it stands and push from there, once.
            push_all(store, client, _server_stored_through(client), progress, batch_size, pushed)
        # The photos of submissions the server now holds, before the pull (docs/census/media.md).
        photos = upload_attachments(store, client, media_dir(store.path))
        result.attachments_sent, result.attachments_refused = photos.sent, photos.refused
        pull_all(store, client, server_key, progress, page_size, pulled,
                 rekey=lambda: follow_server_key(ledger, client.device_status()))
        # Last, once the ledger's own work is done: a newer app, downloaded and checked here, in
        # this background thread; a failure is reported in `update` and never fails the sync.
        with store.read() as conn:
            trusted = state.get(conn, state.SERVER_KEY)
        result.update = update_at_sync(store.path, client, trusted, progress)
    finally:  # what went and what came, even when a batch or a page failed
        result.pushed, result.duplicates, result.batches = pushed.stored, pushed.duplicates, pushed.batches
        result.stored_through, result.quarantined = pushed.stored_through, pushed.quarantined
        result.pulled, result.pages = pulled.records, pulled.pages


def _record_series(ledger: Ledger, status: dict[str, Any]) -> dict[str, Any] | None:
    """A server from before series sends none: nothing is recorded, and None is reported."""
    if "series" not in status:
        return None
    with ledger.store.transaction() as conn:
        context = WriteContext(ledger.device, ledger.municipality, None, iso(ledger.clock()))
        return record_series(conn, context, status["series"]).to_dict()


def _server_stored_through(client: SyncClient) -> int:
    return _stored_through(client.device_status())


def _stored_through(status: dict[str, Any]) -> int:
    value = status.get("stored_through")
    if type(value) is not int or value < 0:
        raise ServerError(200, "bad_response", "stored_through is not a whole number")
    return value


def _refusal(ledger: Ledger, error: ServerError, result: SyncResult) -> None:
    refusal = {"code": error.code, "message": error.message}
    if error.code == "device_revoked":
        result.revoked, result.refused = True, refusal
        with ledger.store.transaction() as conn:
            mark_revoked(conn, iso(utc_now()))
    elif error.status == 409 or error.code in INTEGRITY_CODES:
        result.refused = refusal
        with ledger.store.transaction() as conn:
            state.put(conn, state.STOPPED, refusal)
    else:  # 401 unauthenticated, a malformed answer, anything else: reported, tried again next time
        result.error = refusal
