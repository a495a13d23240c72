"""Agent login with a PIN, offline, with a lockout after repeated wrong tries."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from core import unlocked, vault
from core.clock import iso, parse_iso
from core.pin_hash import check_pin
from core.pin_policy import policy_of
from core.service import Ledger

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
_KEY = "login.failures"


@dataclass(frozen=True)
class LoginResult:
    ok: bool
    locked_until: str | None = None  # ISO time, when locked
    tries_left: int = MAX_FAILURES
    device_locked: bool = False  # too many wrong PINs on the device: only a recovery opens it (core/vault.py)


def login(ledger: Ledger, agent_id: str, pin: str, *, journal_login: bool = True) -> LoginResult:
    """Check a PIN. Five wrong tries in a row lock this agent's login for five minutes;
    the count survives a restart, so closing the app does not reset it. On an encrypted device a
    wrong PIN also counts toward the device's lockout, and a right one gives the agent their own
    wrap of the data key if they had none (an agent pulled from the server, whose PIN was just
    checked against the server's hash while the database is open).

    The technical journal records the login (`journal_login=False`: a command line's PIN check
    before each write, which is no session), and every wrong PIN and lockout."""
    path = ledger.store.path
    if vault.is_locked(path):
        return LoginResult(False, None, 0, device_locked=True)
    now = ledger.clock()
    failures: dict = ledger.setting(_KEY, {}) or {}
    record = failures.get(agent_id, {"count": 0, "locked_until": None})
    if record.get("locked_until") and parse_iso(record["locked_until"]) > now:
        return LoginResult(False, record["locked_until"], 0)
    if record.get("locked_until"):
        record = {"count": 0, "locked_until": None}
    stored = _stored_hash(ledger, agent_id)
    # On an encrypted device the agent's own wrap is their PIN once they have one (a PIN changed
    # on the device re-wraps the key and writes nothing in the database); the database's hash
    # decides for an agent without one, and for a PIN the server set since (core/vault.py).
    verdict = vault.pin_opens_wrap(path, agent_id, pin, stored)
    if verdict if verdict is not None else check_pin(pin, stored):
        failures.pop(agent_id, None)
        with ledger.store.transaction() as conn:  # the login and its journal entry, together
            ledger.save_setting(_KEY, failures)
            if journal_login:
                ledger.journal_in(conn, "login", agent_id=agent_id)
        ledger.act_as(agent_id)
        _keep_wrap(ledger, agent_id, pin, stored, wrap_opened=bool(verdict))
        return LoginResult(True)
    record["count"] += 1
    if record["count"] >= MAX_FAILURES:
        record["locked_until"] = iso(now + LOCKOUT)
    failures[agent_id] = record
    # The agent tried is named in the details, not as the acting agent: nobody acted.
    with ledger.store.transaction() as conn:
        ledger.save_setting(_KEY, failures)
        ledger.journal_in(conn, "wrong_pin", {"agent_id": agent_id, "failures": record["count"]}, agent_id=None)
        if record["locked_until"]:
            ledger.journal_in(conn, "lockout", {"agent_id": agent_id, "until": record["locked_until"]}, agent_id=None)
    if vault.count_wrong_pin(path):
        ledger.journal("lockout", {"agent_id": agent_id, "device": True}, agent_id=None)
        return LoginResult(False, record["locked_until"], 0, device_locked=True)
    return LoginResult(False, record["locked_until"], max(0, MAX_FAILURES - record["count"]))


def _stored_hash(ledger: Ledger, agent_id: str) -> str | None:
    row = ledger.store.conn.execute("SELECT pin_hash FROM agents WHERE id = ?", (agent_id,)).fetchone()
    return row[0] if row else None


def _keep_wrap(ledger: Ledger, agent_id: str, pin: str, stored: str | None, *, wrap_opened: bool) -> None:
    """After a right PIN on an encrypted device: the agent's own wrap when the database's hash
    decided (none yet, or an older PIN), the municipality's PIN policy for the envelope, and the
    recovery wrap if enrollment's recovery key is not in the envelope yet."""
    path = ledger.store.path
    key = unlocked.recall(path)
    if key is None or not vault.has_envelope(path):
        return
    if not wrap_opened:
        vault.ensure_agent_wrap(path, key, agent_id, ledger.find_agent(agent_id).name, pin, server_hash=stored)
    vault.note_policy(path, policy_of(ledger.municipality))
    recovery = ledger.setting(vault.RECOVERY_KEY_SETTING)
    if isinstance(recovery, str) and vault.recovery_public_key(path) != recovery:
        vault.set_recovery_key(path, key, recovery)
