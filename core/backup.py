"""`quittance backup --out FILE`: a copy of the live device database, made while the app runs.

The copy is SQLite's online backup API over one snapshot (core/backup_copy.py), encrypted with the
store's own key when the store is SQLCipher. It is written to a temporary file beside FILE,
fsynced, checked with `verify` (core/verify.py: the signed chain, every table rebuilt from it,
the receipt numbering), and only then renamed over FILE: a backup that stops halfway (a stick
pulled out, a full disk) never replaces a good one. The key envelope `<db>.keys`, when there is
one, goes beside it as `FILE.keys` the same way. A backup is itself a device database:
`quittance --db FILE verify` passes on it."""
from __future__ import annotations

import errno
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.backup_copy import STEP_PAGES, Progress, connect, copy_database, fsync_file, fsync_folder, sqlite3
from core.config import load_device, load_municipality, load_setting
from core.errors import QuittanceError
from core.handover import SERVER_KEY_SETTING
from core.verify import verify_store

SPACE_MARGIN = 1.10  # the copy is the database's size; a tenth more for the file system's own needs
_SIDE = ("-wal", "-shm", "-journal", ".keys")


@dataclass(frozen=True)
class BackupHead:
    """Where a device database stops: its device, newest event and receipt counters."""
    device_id: str
    device_code: str
    seq: int
    hash: str
    receipts: dict[int, int] = field(default_factory=dict)  # year -> last receipt number
    pushed_seq: int = 0  # the highest seq the server had acknowledged when the copy was made
    locale: str = "fr"  # the municipality's language, for what is said about this copy
    server_url: str = ""

    def receipt_no(self, year: int | None = None) -> str:
        """The last receipt number of `year` (default: the newest year), or "—"."""
        if not self.receipts:
            return "—"
        year = max(self.receipts) if year is None else year
        return f"{self.device_code}-{year}-{self.receipts.get(year, 0):06d}"


@dataclass(frozen=True)
class BackupDone:
    path: Path
    keys: Path | None
    pages: int
    size: int
    encrypted: bool
    head: BackupHead
    events: int
    payments: int

    def to_dict(self) -> dict[str, Any]:
        return {"out": str(self.path), "keys": str(self.keys) if self.keys else None, "pages": self.pages,
                "bytes": self.size, "encrypted": self.encrypted, "device_code": self.head.device_code,
                "last_seq": self.head.seq, "last_hash": self.head.hash, "last_receipt": self.head.receipt_no(),
                "events": self.events, "payments": self.payments, "verified": True}


def store_key(store: object) -> bytes | None:
    """The store's data key: None for a plain (legacy) file, or before the SQLCipher store exists."""
    key = getattr(store, "key", None)
    if key is None and getattr(store, "encrypted", False):
        from core import unlocked
        key = unlocked.recall(getattr(store, "path"))
    return key


def envelope_of(db_path: str | Path) -> Path:
    return Path(f"{db_path}.keys")


def make_backup(store: object, out: str | Path, progress: Progress | None = None,
                step_pages: int = STEP_PAGES, driver: Any = None) -> BackupDone:
    """Back up the open store `store` (core.store.Store) to `out`. Raises QuittanceError with a
    clear code (backup_same_path, backup_not_a_file, backup_folder_missing, backup_folder_unwritable,
    backup_no_space, backup_failed_verify, backup_write_failed) and leaves nothing behind.
    `driver`: the store's DB-API module, when it is not the device side's default."""
    db_path = Path(getattr(store, "path"))
    out = Path(out)
    key = store_key(store)
    _check_target(db_path, out)
    envelope = envelope_of(db_path)
    _check_space(db_path, out, envelope)
    temp = out.with_name(f".{out.name}.{os.getpid()}.part")
    temp_keys = out.with_name(f".{out.name}.keys.{os.getpid()}.part")
    for leftover in (temp, temp_keys):  # a run killed halfway with this same process id
        leftover.unlink(missing_ok=True)
    try:
        pages = copy_database(db_path, temp, key, progress, step_pages, driver)
        head, report = _verified(temp, key, driver)
        keys_out = None
        if envelope.is_file():
            shutil.copyfile(envelope, temp_keys)
            fsync_file(temp_keys)
            keys_out = envelope_of(out)
        os.replace(temp, out)
        if keys_out is not None:
            os.replace(temp_keys, keys_out)
        fsync_folder(out.parent)
    except OSError as error:
        raise _write_fault(error, out) from error
    except (sqlite3.Error, *_driver_errors(driver)) as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF == 13 or "full" in str(error).lower():  # SQLITE_FULL
            raise _no_space(out, 0, shutil.disk_usage(out.parent).free) from error
        raise QuittanceError("backup_write_failed", out=str(out), detail=str(error)) from error
    finally:
        for leftover in (temp, temp_keys, Path(f"{temp}-journal")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass
    return BackupDone(out, keys_out, pages, out.stat().st_size, key is not None, head,
                      report.events, report.payments)


def journal_backup(ledger: Any) -> None:
    """The technical journal's entry for a backup, written BEFORE the copy so that the backup holds
    it: a backup whose device recorded one more event after it would be refused by `restore` (its
    numbers could be issued again), and a backup must be restorable the moment it is made."""
    ledger.journal_quietly("backup", {"encrypted": ledger.store.encrypted})


def _driver_errors(driver: Any) -> tuple[type[BaseException], ...]:
    return (driver.Error,) if driver is not None else ()


def _check_target(db_path: Path, out: Path) -> None:
    target = out.resolve()
    own = [db_path.resolve()] + [Path(f"{db_path.resolve()}{suffix}") for suffix in _SIDE]
    if target in own or (out.exists() and db_path.exists() and _same_file(out, db_path)):
        raise QuittanceError("backup_same_path", out=str(out), db=str(db_path))
    if out.is_dir():
        raise QuittanceError("backup_not_a_file", out=str(out))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise QuittanceError("backup_folder_missing", out=str(out), folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise QuittanceError("backup_folder_unwritable", out=str(out), folder=str(folder))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _check_space(db_path: Path, out: Path, envelope: Path) -> None:
    needed = db_path.stat().st_size
    for suffix in ("-wal",):  # frames not yet in the main file are copied too
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            needed += side.stat().st_size
    if envelope.is_file():
        needed += envelope.stat().st_size
    free = shutil.disk_usage(out.parent if str(out.parent) else ".").free
    if free < needed * SPACE_MARGIN:
        raise _no_space(out, int(needed * SPACE_MARGIN), free)


def _no_space(out: Path, needed: int, free: int) -> QuittanceError:
    return QuittanceError("backup_no_space", out=str(out), folder=str(out.parent), needed=_mb(needed), free=_mb(free))


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


def _write_fault(error: OSError, out: Path) -> QuittanceError:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        free = shutil.disk_usage(out.parent).free if out.parent.is_dir() else 0
        return _no_space(out, 0, free)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QuittanceError("backup_folder_unwritable", out=str(out), folder=str(out.parent))
    return QuittanceError("backup_write_failed", out=str(out), detail=error.strerror or str(error))


def _verified(path: Path, key: bytes | None, driver: Any = None) -> tuple[BackupHead, Any]:
    """`verify` on the copy (as `quittance --db COPY verify` does, without the device's mark: the
    copy is not the device's file); the copy's head."""
    conn = connect(path, key, driver=driver)
    try:
        device = load_device(conn)
        report = verify_store(conn, device.private_key if device else None,
                              identity=(device.id, device.code) if device else None,
                              server_key=load_setting(conn, SERVER_KEY_SETTING))
        if device is None or not report.ok:
            problem = report.first_problem.message("en") if report.problems else "not an initialised device"
            raise QuittanceError("backup_failed_verify", out=str(path), problem=problem)
        head = read_backup_head(conn)
    finally:
        conn.close()
    return head, report


def read_backup_head(conn: sqlite3.Connection) -> BackupHead:
    device = load_device(conn)
    if device is None:
        raise QuittanceError("restore_not_a_device")
    last = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    receipts = {int(year): int(number) for year, number in
                conn.execute("SELECT year, last_seq FROM receipt_counters")
                if isinstance(year, int) and isinstance(number, int)}
    pushed = load_setting(conn, "sync.pushed_seq", 0)
    municipality = load_municipality(conn)
    server_url = load_setting(conn, "server_url", "")
    return BackupHead(device.id, device.code, last[0] if last else 0, last[1] if last else "", receipts,
                      pushed if isinstance(pushed, int) else 0, municipality.locale if municipality else "fr",
                      server_url if isinstance(server_url, str) else "")
