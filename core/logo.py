"""The municipality's logo: checked once at `init`, then kept in the device's database.

The file a supervisor gives may later move or vanish (a USB key, a Downloads folder), so its
bytes are stored, not its path. They are stored normalised: a PNG at most STORED_MAX_SIDE
pixels on its longer side, which is more than a 80 mm head (576 dots) or a PDF logo needs and
keeps the setting small. Dithering for the thermal head is the printer's business (printing/)."""
from __future__ import annotations

import base64
import binascii
import io
import sqlite3
from pathlib import Path

from core.config import load_setting, save_setting, settings_damaged
from core.errors import QuittanceError

SETTING = "municipality.logo"  # base64 of the normalised PNG
MAX_FILE_BYTES = 2 * 1024 * 1024  # a logo, not a photo album
MIN_SIDE, MAX_SIDE = 16, 4000  # pixels: smaller prints as a smudge; larger is a photo, or a decompression bomb
STORED_MAX_SIDE = 600
FORMATS = ("PNG", "JPEG")


def read_logo(path: str | Path) -> bytes:
    """The normalised PNG of the logo file at `path`; QuittanceError naming the file otherwise."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise QuittanceError("logo_file_error", path=str(path), detail=error.strerror or str(error)) from None
    return prepare_logo(data, str(path))


def prepare_logo(data: bytes, source: str = "logo") -> bytes:
    """Check `data` is a PNG or JPEG of sensible size and return it as a normalised PNG."""
    from PIL import Image  # Pillow is only needed when a logo is set or printed

    if len(data) > MAX_FILE_BYTES:
        raise QuittanceError("logo_too_heavy", path=source, size=-(-len(data) // 1024),
                             maximum=MAX_FILE_BYTES // 1024)
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in FORMATS:
                raise QuittanceError("logo_not_an_image", path=source)
            width, height = image.size  # read from the header, before any pixel is decoded
            if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
                raise QuittanceError("logo_bad_dimensions", path=source, width=width, height=height,
                                     minimum=MIN_SIDE, maximum=MAX_SIDE)
            image.load()  # a truncated or damaged file fails here, at init, not on a receipt
            rgba = image.convert("RGBA")
    except QuittanceError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise QuittanceError("logo_not_an_image", path=source) from None
    rgba.thumbnail((STORED_MAX_SIDE, STORED_MAX_SIDE), Image.LANCZOS)
    out = io.BytesIO()
    rgba.save(out, format="PNG", optimize=True)
    return out.getvalue()


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
