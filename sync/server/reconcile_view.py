"""The supervisor's reconciliation view of a day: every agent's reconciliation at once, each
exactly as `reconcile_report.reconcile(conn, name, day, None)` gives it (expected cash per cash
session from the synced ledger, the Z-report figures, the day's sign-offs and the variance).

It reads in seven queries what a loop over the agents would read agent by agent: the
municipality's settings, the day's `session.opened` events of every agent with each one's closing
(index ix_events_type_time, revision 0013), then every session's cash with the function
`agent_day` uses (reconcile_ledger.sessions_cash: voids and cash receipts, two queries for all the
sessions; index ix_receipts_device_seq), the agents, and the day's sign-offs (with the server's
keys).
tests/server/test_reconcile_view.py checks it agent by agent against `reconcile`;
`make bench SUITE=supervisor` times it on a month of 50 agents."""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from sqlalchemy import Connection, or_, select

from sync.server.reconcile_ledger import AgentDay, day_bounds, municipality_settings, sessions_cash, sessions_opened
from sync.server.reconcile_report import Reconciliation
from sync.server.reconcile_signoff import SignOff, signature_valid
from sync.server.schema import agents, cash_signoffs, server_keys


def reconciliation_view(conn: Connection, day: date) -> list[Reconciliation]:
    """Every agent's reconciliation of `day` (municipality time), nothing counted yet, by name.

    Listed: every active agent who is not a supervisor (one who worked but has not synced shows
    with no session), and any other agent with a session opened or a sign-off that day. An event
    naming an agent the server does not know is quarantined at push and has no one to list."""
    settings = municipality_settings(conn)
    start, end = day_bounds(day, settings["timezone"])
    opened = sessions_opened(conn, start, end)
    signed = _sign_offs_of_day(conn, day.isoformat())
    worked = {row.agent_id for row in opened} | set(signed)
    listed = conn.execute(
        select(agents.c.id, agents.c.name)
        .where(or_(agents.c.id.in_(sorted(worked)), (agents.c.active.is_(True)) & (agents.c.role != "supervisor")))
        .order_by(agents.c.name)).all()
    sessions = defaultdict(list)
    for row, cash in zip(opened, sessions_cash(conn, opened)):  # in agent_day's order (device time, device, seq)
        sessions[row.agent_id].append(cash)
    return [Reconciliation(AgentDay(agent_id, name, day.isoformat(), settings["timezone"], settings["currency"],
                                    sessions[agent_id]), signed.get(agent_id, []), None)
            for agent_id, name in listed]


def _sign_offs_of_day(conn: Connection, day: str) -> dict[str, list[SignOff]]:
    """reconcile_signoff.sign_offs for every agent of the day, in one query: each agent's records
    in order, each checked against the key that signed it (one of the server's own keys)."""
    known = set(conn.execute(select(server_keys.c.public_key)).scalars())
    rows = conn.execute(select(cash_signoffs).where(cash_signoffs.c.day == day)
                        .order_by(cash_signoffs.c.agent_id, cash_signoffs.c.number)).mappings().all()
    by_agent: dict[str, list[SignOff]] = defaultdict(list)
    for r in rows:
        by_agent[r["agent_id"]].append(SignOff(
            json.loads(r["record"]), r["record"], r["signature"], r["public_key"],
            r["public_key"] in known and signature_valid(r["record"], r["signature"], r["public_key"])))
    return dict(by_agent)
