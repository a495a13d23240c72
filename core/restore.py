"""`quittance restore FILE`: put a backup back as the device's database, unless it would issue a
receipt number again.

A backup stops at some event N. Whatever the device recorded after N (receipts included) left it
with numbers that the backup's counters do not know: the restored file would hand them out again
(invariant 5). So a restore is refused when anything shows the device went past N:
- the device's high-water mark outside the database (core/highwater.py, invariant 7);
- the highest seq the server acknowledged, as the device last heard it (`sync.pushed_seq` in the
  current database);
- when the server can be reached, what it holds for this device now (the caller asks it:
  `ServerHead`; core never speaks HTTP).
Otherwise the database is replaced safely: the backup is copied beside it and verified, the old
file (and its side files) set aside, the copy renamed into place and opened and verified as the
device's database; only then is the old one removed. A failure puts the old one back."""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from core.backup import BackupHead, envelope_of, read_backup_head
from core.backup_copy import connect, fsync_file, fsync_folder, is_plain_sqlite, sqlite3
from core.config import load_device, load_setting
from core.errors import QuittanceError
from core.handover import SERVER_KEY_SETTING
from core.highwater import MarkDamaged, MarkFile, mark_path
from core.verify import verify_store

_SIDE = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class ServerHead:
    """What the server holds for this device: its highest contiguous seq and receipt counters."""
    stored_through: int
    receipts: dict[int, int] = field(default_factory=dict)  # year -> highest receipt number stored


@dataclass(frozen=True)
class Restored:
    path: Path
    head: BackupHead
    replaced: bool  # an existing database was replaced (rather than a missing one put back)
    server_checked: bool

    def to_dict(self) -> dict:
        return {"db": str(self.path), "device_code": self.head.device_code, "last_seq": self.head.seq,
                "last_receipt": self.head.receipt_no(), "replaced": self.replaced,
                "server_checked": self.server_checked}


def backup_key(backup: Path, current_key: bytes | None) -> bytes | None:
    """The key that opens the backup: none for a plain file; else the device's own data key (a
    backup is encrypted with it), or the one its envelope `FILE.keys` yields without asking."""
    if is_plain_sqlite(backup):
        return None
    if current_key is not None:
        return current_key
    from core import unlocked, vault
    key = unlocked.recall(backup)
    if key is None:
        try:
            key = vault.key_without_asking(backup)
        except NotImplementedError:
            key = None
    if key is None:
        raise QuittanceError("restore_locked", backup=str(backup))
    return key


def read_head(backup: Path, key: bytes | None) -> BackupHead:
    """The backup's head, once `verify` passes on it."""
    if not backup.is_file():
        raise QuittanceError("restore_missing", backup=str(backup))
    try:
        conn = connect(backup, key, read_only=True)
        try:
            device = load_device(conn)
            if device is None:
                raise QuittanceError("restore_not_a_device", backup=str(backup))
            report = verify_store(conn, device.private_key, identity=(device.id, device.code),
                                  server_key=load_setting(conn, SERVER_KEY_SETTING))
            if not report.ok:
                raise QuittanceError("restore_tampered", backup=str(backup),
                                     problem=report.first_problem.message("en"))
            return read_backup_head(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise QuittanceError("restore_unreadable", backup=str(backup), detail=str(error)) from error


def refusal(head: BackupHead, *, current: BackupHead | None, server: ServerHead | None,
            hash_at: Callable[[int], str | None] | None = None) -> QuittanceError | None:
    """Why restoring `head` would issue a receipt number again, or None. The strongest witness is
    named: the server, then this device's own record of what the server holds, then its mark.
    `hash_at(seq)`: the backup's chain hash at a seq, to catch a backup of another history (the
    mark's event is not the backup's: numbers were issued on a branch the backup does not hold)."""
    if current is not None and current.device_id != head.device_id:
        return QuittanceError("restore_other_device", backup_code=head.device_code, device_code=current.device_code)
    number = head.receipt_no()
    if server is not None:
        ahead = {year: n for year, n in server.receipts.items() if n > head.receipts.get(year, 0)}
        if server.stored_through > head.seq or ahead:
            year = max(ahead) if ahead else max(server.receipts, default=None)
            held = f"{head.device_code}-{year}-{server.receipts[year]:06d}" if year is not None else "—"
            return QuittanceError("restore_behind_server", seq=head.seq, receipt=number,
                                  server_seq=max(server.stored_through, head.seq), server_receipt=held)
    if current is not None and current.pushed_seq > head.seq:
        return QuittanceError("restore_behind_server_recorded", seq=head.seq, receipt=number,
                              server_seq=current.pushed_seq)
    try:
        mark = MarkFile(mark_path(head.device_id)).read()
    except MarkDamaged:
        return QuittanceError("restore_mark_damaged", mark=str(mark_path(head.device_id)))
    if mark is not None and mark.seq > head.seq:
        year = mark.receipt_year or None
        held = f"{head.device_code}-{year}-{mark.receipt_seq:06d}" if year else "—"
        return QuittanceError("restore_behind_mark", seq=head.seq, receipt=number, mark_seq=mark.seq,
                              mark_receipt=held)
    if mark is not None and mark.seq and hash_at is not None and hash_at(mark.seq) != mark.hash:
        return QuittanceError("restore_diverged", seq=mark.seq)
    return None


def backup_hashes(backup: Path, key: bytes | None) -> Callable[[int], str | None]:
    """`hash_at` for `refusal`, reading the backup file."""
    def hash_at(seq: int) -> str | None:
        conn = connect(backup, key, read_only=True)
        try:
            row = conn.execute("SELECT hash FROM events WHERE seq = ?", (seq,)).fetchone()
        finally:
            conn.close()
        return row[0] if row else None
    return hash_at


def current_head(db_path: Path, key: bytes | None) -> BackupHead | None:
    """The device database being replaced, as far as it can be read (a damaged one is why people
    restore: its head is then unknown, and the mark and the server speak for it)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        conn = connect(db_path, key)
        try:
            return read_backup_head(conn) if load_device(conn) is not None else None
        finally:
            conn.close()
    except (sqlite3.Error, QuittanceError, ValueError):
        return None


def replace_database(backup: Path, db_path: Path, key: bytes | None) -> bool:
    """Copy `backup` into place as `db_path` (and its envelope, if the device has none), keeping the
    old file aside until the new one opens and verifies as the device's database. Returns whether
    one was replaced."""
    folder = db_path.parent
    incoming = folder / f".{db_path.name}.restoring"
    aside = folder / f"{db_path.name}.before-restore"
    incoming.unlink(missing_ok=True)
    try:
        shutil.copyfile(backup, incoming)
        os.chmod(incoming, 0o600)
        fsync_file(incoming)
    except BaseException:
        incoming.unlink(missing_ok=True)  # e.g. a full disk: nothing half-copied is left behind
        raise
    had_envelope = envelope_of(db_path).is_file()
    moved = _set_aside(db_path, aside)
    try:
        os.replace(incoming, db_path)
        # The device's own envelope stays: it wraps the same data key (a PIN change re-wraps it, it
        # never re-encrypts the database) with the agents' current PINs. The backup's is taken only
        # when the device has none left.
        if envelope_of(backup).is_file() and not envelope_of(db_path).is_file():
            shutil.copyfile(envelope_of(backup), f"{incoming}.keys")
            fsync_file(f"{incoming}.keys")
            os.replace(f"{incoming}.keys", envelope_of(db_path))
        fsync_folder(folder)
        _verify_in_place(db_path, key)
    except BaseException:
        for suffix in ("", *_SIDE):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        if envelope_of(backup).is_file() and not had_envelope:
            envelope_of(db_path).unlink(missing_ok=True)
        for leftover in (incoming, Path(f"{incoming}.keys")):
            leftover.unlink(missing_ok=True)
        _put_back(moved, db_path, aside)
        raise
    for name in moved:
        Path(f"{aside}{name}").unlink(missing_ok=True)
    return bool(moved)


def _set_aside(db_path: Path, aside: Path) -> list[str]:
    moved = []
    for suffix in ("", *_SIDE):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            os.replace(source, f"{aside}{suffix}")
            moved.append(suffix)
    return moved


def _put_back(moved: list[str], db_path: Path, aside: Path) -> None:
    for suffix in moved:
        os.replace(f"{aside}{suffix}", f"{db_path}{suffix}")


def _verify_in_place(db_path: Path, key: bytes | None) -> None:
    """Open the restored file as the device does (its mark compared) and verify it. An encrypted
    backup opens with the key that read it (the device's own, or its envelope's): the process
    need not have unlocked the device to restore it."""
    from core.service import Ledger

    ledger = Ledger.open(db_path, key=key)
    try:
        report = ledger.verify()
        if not report.ok:
            raise QuittanceError("restore_tampered", backup=str(db_path), problem=report.first_problem.message("en"))
    finally:
        ledger.close()
