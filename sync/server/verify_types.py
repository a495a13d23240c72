"""What the public verification page needs from the rest of the server, as small interfaces.

The page is written against these, not against the server's tables, so that it can be built and
tested on its own; the application factory wires them to the database (see README, "The public
verification page")."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from core.token import ReceiptClaims


@dataclass(frozen=True)
class ReceiptRecord:
    """A receipt as the server stored it from a pushed payment event."""
    number: str  # "T07-2026-000123"
    token: str  # the signed Q1/Q2 token of the payment, exactly as the device made it
    amount: int  # minor units
    currency: str  # ISO 4217
    tax_labels: Mapping[str, str]  # the tax's name per language: {"fr": "Patente", "en": "Business licence"}
    period: str  # period code: "2026", "2026-03", "2026-03-14"
    paid_at: str  # ISO 8601 UTC, the device's time of the payment (shown, never used to decide)
    taxpayer_name: str  # in full; the page masks it
    voided_at: str | None = None  # ISO 8601 UTC when a void of it was recorded
    void_pending: bool = False  # a void of it waits for a supervisor's approval (sync/server/voids.py)
    # Characters 1, 11, 21, 31 of the base64 of its payment event's signature, as the receipt
    # prints them beside its number (core/series.py): a citizen compares the two.
    signature_excerpt: str = ""


class ReceiptLookup(Protocol):
    def find(self, number: str) -> ReceiptRecord | None:
        """The stored receipt with this exact number, or None."""


class DeviceKeys(Protocol):
    def public_key(self, device_id: str) -> str | None:
        """The Ed25519 public key (64 hex) of an enrolled device, revoked ones included (a receipt
        issued before a revocation stays genuine); None for a device the server never enrolled."""


class MunicipalityInfo(Protocol):
    name: str  # "Commune de Kananga"
    locale: str  # the default language of the page: "fr"
    timezone: str  # IANA name for showing dates; "" shows UTC

    def tax_labels(self, tax_code: str) -> Mapping[str, str]:
        """The tax's name per language, for a receipt the server has not received yet
        (its token carries only the tax code); empty when unknown."""


class RateLimiter(Protocol):
    def hit(self, key: str) -> float | None:
        """Count one attempt for `key`: None when it is allowed, else the seconds to wait before
        the next one is. The server keeps the counters in its database (stateless workers)."""


class Verdict(str, Enum):
    RECORDED = "recorded"  # signature good, and the server holds the same receipt
    NOT_SYNCED = "not_synced"  # signature good from an enrolled device, receipt not pushed yet
    FORGED = "forged"  # no valid signature from an enrolled device, or it disagrees with what is stored


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    claims: ReceiptClaims | None = None  # the verified claims; None when forged
    record: ReceiptRecord | None = None  # the stored receipt; only when recorded
    reason: str = ""  # why, for logs and tests: "malformed", "unknown_device", "bad_signature", "mismatch"
    tax_labels: Mapping[str, str] = field(default_factory=dict)

    @property
    def voided_at(self) -> str | None:
        return self.record.voided_at if self.record else None

    @property
    def void_pending(self) -> bool:
        return bool(self.record and self.record.void_pending and not self.record.voided_at)
