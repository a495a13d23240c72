"""Cash sessions: opening float, Z-report at closing; no payment outside an open session."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import asdict, dataclass, field, replace

from core.anchors import signed_chain_head
from core.closings import close_elapsed_periods
from core.context import WriteContext
from core.errors import QuittanceError
from core.events import last_seq
from core.ids import new_id
from core.perpetual import perpetual_now
from core.money import check_amount_limit
from core.printqueue import unprinted_count


@dataclass(frozen=True)
class TotalLine:
    key: str
    label: str
    count: int
    total: int


@dataclass(frozen=True)
class VoidLine:
    receipt_no: str
    amount: int
    reason: str
    voided_at: str


@dataclass(frozen=True)
class ReceiptTally:
    """Receipts issued in a scope (one session, or since a moment), how many of those are voided,
    and what the valid ones add up to. The home screen and the Z-report both read it, so their
    counts always agree."""
    issued: int = 0
    voided: int = 0
    net_amount: int = 0

    @property
    def net(self) -> int:
        return self.issued - self.voided


def receipt_tally(conn: sqlite3.Connection, *, session_id: str | None = None,
                  issued_since: str | None = None) -> ReceiptTally:
    """The tally of one session's receipts, or of every receipt issued since `issued_since` (UTC ISO)."""
    if (session_id is None) == (issued_since is None):
        raise ValueError("give exactly one of session_id and issued_since")
    where, param = ("p.session_id = ?", session_id) if session_id is not None else ("p.issued_at >= ?", issued_since)
    issued, voided, net_amount = conn.execute(
        "SELECT count(*), coalesce(sum(x.voided), 0), coalesce(sum(CASE WHEN x.voided THEN 0 ELSE x.amount END), 0) "
        "FROM (SELECT p.amount, EXISTS (SELECT 1 FROM voids v WHERE v.payment_id = p.id) AS voided "
        f"FROM payments p WHERE {where}) x", (param,)).fetchone()
    return ReceiptTally(issued, voided, net_amount)


@dataclass(frozen=True)
class ZReport:
    session_id: str
    agent_id: str
    agent_name: str
    device_code: str
    currency: str
    opened_at: str
    closed_at: str | None
    opening_float: int
    by_tax: list[TotalLine] = field(default_factory=list)
    by_method: list[TotalLine] = field(default_factory=list)
    first_receipt: str | None = None
    last_receipt: str | None = None
    receipt_count: int = 0
    total_collected: int = 0  # valid payments only
    voids: list[VoidLine] = field(default_factory=list)
    expected_cash: int = 0  # opening float + valid cash payments
    chain_head: str | None = None  # signed chain head at closing (core.anchors), absent before schema v5
    # Valid receipts of the session no copy was printed of (at closing, for a closed session):
    # each is a citizen who left with a hand-written stub. Absent from reports closed before.
    unprinted: int = 0
    # Issue 14 (core/fiscal_events.py, core/perpetual.py): the device's totals since its first day
    # (TOTAL_KEYS) and the hash of the closing before this one, signed and chained with the event.
    # Absent (None) from reports closed before, and from the running totals of an open session.
    perpetual: dict | None = None
    previous_closing: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def tally(self) -> ReceiptTally:
        """Issued, voided and net, from the figures `receipt_tally` gave when the report was built
        (a closed report is read back from its event, which stores them, not the tally)."""
        net_count = sum(line.count for line in self.by_tax)
        return ReceiptTally(self.receipt_count, self.receipt_count - net_count, self.total_collected)

    @classmethod
    def from_dict(cls, data: dict) -> "ZReport":
        data = dict(data)
        data["by_tax"] = [TotalLine(**x) for x in data.get("by_tax", [])]
        data["by_method"] = [TotalLine(**x) for x in data.get("by_method", [])]
        data["voids"] = [VoidLine(**x) for x in data.get("voids", [])]
        return cls(**data)


def open_session_id(conn: sqlite3.Connection) -> str | None:
    row = conn.execute(
        "SELECT s.id FROM cash_sessions s LEFT JOIN cash_session_closings c ON c.session_id = s.id "
        "WHERE c.session_id IS NULL ORDER BY s.event_seq DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def require_open_session(conn: sqlite3.Connection, agent_id: str | None = None) -> str:
    """The open session; with `agent_id`, it must be that agent's, because the cash in a session
    is one agent's responsibility when the supervisor counts it."""
    session_id = open_session_id(conn)
    if session_id is None:
        raise QuittanceError("no_open_session")
    if agent_id is not None:
        owner = conn.execute("SELECT s.agent_id, a.name FROM cash_sessions s JOIN agents a ON a.id = s.agent_id "
                             "WHERE s.id = ?", (session_id,)).fetchone()
        if owner[0] != agent_id:
            raise QuittanceError("session_of_another_agent", agent=owner[1])
    return session_id


def open_session(conn: sqlite3.Connection, ctx: WriteContext, opening_float: int = 0, *,
                 clock_confirmed: bool = False) -> str:
    """Open a session; the months and years that ended since the last closing are closed first, in
    the same transaction (core/closings.py). `clock_confirmed`: the agent confirmed the clock, so
    a clock in doubt does not stop those closings."""
    if type(opening_float) is not int or opening_float < 0:
        raise QuittanceError("invalid_amount", text=str(opening_float))
    check_amount_limit(opening_float, ctx.municipality.currency, locale=ctx.municipality.locale)
    existing = open_session_id(conn)
    if existing:
        opened_at = conn.execute("SELECT opened_at FROM cash_sessions WHERE id = ?", (existing,)).fetchone()[0]
        raise QuittanceError("session_already_open", opened_at=opened_at)
    if ctx.agent_id is None:
        raise QuittanceError("unknown_agent", agent="?")
    close_elapsed_periods(conn, ctx, confirmed=clock_confirmed)
    session_id = new_id()
    ctx.record(conn, "session.opened", {"id": session_id, "agent_id": ctx.agent_id,
                                        "opening_float": opening_float}, entity_id=session_id)
    return session_id


def build_z_report(conn: sqlite3.Connection, session_id: str, device_code: str, currency: str,
                   closed_at: str | None = None) -> ZReport:
    session = conn.execute(
        "SELECT s.*, a.name AS agent_name FROM cash_sessions s JOIN agents a ON a.id = s.agent_id WHERE s.id = ?",
        (session_id,),
    ).fetchone()
    valid = "NOT EXISTS (SELECT 1 FROM voids v WHERE v.payment_id = p.id)"
    by_tax = [TotalLine(r[0], r[1], r[2], r[3]) for r in conn.execute(
        f"SELECT p.tax_code, t.label, count(*), sum(p.amount) FROM payments p JOIN tax_types t ON t.code = p.tax_code "
        f"WHERE p.session_id = ? AND {valid} GROUP BY p.tax_code ORDER BY p.tax_code", (session_id,))]
    by_method = [TotalLine(r[0], r[0], r[1], r[2]) for r in conn.execute(
        f"SELECT p.method, count(*), sum(p.amount) FROM payments p WHERE p.session_id = ? AND {valid} "
        f"GROUP BY p.method ORDER BY p.method", (session_id,))]
    numbers = conn.execute(
        "SELECT min(receipt_no), max(receipt_no) FROM payments WHERE session_id = ?", (session_id,)
    ).fetchone()
    tally = receipt_tally(conn, session_id=session_id)
    voids = session_voids(conn, session_id)
    cash = sum(line.total for line in by_method if line.key == "cash")
    return ZReport(
        session_id=session_id, agent_id=session["agent_id"], agent_name=session["agent_name"],
        device_code=device_code, currency=currency, opened_at=session["opened_at"], closed_at=closed_at,
        opening_float=session["opening_float"], by_tax=by_tax, by_method=by_method,
        first_receipt=numbers[0], last_receipt=numbers[1], receipt_count=tally.issued,
        total_collected=tally.net_amount, voids=voids,
        expected_cash=session["opening_float"] + cash, unprinted=unprinted_count(conn, session_id),
    )


def session_voids(conn: sqlite3.Connection, session_id: str) -> list[VoidLine]:
    """The voids of the session's receipts and the voids recorded while it was open. The latter are
    found by the events between its opening and its closing (a range of the chain's own key), not
    by `voids.session_id`, which has no index: that scan grew with every void the device ever made
    and was most of a Z-report's time on an old device (bench/bench_closings.py)."""
    opened = conn.execute("SELECT event_seq FROM cash_sessions WHERE id = ?", (session_id,)).fetchone()[0]
    closed = conn.execute("SELECT event_seq FROM cash_session_closings WHERE session_id = ?", (session_id,)).fetchone()
    until = closed[0] if closed else last_seq(conn) + 1
    return [VoidLine(*r) for r in conn.execute(
        "SELECT p.receipt_no, p.amount, v.reason, v.voided_at FROM voids v JOIN payments p ON p.id = v.payment_id "
        "WHERE v.payment_id IN (SELECT id FROM payments WHERE session_id = ?) "
        "OR v.payment_id IN (SELECT entity_id FROM events WHERE seq > ? AND seq < ? AND type = 'payment.voided') "
        "ORDER BY p.receipt_no", (session_id, opened, until))]


def close_session(conn: sqlite3.Connection, ctx: WriteContext) -> ZReport:
    session_id = require_open_session(conn)
    report = build_z_report(conn, session_id, ctx.device.code, ctx.municipality.currency, closed_at=ctx.now)
    # The chain head at closing, signed: the printed Z-report anchors the ledger outside the file.
    head = signed_chain_head(conn, ctx.device.private_key)
    perpetual, previous_closing = perpetual_now(conn)
    report = replace(report, chain_head=head.text, perpetual=perpetual.to_dict(), previous_closing=previous_closing)
    ctx.record(conn, "session.closed", {"session_id": session_id, "report": report.to_dict()}, entity_id=session_id)
    return report


def closed_report(conn: sqlite3.Connection, session_id: str) -> ZReport | None:
    row = conn.execute("SELECT report FROM cash_session_closings WHERE session_id = ?", (session_id,)).fetchone()
    return ZReport.from_dict(json.loads(row[0])) if row else None
