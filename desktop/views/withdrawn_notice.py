"""What the taxpayer card says of a taxpayer that left this device's zones (core/withdrawals.py):
kept here for its receipts, closed to new payments and changes."""
from __future__ import annotations

from core.read_models import TaxpayerCard
from desktop.widgets import Notice


class WithdrawnNotice(Notice):
    def show_for(self, card: TaxpayerCard | None) -> None:
        if card is None or card.withdrawal is None:
            self.clear()
            return
        self.show_message("warning", lambda: self._text(card))  # written again on a language switch

    def _text(self, card: TaxpayerCard) -> str:
        zone = card.withdrawal_zone_name or "?"
        if card.withdrawal.reason == "zone":
            why = self.tr("Zone %1 is no longer assigned to this device's agents.").replace("%1", zone)
        elif card.withdrawal_zone_name:
            why = self.tr("This taxpayer was moved to another zone, %1, which this device does not serve.") \
                .replace("%1", zone)
        else:
            why = self.tr("This taxpayer was moved to another zone, which this device does not serve.")
        return why + " " + self.tr("Its receipts stay here and can be reprinted or voided; no new payment "
                                   "or change can be recorded.")
