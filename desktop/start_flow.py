"""From start to the main window, through the unlock screen when the device is encrypted.

A plain database (or one the key is already known for: unlocked earlier in this run, or an open
wrap like the demo's) opens as it always did, onto the login. An encrypted one nobody has opened
gets the unlock window first (desktop/gate.py): the agent's PIN opens the data key, the ledger is
opened with it (a migration shows its progress, desktop/opening.py) and that agent is logged in.

Locking (the login screen's "Lock" button, or the login left unused after a logout) forgets the
key (core/unlocked.py), closes the ledger, and shows the unlock window again."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from core import journal_file, unlocked
from core.errors import QuittanceError, StorageFault
from core.service import Ledger
from core.version import app_version
from desktop.app import initial_language
from desktop.context import AppContext
from desktop.display_check import user_language
from desktop.gate import UnlockWindow
from desktop.i18n import DEFAULT_LANGUAGE, Languages
from desktop.main_window import MainWindow
from desktop.opening import open_ledger
from desktop.unlocking import is_database_locked, log_in_unlocked

# After the last agent logs out, the login stays open this long for a colleague to switch in
# (a pulled agent gets their key that way), then the device locks itself.
LOCK_AFTER_LOGOUT_MS = 120_000


class StartFlow(QObject):
    def __init__(self, db_path: str | Path, *, demo: bool = False, supervisor: bool = False,
                 clock: Callable[[], datetime] | None = None, env: dict | None = None) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.demo = demo
        self.supervisor = supervisor
        self.clock = clock
        self.languages = Languages(self)
        self._system_language = user_language(os.environ if env is None else env)
        self._chosen_language: str | None = None  # tapped on the unlock window: kept once open
        self.ledger: Ledger | None = None
        self.window: MainWindow | None = None
        self.gate: UnlockWindow | None = None
        self.lockable = False  # opened with a PIN or a recovery: "Lock" means something
        self.idle_lock = QTimer(self, singleShot=True, interval=LOCK_AFTER_LOGOUT_MS)
        self.idle_lock.timeout.connect(self._idle_lock)

    # -- start ---------------------------------------------------------------------------
    def start(self) -> tuple[str, int] | None:
        """Opens the window the device needs, or returns what to refuse with and the exit code
        (3: the storage failed, nothing touched; 2: no device set up here)."""
        try:
            # The store itself takes a key it can have with nobody typing (unlocked earlier in this
            # run, an open wrap like the demo's): asking the vault again here would count a wrong
            # QUITTANCE_PIN twice.
            ledger = self._open(None)
        except QuittanceError as error:
            if is_database_locked(error):
                # Locked: the start waits in the journal's side file until the unlock.
                journal_file.append(self.db_path, "app_started", _started_details())
                self.show_gate()
                return None
            return error.message(DEFAULT_LANGUAGE), 3 if isinstance(error, StorageFault) else 2
        if not ledger.is_initialised():
            text = QuittanceError("not_initialised").message(ledger.locale)
            ledger.close()
            return text, 2
        ledger.journal_quietly("app_started", _started_details(), agent_id=None)
        self._show_main(ledger)
        return None

    def _open(self, key: bytes | None) -> Ledger:
        return open_ledger(self.db_path, key=key, clock=self.clock)

    # -- the unlock window ---------------------------------------------------------------
    def show_gate(self) -> None:
        if not self.languages.current:
            self.languages.apply(self._chosen_language or self._system_language)
        gate = UnlockWindow(self.db_path, self.languages)
        gate.unlocked.connect(self._unlocked)
        gate.languageRequested.connect(self._language_tapped)
        self.gate = gate
        gate.show()
        gate.start()

    def _language_tapped(self, code: str) -> None:
        self._chosen_language = code

    def _unlocked(self, key: bytes, agent_id: str, name: str, pin: str) -> None:
        gate = self.gate
        unlocked.remember(self.db_path, key)
        try:
            ledger = self._open(key)
            if not ledger.is_initialised():
                ledger.close()
                raise QuittanceError("not_initialised")
        except Exception as error:  # noqa: BLE001 - said on the screen, the agent may try again
            unlocked.forget(self.db_path)
            gate.opening_failed(self._said(error))
            return
        self.lockable = True
        if not agent_id:  # a recovery with no agent on the device: the login decides who
            self._show_main(ledger)
            return
        gate.runner.submit(lambda: log_in_unlocked(ledger, agent_id, pin or None),
                           lambda _none: self._show_main(ledger, (agent_id, name)),
                           lambda error: self._sign_in_failed(ledger, error), label="login")

    def _sign_in_failed(self, ledger: Ledger, error: BaseException) -> None:
        ledger.close()
        unlocked.forget(self.db_path)
        if self.gate is not None:
            self.gate.opening_failed(self._said(error))

    def _said(self, error: BaseException) -> str:
        if isinstance(error, QuittanceError):
            return error.message(self.languages.current or DEFAULT_LANGUAGE)
        return QCoreApplication.translate(
            "UnlockView", "Something went wrong: %1. Nothing recorded on this device was lost; try again.").replace(
            "%1", str(error) or type(error).__name__)

    # -- the main window -----------------------------------------------------------------
    def _show_main(self, ledger: Ledger, agent: tuple[str, str] | None = None) -> None:
        self.ledger = ledger
        demo = self.demo or bool(ledger.setting("demo", False))
        ctx = AppContext(ledger, demo=demo, languages=self.languages)
        chosen = self._chosen_language
        self.languages.apply(chosen or initial_language(ledger))
        window = MainWindow(ctx)
        self.window = window
        window.login.set_lockable(self.lockable)
        window.login.lockRequested.connect(self.lock)
        window.settings.change_pin.deviceLocked.connect(self.lock)  # wrong current PINs locked it
        window.login.deviceLocked.connect(self.lock)  # wrong PINs at the login (core/auth counts them too)
        window.root.currentChanged.connect(self._screen_changed)
        if chosen:
            window.set_language(chosen)  # what the agent tapped before opening is kept
            self._chosen_language = None
        window.show()
        if agent is not None:
            window.login.loggedIn.emit(*agent)  # typed once, at the unlock
        elif self.supervisor:
            window.supervisor.show_login()
        if self.gate is not None:
            gate, self.gate = self.gate, None
            gate.shutdown()
            gate.close()
            gate.deleteLater()
        self._screen_changed()

    def _screen_changed(self, *_: object) -> None:
        window = self.window
        if window is not None and self.lockable and window.on_login_screen():
            self.idle_lock.start()
        else:
            self.idle_lock.stop()

    def _idle_lock(self) -> None:
        if self.window is not None and self.window.on_login_screen() and not self.window.ctx.runner.is_busy():
            self.lock()

    def lock(self) -> None:
        """Forget the key, close the ledger, back to the unlock window (shown before the main
        window closes, or the application would quit with its last window)."""
        if self.window is None or not self.lockable:
            return
        self.idle_lock.stop()
        current = self.languages.current
        window, self.window = self.window, None
        ledger, self.ledger = self.ledger, None
        unlocked.forget(self.db_path)
        self._chosen_language = current
        window.shutdown()  # lets running writes finish; releases the translators
        self.languages.apply(current)
        self.show_gate()
        window.close()
        window.deleteLater()
        ledger.close()
        self.lockable = False

    def close(self) -> None:
        """At the end of the run: nothing of the key stays in this process."""
        self.idle_lock.stop()
        if self.window is not None:
            self.window.shutdown()
            self.window = None
        if self.gate is not None:
            self.gate.shutdown()
            self.gate.close()
            self.gate = None
        if self.ledger is not None:
            self.ledger.journal_later("app_stopped")
            self.ledger.close()
            self.ledger = None
        elif self.db_path.exists():  # stopped at the unlock window: the database is locked
            journal_file.append(self.db_path, "app_stopped")
        unlocked.forget(self.db_path)
        QCoreApplication.processEvents()


def _started_details() -> dict[str, str]:
    return {"version": app_version()}
