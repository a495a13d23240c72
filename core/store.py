"""The device's local SQLite store: one file, WAL, synchronous=FULL, one transaction per operation.

Each thread gets its own connection, so the UI thread and a background sync can both write;
writers serialise on `BEGIN IMMEDIATE` with a busy timeout, and a lock that outlasts the
timeout is retried rather than shown to the agent, up to the lock timeout (60 s, or
QUITTANCE_LOCK_TIMEOUT seconds), after which it is a StorageFault like every other storage
failure. After each write transaction core/durability.py checkpoints the WAL into the main file
and moves the high-water mark; see README, "Durability".

The file is a SQLCipher database, encrypted with a 32-byte data key (README, "Encryption at
rest"); `PRAGMA key` is the first statement of every connection. A plain SQLite file from an
older version still opens, unencrypted, until core/encryption_migration.py converts it."""
from __future__ import annotations

import os
import secrets
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, NoReturn

import sqlite_utils

from core import migrations, unlocked, vault
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from core.durability import Durability, Head, read_head
from core.errors import QuittanceError, StorageFault
from core.faults import check_encrypted_file, check_encrypted_pages, check_file, storage_fault
from core.replay import EVENT_BUILT, NOT_COMPARED

BUSY_TIMEOUT_MS = 5_000
ENCRYPTED_CACHE_KIB = 16_384  # SQLite's default is 2,000 KiB
LOCK_TIMEOUT_ENV = "QUITTANCE_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 60.0
_SIDE_FILES = ("-wal", "-shm", "-journal")
_WAL_HEADER_BYTES = 32  # a WAL no longer than its header holds no commit


def lock_timeout_setting() -> float:
    try:
        return float(os.environ.get(LOCK_TIMEOUT_ENV, DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


class Store:
    """A handle on one device database file, safe to share between threads.

    `create=True` (for `init` and the demo) may make a missing folder, owner-only; otherwise a
    missing folder is a StorageFault and nothing is created. `high_water=False` is for scratch
    databases (a replay, a test copy) that must neither read nor move the device's mark.

    `key` is the 32-byte data key. Without one: a new (missing or empty) file gets a fresh random
    key, remembered for this process (core/unlocked.py), and is created encrypted, unless
    `plain=True` (a benchmark's baseline, a legacy file in a test); an existing plain file opens
    plain (legacy, until migrated); an existing encrypted file takes the key this process already
    unlocked, else the key the vault gives without asking, else it is refused as "database_locked".
    `store.key` is the key in use (None on a plain file) and `store.encrypted` says which.
    `on_migrated(store, from, to)` runs after a migration of an existing file committed, before
    its space is reclaimed (the Ledger journals it there: core/ledger_journal.py)."""

    def __init__(self, path: str | Path, *, create: bool = False, lock_timeout: float | None = None,
                 high_water: bool = True,
                 progress: migrations.Progress | None = None,
                 key: bytes | None = None, plain: bool = False,
                 on_migrated: "Callable[[Store, int, int], None] | None" = None) -> None:
        self.path = Path(path)
        self.key: bytes | None = key
        self.lock_timeout = lock_timeout_setting() if lock_timeout is None else lock_timeout
        self._local = _PerOsThread()
        self._all_connections: list[sqlite3.Connection] = []
        self._registry_lock = threading.Lock()
        self._writing: dict[int, int] = {}  # OS thread -> write transactions it has open
        self._writes_done = threading.Condition()
        self._pending: StorageFault | None = None  # a post-commit step that failed; retried first
        self._wal_lost = False
        self.durability = Durability(str(self.path), high_water)
        try:
            self._prepare_file(create, plain)
            if self.key is not None and self._wal_lost:
                check_encrypted_pages(self.path, self.key)
            with self.transaction() as conn:
                found = migrations.schema_version(conn)
                migrated = migrations.migrate(conn, progress=progress) > found
                _check_tables(conn, self.path)
            if migrated and found > 0:
                if on_migrated is not None:  # the technical journal's entry, before the space is reclaimed
                    on_migrated(self, found, migrations.LATEST_VERSION)
                migrations.reclaim_space(self.conn)
            self._open_mark()
        except (sqlite3.DatabaseError, OSError) as error:
            self.close()
            self._raise(error)
        except BaseException:
            self.close()
            raise

    def _open_mark(self) -> None:
        """A mark that cannot be read or written (its folder full or read-only) does not stop
        reading the ledger; it stops the next write until it can be written."""
        try:
            self.durability.open(self.conn, self._wal_lost)
        except OSError as error:
            self._pending = self._fault_of(error)

    def _prepare_file(self, create: bool, plain: bool) -> None:
        folder = self.path.parent
        if not folder.is_dir():
            if not create:
                raise StorageFault("storage_folder_missing", path=str(self.path), folder=str(folder), detail="")
            folder.mkdir(mode=0o700, parents=True)
        wal = Path(f"{self.path}-wal")
        self._wal_lost = not wal.exists() or wal.stat().st_size <= _WAL_HEADER_BYTES
        self.key = self._resolve_key(plain)
        if self.key is None or sqlite3.is_plain_sqlite(str(self.path)):
            check_file(self.path, wal_has_frames=not self._wal_lost)
        else:  # an encrypted file's header is ciphertext: judged once keyed (_check_size)
            check_encrypted_file(self.path, wal_has_frames=not self._wal_lost)
        if not self.path.exists():
            # SQLite gives -wal, -shm and -journal the main file's mode: owner-only, all of them.
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        for candidate in [self.path] + [Path(f"{self.path}{suffix}") for suffix in _SIDE_FILES]:
            _owner_only(candidate)
        if self.key is not None and Path(f"{self.path}.plain").exists():
            from core.encryption_migration import finish_erasing  # only after a crash mid-migration
            finish_erasing(self.path)

    def _resolve_key(self, plain: bool) -> bytes | None:
        if self.key is not None:
            if len(self.key) != sqlite3.KEY_BYTES:
                raise ValueError("a data key is 32 bytes")
            return bytes(self.key)
        name = str(self.path)
        if sqlite3.is_empty(name) and not Path(f"{name}-wal").exists():
            if plain:
                return None
            key = secrets.token_bytes(sqlite3.KEY_BYTES)
            unlocked.remember(self.path, key)
            # Openly wrapped until Ledger.initialise wraps it for its agents: a file made by a run
            # that stops before then (an `init` refused for want of a PIN) must not be lost with
            # its key. It holds only the schema.
            vault.on_initialised(self.path, key, [], open_wrap=True)
            return key
        if sqlite3.is_plain_sqlite(name):
            return None
        key = unlocked.recall(self.path) or vault.key_without_asking(self.path)
        if key is None and vault.envelope_path(self.path).exists():
            raise QuittanceError("database_locked", path=name)  # the user can act: a PIN, a recovery
        return key  # None without an envelope: not one of ours, which check_file says

    def encrypt_in_place(self, progress: "Callable[[float, str], None] | None",
                         agents: list[tuple[str, str, str | None]], *, open_wrap: bool,
                         locale: str = "fr") -> bytes:
        """A plain (legacy) file becomes encrypted (core/encryption_migration.py) under this same
        Store: every connection is closed first, and the next use of `conn` opens a keyed one."""
        from core.encryption_migration import encrypt_plain_database

        self.close()
        key = encrypt_plain_database(self.path, progress, agents=agents, open_wrap=open_wrap, locale=locale)
        self.key = key
        return key

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    # -- connections -------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this thread's connection, for bulk loads and introspection."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite_utils.Database(self.conn)
            self._local.db = db
        return db

    def _connect(self) -> sqlite3.Connection:
        busy_ms = int(min(BUSY_TIMEOUT_MS, self.lock_timeout * 1000))
        try:
            conn = sqlite3.keyed_connect(str(self.path), self.key, isolation_level=None,
                                         check_same_thread=False, timeout=busy_ms / 1000)
            conn.row_factory = sqlite3.Row
            # Sorts, GROUP BYs and temporary tables stay in memory: SQLCipher encrypts the
            # database and its journals, not SQLite's temporary files.
            conn.execute("PRAGMA temp_store = MEMORY")
            if self.key is not None:
                # A page read from the OS cache is decrypted and its HMAC checked each time: keep
                # more decrypted pages in SQLite's own cache, so that a warm search reads none
                # (bench SUITE=encryption). Memory grows only as pages are read.
                conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
            conn.execute(f"PRAGMA busy_timeout = {busy_ms}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as error:
            self._raise(error)
        with self._registry_lock:
            self._all_connections.append(conn)
        return conn

    def close(self) -> None:
        self._wait_for_other_writers()
        self._settle()
        with self._registry_lock:
            for conn in self._all_connections:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._all_connections.clear()
        self._local = _PerOsThread()

    def _wait_for_other_writers(self, timeout: float = 10.0) -> None:
        """A write still running on another thread (a background save when the window closes)
        finishes before its connection is closed: SQLCipher's driver crashes the process, where
        stdlib sqlite3 raised, on a connection closed under a running statement."""
        me = threading.get_ident()
        with self._writes_done:
            self._writes_done.wait_for(lambda: not any(n for t, n in self._writing.items() if t != me),
                                       timeout=timeout)

    def _settle(self) -> None:
        """A clean close: everything in the main file, and the mark no longer pending, so the
        next open need not check for an operation torn by a crash."""
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.in_transaction or self._pending is not None:
            return
        try:
            if self.durability.checkpoint(conn):
                self.durability.settle(conn)
        except (sqlite3.Error, OSError):
            pass  # not settled: the next open checks, which costs time, never data

    # -- transactions ------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. Nested use joins the outer transaction."""
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        me = threading.get_ident()
        with self._writes_done:
            self._writing[me] = self._writing.get(me, 0) + 1
        try:
            self._retry_pending(conn)
            self._execute(conn, "BEGIN IMMEDIATE")
            try:
                yield conn
                head = self.durability.before_commit(conn)
            except BaseException as error:
                _rollback_if_open(conn)
                if isinstance(error, sqlite3.DatabaseError):
                    self._raise(error)
                if isinstance(error, StorageFault) and self.durability.refusal is not None:
                    # What the operation tripped over (e.g. a receipt counter ahead of its payments) is a
                    # symptom of the fault already known at open (an operation torn by a crash): say that.
                    raise self.durability.refusal from error
                raise
            self._execute(conn, "COMMIT")
            self._after_commit(conn, head)  # also after DDL alone, which total_changes does not count
        finally:
            with self._writes_done:
                self._writing[me] -= 1
                self._writes_done.notify_all()

    def _after_commit(self, conn: sqlite3.Connection, head: Head) -> None:
        """The commit stands whatever happens here; a failure refuses the next write until
        the step succeeds (see _retry_pending)."""
        try:
            self.durability.committed(conn, head)
            self._pending = None
        except (sqlite3.DatabaseError, OSError) as error:
            self._pending = self._fault_of(error)

    def _retry_pending(self, conn: sqlite3.Connection) -> None:
        if self._pending is None:
            return
        if self.durability.compared:
            self._after_commit(conn, read_head(conn))
        else:  # the mark could not be read or written at open: compare it now
            self._pending = None
            self._open_mark()
        if self._pending is not None:
            raise self._pending

    @property
    def standing_fault(self) -> StorageFault | None:
        """What stops writes right now, known without touching the disk."""
        return self._pending or self.durability.refusal

    def check(self) -> None:
        """Raise the storage fault that still stands, if any: an unfinished checkpoint or mark,
        a database behind its mark, a write that cannot be made. For the app's "check again"."""
        conn = self.conn
        self._retry_pending(conn)
        if self.durability.refusal is not None:
            raise self.durability.refusal
        with self.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('storage.checked', '1') "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for multi-statement reads."""
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self._raise(error)

    # -- errors --------------------------------------------------------------------------
    def _execute(self, conn: sqlite3.Connection, statement: str) -> None:
        """BEGIN or COMMIT, waiting out another writer's lock up to the lock timeout. On any
        other failure, roll back only a transaction still open and raise the original error
        (as the StorageFault it stands for)."""
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                conn.execute(statement)
                return
            except sqlite3.DatabaseError as error:
                if _is_lock_error(error) and time.monotonic() < deadline:
                    time.sleep(0.01)
                    continue
                _rollback_if_open(conn)
                self._raise(error)

    def _fault_of(self, error: BaseException) -> StorageFault:
        return storage_fault(error, self.path) or StorageFault(
            "storage_io", path=str(self.path), folder=str(self.path.parent), detail=str(error))

    def _raise(self, error: BaseException) -> NoReturn:
        fault = storage_fault(error, self.path)
        if fault is None:
            raise error
        raise fault from error


def _check_tables(conn: sqlite3.Connection, path: Path) -> None:
    """Every table of the current schema is there: one dropped outside Quittance (an attacker,
    a "cleaning" tool) is named in one line rather than met as a traceback halfway through."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(t for t in (*EVENT_BUILT, *NOT_COMPARED) if t not in present)
    if missing:
        raise StorageFault("storage_tables_missing", path=str(path), folder=str(path.parent),
                           tables=", ".join(missing), detail=", ".join(missing))



class _PerOsThread:
    """`threading.local`, but per operating-system thread. The desktop's background jobs run on
    Qt's pool threads, which PySide enters under a new Python thread state for each job: a
    `threading.local` set during one job was gone by the next, so every background query opened
    (and kept) a connection of its own, read with a cold page cache (10 times slower) and leaked
    a file descriptor."""

    def __init__(self) -> None:
        object.__setattr__(self, "_values", {})

    def __getattr__(self, name: str):  # noqa: ANN204 - what was stored
        try:
            return self._values[(threading.get_ident(), name)]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: object) -> None:
        self._values[(threading.get_ident(), name)] = value

def _is_lock_error(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _rollback_if_open(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the original error is what the caller must see


def _owner_only(path: Path) -> None:
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError:
        pass  # absent, or on a read-only medium: nothing to tighten
