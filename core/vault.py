"""The device's key envelope (`<database>.keys`): the database's data key, wrapped for each agent,
for the municipality's recovery, and (demo, or no agent with a PIN yet) openly.

- `key_without_asking(db_path) -> bytes | None`: the data key when it can be had with nobody
  typing anything: an open wrap (the demo, a device with no PIN yet), or QUITTANCE_PIN tried
  against the agents' wraps (scripts, the CLI; QUITTANCE_AGENT names whose). None otherwise.
- `on_initialised(db_path, data_key, agents, *, open_wrap)`: `Ledger.initialise` made a new
  database; `agents` are (agent_id, name, pin or None). Writes the envelope.
- `on_agent_added(db_path, data_key, agent_id, name, pin)`: an agent with a known PIN was added
  while the database is open: wrap the data key for them.
Errors are QuittanceError: "vault_wrong_pin" (tries_left), "vault_device_locked", "vault_no_wrap",
"vault_recovery_refused", "vault_pin_too_weak" / "vault_passphrase_too_weak" (policy), and
"vault_envelope_missing" / "vault_envelope_damaged" / "vault_device_secret_missing" (the file or
the keystore entry is gone or edited: only a recovery opens the device).

Wrong PINs are counted in the envelope, across agents: MAX_WRONG_PINS in a row lock the device
until a supervisor's recovery (docs/security/keys.md says why ten)."""
from __future__ import annotations

import os
from pathlib import Path

from core import device_secret, journal_file, unlocked, vault_file
from core.errors import QuittanceError
from core.pin_policy import PinPolicy, check_strength, policy_from_json
from core.vault_crypto import (WrapRefused, load_recovery_key, parse_public_key, recovery_from_json,
                               recovery_to_json, unwrap_open, unwrap_recovery, unwrap_with_pin,
                               wrap_for_recovery, wrap_open)
from core.vault_envelope import (aad, agent_wrap, check_key, digest, fresh_for, has_envelope, load,
                                 new_envelope, rewrap_recovery, set_agent)
from core.vault_file import envelope_path  # noqa: F401 - part of this module's interface

MAX_WRONG_PINS = 10
# The municipality's recovery public key as enrollment gave it, also kept in the database's
# settings, so that an envelope made after enrollment (a plain database encrypted later) gets its
# recovery wrap at the next login (core/auth.py).
RECOVERY_KEY_SETTING = "vault.recovery_public_key"
AGENT_VARIABLE = "QUITTANCE_AGENT"
PIN_VARIABLE = "QUITTANCE_PIN"  # as core/cli_auth.PIN_VARIABLE (not imported: cli_auth imports the Ledger)
_SQLITE_MAGIC = b"SQLite format 3\x00"


# -- the contract the store calls ---------------------------------------------------------------
def is_encrypted(db_path: str | Path) -> bool:
    """The file is a SQLCipher database (not a plain SQLite one, not missing, not empty)."""
    try:
        with open(db_path, "rb") as handle:
            head = handle.read(16)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return len(head) == 16 and head != _SQLITE_MAGIC


def key_without_asking(db_path: str | Path) -> bytes | None:
    remembered = unlocked.recall(db_path)
    if remembered is not None:
        return remembered
    if vault_file.read_raw(db_path) is None:
        if is_encrypted(db_path):
            raise QuittanceError("vault_envelope_missing", path=str(envelope_path(db_path)))
        return None
    data, secret = load(db_path)
    if data.get("locked"):
        raise QuittanceError("vault_device_locked")
    if isinstance(data.get("open"), dict):
        try:
            key = unwrap_open(data["open"], secret, aad(data, "open"))
        except WrapRefused:
            raise vault_file.damaged(envelope_path(db_path)) from None
        unlocked.remember(db_path, key)
        return key
    pin = os.environ.get(PIN_VARIABLE)
    if not pin:
        return None
    wanted = os.environ.get(AGENT_VARIABLE, "").strip()
    candidates = [a for a in data.get("agents", [])
                  if not wanted or wanted in (a.get("id"), a.get("name"))
                  or str(a.get("name", "")).casefold() == wanted.casefold()]
    if wanted and not candidates:
        raise QuittanceError("vault_no_wrap", agent=wanted)
    # One PIN typed is one try, whichever agents it was tried against.
    return _try_pin(db_path, [a["id"] for a in candidates], pin)


def on_initialised(db_path: str | Path, data_key: bytes | None,
                   agents: list[tuple[str, str, str | None]], *, open_wrap: bool) -> None:
    if data_key is None:  # a plain database: nothing to wrap
        return
    with vault_file.locked(db_path):
        data, secret = fresh_for(db_path)
        for agent_id, name, pin in agents:
            if pin:
                set_agent(data, secret, data_key, agent_id, name, pin)
        # With nobody able to type a PIN, the key must still be had: the open wrap, which the
        # first PIN set replaces (change_pin / ensure_agent_wrap drop it).
        if open_wrap or not data["agents"]:
            data["open"] = wrap_open(data_key, secret, aad(data, "open"))
        vault_file.write(db_path, data, secret)
    unlocked.remember(db_path, data_key)


def on_agent_added(db_path: str | Path, data_key: bytes | None, agent_id: str, name: str,
                   pin: str | None) -> None:
    if data_key is None or not pin:
        return
    with vault_file.locked(db_path):
        data, secret = load(db_path)
        set_agent(data, secret, data_key, agent_id, name, pin)
        vault_file.write(db_path, data, secret)


# -- unlocking and managing keys (the desktop and the CLI) --------------------------------------
def agents_listed(db_path: str | Path) -> list[tuple[str, str]]:
    """(agent_id, name) of every agent with a key on this device, for the unlock screen."""
    loaded = load(db_path, required=False)
    if loaded is None:
        return []
    return [(a["id"], a["name"]) for a in loaded[0].get("agents", [])
            if isinstance(a.get("id"), str) and isinstance(a.get("name"), str)]


def is_locked(db_path: str | Path) -> bool:
    data = vault_file.read_raw(db_path)
    return bool(data and data.get("locked"))


def unlock_with_pin(db_path: str | Path, agent_id: str, pin: str) -> bytes:
    with vault_file.locked(db_path):
        data, _secret = load(db_path)
        if data.get("locked"):
            raise QuittanceError("vault_device_locked")
        wrap = agent_wrap(data, agent_id)
        if wrap is None:
            raise QuittanceError("vault_no_wrap", agent=agent_id)
    return _try_pin(db_path, [agent_id], pin)


def _try_pin(db_path: str | Path, agent_ids: list[str], pin: str) -> bytes:
    """The PIN against these agents' wraps: the key on the first that opens (the count of wrong
    PINs cleared), else one more wrong PIN, and the device locked at MAX_WRONG_PINS."""
    with vault_file.locked(db_path):
        data, secret = load(db_path)
        if data.get("locked"):
            raise QuittanceError("vault_device_locked")
        for agent_id in agent_ids:
            wrap = agent_wrap(data, agent_id)
            try:
                key = unwrap_with_pin(wrap or {}, pin, secret, aad(data, f"agent|{agent_id}"))
            except WrapRefused:
                continue
            if data.get("wrong_pins"):
                data["wrong_pins"] = 0
                vault_file.write(db_path, data, secret)
            unlocked.remember(db_path, key)
            return key
        data["wrong_pins"] = int(data.get("wrong_pins") or 0) + 1
        data["locked"] = data["wrong_pins"] >= MAX_WRONG_PINS
        vault_file.write(db_path, data, secret)
        # The database is locked: the journal's side file keeps these until the next unlock.
        journal_file.append(db_path, "wrong_pin", {"wrong_pins": data["wrong_pins"]})
        if data["locked"]:
            journal_file.append(db_path, "lockout", {"wrong_pins": data["wrong_pins"]})
    if data["locked"]:
        unlocked.forget(db_path)
        raise QuittanceError("vault_device_locked")
    raise QuittanceError("vault_wrong_pin", tries_left=MAX_WRONG_PINS - data["wrong_pins"])


def count_wrong_pin(db_path: str | Path) -> bool:
    """A PIN refused elsewhere (core/auth.py's check against the database's hash) counts toward the
    device's lockout too; True when the device is now locked. Nothing to count without an envelope."""
    if not has_envelope(db_path):  # a plain database: nothing to keep
        return False
    with vault_file.locked(db_path):
        loaded = load(db_path, required=False)
        if loaded is None:
            return False
        data, secret = loaded
        data["wrong_pins"] = int(data.get("wrong_pins") or 0) + 1
        data["locked"] = bool(data.get("locked")) or data["wrong_pins"] >= MAX_WRONG_PINS
        vault_file.write(db_path, data, secret)
    if data["locked"]:
        unlocked.forget(db_path)
    return data["locked"]


def unlock_with_recovery(db_path: str | Path, private_key_pem: bytes, passphrase: str) -> bytes:
    """The municipality's recovery key opens the device and clears the lockout. The envelope is
    written anew: a new device secret if the keystore lost it, the agents' wraps kept only when
    the old envelope was intact (the others get theirs again at their next login)."""
    try:
        private = load_recovery_key(private_key_pem, passphrase)
    except WrapRefused:
        raise QuittanceError("vault_recovery_refused") from None
    with vault_file.locked(db_path):
        data = vault_file.read_raw(db_path)
        if data is None:
            raise QuittanceError("vault_envelope_missing", path=str(envelope_path(db_path)))
        if not isinstance(data.get("recovery"), dict) or "ephemeral" not in data["recovery"]:
            raise QuittanceError("vault_no_recovery")
        try:
            key = unwrap_recovery(recovery_from_json(data["recovery"]), private)
        except WrapRefused:
            raise QuittanceError("vault_recovery_refused") from None
        secret = device_secret.load(data["id"], data.get("secret"))
        intact = secret is not None and vault_file.mac_valid(data, secret)
        if not intact:
            device_secret.forget(data["id"])
            fresh, secret = new_envelope()
            fresh["recovery"] = data["recovery"]
            fresh["policy"] = policy_from_json(data.get("policy")).to_json()
            data = fresh
        data["wrong_pins"], data["locked"] = 0, False
        vault_file.write(db_path, data, secret)
        journal_file.append(db_path, "unlock", {"method": "recovery", "envelope_rebuilt": not intact})
    unlocked.remember(db_path, key)
    return key


def change_pin(db_path: str | Path, data_key: bytes, agent_id: str, new_pin: str, *,
               name: str | None = None, policy: PinPolicy | None = None, server_hash: str | None = None) -> None:
    """Re-wrap the data key under the new PIN; the database itself is never re-encrypted, nor even
    written. `policy` is the municipality's (the envelope keeps the last one the device saw when
    none is given); `name` lets a recovery give a key to an agent who had none on this device;
    `server_hash`, the agent's PIN hash in the database, when the caller has it open."""
    with vault_file.locked(db_path):
        data, secret = load(db_path)
        check_strength(new_pin, policy or policy_from_json(data.get("policy")))
        if policy is not None:
            data["policy"] = policy.to_json()
        existing = agent_wrap(data, agent_id)
        if existing is None and not name:
            raise QuittanceError("vault_no_wrap", agent=agent_id)
        check_key(data, secret, data_key)
        set_agent(data, secret, data_key, agent_id, name or existing["name"], new_pin, server_hash)
        data["open"] = None  # an agent with a PIN now: the key is no longer open on this device
        rewrap_recovery(data, data_key)
        vault_file.write(db_path, data, secret)
    unlocked.remember(db_path, data_key)


def ensure_agent_wrap(db_path: str | Path, data_key: bytes, agent_id: str, name: str, pin: str, *,
                      server_hash: str | None = None) -> None:
    """An agent whose PIN was just checked (against the server's hash) while the database is open
    gets their own wrap, so they can unlock the device alone from then on. A wrap made under an
    older PIN (the server reset it) is made again; a wrap that opens is left alone."""
    if not has_envelope(db_path):  # a plain database: nothing to keep
        return None
    with vault_file.locked(db_path):
        loaded = load(db_path, required=False)
        if loaded is None:
            return
        data, secret = loaded
        wrap = agent_wrap(data, agent_id)
        if wrap is not None:
            try:
                unwrap_with_pin(wrap, pin, secret, aad(data, f"agent|{agent_id}"))
                return
            except WrapRefused:
                pass
        check_key(data, secret, data_key)
        set_agent(data, secret, data_key, agent_id, name, pin, server_hash)
        data["open"] = None
        data["wrong_pins"] = 0
        vault_file.write(db_path, data, secret)


def pin_opens_wrap(db_path: str | Path, agent_id: str, pin: str, server_hash: str | None) -> bool | None:
    """For login on an open device: whether the agent's own wrap opens with this PIN (it, not the
    database's hash, is the agent's PIN once they have one here: a PIN changed on the device
    re-wraps without writing the database). None when the database's hash must decide: no
    envelope, no wrap for this agent yet, or the server has set a new PIN since the wrap was made.
    Counts nothing: the caller counts a refusal once (count_wrong_pin)."""
    if not has_envelope(db_path):
        return None
    data, secret = load(db_path)
    wrap = agent_wrap(data, agent_id)
    if wrap is None:
        return None
    try:
        unwrap_with_pin(wrap, pin, secret, aad(data, f"agent|{agent_id}"))
        return True
    except WrapRefused:
        pass
    if server_hash is not None and wrap.get("hash_seen") not in (None, digest(server_hash)):
        return None
    return False


def note_policy(db_path: str | Path, policy: PinPolicy) -> None:
    """Keep the municipality's latest PIN policy in the envelope (written only when it changed),
    for a PIN change made before the database is open."""
    if not has_envelope(db_path):  # a plain database: nothing to keep
        return None
    with vault_file.locked(db_path):
        loaded = load(db_path, required=False)
        if loaded is None or loaded[0].get("policy") == policy.to_json():
            return
        data, secret = loaded
        data["policy"] = policy.to_json()
        vault_file.write(db_path, data, secret)


def set_recovery_key(db_path: str | Path, data_key: bytes | None, public_key: str) -> bool:
    """The municipality's recovery public key (from enrollment): the data key is wrapped for it at
    once when known. Returns whether a recovery wrap was made."""
    raw = parse_public_key(public_key)
    if not has_envelope(db_path):  # a plain database: nothing to keep
        return False
    with vault_file.locked(db_path):
        loaded = load(db_path, required=False)
        if loaded is None:
            return False
        data, secret = loaded
        if data_key is None:
            data["recovery"] = {"public_key": public_key}
        else:
            check_key(data, secret, data_key)
            data["recovery"] = recovery_to_json(wrap_for_recovery(data_key, raw))
        vault_file.write(db_path, data, secret)
        return data_key is not None


def recovery_public_key(db_path: str | Path) -> str | None:
    data = vault_file.read_raw(db_path)
    recovery = data.get("recovery") if data else None
    return recovery.get("public_key") if isinstance(recovery, dict) else None
