"""The supervisor's sign-off of an agent's cash for a day: an immutable record, signed by the
server's key over its canonical JSON (core.canonical), kept in `cash_signoffs`.

A record is never updated or deleted (the database refuses it, revision 0005). Cash recorded but
not handed in stays a variance: a later sign-off for the same agent and day is a further record,
numbered after the last and naming it (`previous`), that adds the cash handed in then; what is
still open is always every record's cash against the expected cash the ledger gives now."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from core.canonical import canonical_json
from core.ids import new_id
from core.keys import public_key_of, sign, verify_signature
from sync.server.reference import AdminError
from sync.server.schema import cash_signoffs, server_keys

KIND = "quittance.cash_signoff"  # so that no other signed statement of the server passes for one


@dataclass(frozen=True)
class SignOff:
    """A stored sign-off: its record as signed, and whether the signature holds."""
    record: dict[str, Any]
    text: str  # the canonical JSON that was signed
    signature: str
    public_key: str
    valid: bool

    @property
    def counted(self) -> int:
        return self.record["counted"]

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.record, "signature": self.signature, "public_key": self.public_key,
                "signature_valid": self.valid}


def signed_statement_valid(text: str, signature_hex: str, public_key_hex: str, kind: str) -> bool:
    """Does `signature_hex` sign exactly `text`, a statement of this `kind` in canonical JSON, under
    this key? Shared by every signed statement of the server (sign-offs, attestations)."""
    try:
        record = json.loads(text)
        signature = bytes.fromhex(signature_hex)
    except (TypeError, ValueError):
        return False
    if not isinstance(record, dict) or record.get("kind") != kind or canonical_json(record) != text:
        return False
    return verify_signature(public_key_hex, text.encode("utf-8"), signature)


def signature_valid(text: str, signature_hex: str, public_key_hex: str) -> bool:
    """Does `signature_hex` sign exactly `text` (a sign-off's canonical JSON) under this key?"""
    return signed_statement_valid(text, signature_hex, public_key_hex, KIND)


def sign_offs(conn: Connection, agent_id: str, day: str) -> list[SignOff]:
    """Every sign-off of the agent's day, in order, each checked against the key that signed it,
    which must be one of the server's own keys (`server_keys`)."""
    known = set(conn.execute(select(server_keys.c.public_key)).scalars())
    rows = conn.execute(select(cash_signoffs).where(cash_signoffs.c.agent_id == agent_id,
                                                     cash_signoffs.c.day == day)
                        .order_by(cash_signoffs.c.number)).mappings().all()
    return [SignOff(json.loads(r["record"]), r["record"], r["signature"], r["public_key"],
                    r["public_key"] in known and signature_valid(r["record"], r["signature"], r["public_key"]))
            for r in rows]


def record_sign_off(conn: Connection, private_key_hex: str, fields: dict[str, Any], *, agent_id: str, day: str,
                    at: str) -> SignOff:
    """Sign and store a new record for the agent's day: number and `previous` follow the last one.
    `fields` are the figures (sync/server/reconcile_report.py); nothing of an earlier record changes."""
    earlier = sign_offs(conn, agent_id, day)
    record = {**fields, "kind": KIND, "id": new_id(), "number": len(earlier) + 1,
              "previous": earlier[-1].record["id"] if earlier else None, "agent_id": agent_id, "day": day,
              "at": at, "server_key": public_key_of(private_key_hex)}
    text = canonical_json(record)
    signature = sign(private_key_hex, text.encode("utf-8")).hex()
    try:
        with conn.begin_nested():
            conn.execute(cash_signoffs.insert().values(
                id=record["id"], agent_id=agent_id, day=day, number=record["number"], record=text,
                signature=signature, public_key=record["server_key"], created_at=at))
    except IntegrityError:
        # Another supervisor signed this agent's day at the same moment: nothing is overwritten.
        raise AdminError("another sign-off of this agent's day was recorded meanwhile; run reconcile again") from None
    return SignOff(record, text, signature, record["server_key"], True)
