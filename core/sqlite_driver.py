"""The one SQLite driver of the device side: SQLCipher (the `sqlcipher3` wheel), a DB-API module
shaped like stdlib `sqlite3`.

Every device-side module (core/, printing/, sync/client/, desktop/, bench/) imports this instead
of stdlib `sqlite3`, because sqlcipher3's exceptions are not subclasses of stdlib's and its Row
is not sqlite3.Row: a module catching `sqlite3.DatabaseError` around a SQLCipher connection would
let every storage fault through as a traceback. A file opened without a key is a plain SQLite
file, so the same driver reads legacy databases, scratch databases and GeoPackages alike.

The central server (sync/server) keeps stdlib sqlite3 under SQLAlchemy and never imports this."""
from __future__ import annotations

from sqlcipher3 import dbapi2 as _dbapi2
from sqlcipher3.dbapi2 import (  # noqa: F401 - re-exported: the stdlib names device code uses
    PARSE_COLNAMES,
    PARSE_DECLTYPES,
    Binary,
    Connection,
    Cursor,
    DatabaseError,
    DataError,
    Error,
    IntegrityError,
    InterfaceError,
    InternalError,
    NotSupportedError,
    OperationalError,
    ProgrammingError,
    Row,
    Warning,
    complete_statement,
    connect,
    register_adapter,
    register_converter,
    sqlite_version,
    sqlite_version_info,
)

KEY_BYTES = 32
_PLAIN_HEADER = b"SQLite format 3\x00"


def apply_key(conn: Connection, key: bytes) -> None:
    """Key a fresh connection: the first statement on it, before anything reads a page. A raw
    32-byte key skips SQLCipher's passphrase derivation (PBKDF2), which would cost every open
    a quarter of a second; the key is already random, so there is nothing to stretch."""
    if len(key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def keyed_connect(path: str, key: bytes | None, **kwargs) -> Connection:  # noqa: ANN003 - connect()'s
    """`connect(path, **kwargs)`, keyed first when `key` is given."""
    conn = connect(path, **kwargs)
    if key is not None:
        try:
            apply_key(conn, key)
        except BaseException:
            conn.close()
            raise
    return conn


def is_plain_sqlite(path: str) -> bool:
    """The file starts with SQLite's clear header: a plain (legacy) database. An encrypted file's
    first 16 bytes are its random salt; an empty or missing file is neither."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_PLAIN_HEADER)) == _PLAIN_HEADER
    except OSError:
        return False


def is_empty(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return not handle.read(1)
    except FileNotFoundError:
        return True


def _align_sqlite_utils() -> None:
    """sqlite-utils picks its exception classes from stdlib sqlite3 (or pysqlite3) when imported,
    so its `except OperationalError` (a missing column to add, a table to drop if present) would
    miss SQLCipher's. Only the device store uses sqlite-utils here, over this driver's
    connections: point its module-level names at this driver."""
    try:
        import sqlite_utils.db as sdb
        import sqlite_utils.utils as sutils
    except ImportError:
        return
    for module in (sdb, sutils):
        if hasattr(module, "sqlite3"):
            module.sqlite3 = _dbapi2
        if hasattr(module, "OperationalError"):
            module.OperationalError = OperationalError


def _quiet() -> None:
    """SQLCipher writes its own log lines to stderr (a wrong key: "hmac check failed" per page),
    which would garble the command line's one-line errors. The error itself is still raised."""
    conn = connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_align_sqlite_utils()
_quiet()
