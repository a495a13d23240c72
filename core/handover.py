"""The server's key hand-over: "key N+1 is X", signed by key N (pure; no store, no network).

The server signs one when it rotates its key (sync/server/keyrotation.py); a device that trusts
key N follows the statements to the newest key (sync/client/keychain.py) and records each one it
accepted in a `device.server_key_changed` event, whose data is the statement itself, so that
`verify` checks every hand-over again against the key recorded before it (core/verify.py)."""
from __future__ import annotations

import re
from typing import Any

from core.canonical import canonical_json
from core.keys import sign, verify_signature

SERVER_KEY_SETTING = "sync.server_public_key"  # the key the device trusts (sync/client/state.py)
KIND = "quittance.server_key"  # names what was signed: a page or an event can never pass for one
FIELDS = ("kind", "number", "previous_key", "public_key", "at")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX128 = re.compile(r"^[0-9a-f]{128}$")


def _message(statement: dict[str, Any]) -> bytes:
    return canonical_json({key: statement[key] for key in FIELDS}).encode("utf-8")


def make_handover(previous_private_hex: str, previous_key: str, number: int, public_key: str,
                  at: str) -> dict[str, Any]:
    """The statement that key `number` is `public_key`, signed by the key before it."""
    statement = {"kind": KIND, "number": number, "previous_key": previous_key, "public_key": public_key, "at": at}
    return {**statement, "signature": sign(previous_private_hex, _message(statement)).hex()}


def well_formed(handover: Any) -> bool:
    return (isinstance(handover, dict) and handover.get("kind") == KIND
            and type(handover.get("number")) is int and handover["number"] >= 2
            and all(isinstance(handover.get(k), str) and _HEX64.match(handover[k])
                    for k in ("previous_key", "public_key"))
            and isinstance(handover.get("at"), str) and len(handover["at"]) <= 40
            and isinstance(handover.get("signature"), str) and bool(_HEX128.match(handover["signature"])))


def handover_valid(trusted_key: str, handover: Any) -> bool:
    """Whether `handover` is well formed, starts from `trusted_key` and is signed by it."""
    if not well_formed(handover) or handover["previous_key"] != trusted_key:
        return False
    return verify_signature(trusted_key, _message(handover), bytes.fromhex(handover["signature"]))


def event_data(handover: dict[str, Any]) -> dict[str, Any]:
    """What the device's `device.server_key_changed` event records: the statement as signed."""
    return {key: handover[key] for key in (*FIELDS, "signature")}
