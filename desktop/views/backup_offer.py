"""At the close of a cash session: back the device database up to a memory stick, in one tap.

The dialog lists the removable volumes mounted now (desktop/removable.py) as big buttons, and
looks again every two seconds while none is there, so plugging a stick in is enough. A tap
writes the backup off the UI thread (core/backup.py: the online backup API, verified before it
is kept) with a progress bar; "Not now" skips. Closing it while it writes lets the write finish:
a backup is never cut short on purpose."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from core.backup import BackupDone, journal_backup, make_backup
from desktop.context import AppContext
from desktop.removable import Volume, removable_volumes
from desktop.widgets import Notice, button, label

RESCAN_MS = 2_000
MAX_WIDTH = 720


def backup_name(device_code: str, moment) -> str:  # noqa: ANN001 - a datetime
    """quittance-T07-20261122-1432.db: sorts by date on the stick, names the device."""
    return f"quittance-{device_code}-{moment.strftime('%Y%m%d-%H%M%S')}.db"


class BackupOffer(QDialog):
    progressed = Signal(int, int)  # from the worker thread: Qt queues it to the dialog's
    written = Signal(object)  # BackupDone, for whoever wants to know (tests, the session screen)

    def __init__(self, ctx: AppContext, roots: Sequence[Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_offer")
        self.setModal(False)  # the Z-report and its printing stay usable behind it
        self.ctx, self.roots = ctx, roots
        self.volumes: list[Volume] = []
        self.backup: BackupDone | None = None
        self.writing = False
        self._scanning = False
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.heading = label("subtitle")
        layout.addWidget(self.heading)
        self.body = label("")
        layout.addWidget(self.body)
        self.volume_buttons = QVBoxLayout()
        self.volume_buttons.setSpacing(8)
        layout.addLayout(self.volume_buttons)
        self.empty = label("muted")
        self.empty.setObjectName("backup_no_volume")
        layout.addWidget(self.empty)
        self.progress = QProgressBar()
        self.progress.setObjectName("backup_progress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)  # the theme's thin bar has no room for "100%"
        self.progress.hide()
        layout.addWidget(self.progress)
        self.notice = Notice()
        self.notice.setObjectName("backup_notice")
        layout.addWidget(self.notice)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.skip_button = button()
        self.skip_button.setObjectName("backup_not_now")
        self.skip_button.clicked.connect(self.reject)  # hides; a write under way goes on
        row.addWidget(self.skip_button)
        layout.addLayout(row)

        self.progressed.connect(self._show_progress)
        self._timer = QTimer(self)
        self._timer.setInterval(RESCAN_MS)
        self._timer.timeout.connect(self.scan)
        self.retranslate()

    # -- volumes -------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: ANN001
        self.fit()
        super().showEvent(event)
        self.scan()
        self._timer.start()

    def done(self, result: int) -> None:  # "Not now", "Close", Esc
        self._timer.stop()
        super().done(result)

    def scan(self) -> None:
        if self._scanning or self.writing or self.backup is not None:
            return
        self._scanning = True
        roots = self.roots
        self.ctx.run(lambda: removable_volumes(roots), self._listed, self._scan_failed)

    def _scan_failed(self, _error: BaseException) -> None:
        self._scanning = False

    def _listed(self, volumes: list[Volume]) -> None:
        self._scanning = False
        if self.writing or self.backup is not None or volumes == self.volumes and self.volume_buttons.count():
            return
        self.volumes = volumes
        self._render_volumes()

    def _render_volumes(self) -> None:
        while self.volume_buttons.count():
            item = self.volume_buttons.takeAt(0)
            old = item.widget()
            if old is not None:
                # Gone at once, not at the next event loop turn: until then a disabled button of
                # the failed try stood beside (and was found by name before) its enabled successor.
                old.hide()
                old.setObjectName("")
                old.deleteLater()
        for volume in self.volumes if self.backup is None else ():  # written: only the message and Close
            choice = button("primary")
            choice.setObjectName(f"backup_volume_{volume.name}")
            choice.setProperty("volume", str(volume.path))
            choice.setText(self._volume_text(volume))
            choice.setEnabled(not self.writing and self.backup is None)
            choice.clicked.connect(lambda _checked=False, v=volume: self.write_to(v))
            self.volume_buttons.addWidget(choice)
        self.empty.setVisible(not self.volumes and self.backup is None)
        QTimer.singleShot(0, self, self.fit)  # once the new buttons are laid out

    def fit(self) -> None:
        """As tall as its wrapped text and buttons need at the width it gets (as ConfirmDialog:
        Qt sizes a dialog from its unwrapped text, which cut the explanation and stacked the
        buttons over each other on a 1024 x 600 tablet)."""
        self.layout().activate()
        room = self.screen().availableGeometry()
        width = min(max(self.minimumWidth(), self.sizeHint().width()), MAX_WIDTH, room.width() - 16)
        height = max(self.layout().totalHeightForWidth(width), self.layout().totalMinimumSize().height())
        height = min(height, room.height() - 16)
        self.setMinimumHeight(0)
        self.resize(width, height)
        self.setMinimumHeight(height)

    def _volume_text(self, volume: Volume) -> str:
        free = self.ctx.decimal(volume.free / 1_000_000_000, 1)
        return self.tr("Back up to %1 (%2 GB free)").replace("%1", volume.name).replace("%2", free)

    def volume_button(self, name: str) -> QPushButton | None:
        return self.findChild(QPushButton, f"backup_volume_{name}")

    # -- writing ---------------------------------------------------------------------------
    def write_to(self, volume: Volume) -> None:
        if self.writing or self.backup is not None:
            return
        self.writing = True
        self.notice.clear()
        self.progress.setValue(0)
        self.progress.show()
        for index in range(self.volume_buttons.count()):
            self.volume_buttons.itemAt(index).widget().setEnabled(False)
        ledger, report = self.ctx.ledger, self._report

        def work() -> BackupDone:
            name = backup_name(ledger.device.code, ledger.clock())
            journal_backup(ledger)
            return make_backup(ledger.store, volume.path / name, report)
        self.ctx.run(work, self._written, self._failed, label=self.tr("Backing up to %1").replace("%1", volume.name))

    def _report(self, copied: int, total: int) -> None:  # on the worker thread
        try:
            self.progressed.emit(copied, total)
        except RuntimeError:
            pass  # the dialog is gone; the backup goes on

    def _show_progress(self, copied: int, total: int) -> None:
        self.progress.setValue(copied * 100 // max(total, 1))

    def _written(self, done: BackupDone) -> None:
        self.writing = False
        self.backup = done
        self.progress.hide()
        self.notice.show_message("success", lambda: self._written_text(done))
        self._render_volumes()  # fits the dialog to the message
        self.retranslate()
        self.written.emit(done)

    def _written_text(self, done: BackupDone) -> str:
        where = f"{done.path.parent.name} › {done.path.name}"
        if not done.head.receipts:
            return self.tr("Backup written and verified: %1. You can remove the memory stick.").replace("%1", where)
        return (self.tr("Backup written and verified: %1, up to receipt %2. You can remove the memory stick.")
                .replace("%1", where).replace("%2", done.head.receipt_no()))

    def _failed(self, error: BaseException) -> None:
        self.writing = False
        self.progress.hide()
        self.notice.show_message("error", lambda: self.ctx.error_text(error))
        self._render_volumes()  # fits the dialog to the message

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back up this device"))
        self.heading.setText(self.tr("Back up this device"))
        self.body.setText(self.tr("The session is closed. Keep a copy of this device's records on a memory stick: "
                                  "if the tablet is lost or broken, the copy brings them back. It is encrypted "
                                  "like the device and checked before it is kept."))
        self.empty.setText(self.tr("No memory stick found. Plug one in: it appears here."))
        self.skip_button.setText(self.tr("Close") if self.backup is not None else self.tr("Not now"))
        for index in range(self.volume_buttons.count()):
            widget = self.volume_buttons.itemAt(index).widget()
            volume = next((v for v in self.volumes if str(v.path) == widget.property("volume")), None)
            if volume is not None:
                widget.setText(self._volume_text(volume))
        self.empty.setVisible(not self.volumes and self.backup is None)
        self.setMaximumWidth(MAX_WIDTH)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft)
