"""The municipality's logo: checked once (core/logo_image.py), then kept in the device's database.

The file a supervisor gives may later move or vanish (a USB key, a Downloads folder), so its
bytes are stored, not its path, normalised (core/logo_image.py). An enrolled device takes the
server's logo, at enrollment and when a pull brings the municipality again (`apply_server_logo`)."""
from __future__ import annotations

import base64
import binascii
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from typing import Any

from core.config import load_setting, save_setting, settings_damaged
from core.errors import QuittanceError
from core.logo_image import (FORMATS, MAX_FILE_BYTES, MAX_SIDE, MIN_SIDE, STORED_MAX_SIDE, from_wire,  # noqa: F401
                             prepare_logo, read_logo)

SETTING = "municipality.logo"  # base64 of the normalised PNG


def save_logo(conn: sqlite3.Connection, png: bytes | None) -> None:
    """Store a normalised logo (from prepare_logo), or remove it with None."""
    if png is None:
        conn.execute("DELETE FROM settings WHERE key = ?", (SETTING,))
    else:
        save_setting(conn, SETTING, base64.b64encode(png).decode("ascii"))


def load_logo(conn: sqlite3.Connection) -> bytes | None:
    """The stored PNG, or None when the municipality has no logo."""
    value = load_setting(conn, SETTING)
    if value is None:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (TypeError, ValueError, binascii.Error):
        raise settings_damaged(conn, SETTING) from None


def apply_server_logo(conn: sqlite3.Connection, municipality: Any) -> bool:
    """Take the logo in the server's municipality data (enrollment, pull); True when it changed.
    No `logo` key (a server from before logos): nothing changes; null: the server has none, so
    the device has none either. A logo that does not check out keeps the device's own: bad data
    from the server never stops a receipt, nor the rest of the server's configuration."""
    if not isinstance(municipality, dict) or "logo" not in municipality:
        return False
    if municipality["logo"] is None:
        png = None
    else:
        try:
            png = from_wire(municipality["logo"])
        except QuittanceError:
            return False
    if load_setting(conn, SETTING) == (None if png is None else base64.b64encode(png).decode("ascii")):
        return False
    save_logo(conn, png)
    return True
