"""Pull: the server's reference data and registry, page by page, each page's signature checked
with the server key received at enrollment BEFORE anything in it is applied. A page and the
cursor after it are stored in one transaction, so a pull cut short resumes at the next page.
A first pull, or one far behind, takes the same pages as the lines of one snapshot stream."""
from __future__ import annotations

import json
from contextlib import closing
from dataclasses import dataclass
from typing import Any, Callable

import httpx

from core.canonical import canonical_json
from core.keys import verify_signature
from core.store import Store
from sync.client import apply, state
from sync.client.http import ServerError, SyncClient, Unreachable
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


def line_page(line: bytes, server_key: str) -> tuple[dict[str, Any], bool]:
    """A snapshot line's page, and whether the server's key vouches for it.

    The server writes each line as the canonical text it signed with `,"signature":"…"` spliced
    in as the last key, so the signature is checked over the line's own bytes without it, and
    exactly those bytes are parsed: no canonical re-encoding of a 1 MB page (that was most of
    the client's time on a first pull). A line written otherwise (re-encoded on the way) is
    checked as `page_signed` checks a page. Raises ServerError(bad_response) for a line that is
    not a JSON object."""
    head, mark, tail = line.rpartition(b',"signature":"')
    if mark and tail.endswith(b'"}') and len(tail) == 130:
        signature = tail[:-2].decode("ascii", "replace")
        message = head + b"}"
        try:
            signed = verify_signature(server_key, message, bytes.fromhex(signature))
            page = _DECODE(message.decode("utf-8")) if signed else None
        except (TypeError, ValueError):  # not hex, not UTF-8, not JSON, a float (canonical JSON has none)
            page = None
        if isinstance(page, dict):
            page["signature"] = signature
            return page, True
    try:
        page = json.loads(line)
    except ValueError:
        raise ServerError(200, "bad_response", "a line of the snapshot stream is not JSON") from None
    if not isinstance(page, dict):
        raise ServerError(200, "bad_response", "a line of the snapshot stream is not an object")
    return page, page_signed(page, server_key)


def _no_float(text: str) -> Any:
    raise TypeError("floats are not allowed in canonical JSON")


_DECODE = json.JSONDecoder(parse_float=_no_float).decode  # built once: a keyword to json.loads builds one per call


def pull_all(store: Store, client: SyncClient, server_key: str, progress: Progress | None = None,
             limit: int = PAGE, outcome: PullOutcome | None = None,
             rekey: Callable[[], str] | None = None) -> PullOutcome:
    """`outcome` is filled page by page, so a caller still knows what came when a page fails.
    `rekey` follows the server's key hand-overs and returns the key trusted afterwards: a page
    the trusted key does not vouch for is checked once more after it (the server may have
    rotated its key since this sync began), and refused if that key does not vouch for it either.

    Which way the pages come (sync/PROTOCOL.md, "Snapshot stream"): a device with no cursor yet
    takes the whole of its zones as one stream; otherwise it asks for one page, and when that
    page says more are waiting (a pull cut short, a device back after weeks away) the rest
    comes as a stream too. After a stream, ordinary pages bring what changed while it ran."""
    outcome = outcome if outcome is not None else PullOutcome()
    trust = Trust(server_key, rekey)
    with store.read() as conn:
        cursor = state.get(conn, state.CURSOR)
    streamed = False
    if cursor is None:
        cursor, more = pull_stream(store, client, trust, None, limit, progress, outcome)
        streamed = True
        if not more:
            return outcome
    while True:
        page = client.pull(cursor, limit)
        signed = trust.vouches(lambda key: page_signed(page, key))
        cursor, more = apply_page(store, page, cursor, trust.key, progress, outcome, signed=signed)
        if not more:
            return outcome
        if not streamed:  # more than a page behind
            cursor, more = pull_stream(store, client, trust, cursor, limit, progress, outcome)
            streamed = True
            if not more:
                return outcome


class Trust:
    """The server key pages are checked with, and how to follow it through a rotation."""

    def __init__(self, key: str, rekey: Callable[[], str] | None = None) -> None:
        self.key, self.rekey = key, rekey

    def vouches(self, check: Callable[[str], bool]) -> bool:
        """`check` with the trusted key; failing that, once more with the key after the hand-overs."""
        if check(self.key):
            return True
        if self.rekey is None:
            return False
        self.key = self.rekey()
        return check(self.key)


def pull_stream(store: Store, client: SyncClient, trust: Trust, cursor: str | None, limit: int,
                progress: Progress | None, outcome: PullOutcome) -> tuple[str | None, bool]:
    """The snapshot stream from `cursor`, each line applied as a page with its cursor as it
    arrives. A link cut in the middle costs only the line it cut: the stream is opened again
    from the last page applied (a cut that came after progress starts the count of attempts
    afresh). Returns the cursor reached and whether the last page said more are waiting (a
    stream that ended without a page says so too, as does a server without the stream, and the
    ordinary pages that follow bring the rest)."""
    failures, more = 0, True
    while True:
        try:
            with closing(client.snapshot(cursor, limit)) as lines:  # a refused line closes the response at once
                for line in lines:
                    page, signed = line_page(line, trust.key)
                    if not signed:  # perhaps a key rotated since the sync began: checked again after it
                        signed = trust.vouches(lambda key: page_signed(page, key))  # noqa: B023 (used at once)
                    cursor, more = apply_page(store, client.heard(page), cursor, trust.key, progress, outcome,
                                              signed=signed)
                    failures = 0
            return cursor, more
        except ServerError as error:
            if error.status != 404:
                raise
            return cursor, True  # a server older than the stream: the pages come one by one instead
        except httpx.TransportError as error:  # opened, then cut: what came is applied and kept
            failures += 1
            if failures >= client.max_attempts:
                raise Unreachable(failures, f"{type(error).__name__}: {error}") from None
            client.backoff.wait(failures - 1)


def apply_page(store: Store, page: dict[str, Any], cursor: str | None, server_key: str,
               progress: Progress | None, outcome: PullOutcome,
               *, signed: bool | None = None) -> tuple[str | None, bool]:
    """Check one page's signature (`signed`: already checked, by line_page) and shape, then
    apply it and store its cursor in one transaction. Returns (the cursor after it, whether it
    says more pages are waiting)."""
    if not (page_signed(page, server_key) if signed is None else signed):
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
