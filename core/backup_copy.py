"""One database file copied into another with SQLite's online backup API, page steps with progress.

The copy reads one consistent snapshot: the source connection holds a read transaction for the
whole copy, so a writer meanwhile (the app taking a payment) neither restarts the copy nor shows
up half in it; its commit lands in the WAL and goes on. With a SQLCipher database the destination
connection is keyed with the same data key before the first page is written, so the copy is
encrypted exactly as the device's own file (and `<db>.keys` opens both).

The driver is the device side's: `core.sqlite_driver` (sqlcipher3) once the store is SQLCipher,
stdlib sqlite3 before that; the backup API only copies between connections of one driver."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from core.folder_sync import fsync_folder  # noqa: F401 - part of this module's interface

try:  # the device side's one driver, when the SQLCipher store is there (issue 13)
    from core import sqlite_driver as sqlite3  # type: ignore[attr-defined]
except ImportError:  # a plain-SQLite store: stdlib
    import sqlite3  # type: ignore[no-redef]

Progress = Callable[[int, int], None]  # (pages copied, pages in all)
STEP_PAGES = 256  # 1 MiB at 4 KiB pages: a progress tick every few milliseconds
PLAIN_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: str | Path) -> bool:
    """A clear SQLite header: a plain database. An encrypted file starts with its random salt."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def connect(path: str | Path, key: bytes | None, *, read_only: bool = False, driver: Any = None) -> Any:
    """A connection on `path`, keyed first when `key` is given (the store's own pragma).
    `driver`: a DB-API module shaped like sqlite3 (default: the device side's)."""
    driver = driver or sqlite3
    if read_only:
        conn = driver.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = driver.connect(str(path), isolation_level=None)
    try:
        if key is not None:
            if len(key) != 32:
                raise ValueError("a data key is 32 bytes")
            # Raw key: no passphrase derivation, as core/sqlite_driver.apply_key does.
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    return conn


def copy_database(source: str | Path, target: str | Path, key: bytes | None,
                  progress: Progress | None = None, step_pages: int = STEP_PAGES, driver: Any = None) -> int:
    """Copy the live database `source` into the new file `target` (which must not exist) and
    fsync it; returns the pages copied. The target is a single self-contained file (rollback
    journal, not WAL): it travels alone on a memory stick."""
    # Owner-only from its first byte, as the device's own file (core/store.py).
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600))
    src = connect(source, key, driver=driver)
    try:
        dst = connect(target, key, driver=driver)
        try:
            src.execute("BEGIN")  # one snapshot for every step: see the module's docstring
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            total = src.execute("PRAGMA page_count").fetchone()[0]
            copied = [0]

            def step(status: int, remaining: int, pages: int) -> None:
                copied[0] = pages - remaining
                if progress is not None:
                    progress(pages - remaining, pages)

            src.backup(dst, pages=max(1, step_pages), progress=step)
            src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.close()
        except BaseException:
            dst.close()
            raise
    finally:
        if src.in_transaction:
            try:
                src.execute("ROLLBACK")
            except Exception:  # noqa: BLE001 - the copy's own error is the one to raise
                pass
        src.close()
    fsync_file(target)
    return copied[0] or total


def fsync_file(path: str | Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
