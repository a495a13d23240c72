"""Agent login with a PIN, offline, with a lockout after repeated wrong tries."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from core.clock import iso, parse_iso
from core.service import Ledger

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
_KEY = "login.failures"


@dataclass(frozen=True)
class LoginResult:
    ok: bool
    locked_until: str | None = None  # ISO time, when locked
    tries_left: int = MAX_FAILURES


def login(ledger: Ledger, agent_id: str, pin: str) -> LoginResult:
    """Check a PIN. Five wrong tries in a row lock this agent's login for five minutes;
    the count survives a restart, so closing the app does not reset it."""
    now = ledger.clock()
    failures: dict = ledger.setting(_KEY, {}) or {}
    record = failures.get(agent_id, {"count": 0, "locked_until": None})
    if record.get("locked_until") and parse_iso(record["locked_until"]) > now:
        return LoginResult(False, record["locked_until"], 0)
    if record.get("locked_until"):
        record = {"count": 0, "locked_until": None}
    if ledger.check_pin(agent_id, pin):
        failures.pop(agent_id, None)
        ledger.save_setting(_KEY, failures)
        ledger.act_as(agent_id)
        return LoginResult(True)
    record["count"] += 1
    if record["count"] >= MAX_FAILURES:
        record["locked_until"] = iso(now + LOCKOUT)
    failures[agent_id] = record
    ledger.save_setting(_KEY, failures)
    return LoginResult(False, record["locked_until"], max(0, MAX_FAILURES - record["count"]))
