"""After a payment is committed: what was recorded, the receipt as it will print, and the print
job's status. The payment is already safe on disk before any of this starts (invariant 7)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from core.payments import Payment
from desktop.context import AppContext
from desktop.labels import method_label
from desktop.views.print_status import PrintStatus
from desktop.widgets import Card, Notice, busy_bar, button, label, shortcut, with_shortcut_hint


WIDE_FROM = 1000  # px of the window's width


class ReceiptPanel(QWidget):
    doneRequested = Signal()
    searchRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_panel")
        self.ctx = ctx
        self.payment: Payment | None = None
        self._taxpayer_name = ""
        self._preview_error: BaseException | None = None
        # The summary and the receipt side by side on a landscape screen, one above the other
        # on a narrow one.
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(20)
        self.columns = layout

        left = QVBoxLayout()
        left.setSpacing(12)
        self.recorded = Notice()
        self.recorded.setObjectName("receipt_recorded")
        left.addWidget(self.recorded)
        summary = Card()
        self.summary = label("", selectable=True)
        self.summary.setObjectName("receipt_summary")
        summary.body.addWidget(self.summary)
        left.addWidget(summary)
        self.print_status = PrintStatus(ctx)
        left.addWidget(self.print_status)
        left.addStretch(1)
        actions = QHBoxLayout()
        self.search_button = button()
        self.search_button.clicked.connect(self.searchRequested)
        self.done_button = button("primary")
        self.done_button.setObjectName("receipt_done")
        self.done_button.clicked.connect(self.doneRequested)
        actions.addWidget(self.search_button)
        actions.addStretch(1)
        actions.addWidget(self.done_button)
        left.addLayout(actions)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        self.preview_title = label("subtitle")
        right.addWidget(self.preview_title)
        self.preview_busy = busy_bar()
        right.addWidget(self.preview_busy)
        self.preview = label("muted")
        self.preview.setObjectName("receipt_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        scroll.setMinimumWidth(240)
        scroll.setMinimumHeight(200)
        right.addWidget(scroll, 1)
        layout.addLayout(right, 2)

        shortcut(self, "Ctrl+Shift+P", self.print_status.retry)
        shortcut(self, "Return", self.doneRequested.emit)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        # Side by side from a 1024-pixel-wide window: one above the other is too tall for its
        # 600 pixels. The window's width, not this panel's: a page laid out while hidden is
        # given passing sizes, and a passing narrow one made the whole window too tall.
        wide = self.window().width() >= WIDE_FROM
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    def show_payment(self, payment: Payment, taxpayer_name: str) -> None:
        self.payment = payment
        self._taxpayer_name = taxpayer_name
        self._render()
        self.preview.setPixmap(QPixmap())
        self.preview.setText("")
        self.preview_busy.show()
        self._preview_error = None
        gateway, receipt_no, lang = self.ctx.printer, payment.receipt_no, self.ctx.lang
        self.ctx.run(lambda: gateway.receipt_png(receipt_no, lang), self._preview_ready, self._preview_failed,
                     label=self.tr("Preparing the receipt preview"))
        self.print_status.start(lambda: gateway.print_receipt(receipt_no, lang),
                                lambda: self.tr("receipt %1").replace("%1", receipt_no),
                                self.print_status.receipt_reassurance)
        self.done_button.setFocus()

    def _preview_ready(self, png: bytes) -> None:
        self.preview_busy.hide()
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap)

    def _preview_failed(self, error: BaseException) -> None:
        self.preview_busy.hide()
        self._preview_error = error  # said again in the new language after a switch
        self._say_no_preview()

    def _say_no_preview(self) -> None:
        if self._preview_error is not None:
            self.preview.setText(self.tr("No preview: %1").replace("%1", self.ctx.error_text(self._preview_error)))

    def _render(self) -> None:
        payment = self.payment
        if payment is None:
            return
        self.recorded.show_message("success", lambda: self.tr("Payment recorded. Receipt N° %1.").replace(
            "%1", payment.receipt_no))
        method = method_label(payment.method) + (f" — {payment.reference}" if payment.reference else "")
        self.summary.setText("\n".join([
            self.tr("Taxpayer: %1").replace("%1", self._taxpayer_name),
            self.tr("Tax: %1").replace("%1", self.ctx.tax_period(payment.tax_code, payment.period)),
            self.tr("Amount: %1").replace("%1", self.ctx.money(payment.amount)),
            f"({self.ctx.in_words(payment.amount)})",
            self.tr("Method: %1").replace("%1", method),
            self.tr("Balance left on this line: %1").replace("%1", self.ctx.money(max(0, payment.balance_after))),
        ] + ([self.tr("Still owed on other taxes and periods: %1").replace("%1", self.ctx.money(payment.other_due_after))]
             if payment.other_due_after else [])))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.preview_title.setText(self.tr("Receipt"))
        self.search_button.setText(self.tr("New search"))
        self.search_button.setToolTip(with_shortcut_hint(self.tr("New search"), "Ctrl+F"))
        self.done_button.setText(self.tr("Back to the taxpayer"))
        self.done_button.setToolTip(with_shortcut_hint(self.tr("Back to the taxpayer"), "Enter"))
        self._render()
        self._say_no_preview()
