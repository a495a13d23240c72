"""The audit file's format (issue 14), shared by the server that writes it and the auditor's
verifier that reads it: its version and namespace, the typed elements derived from event
payloads, and the message the file's signature covers (pure; no store, no XML library).

docs/audit/audit-file.md describes every element. Versioning rule: a field's meaning never
changes in place; a change of meaning is a new FORMAT_VERSION, a new namespace and a new XSD."""
from __future__ import annotations

import hashlib
from typing import Any

FORMAT_VERSION = 1
NAMESPACE = f"urn:quittance:audit-file:{FORMAT_VERSION}"
XSD_NAME = f"quittance-audit-{FORMAT_VERSION}.xsd"
SIGNATURE_TAG = "FileSignature"
# The file's signature covers every byte before the opening "<FileSignature" of its last element.
SIGNATURE_START = b"<" + SIGNATURE_TAG.encode("ascii")
_SIGNED_PREFIX = "quittance.audit-file:"  # names what was signed: a page or an event can never pass for one
ZERO_HASH = "0" * 64

RECEIPT_EVENT, VOID_EVENT = "payment.recorded", "payment.voided"
SESSION_CLOSED = "session.closed"
CLOSING_EVENTS = (SESSION_CLOSED, "closing.made")
TOTAL_KEYS = ("receipts", "collected", "voids", "voided", "net")

# (tag, attributes, children): children are (tag, attributes) pairs, attributes all text.
Typed = tuple[str, dict[str, str], list[tuple[str, dict[str, str]]]]


def signed_message(digest_hex: str) -> bytes:
    """What the server's Ed25519 key signs: the ASCII text "quittance.audit-file:" followed by the
    64 lowercase hex characters of the SHA-256 of the signed bytes."""
    return (_SIGNED_PREFIX + digest_hex).encode("ascii")


def new_digest() -> "hashlib._Hash":
    return hashlib.sha256()


def _attrs(values: dict[str, Any]) -> dict[str, str]:
    """Text attributes; a missing (None) value is an absent attribute, a boolean is true/false."""
    shown: dict[str, str] = {}
    for name, value in values.items():
        if value is None:
            continue
        shown[name] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return shown


def _totals(tag: str, totals: Any) -> list[tuple[str, dict[str, str]]]:
    if not isinstance(totals, dict):
        return []
    return [(tag, _attrs({key: totals.get(key) for key in TOTAL_KEYS}))]


def typed_element(event_type: str, data: dict[str, Any]) -> Typed | None:
    """The typed element an event of this type carries beside its payload, or None."""
    if event_type == RECEIPT_EVENT:
        return ("Receipt", _attrs({
            "number": data.get("receipt_no"), "paymentId": data.get("id"), "amount": data.get("amount"),
            "currency": data.get("currency"), "taxCode": data.get("tax_code"), "period": data.get("period"),
            "method": data.get("method"), "taxpayerId": data.get("taxpayer_id"), "agentId": data.get("agent_id"),
            "sessionId": data.get("session_id"), "issuedAt": data.get("issued_at")}), [])
    if event_type == VOID_EVENT:
        return ("Void", _attrs({
            "id": data.get("id"), "paymentId": data.get("payment_id"), "receiptNumber": data.get("receipt_no"),
            "sessionId": data.get("session_id"), "reason": data.get("reason")}), [])
    if event_type == SESSION_CLOSED:
        report = data.get("report") if isinstance(data.get("report"), dict) else {}
        return ("Closing", _attrs({
            "kind": "session", "id": data.get("session_id"), "closedAt": report.get("closed_at"),
            "previousClosing": report.get("previous_closing")}), _totals("Perpetual", report.get("perpetual")))
    if event_type == "closing.made":
        return ("Closing", _attrs({
            "kind": data.get("kind"), "id": data.get("id"), "period": data.get("period"),
            "closedAt": data.get("time"), "timeSource": data.get("time_source"),
            "previousClosing": data.get("previous_closing")}),
            _totals("Totals", data.get("totals")) + _totals("Perpetual", data.get("perpetual")))
    if event_type == "series.registered":
        return ("SeriesRegistration", _attrs({
            "year": data.get("year"), "code": data.get("code"), "registeredAt": data.get("registered_at")}), [])
    return None


def receipt_year_and_number(receipt_no: Any) -> tuple[int, int] | None:
    """(year, number) of "CODE-YYYY-NNNNNN", or None for a number not of that shape."""
    if not isinstance(receipt_no, str):
        return None
    parts = receipt_no.rsplit("-", 2)
    if len(parts) != 3 or not (parts[1].isdigit() and parts[2].isdigit()):
        return None
    return int(parts[1]), int(parts[2])
