"""The signed receipt token carried by the QR code (invariant 6).

Form: `Q2.<base64url(canonical JSON claims)>.<base64url(Ed25519 signature)>`, the signature
over the ASCII bytes of `Q2.<claims>`. Short keys keep the QR small enough for a 58 mm printer.
Q2 adds `s`, the event seq the payment was recorded at, so a receipt contradicts a ledger cut
short. Q1 tokens (no `s`) already printed stay verifiable."""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import uuid
from dataclasses import dataclass

from core.canonical import canonical_json
from core.errors import QuittanceError
from core.keys import sign, verify_signature

TOKEN_PREFIX = "Q2"
KNOWN_PREFIXES = ("Q1", "Q2")
_HEX32 = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class ReceiptClaims:
    receipt_no: str
    taxpayer_id: str
    tax_code: str
    period: str
    amount: int
    currency: str
    issued_at: str
    device_id: str
    event_seq: int | None = None  # Q2 only

    def to_compact(self) -> dict:
        compact = {"r": self.receipt_no, "t": self.taxpayer_id, "x": self.tax_code, "p": self.period,
                   "a": self.amount, "c": self.currency, "i": self.issued_at, "d": self.device_id}
        if self.event_seq is not None:
            # Q2: the seq, paid for by writing the two UUIDs without their dashes (the QR keeps its size).
            compact.update(s=self.event_seq, t=_undashed(self.taxpayer_id), d=_undashed(self.device_id))
        return compact

    @classmethod
    def from_compact(cls, data: dict, version: str = TOKEN_PREFIX) -> "ReceiptClaims":
        try:
            amount, event_seq = data["a"], data["s"] if version == "Q2" else None
            if type(amount) is not int or (version == "Q2" and type(event_seq) is not int):
                raise QuittanceError("malformed_token")
            taxpayer_id, device_id = data["t"], data["d"]
            if version == "Q2":
                taxpayer_id, device_id = _dashed(taxpayer_id), _dashed(device_id)
            return cls(data["r"], taxpayer_id, data["x"], data["p"], amount, data["c"], data["i"], device_id, event_seq)
        except (KeyError, TypeError):
            raise QuittanceError("malformed_token") from None


def _undashed(value: str) -> str:
    try:
        return uuid.UUID(value).hex if str(uuid.UUID(value)) == value else value
    except (ValueError, TypeError, AttributeError):
        return value


def _dashed(value: str) -> str:
    return str(uuid.UUID(hex=value)) if isinstance(value, str) and _HEX32.fullmatch(value) else value


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_token(claims: ReceiptClaims, private_key_hex: str) -> str:
    prefix = TOKEN_PREFIX if claims.event_seq is not None else "Q1"
    body = _b64(canonical_json(claims.to_compact()).encode("utf-8"))
    signed = f"{prefix}.{body}".encode("ascii")
    return f"{prefix}.{body}.{_b64(sign(private_key_hex, signed))}"


def decode_token(token: str) -> ReceiptClaims:
    """The claims, unverified: for finding which device's key to verify with."""
    token = extract_token(token)
    try:
        prefix, body, _signature = token.split(".")
        if prefix not in KNOWN_PREFIXES:
            raise ValueError
        data = json.loads(_unb64(body))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise QuittanceError("malformed_token") from None
    if not isinstance(data, dict):
        raise QuittanceError("malformed_token")
    return ReceiptClaims.from_compact(data, prefix)


def verify_token(token: str, public_key_hex: str) -> ReceiptClaims:
    """The claims if the signature is the device's; raises QuittanceError('invalid_token') otherwise."""
    claims = decode_token(token)
    prefix, body, signature = extract_token(token).split(".")
    try:
        signature_bytes = _unb64(signature)
    except (ValueError, binascii.Error):
        raise QuittanceError("malformed_token") from None
    if not verify_signature(public_key_hex, f"{prefix}.{body}".encode("ascii"), signature_bytes):
        raise QuittanceError("invalid_token")
    return claims


def extract_token(text: str) -> str:
    """Accept either a bare token or a verification URL ending in one."""
    text = (text or "").strip()
    return text.rsplit("/", 1)[-1] if "/" in text else text


def verification_text(token: str, verify_url: str) -> str:
    """What goes into the QR code: the URL when a server is configured, else the bare token."""
    return f"{verify_url.rstrip('/')}/{token}" if verify_url else token


# Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand from a paper stub
# has no letter that looks like a digit; typing O, I or L anyway is read as 0, 1, 1.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_LENGTH = 8  # 40 bits


def verification_code(token: str) -> str:
    """The receipt's short verification code, e.g. '7KQ2-M9XD': what an agent writes on a paper
    stub when no printer answers, and what a citizen types on the verification page.

    Deterministic from the signed token (the first 40 bits of its SHA-256), so the device, the
    printed receipt and the server always agree, and nobody can pick a code without the device's
    key. A lookup key, not a proof: the page shows the receipt the code leads to."""
    digest = int.from_bytes(hashlib.sha256(extract_token(token).encode("ascii")).digest()[:5], "big")
    chars = [CODE_ALPHABET[(digest >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH))]
    return "".join(chars[:4]) + "-" + "".join(chars[4:])


def normalise_code(text: str) -> str | None:
    """A code as typed ('7kq2 m9xd', '7KQ2M9XD', with O for 0) in its printed form, or None."""
    raw = re.sub(r"[\s\-.]", "", (text or "").upper()).translate(_CODE_TYPOS)
    if len(raw) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in raw):
        return None
    return raw[:4] + "-" + raw[4:]
