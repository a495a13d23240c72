"""What floats over the map: the scale bar and the basemap's attribution."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QWidget

MAX_BAR_PX = 120
_STEPS = (1, 2, 5)


def nice_length(metres_per_pixel: float, max_px: int = MAX_BAR_PX) -> float:
    """The longest round length (1, 2 or 5 times a power of ten, in metres) that fits in max_px."""
    best = 1.0
    power = 1.0
    while power <= 1e7:
        for step in _STEPS:
            length = step * power
            if length / metres_per_pixel <= max_px:
                best = length
        power *= 10
    return best


def length_text(metres: float) -> str:
    # Units are the same in French, English and Portuguese.
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"


class ScaleBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_scale")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.metres = 0.0
        self.pixels = 0.0

    def set_resolution(self, metres_per_pixel: float) -> None:
        self.metres = nice_length(metres_per_pixel)
        self.pixels = self.metres / metres_per_pixel
        self.update()

    def text(self) -> str:
        return length_text(self.metres)

    def sizeHint(self) -> QSize:
        return QSize(MAX_BAR_PX + 16, 34)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRoundedRect(QRectF(0, 0, self.pixels + 16, self.height()), 4, 4)
        pen = QPen(QColor("#263238"), 2)
        painter.setPen(pen)
        bottom = self.height() - 7
        painter.drawLine(8, bottom, int(8 + self.pixels), bottom)
        painter.drawLine(8, bottom - 6, 8, bottom)
        painter.drawLine(int(8 + self.pixels), bottom - 6, int(8 + self.pixels), bottom)
        painter.drawText(QRectF(8, 2, self.pixels + 40, bottom - 6), Qt.AlignmentFlag.AlignLeft, self.text())
        painter.end()


def attribution_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("map_attribution")
    label.setStyleSheet("background: rgba(255,255,255,200); color: #37474f; padding: 2px 6px; font-size: 10pt;")
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    return label


def count_label(parent: QWidget) -> QLabel:
    """How many taxpayers the filters leave on the map: a chip in the map's top-left corner, so
    the legend row above keeps its room at 1024 px in every language."""
    label = QLabel(parent)
    label.setObjectName("map_shown")
    label.setStyleSheet("background: rgba(255,255,255,225); color: #263238; padding: 4px 8px; font-size: 11pt;"
                        " border: 1px solid #b0bec5; border-radius: 4px;")
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    return label
