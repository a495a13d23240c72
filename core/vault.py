"""The device's key envelope (`<database>.keys`): the database's data key, wrapped for each agent,
for the municipality's recovery, and (demo, or no agent with a PIN yet) openly.

CONTRACT (filled in by the vault work of issue 13; the signatures below are what the store and
the ledger call):
- `key_without_asking(db_path) -> bytes | None`: the data key when it can be had with nobody
  typing anything: an open wrap (the demo, a device with no PIN yet), or QUITTANCE_PIN tried
  against the agents' wraps (scripts, the CLI). None otherwise.
- `on_initialised(db_path, data_key, agents, *, open_wrap)`: `Ledger.initialise` made a new
  database; `agents` are (agent_id, name, pin or None). Writes the envelope.
- `on_agent_added(db_path, data_key, agent_id, name, pin)`: an agent with a known PIN was added
  while the database is open: wrap the data key for them.
"""
from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

# A MINIMAL envelope so that the encrypted store works across processes (the CLI, the tests'
# subprocesses) before the vault work of issue 13 lands: it replaces everything in this block,
# keeping the signatures. Open wrap: the data key under a random device secret kept in the
# envelope itself (which protects nothing: it is the demo's "no PIN" case). Agent wraps: the data
# key under scrypt(PIN), AES-256-GCM.
_VERSION = 1
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}


def envelope_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.keys")


def _kek(pin: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    return Scrypt(salt=salt, length=32, **_SCRYPT).derive(pin.encode("utf-8"))


def _wrap(kek: bytes, data_key: bytes, label: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    nonce = secrets.token_bytes(12)
    return {"nonce": nonce.hex(), "wrapped": AESGCM(kek).encrypt(nonce, data_key, label.encode()).hex()}


def _unwrap(kek: bytes, wrap: dict[str, str], label: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    try:
        return AESGCM(kek).decrypt(bytes.fromhex(wrap["nonce"]), bytes.fromhex(wrap["wrapped"]), label.encode())
    except (InvalidTag, KeyError, ValueError):
        return None


def _read(db_path: str | Path) -> dict:
    try:
        return json.loads(envelope_path(db_path).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def _write(db_path: str | Path, envelope: dict) -> None:
    """Whole or not at all, owner-only: temp file, fsync, rename."""
    target = envelope_path(db_path)
    temp = target.with_name(f".{target.name}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(envelope, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)


def _agent_wrap(data_key: bytes, agent_id: str, name: str, pin: str) -> dict[str, str]:
    salt = secrets.token_bytes(16)
    return {"name": name, "salt": salt.hex(), **_wrap(_kek(pin, salt), data_key, agent_id)}


def key_without_asking(db_path: str | Path) -> bytes | None:
    envelope = _read(db_path)
    if envelope.get("open"):
        key = _unwrap(bytes.fromhex(envelope.get("secret", "")), envelope["open"], "open")
        if key is not None:
            return key
    pin = os.environ.get("QUITTANCE_PIN")
    if pin and envelope.get("agents"):
        for agent_id, wrap in envelope["agents"].items():
            key = _unwrap(_kek(pin, bytes.fromhex(wrap["salt"])), wrap, agent_id)
            if key is not None:
                return key
        from core.errors import QuittanceError
        raise QuittanceError("database_pin_wrong", path=str(db_path))
    return None


def on_initialised(db_path: str | Path, data_key: bytes | None,
                   agents: list[tuple[str, str, str | None]], *, open_wrap: bool) -> None:
    if data_key is None:
        return
    envelope = {"version": _VERSION, "agents": {}, "open": None}
    with_pin = [(agent_id, name, pin) for agent_id, name, pin in agents if pin]
    if open_wrap or not with_pin:
        secret = secrets.token_bytes(32)
        envelope["secret"] = secret.hex()
        envelope["open"] = _wrap(secret, data_key, "open")
    for agent_id, name, pin in with_pin:
        envelope["agents"][agent_id] = _agent_wrap(data_key, agent_id, name, pin)
    _write(db_path, envelope)


def on_agent_added(db_path: str | Path, data_key: bytes | None, agent_id: str, name: str,
                   pin: str | None) -> None:
    if data_key is None or not pin:
        return
    envelope = _read(db_path) or {"version": _VERSION, "agents": {}, "open": None}
    envelope.setdefault("agents", {})[agent_id] = _agent_wrap(data_key, agent_id, name, pin)
    _write(db_path, envelope)


# -- unlocking and managing keys (the vault work fills these in; the desktop codes against them) --
# Errors are QuittanceError with these keys (texts in FR/EN/PT): "vault_wrong_pin" (tries_left),
# "vault_device_locked" (only a supervisor's recovery opens it), "vault_no_wrap" (this agent has no
# key on this device yet: a colleague logged in, or a recovery, must let them in once),
# "vault_recovery_refused" (wrong key file or passphrase), "vault_pin_too_weak" (policy).

def agents_listed(db_path: str | Path) -> list[tuple[str, str]]:
    """(agent_id, name) of every agent with a key on this device, for the unlock screen."""
    raise NotImplementedError


def is_encrypted(db_path: str | Path) -> bool:
    """The file is a SQLCipher database (not a plain SQLite one, not missing)."""
    raise NotImplementedError


def is_locked(db_path: str | Path) -> bool:
    """Too many wrong PINs: only `unlock_with_recovery` opens the device."""
    raise NotImplementedError


def unlock_with_pin(db_path: str | Path, agent_id: str, pin: str) -> bytes:
    """The data key, and it is remembered (core/unlocked.py). Counts wrong PINs toward lockout."""
    raise NotImplementedError


def unlock_with_recovery(db_path: str | Path, private_key_pem: bytes, passphrase: str) -> bytes:
    """The municipality's recovery key opens the device and clears the lockout."""
    raise NotImplementedError


def change_pin(db_path: str | Path, data_key: bytes, agent_id: str, new_pin: str) -> None:
    """Re-wrap the data key under the new PIN; the database itself is never re-encrypted."""
    raise NotImplementedError


def ensure_agent_wrap(db_path: str | Path, data_key: bytes, agent_id: str, name: str, pin: str) -> None:
    """An agent whose PIN was just checked (against the server's hash) while the database is open
    gets their own wrap, so they can unlock the device alone from then on."""
    raise NotImplementedError
