"""The high-water mark: the newest event this device is known to have committed, kept OUTSIDE the
database file, so that an older copy of the database (restored from a backup, or a file whose
-wal was lost) is caught before it issues a receipt number twice (invariant 7).

The mark holds the last event seq, its chain hash and the receipt counter (year, last number):
no personal data. It lives in a small file named after the device id in the user's state folder
(QUITTANCE_STATE_DIR overrides it), away from the database's own folder, so that copying or
restoring that folder does not bring an old mark with it.

The file has two fixed-size slots written alternately, each with a generation number and a
CRC-32, flushed with fdatasync: a write torn by a power cut leaves the other slot valid, and the
reader takes the valid slot with the higher generation."""
from __future__ import annotations

import os
import struct
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_state_dir

from core.folder_sync import fsync_folder

try:  # POSIX: serialise read-compare-write between processes sharing one device
    import fcntl
except ImportError:  # pragma: no cover - Windows: one process writes at a time in practice
    fcntl = None

STATE_DIR_ENV = "QUITTANCE_STATE_DIR"
_MAGIC = b"QHWM"
# magic, version, flags, generation, seq, hash (hex), receipt year, receipt number, base seq, base hash
_BODY = struct.Struct("<4sBBxxQQ64sIIQ64s")
_SLOT = 256
_VERSION = 1
_PENDING = 1


@dataclass(frozen=True)
class Mark:
    """`pending`: written just before the checkpoint that copies `seq` into the main file, so
    `seq` may not be acknowledged yet; `base_seq`/`base_hash` is the head it was appended to."""
    seq: int
    hash: str
    receipt_year: int = 0
    receipt_seq: int = 0
    pending: bool = False
    base_seq: int = 0
    base_hash: str = ""


def state_dir() -> Path:
    configured = os.environ.get(STATE_DIR_ENV)
    return Path(configured) if configured else Path(user_state_dir("quittance", appauthor=False))


def mark_path(device_id: str) -> Path:
    return state_dir() / f"{device_id}.hwm"


def _pack(mark: Mark, generation: int) -> bytes:
    body = _BODY.pack(_MAGIC, _VERSION, _PENDING if mark.pending else 0, generation, mark.seq,
                      mark.hash.encode("ascii")[:64], mark.receipt_year, mark.receipt_seq, mark.base_seq,
                      mark.base_hash.encode("ascii")[:64])
    return (body + struct.pack("<I", zlib.crc32(body))).ljust(_SLOT, b"\0")


def _unpack(slot: bytes) -> tuple[int, Mark] | None:
    body, crc = slot[:_BODY.size], slot[_BODY.size:_BODY.size + 4]
    if len(crc) < 4 or struct.unpack("<I", crc)[0] != zlib.crc32(body):
        return None
    magic, version, flags, generation, seq, hash_bytes, year, receipt, base_seq, base_hash = _BODY.unpack(body)
    if magic != _MAGIC or version != _VERSION:
        return None
    return generation, Mark(seq, hash_bytes.rstrip(b"\0").decode("ascii"), year, receipt, bool(flags & _PENDING),
                            base_seq, base_hash.rstrip(b"\0").decode("ascii"))


def _sync(fd: int) -> None:
    (getattr(os, "fdatasync", None) or os.fsync)(fd)


class MarkDamaged(ValueError):
    """Both slots are there and neither can be read. A torn write spoils one slot at a time, and
    the very first write leaves the file no longer than one slot: this is damage from outside,
    and it must not be taken for "no mark", which would let an older copy issue numbers again."""


class MarkFile:
    """One device's mark file. Writes only move the mark forward (a slower thread or process
    that committed an older head never overwrites a newer mark)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def read(self) -> Mark | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        mark = self._newest(data)[1]
        if mark is None and len(data) > _SLOT and any(data[_SLOT:2 * _SLOT]) and any(data[:_SLOT]):
            raise MarkDamaged(str(self.path))
        return mark

    @staticmethod
    def _newest(data: bytes) -> tuple[int, Mark | None]:
        found = [s for s in (_unpack(data[i * _SLOT:(i + 1) * _SLOT]) for i in range(2)) if s]
        if not found:
            return -1, None
        generation, mark = max(found, key=lambda s: s[0])
        return generation, mark

    def advance(self, mark: Mark, *, rewind: bool = False) -> None:
        """Write `mark` durably unless the stored mark is already past it, or is it. `rewind`
        writes it even over a later mark: only for a pending operation proven never to have
        reached the database (see Durability.open). Raises OSError."""
        with self._lock:
            created = not self.path.exists()
            if created:
                self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                os.lseek(fd, 0, os.SEEK_SET)
                generation, stored = self._newest(os.read(fd, 2 * _SLOT))
                if not rewind and stored is not None and (stored.seq > mark.seq or stored == mark):
                    return
                generation += 1
                os.lseek(fd, (generation % 2) * _SLOT, os.SEEK_SET)
                os.write(fd, _pack(mark, generation))
                _sync(fd)
            finally:
                os.close(fd)  # also releases the flock
            if created:
                fsync_folder(self.path.parent)
