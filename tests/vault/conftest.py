"""Fixtures of the key-envelope tests: a real keyring backend (a file, as the OS keystore would be
a service), or none at all; and a device whose database has a key envelope.

The database is made by the real `Ledger.initialise`; its data key is handed to
`vault.on_initialised` exactly as the store does when it makes an encrypted file (the store's
side, SQLCipher, is another part of issue 13; `encrypted_copy` makes a real SQLCipher file with
the same key where the test needs one)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from jaraco.classes import properties
from keyring.backends import fail

from core import unlocked, vault
from tests.conftest import make_ledger

PINS = {"Ilunga Kabeya": "1234", "Mbuyi Tshala": "5678"}


KEYSTORE_VARIABLE = "QUITTANCE_TEST_KEYSTORE"


class FileKeyring(KeyringBackend):
    """A keyring backend whose store is a JSON file: a real backend class, installed with
    keyring.set_keyring as a Secret Service or DPAPI backend would be, and in a `quittance`
    subprocess by keyring's own PYTHON_KEYRING_BACKEND (the file named by QUITTANCE_TEST_KEYSTORE)."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's own idiom
        # Viable only where a test asked for it: keyring's detection must not pick it elsewhere.
        if not os.environ.get(KEYSTORE_VARIABLE):
            raise RuntimeError("no test keystore")
        return 10

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ[KEYSTORE_VARIABLE])

    def _all(self) -> dict:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._all()
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._all()
        data.pop(f"{service}/{username}", None)
        self.path.write_text(json.dumps(data))


@pytest.fixture
def keystore(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    before = keyring.get_keyring()
    monkeypatch.setenv(KEYSTORE_VARIABLE, str(tmp_path / "keystore.json"))
    backend = FileKeyring(tmp_path / "keystore.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keystore():  # noqa: ANN201
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def _no_pin_in_environment(monkeypatch):  # noqa: ANN001, ANN202
    for name in ("QUITTANCE_PIN", "QUITTANCE_AGENT", "QUITTANCE_NEW_PIN", "QUITTANCE_RECOVERY_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


def agents_of(ledger) -> dict[str, str]:  # noqa: ANN001
    return {agent.name: agent.id for agent in ledger.agents()}


def make_encrypted_device(path: Path) -> tuple[bytes, dict[str, str]]:
    """A device database with its key envelope (two agents with PINs); returns the data key and
    the agents' ids by name. The process forgets the key, as a restarted app would.

    The store makes a new file encrypted and `Ledger.initialise` wraps its key for the agents: the
    envelope is the real one the app writes, not one made beside it."""
    ledger = make_ledger(path)
    ids = agents_of(ledger)
    key = ledger.store.key
    ledger.close()
    assert key is not None and vault.is_encrypted(path)
    unlocked.forget(path)
    return key, ids


@pytest.fixture
def device(tmp_path, keystore):  # noqa: ANN001, ANN201
    path = tmp_path / "device.db"
    key, ids = make_encrypted_device(path)
    yield path, key, ids
    unlocked.forget(path)


def encrypted_copy(path: Path, key: bytes) -> Path:
    """A real SQLCipher database keyed with `key`, holding one row, beside `path`."""
    sqlcipher3 = pytest.importorskip("sqlcipher3", reason="sqlcipher3 (the encrypted store's driver) is not installed")
    target = path.with_name("cipher.db")
    conn = sqlcipher3.connect(str(target))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("CREATE TABLE payments (receipt TEXT)")
    conn.execute("INSERT INTO payments VALUES ('T07-2026-000001')")
    conn.commit()
    conn.close()
    return target


def open_encrypted(path: Path, key: bytes) -> list[tuple]:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return conn.execute("SELECT receipt FROM payments").fetchall()
    finally:
        conn.close()


def keystore_env(backend: FileKeyring) -> dict[str, str]:
    """What a `quittance` subprocess needs to use the same keystore as the test."""
    return {"PYTHON_KEYRING_BACKEND": "tests.vault.conftest.FileKeyring", KEYSTORE_VARIABLE: str(backend.path)}


@pytest.fixture
def server(tmp_path):  # noqa: ANN001, ANN201
    """The real central server app over its own SQLite file, initialised with the test municipality
    (agents Ilunga Kabeya 1234 and Mbuyi Tshala 5678, their PINs hashed by the server)."""
    from tests.server.support import TEST_CONFIG, Server

    data = tmp_path / "server-data"
    made = Server.start(data, f"sqlite:///{data / 'server.db'}", TEST_CONFIG)
    yield made
    made.close()


def fresh_device(path: Path, server) -> tuple[object, bytes]:  # noqa: ANN001
    """A device as `quittance init` with no agent makes it on an encrypted store: the key in an
    open wrap (nobody has a PIN on it yet), then enrolled with the server through the real client."""
    from sync.client.enroll import enroll_ledger
    from tests.server.support import make_device
    from tests.sync_e2e.support import in_process, quick_backoff

    ledger = make_device(path, server, "T07")
    key = ledger.store.key or os.urandom(32)  # the encrypted store's own key; a plain one gets one here
    vault.on_initialised(path, key, [], open_wrap=True)
    enroll_ledger(ledger, "http://testserver", server.enrollment_code("T07", ("Ilunga Kabeya", "Mbuyi Tshala")),
                  transport=in_process(server), backoff=quick_backoff())
    return ledger, key
