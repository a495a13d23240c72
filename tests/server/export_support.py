"""A collection for the export tests, seeded by two real devices through real pushes, in
Kananga's time (UTC+2), for the year 2026. The patente (PAT) is assessed 20 000,00 CDF on every
business premises registered.

    taxpayer                       zone  location           2026                     payments
    Kabasélé Ngoyi Françoise       KAT   -5.8962134,22.4171  paid                     15 000,00 + 5 000,00
    =HYPERLINK("http://x","y")     KAT   -5.9,22.41          partly paid              5 000,00 (7 000,00 voided)
    Tshibangu Mukendi Gérard       NDE   none               in arrears               —
    Mbuyi Kalala (device T08)      NDE   -5.87,22.43         never assessed           —

The first payment is made at 23:30 on 31 October in Kananga (21:30 UTC): its local day is the
31st. The others are on 1 November (10:00 there)."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from core.registry import Location
from tests.server.support import Server, enrolled_device, push_all
from tests.server.verify_support import MovingClock

BIN = Path(sys.executable).parent / "quittance-server"
ROOT = Path(__file__).resolve().parents[2]
FORMULA_NAME = '=HYPERLINK("http://x","y")'
OCTOBER_EVENING = datetime(2026, 10, 31, 21, 30, tzinfo=timezone.utc)
NOVEMBER = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)


@dataclass
class Seeded:
    ids: dict[str, str] = field(default_factory=dict)  # short name -> taxpayer id
    receipts: dict[str, str] = field(default_factory=dict)  # short name -> receipt number
    devices: dict[str, str] = field(default_factory=dict)  # device code -> device id


def seed(server: Server, folder: Path) -> Seeded:
    seeded = Seeded()
    clock = MovingClock(OCTOBER_EVENING - timedelta(hours=1))
    ledger, token = enrolled_device(folder / "t07.db", server, "T07", clock=clock)
    ledger.open_session(0)
    premises = [{"kind": "business_premises", "reference": "BP-1"}]
    seeded.ids["paid"] = ledger.register_taxpayer(
        name="Kabasélé Ngoyi Françoise", zone="KAT", phone="+243812345678", objects=premises,
        location=Location(-5.8962134, 22.4171, 8.5, "gps", "2026-10-31T20:00:00.000Z"))
    seeded.ids["partly"] = ledger.register_taxpayer(
        name=FORMULA_NAME, zone="KAT", objects=[{"kind": "business_premises", "reference": "BP-2"}],
        location=Location(-5.9, 22.41, None, "manual"))
    seeded.ids["owes"] = ledger.register_taxpayer(
        name="Tshibangu Mukendi Gérard", zone="NDE", objects=[{"kind": "business_premises", "reference": "BP-3"}])
    clock.moment = OCTOBER_EVENING
    seeded.receipts["october"] = _pay(ledger, seeded.ids["paid"], 1_500_000)
    clock.moment = NOVEMBER
    seeded.receipts["november"] = _pay(ledger, seeded.ids["paid"], 500_000)
    seeded.receipts["voided"] = _pay(ledger, seeded.ids["partly"], 700_000)
    clock.moment += timedelta(minutes=5)
    ledger.void(seeded.receipts["voided"], "erreur de montant")
    seeded.receipts["partly"] = _pay(ledger, seeded.ids["partly"], 500_000)
    push_all(server, token, ledger)
    seeded.devices["T07"] = ledger.device.id

    other, other_token = enrolled_device(folder / "t08.db", server, "T08", agent="Mbuyi Tshala", clock=clock)
    seeded.ids["nothing"] = other.register_taxpayer(name="Mbuyi Kalala", zone="NDE",
                                                    location=Location(-5.87, 22.43, 12.0, "gps"))
    push_all(server, other_token, other)
    seeded.devices["T08"] = other.device.id
    return seeded


def _pay(ledger, taxpayer_id: str, amount: int) -> str:  # noqa: ANN001
    return ledger.pay(taxpayer_id=taxpayer_id, tax_code="PAT", period="2026", amount=amount, method="cash").receipt_no


def run_cli(server: Server, *args: str) -> subprocess.CompletedProcess:
    """`quittance-server` in its own process, over the test's database."""
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(server.settings.data_dir),
           "QUITTANCE_DATABASE_URL": server.settings.database_url}
    return subprocess.run([str(BIN), *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("\ufeff"), "a spreadsheet needs the BOM to read the accents"
    return list(csv.DictReader(io.StringIO(text[1:])))
