"""Where the enrollment screen's QR scanner gets its pictures: a frame source.

The scanner (desktop/views/qr_scan.py) knows only this small interface: `Cameras.available()`
says whether the device has a camera at all, `Cameras.open()` gives a `FrameSource` that emits
each picture as a QImage, or `failed` when the camera cannot be used. The real one is the
tablet's camera through QtMultimedia; the tests give still pictures of a real QR PNG."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage


class FrameSource(QObject):
    """Pictures, one `frame` signal each, on the UI thread, from start() until stop()."""
    frame = Signal(QImage)
    failed = Signal(str)  # the camera's own words (kept for the log and the message's detail)

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class Cameras(Protocol):
    def available(self) -> bool: ...

    def open(self, parent: QObject | None = None) -> FrameSource: ...


class CameraFrameSource(FrameSource):
    """The device's default camera: QCamera → QMediaCaptureSession → QVideoSink, each video
    frame turned into a QImage (the scanner shows it and decodes a few a second)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self._sink = QVideoSink(self)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera.errorOccurred.connect(self._error)

    def start(self) -> None:
        from PySide6.QtMultimedia import QCamera

        self._camera.start()
        if self._camera.error() != QCamera.Error.NoError:  # set before anyone could listen (camera gone)
            error, text = self._camera.error(), self._camera.errorString()
            QTimer.singleShot(0, self, lambda: self._error(error, text))

    def stop(self) -> None:
        self._camera.stop()

    def _frame(self, video_frame) -> None:  # noqa: ANN001 - QVideoFrame
        image = video_frame.toImage()
        if not image.isNull():
            self.frame.emit(image)

    def _error(self, error, text: str) -> None:  # noqa: ANN001 - QCamera.Error
        from PySide6.QtMultimedia import QCamera

        if error != QCamera.Error.NoError:
            self.failed.emit(text or error.name)


class QtCameras:
    """The cameras QtMultimedia sees (none on most laptops in a test run, and on some tablets)."""

    def available(self) -> bool:
        # A machine whose multimedia libraries are missing has no camera to offer, but the agent
        # must still be able to enroll by typing or pasting the code.
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except (ImportError, OSError):
            return False
        return bool(QMediaDevices.videoInputs())

    def open(self, parent: QObject | None = None) -> FrameSource:
        return CameraFrameSource(parent)
