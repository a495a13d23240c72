"""A payment attestation: every receipt of a year for a taxpayer, as a record signed by the
server's key (canonical JSON, core.canonical; the pattern of reconcile_signoff.py), stored in
`attestations` (never updated or deleted: revision 0011), and found again by its short code.

A receipt belongs to year Y when its tax period does ("Y", "Y-…"), as in export_standing.py: an
arrear of 2026 paid in January 2027 is part of the 2026 attestation. Voided receipts are listed
apart and never counted in the total. The taxpayer is the id given: a taxpayer merged into another
keeps their own receipts here."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, or_, select
from sqlalchemy.exc import IntegrityError

from core.canonical import canonical_json
from core.ids import new_id
from core.keys import public_key_of, sign
from core.token import CODE_ALPHABET
from sync.server.reconcile_ledger import municipality_settings
from sync.server.reconcile_signoff import signed_statement_valid
from sync.server.reference import AdminError
from sync.server.schema import attestations, receipts, server_keys, tax_types, taxpayers, zones

KIND = "quittance.attestation"  # no other signed statement of the server passes for one
CODE_LENGTH = 12  # 60 bits: a code cannot be guessed, so the public check needs no rate limit
FIRST_YEAR, LAST_YEAR = 2000, 2999
_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


@dataclass(frozen=True)
class Attestation:
    record: dict[str, Any]
    text: str  # canonical JSON, exactly as signed
    signature: str
    public_key: str
    code: str
    valid: bool  # the signature holds under one of the server's keys

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.record, "signature": self.signature, "public_key": self.public_key,
                "code": self.code, "signature_valid": self.valid}


def parse_year(value: object) -> int:
    try:
        year = int(str(value).strip())
    except (TypeError, ValueError):
        raise AdminError(f"{value!r} is not a year: give it as YYYY, e.g. 2026") from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise AdminError(f"{year} is not a year this server can hold receipts for")
    return year


def code_of(signature_hex: str) -> str:
    """The short code printed on the attestation: 60 bits of SHA-256 of its signature, so nobody
    can choose one without the server's key."""
    digest = int.from_bytes(hashlib.sha256(bytes.fromhex(signature_hex)).digest()[:8], "big")
    chars = [CODE_ALPHABET[(digest >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH))]
    return "-".join("".join(chars[i:i + 4]) for i in range(0, CODE_LENGTH, 4))


def normalise_code(text: str | None) -> str | None:
    """A code as typed ('k7q2 m9xd 3ab4', with O for 0) in its printed form, or None."""
    raw = re.sub(r"[\s\-.]", "", (text or "")[:64].upper()).translate(_TYPOS)
    if len(raw) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in raw):
        return None
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def signature_valid(text: str, signature_hex: str, public_key_hex: str) -> bool:
    return signed_statement_valid(text, signature_hex, public_key_hex, KIND)


def attestation_record(conn: Connection, taxpayer_id: str, year: int) -> dict[str, Any]:
    """What the attestation states (without its id, time, signer and key)."""
    taxpayer_id = (taxpayer_id or "").strip()
    if not taxpayer_id or len(taxpayer_id) > 36:
        raise AdminError("give the taxpayer's id (as the search shows it)")
    settings = municipality_settings(conn)
    row = conn.execute(select(taxpayers.c.name, zones.c.name.label("zone"))
                       .select_from(taxpayers.outerjoin(zones, zones.c.id == taxpayers.c.zone_id))
                       .where(taxpayers.c.id == taxpayer_id)).first()
    found = conn.execute(
        select(receipts.c.receipt_no, receipts.c.paid_at, receipts.c.tax_code, receipts.c.period, receipts.c.amount,
               receipts.c.currency, receipts.c.voided_at, receipts.c.taxpayer_name)
        .where(receipts.c.taxpayer_id == taxpayer_id,
               or_(receipts.c.period == str(year), receipts.c.period.like(f"{year}-%")))
        .order_by(receipts.c.paid_at, receipts.c.receipt_no)).all()
    if row is None and not found:
        raise AdminError(f"no taxpayer with id {taxpayer_id!r} on this server")
    name = row.name if row is not None and row.name else next((r.taxpayer_name for r in found if r.taxpayer_name), "")
    labels = {code: json.loads(data) for code, data in conn.execute(select(tax_types.c.code, tax_types.c.data))}
    locale = settings.get("locale") or "fr"

    def tax_label(code: str) -> str:
        tax = labels.get(code) or {}
        return (tax.get("labels") or {}).get(locale) or tax.get("label") or code

    def item(r: Any) -> dict[str, Any]:
        return {"number": r.receipt_no, "paid_at": r.paid_at, "tax_code": r.tax_code, "tax": tax_label(r.tax_code),
                "period": r.period, "amount": int(r.amount), "currency": r.currency}

    counted = [item(r) for r in found if r.voided_at is None]
    voided = [{**item(r), "voided_at": r.voided_at} for r in found if r.voided_at is not None]
    return {"kind": KIND, "municipality": settings.get("name", ""), "currency": settings["currency"],
            "taxpayer_id": taxpayer_id, "taxpayer_name": name, "zone": row.zone if row is not None else None,
            "year": year, "receipts": counted, "voided": voided, "count": len(counted),
            "total": sum(r["amount"] for r in counted)}


def issue(conn: Connection, private_key_hex: str, taxpayer_id: str, year: int, *, by: str,
          at: str) -> Attestation:
    """Sign and store a new attestation (each request is its own record, with its own code)."""
    record = {**attestation_record(conn, taxpayer_id, parse_year(year)), "id": new_id(), "issued_at": at,
              "issued_by": by, "server_key": public_key_of(private_key_hex)}
    text = canonical_json(record)
    signature = sign(private_key_hex, text.encode("utf-8")).hex()
    code = code_of(signature)
    try:
        with conn.begin_nested():
            conn.execute(attestations.insert().values(
                id=record["id"], code=code, taxpayer_id=record["taxpayer_id"], year=record["year"], record=text,
                signature=signature, public_key=record["server_key"], created_at=at, created_by=by))
    except IntegrityError:  # two codes alike among 2^60: make the supervisor ask again, never overwrite
        raise AdminError("the attestation could not be stored; ask for it again") from None
    return Attestation(record, text, signature, record["server_key"], code, True)


def find(conn: Connection, code: str | None) -> Attestation | None:
    """The stored attestation with this code, checked against the server's keys; None when no
    attestation has it (or the text is not a code)."""
    wanted = normalise_code(code)
    if wanted is None:
        return None
    row = conn.execute(select(attestations).where(attestations.c.code == wanted)).mappings().first()
    if row is None:
        return None
    known = set(conn.execute(select(server_keys.c.public_key)).scalars())
    valid = (row["public_key"] in known and signature_valid(row["record"], row["signature"], row["public_key"])
             and code_of(row["signature"]) == wanted)
    try:
        record = json.loads(row["record"])
    except ValueError:
        record, valid = {}, False
    return Attestation(record, row["record"], row["signature"], row["public_key"], wanted, valid)
