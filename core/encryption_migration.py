"""A plain (pre-encryption) device database becomes an encrypted one, with no step from the user.

Order, so that a crash at any step loses nothing (the plain file, or the verified encrypted copy
in its place, always opens):
1. the plain file's WAL is checkpointed into it; a stale copy from an interrupted run is removed;
2. `sqlcipher_export` writes every table, index, trigger and FTS5 index into `<db>.encrypting`,
   encrypted with a new random data key (progress: the copy's size against the plain file's);
3. the copy is checked by core/verify (chain, signatures, every table against its replay) and
   its row counts against the plain file's; a copy that fails is deleted, the plain file kept;
4. the key envelope is written (the key must be recoverable before any encrypted file is the
   database), then the plain file is hard-linked aside as `<db>.plain` and the copy renamed over
   `<db>` in one atomic step;
5. the plain file (and any -wal/-shm) is overwritten with zeros, synced, and deleted.
A `<db>.plain` left by a crash during 5 is erased by `finish_erasing` at the next open."""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Callable

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from core.folder_sync import fsync_folder
from core import unlocked, vault
from core.errors import QuittanceError, StorageFault
from core.messages import translate

Progress = Callable[[float, str], None]
_ERASE_CHUNK = 1 << 20


def copy_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.encrypting")


def plain_aside_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.plain")


def needs_encryption(db_path: str | Path) -> bool:
    return sqlite3.is_plain_sqlite(str(db_path))


def encrypt_plain_database(db_path: str | Path, progress: Progress | None = None, *,
                           agents: list[tuple[str, str, str | None]] = (), open_wrap: bool = False,
                           locale: str = "fr", step: Callable[[str], None] | None = None) -> bytes:
    """Encrypt the plain database at `db_path` in place; return its new data key (also remembered
    for this process). `agents` and `open_wrap` go to vault.on_initialised before the swap. No
    other connection may be open on the file. `step(name)` is called between the steps (tests
    stop the run there to prove each point of a crash is safe)."""
    db_path = Path(db_path)
    say = progress or (lambda fraction, label: None)
    mark = step or (lambda name: None)
    if not needs_encryption(db_path):
        raise ValueError(f"{db_path} is not a plain SQLite database")
    copy = copy_path(db_path)
    _erase(plain_aside_path(db_path), unless_same_as=db_path)
    for stale in _with_side_files(copy):
        stale.unlink(missing_ok=True)  # never verified, never in place: the plain file is the data
    key = secrets.token_bytes(sqlite3.KEY_BYTES)
    counts = _export(db_path, copy, key, say, locale)
    mark("exported")
    say(0.7, translate("encryption_migration_step_verify", locale))
    _verify_copy(db_path, copy, key, counts)
    mark("verified")
    unlocked.remember(db_path, key)
    vault.on_initialised(db_path, key, list(agents), open_wrap=open_wrap)
    mark("envelope")
    say(0.85, translate("encryption_migration_step_erase", locale))
    aside = plain_aside_path(db_path)
    os.link(db_path, aside)
    for side in _with_side_files(db_path)[1:]:  # checkpointed and closed: nothing left in them
        _erase(side)
    os.replace(copy, db_path)
    fsync_folder(db_path.parent)
    mark("swapped")
    _erase(aside)
    say(1.0, translate("encryption_migration_done", locale))
    return key


def finish_erasing(db_path: str | Path) -> None:
    """Erase a plain copy that a crash left beside an encrypted database."""
    _erase(plain_aside_path(db_path), unless_same_as=db_path)


def _export(db_path: Path, copy: Path, key: bytes, say: Progress, locale: str) -> dict[str, int]:
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        conn.execute("PRAGMA temp_store = MEMORY")
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise StorageFault("storage_locked", path=str(db_path), folder=str(db_path.parent), detail="checkpoint")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        counts = _row_counts(conn)
        plain_bytes = max(1, db_path.stat().st_size)
        label = translate("encryption_migration_step_copy", locale, table=db_path.name)
        say(0.02, label)

        def copied() -> int:  # SQLite's progress handler: how far the copy's file has grown
            say(0.05 + 0.6 * min(1.0, copy.stat().st_size / plain_bytes) if copy.exists() else 0.05, label)
            return 0

        conn.set_progress_handler(copied, 200_000)
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(copy),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.set_progress_handler(None, 0)
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    os.chmod(copy, 0o600)
    return counts


def _verify_copy(db_path: Path, copy: Path, key: bytes, counts: dict[str, int]) -> None:
    from core.service import Ledger  # the whole ledger, only for this one check
    from core.store import Store

    try:
        ledger = Ledger(Store(copy, key=key, high_water=False))
    except (StorageFault, sqlite3.DatabaseError) as error:
        _refuse(db_path, copy, str(error))
    try:
        report = ledger.verify()
        found = _row_counts(ledger.store.conn)
        ledger.store.conn.execute("PRAGMA journal_mode = DELETE")  # one file to move into place
    finally:
        ledger.close()
    if report.problems:
        _refuse(db_path, copy, "; ".join(str(problem) for problem in report.problems[:3]))
    if found != counts:
        differ = sorted(name for name in set(found) | set(counts) if found.get(name) != counts.get(name))
        _refuse(db_path, copy, ", ".join(differ))


def _refuse(db_path: Path, copy: Path, detail: str) -> None:
    for path in _with_side_files(copy):
        _erase(path)
    raise QuittanceError("encryption_migration_unverified", path=str(db_path), detail=detail[:300])


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]  # an FTS5 index may refuse a scan; its shadow tables count
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _with_side_files(path: Path) -> list[Path]:
    return [path] + [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _erase(path: Path, unless_same_as: Path | None = None) -> None:
    """Overwrite with zeros, sync, delete: the plain pages must not stay readable on the medium
    under a deleted name. (A flash medium may keep old blocks elsewhere; see the guide.)"""
    try:
        if unless_same_as is not None and unless_same_as.exists() and os.path.samefile(path, unless_same_as):
            path.unlink()  # a link made just before a crash: the database itself, not a copy
            return
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        zeros = bytes(_ERASE_CHUNK)
        left = size
        while left > 0:
            left -= handle.write(zeros[:min(left, _ERASE_CHUNK)])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    fsync_folder(path.parent)
