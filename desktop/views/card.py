"""The taxpayer card: identity, location, taxable objects, balances with arrears, and the payment
history, from which a receipt can be reprinted (DUPLICATA) or voided with a reason."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QTableView,
                               QVBoxLayout, QWidget)

from core.changes import Changes
from core.read_models import TaxpayerCard
from desktop.context import AppContext
from desktop.tasks import Latest
from desktop.labels import location_source_label, object_kind_label, taxpayer_kind_label
from desktop.models.card_models import BalancesModel, PaymentsModel
from desktop.views.dialogs import VoidDialog
from desktop.turns import after_frame
from desktop.views.print_status import PrintStatus
from desktop.views.registered_box import RegisteredBox
from desktop.views.withdrawn_notice import WithdrawnNotice
from desktop.widgets import Card, Links, Notice, busy_bar, button, label, scrolling, shortcut, with_shortcut_hint

ROW_PX = 50


def _fit_table(table: QTableView) -> None:
    """Tables sit in the page's scroll area: show every row instead of a second scrollbar."""
    table.resizeRowsToContents()
    rows = table.model().rowCount()
    height = sum(max(ROW_PX, table.rowHeight(row)) for row in range(rows)) or ROW_PX
    table.setFixedHeight(table.horizontalHeader().height() + height + 6)


def _table(model) -> QTableView:  # noqa: ANN001
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_PX)
    table.verticalHeader().setMinimumSectionSize(ROW_PX)
    table.setWordWrap(True)  # a void's reason is read in full: a tablet has no hover tooltip
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class CardView(QWidget):
    scrolls_itself = True  # its body scrolls; its buttons stay in view
    payRequested = Signal(object)  # TaxpayerCard
    editRequested = Signal(object)  # TaxpayerCard
    sessionRequested = Signal()
    backRequested = Signal()
    newTaxpayerRequested = Signal()
    censusRequested = Signal(str)  # taxpayer id: a census form about this taxpayer (desktop/forms/)
    outlineRequested = Signal(object)  # TaxableObject: draw its outline on the map

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.ctx = ctx
        self.links = Links()
        self.card: TaxpayerCard | None = None
        self.session_open = False
        self.taxpayer_id: str | None = None
        self._latest = Latest()
        self._fit_token = 0  # the newest table fit asked for; an older one is dropped

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 10)
        header = QHBoxLayout()
        self.back_button = button()
        self.back_button.clicked.connect(self.backRequested)
        header.addWidget(self.back_button)
        self.name = label("title")
        self.name.setObjectName("card_name")
        header.addWidget(self.name, 1)
        self.edit_button = button()
        self.edit_button.setObjectName("card_edit")
        self.edit_button.clicked.connect(lambda: self.card and self.editRequested.emit(self.card))
        header.addWidget(self.edit_button)
        self.pay_button = button("primary")
        self.pay_button.setObjectName("card_pay")
        self.pay_button.clicked.connect(self.request_payment)
        header.addWidget(self.pay_button)
        outer.addLayout(header)
        self.busy = busy_bar()
        outer.addWidget(self.busy)
        self.notice = Notice()
        outer.addWidget(self.notice)
        self.registered_id: str | None = None  # just registered: confirm it, offer the payment
        self.registered_box = RegisteredBox()
        self.registered_box.payRequested.connect(self._pay_after_registration)
        self.registered_box.anotherRequested.connect(self._another_after_registration)
        self.registered_box.dismissed.connect(self.dismiss_registered)
        outer.addWidget(self.registered_box)
        session_row = QHBoxLayout()
        self.session_note = Notice()
        self.session_button = button()
        self.session_button.clicked.connect(self.sessionRequested)
        session_row.addWidget(self.session_note, 1)
        session_row.addWidget(self.session_button)
        self.session_box = QWidget()
        self.session_box.setLayout(session_row)
        self.session_box.hide()
        outer.addWidget(self.session_box)
        self.withdrawn_note = WithdrawnNotice()  # left this device's zones: why nothing new can be recorded
        self.withdrawn_note.setObjectName("card_withdrawn")
        outer.addWidget(self.withdrawn_note)

        page = QWidget()
        body = QVBoxLayout(page)
        body.setSpacing(14)
        outer.addWidget(scrolling(page), 1)

        top = QHBoxLayout()
        self.identity = Card()
        self.identity_title = label("subtitle")
        self.identity_text = label("")
        self.identity_text.setObjectName("card_identity")
        self.identity.body.addWidget(self.identity_title)
        self.identity.body.addWidget(self.identity_text)
        self.identity.body.addStretch(1)
        self.location = Card()
        self.location_title = label("subtitle")
        self.location_text = label("")
        self.location_text.setObjectName("card_location")
        self.location.body.addWidget(self.location_title)
        self.location.body.addWidget(self.location_text)
        self.location.body.addStretch(1)
        top.addWidget(self.identity, 3)
        top.addWidget(self.location, 2)
        body.addLayout(top)

        balances = Card()
        balance_head = QHBoxLayout()
        self.balances_title = label("subtitle")
        self.total_due = label("big", wrap=False)
        self.total_due.setObjectName("card_total_due")
        self.total_due.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        balance_head.addWidget(self.balances_title, 1)
        balance_head.addWidget(self.total_due)
        balances.body.addLayout(balance_head)
        self.balances_model = BalancesModel(ctx.money, self, period=ctx.period, tax_label=ctx.tax_label)
        self.balances_table = _table(self.balances_model)
        self.balances_table.setObjectName("card_balances")
        for column in (2, 3, 4):  # amounts whole, never elided ("CDF 23,765…"); the labels wrap instead
            self.balances_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        balances.body.addWidget(self.balances_table)
        body.addWidget(balances)

        objects = Card()
        objects_head = QHBoxLayout()
        self.objects_title = label("subtitle")
        objects_head.addWidget(self.objects_title, 1)
        self.census_button = button()
        self.census_button.setObjectName("card_census")
        self.census_button.clicked.connect(lambda: self.card and self.censusRequested.emit(self.card.taxpayer["id"]))
        objects_head.addWidget(self.census_button)
        self.objects_text = label("")
        self.objects_text.setObjectName("card_objects")
        objects.body.addLayout(objects_head)
        objects.body.addWidget(self.objects_text)
        # One "Outline" button per object (desktop/map/polygon_tool.py), one under the other: two
        # side by side ("Contorno de MAR-MAL-0000001A") widened the card past 1024 px in Portuguese.
        self.outline_row = QVBoxLayout()
        self.outline_row.setSpacing(8)
        self.outline_buttons: list = []
        objects.body.addLayout(self.outline_row)
        body.addWidget(objects)

        history = Card()
        history_head = QHBoxLayout()
        self.history_title = label("subtitle")
        history_head.addWidget(self.history_title, 1)
        self.reprint_button = button()
        self.reprint_button.setObjectName("card_reprint")
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.void_button = button("danger")
        self.void_button.setObjectName("card_void")
        self.void_button.clicked.connect(self.void_selected)
        history_head.addWidget(self.reprint_button)
        history_head.addWidget(self.void_button)
        history.body.addLayout(history_head)
        self.payments_model = PaymentsModel(ctx.money, ctx.when, self, tax_period=ctx.tax_period)
        self.payments_table = _table(self.payments_model)
        self.payments_table.setObjectName("card_payments")
        for column in (0, 1, 3):  # the receipt number, its date and the amount, whole
            self.payments_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.payments_table.selectionModel().selectionChanged.connect(self._selection_changed)
        history.body.addWidget(self.payments_table)
        self.history_empty = label("muted")
        history.body.addWidget(self.history_empty)
        self.print_status = PrintStatus(ctx)
        history.body.addWidget(self.print_status)
        body.addWidget(history)
        body.addStretch(1)

        shortcut(self, "Ctrl+P", self.request_payment)
        shortcut(self, "Ctrl+E", lambda: self.edit_button.isEnabled() and self.edit_button.click())
        shortcut(self, "Ctrl+R", self.reprint_selected)
        shortcut(self, "Ctrl+Shift+V", self.void_selected)
        shortcut(self, "Ctrl+Shift+P", self.print_status.retry)
        shortcut(self, "Escape", self.backRequested.emit)
        self._stale = False  # changed while out of sight: read again once shown
        self.links.connect(ctx.changed, self._changed)
        self.links.connect(ctx.storageFaultChanged, self._update_pay_button)
        self.links.connect(ctx.storageFaultChanged, lambda: ctx.storage_fault is None and self.notice.clear("storage"))
        self.retranslate()
        self._render()

    # -- loading -------------------------------------------------------------------------
    def open(self, taxpayer_id: str) -> None:
        if taxpayer_id != self.taxpayer_id:
            self.card = None
            self.print_status.reset()
            self.notice.clear()
            self.dismiss_registered()
            self._render()
        self.taxpayer_id = taxpayer_id
        self.reload()

    def reload(self) -> None:
        self._stale = False
        if self.taxpayer_id is None:
            return
        self.busy.show()
        ledger, taxpayer_id = self.ctx.ledger, self.taxpayer_id
        token = self._latest.next()
        self.ctx.run(lambda: (ledger.reads.taxpayer_card(taxpayer_id), ledger.current_session_id()),
                     self._latest.only_latest(token, lambda loaded: self._loaded(taxpayer_id, loaded)), self._failed,
                     label=self.tr("Opening the taxpayer card"))

    def _loaded(self, taxpayer_id: str, loaded: tuple[TaxpayerCard, str | None]) -> None:
        if taxpayer_id != self.taxpayer_id:
            return  # the agent moved on to another taxpayer
        self.busy.hide()
        self.notice.clear("failed")  # what failed before has just worked
        self.card, session_id = loaded
        self.session_open = session_id is not None
        self._render()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        storage = self.ctx.ledger.as_storage_fault(error) is not None
        self.notice.show_message("error", lambda: self.ctx.error_text(error), cause="storage" if storage else "failed")

    def _changed(self, changes: Changes) -> None:
        if self.taxpayer_id and (self.taxpayer_id in changes.taxpayers or changes.session or changes.registry):
            if self.isVisible():
                self.reload()
            else:  # read again once shown: meanwhile it would compete with the screen in sight
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- display -------------------------------------------------------------------------
    def _fit_tables(self) -> None:
        _fit_table(self.balances_table)
        _fit_table(self.payments_table)

    def _update_pay_button(self) -> None:
        """No payment without a session, for a deactivated or withdrawn taxpayer, or while storage is failing."""
        card = self.card
        self.pay_button.setEnabled(card is not None and self.session_open and card.taxpayer["status"] == "active"
                                   and card.withdrawal is None and self.ctx.storage_fault is None)

    def _render(self) -> None:
        card = self.card
        loaded = card is not None
        self.edit_button.setEnabled(loaded and card.withdrawal is None)
        self.census_button.setEnabled(loaded and card.withdrawal is None)
        self.withdrawn_note.show_for(card)
        self._update_pay_button()
        self.session_box.setVisible(loaded and not self.session_open)
        if loaded and card.taxpayer["id"] == self.registered_id and self.registered_box.isHidden():
            self.registered_box.show_for(card)
            self.registered_box.pay_button.setFocus()
        if not loaded:
            self.name.setText("…")
            for widget in (self.identity_text, self.location_text, self.objects_text, self.total_due):
                widget.setText("")
            self.balances_model.set_lines([])
            self.payments_model.set_payments([])
            self._after_tables()
            return
        t = card.taxpayer
        self.name.setText(t["name"])
        # Moved away: the device keeps its last copy of the row, but the zone is the one the server named.
        moved = card.withdrawal is not None and card.withdrawal.reason == "moved" and card.withdrawal_zone_name
        rows = [(self.tr("Type"), taxpayer_kind_label(t["kind"])),
                (self.tr("Business name"), t["business_name"]), (self.tr("ID number"), t["id_number"]),
                (self.tr("Phone"), t["phone"]), (self.tr("Zone"), card.withdrawal_zone_name if moved else card.zone_name),
                (self.tr("Address"), t["address"])]
        if t["status"] != "active":
            rows.insert(0, (self.tr("Status"), self.tr("Deactivated")))
        self.identity_text.setText("\n".join(self.tr("%1: %2").replace("%1", name).replace("%2", str(value))
                                             for name, value in rows if value))
        if t["latitude"] is not None:
            accuracy = (self.tr("± %1 m").replace("%1", self.ctx.decimal(t["accuracy_m"])) if t["accuracy_m"]
                        else self.tr("accuracy unknown"))
            self.location_text.setText("\n".join([
                f"{t['latitude']:.6f}, {t['longitude']:.6f}", accuracy,
                self.tr("Source: %1").replace("%1", location_source_label(t["location_source"])),
                self.tr("Fix time: %1").replace("%1", self.ctx.when(t["fix_time"]))]))
        else:
            self.location_text.setText(self.tr("No position recorded. Edit the card to capture one."))
        self.objects_text.setText("\n".join(
            f"• {object_kind_label(o.kind)} — {o.reference}" + (f" ({o.description})" if o.description else "")
            + (" — " + self.tr("outline %1 m²").replace("%1", self.ctx.decimal(o.area_m2)) if o.area_m2 else "")
            for o in card.objects) or self.tr("No taxable object recorded."))
        self._outline_buttons(card.objects)
        self.total_due.setText(self.tr("Total due: %1").replace("%1", self.ctx.money(card.total_due)))
        self.balances_model.set_lines(card.balances)
        self.payments_model.set_payments(card.payments)
        self._after_tables()

    def _after_tables(self) -> None:
        # The rows are measured on the next turn: measuring every wrapped cell is the longest part
        # of showing a card, and the name, the total due and the pay button come first.
        token = self._fit_token = self._fit_token + 1
        after_frame(self, lambda: token == self._fit_token and self._fit_tables())
        has_payments = self.payments_model.rowCount() > 0
        self.payments_table.setVisible(has_payments)
        self.history_empty.setVisible(not has_payments)
        if has_payments and not self.payments_table.selectionModel().hasSelection():
            self.payments_table.selectRow(0)
        self._selection_changed()

    def _selected_payment(self):  # noqa: ANN202
        rows = self.payments_table.selectionModel().selectedRows()
        return self.payments_model.payment(rows[0].row()) if rows else None

    def _outline_buttons(self, objects) -> None:  # noqa: ANN001 - list[TaxableObject]
        for old in self.outline_buttons:
            self.outline_row.removeWidget(old)
            old.deleteLater()
        self.outline_buttons = []
        for obj in objects[:4]:  # a card with more objects draws them from the map's search, not here
            widget = button()
            widget.setObjectName("card_outline")
            widget.setText(self.tr("Outline of %1").replace("%1", obj.reference))
            widget.clicked.connect(lambda _checked=False, o=obj: self.outlineRequested.emit(o))
            self.outline_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
            self.outline_buttons.append(widget)

    def _selection_changed(self, *_: object) -> None:
        payment = self._selected_payment()
        self.reprint_button.setEnabled(payment is not None)
        self.void_button.setEnabled(payment is not None and not payment.voided)

    # -- just registered -----------------------------------------------------------------
    def confirm_registered(self, taxpayer_id: str) -> None:
        """Show the confirmation once this taxpayer's card is loaded."""
        self.registered_id = taxpayer_id
        self._render()

    def dismiss_registered(self) -> None:
        self.registered_id = None
        self.registered_box.hide()

    def _pay_after_registration(self) -> None:
        self.dismiss_registered()
        if self.pay_button.isEnabled():
            self.request_payment()
        elif self.card is not None and not self.session_open:
            self.sessionRequested.emit()  # the window brings the agent back to the payment once it is open

    def _another_after_registration(self) -> None:
        self.dismiss_registered()
        self.newTaxpayerRequested.emit()

    # -- actions -------------------------------------------------------------------------
    def request_payment(self) -> None:
        if self.card is not None and self.pay_button.isEnabled():
            self.payRequested.emit(self.card)

    def reprint_selected(self) -> None:
        payment = self._selected_payment()
        if payment is None or self.print_status.state == "printing":
            return
        gateway, lang, receipt_no = self.ctx.printer, self.ctx.lang, payment.receipt_no
        self.print_status.start(lambda: gateway.print_receipt(receipt_no, lang),
                                lambda: self.tr("duplicate of receipt %1").replace("%1", receipt_no),
                                self.print_status.receipt_reassurance, receipt_no=receipt_no)

    def void_selected(self) -> None:
        payment = self._selected_payment()
        if payment is None or payment.voided:
            return
        dialog = VoidDialog(payment.receipt_no, self.ctx.money(payment.amount), self)
        if dialog.exec() != VoidDialog.DialogCode.Accepted:
            return
        reason = dialog.reason_text()
        self.busy.show()
        self.ctx.op(lambda ledger: ledger.void(payment.receipt_no, reason), lambda voided: self.notice.show_message(
            "success", lambda: self.tr("Receipt %1 is voided.").replace("%1", voided.receipt_no)), self._failed,
            label=self.tr("Voiding the receipt"))

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(with_shortcut_hint(self.tr("Back"), "Esc"))
        self.edit_button.setText(self.tr("Edit"))
        self.census_button.setText(self.tr("Census form"))
        self.edit_button.setToolTip(with_shortcut_hint(self.tr("Edit the card"), "Ctrl+E"))
        self.pay_button.setText(self.tr("Take a payment"))
        self.pay_button.setToolTip(with_shortcut_hint(self.tr("Take a payment"), "Ctrl+P"))
        self.session_note.show_message("warning", self.tr("No cash session is open: open one to take payments."))
        self.session_button.setText(self.tr("Open a session"))
        self.identity_title.setText(self.tr("Identity"))
        self.location_title.setText(self.tr("Location"))
        self.balances_title.setText(self.tr("Balances"))
        self.objects_title.setText(self.tr("Taxable objects"))
        self.history_title.setText(self.tr("Payments"))
        self.history_empty.setText(self.tr("No payment yet."))
        self.reprint_button.setText(self.tr("Reprint (duplicate)"))
        self.reprint_button.setToolTip(with_shortcut_hint(self.tr("Reprint the selected receipt"), "Ctrl+R"))
        self.void_button.setText(self.tr("Void receipt…"))
        self.void_button.setToolTip(with_shortcut_hint(self.tr("Void the selected receipt"), "Ctrl+Shift+V"))
        self.balances_model.retranslate()
        self.payments_model.retranslate()
        self._render()

    def teardown(self) -> None:
        self.links.disconnect_all()
