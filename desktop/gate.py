"""The window shown before an encrypted device's ledger can be opened: unlock (name and PIN),
locked (too many wrong PINs) and recovery (the supervisor's key file). It never touches the
ledger; it hands the data key on (`unlocked`) and desktop/start_flow.py opens the ledger with it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QVBoxLayout, QWidget

from core import vault
from desktop.i18n import LANGUAGES, Languages
from desktop.tasks import TaskRunner
from desktop.views.page_stack import PageStack
from desktop.views.recovery import LockedView, RecoveryView
from desktop.views.unlock import UnlockView
from desktop.widgets import button, label, scrolling


class UnlockWindow(QMainWindow):
    unlocked = Signal(bytes, str, str, str)  # data key, agent id ("" after a recovery with no agent), name, PIN
    languageRequested = Signal(str)

    def __init__(self, db_path: str | Path, languages: Languages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_window")
        self.db_path = Path(db_path)
        self.languages = languages
        self.runner = TaskRunner(self)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(24, 12, 24, 0)
        self.heading = label("title")  # the screen's own title, beside the languages: room on 600 pixels
        self.heading.setObjectName("unlock_heading")
        top.addWidget(self.heading, 1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            choice = button()
            choice.setText(code.upper())
            choice.setCheckable(True)
            choice.setMinimumWidth(72)
            choice.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            self.language_buttons[code] = choice
            top.addWidget(choice)
        column.addLayout(top)
        self.stack = PageStack()
        column.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.unlock = UnlockView(db_path, self.runner)
        self.locked = LockedView()
        self.recovery = RecoveryView(db_path, self.runner)
        self._pages = {view: scrolling(view) for view in (self.unlock, self.locked, self.recovery)}
        for page in self._pages.values():
            self.stack.addWidget(page)
        self.unlock.unlocked.connect(self.unlocked)
        self.unlock.deviceLocked.connect(self.show_locked)
        self.unlock.recoveryRequested.connect(self.show_recovery)
        self.locked.recoveryRequested.connect(self.show_recovery)
        self.recovery.unlocked.connect(self.unlocked)
        self.recovery.back.connect(self._recovery_back)
        self.recovery.headingChanged.connect(self._show_heading)
        self.stack.currentChanged.connect(self._show_heading)
        languages.changed.connect(self._language_changed)
        self._language_changed(languages.current)
        self.retranslate()
        self.resize(1280, 800)

    def start(self) -> None:
        """The locked screen if the device is locked, else the unlock screen (off the UI thread:
        the envelope is a file read)."""
        self.runner.submit(lambda: vault.is_locked(self.db_path),
                           lambda locked: self.show_locked() if locked else self.show_unlock(),
                           lambda _error: self.show_unlock(), label="lock state")

    def current_view(self) -> QWidget:
        return self.stack.currentWidget().widget()

    def show_unlock(self) -> None:
        self.stack.setCurrentWidget(self._pages[self.unlock])
        self.unlock.load()

    def show_locked(self) -> None:
        self.stack.setCurrentWidget(self._pages[self.locked])

    def show_recovery(self) -> None:
        self.recovery.start()
        self.stack.setCurrentWidget(self._pages[self.recovery])

    def _recovery_back(self) -> None:
        self.start()  # back to where the device stands: locked still, or not

    def _show_heading(self, *_: object) -> None:
        self.heading.setText(self.current_view().heading())

    def opening_failed(self, text: str) -> None:
        """The ledger did not open with the key (storage): said on the screen the agent is on."""
        view = self.current_view()
        if hasattr(view, "opening_failed"):
            view.opening_failed(text)

    def _choose_language(self, code: str) -> None:
        self.languages.apply(code)
        self.languageRequested.emit(code)

    def _language_changed(self, code: str) -> None:
        for each, choice in self.language_buttons.items():
            choice.setChecked(each == code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quittance — municipal revenue collection"))
        self._show_heading()

    def shutdown(self) -> None:
        self.runner.wait_for_done(30_000)
        try:
            self.languages.changed.disconnect(self._language_changed)
        except (RuntimeError, TypeError):
            pass
