"""QR codes for receipts: one matrix, drawn by every renderer at its own scale.

zxing-cpp's encoder (C++) builds the receipt's version-14 code in about a millisecond, where
the pure-Python `qrcode` needs ~40 ms to choose its mask; `qrcode` stays as the fallback."""
from __future__ import annotations

from functools import lru_cache

import qrcode
from PIL import Image

# M (15 % recovery): thermal paper fades and creases in a pocket; L was too fragile for that.
ERROR_CORRECTION = "M"
_LEVELS = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
           "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}

Matrix = tuple[tuple[bool, ...], ...]


@lru_cache(maxsize=64)
def qr_matrix(data: str, level: str = ERROR_CORRECTION) -> Matrix:
    """Dark modules as rows of booleans, without quiet zone. Cached: the app previews then
    prints the same receipt."""
    try:
        return _zxing_matrix(data, level)
    except Exception:  # noqa: BLE001 - an older zxing-cpp without its encoder: use qrcode
        return _qrcode_matrix(data, level)


def _zxing_matrix(data: str, level: str) -> Matrix:
    import zxingcpp

    code = zxingcpp.create_barcode(data, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
    image = code.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape[:2]
    pixels = memoryview(image).tobytes()
    return tuple(tuple(pixels[y * width + x] < 128 for x in range(width)) for y in range(height))


def _qrcode_matrix(data: str, level: str) -> Matrix:
    code = qrcode.QRCode(error_correction=_LEVELS[level], border=0)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def qr_image(data: str, module_px: int, level: str = ERROR_CORRECTION) -> Image.Image:
    """A mode '1' image, black modules on white, `module_px` pixels per module, no quiet zone
    (the white paper around it is the quiet zone)."""
    matrix = qr_matrix(data, level)
    size = len(matrix)
    small = Image.new("1", (size, size), 1)
    small.putdata([0 if dark else 1 for row in matrix for dark in row])
    return small.resize((size * module_px, size * module_px), Image.NEAREST) if module_px > 1 else small
