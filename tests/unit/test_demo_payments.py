"""The demo `make run` opens looks like a town mid-year: some taxpayers paid, some in part, some
not yet, all as real receipts of the chain (verify replays them), none left to print, no session
left open for the agent who logs in."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from core.demo import ensure_demo


def _receipts(path: Path) -> list[tuple]:
    ledger = ensure_demo(path, taxpayers=60, payments=True)
    try:
        rows = ledger.store.conn.execute(
            "SELECT t.num, p.tax_code, p.period, p.amount, p.method FROM payments p "
            "JOIN taxpayers t ON t.id = p.taxpayer_id ORDER BY p.receipt_no").fetchall()
        statuses = Counter(p.status for p in ledger.reads.map_points())
        year = str(ledger.today().year)
        assert statuses["paid"] >= 10 and statuses["partly_paid"] >= 10 and statuses["in_arrears"] >= 10, statuses
        assert all(period.startswith(year) for _n, _t, period, _a, _m in rows)  # last year's arrears stay owed
        assert ledger.reads.print_queue() == [] and ledger.current_session_id() is None
        assert {agent for (agent,) in ledger.store.conn.execute("SELECT DISTINCT agent_id FROM payments")} == \
            {ledger.agents()[1].id}
        assert ledger.verify().ok
        return rows
    finally:
        ledger.close()


def test_the_run_demo_has_paid_partly_paid_and_unpaid_taxpayers_the_same_each_time(tmp_path: Path) -> None:
    first = _receipts(tmp_path / "a" / "demo.db")
    assert first and first == _receipts(tmp_path / "b" / "demo.db")
    assert {method for *_rest, method in first} == {"cash", "mobile_money"}


def test_tests_demo_has_no_receipts(tmp_path: Path) -> None:
    ledger = ensure_demo(tmp_path / "demo.db", taxpayers=60)
    try:
        assert ledger.store.conn.execute("SELECT count(*) FROM payments").fetchone()[0] == 0
    finally:
        ledger.close()
