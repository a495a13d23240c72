"""The first-start wizard's window: its pages one after another, Back always, Next only once the
page is valid, Skip on the optional pages, Finish on the last.

Where the agent stands after enrollment is kept in the ledger (device.STEP_SETTING), so a
wizard closed halfway, or a power cut, starts again on the same page; before enrollment there
is nothing to keep (no database yet, or one whose enrollment was refused: the enrollment page)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from desktop.widgets import button, label, scrolling, shortcut
from desktop.wizard import device
from desktop.wizard.page import WizardPage
from desktop.wizard.page_enroll import EnrollPage
from desktop.wizard.page_gnss import GnssPage
from desktop.wizard.page_language import LanguagePage
from desktop.wizard.page_printer import PrinterPage
from desktop.wizard.page_summary import SummaryPage
from desktop.wizard.session import FirstStartSession

PAGES = (LanguagePage, EnrollPage, PrinterPage, GnssPage, SummaryPage)
ENROLL_INDEX = 1


class FirstStartWizard(QWidget):
    finished = Signal()  # Finish: the device is set up, the login screen comes next
    closed = Signal()  # the window was closed before Finish (the next start resumes)

    def __init__(self, session: FirstStartSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.session = session
        self._done = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 14, 28, 12)
        self.step = label("muted", wrap=False)  # beside the buttons: the page keeps the height
        self.step.setObjectName("wizard_step")
        self.stack = QStackedWidget()
        self.pages: list[WizardPage] = []
        for page_class in PAGES:
            page = page_class(session)
            page.validChanged.connect(self._update_buttons)
            page.busyChanged.connect(lambda _busy: self._update_buttons())
            self.pages.append(page)
            # Each page scrolls on its own, only when it needs to at the window's size: a short
            # page does not take the tallest one's height (nor its scroll bar).
            self.stack.addWidget(scrolling(page))
        outer.addWidget(self.stack, 1)
        actions = QHBoxLayout()
        self.back_button = button()
        self.back_button.setObjectName("wizard_back")
        self.back_button.clicked.connect(self.back)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.step)
        actions.addStretch(1)
        self.skip_button = button()
        self.skip_button.setObjectName("wizard_skip")
        self.skip_button.clicked.connect(self.skip)
        actions.addWidget(self.skip_button)
        self.next_button = button("primary")
        self.next_button.setObjectName("wizard_next")
        self.next_button.clicked.connect(self.next)
        actions.addWidget(self.next_button)
        outer.addLayout(actions)
        shortcut(self, "Alt+Left", self.back)
        shortcut(self, "Alt+Right", self.next)
        self.retranslate()

    # -- where to start --------------------------------------------------------------------
    def start(self) -> None:
        """The first page, or where a first start left halfway stopped."""
        ledger = self.session.ledger
        if ledger is None:
            self.go(0)
            return
        self.session.runner.submit(lambda: (device.is_enrolled(ledger), ledger.setting(device.STEP_SETTING)),
                                   self._resume, lambda error: self.go(ENROLL_INDEX))

    def _resume(self, found: tuple[bool, str | None]) -> None:
        enrolled, step = found
        keys = [page.key for page in self.pages]
        if not enrolled:
            self.go(ENROLL_INDEX)
        else:
            self.go(keys.index(step) if step in keys[ENROLL_INDEX + 1:] else ENROLL_INDEX + 1)

    @property
    def page(self) -> WizardPage:
        return self.pages[self.stack.currentIndex()]

    def go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        page.enter()
        if index > ENROLL_INDEX and self.session.ledger is not None:  # the resume point
            self.session.save({device.STEP_SETTING: page.key}, lambda _: None, lambda _: None)
        self._update_buttons()

    # -- moving ----------------------------------------------------------------------------
    def back(self) -> None:
        index = self.stack.currentIndex()
        if index > 0 and not self.page.busy:
            self.page.teardown()
            self.go(index - 1)

    def next(self) -> None:
        if not self.next_button.isEnabled():
            return
        index = self.stack.currentIndex()
        if index == len(self.pages) - 1:
            self.finish()
            return
        self.page.leave(lambda: self._forward(index))

    def skip(self) -> None:
        if self.skip_button.isVisible() and self.skip_button.isEnabled():
            index = self.stack.currentIndex()
            self.page.skip(lambda: self._forward(index))

    def _forward(self, index: int) -> None:
        if self.stack.currentIndex() == index:  # the agent did not go elsewhere meanwhile
            self.page.teardown()
            self.go(index + 1)

    def finish(self) -> None:
        path = self.session.db_path
        self.next_button.setEnabled(False)

        def done(_: object) -> None:
            self._done = True
            self.finished.emit()
        self.session.runner.submit(lambda: device.mark_finished(path), done, lambda _: self._update_buttons())

    def _update_buttons(self) -> None:
        index, page = self.stack.currentIndex(), self.page
        last = index == len(self.pages) - 1
        self.back_button.setEnabled(index > 0 and not page.busy)
        self.skip_button.setVisible(page.optional)
        self.skip_button.setEnabled(not page.busy)
        self.next_button.setEnabled(page.is_valid())
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.step.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.pages))))

    # -- closing and language --------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for page in self.pages:
            page.teardown()
        if not self._done:
            self.closed.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quittance: first start"))
        self.back_button.setText(self.tr("Back"))
        self.skip_button.setText(self.tr("Skip"))
        self._update_buttons()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Enter goes on, as a touch on Next
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.next_button.isEnabled() \
                and self.focusWidget() in (None, self.next_button):
            self.next()
            return
        super().keyPressEvent(event)
