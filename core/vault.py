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

from pathlib import Path


def envelope_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.keys")


def key_without_asking(db_path: str | Path) -> bytes | None:
    return None


def on_initialised(db_path: str | Path, data_key: bytes | None,
                   agents: list[tuple[str, str, str | None]], *, open_wrap: bool) -> None:
    return None


def on_agent_added(db_path: str | Path, data_key: bytes | None, agent_id: str, name: str,
                   pin: str | None) -> None:
    return None


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
