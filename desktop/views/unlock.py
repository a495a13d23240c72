"""The unlock screen: the device's data is encrypted and nobody has opened it in this run. The agent
taps their name and types their PIN once: it opens the data key (core/vault.py, off the UI thread,
a scrypt) and logs them in, straight to the main window. Same tiles and keypad as the login."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from core import vault
from core.errors import QuittanceError
from desktop.tasks import TaskRunner
from desktop.views.pin_pad import AgentTiles, PinKeypad, pin_field
from desktop.widgets import Card, Notice, busy_bar, button, label

WIDE_PX = 700  # name and PIN beside the keypad from a small landscape tablet up


def shown_language() -> str:
    """The language the screens are in (desktop/i18n sets Qt's default locale with it): the
    ledger, which keeps the chosen one, is not open yet."""
    return {"en": "en", "pt": "pt"}.get(QLocale().name()[:2], "fr")


def no_wrap_text() -> str:
    """Why an agent is not listed, or has no key here yet, and the two ways in."""
    return QCoreApplication.translate("UnlockView", "You have no key to this device yet. A colleague who works "
                                      "on it opens it and taps “Log out”, then you log in with your "
                                      "PIN, once. Or a supervisor's recovery lets you in.")


class UnlockView(QWidget):
    unlocked = Signal(bytes, str, str, str)  # data key, agent id, name, PIN
    deviceLocked = Signal()
    recoveryRequested = Signal()

    def __init__(self, db_path: str | Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self.db_path = Path(db_path)
        self.runner = runner
        outer = QVBoxLayout(self)
        # No line of explanation above the card: on a 600-pixel-high screen the room is the
        # message's, under the PIN (the heading says what this is).
        outer.setContentsMargins(24, 4, 24, 8)
        column = QVBoxLayout()
        column.setSpacing(8)

        card = Card()
        self.panes = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.panes.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(10)
        self.who = label("subtitle")
        left.addWidget(self.who)
        self.tiles = AgentTiles()
        self.tiles.chosen.connect(self._agent_chosen)
        left.addWidget(self.tiles)
        self.pin_label = label("subtitle")
        left.addWidget(self.pin_label)
        self.pin = pin_field("unlock_pin")
        left.addWidget(self.pin)
        self.notice = Notice()
        self.notice.setObjectName("unlock_notice")
        self.busy = busy_bar()
        left.addWidget(self.busy)
        self.not_listed = button()
        self.not_listed.setObjectName("unlock_not_listed")
        self.not_listed.clicked.connect(self.explain_not_listed)
        self.recovery = button()
        self.recovery.setObjectName("unlock_recovery")
        self.recovery.clicked.connect(self.recoveryRequested)
        left.addStretch(1)
        self.panes.addLayout(left, 1)
        right = QVBoxLayout()
        self.keypad = PinKeypad(self.pin, ok_name="unlock_ok")
        self.keypad.submitted.connect(self.submit)
        self.ok_button = self.keypad.ok_button
        right.addWidget(self.keypad)
        # Under the keypad, where the name column leaves room: in view on a 600-pixel-high screen.
        right.addSpacing(4)
        others = QHBoxLayout()
        others.addWidget(self.not_listed, 1)
        others.addWidget(self.recovery, 1)
        right.addLayout(others)
        right.addStretch(1)
        self.panes.addLayout(right, 1)
        card.body.addLayout(self.panes)
        card.body.addWidget(self.notice)  # the card's whole width: a long message stays a few lines
        column.addWidget(card)

        row = QHBoxLayout()
        row.addStretch(1)
        self.holder = QWidget()
        self.holder.setLayout(column)
        self.holder.setMaximumWidth(620)
        # Preferred, not Maximum: a long message below the PIN gets the height its lines need.
        self.holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        row.addWidget(self.holder, 10)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.retranslate()

    def load(self) -> None:
        """The agents with a key on this device (a small file read, off the UI thread)."""
        self.notice.clear()
        self.pin.clear()
        self.runner.submit(lambda: vault.agents_listed(self.db_path), self._listed, self._failed,
                           label="agents")

    def _listed(self, agents: list[tuple[str, str]]) -> None:
        self.tiles.set_agents(agents)
        if not agents:
            self.notice.show_message("warning", lambda: no_wrap_text())

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        QTimer.singleShot(0, self.pin.setFocus)  # before the window is on screen, focus does not stick

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE_PX
        self.panes.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.holder.setMaximumWidth(900 if wide else 620)

    # -- behaviour -----------------------------------------------------------------------
    def _agent_chosen(self) -> None:
        if not self.busy.isVisible():
            self.notice.clear()
        self.pin.clear()
        self.pin.setFocus()

    def explain_not_listed(self) -> None:
        self.notice.show_message("warning", lambda: no_wrap_text())

    def submit(self) -> None:
        agent = self.tiles.selected()
        pin = self.pin.text()
        if self.busy.isVisible():
            return
        if agent is None:
            self.notice.show_message("error", lambda: self.tr("Tap your name first."))
            return
        if not pin:
            self.notice.show_message("error", lambda: self.tr("Type your PIN."))
            self.pin.setFocus()
            return
        self.busy.show()
        self.ok_button.setEnabled(False)
        path = self.db_path
        self.runner.submit(lambda: vault.unlock_with_pin(path, agent[0], pin),
                           lambda key: self._opened(agent, pin, key), self._failed, label="unlock")

    def _opened(self, agent: tuple[str, str], pin: str, key: bytes) -> None:
        self.pin.clear()
        self.notice.show_message("success", lambda: self.tr("Opening the device…"))
        self.unlocked.emit(bytes(key), agent[0], agent[1], pin)  # busy stays shown while it opens

    def opening_failed(self, text: str) -> None:
        """The key was right but the database did not open (storage): said, nothing lost."""
        self.busy.hide()
        self.ok_button.setEnabled(True)
        self.notice.show_message("error", text)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.ok_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        code = error.code if isinstance(error, QuittanceError) else ""
        if code == "vault_wrong_pin":
            left = str(error.params.get("tries_left", "?"))
            self.notice.show_message("error", lambda: self.tr(
                "Wrong PIN. Tries left before the device locks: %1.").replace("%1", left))
        elif code == "vault_device_locked":
            self.deviceLocked.emit()
        elif code == "vault_no_wrap":
            self.explain_not_listed()
        elif isinstance(error, QuittanceError):
            self.notice.show_message("error", lambda: error.message(self._lang()))
        else:
            self.notice.show_message("error", lambda: self.tr(
                "Something went wrong: %1. Nothing recorded on this device was lost; try again.")
                .replace("%1", str(error) or type(error).__name__))

    def _lang(self) -> str:
        return shown_language()

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def heading(self) -> str:
        return self.tr("Open this device")

    def retranslate(self) -> None:
        self.who.setText(self.tr("Who are you?"))
        self.pin_label.setText(self.tr("Your PIN"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.not_listed.setText(self.tr("Not in the list?"))
        self.recovery.setText(self.tr("Recovery"))
        self.recovery.setToolTip(self.tr("A supervisor opens the device with the municipality's recovery key"))
        self.ok_button.setToolTip(self.tr("Open (Enter)"))
