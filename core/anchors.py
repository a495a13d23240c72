"""Anchors outside the file against a ledger cut short: the signed chain head a Z-report
prints, and the Q2 receipts in citizens' hands. `verify --anchor TEXT` checks them.

Chain head form: `H1.<seq>.<first 16 hex of that event's hash>.<base64url(Ed25519 signature)>`,
the signature over the ASCII bytes of `H1.<seq>.<short hash>`, by the device key."""
from __future__ import annotations

import binascii
import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass

from core.errors import QuittanceError
from core.events import chain_head
from core.keys import sign, verify_signature
from core.problems import Problem
from core.token import _b64, _unb64, decode_token, extract_token, verify_token

HEAD_PREFIX = "H1"
SHORT_HASH = 16


@dataclass(frozen=True)
class ChainHead:
    seq: int
    short_hash: str
    signature: str  # base64url, no padding

    @property
    def signed_text(self) -> str:
        return f"{HEAD_PREFIX}.{self.seq}.{self.short_hash}"

    @property
    def text(self) -> str:
        return f"{self.signed_text}.{self.signature}"

    def valid_for(self, public_key_hex: str) -> bool:
        try:
            signature = _unb64(self.signature)
        except (ValueError, binascii.Error):
            return False
        return verify_signature(public_key_hex, self.signed_text.encode("ascii"), signature)


def signed_chain_head(conn: sqlite3.Connection, private_key_hex: str) -> ChainHead:
    seq, digest = chain_head(conn)
    short = digest[:SHORT_HASH]
    return ChainHead(seq, short, _b64(sign(private_key_hex, f"{HEAD_PREFIX}.{seq}.{short}".encode("ascii"))))


def parse_chain_head(text: str) -> ChainHead | None:
    parts = "".join((text or "").split()).split(".")  # printed over several lines: white space dropped
    if len(parts) != 4 or parts[0] != HEAD_PREFIX or not parts[1].isdigit():
        return None
    return ChainHead(int(parts[1]), parts[2].lower(), parts[3])


def anchor_readable(text: str) -> bool:
    """A chain head or a receipt's token (bare or in its URL), whoever signed it. Anything else
    is a typing slip that says nothing about the ledger: refused, not reported as tampering."""
    if parse_chain_head(text) is not None:
        return True
    try:
        decode_token(extract_token(text))
    except QuittanceError:
        return False
    return True


def check_anchor(conn: sqlite3.Connection, text: str, public_key_hex: str, head_seq: int) -> Problem | None:
    """None if the anchor agrees with the ledger; otherwise what it contradicts."""
    head = parse_chain_head(text)
    if head is not None:
        return _check_head(conn, head, public_key_hex, head_seq)
    return _check_receipt(conn, text, public_key_hex, head_seq)


def _event(conn: sqlite3.Connection, seq: int) -> tuple[str, str, str] | None:
    return conn.execute("SELECT type, hash, payload FROM events WHERE seq = ?", (seq,)).fetchone()


def _check_head(conn: sqlite3.Connection, head: ChainHead, public_key_hex: str, head_seq: int) -> Problem | None:
    if not head.valid_for(public_key_hex):
        return Problem.of(None, "anchor_unsigned", anchor=head.signed_text)
    if head.seq > head_seq:
        return Problem.of(head_seq + 1, "truncated_head", at=head.seq, last=head_seq)
    event = _event(conn, head.seq)
    if event is None or not event[1].startswith(head.short_hash):
        return Problem.of(head.seq, "anchor_rewritten", anchor=head.signed_text)
    return None


def _check_receipt(conn: sqlite3.Connection, text: str, public_key_hex: str, head_seq: int) -> Problem | None:
    token = extract_token(text)
    try:
        claims = verify_token(token, public_key_hex)
    except QuittanceError:
        try:
            receipt_no = decode_token(token).receipt_no
        except QuittanceError:
            receipt_no = (text or "")[:40]
        return Problem.of(None, "anchor_unsigned", anchor=receipt_no)
    if claims.event_seq is not None:
        if claims.event_seq > head_seq:
            return Problem.of(head_seq + 1, "truncated_receipt", receipt_no=claims.receipt_no,
                              at=claims.event_seq, last=head_seq)
        event = _event(conn, claims.event_seq)
        data = json.loads(event[2]).get("data", {}) if event and event[0] == "payment.recorded" else {}
        if data.get("token") != token:
            return Problem.of(claims.event_seq, "receipt_not_in_ledger", receipt_no=claims.receipt_no)
        return None
    row = conn.execute("SELECT token FROM payments WHERE receipt_no = ?", (claims.receipt_no,)).fetchone()
    if row is None or row[0] != token:
        return Problem.of(None, "receipt_not_in_ledger", receipt_no=claims.receipt_no)
    return None
