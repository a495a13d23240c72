"""The enrollment screen's camera: shows what the camera sees and reads the enrollment QR code.

Frames come from a frame source (desktop/camera.py). Decoding runs on the task runner's pool,
one picture at a time and at most a few a second: the picture the camera shows keeps moving and
the UI thread only copies a frame. The first QR code that holds an enrollment (a link, the
server's `{"server", "code"}`, or a bare code; desktop/enroll_input.scanned_enrollment) stops the
camera and is handed to the enrollment screen; any other QR code is said to be the wrong one and
scanning goes on."""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from desktop.camera import Cameras, FrameSource
from desktop.context import AppContext
from desktop.enroll_input import scanned_enrollment
from desktop.qr_decode import grey_picture, qr_texts
from desktop.tasks import Latest
from desktop.widgets import Card, button, label

DECODE_EVERY_MS = 300  # about three pictures a second: enough for a hand holding a sheet


class QrScanPanel(Card):
    found = Signal(object, str)  # (server or None, code)
    stopped = Signal()  # the agent closed the camera

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qr_scan")
        self.ctx = ctx
        self._source: FrameSource | None = None
        self._decoding = False
        self._since = QElapsedTimer()
        self._latest = Latest()
        self._state = "hint"  # which message shows: hint, wrong, failed
        self.preview = label("camera", wrap=False)
        self.preview.setObjectName("qr_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 240)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        row = QHBoxLayout()
        row.addWidget(self.preview, 3)
        side = QVBoxLayout()
        self.message = label()
        self.message.setObjectName("qr_message")
        side.addWidget(self.message)
        side.addStretch(1)
        self.stop_button = button()
        self.stop_button.setObjectName("qr_stop")
        self.stop_button.clicked.connect(self.close_camera)
        side.addWidget(self.stop_button)
        row.addLayout(side, 2)
        self.body.addLayout(row)
        self.hide()
        self.retranslate()

    @property
    def scanning(self) -> bool:
        return self._source is not None

    def open_camera(self, cameras: Cameras) -> None:
        if self._source is not None:
            return
        self._set_state("hint")
        self.preview.clear()
        self._source = cameras.open(self)
        self._source.frame.connect(self._frame)
        self._source.failed.connect(self._failed)
        self._decoding = False
        self._since.invalidate()
        self.show()
        self._source.start()

    def close_camera(self) -> None:
        """The agent's Stop: the camera goes off and the form comes back as it was."""
        if self._stop():
            self.stopped.emit()

    def _stop(self) -> bool:
        source, self._source = self._source, None
        if source is None:
            return False
        self._latest.next()  # a decode still running is no longer wanted
        source.frame.disconnect(self._frame)
        source.failed.disconnect(self._failed)
        source.stop()
        source.deleteLater()
        self.hide()
        return True

    # -- frames --------------------------------------------------------------------------
    def _frame(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        if self._decoding or (self._since.isValid() and self._since.elapsed() < DECODE_EVERY_MS):
            return  # this one is only shown
        self._decoding = True
        self._since.restart()
        picture = grey_picture(image)
        token = self._latest.next()
        self.ctx.runner.submit(lambda: qr_texts(picture), self._latest.only_latest(token, self._decoded),
                               self._latest.only_latest(token, self._undecoded))

    def _decoded(self, texts: list[str]) -> None:
        self._decoding = False
        if self._source is None:
            return
        for text in texts:
            enrollment = scanned_enrollment(text)
            if enrollment is not None:
                self._stop()
                self.found.emit(*enrollment)
                return
        if texts:
            self._set_state("wrong")

    def _undecoded(self, error: BaseException) -> None:  # a picture zxing could not take: the next one
        self._decoding = False

    def _failed(self, detail: str) -> None:
        self._set_state("failed")
        self.message.setToolTip(detail)

    # -- words ---------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self._state = state
        self.message.setProperty("role", "error" if state in ("wrong", "failed") else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.message.setText({
            "hint": self.tr("Hold the enrollment QR code your supervisor gave you in front of the camera, "
                            "flat and whole in the picture."),
            "wrong": self.tr("This QR code is not an enrollment code (a receipt's QR code, for example). "
                             "Show the one your supervisor gave you."),
            "failed": self.tr("The camera could not be started. Close the apps that may be using it and try "
                              "again, or type the address and the code."),
        }[self._state])
        self.stop_button.setText(self.tr("Stop the camera"))

    def teardown(self) -> None:
        self._stop()

