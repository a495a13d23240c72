"""What the desktop does with the key envelope (core/vault.py) around a login, with no widget:
each function runs off the UI thread (a PIN costs a scrypt), called through the task runner.

The device is "unlocked in this process" when core/unlocked.py holds its data key: after an
agent's PIN, a supervisor's recovery, or an open wrap (the demo). A plain database has no key and
no envelope, and nothing here touches the vault for it."""
from __future__ import annotations

from pathlib import Path

from core import auth, unlocked, vault
from core.errors import QuittanceError
from core.service import Ledger

# The store's refusal to open an encrypted file without its key, and the envelope's when too many
# wrong PINs locked the device (the store asks the vault for a key it can have without asking).
LOCKED_CODES = ("database_locked", "vault_device_locked")


def is_database_locked(error: BaseException) -> bool:
    """Only a PIN or a recovery opens this file (a QuittanceError, or a StorageFault, with one of
    LOCKED_CODES)."""
    return isinstance(error, QuittanceError) and error.code in LOCKED_CODES


def data_key(ledger: Ledger) -> bytes | None:
    """The open ledger's data key: the store's own (an encrypted store says it), else the one
    this process unlocked; None for a plain database."""
    return getattr(ledger.store, "key", None) or unlocked.recall(ledger.store.path)


def give_wrap(ledger: Ledger, agent_id: str, name: str, pin: str) -> bool:
    """After a login whose PIN was checked (the server's hash), the agent gets their own wrap of
    the data key, so they can unlock the device alone next time. Exactly once: an agent already
    listed (or wrapped by core/auth's own hook during that login) is left alone. True if made."""
    key, db_path = data_key(ledger), ledger.store.path
    if key is None:
        return False  # a plain database: no envelope to add to
    if any(listed == agent_id for listed, _name in vault.agents_listed(db_path)):
        return False
    vault.ensure_agent_wrap(db_path, key, agent_id, name, pin)
    return True


def log_in_switching(ledger: Ledger, agent_id: str, name: str, pin: str) -> auth.LoginResult:
    """The login screen's check (switching agent while the device is open), then their wrap."""
    result = auth.login(ledger, agent_id, pin)
    if result.ok:
        give_wrap(ledger, agent_id, name, pin)
    return result


def log_in_unlocked(ledger: Ledger, agent_id: str, pin: str | None) -> None:
    """The agent whose PIN (or a supervisor's recovery) just opened the device: they typed it once.
    Opening the data key is the proof. When the device's PIN is also the one the server knows,
    core/auth records the login as usual (and clears its count of wrong tries); a PIN changed on
    this device only (Settings, after a recovery) differs from the server's hash, and still counts."""
    if pin is not None and ledger.check_pin(agent_id, pin):
        auth.login(ledger, agent_id, pin)  # journals the login
    else:
        ledger.journal("login", {"method": "recovery" if pin is None else "device_pin"}, agent_id=agent_id)
    ledger.act_as(agent_id)


def check_and_change_pin(db_path: str | Path, agent_id: str, old_pin: str, new_pin: str) -> None:
    """Settings' "Change my PIN". The old PIN is checked by the envelope itself (a wrong one counts
    toward the device's lockout, like any wrong PIN), then the data key is wrapped under the new
    one; the screen has already checked the new PIN was typed the same twice."""
    key = vault.unlock_with_pin(db_path, agent_id, old_pin)
    vault.change_pin(db_path, key, agent_id, new_pin)
