"""Receipt series on the device (issue 14, core/series.py) through the sync client: recorded at
enrollment and at every sync, required of an enrolled device, printed on every receipt."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from core.errors import QuittanceError
from core.messages import translate
from printing.escpos import render_escpos
from printing.profiles import load_profile
from printing.receipt import receipt_document
from sync.client.cli import describe
from sync.client.enroll import enroll_ledger
from sync.client.service import sync_ledger
from tests.conftest import add_assessed_taxpayer, make_ledger
from tests.printing.escpos_decoder import decode
from tests.sync_client.conftest import SERVER_URL
from tests.sync_client.fake_server import FakeServer
from tests.unit.attacker import drop_triggers

SERIES = [{"year": 2026, "code": "K7Q2M9XD", "registered_at": "2026-11-30T08:00:00.000Z"},
          {"year": 2027, "code": "P3RT8WZA", "registered_at": "2026-11-30T08:00:00.000Z"}]


class Clock:
    """The device's clock, moved by the test (Lubumbashi is UTC+2)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 31, 21, 0, tzinfo=timezone.utc))  # 23:00 on 31 December in Lubumbashi


@pytest.fixture
def server() -> FakeServer:
    made = FakeServer()
    made.series = [dict(s) for s in SERIES]
    return made


@pytest.fixture
def device(tmp_path, clock):
    ledger = make_ledger(tmp_path / "device.db", clock=clock)
    yield ledger
    ledger.close()


def _enroll(device, server) -> None:
    enroll_ledger(device, SERVER_URL, server.add_code("T09"), transport=server.transport())


def _pay(ledger, taxpayer):
    if ledger.current_session_id() is None:
        ledger.open_session(0)
    return ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")


def _printed_lines(ledger, receipt_no: str) -> list[str]:
    job = render_escpos(receipt_document(ledger.reads.receipt_facts(receipt_no), 1), load_profile("generic-58"))
    return [line.rstrip() for line in decode(job).lines]


def test_enrollment_records_the_answered_series(device, server):
    _enroll(device, server)
    rows = device.store.conn.execute("SELECT year, code, registered_at FROM receipt_series ORDER BY year").fetchall()
    assert [tuple(r) for r in rows] == [(s["year"], s["code"], s["registered_at"]) for s in SERIES]
    types = [r[0] for r in device.store.conn.execute("SELECT type FROM events ORDER BY seq DESC LIMIT 3")]
    assert types == ["series.registered", "series.registered", "device.enrolled"]
    assert device.verify().ok


def test_offline_over_31_december_keeps_issuing_into_the_registered_next_year(device, server, clock):
    _enroll(device, server)
    taxpayer = add_assessed_taxpayer(device)
    clock.moment = datetime(2026, 12, 31, 21, 50, tzinfo=timezone.utc)  # 23:50 in Lubumbashi
    last_of_year = _pay(device, taxpayer)
    clock.moment = datetime(2026, 12, 31, 22, 10, tzinfo=timezone.utc)  # 00:10 on 1 January, no sync since
    first_of_next = _pay(device, taxpayer)
    assert (last_of_year.receipt_no, first_of_next.receipt_no) == ("T09-2026-000001", "T09-2027-000001")
    assert "Série : K7Q2M9XD" in _printed_lines(device, last_of_year.receipt_no)
    lines = _printed_lines(device, first_of_next.receipt_no)
    assert "Série : P3RT8WZA" in lines
    assert all(len(line) <= 32 for line in lines)


def test_an_enrolled_device_refuses_a_year_its_server_never_registered(device, server, clock):
    _enroll(device, server)
    taxpayer = add_assessed_taxpayer(device)
    clock.moment = datetime(2028, 1, 3, 9, 0, tzinfo=timezone.utc)  # offline for more than a whole year
    device.confirm_clock_ahead()  # the agent confirms the date (core/clockguard.py); the series still refuses
    with pytest.raises(QuittanceError) as refused:
        _pay(device, taxpayer)
    assert refused.value.code == "series_not_registered"
    assert refused.value.message("fr") == ("Série 2028 non enregistrée par le serveur : synchronisez une fois "
                                           "avant d'encaisser.")
    assert translate("series_not_registered", "en", year=2028) == \
        "Series 2028 is not registered by the server: synchronise once before collecting."
    assert translate("series_not_registered", "pt", year=2028) == \
        "Série 2028 não registada pelo servidor: sincronize uma vez antes de cobrar."
    assert device.store.conn.execute("SELECT count(*) FROM payments").fetchone()[0] == 0
    # One sync, and the server registers 2028 (and 2029): the agent collects again.
    server.series.append({"year": 2028, "code": "HN4V7C2E", "registered_at": "2028-01-03T09:05:00.000Z"})
    assert sync_ledger(device, transport=server.transport()).series["recorded"] == [2028]
    assert _pay(device, taxpayer).receipt_no == "T09-2028-000001"


def test_a_code_the_server_changed_is_not_recorded_and_is_reported(device, server):
    _enroll(device, server)
    events_before = device.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    server.series[1] = {"year": 2027, "code": "WWWW3333", "registered_at": "2026-12-01T08:00:00.000Z"}
    result = sync_ledger(device, transport=server.transport())
    assert result.series["conflicts"] == [{"year": 2027, "recorded": "P3RT8WZA", "answered": "WWWW3333"}]
    code = device.store.conn.execute("SELECT code FROM receipt_series WHERE year = 2027").fetchone()[0]
    assert code == "P3RT8WZA"
    assert device.store.conn.execute("SELECT count(*) FROM events WHERE type = 'series.registered'").fetchone()[0] == 2
    assert device.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == events_before
    said = describe(result, "fr", SERVER_URL)
    assert ("Le serveur a répondu le code WWWW3333 pour la série 2027, que cet appareil a enregistrée sous "
            "P3RT8WZA. Le code n'a pas été changé ; prévenez votre superviseur.") in said


def test_a_device_enrolled_before_series_keeps_issuing_until_its_next_sync(device, clock):
    old_server = FakeServer()  # a server from before series: no `series` in its answers
    _enroll(device, old_server)
    taxpayer = add_assessed_taxpayer(device)
    before = _pay(device, taxpayer)
    assert "série non enregistrée" in _printed_lines(device, before.receipt_no)
    old_server.series = [dict(s) for s in SERIES]  # the server is updated; the device syncs once
    assert sync_ledger(device, transport=old_server.transport()).series["recorded"] == [2026, 2027]
    after = _pay(device, taxpayer)
    assert "Série : K7Q2M9XD" in _printed_lines(device, after.receipt_no)
    # A receipt issued before its year was registered still says so when it is printed again.
    assert "série non enregistrée" in _printed_lines(device, before.receipt_no)
    clock.moment = datetime(2028, 6, 1, 9, 0, tzinfo=timezone.utc)  # from now on the rule is strict
    device.confirm_clock_ahead()
    with pytest.raises(QuittanceError, match="2028"):
        _pay(device, taxpayer)


def test_verify_passes_and_catches_a_series_edited_behind_the_app(device, server):
    _enroll(device, server)
    _pay(device, add_assessed_taxpayer(device))
    assert device.verify().ok
    conn = device.store.conn
    drop_triggers(conn)
    conn.execute("DROP TRIGGER receipt_series_no_update")  # v18's triggers (core.migrations._v18_fiscal_integrity)
    conn.execute("UPDATE receipt_series SET code = 'AAAA2222' WHERE year = 2026")
    report = device.verify()
    assert not report.ok
    assert "receipt_series" in str(report.first_problem)


def test_a_series_row_added_behind_the_app_is_caught(device, server):
    _enroll(device, server)
    conn = device.store.conn
    seq = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
    conn.execute("INSERT INTO receipt_series (year, code, registered_at, event_seq) "
                 "VALUES (2030, 'BBBB3333', '2026-11-30T08:00:00.000Z', ?)", (seq,))
    report = device.verify()
    assert not report.ok and "receipt_series" in str(report.first_problem)
