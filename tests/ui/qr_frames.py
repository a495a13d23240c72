"""Frame sources for the enrollment scanner's tests (desktop/camera.py's interface): still pictures
of a real QR PNG, shown again and again as a camera would, a photo-like version of one (turned,
small, blurred, noisy, on a desk), a camera that fails, and a device with none."""
from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageFilter
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

from desktop.camera import FrameSource


def qimage(picture: Image.Image) -> QImage:
    data = io.BytesIO()
    picture.save(data, "PNG")
    image = QImage.fromData(data.getvalue(), "PNG")
    assert not image.isNull()
    return image


def photo_like(png: Path, angle: float = 17, scale: float = 0.45, seed: int = 7) -> Image.Image:
    """The QR PNG as a tablet's camera sees a printed sheet: turned, smaller, out of focus and
    grainy, off-centre on a 640 x 480 grey desk."""
    sheet = Image.open(png).convert("L")
    sheet = sheet.resize((int(sheet.width * scale), int(sheet.height * scale)), Image.Resampling.BILINEAR)
    sheet = sheet.rotate(angle, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    desk = Image.new("L", (640, 480), 110)
    desk.paste(sheet, (60, 40))
    desk = desk.filter(ImageFilter.GaussianBlur(1.2))
    noise = random.Random(seed)
    pixels = desk.load()
    for y in range(desk.height):
        for x in range(desk.width):
            pixels[x, y] = max(0, min(255, pixels[x, y] + noise.randint(-28, 28)))
    return desk.convert("RGB")


class StillFrameSource(FrameSource):
    """Emits its pictures in turn every `every_ms`, then the last one again and again (the sheet
    held in front of the camera), from start() until stop(); `fail` makes
    start() report the camera's error instead, as a camera in use by another app does."""

    def __init__(self, cameras: "StillCameras", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cameras = cameras
        self.emitted = 0
        self._timer = QTimer(self)
        self._timer.setInterval(cameras.every_ms)
        self._timer.timeout.connect(self._next)

    def start(self) -> None:
        self.cameras.running = True
        if self.cameras.fail:
            QTimer.singleShot(0, lambda: self.failed.emit(self.cameras.fail))
            return
        self._timer.start()

    def stop(self) -> None:
        self.cameras.running = False
        self._timer.stop()

    def _next(self) -> None:
        frames = self.cameras.frames
        self.frame.emit(frames[min(self.emitted, len(frames) - 1)])  # the last picture stays in view
        self.emitted += 1
        self.cameras.emitted += 1


class StillCameras:
    """A device with one camera that sees `frames` (the test may change them while it runs)."""

    def __init__(self, frames: list[QImage], every_ms: int = 40, fail: str = "") -> None:
        self.frames, self.every_ms, self.fail = frames, every_ms, fail
        self.running = False
        self.opened = 0
        self.emitted = 0

    def available(self) -> bool:
        return True

    def open(self, parent: QObject | None = None) -> FrameSource:
        self.opened += 1
        return StillFrameSource(self, parent)


class NoCameras:
    def available(self) -> bool:
        return False

    def open(self, parent: QObject | None = None) -> FrameSource:
        raise AssertionError("no camera to open")
