"""The locked device and the supervisor's recovery. After too many wrong PINs only the
municipality's recovery key opens the device: the supervisor picks the key file and types its
passphrase (core/vault.unlock_with_recovery, which also clears the lockout), then an agent chooses
a new PIN (core/vault.change_pin) and the device opens with them logged in."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from core import vault
from core.errors import QuittanceError
from desktop.tasks import TaskRunner
from desktop.views.pin_pad import AgentTiles, pin_field
from desktop.views.unlock import shown_language
from desktop.widgets import Card, Notice, busy_bar, button, field_label, label


def _centred(body: QWidget, width: int = 760) -> QHBoxLayout:
    body.setMaximumWidth(width)
    body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(body, 6)
    row.addStretch(1)
    return row


def error_text(error: BaseException) -> str:
    if isinstance(error, QuittanceError):
        if error.code == "vault_recovery_refused":
            return QCoreApplication.translate(
                "RecoveryView", "This recovery key file or its passphrase is not the right one. Check the "
                "file the municipality gave and type the passphrase again.")
        return error.message(shown_language())
    if isinstance(error, OSError):
        return QCoreApplication.translate("RecoveryView", "The file could not be read: %1").replace(
            "%1", error.strerror or str(error))
    return QCoreApplication.translate(
        "RecoveryView", "Something went wrong: %1. Nothing recorded on this device was lost; try again.").replace(
        "%1", str(error) or type(error).__name__)


class LockedView(QWidget):
    recoveryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("device_locked")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        card = Card()
        self.text = label()
        self.text.setObjectName("locked_text")
        self.recovery = button("primary")
        self.recovery.setObjectName("locked_recovery")
        self.recovery.setMinimumHeight(56)
        self.recovery.clicked.connect(self.recoveryRequested)
        card.body.setSpacing(16)
        for widget in (self.text, self.recovery):
            card.body.addWidget(widget)
        holder = QWidget()
        QVBoxLayout(holder).addWidget(card)
        outer.addLayout(_centred(holder))
        outer.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def heading(self) -> str:
        return self.tr("This device is locked")

    def retranslate(self) -> None:
        self.text.setText(self.tr("Too many wrong PINs were typed. Only a supervisor's recovery opens the "
                                  "device now: the supervisor brings the municipality's recovery key file "
                                  "and its passphrase. Nothing recorded on this device is lost."))
        self.recovery.setText(self.tr("Recovery"))


class RecoveryView(QWidget):
    back = Signal()
    headingChanged = Signal()
    unlocked = Signal(bytes, str, str, str)  # data key, agent id, name, new PIN ("" if no agent)

    def __init__(self, db_path: str | Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery")
        self.db_path = Path(db_path)
        self.runner = runner
        self._key: bytes | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 0, 24, 8)
        card = Card()
        card.body.setSpacing(8)
        self.text = label("muted")
        card.body.addWidget(self.text)

        # Step 1: the key file and its passphrase.
        self.key_step = QWidget()
        step = QVBoxLayout(self.key_step)
        step.setContentsMargins(0, 0, 0, 0)
        self.file_label = field_label()
        self.key_file = QLineEdit()
        self.key_file.setObjectName("recovery_file")
        self.browse = button()
        self.browse.setObjectName("recovery_browse")
        self.browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.key_file, 1)
        file_row.addWidget(self.browse)
        self.passphrase_label = field_label()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("recovery_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.open_with_key)
        for widget in (self.file_label,):
            step.addWidget(widget)
        step.addLayout(file_row)
        step.addWidget(self.passphrase_label)
        step.addWidget(self.passphrase)
        card.body.addWidget(self.key_step)

        # Step 2: a new PIN for an agent.
        self.pin_step = QWidget()
        step = QVBoxLayout(self.pin_step)
        step.setContentsMargins(0, 0, 0, 0)
        self.tiles = AgentTiles()
        step.addWidget(self.tiles)
        self.new_label, self.again_label = label(), label()
        self.new_pin, self.again = pin_field("recovery_new_pin"), pin_field("recovery_again")
        self.again.returnPressed.connect(self.save_pin)
        pins = QHBoxLayout()
        for caption, field in ((self.new_label, self.new_pin), (self.again_label, self.again)):
            box = QVBoxLayout()
            box.addWidget(caption)
            box.addWidget(field)
            pins.addLayout(box, 1)
        step.addLayout(pins)
        self.pin_step.hide()
        card.body.addWidget(self.pin_step)

        self.notice = Notice()
        self.notice.setObjectName("recovery_notice")
        card.body.addWidget(self.notice)
        self.busy = busy_bar()
        card.body.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.back_button = button()
        self.back_button.setObjectName("recovery_back")
        self.back_button.clicked.connect(self.back)
        self.go = button("primary")
        self.go.setObjectName("recovery_go")
        self.go.clicked.connect(self.proceed)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        card.body.addLayout(buttons)
        holder = QWidget()
        QVBoxLayout(holder).addWidget(card)
        outer.addLayout(_centred(holder))
        outer.addStretch(1)
        self.retranslate()

    def start(self) -> None:
        """A fresh step 1 (nothing of an earlier try kept, the passphrase least of all)."""
        self._key = None
        self.passphrase.clear()
        self.new_pin.clear()
        self.again.clear()
        self.notice.clear()
        self.busy.hide()
        self.go.setEnabled(True)
        self.key_step.show()
        self.pin_step.hide()
        self.back_button.show()
        self.retranslate()

    def choose_file(self) -> None:
        # Qt's own dialog, not the system's: the same on every desktop, and tests can drive it.
        dialog = QFileDialog(self, self.tr("The municipality's recovery key file"), str(Path.home()))
        dialog.setObjectName("recovery_file_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Recovery keys (*.pem *.key)"), self.tr("All files (*)")])
        if dialog.exec() and dialog.selectedFiles():
            self.key_file.setText(dialog.selectedFiles()[0])
            self.passphrase.setFocus()

    def proceed(self) -> None:
        self.open_with_key() if self._key is None else self.save_pin()

    def _start_work(self) -> bool:
        if self.busy.isVisible():
            return False
        self.busy.show()
        self.go.setEnabled(False)
        return True

    def open_with_key(self) -> None:
        file, passphrase = self.key_file.text().strip(), self.passphrase.text()
        if not file:
            self.notice.show_message("error", lambda: self.tr("Choose the recovery key file first."))
            return
        if not passphrase:
            self.notice.show_message("error", lambda: self.tr("Type the recovery key's passphrase."))
            self.passphrase.setFocus()
            return
        if not self._start_work():
            return
        path = self.db_path

        def work() -> tuple[bytes, list[tuple[str, str]]]:
            key = vault.unlock_with_recovery(path, Path(file).read_bytes(), passphrase)
            return key, vault.agents_listed(path)
        self.runner.submit(work, self._recovered, self._failed, label="recovery")

    def _recovered(self, outcome: tuple[bytes, list[tuple[str, str]]]) -> None:
        key, agents = outcome
        self.busy.hide()
        self.go.setEnabled(True)
        self.passphrase.clear()
        if not agents:  # nobody to give a PIN to: straight in, to the login
            self.unlocked.emit(bytes(key), "", "", "")
            return
        self._key = bytes(key)
        self.tiles.set_agents(agents)
        self.key_step.hide()
        self.pin_step.show()
        self.back_button.hide()  # the device is open: the way on is a new PIN
        self.notice.show_message("success", lambda: self.tr("The device is open and no longer locked. "
                                                            "Now choose who uses it, and their new PIN."))
        self.retranslate()
        self.new_pin.setFocus()

    def save_pin(self) -> None:
        agent = self.tiles.selected()
        new, again = self.new_pin.text(), self.again.text()
        if self._key is None or agent is None:
            return
        if not new:
            self.notice.show_message("error", lambda: self.tr("Type the new PIN."))
            self.new_pin.setFocus()
            return
        if new != again:
            self.again.clear()
            self.notice.show_message("error", lambda: self.tr("The two PINs are not the same. Type the new PIN again."))
            self.again.setFocus()
            return
        if not self._start_work():
            return
        path, key = self.db_path, self._key
        self.runner.submit(lambda: vault.change_pin(path, key, agent[0], new),
                           lambda _: self.unlocked.emit(key, agent[0], agent[1], new), self._failed,
                           label="new PIN")

    def opening_failed(self, text: str) -> None:
        self.busy.hide()
        self.go.setEnabled(True)
        self.notice.show_message("error", text)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.go.setEnabled(True)
        self.notice.show_message("error", lambda: error_text(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def heading(self) -> str:
        return self.tr("Recovery") if self._key is None else self.tr("Choose a new PIN")

    def retranslate(self) -> None:
        self.headingChanged.emit()
        if self._key is None:
            self.text.setText(self.tr("A supervisor opens the device with the municipality's recovery key "
                                      "file and its passphrase."))
            self.go.setText(self.tr("Open the device"))
        else:
            self.text.setText(self.tr("Tap the agent's name, then type their new PIN twice."))
            self.go.setText(self.tr("Save the PIN and open"))
        self.file_label.setText(self.tr("Recovery key file"))
        self.browse.setText(self.tr("Choose the file…"))
        self.passphrase_label.setText(self.tr("Passphrase"))
        self.new_label.setText(self.tr("New PIN"))
        self.again_label.setText(self.tr("New PIN again"))
        self.back_button.setText(self.tr("Back"))
