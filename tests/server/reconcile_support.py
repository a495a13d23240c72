"""A day of cash for the reconciliation tests, recorded on real device ledgers and pushed.

Ilunga Kabeya (device T07) opens a session on 2026-11-24 with a float of 50 000 CDF, takes three
cash payments of 5 000 CDF, one by mobile money, voids one cash receipt, and closes; a receipt of
that session voided after the closing must not change what was expected of it (the device's
Z-report does not). He opens a second session the same day and takes 2 000 CDF, and a third the
next morning, which belongs to the next day. Mbuyi Tshala (T08) works the same day on another
device: none of her cash is Ilunga's."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from core.sessions import ZReport
from core.service import Ledger
from sync.server import voids
from tests.server.support import Server, enrolled_device, push_all, record_sale

DAY = "2026-11-24"
FLOAT = 5_000_000  # 50 000 CDF, in minor units


class StepClock:
    """Device time that moves on by a few seconds at every reading, from `start`."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=5)
        return self.now

    def jump(self, to: datetime) -> None:
        self.now = to


@dataclass
class CashDay:
    ledger: Ledger
    token: str
    server_public_key: str
    first: ZReport  # the first session's Z-report, as the device printed it
    second: ZReport
    expected: int  # what Ilunga should hand in for DAY


def lubumbashi(day: int, hour: int, minute: int = 0) -> datetime:
    """A local time in Kananga (UTC+2), as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=timezone(timedelta(hours=2))).astimezone(timezone.utc)


def cash_day(server: Server, tmp: Path, approve_late_void: bool = True) -> CashDay:
    """The day above. The void made after the first closing waits for a supervisor's approval
    (sync/server/void_rules.py); unless told otherwise, a supervisor approved it that evening."""
    clock = StepClock(lubumbashi(24, 7, 30))
    ledger, token = enrolled_device(tmp / "t07.db", server, "T07", clock=clock)
    public = server.client.get("/api/v1/device", headers={"Authorization": f"Bearer {token}"}).json()["server_key"]
    ledger.open_session(FLOAT)
    paid = [record_sale(ledger, name, amount=500_000)[1] for name in
            ("Kabasélé Ngoyi Françoise", "Mukendi Awa", "Tshibangu Nsimba", "Banza Mwamba")]
    mobile_payer = ledger.register_taxpayer(name="Kalala Odia", zone="KAT", phone="+243812345678",
                                            objects=[{"kind": "business_premises", "reference": "BP-MM"}])
    ledger.pay(taxpayer_id=mobile_payer, tax_code="PAT", period="2026", amount=700_000, method="mobile_money",
               reference="MP241124.1530.A12345")
    ledger.void(paid[0].receipt_no, "erreur de saisie")
    first = ledger.close_session()
    ledger.void(paid[1].receipt_no, "contribuable remboursé")  # after the closing: no session open
    late_void = paid[1].receipt_no
    clock.jump(lubumbashi(24, 15))
    ledger.open_session(0)
    record_sale(ledger, "Lukusa Mbayo", amount=200_000)
    second = ledger.close_session()
    clock.jump(lubumbashi(25, 0, 30))  # the next day, in Kananga (still the 24th in UTC)
    ledger.open_session(0)
    record_sale(ledger, "Mulumba Kasereka", amount=300_000)
    push_all(server, token, ledger)
    if approve_late_void:
        with server.engine.begin() as conn:
            voids.decide(conn, late_void, "approve", "remboursement constaté", "Kalala Mwamba")

    other_clock = StepClock(lubumbashi(24, 8))
    other, other_token = enrolled_device(tmp / "t08.db", server, "T08", agent="Mbuyi Tshala", clock=other_clock)
    other.open_session(1_000_000)
    record_sale(other, "Ntumba Beya Honoré", zone="NDE", amount=900_000)
    other.close_session()
    push_all(server, other_token, other)
    return CashDay(ledger, token, public, first, second, first.expected_cash + second.expected_cash)
