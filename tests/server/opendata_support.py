"""A seeded collection for the open-data tests: a real device takes real payments at chosen
moments around the end of October 2026 (Kananga's time, UTC+2), voids one, and pushes them.

November 2026, by zone and tax (distinct taxpayers whose receipts stand):
    KAT/PAT 6 (and a 7th whose receipt is voided)   KAT/MAR 2 (fewer than five: hidden)
    NDE/PAT 5                                         NDE/MAR 6
The first November payment is made at 00:30 on 1 November in Kananga, 22:30 UTC on 31 October;
one payment at 23:30 on 31 October in Kananga belongs to October."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tests.server.support import Server, enrolled_device, push_all
from tests.server.verify_support import MovingClock

OBJECT_FOR_TAX = {"PAT": ("business_premises", "2026"), "MAR": ("market_stall", "2026-11")}
NOVEMBER = {("KAT", "PAT"): [410_000, 520_000, 630_000, 740_000, 850_000, 960_000],
            ("KAT", "MAR"): [30_000, 45_000],
            ("NDE", "PAT"): [1_000_000, 1_100_000, 1_200_000, 1_300_000, 1_400_000],
            ("NDE", "MAR"): [50_000, 60_000, 70_000, 80_000, 90_000, 100_000]}
VOIDED_AMOUNT = 999_000  # KAT/PAT, voided: counted as a receipt and a void, not in the amount
OCTOBER_AMOUNT = 2_000_000  # KAT/PAT, 23:30 on 31 October in Kananga
LAST_OCTOBER = datetime(2026, 10, 31, 21, 30, tzinfo=timezone.utc)
FIRST_NOVEMBER = datetime(2026, 10, 31, 22, 30, tzinfo=timezone.utc)


@dataclass
class Seeded:
    names: list[str] = field(default_factory=list)
    receipt_numbers: list[str] = field(default_factory=list)
    taxpayer_ids: list[str] = field(default_factory=list)
    device_id: str = ""
    ledger: Any = None  # the device, to record more
    token: str = ""
    clock: Any = None


def seed(server: Server, folder: Path) -> Seeded:
    clock = MovingClock(LAST_OCTOBER - timedelta(hours=1))
    ledger, token = enrolled_device(folder / "device.db", server, clock=clock)
    clock.moment = LAST_OCTOBER
    seeded = Seeded(device_id=ledger.device.id, ledger=ledger, token=token, clock=clock)
    ledger.open_session(0)
    _pay(ledger, seeded, "Kabasélé Ngoyi Françoise", "KAT", "PAT", OCTOBER_AMOUNT)
    clock.moment = FIRST_NOVEMBER
    for (zone, tax), amounts in NOVEMBER.items():
        for n, amount in enumerate(amounts):
            _pay(ledger, seeded, f"Contribuable {zone} {tax} numéro {n + 1}", zone, tax, amount)
            clock.moment += timedelta(hours=7)
    voided = _pay(ledger, seeded, "Mwamba Tshibangu Odette", "KAT", "PAT", VOIDED_AMOUNT)
    clock.moment += timedelta(hours=1)
    ledger.void(voided, "erreur de montant")
    push_all(server, token, ledger)
    return seeded


def _pay(ledger, seeded: Seeded, name: str, zone: str, tax: str, amount: int) -> str:  # noqa: ANN001
    kind, period = OBJECT_FOR_TAX[tax]
    taxpayer_id = ledger.register_taxpayer(name=name, zone=zone, phone="+243812345678",
                                           objects=[{"kind": kind, "reference": f"{kind[:3]}-{len(seeded.names)}"}])
    payment = ledger.pay(taxpayer_id=taxpayer_id, tax_code=tax, period=period, amount=amount, method="cash")
    seeded.names.append(name)
    seeded.receipt_numbers.append(payment.receipt_no)
    seeded.taxpayer_ids.append(taxpayer_id)
    return payment.receipt_no


def csv_rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def published_grid(document: dict) -> tuple[dict, list[str], list[str]]:
    """{(zone code or None, tax code or None): amount or None} from the JSON, with the zones and taxes."""
    grid = {(c["zone"], c["tax"]): c["amount"] for c in document["cells"]}
    grid.update({(z["zone"], None): z["amount"] for z in document["zone_totals"]})
    grid.update({(None, t["tax"]): t["amount"] for t in document["tax_totals"]})
    grid[(None, None)] = document["total"]["amount"]
    return grid, [z["code"] for z in document["zones"]], [t["code"] for t in document["taxes"]]


def csv_grid(rows: list[dict[str, str]]) -> dict:
    """The same from the CSV: None where the amount is empty."""
    return {(r["zone_code"] or None if r["level"] in ("cell", "zone_total") else None,
             r["tax_code"] or None if r["level"] in ("cell", "tax_total") else None):
            (int(r["amount_minor"]) if r["amount_minor"] else None) for r in rows}
