"""The verification page's lookups (sync/server/verify_types.py) answered by the server's database.

Each answer is read from the database when asked, so every worker sees the same receipts, keys
and counters; only the municipality's name, language and tax names are kept for a few seconds,
because the page asks for them several times per request and they change once a year."""
from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine, select

from core.series import signature_excerpt
from sync.server.common import bucket_of, loads
from sync.server.db import reading
from sync.server.ratelimit import count_attempt
from sync.server.reference import get_municipality
from sync.server.schema import devices, events, receipts, tax_types, void_decisions, void_requests
from sync.server.verify_types import ReceiptRecord

# Seconds the municipality's settings are kept before they are read again.
REFERENCE_TTL_S = 10.0


class DatabaseMunicipality:
    """MunicipalityInfo from the municipality row and the tax types (read lazily: the app is
    made before `init` fills them)."""

    def __init__(self, engine: Engine, ttl_s: float = REFERENCE_TTL_S) -> None:
        self._engine, self._ttl = engine, ttl_s
        self._read_at = -1e18
        self._data: dict[str, Any] = {}
        self._labels: dict[str, dict[str, str]] = {}

    def _fresh(self) -> None:
        if time.monotonic() - self._read_at < self._ttl:
            return
        with reading(self._engine) as conn:
            data = get_municipality(conn) or {}
            taxes = {row.code: loads(row.data) for row in conn.execute(select(tax_types.c.code, tax_types.c.data))}
        locale = data.get("locale") or "fr"
        self._data = data
        self._labels = {code: _labels_of(tax, locale) for code, tax in taxes.items()}
        self._read_at = time.monotonic()

    @property
    def name(self) -> str:
        self._fresh()
        return self._data.get("name") or ""

    @property
    def locale(self) -> str:
        self._fresh()
        return self._data.get("locale") or "fr"

    @property
    def timezone(self) -> str:
        self._fresh()
        return self._data.get("timezone") or ""

    @property
    def currency(self) -> str:
        self._fresh()
        return self._data.get("currency") or ""

    def tax_labels(self, tax_code: str) -> Mapping[str, str]:
        self._fresh()
        return dict(self._labels.get(tax_code, {}))


def _labels_of(tax: dict[str, Any], locale: str) -> dict[str, str]:
    """The tax's name per language: its `label` is in the municipality's language, `labels` adds others."""
    labels = {str(k).lower(): str(v) for k, v in (tax.get("labels") or {}).items() if v}
    if tax.get("label"):
        labels.setdefault(locale, str(tax["label"]))
    return labels


class DatabaseReceipts:
    """ReceiptLookup over `receipts`: one primary-key read per look-up."""

    def __init__(self, engine: Engine, municipality: DatabaseMunicipality) -> None:
        self._engine, self._municipality = engine, municipality

    def find(self, number: str) -> ReceiptRecord | None:
        # A void waiting for approval: a request without a decision (one primary-key probe each).
        pending = (void_requests.c.receipt_no.is_not(None) & void_decisions.c.receipt_no.is_(None)).label("pending")
        query = select(receipts.c.receipt_no, receipts.c.token, receipts.c.amount, receipts.c.currency,
                       receipts.c.tax_code, receipts.c.period, receipts.c.paid_at, receipts.c.taxpayer_name,
                       receipts.c.voided_at, receipts.c.device_id, receipts.c.event_seq, pending).select_from(
            receipts.outerjoin(void_requests, void_requests.c.receipt_no == receipts.c.receipt_no)
            .outerjoin(void_decisions, void_decisions.c.receipt_no == receipts.c.receipt_no)
        ).where(receipts.c.receipt_no == number)
        with reading(self._engine) as conn:
            row = conn.execute(query).first()
            if row is None:
                return None
            signature = conn.execute(select(events.c.signature).where(
                events.c.bucket == bucket_of(row.device_id), events.c.device_id == row.device_id,
                events.c.seq == row.event_seq)).scalar_one_or_none()
        return ReceiptRecord(number=row.receipt_no, token=row.token or "", amount=row.amount, currency=row.currency,
                             tax_labels=self._municipality.tax_labels(row.tax_code), period=row.period,
                             paid_at=row.paid_at, taxpayer_name=row.taxpayer_name or "", voided_at=row.voided_at,
                             void_pending=bool(row.pending), signature_excerpt=signature_excerpt(signature))


class DatabaseDeviceKeys:
    """DeviceKeys over `devices`, revoked ones included: a receipt issued before a revocation
    stays genuine.

    A device's key never changes once it is enrolled (a new tablet enrolls under a new id), so a
    key found is kept in the worker (one database round trip less per page); a device not found
    is asked again each time, since it may enroll later."""

    def __init__(self, engine: Engine, max_kept: int = 10_000) -> None:
        self._engine, self._max = engine, max_kept
        self._known: dict[str, str] = {}

    def public_key(self, device_id: str) -> str | None:
        if not isinstance(device_id, str) or len(device_id) > 36:
            return None
        key = self._known.get(device_id)
        if key is not None:
            return key
        with reading(self._engine) as conn:
            key = conn.execute(select(devices.c.public_key).where(devices.c.id == device_id)).scalar_one_or_none()
        if key is not None:
            if len(self._known) >= self._max:
                self._known.clear()
            self._known[device_id] = key
        return key


class DatabaseRateLimiter:
    """RateLimiter with its counters in `rate_limits`, shared with enrollment's (one window per
    key from its first attempt, so every worker and every machine counts the same attempts)."""

    def __init__(self, engine: Engine, limit: int, window_s: int) -> None:
        self._engine, self._limit, self._window = engine, limit, window_s

    def hit(self, key: str) -> float | None:
        return count_attempt(self._engine, key, self._limit, self._window)
