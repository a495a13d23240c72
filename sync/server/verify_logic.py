"""The three verdicts on a receipt, from its QR token or from its number and printed code.

Pure decisions over the lookups of verify_types: no HTTP, no HTML, no database."""
from __future__ import annotations

import hmac
import re
import unicodedata

from core.errors import QuittanceError
from core.token import ReceiptClaims, decode_token, extract_token, normalise_code, verification_code, verify_token
from sync.server.verify_types import DeviceKeys, Finding, MunicipalityInfo, ReceiptLookup, ReceiptRecord, Verdict

# A Q2 token is about 300 characters; anything far longer is not one, and is not worth decoding.
MAX_TOKEN_LENGTH = 1024
_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9\-]{0,47}")
_TOKEN_PREFIX = re.compile(r"Q\d\.")
_PARTICLES = frozenset({"da", "das", "de", "del", "des", "di", "do", "dos", "du", "e", "la", "le", "van", "von", "y"})


def looks_like_token(text: str) -> bool:
    return bool(_TOKEN_PREFIX.match(extract_token(text)))


def verify_by_token(token: str, lookup: ReceiptLookup, keys: DeviceKeys,
                    municipality: MunicipalityInfo | None = None) -> Finding:
    """Recorded, not synced or forged, for the token of a QR code (or the URL around it)."""
    token = extract_token(token)
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return Finding(Verdict.FORGED, reason="malformed")
    try:
        claims = decode_token(token)
    except (QuittanceError, ValueError, UnicodeError):
        return Finding(Verdict.FORGED, reason="malformed")
    if not _well_typed(claims):
        return Finding(Verdict.FORGED, reason="malformed")
    key = keys.public_key(claims.device_id)
    if not key:
        return Finding(Verdict.FORGED, reason="unknown_device")
    try:
        verify_token(token, key)
    except (QuittanceError, ValueError, UnicodeError):
        return Finding(Verdict.FORGED, reason="bad_signature")
    record = lookup.find(claims.receipt_no)
    if record is None:
        labels = municipality.tax_labels(claims.tax_code) if municipality is not None else {}
        return Finding(Verdict.NOT_SYNCED, claims, reason="not_synced", tax_labels=dict(labels or {}))
    if not _agrees(record, token, claims):
        # Signed by the device, yet not the receipt the server holds under that number: either the
        # stored row or the device's key has been misused; neither paper is to be trusted.
        return Finding(Verdict.FORGED, reason="mismatch")
    return Finding(Verdict.RECORDED, claims, record, reason="recorded", tax_labels=dict(record.tax_labels))


def verify_by_code(number: str, code: str, lookup: ReceiptLookup, keys: DeviceKeys,
                   municipality: MunicipalityInfo | None = None) -> Finding | None:
    """The finding for a receipt number and its printed code, or None when they do not match.

    An unknown number and a wrong code both give None, so stepping through numbers learns nothing;
    a match is then judged on the stored token, like a scanned QR code."""
    wanted_number, wanted_code = normalise_number(number), normalise_code(code)
    if wanted_number is None or wanted_code is None:
        return None
    record = lookup.find(wanted_number)
    actual = _code_of(record)
    # compare_digest: the time taken does not tell how many characters of the code were right.
    if record is None or actual is None or not hmac.compare_digest(actual, wanted_code):
        return None
    return verify_by_token(record.token, lookup, keys, municipality)


def normalise_number(text: str) -> str | None:
    """A receipt number as typed ('t07-2026-000123 ', 'T07 2026 000123') in its stored form."""
    raw = re.sub(r"\s+", "-", (text or "").strip().upper())
    return raw if _NUMBER.fullmatch(raw) else None


def mask_name(name: str) -> str:
    """A taxpayer's name as the public page shows it: every word but the last reduced to its
    initial, the last kept whole, so the payer recognises it and a stranger learns little:
    'Kabasélé Ngoyi Françoise' -> 'K. N. Françoise', 'Jean-Pierre Mbuyi' -> 'J.-P. Mbuyi'.

    The last word is kept because on the receipts of the towns served the given name comes last
    ('Kabasélé Ngoyi F.' is how the agent's paper abbreviates it the other way). Particles written
    in lower case ('da', 'de', 'dos', 'van') are left out of the initials; a name of one word is
    shown as it is."""
    words = unicodedata.normalize("NFC", name or "").split()
    if len(words) <= 1:
        return " ".join(words)
    initials = [_initials(word) for word in words[:-1] if word not in _PARTICLES]
    return " ".join([*(i for i in initials if i), words[-1]])


def _initials(word: str) -> str:
    parts = [p for p in word.split("-") if p]
    letters = [next((c for c in part if c.isalnum()), "") for part in parts]
    return "-".join(f"{c.upper()}." for c in letters if c)


def _code_of(record: ReceiptRecord | None) -> str | None:
    if record is None or not record.token:
        return None
    try:
        return verification_code(record.token)
    except (ValueError, UnicodeError):
        return None


def _well_typed(claims: ReceiptClaims) -> bool:
    texts = (claims.receipt_no, claims.taxpayer_id, claims.tax_code, claims.period, claims.currency,
             claims.issued_at, claims.device_id)
    return all(isinstance(t, str) for t in texts) and type(claims.amount) is int and claims.amount >= 0


def _agrees(record: ReceiptRecord, token: str, claims: ReceiptClaims) -> bool:
    if record.token:
        return hmac.compare_digest(extract_token(record.token).encode(), token.encode())
    # A stored receipt without its token (should not happen): its facts must match the signed ones.
    return (record.number, record.amount, record.currency, record.period) == (
        claims.receipt_no, claims.amount, claims.currency, claims.period)
