"""The signed receipt token carried by the QR code (invariant 6).

Form: `Q1.<base64url(canonical JSON claims)>.<base64url(Ed25519 signature)>`. Short keys keep
the QR small enough for a 58 mm printer."""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from core.canonical import canonical_json
from core.errors import QuittanceError
from core.keys import sign, verify_signature

TOKEN_PREFIX = "Q1"


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

    def to_compact(self) -> dict:
        return {"r": self.receipt_no, "t": self.taxpayer_id, "x": self.tax_code, "p": self.period,
                "a": self.amount, "c": self.currency, "i": self.issued_at, "d": self.device_id}

    @classmethod
    def from_compact(cls, data: dict) -> "ReceiptClaims":
        try:
            amount = data["a"]
            if type(amount) is not int:
                raise QuittanceError("malformed_token")
            return cls(data["r"], data["t"], data["x"], data["p"], amount, data["c"], data["i"], data["d"])
        except (KeyError, TypeError):
            raise QuittanceError("malformed_token") from None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_token(claims: ReceiptClaims, private_key_hex: str) -> str:
    body = _b64(canonical_json(claims.to_compact()).encode("utf-8"))
    signed = f"{TOKEN_PREFIX}.{body}".encode("ascii")
    return f"{TOKEN_PREFIX}.{body}.{_b64(sign(private_key_hex, signed))}"


def decode_token(token: str) -> ReceiptClaims:
    """The claims, unverified: for finding which device's key to verify with."""
    token = extract_token(token)
    try:
        prefix, body, _signature = token.split(".")
        if prefix != TOKEN_PREFIX:
            raise ValueError
        data = json.loads(_unb64(body))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise QuittanceError("malformed_token") from None
    if not isinstance(data, dict):
        raise QuittanceError("malformed_token")
    return ReceiptClaims.from_compact(data)


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
