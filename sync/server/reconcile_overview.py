"""The reconciliation view of a day, as the supervisor's screen lists it: one row per agent who
opened a cash session that day or was signed off that day, or whose earlier day still has a
variance open after its last sign-off (an agent with nothing to hand in is not listed). The figures are reconcile's own, to the minor unit, read in a few batched queries
(the benchmarked path: `make bench SUITE=supervisor`)."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from sync.server.reconcile_report import Reconciliation, reconcile
from sync.server.reconcile_view import reconciliation_view
from sync.server.schema import agents, cash_signoffs


def agent_rows(conn: Connection, day: date) -> list[dict[str, Any]]:
    """Every agent's figures for `day`, by name (see the module's docstring for who is listed)."""
    still_open = open_variances(conn, day)
    views = [view for view in reconciliation_view(conn, day)
             if view.figures.sessions or view.earlier or view.figures.agent_id in still_open]
    missing = set(still_open) - {view.figures.agent_id for view in views}
    if missing:  # an agent deactivated since, whose earlier shortfall is still open
        names = conn.execute(select(agents.c.name).where(agents.c.id.in_(sorted(missing)))).scalars()
        views += [reconcile(conn, name, day, None) for name in names]
    rows = [row_of(view, still_open.get(view.figures.agent_id, [])) for view in views]
    return sorted(rows, key=lambda row: row["agent"].casefold())


def row_of(view: Reconciliation, earlier_open: list[dict[str, Any]]) -> dict[str, Any]:
    f, v = view.figures, view.variance
    closed = [s for s in f.sessions if s.z_expected_cash is not None]
    return {"agent_id": f.agent_id, "agent": f.agent_name, "currency": f.currency, "sessions": len(f.sessions),
            "z_reports": len(closed), "z_expected_cash": sum(s.z_expected_cash or 0 for s in closed),
            # A Z-report that disagrees with the synced ledger is for the supervisor to see.
            "z_matches": all(s.z_expected_cash == s.expected_cash for s in closed),
            "expected_cash": f.expected_cash, "counted": view.handed_in_before, "variance": v.variance,
            "status": v.status, "sign_offs": len(view.earlier), "signed_off": bool(view.earlier),
            "signature_failed": any(not s.valid for s in view.earlier), "open_days": earlier_open}


def open_variances(conn: Connection, day: date) -> dict[str, list[dict[str, Any]]]:
    """Agent id -> the earlier days whose last sign-off left a variance, as that record says it
    (cash_signoffs is one small row per handover: read whole)."""
    last: dict[tuple[str, str], tuple[int, str]] = {}
    for agent_id, when, number, record in conn.execute(select(
            cash_signoffs.c.agent_id, cash_signoffs.c.day, cash_signoffs.c.number, cash_signoffs.c.record)
            .where(cash_signoffs.c.day < day.isoformat())):
        if (agent_id, when) not in last or number > last[(agent_id, when)][0]:
            last[(agent_id, when)] = (number, record)
    found: dict[str, list[dict[str, Any]]] = {}
    for (agent_id, when), (number, record) in sorted(last.items(), key=lambda item: item[0][1]):
        variance = json.loads(record).get("variance", 0)
        if variance:
            found.setdefault(agent_id, []).append({"day": when, "variance": variance, "number": number})
    return found
