"""One page of the first-start wizard: a title, an intro, its body, and whether Next may go on.

A page says when its validity changes (`validChanged`); the frame enables Next from `is_valid()`.
`leave()` is called on Next: a page that saves its choice does so off the UI thread and calls
`proceed()` when the save is done (or shows why it failed and stays)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.widgets import Notice, busy_bar, label
from desktop.wizard.session import FirstStartSession


class WizardPage(QWidget):
    validChanged = Signal()
    busyChanged = Signal(bool)
    key = ""  # the step's name, kept as the resume point
    optional = False  # a Skip button beside Next

    def __init__(self, session: FirstStartSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(10)
        self.title = label("title")
        self.column.addWidget(self.title)
        self.intro = label("muted")
        self.column.addWidget(self.intro)
        self.notice = Notice()
        self.notice.setObjectName(f"wizard_{self.key}_notice")
        self.busy_bar = busy_bar()

    def finish_layout(self) -> None:
        """The page's notice and busy bar under its body, then the space left."""
        self.column.addWidget(self.notice)
        self.column.addWidget(self.busy_bar)
        self.column.addStretch(1)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        self.busyChanged.emit(busy)
        self.validChanged.emit()

    def is_valid(self) -> bool:
        return True

    def enter(self) -> None:
        """The page is shown (again): refresh what it shows from the ledger."""

    def leave(self, proceed: Callable[[], None]) -> None:
        proceed()

    def skip(self, proceed: Callable[[], None]) -> None:
        proceed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def teardown(self) -> None:
        """The wizard is closing: a camera or a timer is stopped."""
