"""Pull: the server's reference data and registry, page by page, each page's signature checked
with the server key received at enrollment BEFORE anything in it is applied. A page and the
cursor after it are stored in one transaction, so a pull cut short resumes at the next page."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from core.canonical import canonical_json
from core.keys import verify_signature
from core.store import Store
from sync.client import apply, state
from sync.client.http import SyncClient, Unreachable
from sync.client.push import Progress

# Records per page: fewer round trips on a first pull of a large zone (the protocol allows 5000;
# a page of 2000 taxpayers is about 0.8 MB, and a pull cut short resumes at the page it lost).
PAGE = 2000


class PageRefused(Exception):
    """A page the server's key does not vouch for: unsigned, badly signed, or malformed."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code, self.detail = code, detail


@dataclass
class PullOutcome:
    records: int = 0
    pages: int = 0


def page_signed(page: dict[str, Any], server_key: str) -> bool:
    """The server's Ed25519 signature over the canonical JSON of the page without `signature`."""
    signature = page.get("signature")
    if not isinstance(signature, str):
        return False
    try:
        message = canonical_json({k: v for k, v in page.items() if k != "signature"}).encode("utf-8")
        return verify_signature(server_key, message, bytes.fromhex(signature))
    except (TypeError, ValueError):  # a float in the page, a signature that is not hex
        return False


def pull_all(store: Store, client: SyncClient, server_key: str, progress: Progress | None = None,
             limit: int = PAGE, outcome: PullOutcome | None = None) -> PullOutcome:
    """`outcome` is filled page by page, so a caller still knows what came when a page fails.

    Which way the pages come (sync/PROTOCOL.md, "Snapshot stream"): a device with no cursor yet
    takes the whole of its zones as one stream; otherwise it asks for one page, and when that
    page says more are waiting (a pull cut short, a device back after weeks away) the rest
    comes as a stream too. After a stream, ordinary pages bring what changed while it ran."""
    outcome = outcome if outcome is not None else PullOutcome()
    with store.read() as conn:
        cursor = state.get(conn, state.CURSOR)
    streamed = False
    if cursor is None:
        cursor, more = pull_stream(store, client, server_key, None, limit, progress, outcome)
        streamed = True
        if not more:
            return outcome
    while True:
        page = client.pull(cursor, limit)
        cursor, more = apply_page(store, page, cursor, server_key, progress, outcome)
        if not more:
            return outcome
        if not streamed:  # more than a page behind
            cursor, more = pull_stream(store, client, server_key, cursor, limit, progress, outcome)
            streamed = True
            if not more:
                return outcome


def pull_stream(store: Store, client: SyncClient, server_key: str, cursor: str | None, limit: int,
                progress: Progress | None, outcome: PullOutcome) -> tuple[str | None, bool]:
    """The snapshot stream from `cursor`, each line applied as a page with its cursor as it
    arrives. A link cut in the middle costs only the line it cut: the stream is opened again
    from the last page applied (a cut that came after progress starts the count of attempts
    afresh). Returns the cursor reached and whether the last page said more are waiting (a
    stream that ended without a page says so too, and the pages that follow bring the rest)."""
    failures, more = 0, True
    while True:
        try:
            for page in client.snapshot(cursor, limit):
                cursor, more = apply_page(store, page, cursor, server_key, progress, outcome)
                failures = 0
            return cursor, more
        except httpx.TransportError as error:  # opened, then cut: what came is applied and kept
            failures += 1
            if failures >= client.max_attempts:
                raise Unreachable(failures, f"{type(error).__name__}: {error}") from None
            client.backoff.wait(failures - 1)


def apply_page(store: Store, page: dict[str, Any], cursor: str | None, server_key: str,
               progress: Progress | None, outcome: PullOutcome) -> tuple[str | None, bool]:
    """Check one page's signature and shape, then apply it and store its cursor in one
    transaction. Returns (the cursor after it, whether it says more pages are waiting)."""
    if not page_signed(page, server_key):
        raise PageRefused("page_signature", f"page after cursor {cursor!r}")
    records, next_cursor = page.get("records"), page.get("next_cursor")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise PageRefused("page_shape", "records is not a list of objects")
    more = page.get("more") is True
    if more and (not isinstance(next_cursor, str) or next_cursor == cursor):
        raise PageRefused("page_shape", "more pages announced without a new cursor")
    with store.transaction() as conn:
        apply.apply_server_records(conn, records)
        if next_cursor is not None:
            state.put(conn, state.CURSOR, next_cursor)
    outcome.records += len(records)
    outcome.pages += 1
    if progress is not None:
        progress("pull", outcome.records, None)
    return (next_cursor if next_cursor is not None else cursor), more
