"""Issue 14, closings: perpetual totals on every Z-report, month and year closings made when the
first session of a later period opens (on the server's time where the device has seen it), asked
about when the clock jumped, never reopened, and recomputed by `verify`."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from core import closings
from core.closings import CLOCK_OFFSET_SETTING
from core.errors import QuittanceError
from core.events import GENESIS_HASH
from tests.conftest import FixedClock, add_assessed_taxpayer, make_ledger


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


@pytest.fixture
def moving(tmp_path):
    clock = FixedClock(utc(2026, 10, 10, 9, 0))
    ledger = make_ledger(tmp_path / "device.db", clock=clock)
    yield ledger, clock
    ledger.close()


def pay(ledger, taxpayer: str, amount: int):
    return ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=amount, method="cash")


def closing_event_hash(ledger, session_id: str) -> str:
    return ledger.store.conn.execute("SELECT hash FROM events WHERE type = 'session.closed' AND entity_id = ?",
                                     (session_id,)).fetchone()[0]


def test_z_reports_carry_perpetual_totals_chained_to_the_closing_before(ledger, taxpayer):
    ledger.open_session(0)
    first = pay(ledger, taxpayer, 100_000)
    pay(ledger, taxpayer, 250_000)
    one = ledger.close_session()
    assert one.perpetual == {"receipts": 2, "collected": 350_000, "voids": 0, "voided": 0, "net": 350_000}
    assert one.previous_closing == GENESIS_HASH
    ledger.open_session(0)
    ledger.void(first.receipt_no, "Erreur")  # a receipt of a closed session: counted where the void is recorded
    pay(ledger, taxpayer, 40_000)
    two = ledger.close_session()
    assert two.perpetual == {"receipts": 3, "collected": 390_000, "voids": 1, "voided": 100_000, "net": 290_000}
    assert two.previous_closing == closing_event_hash(ledger, one.session_id)
    assert [v.receipt_no for v in two.voids] == [first.receipt_no]  # voided in this session, issued in the last
    assert ledger.session_report(one.session_id).voids == []  # a closed report never changes
    assert ledger.session_report(two.session_id) == two  # read back from its event, as closed
    assert ledger.verify().ok


def test_a_z_report_closed_before_perpetual_totals_still_loads():
    from core.sessions import ZReport

    old = {"session_id": "s", "agent_id": "a", "agent_name": "Ilunga", "device_code": "T07", "currency": "CDF",
           "opened_at": "2026-01-01T08:00:00.000Z", "closed_at": "2026-01-01T18:00:00.000Z", "opening_float": 0}
    report = ZReport.from_dict(old)
    assert (report.perpetual, report.previous_closing) == (None, None)


def test_perpetual_totals_across_1000_sessions_equal_the_sum_of_the_receipts(tmp_path):
    clock = FixedClock(utc(2026, 11, 2, 8, 0))
    ledger = make_ledger(tmp_path / "device.db", clock=clock)
    taxpayer = add_assessed_taxpayer(ledger)
    report = None
    for n in range(1000):
        clock.moment = utc(2026, 11, 2, 8, 0) + timedelta(seconds=30 * n)  # all in one month: no month closing
        ledger.open_session(0)
        paid = pay(ledger, taxpayer, 1_000 + n % 7)
        if n % 10 == 0:
            ledger.void(paid.receipt_no, "Erreur")
        report = ledger.close_session()
    conn = ledger.store.conn
    receipts, collected = conn.execute("SELECT count(*), sum(amount) FROM payments").fetchone()
    voids, voided = conn.execute("SELECT count(*), sum(p.amount) FROM voids v "
                                 "JOIN payments p ON p.id = v.payment_id").fetchone()
    assert report.perpetual == {"receipts": receipts, "collected": collected, "voids": voids, "voided": voided,
                                "net": collected - voided}
    assert (receipts, voids) == (1000, 100)
    assert ledger.verify().ok
    ledger.close()


def test_months_elapsed_offline_each_get_their_closing_in_order(moving):
    ledger, clock = moving
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    pay(ledger, taxpayer, 100_000)
    ledger.close_session()
    clock.moment = utc(2026, 11, 5, 9, 0)
    ledger.confirm_clock_ahead()  # more than a day since the last record
    november = ledger.open_session(0)
    assert [(c.kind, c.period) for c in ledger.reads.closings_at_opening(november)] == [("month", "2026-10")]
    pay(ledger, taxpayer, 30_000)
    pay(ledger, taxpayer, 20_000)
    ledger.close_session()
    clock.moment = utc(2027, 3, 2, 9, 0)  # three months off
    ledger.confirm_clock_ahead()
    march = ledger.open_session(0)
    made = ledger.reads.closings_at_opening(march)
    assert [(c.kind, c.period) for c in made] == [("month", "2026-11"), ("month", "2026-12"), ("year", "2026"),
                                                  ("month", "2027-01"), ("month", "2027-02")]
    assert [c.totals.collected for c in made] == [50_000, 0, 150_000, 0, 0]  # empty months closed too
    assert all(c.perpetual.collected == 150_000 for c in made)
    assert all(c.time_source == "device" for c in made)  # never synced: its own clock
    # One chain of closings: each names the one before it, the first the November Z-report.
    hashes = {seq: h for seq, h in ledger.store.conn.execute("SELECT seq, hash FROM events")}
    assert [c.previous_closing for c in made[1:]] == [hashes[c.event_seq] for c in made[:-1]]
    assert [c.period for c in ledger.reads.closings()] == ["2026-10", "2026-11", "2026-12", "2026", "2027-01",
                                                          "2027-02"]
    assert ledger.verify().ok


def test_the_servers_time_decides_the_period(tmp_path):
    clock = FixedClock(utc(2026, 11, 30, 18, 0))
    ledger = make_ledger(tmp_path / "device.db", clock=clock)
    ledger.open_session(0)
    ledger.close_session()
    clock.moment = utc(2026, 11, 30, 20, 0)  # still November on the device, in any zone of the municipality
    ledger.open_session(0)
    assert ledger.reads.closings() == []
    ledger.close_session()
    # The last sync found the server six hours ahead: it is already December there.
    ledger.save_setting(CLOCK_OFFSET_SETTING, 6 * 3600.0)
    opened = ledger.open_session(0)
    [made] = ledger.reads.closings_at_opening(opened)
    assert (made.kind, made.period, made.time_source) == ("month", "2026-11", "server")
    assert made.time == "2026-12-01T02:00:00.000Z"


def test_a_clock_far_from_the_servers_asks_before_closing_then_closes(moving):
    ledger, clock = moving
    ledger.open_session(0)
    ledger.close_session()
    clock.moment = utc(2026, 10, 31, 20, 0)
    ledger.confirm_clock_ahead()
    ledger.open_session(0)
    ledger.close_session()
    ledger.save_setting(CLOCK_OFFSET_SETTING, 2 * 86400.0)  # the server is two days ahead
    before = ledger.store.conn.execute("SELECT max(seq) FROM events").fetchone()[0]
    with pytest.raises(QuittanceError) as asked:
        ledger.open_session(0)
    assert asked.value.code == "closing_clock_check"
    assert "2026-10" in asked.value.message("fr") and "--clock-ahead-ok" in asked.value.message("fr")
    assert ledger.store.conn.execute("SELECT max(seq) FROM events").fetchone()[0] == before  # nothing recorded
    ledger.confirm_clock_ahead()
    opened = ledger.open_session(0)
    assert [c.period for c in ledger.reads.closings_at_opening(opened)] == ["2026-10"]


def test_a_clock_jump_since_the_last_month_closing_asks_first(moving):
    ledger, clock = moving
    taxpayer = add_assessed_taxpayer(ledger)
    clock.moment = utc(2026, 10, 30, 9, 0)
    ledger.confirm_clock_ahead()
    ledger.open_session(0)
    clock.moment = utc(2026, 11, 3, 9, 0)  # jumps forward mid-session; the agent confirms it for a payment
    with pytest.raises(QuittanceError) as refused:
        pay(ledger, taxpayer, 10_000)
    assert refused.value.code == "clock_ahead"
    ledger.confirm_clock_ahead()
    pay(ledger, taxpayer, 10_000)
    ledger.close_session()
    with pytest.raises(QuittanceError) as asked:
        ledger.open_session(0)
    assert asked.value.code == "closing_clock_check"
    ledger.confirm_clock_ahead()
    ledger.open_session(0)
    assert [c.period for c in ledger.reads.closings()] == ["2026-10"]


def test_a_closed_period_is_never_reopened(moving):
    ledger, clock = moving
    ledger.open_session(0)
    ledger.close_session()
    clock.moment = utc(2026, 11, 1, 9, 0)
    ledger.confirm_clock_ahead()
    ledger.open_session(0)
    with ledger.store.transaction() as conn, pytest.raises(QuittanceError) as refused:
        ctx = ledger._ctx(conn)
        closings.make_closing(conn, ctx, "month", "2026-10", closings.period_clock(conn, clock.moment))
    assert refused.value.code == "closing_exists"
    assert "jamais rouverte" in refused.value.message("fr")
    assert "never reopened" in refused.value.message("en")
    assert "nunca é reaberto" in refused.value.message("pt")
    assert len(ledger.reads.closings()) == 1


def test_printing_an_unknown_period_is_refused(ledger):
    with pytest.raises(QuittanceError) as refused:
        ledger.reads.closing("2031-04")
    assert refused.value.code == "closing_not_found"


def test_perpetual_totals_carry_on_from_the_last_closing_rather_than_recount(ledger, taxpayer):
    """What keeps closing as fast after ten years as on the first day: the next Z-report starts
    from the figures the last closing carries. Shown by a carried figure changed in the file
    (without the chain: verify would name it), which the next report then carries on from."""
    ledger.open_session(0)
    pay(ledger, taxpayer, 100_000)
    ledger.close_session()
    conn = ledger.store.conn
    seq, payload = conn.execute("SELECT seq, payload FROM events WHERE type = 'session.closed'").fetchone()
    body = json.loads(payload)
    body["data"]["report"]["perpetual"].update(collected=900_000, net=900_000)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET payload = ? WHERE seq = ?", (json.dumps(body), seq))
    ledger.open_session(0)
    pay(ledger, taxpayer, 50_000)
    assert ledger.close_session().perpetual["collected"] == 950_000
    assert any(p.code in ("hash", "closing_figures") for p in ledger.verify().problems)
