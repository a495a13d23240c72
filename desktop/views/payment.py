"""Record a payment: tax and period prefilled with the oldest arrears, amount defaulting to the
balance due (a partial amount is fine), cash or mobile money with its reference, a confirmation
with the amount in words, then the receipt (see receipt_panel.py)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QVBoxLayout, QWidget)

from core.errors import QuittanceError
from core.payments import check_payment_amount
from core.textguard import check_text
from core.schedule import current_period
from core.service import TaxpayerCard
from desktop.views.page_stack import PageStack
from desktop.context import AppContext, Changes, Outcome
from desktop.labels import method_label, period_hint
from desktop.views.dialogs import ConfirmDialog
from desktop.views.receipt_panel import ReceiptPanel
from desktop.widgets import (Card, Links, Notice, busy_bar, button, field_label, label, mark_invalid, reveal,
                             scrolling, shortcut, with_shortcut_hint)

OTHER = "__other__"


class PaymentView(QWidget):
    scrolls_itself = True  # its body scrolls; its buttons stay in view
    doneRequested = Signal(str)  # back to this taxpayer's card
    searchRequested = Signal()
    sessionRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payment")
        self.ctx = ctx
        self.links = Links()
        self.card: TaxpayerCard | None = None
        self._saving = False
        self.pages = PageStack()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        # The form scrolls if it must; Cancel and Continue stay at the bottom, always in reach.
        form_page = QWidget()
        page_layout = QVBoxLayout(form_page)
        page_layout.setContentsMargins(28, 18, 28, 18)
        page_layout.setSpacing(12)
        self.title = label("title")
        page_layout.addWidget(self.title)
        fields = QWidget()
        layout = QVBoxLayout(fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        page_layout.addWidget(scrolling(fields), 1)
        box = Card()
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(18)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        box.body.addLayout(form)
        self.line = QComboBox()
        self.line.setObjectName("pay_line")
        self.line.currentIndexChanged.connect(self._line_changed)
        self.line_label = field_label()
        form.addRow(self.line_label, self.line)
        self.tax = QComboBox()
        self.tax.setObjectName("pay_tax")
        self.tax.currentIndexChanged.connect(self._tax_changed)
        self.tax_label = field_label()
        form.addRow(self.tax_label, self.tax)
        self.period = QLineEdit()
        self.period.setObjectName("pay_period")
        self.period_label = field_label()
        form.addRow(self.period_label, self.period)
        self.amount = QLineEdit()
        self.amount.setObjectName("pay_amount")
        self.amount.setProperty("role", "amount")
        self.amount.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.amount.returnPressed.connect(self.review)
        self.amount.textEdited.connect(self._check_amount_as_typed)
        self.amount_label = field_label()
        form.addRow(self.amount_label, self.amount)
        self.due_hint = label("muted")
        form.addRow("", self.due_hint)
        methods = QHBoxLayout()
        self.method_group = QButtonGroup(self)
        self.method_buttons = {}
        for method in ("cash", "mobile_money"):
            choice = button()
            choice.setObjectName(f"pay_method_{method}")
            choice.setCheckable(True)
            choice.setMinimumWidth(200)
            self.method_group.addButton(choice)
            self.method_buttons[method] = choice
            methods.addWidget(choice)
        methods.addStretch(1)
        self.method_buttons["cash"].setChecked(True)
        self.method_group.buttonToggled.connect(lambda *_: self._method_changed())
        self.method_label = field_label()
        form.addRow(self.method_label, methods)
        self.reference = QLineEdit()
        self.reference.setObjectName("pay_reference")
        self.reference_label = field_label()
        form.addRow(self.reference_label, self.reference)
        self.advance = QCheckBox()
        self.advance.setObjectName("pay_advance")
        self.advance.toggled.connect(self._check_amount_as_typed)
        self.period.textEdited.connect(self._check_amount_as_typed)
        form.addRow("", self.advance)
        self._form = form
        layout.addWidget(box)
        layout.addStretch(1)
        # What went wrong stays next to the buttons, never scrolled out of sight.
        self.notice = Notice()
        self.notice.setObjectName("pay_notice")
        page_layout.addWidget(self.notice)
        self.session_button = button()
        self.session_button.clicked.connect(self.sessionRequested)
        self.session_button.hide()
        page_layout.addWidget(self.session_button)
        self.busy = busy_bar()
        page_layout.addWidget(self.busy)
        actions = QHBoxLayout()
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.cancel)
        self.continue_button = button("primary")
        self.continue_button.setObjectName("pay_continue")
        self.continue_button.clicked.connect(self.review)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.continue_button)
        page_layout.addLayout(actions)
        self.pages.addWidget(form_page)

        self.receipt = ReceiptPanel(ctx)
        self.receipt.doneRequested.connect(lambda: self.doneRequested.emit(self._taxpayer_id()))
        self.receipt.searchRequested.connect(self.searchRequested)
        self.pages.addWidget(self.receipt)

        shortcut(self, "Ctrl+Return", self.review)
        shortcut(self, "Escape", self.cancel)
        self.links.connect(ctx.storageFaultChanged, self._storage_changed)
        self.links.connect(ctx.changed, self._changed)
        self.retranslate()

    # -- filling -------------------------------------------------------------------------
    def start(self, card: TaxpayerCard) -> None:
        """A new payment for this taxpayer; the oldest amount owed comes first."""
        self.card = card
        self.pages.setCurrentIndex(0)
        self.notice.clear()
        self.session_button.hide()
        self.reference.clear()
        self.advance.setChecked(False)
        self.method_buttons["cash"].setChecked(True)
        self.tax.blockSignals(True)
        self.tax.clear()
        for tax in self.ctx.tax_types():
            self.tax.addItem(f"{tax.code} — {tax.label_in(self.ctx.lang)}", tax)
        self.tax.blockSignals(False)
        self._fill_lines()
        self.title.setText(self.tr("Payment — %1").replace("%1", card.taxpayer["name"]))
        self.amount.setFocus()
        self.amount.selectAll()

    def resume(self) -> None:
        """Back from opening the session a refusal asked for: the form as it was typed, the amount in hand."""
        self.pages.setCurrentIndex(0)
        self.notice.clear()
        self.session_button.hide()
        self.amount.setFocus()

    def _fill_lines(self) -> None:
        self.line.blockSignals(True)
        self.line.clear()
        oldest = self.card.oldest_due() if self.card else None
        for line in (self.card.balances if self.card else []):
            if line.due > 0:
                text = f"{self.ctx.tax_period(line.tax_code, line.period)} — {self.ctx.money(line.due)}"
                if line.is_arrears:
                    text += "  ⚠ " + self.tr("arrears")
                self.line.addItem(text, line)
        self.line.addItem(self.tr("Another tax or period (advance)…"), OTHER)
        self.line.setCurrentIndex(0 if oldest else self.line.count() - 1)
        self.line.blockSignals(False)
        self._line_changed()

    def _selected_line(self):  # noqa: ANN202
        data = self.line.currentData()
        return None if data == OTHER else data

    def _line_changed(self, *_: object) -> None:
        line = self._selected_line()
        other = line is None
        for widget in (self.tax, self.tax_label, self.period, self.period_label):
            widget.setVisible(other)
        self.advance.setVisible(other)
        if line is not None:
            self.amount.setText(self.ctx.money_plain(line.due))
            self.due_hint.setText(self.tr("Balance due on this line: %1. A smaller amount is a partial payment.")
                                  .replace("%1", self.ctx.money(line.due)))
        else:
            self._tax_changed()
            self.amount.clear()
            self.due_hint.setText(self.tr("Nothing is owed here yet: tick “advance” if the taxpayer pays ahead."))
        self._check_amount_as_typed()

    def _tax_changed(self, *_: object) -> None:
        tax = self.tax.currentData()
        if tax is None:
            return
        self.period.setText(current_period(tax.periodicity, self.ctx.ledger.today()))
        self.period.setPlaceholderText(period_hint(tax.periodicity))
        self._check_amount_as_typed()  # another tax is another balance

    def _method_changed(self) -> None:
        mobile = self.method_buttons["mobile_money"].isChecked()
        self.reference.setVisible(mobile)
        self.reference_label.setVisible(mobile)
        if mobile:
            self.reference.setFocus()

    # -- the amount, checked as it is typed -------------------------------------------------
    def _due(self) -> tuple[int, bool]:
        """What is owed on the line being paid, and whether the agent records an advance."""
        line = self._selected_line()
        if line is not None:
            return line.due, False
        tax, period = self.tax.currentData(), self.period.text().strip()
        due = sum(b.due for b in (self.card.balances if self.card else [])
                  if tax is not None and (b.tax_code, b.period) == (tax.code, period))
        return due, self.advance.isChecked()

    def _check_amount(self, amount: int) -> None:
        """Core's own rule (maximum per payment, no more than the balance unless an advance):
        what the form refuses here is exactly what recording would refuse."""
        due, advance = self._due()
        check_payment_amount(amount, due, self.ctx.currency, self.ctx.payment_limit, advance=advance)

    def _check_amount_as_typed(self, *_: object) -> None:
        """Too much is said while the amount is typed, with the most that can be paid, before any
        dialog. A half-typed number ("1 5") is not an error yet: it is said on Continue."""
        if self.card is None or self.pages.currentIndex() != 0:
            return
        try:
            self._check_amount(self.ctx.parse_money(self.amount.text(), payment=True))
        except QuittanceError as error:
            if error.code in ("amount_above_balance", "amount_too_large"):
                mark_invalid(self.amount, True)
                self.notice.show_message("error", lambda error=error: error.message(self.ctx.lang),
                                         cause="amount_limit")
            return
        if self.notice.cause == "amount_limit":
            mark_invalid(self.amount, False)
            self.notice.clear("amount_limit")

    def method(self) -> str:
        return "mobile_money" if self.method_buttons["mobile_money"].isChecked() else "cash"

    def _taxpayer_id(self) -> str:
        return self.card.taxpayer["id"] if self.card else ""

    # -- committing ----------------------------------------------------------------------
    def review(self) -> None:
        """Check what can be checked here, then ask for confirmation with the amount in words."""
        if self.card is None or self._saving or self.pages.currentIndex() != 0 or self.ctx.storage_fault:
            return
        prepared = self.confirmation()
        if prepared is None:
            return
        dialog, commit = prepared
        if dialog.exec() == ConfirmDialog.DialogCode.Accepted:
            commit()

    def confirmation(self) -> tuple[ConfirmDialog, Callable[[], None]] | None:
        """The confirmation dialog for what is on the form, and what to run if confirmed;
        None (with the problem shown) when the form cannot be submitted as it is."""
        self.notice.clear()
        for field in (self.amount, self.reference):
            mark_invalid(field, False)
        try:
            amount = self.ctx.parse_money(self.amount.text(), payment=True)
            self._check_amount(amount)  # an overpayment never reaches the dialog
        except QuittanceError as error:
            limit = error.code in ("amount_above_balance", "amount_too_large")
            self._invalid(self.amount, error, "amount_limit" if limit else "amount")
            return None
        line = self._selected_line()
        tax = self.tax.currentData()
        tax_code, period = (line.tax_code, line.period) if line else (tax.code, self.period.text().strip())
        tax_text = self.ctx.tax_period(tax_code, period)
        reference = self.reference.text().strip() if self.method() == "mobile_money" else None
        if self.method() == "mobile_money" and not reference:
            self._invalid(self.reference, QuittanceError("reference_required"), "reference")
            return None
        try:
            check_text(reference, "reference")
        except QuittanceError as error:
            self._invalid(self.reference, error, "reference")
            return None
        method_text = method_label(self.method()) + (f" — {reference}" if reference else "")
        text = "\n".join([
            self.tr("From: %1").replace("%1", self.card.taxpayer["name"]),
            self.tr("For: %1").replace("%1", tax_text),
            self.tr("Method: %1").replace("%1", method_text)])
        dialog = ConfirmDialog(self.tr("Confirm the payment"), text, self.tr("Confirm and record"),
                               self.tr("Back"), parent=self)
        dialog.setObjectName("confirm_payment")
        big = label("big", self.ctx.money(amount))
        big.setObjectName("confirm_amount")
        words = label("subtitle", self.ctx.in_words(amount))
        words.setObjectName("confirm_words")
        dialog.extra.addWidget(big)
        dialog.extra.addWidget(words)
        advance = line is None and self.advance.isChecked()
        return dialog, lambda: self._commit(tax_code, period, amount, reference, advance)

    def _invalid(self, widget: QLineEdit, error: QuittanceError, cause: str) -> None:
        mark_invalid(widget, True)
        widget.setFocus()
        reveal(widget)
        self.notice.show_message("error", lambda: error.message(self.ctx.lang), cause=cause)

    def _commit(self, tax_code: str, period: str, amount: int, reference: str | None, advance: bool) -> None:
        self._saving = True
        self.continue_button.setEnabled(False)
        self.busy.show()
        ledger, taxpayer_id, method = self.ctx.ledger, self._taxpayer_id(), self.method()

        def work() -> Outcome:
            payment = ledger.pay(taxpayer_id=taxpayer_id, tax_code=tax_code, period=period, amount=amount,
                                 method=method, reference=reference, advance=advance)
            return Outcome(payment, Changes(taxpayers=frozenset({taxpayer_id}), payments=True, session=True))

        self.ctx.run(work, self._recorded, self._refused, label=self.tr("Recording the payment"))

    def _storage_changed(self) -> None:
        """No new payment while storage is failing (the banner says why); the form stays filled.
        Once the storage works again, the refusal it caused goes too."""
        self.continue_button.setEnabled(not self._saving and self.ctx.storage_fault is None)
        if self.ctx.storage_fault is None:
            self.notice.clear("storage")

    def _changed(self, changes: Changes) -> None:
        """A session opened elsewhere ends the "no open session" refusal shown here."""
        if changes.session and self.notice.cause == "no_open_session":
            self.notice.clear("no_open_session")
            self.session_button.hide()

    def _recorded(self, payment) -> None:  # noqa: ANN001
        self._saving = False
        self._storage_changed()
        # The receipt is filled while its page is hidden, then shown, then the form's busy bar goes
        # once the form is hidden: showing or hiding a widget on a screen in sight lays out the
        # whole window again at once, and a few of those made this one turn last several frames.
        self.receipt.show_payment(payment, self.card.taxpayer["name"])
        self.pages.setCurrentIndex(1)
        self.busy.hide()
        self.receipt.done_button.setFocus()

    def _refused(self, error: BaseException) -> None:
        # Everything typed stays in place: the agent fixes one thing and continues.
        self._saving = False
        self.busy.hide()
        self._storage_changed()
        storage = self.ctx.ledger.as_storage_fault(error) is not None
        cause = "storage" if storage else error.code if isinstance(error, QuittanceError) else "error"
        self.notice.show_message("error", lambda: self.ctx.error_text(error), cause=cause)
        self.session_button.setVisible(cause == "no_open_session")

    def cancel(self) -> None:
        if self.pages.currentIndex() == 0 and not self._saving:
            self.doneRequested.emit(self._taxpayer_id())

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.line_label.setText(self.tr("What is paid"))
        self.tax_label.setText(self.tr("Tax"))
        self.period_label.setText(self.tr("Period"))
        self.amount_label.setText(self.tr("Amount (%1)").replace("%1", self.ctx.currency))
        self.method_label.setText(self.tr("Method"))
        self.reference_label.setText(self.tr("Transaction ref."))
        self.reference.setPlaceholderText(self.tr("Reference of the mobile money transfer"))
        for method, choice in self.method_buttons.items():
            choice.setText(method_label(method))
        self.advance.setText(self.tr("Advance: the taxpayer pays ahead"))
        self.session_button.setText(self.tr("Open a session"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(with_shortcut_hint(self.tr("Cancel"), "Esc"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setToolTip(with_shortcut_hint(self.tr("Continue"), "Ctrl+Return"))
        if self.card is not None:
            self.title.setText(self.tr("Payment — %1").replace("%1", self.card.taxpayer["name"]))
            index, amount, period = self.line.currentIndex(), self.amount.text(), self.period.text()
            self._fill_lines()  # line texts hold formatted amounts and periods in words
            self.line.setCurrentIndex(index)
            self.amount.setText(amount)
            self.period.setText(period)
            self._check_amount_as_typed()
        for i in range(self.tax.count()):  # tax labels follow the UI language
            tax = self.tax.itemData(i)
            self.tax.setItemText(i, f"{tax.code} — {tax.label_in(self.ctx.lang)}")
        self._method_changed()

    def teardown(self) -> None:
        self.links.disconnect_all()
