"""Pull: the server's reference data and registry, page by page, each page's signature checked
with the server key received at enrollment BEFORE anything in it is applied. A page and the
cursor after it are stored in one transaction, so a pull cut short resumes at the next page."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from core.canonical import canonical_json
from core.keys import verify_signature
from core.store import Store
from sync.client import apply, state
from sync.client.http import SyncClient
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
             limit: int = PAGE, outcome: PullOutcome | None = None,
             rekey: Callable[[], str] | None = None) -> PullOutcome:
    """`outcome` is filled page by page, so a caller still knows what came when a page fails.
    `rekey` follows the server's key hand-overs and returns the key trusted afterwards: a page
    the trusted key does not vouch for is checked once more after it (the server may have
    rotated its key since this sync began), and refused if that key does not vouch for it either."""
    outcome = outcome if outcome is not None else PullOutcome()
    with store.read() as conn:
        cursor = state.get(conn, state.CURSOR)
    while True:
        page = client.pull(cursor, limit)
        if not page_signed(page, server_key) and rekey is not None:
            server_key = rekey()
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
        if not more:
            return outcome
        cursor = next_cursor
