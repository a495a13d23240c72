"""Reading the enrollment QR code from a picture file (the PNG `quittance-server device add --qr`
writes, or a photo of the printed sheet), on a worker thread: the same decoder as the camera."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, UnidentifiedImageError

from desktop.enroll_input import scanned_enrollment
from desktop.qr_decode import LONGEST_SIDE, qr_texts


class QrImageProblem(Exception):
    """Why a picture gave no enrollment: "unreadable", "none" (no QR code) or "wrong" (another QR)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def enrollment_in_picture(path: str | Path) -> tuple[str | None, str]:
    """(server or None, code) from the first enrollment QR code in the picture at `path`."""
    try:
        with Image.open(path) as opened:
            picture = opened.convert("L")
    except (OSError, UnidentifiedImageError, ValueError):
        raise QrImageProblem("unreadable") from None
    if max(picture.size) > LONGEST_SIDE:
        picture.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
    texts = qr_texts(picture)
    for text in texts:
        found = scanned_enrollment(text)
        if found is not None:
            return found
    raise QrImageProblem("wrong" if texts else "none")
