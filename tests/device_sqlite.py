"""Tests that open a device database behind Quittance's back (to count rows, or to edit a table as
an attacker would) import this as `sqlite3`: the device driver (SQLCipher, whose exceptions are
not stdlib sqlite3's), with `connect` keying the connection when the file is an encrypted device.

The key comes where the app's would: this process's unlocked keys (a database the test made in
process), else the key envelope beside the file, opened with the tests' PINs (a database made by
a `quittance` subprocess). A plain file (an export, a GeoPackage, another program's database)
opens plain."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

from core import unlocked, vault
from core.errors import QuittanceError
from core.sqlite_driver import *  # noqa: F401,F403 - the driver's names, as stdlib sqlite3's
from core.sqlite_driver import connect as _connect
from core.sqlite_driver import apply_key, is_plain_sqlite

TEST_PINS = ("1234", "5678", "4321", "0000", "1111", "2468", "9876", "2222")


def key_of(path: str | Path) -> bytes | None:
    """The data key of the device database at `path`, or None (plain, or not ours)."""
    path = Path(path)
    if not path.exists() or not path.stat().st_size or is_plain_sqlite(str(path)):
        return None  # missing or empty: a new file, plain unless Quittance makes it
    key = unlocked.recall(path)
    if key is not None:
        return key
    if not vault.envelope_path(path).exists():
        return _known_key_that_opens(path)  # a copy of a database this process made
    saved = os.environ.get("QUITTANCE_PIN")
    try:
        for pin in (saved, *TEST_PINS):
            if pin is None:
                os.environ.pop("QUITTANCE_PIN", None)
            else:
                os.environ["QUITTANCE_PIN"] = pin
            try:
                key = vault.key_without_asking(path)
            except QuittanceError:  # not this PIN
                continue
            if key is not None:
                unlocked.remember(path, key)
                return key
    finally:
        if saved is None:
            os.environ.pop("QUITTANCE_PIN", None)
        else:
            os.environ["QUITTANCE_PIN"] = saved
    return None


def _known_key_that_opens(path: Path) -> bytes | None:
    for key in list(unlocked._keys.values()):  # noqa: SLF001 - tests look at what the process holds
        conn = _connect(str(path))
        try:
            apply_key(conn, key)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError:  # noqa: F405 - the driver's
            continue
        finally:
            conn.close()
        unlocked.remember(path, key)
        return key
    return None


def copy_device(source: str | Path, target: str | Path) -> Path:
    """Copy a device database as a backup would: the file with its key envelope (an encrypted
    database without its envelope opens for nobody)."""
    shutil.copy(source, target)
    envelope = vault.envelope_path(source)
    if envelope.exists():
        shutil.copy(envelope, vault.envelope_path(target))
    key = unlocked.recall(source)
    if key is not None:
        unlocked.remember(target, key)
    return Path(target)


def _file_of(database: object, uri: bool) -> str | None:
    text = str(database)
    if text == ":memory:" or text.startswith("file::memory:"):
        return None
    if uri and text.startswith("file:"):
        return unquote(urlparse(text).path)
    return text


def connect(database, *args, **kwargs):  # noqa: ANN001,ANN002,ANN003,ANN201 - sqlite3.connect's
    name = _file_of(database, kwargs.get("uri", False))
    key = key_of(name) if name else None  # before connecting creates a missing file
    conn = _connect(database, *args, **kwargs)
    if key is not None:
        apply_key(conn, key)
    return conn


def open_ledger(path: str | Path, *args, **kwargs):  # noqa: ANN002,ANN003,ANN201 - Ledger.open's
    """Ledger.open on a device a `quittance` subprocess made: keyed as `connect` is."""
    from core.service import Ledger

    return Ledger.open(path, *args, key=key_of(path), **kwargs)


def copy_device_envelope(source: str | Path, target: str | Path) -> None:
    """The key envelope of `source` beside `target` (a test that writes the file's bytes itself)."""
    envelope = vault.envelope_path(source)
    if envelope.exists():
        shutil.copy(envelope, vault.envelope_path(target))
