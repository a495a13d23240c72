"""Reading QR codes from camera pictures with zxing-cpp.

`grey_picture` runs on the UI thread (a cheap copy, so the camera's frame can be reused);
`qr_texts` is the slow part and runs on a worker thread (desktop/views/qr_scan.py)."""
from __future__ import annotations

import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

LONGEST_SIDE = 1280  # a 4K camera frame decodes no better than this, only slower


def grey_picture(image: QImage, longest: int = LONGEST_SIDE) -> Image.Image:
    """A grey PIL copy of `image`, at most `longest` pixels on its longer side."""
    if max(image.width(), image.height()) > longest:
        image = image.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())  # a copy: Qt may reuse the frame's memory
    return Image.frombuffer("L", (grey.width(), grey.height()), data, "raw", "L", grey.bytesPerLine(), 1)


def qr_texts(picture: Image.Image) -> list[str]:
    """The text of every QR code zxing-cpp finds in `picture` (turned, small or blurred too)."""
    return [found.text for found in zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode)
            if found.valid and found.text]
