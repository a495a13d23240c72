"""The journal's side file, `<database>.journal`: what happens while the database is locked
(wrong PINs before unlock, a lockout, a recovery, an app started on a locked device, a restore)
cannot be written into the encrypted database, so it waits here and joins the chain at the next
unlock (`join`), each entry keeping its own "at".

One JSON line per entry, each with its own id: {"id", "kind", "at", "details"}, and "agent_id"
for an agent leaving (a logout). Appends are
O_APPEND and fsynced, so a power cut loses at most the line being written; a torn last line is
skipped and counted, never fatal. The file holds no personal data and nothing secret: no agent's
name (an id at most, as the key envelope lists it), no PIN, no count that the envelope does not already show. It is not signed (nothing can sign
before the unlock): an entry that came from it says so (details "side_file_id"), and the lockout
itself is kept by the key envelope, so deleting lines here hides nothing that matters.

The file is emptied only after the commit that joined its lines; a crash in between leaves lines
whose ids the journal already holds, and those are skipped at the next join."""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from core.clock import iso, utc_now
from core.fiscal_events import JOURNAL_KINDS
from core.ids import new_id
from core.journal import SIDE_FILE_ID, check_details
from core.file_lock import lock_exclusive

SUFFIX = ".journal"


@dataclass(frozen=True)
class Pending:
    lines: list[dict[str, Any]]  # well-formed lines, in the order written
    damaged: int  # lines that could not be read (a torn last line after a power cut)


def side_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}{SUFFIX}")


def append(db_path: str | Path, kind: str, details: dict[str, Any] | None = None, at: str | None = None,
           agent_id: str | None = None) -> bool:
    """Append one entry. False (and nothing raised) when the file cannot be written: the journal
    must never stop an agent from unlocking. `agent_id`: the agent who left (a logout); their id
    is listed in the key envelope beside it anyway, and it is never a name."""
    if kind not in JOURNAL_KINDS:
        raise ValueError(f"unknown journal kind {kind!r}")
    line = {"id": new_id(), "kind": kind, "at": at or iso(utc_now()), "details": check_details(details)}
    if agent_id is not None:
        line["agent_id"] = agent_id
    data = (json.dumps(line, sort_keys=True, separators=(",", ":"), ensure_ascii=True) + "\n").encode("ascii")
    try:
        fd = os.open(side_path(db_path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    except OSError:
        return False
    try:
        lock_exclusive(fd)
        os.write(fd, data)
        os.fsync(fd)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # closing releases the lock


def read_pending(db_path: str | Path) -> Pending:
    """The lines waiting, without taking them."""
    try:
        raw = side_path(db_path).read_bytes()
    except FileNotFoundError:
        return Pending([], 0)
    return _parse(raw)


@contextmanager
def taking(db_path: str | Path) -> Iterator[Pending]:
    """The waiting lines, under the file's lock (an append waits); emptied when the block ends
    without an exception — so after the caller's commit, never before."""
    try:
        fd = os.open(side_path(db_path), os.O_RDWR)
    except FileNotFoundError:
        yield Pending([], 0)
        return
    try:
        lock_exclusive(fd)
        raw = _read_all(fd)
        yield _parse(raw)
        if raw:
            os.ftruncate(fd, 0)
            os.fsync(fd)
    finally:
        os.close(fd)


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(raw: bytes) -> Pending:
    lines, damaged = [], 0
    for text in raw.split(b"\n"):
        if not text.strip():
            continue
        line = _line(text)
        if line is None:
            damaged += 1
        else:
            lines.append(line)
    return Pending(lines, damaged)


def _line(text: bytes) -> dict[str, Any] | None:
    try:
        line = json.loads(text)
    except ValueError:
        return None
    if not isinstance(line, dict) or line.get("kind") not in JOURNAL_KINDS:
        return None
    if not all(isinstance(line.get(k), str) for k in ("id", "at")) or not isinstance(line.get("details"), dict):
        return None
    agent_id = line.get("agent_id")
    if agent_id is not None and not isinstance(agent_id, str):
        return None
    try:
        details = check_details(line["details"])
    except ValueError:
        return None
    return {"id": line["id"], "kind": line["kind"], "at": line["at"], "agent_id": agent_id,
            "details": {**details, SIDE_FILE_ID: line["id"]}}
