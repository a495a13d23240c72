"""The key envelope's contents, as core/vault.py reads and changes them: the envelope loaded with
its device secret and its MAC checked, a new one, an agent's wrap set, the recovery wrap made
again. No policy of who may do what: that is core/vault.py's."""
from __future__ import annotations

import hashlib
import secrets
from pathlib import Path
from typing import Any

from core import device_secret, vault_file
from core.errors import QuittanceError
from core.pin_policy import PinPolicy
from core.vault_crypto import (WrapRefused, parse_public_key, recovery_to_json, unwrap_open, wrap_for_pin,
                               wrap_for_recovery)
from core.vault_file import envelope_path


def has_envelope(db_path: str | Path) -> bool:
    """A key envelope sits beside the database (an encrypted device); a plain one has none."""
    return envelope_path(db_path).exists()


def load(db_path: str | Path, *, required: bool = True) -> tuple[dict[str, Any], bytes] | None:
    """The envelope and its device secret, its MAC checked."""
    data = vault_file.read_raw(db_path)
    if data is None:
        if required:
            raise QuittanceError("vault_envelope_missing", path=str(envelope_path(db_path)))
        return None
    secret = device_secret.load(data["id"], data.get("secret"))
    if secret is None:
        raise QuittanceError("vault_device_secret_missing", path=str(envelope_path(db_path)))
    if not vault_file.mac_valid(data, secret):
        raise vault_file.damaged(envelope_path(db_path))
    return data, secret


def aad(data: dict[str, Any], what: str) -> bytes:
    return f"quittance|{data['id']}|{what}".encode("utf-8")


def agent_wrap(data: dict[str, Any], agent_id: str) -> dict[str, Any] | None:
    return next((a for a in data.get("agents", []) if isinstance(a, dict) and a.get("id") == agent_id), None)


def new_envelope() -> tuple[dict[str, Any], bytes]:
    name = secrets.token_hex(16)
    secret, where = device_secret.store_new(name)
    return {"id": name, "secret": where, "open": None, "agents": [], "recovery": None,
            "wrong_pins": 0, "locked": False, "policy": PinPolicy().to_json()}, secret


def fresh_for(db_path: str | Path) -> tuple[dict[str, Any], bytes]:
    """A new envelope for a new database. The store makes one when it creates the file and
    `initialise` another with the agents: the device secret of the first is kept (not a second
    keystore entry), none of its wraps."""
    try:
        loaded = load(db_path, required=False)
    except QuittanceError:
        loaded = None
    if loaded is None:
        return new_envelope()
    old, secret = loaded
    return {"id": old["id"], "secret": old["secret"], "open": None, "agents": [], "recovery": None,
            "wrong_pins": 0, "locked": False, "policy": PinPolicy().to_json()}, secret


def set_agent(data: dict[str, Any], secret: bytes, key: bytes, agent_id: str, name: str, pin: str,
               server_hash: str | None = None) -> None:
    """`server_hash` is the PIN hash the database holds for the agent now: a digest of it is kept
    (never the hash itself, which would let a copied envelope be guessed at without the database),
    so that login can tell a PIN the server set later from an old one (core/auth.py)."""
    previous = agent_wrap(data, agent_id) or {}
    seen = digest(server_hash) if server_hash is not None else previous.get("hash_seen")
    wrap = {"id": agent_id, "name": name, "hash_seen": seen,
            **wrap_for_pin(key, pin, secret, aad(data, f"agent|{agent_id}"))}
    data["agents"] = [a for a in data.get("agents", []) if a.get("id") != agent_id] + [wrap]


def digest(server_hash: str) -> str:
    return hashlib.sha256(server_hash.encode("utf-8")).hexdigest()


def rewrap_recovery(data: dict[str, Any], key: bytes) -> None:
    """A recovery public key known to the device gets the data key wrapped for it, at every key change."""
    recovery = data.get("recovery")
    if isinstance(recovery, dict) and recovery.get("public_key"):
        raw = parse_public_key(recovery["public_key"])
        data["recovery"] = recovery_to_json(wrap_for_recovery(key, raw))


def check_key(data: dict[str, Any], secret: bytes, data_key: bytes) -> None:
    """A key being wrapped must be this device's: an open wrap, when there is one, must agree
    (a wrong key wrapped for an agent would lock them out of their own database)."""
    if len(data_key) != 32:
        raise ValueError("a data key is 32 bytes")
    if isinstance(data.get("open"), dict):
        try:
            if unwrap_open(data["open"], secret, aad(data, "open")) != data_key:
                raise ValueError("not this device's data key")
        except WrapRefused:
            pass
