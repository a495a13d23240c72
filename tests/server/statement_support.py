"""Mobile-money payments recorded on real devices and pushed, and operators' statements of them.

On 2026-11-24 (Kananga time, UTC+2) Ilunga Kabeya (device T07) takes four mobile-money payments
one in cash, and one by mobile money that he voids; Mbuyi Tshala (T08) takes one by mobile money, its reference typed in lower case.
The operator "Orange Money" exports its statement as French Excel does (a byte-order mark, `;`,
title lines, blank lines, `7 000,00 CDF`, day/month/year times, a status and a direction column)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.service import Ledger
from tests.server.reconcile_support import StepClock, lubumbashi
from tests.server.support import Server, enrolled_device, push_all


@dataclass
class MobileDay:
    t07: Ledger
    t08: Ledger
    receipts: dict[str, str]  # reference -> receipt number


def _pay(ledger: Ledger, clock: StepClock, hour: int, minute: int, name: str, amount: int, reference: str | None,
         method: str = "mobile_money") -> str:
    clock.jump(lubumbashi(24, hour, minute))
    zone = "NDE" if ledger.device.code == "T08" else "KAT"
    taxpayer = ledger.register_taxpayer(name=name, zone=zone, phone="+243812345678",
                                        objects=[{"kind": "business_premises", "reference": f"BP-{name[:4]}"}])
    return ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=amount, method=method,
                      reference=reference).receipt_no


def mobile_day(server: Server, tmp: Path) -> MobileDay:
    clock = StepClock(lubumbashi(24, 7, 30))
    t07, token = enrolled_device(tmp / "t07.db", server, "T07", clock=clock)
    t07.open_session(0)
    found = {
        "MP241124.1530.A12345": _pay(t07, clock, 9, 0, "Kalala Odia", 700_000, "MP241124.1530.A12345"),
        "OM-77821": _pay(t07, clock, 10, 0, "Mukendi Awa", 500_000, "OM-77821"),  # the operator says 4 500
        "OM-99999": _pay(t07, clock, 11, 0, "Tshibangu Nsimba", 300_000, "OM-99999"),  # not on the statement
        "OM-40404": _pay(t07, clock, 12, 0, "Banza Mwamba", 250_000, "OM-40404"),  # 3 h before the operator
    }
    _pay(t07, clock, 13, 0, "Lukusa Mbayo", 200_000, None, method="cash")
    voided = _pay(t07, clock, 13, 30, "Mulumba Kasereka", 100_000, "OM-31313")  # voided: no money expected
    t07.void(voided, "erreur de contribuable")
    t07.close_session()
    push_all(server, token, t07)
    other = StepClock(lubumbashi(24, 8))
    t08, other_token = enrolled_device(tmp / "t08.db", server, "T08", agent="Mbuyi Tshala", clock=other)
    t08.open_session(0)
    found["mp-lower-case"] = _pay(t08, other, 14, 0, "Ntumba Beya Honoré", 200_000, "mp-lower-case")
    t08.close_session()
    push_all(server, other_token, t08)
    return MobileDay(t07, t08, found)


ORANGE_MAPPING = {"reference": "Référence", "amount": "Montant", "time": "Date opération",
                  "date_format": "%d/%m/%Y %H:%M:%S", "decimal": ",", "direction": "Sens", "status": "Statut"}

# Line numbers as a text editor shows them: the header is line 4.
ORANGE_CSV = "\ufeff" + "\r\n".join([
    "Orange Money RDC - Relevé de compte marchand;;;;;",
    "Compte : 0812345678;Période : 24/11/2026;;;;",
    "",
    "Date opération;Référence;Libellé;Montant;Sens;Statut",
    "24/11/2026 09:02:10;MP241124.1530.A12345;Paiement marchand;7 000,00 CDF;Crédit;Succès",  # 5: matches
    "24/11/2026 10:01:00;OM-77821;Paiement marchand;4 500,00 CDF;Crédit;Succès",  # 6: amount mismatch
    "",
    "24/11/2026 14:03:00;MP-LOWER-CASE;Paiement marchand;2 000,00 CDF;Crédit;Succès",  # 8: matches (case)
    "24/11/2026 15:00:00;OM-55555;Paiement marchand;10 000,00 CDF;Crédit;Succès",  # 9: no receipt
    "24/11/2026 15:10:00;OM-66666;Paiement marchand;deux mille;Crédit;Succès",  # 10: unreadable amount
    "31/13/2026 15:20:00;OM-67676;Paiement marchand;1 000,00 CDF;Crédit;Succès",  # 11: unreadable time
    "24/11/2026 15:30:00;OM-88888;Retrait;5 000,00 CDF;Débit;Succès",  # 12: money out, skipped
    "24/11/2026 15:40:00;OM-12121;Paiement marchand;3 000,00 CDF;Crédit;Echec",  # 13: failed, skipped
    "24/11/2026 15:00:00;OM-40404;Paiement marchand;2 500,00 CDF;Crédit;Succès",  # 14: 3 h after its receipt
    "",
])
