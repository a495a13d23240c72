"""The red banner a storage fault raises (disk full, read-only, damaged, locked, missing, an older
copy of the database): what happened and what to do, in the agent's language. New payments stay
stopped until a check succeeds, by the button or by itself every few seconds; what the agent
typed stays where it is."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.widgets import Links, button, label

RECHECK_MS = 10_000


class StorageBanner(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storage_banner")
        self.setProperty("role", "error")
        self.ctx = ctx
        # The text beside the button, not above it: every line the banner takes is a line the
        # form it stops loses, and the form must keep its buttons on a 600-pixel-high screen.
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 8, 12, 8)
        row.setSpacing(16)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.title = label("error")
        self.title.setObjectName("storage_title")
        self.message = label("error")
        self.message.setObjectName("storage_message")
        self.message.setStyleSheet("font-weight: 400;")  # the title says it in bold; the details are read
        column.addWidget(self.title)
        column.addWidget(self.message)
        row.addLayout(column, 1)
        self.check_button = button("danger")
        self.check_button.setObjectName("storage_check")
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.check)
        self.links = Links()
        self.links.connect(ctx.storageFaultChanged, self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        fault = self.ctx.storage_fault
        self.setVisible(fault is not None)
        if fault is None:
            self.timer.stop()
            return
        self._show_message(fault.message(self.ctx.lang))
        if not self.timer.isActive():
            self.timer.start()

    def check(self) -> None:
        if self._checking or self.ctx.storage_fault is None:
            return
        self._checking = True
        self.check_button.setEnabled(False)
        self.ctx.check_storage(self._checked)

    def _checked(self, _: bool) -> None:
        self._checking = False
        self.check_button.setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Storage problem: payments are stopped until it is fixed"))
        self.check_button.setText(self.tr("Check again"))
        if self.ctx.storage_fault is not None:
            self._show_message(self.ctx.storage_fault.message(self.ctx.lang))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self._fit()

    def _fit(self) -> None:
        # The main window's layouts do not pass height-for-width down to here, so a wrapped
        # message would be cut to one line: reserve the height this width needs, no more (a
        # height kept from a narrower width left a blank band and pushed the form off screen).
        if self.width() > 0:
            self.setMinimumHeight(max(self.heightForWidth(self.width()), 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def teardown(self) -> None:
        self.timer.stop()
        self.links.disconnect_all()
