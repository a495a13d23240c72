"""Issue 14: `verify` recomputes every closing from the chain. An attacker with the file and the
device key rewrites a closing's event and its row alike (so the replay agrees with the table):
the figures, the link to the closing before, or a second closing of a closed month are named."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.canonical import canonical_json
from core.ids import new_id
from tests import device_sqlite as sqlite3
from tests.conftest import FixedClock, add_assessed_taxpayer, make_ledger
from tests.unit.attacker import device_key, drop_triggers, rewrite_event
from core.service import Ledger


def build(path: Path) -> None:
    clock = FixedClock(datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc))
    ledger = make_ledger(path, clock=clock)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    paid = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
    ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=50_000, method="cash")
    ledger.void(paid.receipt_no, "Erreur")
    ledger.close_session()
    clock.moment = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    ledger.confirm_clock_ahead()
    ledger.open_session(0)  # closes 2026-10
    ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=70_000, method="cash")
    ledger.close_session()
    clock.moment = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    ledger.confirm_clock_ahead()
    ledger.open_session(0)  # closes 2026-11
    ledger.close_session()
    assert ledger.verify().ok
    ledger.close()


@pytest.fixture
def device(tmp_path: Path) -> Path:
    path = tmp_path / "device.db"
    build(path)
    return path


def seq_of(conn, event_type: str, nth: int = 0) -> int:
    return conn.execute("SELECT seq FROM events WHERE type = ? ORDER BY seq LIMIT 1 OFFSET ?",
                        (event_type, nth)).fetchone()[0]


def tamper(path: Path, change) -> list:
    conn = sqlite3.connect(path, isolation_level=None)
    drop_triggers(conn)
    for table in ("closings",):
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    change(conn)
    conn.close()
    ledger = Ledger.open(path)
    try:
        return ledger.verify().problems
    finally:
        ledger.close()


def rewrite_with_row(conn, seq: int, edit) -> None:
    """The event rewritten and signed again, and its table row made to match, as the replay expects."""
    rewrite_event(conn, seq, lambda body: edit(body["data"]), device_key(conn))
    data = json.loads(conn.execute("SELECT payload FROM events WHERE seq = ?", (seq,)).fetchone()[0])["data"]
    if "report" in data:
        conn.execute("UPDATE cash_session_closings SET report = ? WHERE event_seq = ?",
                     (json.dumps(data["report"], ensure_ascii=False), seq))
    else:
        conn.execute("UPDATE closings SET report = ? WHERE event_seq = ?", (canonical_json(data), seq))


def test_edited_month_totals_are_named(device):
    def lower(data):
        data["totals"]["collected"] -= 50_000
        data["totals"]["net"] -= 50_000

    problems = tamper(device, lambda c: rewrite_with_row(c, seq_of(c, "closing.made"), lower))
    first = problems[0]
    assert first.code == "closing_figures"
    assert "2026-10" in first.message("fr") and "collected" in first.message("fr")
    assert "100000" in first.message("en")  # what the receipts and voids before it give: 150 000 - 50 000 voided


def test_edited_z_report_perpetual_totals_are_named(device):
    def hide_the_void(data):
        data["report"]["perpetual"].update(voids=0, voided=0, net=150_000)

    problems = tamper(device, lambda c: rewrite_with_row(c, seq_of(c, "session.closed"), hide_the_void))
    assert problems[0].code == "closing_figures"
    assert "voids" in problems[0].message("en")


def test_a_broken_previous_closing_link_is_named(device):
    def unlink(data):
        data["previous_closing"] = "0" * 64

    problems = tamper(device, lambda c: rewrite_with_row(c, seq_of(c, "closing.made"), unlink))
    assert [p.code for p in problems][:1] == ["closing_link"]
    assert "month 2026-10" in problems[0].message("en")


def test_a_forged_second_closing_of_a_closed_month_is_named(device):
    def reopen(conn):
        # A session.closed event at the end turned into a second closing of October, signed again.
        seq = seq_of(conn, "session.closed", 1)
        original = json.loads(conn.execute("SELECT report FROM closings").fetchone()[0])

        def forge(body):
            body["type"] = "closing.made"
            body["data"] = {**original, "id": new_id()}
        rewrite_event(conn, seq, forge, device_key(conn))
        conn.execute("UPDATE events SET type = 'closing.made' WHERE seq = ?", (seq,))
        conn.execute("DELETE FROM cash_session_closings WHERE event_seq = ?", (seq,))

    problems = tamper(device, reopen)
    codes = [p.code for p in problems]
    assert "closing_reopened" in codes
    reopened = problems[codes.index("closing_reopened")]
    assert "jamais rouverte" in reopened.message("fr")


def test_a_skipped_month_is_named(device):
    def skip(data):
        data["period"] = "2026-12"

    problems = tamper(device, lambda c: rewrite_with_row(c, seq_of(c, "closing.made", 1), skip))
    assert problems[0].code == "closing_gap"
    assert "2026-12" in problems[0].message("pt") and "2026-10" in problems[0].message("pt")
