"""The municipality's logo as an image: checked and normalised (pure: no store, no network).

The device keeps the result in its database (core/logo.py); the server checks a logo given to
`init` or `logo` the same way and sends it to devices in the municipality's configuration, as
base64 text (`to_wire` / `from_wire`; sync/PROTOCOL.md). A logo is stored normalised: a PNG at
most STORED_MAX_SIDE pixels on its longer side, which is more than a 80 mm head (576 dots) or a
PDF logo needs and keeps the setting small. Dithering for the thermal head is printing/'s business."""
from __future__ import annotations

import base64
import binascii
import io
from pathlib import Path

from core.errors import QuittanceError

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

# The normalised PNG a server may send in the municipality's configuration: the enrollment answer
# and a pull page stay small (a logo is a few kB to a few tens of kB; a photo is refused at the server).
WIRE_MAX_BYTES = 256 * 1024


def to_wire(png: bytes) -> str:
    """A normalised logo (from prepare_logo) as the text the server sends; refused if too heavy."""
    if len(png) > WIRE_MAX_BYTES:
        raise QuittanceError("logo_too_heavy", path="logo", size=-(-len(png) // 1024), maximum=WIRE_MAX_BYTES // 1024)
    return base64.b64encode(png).decode("ascii")


def from_wire(text: object) -> bytes:
    """The normalised PNG of a logo the server sent, checked again as `init --logo` checks a
    file (the server's word is not taken for an image); QuittanceError otherwise."""
    if not isinstance(text, str) or len(text) > (WIRE_MAX_BYTES * 4) // 3 + 4:
        raise QuittanceError("logo_not_an_image", path="server")
    try:
        data = base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        raise QuittanceError("logo_not_an_image", path="server") from None
    return prepare_logo(data, "server")
