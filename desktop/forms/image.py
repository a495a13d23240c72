"""An image answer: a picture chosen from a file, or taken with the device's camera when Qt sees
one (desktop/camera.py). The picture is copied, off the UI thread, into the device's media
folder under a new UUIDv7 name; the answer is that file's name, as ODK records it."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from core.ids import new_id
from desktop.camera import QtCameras
from desktop.context import AppContext
from desktop.widgets import Notice, button, label

THUMB_PX = 160


class ImageInput(QWidget):
    edited = Signal(str)

    def __init__(self, ctx: AppContext, media_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.media_dir = media_dir or Path(".")
        self._value = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.thumb = label("muted")
        self.thumb.setObjectName("answer_image_preview")
        self.thumb.setMinimumHeight(THUMB_PX)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.thumb)
        row = QHBoxLayout()
        self.choose = button()
        self.choose.setObjectName("answer_image_choose")
        self.choose.clicked.connect(self.choose_file)
        self.camera = button()
        self.camera.setObjectName("answer_image_camera")
        self.camera.clicked.connect(self.take_photo)
        self.camera.setVisible(QtCameras().available())
        self.remove = button()
        self.remove.setObjectName("answer_image_remove")
        self.remove.clicked.connect(lambda: self._set("", emit=True))
        for widget in (self.choose, self.camera, self.remove):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.retranslate()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a picture"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png)"))
        if path:
            self._store(lambda target: shutil.copyfile(path, target), Path(path).suffix.lower() or ".jpg")

    def take_photo(self) -> None:
        dialog = CameraDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.image is not None:
            image = dialog.image
            self._store(lambda target: image.save(str(target), "JPG", 85), ".jpg")

    def _store(self, write, suffix: str) -> None:  # noqa: ANN001
        folder = self.media_dir
        name = f"{new_id()}{suffix}"

        def copy() -> str:
            folder.mkdir(parents=True, exist_ok=True)
            write(folder / name)
            return name
        self.ctx.run(copy, lambda stored: self._set(stored, emit=True),
                     lambda error: self.notice.show_message("error", lambda: self.ctx.error_text(error)))

    def _set(self, value: str, emit: bool) -> None:
        self._value = value
        self.notice.clear()
        self._render()
        if emit:
            self.edited.emit(value)

    def set_value(self, value: str) -> None:
        if value != self._value:
            self._set(value, emit=False)

    def _render(self) -> None:
        self.remove.setVisible(bool(self._value))
        # No picture: one line of text, not a picture-sized gap between the question and its buttons.
        self.thumb.setMinimumHeight(THUMB_PX if self._value else 0)
        if not self._value:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("No picture yet."))
            return
        picture = QPixmap(str(self.media_dir / self._value))
        if picture.isNull():
            self.thumb.setText(self._value)
        else:
            self.thumb.setPixmap(picture.scaled(THUMB_PX * 2, THUMB_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))

    def focus(self) -> None:
        self.choose.setFocus()

    def stop(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose a picture…"))
        self.camera.setText(self.tr("Take a photo"))
        self.remove.setText(self.tr("Remove"))
        self._render()


class CameraDialog(QDialog):
    """The camera's picture, live; "Take" keeps the frame on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWindowTitle(self.tr("Take a photo"))
        self.image: QImage | None = None
        layout = QVBoxLayout(self)
        self.view = label("camera")
        self.view.setMinimumSize(480, 320)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.view)
        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        cancel = button()
        cancel.setText(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.take = button("primary")
        self.take.setText(self.tr("Take"))
        self.take.setEnabled(False)
        self.take.clicked.connect(self.accept)
        row.addWidget(cancel)
        row.addStretch(1)
        row.addWidget(self.take)
        layout.addLayout(row)
        self.source = QtCameras().open(self)
        self.source.frame.connect(self._frame)
        self.source.failed.connect(lambda text: self.notice.show_message("error", text))
        self.source.start()
        self.finished.connect(lambda _code: self.source.stop())

    def _frame(self, image: QImage) -> None:
        self.image = image
        self.take.setEnabled(True)
        self.view.setPixmap(QPixmap.fromImage(image).scaled(self.view.size(), Qt.AspectRatioMode.KeepAspectRatio))
