"""Line icons from resources/icons, tinted per state: white on the dark rail, dark blue when the
item is selected (white background), so they stay visible in both."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

import resources

ICONS_DIR = Path(resources.__file__).parent / "icons"


def _pixmap(name: str, color: str, size: int) -> QPixmap:
    svg = (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", color)
    ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1.0
    pixmap = QPixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    # Explicit bounds in logical pixels: on a high-DPI screen the painter's device is larger.
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@lru_cache(maxsize=64)
def icon(name: str, off_color: str = "#ffffff", on_color: str = "#0b3d5c", size: int = 32) -> QIcon:
    result = QIcon()
    result.addPixmap(_pixmap(name, off_color, size), QIcon.Mode.Normal, QIcon.State.Off)
    result.addPixmap(_pixmap(name, on_color, size), QIcon.Mode.Normal, QIcon.State.On)
    result.addPixmap(_pixmap(name, on_color, size), QIcon.Mode.Active, QIcon.State.On)
    return result
