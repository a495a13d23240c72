"""Login: the agent taps their name and types a PIN, on the keyboard or the on-screen keypad.

Works offline (PINs are scrypt hashes on the device). Five wrong PINs lock that agent for five
minutes; the lock survives a restart, and the screen counts it down."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from core import auth
from core.clock import parse_iso
from core.demo import DEMO_AGENTS
from printing.labels import colon
from desktop.context import AppContext
from desktop.opening import encrypt_after_login
from desktop.i18n import LANGUAGES
from desktop.unlocking import log_in_switching
from desktop.views.pin_pad import AgentTiles, PinKeypad, pin_field
from desktop.widgets import Card, Links, Notice, busy_bar, button, label


class LoginView(QWidget):
    loggedIn = Signal(str, str)  # agent id, name
    languageRequested = Signal(str)
    supervisorRequested = Signal()  # the supervisor's way in (desktop/supervisor/login.py)
    lockRequested = Signal()  # an encrypted device: forget its key, back to the unlock screen
    deviceLocked = Signal()  # too many wrong PINs on the device (core/auth says): only a recovery opens it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login")
        self.ctx = ctx
        self.links = Links()
        self._locked_until: datetime | None = None
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.demo_banner = label("banner")
        self.demo_banner.setVisible(ctx.demo)
        top.addWidget(self.demo_banner, 1)
        if not ctx.demo:
            top.addStretch(1)  # no banner: the buttons keep their size, on the right
        self.supervisor_button = button()
        self.supervisor_button.setObjectName("supervisor_entry")
        self.supervisor_button.clicked.connect(self.supervisorRequested)
        top.addWidget(self.supervisor_button)
        self.lock_button = button()
        self.lock_button.setObjectName("login_lock")
        self.lock_button.clicked.connect(self.lockRequested)
        self.lock_button.hide()  # only where a PIN opens the device (desktop/start_flow.py says)
        top.addWidget(self.lock_button)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            choice = button()
            choice.setText(code.upper())
            choice.setCheckable(True)
            choice.setMinimumWidth(72)
            choice.clicked.connect(lambda _=False, c=code: self.languageRequested.emit(c))
            self.language_buttons[code] = choice
            top.addWidget(choice)
        outer.addLayout(top)

        column = QVBoxLayout()
        column.setSpacing(14)
        self.municipality = label("title", ctx.municipality_name)
        self.municipality.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.app_name = label("muted")
        self.app_name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.municipality)
        column.addWidget(self.app_name)

        card = Card()
        # Side by side on a landscape screen (name and PIN | keypad), stacked on a narrow one:
        # the whole login fits 1280 x 720 and 800 x 1280 without scrolling.
        self.panes = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.panes.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(10)
        self.panes.addLayout(left, 1)
        card.body.addLayout(self.panes)
        self.who = label("subtitle")
        left.addWidget(self.who)
        self.tiles = AgentTiles()
        self.agent_group = self.tiles.group
        self.tiles.set_agents([(a.id, a.name) for a in ctx.ledger.agents() if a.active])
        self.agent_buttons = self.tiles.buttons
        self.tiles.chosen.connect(self._agent_chosen)
        left.addWidget(self.tiles)

        self.pin_label = label("subtitle")
        left.addWidget(self.pin_label)
        self.pin = pin_field()
        left.addWidget(self.pin)
        self.notice = Notice()
        left.addWidget(self.notice)
        self.busy = busy_bar()
        left.addWidget(self.busy)
        left.addStretch(1)
        keypad = QVBoxLayout()
        self.keypad = PinKeypad(self.pin)
        self.keypad.submitted.connect(self.submit)
        self.ok_button = self.keypad.ok_button
        keypad.addWidget(self.keypad)
        keypad.addStretch(1)
        self.panes.addLayout(keypad, 1)
        column.addWidget(card)

        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        self.holder = holder
        holder.setMaximumWidth(620)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.links.connect(ctx.languages.changed, self._language_changed)
        self._language_changed(ctx.lang)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        # Focus given before the window is on screen does not stick: the agent could not type at once.
        QTimer.singleShot(0, self.pin.setFocus)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        wide = event.size().width() >= 1000
        self.panes.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.holder.setMaximumWidth(1000 if wide else 620)

    # -- behaviour -----------------------------------------------------------------------
    def selected_agent(self) -> tuple[str, str] | None:
        return self.tiles.selected()

    def _agent_chosen(self) -> None:
        self._locked_until = None
        self._countdown.stop()
        self.ok_button.setEnabled(True)
        self.notice.clear()
        self.pin.clear()
        self.pin.setFocus()

    def submit(self) -> None:
        agent = self.selected_agent()
        pin = self.pin.text()
        if agent is None:
            self.notice.show_message("error", lambda: self.tr("Tap your name first."))
            return
        if not pin:
            self.notice.show_message("error", lambda: self.tr("Type your PIN."))
            self.pin.setFocus()
            return
        if self.busy.isVisible() or not self.ok_button.isEnabled():
            return
        self.busy.show()
        self.ok_button.setEnabled(False)
        ledger = self.ctx.ledger
        # The check, then (an encrypted device) the agent's own key wrap if they have none yet.
        self.ctx.run(lambda: log_in_switching(ledger, agent[0], agent[1], pin),
                     lambda result: self._result(agent, result, pin),
                     self._failed, label=self.tr("Checking the PIN"))

    def _result(self, agent: tuple[str, str], result: auth.LoginResult, pin: str = "") -> None:
        self.busy.hide()
        self.pin.clear()
        if result.ok:
            try:  # a plain database from before encryption: encrypted now, with a progress bar
                encrypt_after_login(self.ctx.ledger, agent[0], agent[1], pin)
            except Exception as error:  # noqa: BLE001 - the plain file is kept; said, and the agent works on
                self.notice.show_message("warning", lambda: self.ctx.error_text(error))
            else:
                self.notice.clear()
            self.ok_button.setEnabled(True)
            self.loggedIn.emit(*agent)
            return
        if getattr(result, "device_locked", False):
            self.ok_button.setEnabled(True)
            self.deviceLocked.emit()
            return
        if result.locked_until:
            self._locked_until = parse_iso(result.locked_until)
            self._tick()
            self._countdown.start()
            return
        self.ok_button.setEnabled(True)
        self.notice.show_message("error", lambda: self.tr("Wrong PIN. Tries left before a 5-minute lock: %1.")
                                 .replace("%1", str(result.tries_left)))
        self.pin.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.ok_button.setEnabled(True)
        self.notice.show_message("error", lambda: self.ctx.error_text(error))

    def _tick(self) -> None:
        if self._locked_until is None:
            return
        left = int((self._locked_until - self.ctx.now()).total_seconds())
        if left <= 0:
            self._locked_until = None
            self._countdown.stop()
            self.ok_button.setEnabled(True)
            self.notice.show_message("warning", lambda: self.tr("You can try your PIN again."))
            return
        self.ok_button.setEnabled(False)
        until = self.ctx.when(self._locked_until.isoformat(), with_date=False)
        self.notice.show_message("error", lambda: self.tr("Too many wrong PINs: login is locked until %1 "
                                                  "(%2 min %3 s left). Ask your supervisor if you forgot your PIN.")
                                 .replace("%1", until).replace("%2", str(left // 60))
                                 .replace("%3", f"{left % 60:02d}"))

    def set_lockable(self, lockable: bool) -> None:
        self.lock_button.setVisible(lockable)

    def reset(self) -> None:
        """Back to a clean screen after a logout."""
        self.pin.clear()
        self.notice.clear()
        self.pin.setFocus()

    # -- language ------------------------------------------------------------------------
    def _language_changed(self, code: str) -> None:
        for each, choice in self.language_buttons.items():
            choice.setChecked(each == code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.app_name.setText(self.tr("Quittance — municipal revenue collection"))
        self.who.setText(self.tr("Who are you?"))
        self.supervisor_button.setText(self.tr("Supervisor"))
        self.supervisor_button.setToolTip(self.tr("Log in as a supervisor, on the municipality's server"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the device: its PIN is asked again to open it"))
        self.pin_label.setText(self.tr("Your PIN"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        if self.ok_button is not None:
            self.ok_button.setToolTip(self.tr("Log in (Enter)"))
        if self.ctx.demo:
            pins = ", ".join(f"{name}{colon(self.ctx.lang)}{pin}" for name, pin in DEMO_AGENTS)  # no " : " in en
            self.demo_banner.setText(self.tr("Demo mode — PINs: %1").replace("%1", pins))
        if self._locked_until is not None:
            self._tick()

    def teardown(self) -> None:
        self._countdown.stop()
        self.links.disconnect_all()
