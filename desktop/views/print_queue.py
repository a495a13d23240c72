"""The print queue screen: receipts recorded while no printer answered, each with the number and
code the agent wrote on the citizen's stub; print one, print all, or let the queue print them
by itself as soon as a printer answers (desktop/print_queue.py runs that loop)."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from core.printqueue import QueuedReceipt
from desktop.context import AppContext
from desktop.icons import icon
from desktop.widgets import Card, Links, Notice, button, label, shortcut, with_shortcut_hint

SHOWN = 100  # rows built at most; the count says how many more wait


class PrintQueueView(QWidget):
    settingsRequested = Signal()
    scrolls_itself = True  # the list scrolls, the buttons above it stay in view

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_queue")
        self.ctx = ctx
        self.queue = ctx.print_queue
        self.links = Links()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        self.title = label("title")
        layout.addWidget(self.title)
        self.explain = label("muted")
        layout.addWidget(self.explain)
        self.status = Notice()
        self.status.setObjectName("queue_status")
        layout.addWidget(self.status)
        actions = QHBoxLayout()
        self.print_all_button = button("primary")
        self.print_all_button.setObjectName("queue_print_all")
        self.print_all_button.clicked.connect(self.queue.print_all)
        self.settings_button = button()
        self.settings_button.setObjectName("queue_settings")
        self.settings_button.clicked.connect(self.settingsRequested)
        actions.addWidget(self.print_all_button)
        actions.addWidget(self.settings_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.rows_host = QWidget()
        self.rows = QVBoxLayout(self.rows_host)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(8)
        self.rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows_host)
        layout.addWidget(scroll, 1)
        self.row_buttons: dict[str, QPushButton] = {}
        self._shown: tuple = ((), 0)
        self._stale = True  # the rows are built when the screen is first shown

        # While the queue waits for its next try, the countdown moves once a second (only then).
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_status)
        shortcut(self, "Ctrl+Shift+P", self.queue.print_all)
        self.links.connect(self.queue.changed, self._queue_changed)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self._stale:  # what changed while the screen was out of sight
            self._queue_changed()
        self.queue.refresh()

    def hideEvent(self, event) -> None:  # noqa: ANN001
        self._tick.stop()
        super().hideEvent(event)

    def _queue_changed(self) -> None:
        # Rows are widgets, and building them costs the UI thread tens of milliseconds: never while
        # the screen is out of sight (each payment changes the queue while the receipt shows).
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        shown = tuple(item.receipt_no for item in self.queue.items[:SHOWN]), self.queue.count
        if shown != self._shown:  # rows are rebuilt only when the list itself changed
            self._fill()
        for again in self.row_buttons.values():
            again.setEnabled(self.queue.state != "printing")
        self._show_status()

    def _fill(self) -> None:
        self._shown = tuple(item.receipt_no for item in self.queue.items[:SHOWN]), self.queue.count
        while self.rows.count() > 1:  # keep the final stretch
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from sight now; deleted when the event loop gets to it
                item.widget().deleteLater()
        self.row_buttons = {}
        # Shown at once: a layout would only show what it is given on a later turn (one frame
        # without rows), now that rows are built on a screen already in sight.
        for index, item in enumerate(self.queue.items[:SHOWN]):
            row = self._row(item)
            self.rows.insertWidget(index, row)
            row.show()
        more = self.queue.count - SHOWN
        if more > 0:
            rest = label("muted", self.tr("…and %1 more.").replace("%1", str(more)))
            self.rows.insertWidget(SHOWN, rest)
            rest.show()

    def _row(self, item: QueuedReceipt) -> QWidget:
        card = Card()
        card.setObjectName(f"queue_row_{item.receipt_no}")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        number = label("subtitle", item.receipt_no, wrap=False, selectable=True)
        code = label("subtitle", item.code, wrap=False, selectable=True)
        code.setObjectName("queue_code")
        code.setStyleSheet("font-family: monospace; letter-spacing: 1px;")
        who = label("", f"{item.taxpayer_name} — {self.ctx.money(item.amount)}")
        when = label("muted", self.ctx.when(item.issued_at), wrap=False)
        grid.addWidget(number, 0, 0)
        grid.addWidget(code, 0, 1)
        grid.addWidget(who, 1, 0, 1, 2)
        grid.addWidget(when, 0, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(2, 1)
        row = QHBoxLayout()
        row.addLayout(grid, 1)
        again = button()
        again.setObjectName("queue_print_one")
        again.setText(self.tr("Print"))
        again.setEnabled(self.queue.state != "printing")
        again.clicked.connect(lambda _=False, n=item.receipt_no: self.queue.print_one(n))
        row.addWidget(again, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row_buttons[item.receipt_no] = again
        card.body.addLayout(row)
        return card

    def _show_status(self) -> None:
        queue = self.queue
        waiting = queue.state == "waiting" and queue.count > 0
        self.print_all_button.setEnabled(queue.count > 0 and queue.state != "printing")
        self.settings_button.setVisible(waiting)
        if waiting and self.isVisible():
            self._tick.start()
        else:
            self._tick.stop()
        if queue.count == 0:
            self.status.show_message("success", self.tr("Every receipt is printed."))
        elif queue.state == "printing":
            self.status.show_message("warning", self.tr("Printing… Receipts still to print: %1.").replace(
                "%1", str(queue.count)))
        elif waiting:
            seconds = max(0, round(queue.next_try - time.monotonic()))
            self.status.show_message("error", self.tr(
                "%1 Receipts waiting: %2. Next try by itself in %3 s.").replace(
                "%1", queue.last_error).replace("%2", str(queue.count)).replace("%3", str(seconds)))
        else:
            self.status.show_message("warning", self.tr("Receipts still to print: %1.").replace(
                "%1", str(queue.count)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Receipts to print"))
        self.explain.setText(self.tr(
            "Payments recorded while no printer answered. Each citizen has a stub with the receipt number and "
            "its verification code. The receipts print by themselves, oldest first, as soon as a printer answers."))
        self.print_all_button.setText(self.tr("Print all"))
        self.print_all_button.setToolTip(with_shortcut_hint(self.tr("Print all"), "Ctrl+Shift+P"))
        self.settings_button.setText(self.tr("Printer settings"))
        self._shown = ((), -1)  # rows hold translated words: built again
        self._queue_changed()

    def teardown(self) -> None:
        self._tick.stop()
        self.links.disconnect_all()


class QueueBadge(QPushButton):
    """In the top bar, on every screen: how many receipts wait for a printer; a tap opens the
    queue. Shown only while some wait (a notice goes when its cause is gone)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_queue_badge")
        self.queue = ctx.print_queue
        self.setIcon(icon("printer", off_color="#5c4400"))
        self.setIconSize(QSize(24, 24))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QPushButton { background: #fff4d6; color: #5c4400; border: 2px solid #c99a00; "
                           "font-weight: 700; padding: 4px 12px; }")
        self.links = Links()
        self.links.connect(self.queue.changed, self._update)
        self.hide()
        self._update()

    def _update(self) -> None:
        self.setVisible(self.queue.count > 0)
        self.setText(self.tr("To print: %1").replace("%1", str(self.queue.count)))
        self.setToolTip(with_shortcut_hint(self.tr("Receipts waiting for a printer"), "Ctrl+7"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)

    def teardown(self) -> None:
        self.links.disconnect_all()
