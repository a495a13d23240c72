"""Census photos on the server (docs/census/media.md): the files devices upload for their
submissions, kept content-addressed under the data directory like basemaps, and written beside
a submissions export in a `media/` folder, named as the answers name them (ODK Central's layout).

An upload is accepted only when its bytes hash to the SHA-256 in its URL, it is within the size
limit (Settings.max_attachment_bytes), and an accepted submission of the uploading device lists
that hash in its `submission.recorded` event (`submissions.attachments`): a device token cannot
park arbitrary files on the server. The same file sent again is no change (idempotent)."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError

from core.forms.media import SHA256, safe_name
from sync.server.common import loads, now_iso
from sync.server.errors import ApiError
from sync.server.schema import attachments, submissions

FOLDER = "attachments"  # under the server's data directory
MEDIA = "media"  # the export's folder beside the CSV files


def relative_path(sha256: str) -> str:
    """Where a file lives under the data directory: attachments/ab/abcdef... (two-level fan-out)."""
    return f"{FOLDER}/{sha256[:2]}/{sha256}"


def referenced(conn: Connection, device_id: str, sha256: str) -> dict[str, Any] | None:
    """The `attachments` entry of an accepted submission of this device that lists the hash."""
    query = select(submissions.c.attachments).where(
        submissions.c.device_id == device_id, submissions.c.attachments.is_not(None),
        submissions.c.attachments.contains(sha256, autoescape=True))
    for text in conn.execute(query).scalars():
        for entry in loads(text) or []:
            if entry.get("sha256") == sha256:
                return entry
    return None


def held(conn: Connection, data_dir: Path, hashes: Iterable[str]) -> set[str]:
    """The hashes among `hashes` whose file the server holds (row and file both there)."""
    wanted = [h for h in set(hashes) if SHA256.match(h)]
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        query = select(attachments.c.sha256, attachments.c.path).where(
            attachments.c.sha256.in_(wanted[start:start + 500]))
        found |= {sha for sha, path in conn.execute(query) if (data_dir / path).is_file()}
    return found


def receive(engine: Engine, data_dir: Path, device_id: str, sha256: str, body: bytes, max_bytes: int) -> dict[str, Any]:
    """Store one uploaded file; {"sha256", "size", "stored": False when the server had it}.
    ApiError: 400 bad hash / mismatch, 403 not referenced, 413 too large."""
    if not SHA256.match(sha256):
        raise ApiError(400, "bad_attachment", "the attachment's name must be its SHA-256, 64 lowercase hex digits")
    if len(body) > max_bytes:
        raise ApiError(413, "attachment_too_large", f"an attachment may be at most {max_bytes} bytes")
    with engine.connect() as conn:
        entry = referenced(conn, device_id, sha256)
        if entry is None:
            raise ApiError(403, "attachment_not_referenced",
                           "no accepted submission of this device lists this attachment: push its events first")
        if hashlib.sha256(body).hexdigest() != sha256:
            raise ApiError(400, "attachment_hash_mismatch", "the body's SHA-256 is not the one in the URL")
        if sha256 in held(conn, data_dir, [sha256]):
            return {"sha256": sha256, "size": len(body), "stored": False}
    path = relative_path(sha256)
    _write(data_dir / path, body)
    row = {"sha256": sha256, "size": len(body), "type": _type(entry), "path": path, "device_id": device_id,
           "received_at": now_iso()}
    try:
        with engine.begin() as conn:
            if conn.execute(select(attachments.c.sha256).where(attachments.c.sha256 == sha256)).first() is None:
                conn.execute(attachments.insert().values(**row))
    except IntegrityError:
        pass  # the same file sent at the same moment by another request: it is there
    return {"sha256": sha256, "size": len(body), "stored": True}


def _type(entry: dict[str, Any]) -> str:
    kind = entry.get("type")
    return kind[:100] if isinstance(kind, str) and kind else "application/octet-stream"


def _write(target: Path, body: bytes) -> None:
    """Whole or not at all: a temporary file, flushed, then renamed (the content is the name, so
    two writers of one hash write the same bytes)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        with partial.open("wb") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def export_media(conn: Connection, data_dir: Path, entries: Iterable[dict[str, Any]], out_dir: Path) -> dict[str, Any]:
    """Copy the photos the submissions list into out_dir/media/ under the answers' names.
    A photo not received (yet) is listed in "missing", never fatal."""
    entries = [e for e in entries if safe_name(str(e.get("name", ""))) and SHA256.match(str(e.get("sha256", "")))]
    have = held(conn, data_dir, (e["sha256"] for e in entries))
    paths = {sha: path for sha, path in conn.execute(
        select(attachments.c.sha256, attachments.c.path).where(attachments.c.sha256.in_(list(have))))} if have else {}
    copied, missing, folder = [], [], out_dir / MEDIA
    for entry in entries:
        if entry["sha256"] not in paths:
            missing.append(entry["name"])
            continue
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data_dir / paths[entry["sha256"]], folder / entry["name"])
        copied.append(str(folder / entry["name"]))
    return {"media": copied, "missing_media": missing}


def entries_of(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Every photo entry of submission rows' `attachments` JSON, in order, once per name."""
    seen, found = set(), []
    for text in rows:
        for entry in loads(text) or []:
            if isinstance(entry, dict) and entry.get("name") not in seen:
                seen.add(entry.get("name"))
                found.append(entry)
    return found
