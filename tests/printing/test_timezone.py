"""The municipality's time zone, not the device's, decides the receipt year, "today", and the
times printed on receipts and Z-reports, which name the zone. Times stay stored in UTC."""
from __future__ import annotations

import json
import time
from datetime import date, datetime, timezone

import pytest

from core.config import Municipality
from core.service import Ledger
from printing.escpos import render_escpos
from printing.profiles import load_profile
from printing.receipt import receipt_document
from printing.zreport import z_report_document
from tests.conftest import FixedClock, add_assessed_taxpayer, make_ledger
from tests.printing.escpos_decoder import decode


@pytest.fixture(autouse=True)
def device_in_utc(monkeypatch):
    """The tablet's own zone is UTC, as many are left; the municipality's is not."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def ledger_in(tmp_path, zone: str, moment: datetime) -> tuple[Ledger, str]:
    ledger = make_ledger(tmp_path / "device.db", clock=FixedClock(moment))
    ledger.update_municipality(timezone=zone)
    taxpayer = add_assessed_taxpayer(ledger, periods=("2026", "2027"))
    ledger.open_session(0)
    return ledger, taxpayer


def pay(ledger: Ledger, taxpayer: str, period: str):
    return ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period=period, amount=100_000, method="cash")


def test_just_after_midnight_in_lubumbashi_is_the_new_year(tmp_path):
    # 22:30 UTC on 31 December is 00:30 on 1 January in Lubumbashi (UTC+2).
    ledger, taxpayer = ledger_in(tmp_path, "Africa/Lubumbashi", datetime(2026, 12, 31, 22, 30, tzinfo=timezone.utc))
    assert ledger.today() == date(2027, 1, 1)
    payment = pay(ledger, taxpayer, "2027")
    assert payment.receipt_no == "T07-2027-000001"
    assert payment.issued_at == "2026-12-31T22:30:00.000Z"  # stored in UTC, as always
    document = receipt_document(ledger.reads.receipt_facts(payment.receipt_no), 1)
    assert any("01/01/2027 00:30 (UTC+2)" in text for text in document.texts())
    job = decode(render_escpos(document, load_profile("generic-58")))
    assert any("01/01/2027 00:30 (UTC+2)" in line for line in job.lines)
    assert all(len(line.rstrip()) <= 32 for line in job.lines)
    ledger.close()


def test_late_evening_in_port_au_prince_is_still_the_old_year(tmp_path):
    # 03:00 UTC on 1 January is 22:00 on 31 December in Port-au-Prince (UTC-5 in winter).
    ledger, taxpayer = ledger_in(tmp_path, "America/Port-au-Prince", datetime(2027, 1, 1, 3, 0, tzinfo=timezone.utc))
    assert ledger.today() == date(2026, 12, 31)
    payment = pay(ledger, taxpayer, "2026")
    assert payment.receipt_no == "T07-2026-000001"
    texts = receipt_document(ledger.reads.receipt_facts(payment.receipt_no), 1).texts()
    assert any("31/12/2026 22:00 (UTC-5)" in text for text in texts)
    ledger.close()


def test_the_z_report_shows_local_times_and_names_the_zone(tmp_path):
    ledger, taxpayer = ledger_in(tmp_path, "Africa/Lubumbashi", datetime(2026, 11, 22, 21, 45, tzinfo=timezone.utc))
    pay(ledger, taxpayer, "2026")
    report = ledger.close_session()
    texts = z_report_document(report, ledger.municipality, printed_at="2026-11-22T21:50:00.000Z").texts()
    assert any("22/11/2026 23:45 (UTC+2)" in text for text in texts)  # opened and closed
    assert any("Africa/Lubumbashi" in text for text in texts)
    ledger.close()


def test_the_zone_defaults_from_a_single_zone_currency_else_utc(tmp_path):
    angola = Ledger.open(tmp_path / "huambo.db")
    angola.initialise(Municipality("Município de Huambo", "HUA", "AOA", locale="pt"), "H01", [("João", None)])
    assert angola.municipality.timezone == "Africa/Luanda"
    angola.close()
    congo = Ledger.open(tmp_path / "kananga.db")
    congo.initialise(Municipality("Commune de Kananga", "KGA", "CDF"), "T07", [("Ilunga", None)])
    assert congo.municipality.timezone == "UTC"  # CDF spans two zones: no guess
    congo.close()


def test_a_database_from_before_zones_keeps_the_device_zone(tmp_path):
    ledger, taxpayer = ledger_in(tmp_path, "Africa/Lubumbashi", datetime(2026, 11, 22, 13, 32, tzinfo=timezone.utc))
    with ledger.store.transaction() as conn:  # as written before the zone was stored
        stored = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'municipality'").fetchone()[0])
        for key in ("timezone", "max_payment"):
            stored.pop(key)
        conn.execute("UPDATE settings SET value = ? WHERE key = 'municipality'", (json.dumps(stored),))
    assert ledger.municipality.timezone == ""
    payment = pay(ledger, taxpayer, "2026")
    assert payment.receipt_no == "T07-2026-000001"
    texts = receipt_document(ledger.reads.receipt_facts(payment.receipt_no), 1).texts()
    assert any("22/11/2026 13:32 (UTC)" in text for text in texts)  # the device's zone, UTC here
    ledger.close()


@pytest.mark.parametrize("profile, columns", [("generic-58", 32), ("generic-80", 48)])
def test_z_report_times_keep_their_offset_on_the_same_line(tmp_path, profile, columns):
    """On a 58 mm roll "Ouverture : 22/11/2026 23:45 (UTC+2)" is 35 columns: the offset went
    alone to the next line, away from the time it qualifies."""
    ledger, taxpayer = ledger_in(tmp_path, "Africa/Lubumbashi", datetime(2026, 11, 22, 21, 45, tzinfo=timezone.utc))
    pay(ledger, taxpayer, "2026")
    report = ledger.close_session()
    document = z_report_document(report, ledger.municipality, printed_at="2026-11-22T21:50:00.000Z")
    lines = [line.rstrip() for line in decode(render_escpos(document, load_profile(profile))).lines]
    assert all(len(line) <= columns for line in lines)
    assert not [line for line in lines if line.strip().startswith("(UTC")]
    assert len([line for line in lines if "22/11/2026 23:45 (UTC+2)" in line]) == 2  # opened, closed
    assert any("22/11/2026 23:50 (UTC+2)" in line for line in lines)  # printed
    for name in ("Ouverture", "Clôture", "Imprimé le"):
        assert any(line.startswith(name) for line in lines), name
    ledger.close()
