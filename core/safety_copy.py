"""A copy of the device database taken before an update is installed (issue 13, Updates).

One code path with `quittance backup`: core/backup_copy.copy_database copies the open database
page by page as one consistent snapshot, keyed with the device's data key, so the copy of an
encrypted (SQLCipher) database is encrypted with the same key and the device's `<db>.keys` opens
it. The copy is written under a temporary name, checked (`PRAGMA integrity_check`, keyed) and only
then renamed: a file named `quittance-before-X.Y.Z-….db` is always a whole, readable database."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from core import backup_copy
from core.errors import QuittanceError

FOLDER = "backups"  # beside the database


def backup_folder(db_path: str | Path) -> Path:
    return Path(db_path).resolve().parent / FOLDER


def copy_before_update(db_path: str | Path, version: str, key: bytes | None,
                       folder: Path | None = None) -> Path:
    """Copy the database at `db_path` (its data key `key`, None for a plain file) into `folder`
    (default: `backups` beside it) before the update to `version`; returns the copy's path. Raises
    QuittanceError("update_backup_failed") and leaves no partial file when the copy cannot be made
    or does not read back whole."""
    source = Path(db_path)
    folder = folder or backup_folder(source)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"quittance-before-{version}-{stamp}.db"
    partial = target.with_name(target.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial.unlink(missing_ok=True)  # a crash's leftover: copy_database makes a new file
        backup_copy.copy_database(source, partial, key)
        check = backup_copy.connect(partial, key, read_only=True)
        try:
            verdict = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
        if verdict != "ok":
            raise backup_copy.sqlite3.DatabaseError(f"the copy does not read back whole: {verdict}")
        os.replace(partial, target)
        backup_copy.fsync_folder(folder)
    except (OSError, backup_copy.sqlite3.Error) as error:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # no folder to hold it (the case that failed): there is no partial file either
        raise QuittanceError("update_backup_failed", path=str(folder), reason=str(error)) from error
    return target
