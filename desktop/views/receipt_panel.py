"""After a payment is committed: what was recorded, the receipt as it will print, and the print
job's status. The payment is already safe on disk before any of this starts (invariant 7), and
never waits for the printer: when none answers, the stub (receipt number and verification code,
large, for the agent to copy by hand) replaces the paper until the print queue prints it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from core.payments import Payment
from core.token import verification_code
from desktop.context import AppContext
from desktop.labels import method_label
from desktop.turns import after_frame
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
        self.summary_card = summary
        self.summary = label("")
        self.summary.setObjectName("receipt_summary")
        summary.body.addWidget(self.summary)
        left.addWidget(summary)
        self.print_status = PrintStatus(ctx)
        self.print_status.stateChanged.connect(self._print_state)
        left.addWidget(self.print_status)
        self.stub = StubCard()
        left.addWidget(self.stub)
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
        """Called while this panel is still hidden (PaymentView._recorded shows it afterwards):
        every widget shown or hidden here then costs nothing, where on a screen in sight each one
        lays out the whole window again. The payment is on disk already: nothing waits on this."""
        self.payment = payment
        self._taxpayer_name = taxpayer_name
        self._render()
        self._print_state("idle")
        self.preview.setPixmap(QPixmap())
        self.preview.setText("")
        self.preview_busy.show()
        self._preview_error = None
        self._start_jobs(payment.receipt_no)
        self.done_button.setFocus()

    def _start_jobs(self, receipt_no: str) -> None:
        gateway, lang = self.ctx.printer, self.ctx.lang
        # The preview once the screen is drawn: drawing it is the longest Python work after a
        # payment, and a worker running Python slows the UI thread down (they share one lock).
        after_frame(self, lambda: self._start_preview(receipt_no))
        # The original only if nobody printed it yet: the queue may get there first.
        self.print_status.start(lambda: gateway.print_original(receipt_no, lang),
                                lambda: self.tr("receipt %1").replace("%1", receipt_no),
                                lambda: self.tr("The payment is recorded; the receipt prints by itself as soon as "
                                                "a printer answers."), receipt_no=receipt_no, defer=True)

    def _start_preview(self, receipt_no: str) -> None:
        if self.payment is None or self.payment.receipt_no != receipt_no:
            return  # another payment came in between: its own preview is on its way
        gateway, lang = self.ctx.printer, self.ctx.lang
        self.ctx.run(lambda: gateway.receipt_image(receipt_no, lang), self._preview_ready, self._preview_failed,
                     label=self.tr("Preparing the receipt preview"))

    def _print_state(self, state: str) -> None:
        # Nothing printed: the stub takes the place of the summary and of "Payment recorded" (the
        # failure notice says it, the preview shows the rest), so the number and the code stay
        # large and the screen still fits 1024 x 600.
        failed = state == "failed"
        if failed and self.payment is not None:  # filled only when shown: it costs a layout
            self.stub.set_receipt(self.payment.receipt_no, verification_code(self.payment.token))
        self.stub.setVisible(failed)
        self.summary_card.setVisible(not failed)
        self.recorded.setVisible(not failed)

    def _preview_ready(self, image: QImage) -> None:
        self.preview_busy.hide()
        self.preview.setPixmap(QPixmap.fromImage(image))

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
        self.recorded.setVisible(self.print_status.state != "failed")  # the stub says it then
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


class StubCard(Card):
    """What the agent copies by hand onto a paper stub for the citizen when nothing prints: the
    receipt number and the short verification code the citizen can type to check it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_stub")
        self.title = label("subtitle")
        self.body.addWidget(self.title)
        # Captions above the values: the column is narrow at 1024 px, and Portuguese captions long.
        grid = QGridLayout()
        grid.setVerticalSpacing(0)
        self.number_caption, self.code_caption = label("muted", wrap=False), label("muted", wrap=False)
        self.number = label("big", wrap=False, selectable=True)
        self.number.setObjectName("stub_receipt_no")
        self.code = label("big", wrap=False, selectable=True)
        self.code.setObjectName("stub_code")
        self.code.setStyleSheet("font-family: monospace;")
        grid.addWidget(self.number_caption, 0, 0)
        grid.addWidget(self.number, 1, 0)
        grid.addWidget(self.code_caption, 2, 0)
        grid.addWidget(self.code, 3, 0)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.hide()
        self.retranslate()

    def set_receipt(self, receipt_no: str, code: str) -> None:
        self.number.setText(receipt_no)
        self.code.setText(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Write on the citizen's stub:"))
        self.number_caption.setText(self.tr("Receipt N°"))
        self.code_caption.setText(self.tr("Verification code"))
