"""Receipts for the demo device, so that `make run` shows a town where some taxpayers have paid
this year, some in part, and some not yet (a seed with no payments paints the whole map red).

Made as a real agent would: the demo's second agent opens a cash session, takes the payments,
prints each receipt once and closes the session, so every receipt is an event of the chain
(verify replays it), none waits in the print queue, and the first agent starts with no session
open. Deterministic: the taxpayers are taken in registry order and drawn from a fixed seed, so
the same demo always has the same receipts. Only this year's lines are paid: last year's arrears
stay on the cards, as in a real town."""
from __future__ import annotations

import random
from typing import TYPE_CHECKING

from core import payments, schedule, sessions

if TYPE_CHECKING:
    from core.service import Ledger

# Out of ten taxpayers (drawn, not in turn, so streets are not striped): four have paid all this
# year's lines, three half of one line, three nothing yet. Roughly a collection round mid-year.
PAID_ALL, PAID_PART = 4, 3
METHODS = ("cash", "cash", "mobile_money")


def seed_demo_payments(ledger: Ledger, agent_id: str) -> int:
    """Pay this year's lines for a deterministic share of the taxpayers; returns the receipts made.
    One transaction: a demo of thousands of taxpayers is ready in seconds."""
    today = ledger.today()
    year = str(today.year)
    previous_agent = ledger.agent_id
    ledger.act_as(agent_id)
    made = 0
    try:
        with ledger._write() as conn:  # noqa: SLF001 - core's own writer, one transaction for the lot
            ctx = ledger._ctx(conn)  # noqa: SLF001
            taxpayer_ids = [row[0] for row in conn.execute(
                "SELECT id FROM taxpayers WHERE status = 'active' ORDER BY num")]
            sessions.open_session(conn, ctx, 0)
            draw = random.Random(7)
            for taxpayer_id in taxpayer_ids:
                share = draw.randrange(10)
                if share >= PAID_ALL + PAID_PART:
                    continue
                lines = [b for b in schedule.balances(conn, taxpayer_id, today)
                         if b.due > 0 and (b.period == year or b.period.startswith(year + "-"))]
                if share >= PAID_ALL:
                    lines = [(lines[0], max(1, lines[0].due // 2))] if lines else []
                else:
                    lines = [(line, line.due) for line in lines]
                for line, amount in lines:
                    method = METHODS[made % len(METHODS)]
                    payment = payments.record_payment(
                        conn, ctx, taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period,
                        amount=amount, method=method,
                        reference=f"MP{made:06d}" if method == "mobile_money" else None)
                    payments.record_print(conn, ctx, payment.receipt_no)
                    made += 1
            sessions.close_session(conn, ctx)
    finally:
        ledger.agent_id = previous_agent
    return made
