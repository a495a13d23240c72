"""The confirmation shown on a taxpayer's card right after the taxpayer was registered: who was
recorded (name, identity number, object references), with the next step at hand: take a
payment at once, register the next taxpayer, or just carry on with the card."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from core.service import TaxpayerCard
from desktop.widgets import button, label, set_role


class RegisteredBox(QFrame):
    payRequested = Signal()
    anotherRequested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_registered")
        set_role(self, "success")
        self.card: TaxpayerCard | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.text = label("success")
        self.text.setObjectName("card_registered_text")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.pay_button = button("primary")
        self.pay_button.setObjectName("card_registered_pay")
        self.pay_button.clicked.connect(self.payRequested)
        self.another_button = button()
        self.another_button.setObjectName("card_registered_another")
        self.another_button.clicked.connect(self.anotherRequested)
        self.ok_button = button()
        self.ok_button.setObjectName("card_registered_ok")
        self.ok_button.clicked.connect(self.dismissed)
        row.addWidget(self.pay_button)
        row.addWidget(self.another_button)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        self.hide()
        self.retranslate()

    def show_for(self, card: TaxpayerCard) -> None:
        self.card = card
        self._render()
        self.show()

    def _render(self) -> None:
        if self.card is None:
            return
        t = self.card.taxpayer
        lines = [self.tr("Taxpayer registered: %1").replace("%1", t["name"])]
        if t["id_number"]:
            lines.append(self.tr("ID number: %1").replace("%1", t["id_number"]))
        references = [o.reference for o in self.card.objects if o.reference]
        if references:
            lines.append(self.tr("Reference: %1").replace("%1", ", ".join(references)))
        if len(lines) == 1:
            lines.append(self.tr("No ID number or object reference was given."))
        self.text.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.pay_button.setText(self.tr("Take a payment"))
        self.another_button.setText(self.tr("Register another"))
        self.ok_button.setText(self.tr("OK"))
        self._render()
