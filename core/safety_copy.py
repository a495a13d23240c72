"""A copy of the device database taken before an update is installed (issue 13, Updates).

SQLite's online backup API copies the database page by page as one consistent snapshot, WAL
included, while the app still has it open; the copy is checked (`PRAGMA integrity_check`) under a
temporary name and only then renamed, so a file named `quittance-before-X.Y.Z-….db` is always a
whole, readable database. Kept small on purpose: `quittance backup` (another part of issue 13)
can take its place behind this one function."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from core.errors import QuittanceError

FOLDER = "backups"  # beside the database


def backup_folder(db_path: str | Path) -> Path:
    return Path(db_path).resolve().parent / FOLDER


def copy_before_update(db_path: str | Path, version: str, folder: Path | None = None) -> Path:
    """Copy the database at `db_path` into `folder` (default: `backups` beside it) before the
    update to `version`; returns the copy's path. Raises QuittanceError("update_backup_failed")
    and leaves no partial file when the copy cannot be made or does not read back whole."""
    source = Path(db_path)
    folder = folder or backup_folder(source)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"quittance-before-{version}-{stamp}.db"
    partial = target.with_name(target.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        writer = sqlite3.connect(partial)
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()
        check = sqlite3.connect(f"{partial.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"the copy does not read back whole: {verdict}")
        _fsync(partial)
        os.replace(partial, target)
        _fsync_folder(folder)
    except (OSError, sqlite3.Error) as error:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # no folder to hold it (the case that failed): there is no partial file either
        raise QuittanceError("update_backup_failed", path=str(folder), reason=str(error)) from error
    return target


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
