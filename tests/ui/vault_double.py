"""A stand-in for the key envelope (core/vault.py) and the store's refusal of a missing key, for
the unlock screens' tests while the vault and cipherstore work of issue 13 has not landed: exactly
the contract's functions and error keys, over a real `<db>.keys` file with scrypt-wrapped keys.

It is installed only while core/vault.py is still the contract's stub (`installed_if_needed`);
once the real vault is there, the tests run on it and this file is not used."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from core import unlocked, vault
from core.errors import QuittanceError
from core.service import Ledger

MAX_WRONG = 5
_SCRYPT = {"n": 2 ** 12, "r": 8, "p": 1}  # lighter than the real one: tests type many PINs


def vault_is_stub() -> bool:
    try:
        vault.is_encrypted(Path("/nonexistent/quittance.db"))
    except NotImplementedError:
        return True
    return False


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b))


def _kek(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, dklen=32, **_SCRYPT)


class VaultDouble:
    def __init__(self) -> None:
        self.wrap_calls: list[str] = []  # ensure_agent_wrap, by agent id: "exactly once" is checked

    # -- the envelope file ---------------------------------------------------------------
    def _load(self, db_path: str | Path) -> dict | None:
        path = vault.envelope_path(db_path)
        return json.loads(path.read_text()) if path.exists() else None

    def _save(self, db_path: str | Path, env: dict) -> None:
        vault.envelope_path(db_path).write_text(json.dumps(env))

    def _check(self, env: dict, key: bytes) -> None:
        if hashlib.sha256(key).hexdigest() != env["check"]:
            raise AssertionError("not this device's data key")

    def encrypt(self, db_path: Path, agents: list[tuple[str, str, str]], *, recovery: tuple[bytes, str],
                open_wrap: bool = False) -> bytes:
        """Make `db_path` an 'encrypted' device: (agent_id, name, pin) wraps, a recovery wrap."""
        key = os.urandom(32)
        pem, passphrase = recovery
        salt = os.urandom(16)
        env = {"check": hashlib.sha256(key).hexdigest(), "failures": 0, "wraps": {},
               "open": key.hex() if open_wrap else None,
               "recovery": {"salt": salt.hex(), "wrapped": _xor(key, _kek(pem.decode() + passphrase, salt)).hex()}}
        self._save(db_path, env)
        for agent_id, name, pin in agents:
            self._wrap(db_path, key, agent_id, name, pin)
        return key

    def _wrap(self, db_path: str | Path, key: bytes, agent_id: str, name: str, pin: str) -> None:
        env = self._load(db_path)
        salt = os.urandom(16)
        env["wraps"][agent_id] = {"name": name, "salt": salt.hex(), "wrapped": _xor(key, _kek(pin, salt)).hex()}
        self._save(db_path, env)

    def drop_wrap(self, db_path: str | Path, agent_id: str) -> None:
        """As if this agent's wrap were gone while the screen lists them (the vault says no_wrap)."""
        env = self._load(db_path)
        del env["wraps"][agent_id]
        self._save(db_path, env)

    # -- the contract --------------------------------------------------------------------
    def agents_listed(self, db_path):  # noqa: ANN001, ANN201
        env = self._load(db_path) or {"wraps": {}}
        return [(agent_id, wrap["name"]) for agent_id, wrap in env["wraps"].items()]

    def is_encrypted(self, db_path) -> bool:  # noqa: ANN001
        return self._load(db_path) is not None

    def is_locked(self, db_path) -> bool:  # noqa: ANN001
        env = self._load(db_path)
        return env is not None and env["failures"] >= MAX_WRONG

    def key_without_asking(self, db_path):  # noqa: ANN001, ANN201
        env = self._load(db_path)
        if env and env["failures"] >= MAX_WRONG:  # as the vault does: a locked device gives no key
            raise QuittanceError("vault_device_locked")
        return bytes.fromhex(env["open"]) if env and env["open"] else None

    def unlock_with_pin(self, db_path, agent_id: str, pin: str) -> bytes:  # noqa: ANN001
        env = self._load(db_path)
        if env["failures"] >= MAX_WRONG:
            raise QuittanceError("vault_device_locked")
        wrap = env["wraps"].get(agent_id)
        if wrap is None:
            raise QuittanceError("vault_no_wrap")
        key = _xor(bytes.fromhex(wrap["wrapped"]), _kek(pin, bytes.fromhex(wrap["salt"])))
        if hashlib.sha256(key).hexdigest() != env["check"]:
            env["failures"] += 1
            self._save(db_path, env)
            if env["failures"] >= MAX_WRONG:
                raise QuittanceError("vault_device_locked")
            raise QuittanceError("vault_wrong_pin", tries_left=MAX_WRONG - env["failures"])
        env["failures"] = 0
        self._save(db_path, env)
        unlocked.remember(db_path, key)
        return key

    def unlock_with_recovery(self, db_path, private_key_pem: bytes, passphrase: str) -> bytes:  # noqa: ANN001
        env = self._load(db_path)
        rec = env["recovery"]
        key = _xor(bytes.fromhex(rec["wrapped"]), _kek(private_key_pem.decode(errors="replace") + passphrase,
                                                       bytes.fromhex(rec["salt"])))
        if hashlib.sha256(key).hexdigest() != env["check"]:
            raise QuittanceError("vault_recovery_refused")
        env["failures"] = 0
        self._save(db_path, env)
        unlocked.remember(db_path, key)
        return key

    def change_pin(self, db_path, data_key: bytes, agent_id: str, new_pin: str) -> None:  # noqa: ANN001
        if len(new_pin) < 4 or len(set(new_pin)) == 1:
            raise QuittanceError("vault_pin_too_weak")
        env = self._load(db_path)
        self._check(env, data_key)
        name = env["wraps"].get(agent_id, {}).get("name", agent_id)
        self._wrap(db_path, data_key, agent_id, name, new_pin)

    def ensure_agent_wrap(self, db_path, data_key: bytes, agent_id: str, name: str, pin: str) -> None:  # noqa: ANN001
        self.wrap_calls.append(agent_id)
        self._check(self._load(db_path), data_key)
        self._wrap(db_path, data_key, agent_id, name, pin)

    # -- the store's side: an encrypted file does not open without its key -----------------
    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for name in ("agents_listed", "is_encrypted", "is_locked", "key_without_asking", "unlock_with_pin",
                     "unlock_with_recovery", "change_pin", "ensure_agent_wrap"):
            monkeypatch.setattr(vault, name, getattr(self, name))
        real_open = Ledger.open.__func__
        double = self

        def open_(cls, path, *args, key: bytes | None = None, **kwargs):  # noqa: ANN001, ANN202
            env = double._load(path)
            if env is not None:
                # As the store does: a key it can have with nobody typing, else database_locked.
                key = key if key is not None else (unlocked.recall(path) or double.key_without_asking(path))
                if key is None or hashlib.sha256(key).hexdigest() != env["check"]:
                    raise QuittanceError("database_locked")
            return real_open(cls, path, *args, **kwargs)
        monkeypatch.setattr(Ledger, "open", classmethod(open_))
