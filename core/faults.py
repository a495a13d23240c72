"""Storage faults: turn what SQLite or the file system reports into a StorageFault that tells
the agent, in their language, what happened and what to do (the command line exits 3 on it).

Each kind has its own message (catalogue codes `storage_*`); the original error's text is kept in
the fault's `detail` parameter and as its `__cause__`."""
from __future__ import annotations

import errno
import os
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
import struct
from pathlib import Path

from core.errors import StorageFault

# SQLite primary result codes (the low byte of `sqlite_errorcode`).
_SQLITE_CODES = {5: "storage_locked", 6: "storage_locked", 8: "storage_read_only", 10: "storage_io",
                 11: "storage_corrupt", 13: "storage_full", 14: "storage_cannot_open", 26: "storage_not_a_database"}
_NEARLY_FULL = 256 * 1024  # bytes free below which a failed write is put down to a full disk
_ERRNO_CODES = {errno.ENOSPC: "storage_full", errno.EDQUOT: "storage_full", errno.EROFS: "storage_read_only",
                errno.EACCES: "storage_read_only", errno.EPERM: "storage_read_only", errno.EIO: "storage_io"}


def storage_fault(error: BaseException, path: str | Path) -> StorageFault | None:
    """The fault `error` stands for, or None when it is not a storage problem."""
    if isinstance(error, StorageFault):
        return error
    code = None
    if isinstance(error, sqlite3.DatabaseError):
        primary = getattr(error, "sqlite_errorcode", None)
        code = _SQLITE_CODES.get(primary & 0xFF) if primary is not None else _by_text(str(error))
        if code is None and isinstance(error, sqlite3.OperationalError):
            code = _by_text(str(error))
    elif isinstance(error, OSError):
        code = _ERRNO_CODES.get(error.errno)
        path = error.filename or path  # e.g. the high-water mark file, not the database
    if code is None:
        return None
    if code in ("storage_cannot_open", "storage_io"):
        code = _why_cannot_write(Path(path))
    fault = StorageFault(code, path=str(path), folder=str(Path(path).parent), detail=str(error))
    fault.__cause__ = error
    return fault


def _by_text(text: str) -> str | None:
    text = text.lower()
    for needle, code in (("locked", "storage_locked"), ("busy", "storage_locked"), ("full", "storage_full"),
                         ("readonly", "storage_read_only"), ("read-only", "storage_read_only"),
                         ("not a database", "storage_not_a_database"), ("malformed", "storage_corrupt"),
                         ("disk i/o", "storage_io"), ("unable to open", "storage_cannot_open")):
        if needle in text:
            return code
    return None


def _why_cannot_write(path: Path) -> str:
    """SQLite says only "unable to open database file" or "disk I/O error" (e.g. when the -shm
    file cannot grow on a full disk): look at the folder to tell which case it is."""
    folder = path.parent
    if not folder.is_dir():
        return "storage_folder_missing"
    if _read_only_mount(folder) or not os.access(folder, os.W_OK):
        return "storage_read_only"
    try:
        usage = os.statvfs(folder)
        if usage.f_bavail * usage.f_frsize < _NEARLY_FULL:
            return "storage_full"
    except (AttributeError, OSError):
        pass
    return "storage_io"


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):
        return False


_HEADER = b"SQLite format 3\0"


def check_file(path: Path, wal_has_frames: bool = False) -> None:
    """Refuse, before SQLite reads it, a file that is not a database or was cut short (a copy
    interrupted, a USB key pulled out): its header says how many pages it must hold. With a WAL
    holding frames, SQLite reads the newest header from the WAL, so the size is not judged."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        return
    except OSError as error:
        fault = storage_fault(error, path)
        if fault is not None:
            raise fault from error
        raise
    if not header:
        return  # an empty file is a new database
    if not header.startswith(_HEADER[:len(header)]) or (len(header) == 100 and not header.startswith(_HEADER)):
        raise StorageFault("storage_not_a_database", path=str(path), folder=str(path.parent), detail="header")
    if len(header) < 100:
        raise StorageFault("storage_truncated", path=str(path), folder=str(path.parent), size=size,
                           expected=100, detail=f"{size} bytes")  # its header alone
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if not wal_has_frames and change_counter == valid_for and pages and size < pages * page_size:
        raise StorageFault("storage_truncated", path=str(path), folder=str(path.parent),
                           size=size, expected=pages * page_size, detail=f"{size} of {pages * page_size} bytes")


CIPHER_PAGE = 4096  # SQLCipher 4's page size


def check_encrypted_file(path: Path, wal_has_frames: bool = False) -> None:
    """check_file for a SQLCipher file, whose header is ciphertext: less than one page is cut short
    before SQLCipher reads it (it would say "not a database")."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if 0 < size < CIPHER_PAGE and not wal_has_frames:
        raise StorageFault("storage_truncated", path=str(path), folder=str(path.parent), size=size,
                           expected=CIPHER_PAGE, detail=f"{size} bytes")


def check_encrypted_pages(path: Path, key: bytes) -> None:
    """check_file's size check on a SQLCipher file: page 1 decrypted by hand (AES-256-CBC under the
    raw key, its IV in the page's reserve), then the header's page count against the file's size.
    SQLite itself would load the schema first and report a cut file as "malformed". A header that
    does not decrypt to SQLite's fixed fields (another key) is left to SQLCipher to refuse."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    reserve, salt = 80, 16  # SQLCipher 4: 16-byte IV + 64-byte HMAC; the salt replaces the magic
    with open(path, "rb") as handle:
        page = handle.read(CIPHER_PAGE)
        size = os.fstat(handle.fileno()).st_size
    if len(page) < CIPHER_PAGE:
        return
    iv = page[CIPHER_PAGE - reserve:CIPHER_PAGE - reserve + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    header = bytes(salt) + decryptor.update(page[salt:CIPHER_PAGE - reserve]) + decryptor.finalize()
    page_size = struct.unpack(">H", header[16:18])[0]
    if page_size != CIPHER_PAGE or header[21:24] != bytes([64, 32, 32]):
        return
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if change_counter == valid_for and pages and size < pages * page_size:
        raise StorageFault("storage_truncated", path=str(path), folder=str(path.parent), size=size,
                           expected=pages * page_size, detail=f"{size} of {pages * page_size} bytes")
