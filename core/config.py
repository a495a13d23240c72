"""Municipality, device and agent configuration, kept in the store's settings table."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from core.errors import QuittanceError
from core.keys import public_key_of
from core.messages import SUPPORTED_LOCALES
from core.money import currency

_DEVICE_CODE = re.compile(r"^[A-Z0-9]{2,8}$")


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
    if municipality.locale not in SUPPORTED_LOCALES:
        raise QuittanceError("invalid_locale", locale=municipality.locale)


def save_setting(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )


def load_setting(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def load_municipality(conn: sqlite3.Connection) -> Municipality | None:
    data = load_setting(conn, "municipality")
    if data is None:
        return None
    if data.get("bbox"):
        data["bbox"] = tuple(data["bbox"])
    return Municipality(**data)


def load_device(conn: sqlite3.Connection) -> Device | None:
    data = load_setting(conn, "device")
    # Files before schema v5 also stored the public key; it is derived now, never read.
    return Device(data["id"], data["code"], data["private_key"]) if data else None


def save_municipality(conn: sqlite3.Connection, municipality: Municipality) -> None:
    validate_municipality(municipality)
    save_setting(conn, "municipality", asdict(municipality))


def save_device(conn: sqlite3.Connection, device: Device) -> None:
    save_setting(conn, "device", {"id": device.id, "code": device.code, "private_key": device.private_key})


# -- agents' PINs: scrypt, never stored in clear ------------------------------------------
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=bytes.fromhex(salt_hex), dklen=32, n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(digest.hex(), digest_hex)
