"""QR codes for receipts: one matrix, drawn by every renderer at its own scale."""
from __future__ import annotations

from functools import lru_cache

import qrcode
from PIL import Image

# M (15 % recovery): thermal paper fades and creases in a pocket; L was too fragile for that.
ERROR_CORRECTION = "M"
_LEVELS = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
           "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}


@lru_cache(maxsize=64)
def qr_matrix(data: str, level: str = ERROR_CORRECTION) -> tuple[tuple[bool, ...], ...]:
    """Dark modules as rows of booleans, without quiet zone. Cached: choosing the best mask
    costs ~20 ms, and the app previews then prints the same receipt."""
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
