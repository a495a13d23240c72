"""The rows of `quittance-server export --what reconciliations`: one per signed sign-off of an
agent's day (cash_signoffs), in order of day, agent and number, with the figures the record was
signed with and whether its signature still holds. A shortfall settled later is two rows: the
first with its variance, the further one that brought the cash."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from sync.server.export_rows import Reference
from sync.server.export_standing import stream
from sync.server.reconcile_signoff import signature_valid
from sync.server.schema import agents, cash_signoffs, server_keys

RECONCILIATION_COLUMNS = (
    "day", "agent", "number", "sign_off_id", "previous_id", "signed_at", "signed_at_utc", "signed_by", "sessions",
    "z_reports", "expected_cash_minor", "handed_in_before_minor", "counted_minor", "handed_in_minor",
    "variance_minor", "expected_cash", "counted", "variance", "currency", "status", "count", "note",
    "signature_valid")


def _money(ref: Reference, amount: int) -> Decimal:
    """A signed amount in whole units, as a number cell: '-2000.00' must read as a number, and
    csv_cell would mark it as text if it were a string beginning with '-'."""
    text = ref.money(abs(amount))
    return -Decimal(text) if amount < 0 else Decimal(text)


def reconciliation_rows(conn: Connection, ref: Reference, *, start: date | None = None,
                        end: date | None = None) -> Iterator[list[Any]]:
    known = set(conn.execute(select(server_keys.c.public_key)).scalars())
    query = (select(cash_signoffs, agents.c.name.label("agent_name"))
             .select_from(cash_signoffs.outerjoin(agents, agents.c.id == cash_signoffs.c.agent_id))
             .order_by(cash_signoffs.c.day, agents.c.name, cash_signoffs.c.number))
    if start is not None:
        query = query.where(cash_signoffs.c.day >= start.isoformat())
    if end is not None:
        query = query.where(cash_signoffs.c.day <= end.isoformat())
    for row in stream(conn, query):
        r = json.loads(row.record)
        valid = row.public_key in known and signature_valid(row.record, row.signature, row.public_key)
        sessions = r.get("sessions") or []
        yield [row.day, row.agent_name or r.get("agent", ""), row.number, row.id, r.get("previous") or "",
               ref.local(r.get("at")), r.get("at", ""), r.get("signed_by", ""), len(sessions),
               sum(1 for s in sessions if s.get("z_expected_cash") is not None), r["expected_cash"],
               r["handed_in_before"], r["counted"], r["handed_in"], r["variance"], _money(ref, r["expected_cash"]),
               _money(ref, r["counted"]), _money(ref, r["variance"]), r.get("currency", ref.currency),
               r.get("status", ""), " ".join(f"{line['face']}x{line['pieces']}" for line in r.get("count") or []),
               r.get("note") or "", "yes" if valid else "NO"]
