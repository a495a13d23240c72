"""Census photos to the server, after the events push (docs/census/media.md).

A submission's event lists its photos (`attachments`: name, sha256, size, type; core/forms/media.py).
Once the server holds the event (seq <= its `stored_through`, not quarantined), the client asks
which of those hashes it lacks and PUTs each missing file's bytes to /attachments/{sha256}.

Resumable: `sync.attachments_through` is the highest seq whose photos are all settled (sent, held
by the server already, or refused for good); a network failure stops there and the next sync
starts again from it (a re-sent file is no change on the server). A photo that can never go —
its file gone or changed since submit, or refused by the server (too large, not referenced) —
is remembered in `sync.attachments_refused` for the supervisor, and does not block the others."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from core.clock import iso, utc_now
from core.filehash import file_sha256
from core.forms.media import attachments_of
from core.store import Store
from sync.client import state
from sync.client.http import ServerError, SyncClient

THROUGH = "sync.attachments_through"
REFUSED = "sync.attachments_refused"
EVENT = "submission.recorded"
ASK = 1000  # hashes per "missing" question
# A refusal about this one file: recorded, and the others still go. Anything else (the device
# revoked, the token refused) stops the sync as any call would.
PER_FILE = {"attachment_not_referenced", "attachment_hash_mismatch", "attachment_too_large", "body_too_large",
            "bad_attachment"}


@dataclass
class AttachmentOutcome:
    sent: int = 0  # files the server stored for the first time
    held: int = 0  # files it had already
    refused: list[dict[str, Any]] = field(default_factory=list)  # this sync's photos that cannot go
    through: int = 0


def _entries(conn: sqlite3.Connection, after: int, until: int | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(seq, attachment) of submission events after `after` (up to `until`), in seq order."""
    sql, params = "SELECT seq, payload FROM events WHERE type = ? AND seq > ?", [EVENT, after]
    if until is not None:
        sql, params = sql + " AND seq <= ?", [*params, until]
    for seq, payload in conn.execute(sql + " ORDER BY seq", params):
        try:
            data = json.loads(payload)["data"]
        except (ValueError, KeyError, TypeError):
            continue
        for entry in attachments_of(data):
            yield seq, entry


def pending_count(conn: sqlite3.Connection) -> int:
    """Photos not settled yet (the Sync screen's count), whether or not their event went."""
    return sum(1 for _ in _entries(conn, state.get(conn, THROUGH, 0) or 0))


def upload_attachments(store: Store, client: SyncClient, media: Path) -> AttachmentOutcome:
    with store.read() as conn:
        start = state.get(conn, THROUGH, 0) or 0
        pushed = state.get(conn, state.PUSHED_SEQ, 0) or 0
        quarantined = {s for (s,) in conn.execute("SELECT seq FROM sync_quarantine WHERE seq > ?", (start,))}
        entries = [(seq, e) for seq, e in _entries(conn, start, pushed) if seq not in quarantined]
    outcome = AttachmentOutcome(through=start)
    try:
        try:
            missing = _missing(client, [e["sha256"] for _, e in entries])
        except ServerError as error:
            if error.status != 404:
                raise
            return outcome  # a server without photo uploads yet: the photos wait, the sync goes on
        done: set[str] = set()
        for seq, entry in entries:
            outcome.through = max(start, seq - 1)  # this seq is settled only once its files are
            sha = entry["sha256"]
            if sha in done or sha not in missing:
                outcome.held += sha not in done
                continue
            _send_one(client, media, seq, entry, outcome)
            done.add(sha)
        outcome.through = max(start, pushed)
    finally:  # what is settled is kept even when the network fails midway; the rest goes next sync
        _save(store, outcome)
    return outcome


def _missing(client: SyncClient, hashes: list[str]) -> set[str]:
    unique, missing = list(dict.fromkeys(hashes)), set()
    for start in range(0, len(unique), ASK):
        answer = client.call("POST", "/attachments/missing", json={"sha256": unique[start:start + ASK]})
        missing |= set(answer["missing"])
    return missing


def _send_one(client: SyncClient, media: Path, seq: int, entry: dict[str, Any], outcome: AttachmentOutcome) -> None:
    path, sha = media / entry["name"], entry["sha256"]
    try:
        body = path.read_bytes() if path.is_file() else None
    except OSError:
        body = None
    if body is None or file_sha256(path) != sha:
        code = "attachment_file_missing" if body is None else "attachment_file_changed"
        outcome.refused.append(_refusal(seq, entry, code))
        return
    try:
        answer = client.put_bytes(f"/attachments/{sha}", body, str(entry.get("type") or "application/octet-stream"))
    except ServerError as error:
        if error.code not in PER_FILE and error.status != 413:
            raise
        outcome.refused.append(_refusal(seq, entry, error.code, error.message))
        return
    if answer.get("stored"):
        outcome.sent += 1
    else:
        outcome.held += 1


def _refusal(seq: int, entry: dict[str, Any], code: str, message: str = "") -> dict[str, Any]:
    return {"seq": seq, "name": entry["name"], "sha256": entry["sha256"], "code": code, "message": message,
            "at": iso(utc_now())}


def _save(store: Store, outcome: AttachmentOutcome) -> None:
    with store.transaction() as conn:
        state.put(conn, THROUGH, outcome.through)
        if outcome.refused:
            state.put(conn, REFUSED, [*(state.get(conn, REFUSED) or []), *outcome.refused][-200:])
