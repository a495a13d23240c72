"""Opening the device database before the first window. Bringing an older file up to date can
take a while on a large registry (about a minute at a million taxpayers), so the opening runs
off the UI thread, and a progress dialog appears when it lasts more than a second (invariant 8).
Encrypting a plain database after the first login (issue 13) runs the same way."""
from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog

from core.service import Ledger

SHOW_AFTER_MS = 1_000
_STEPS = 1_000
BAR_PX = 30


class _Opening(QObject):
    """Lives on the UI thread: the worker emits, Qt queues the calls here."""
    progressed = Signal(float, str)
    finished = Signal()

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self._dialog = dialog
        self.progressed.connect(self._show_progress)

    @Slot(float, str)
    def _show_progress(self, fraction: float, label: str) -> None:
        if label:
            self._dialog.setLabelText(label)
        self._dialog.setValue(min(_STEPS - 1, int(fraction * _STEPS)))  # the maximum would close it


def open_ledger(db_path: str | Path, show_after_ms: int = SHOW_AFTER_MS, *, key: bytes | None = None,
                clock: Callable[[], datetime] | None = None) -> Ledger:
    """Ledger.open, with the UI still responsive and a progress dialog if it takes long.
    `key` is an encrypted file's data key (desktop/start_flow.py got it from the vault); a plain
    file is opened without one. Raises what Ledger.open raises."""
    extra: dict = {"key": key} if key is not None else {}
    if clock is not None:
        extra["clock"] = clock
    return _with_progress(lambda progress: Ledger.open(db_path, progress=progress, **extra), show_after_ms)


def encrypt_after_login(ledger: Ledger, agent_id: str, name: str, pin: str,
                        show_after_ms: int = SHOW_AFTER_MS) -> bool:
    """An agent's successful login on a plain (pre-encryption) database encrypts it, off the UI
    thread with a progress bar (core/encryption_migration.py); the key is wrapped under their PIN.
    False when there was nothing to do. Raises what the migration raises (the plain file kept)."""
    if ledger.store.encrypted:
        return False
    return _with_progress(lambda progress: ledger.encrypt_if_plain(agent_id, name, pin, progress), show_after_ms)


def _with_progress(job, show_after_ms: int):  # noqa: ANN001,ANN202 - job(progress) -> its value
    """Run `job(progress)` on a worker thread while the UI stays responsive; a modal progress
    dialog appears if it lasts longer than `show_after_ms`."""
    dialog = QProgressDialog()
    bar = QProgressBar()
    bar.setObjectName("openingBar")
    # Tall enough for its percentage: the theme's 8-pixel busy bars cut "40 %" in half.
    bar.setStyleSheet(f"QProgressBar {{ min-height: {BAR_PX}px; max-height: {BAR_PX}px; }}")
    bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
    dialog.setBar(bar)
    dialog.setWindowTitle("Quittance")
    dialog.setCancelButton(None)  # a migration runs to its end: stopping it halfway gains nothing
    dialog.setRange(0, _STEPS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setObjectName("openingProgress")
    dialog.hide()
    opening = _Opening(dialog)
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["value"] = job(opening.progressed.emit)
        except BaseException as error:  # noqa: BLE001 - raised again on the UI thread
            outcome["error"] = error
        finally:
            opening.finished.emit()

    loop = QEventLoop()
    opening.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    show_timer = QTimer(singleShot=True, interval=show_after_ms)
    show_timer.timeout.connect(dialog.show)
    worker = threading.Thread(target=work, name="open-ledger", daemon=True)
    show_timer.start()
    worker.start()
    loop.exec()
    worker.join()
    show_timer.stop()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]
