"""Municipality, device and agent configuration, kept in the store's settings table."""
from __future__ import annotations

import json
import math
import os
import re
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from core.errors import QuittanceError, StorageFault
from core.keys import public_key_of
from core.pin_policy import validate_policy
from core.pin_hash import check_pin, hash_pin  # noqa: F401 - the device's PINs, as ever
from core.messages import supported_locales, translate
from core.money import INT64_MAX, currency
from core.textguard import check_text
from core.timezones import validate_timezone

_DEVICE_CODE = re.compile(r"^[A-Z0-9]{2,8}$")
# One payment above a hundred million units of the currency is a typing slip (an extra zero or
# three) far more often than a real payment; a municipality sets its own with `init --max-payment`.
DEFAULT_MAX_PAYMENT_MAJOR = 100_000_000
# The address and the municipality's own line are printed on every receipt: four lines of a
# 58 mm roll at most, so they never cost the citizen more paper than the payment itself.
RECEIPT_TEXT_MAX = 120


@dataclass(frozen=True)
class Municipality:
    name: str
    code: str
    currency: str
    locale: str = "fr"
    country_calling_code: str = ""
    bbox: tuple[float, float, float, float] | None = None  # (min_lat, min_lon, max_lat, max_lon)
    service_name: str = ""
    verify_url: str = ""  # e.g. https://mairie.example/v/ ; empty: the QR holds the bare token
    timezone: str = ""  # IANA name; empty only in databases made before it was stored (device zone)
    max_payment: int | None = None  # minor units; None: DEFAULT_MAX_PAYMENT_MAJOR of the currency
    # Printed on every receipt under the name; empty in databases made before they existed.
    address: str = ""  # e.g. "Avenue de la Mairie 1, Kananga"
    receipt_line: str = ""  # the municipality's own last line, e.g. "Merci de contribuer à votre commune."
    # The PIN policy (core/pin_policy.py), enforced when a PIN is set or changed on the device.
    pin_min_length: int = 4
    pin_passphrase: bool = False
    # The logo is not here: its bytes live in their own setting (core/logo.py), so the
    # municipality read by every write stays a few hundred bytes.

    def payment_limit(self) -> int:
        if self.max_payment is not None:
            return self.max_payment
        return min(INT64_MAX, DEFAULT_MAX_PAYMENT_MAJOR * 10 ** currency(self.currency).minor_digits)


@dataclass(frozen=True)
class Device:
    """The key is kept in one place: the private key is stored, the public key derived from it."""
    id: str
    code: str
    private_key: str = field(repr=False)

    @property
    def public_key(self) -> str:
        return public_key_of(self.private_key)


@dataclass(frozen=True)
class Agent:
    id: str
    name: str
    active: bool = True


def validate_device_code(code: str) -> str:
    normalised = (code or "").strip().upper()
    if not _DEVICE_CODE.match(normalised):
        raise QuittanceError("invalid_device_code", device_code=code)
    return normalised


def validate_municipality(municipality: Municipality) -> None:
    currency(municipality.currency)
    check_text(municipality.name, "municipality_name")
    if municipality.locale not in supported_locales():
        raise QuittanceError("invalid_locale", locale=municipality.locale)
    if municipality.timezone:
        validate_timezone(municipality.timezone)
    validate_bbox(municipality.bbox)
    for key in ("address", "receipt_line", "service_name"):
        value = getattr(municipality, key)
        check_text(value, f"municipality_{key}")
        if len(value) > RECEIPT_TEXT_MAX:
            raise ReceiptTextTooLong(key, len(value))
    validate_policy(municipality.pin_min_length, municipality.pin_passphrase)
    limit = municipality.max_payment
    if limit is not None and (type(limit) is not int or not 0 < limit <= INT64_MAX):
        raise QuittanceError("invalid_amount", text=str(limit))


class ReceiptTextTooLong(QuittanceError):
    """The address, service or last line of the receipt, too long to print: names the field."""

    def __init__(self, key: str, length: int) -> None:
        super().__init__("receipt_text_too_long", field=key, length=length, maximum=RECEIPT_TEXT_MAX)

    def message(self, locale: str = "fr") -> str:
        label = translate(f"field_municipality_{self.params['field']}", locale)
        return translate(self.code, locale, **{**self.params, "field": label})


def validate_bbox(bbox: tuple[float, float, float, float] | None) -> None:
    """(min_lat, min_lon, max_lat, max_lon): finite, in range, and not empty."""
    if bbox is None:
        return
    try:
        min_lat, min_lon, max_lat, max_lon = (float(x) for x in bbox)
    except (TypeError, ValueError):
        raise QuittanceError("invalid_bbox", bbox=str(bbox)) from None
    values = (min_lat, min_lon, max_lat, max_lon)
    if not all(math.isfinite(v) for v in values) or not (-90 <= min_lat < max_lat <= 90) \
            or not (-180 <= min_lon < max_lon <= 180):
        raise QuittanceError("invalid_bbox", bbox=",".join(f"{v:g}" for v in values))


def save_setting(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )


def load_setting(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except (TypeError, ValueError):
        raise settings_damaged(conn, key) from None


def settings_damaged(conn: sqlite3.Connection, key: str) -> StorageFault:
    """A setting edited outside Quittance into something it cannot read: one clear line, not a
    traceback (the command line exits 3; `verify` cannot vouch for such a file either)."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    return StorageFault("storage_settings_damaged", key=key, path=path, folder=str(Path(path).parent), detail=key)


def load_municipality(conn: sqlite3.Connection) -> Municipality | None:
    data = load_setting(conn, "municipality")
    if data is None:
        return None
    try:
        if data.get("bbox"):
            data["bbox"] = tuple(data["bbox"])
        municipality = Municipality(**data)
        if municipality.timezone:  # empty in files made before zones were stored: the device's own
            validate_timezone(municipality.timezone)
        return municipality
    except (AttributeError, TypeError, QuittanceError):
        raise settings_damaged(conn, "municipality") from None


def load_device(conn: sqlite3.Connection) -> Device | None:
    data = load_setting(conn, "device")
    if data is None:
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("id", "code")):
        raise settings_damaged(conn, "device")
    # Files before schema v5 also stored the public key; it is derived now, never read. A key
    # missing or unreadable is `verify`'s to report (against the first event), and refuses writes.
    private_key = data.get("private_key")
    return Device(data["id"], data["code"], private_key if isinstance(private_key, str) else "")


def save_municipality(conn: sqlite3.Connection, municipality: Municipality) -> None:
    validate_municipality(municipality)
    save_setting(conn, "municipality", asdict(municipality))


def save_device(conn: sqlite3.Connection, device: Device) -> None:
    save_setting(conn, "device", {"id": device.id, "code": device.code, "private_key": device.private_key})


# -- agents' PINs: scrypt, never stored in clear (core/pin_hash.py, shared with the server) --
