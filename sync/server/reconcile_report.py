"""An agent's day reconciled: the expected cash from the synced ledger, each session's Z-report
figure, the cash handed in by earlier sign-offs and counted now, the variance; and a sign-off of
it. The command line (sync/server/cli_reconcile.py) prints it; later the supervisor's screens and
the PDF report read the same figures."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from core.textguard import check_text
from core.errors import QuittanceError
from core.timezones import local_moment
from sync.server.reconcile_count import CashCount, Variance, money_text
from sync.server.reconcile_ledger import AgentDay, agent_day, find_agent
from sync.server.reconcile_signoff import SignOff, record_sign_off, sign_offs
from sync.server.reference import AdminError
from sync.server.schema import supervisors

MAX_NOTE = 500


@dataclass(frozen=True)
class Reconciliation:
    figures: AgentDay
    earlier: list[SignOff]  # the day's sign-offs so far, in order
    count: CashCount | None  # counted now (None: only looking)

    @property
    def handed_in_before(self) -> int:
        """Cash of the earlier sign-offs; one whose signature fails is not believed."""
        return sum(s.counted for s in self.earlier if s.valid)

    @property
    def variance(self) -> Variance:
        return Variance(self.figures.expected_cash, self.handed_in_before + (self.count.total if self.count else 0))

    def to_dict(self) -> dict[str, Any]:
        f, v = self.figures, self.variance
        return {"agent": f.agent_name, "agent_id": f.agent_id, "day": f.day, "timezone": f.timezone,
                "currency": f.currency, "sessions": [s.to_dict() for s in f.sessions],
                "expected_cash": f.expected_cash, "handed_in_before": self.handed_in_before,
                "counted": self.count.total if self.count else None,
                "count": [line.to_dict() for line in self.count.lines] if self.count else [],
                "handed_in": v.handed_in, "variance": v.variance, "status": v.status,
                "sign_offs": [s.to_dict() for s in self.earlier]}


def reconcile(conn: Connection, agent_name: str, day: date, count: CashCount | None) -> Reconciliation:
    figures = agent_day(conn, agent_name, day)
    return Reconciliation(figures, sign_offs(conn, figures.agent_id, figures.day), count)


def sign_off(conn: Connection, private_key_hex: str, view: Reconciliation, *, by: str, note: str | None,
             at: str) -> SignOff:
    """Record the supervisor's signed sign-off of `view` (which must hold a count); `by` (the
    command line's --by) names an active supervisor's server account, or an agent with role supervisor."""
    account = conn.execute(select(supervisors.c.id, supervisors.c.name).where(
        supervisors.c.name == " ".join((by or "").split()), supervisors.c.active == 1)).first()
    if account is not None:
        return sign_off_as(conn, private_key_hex, view, supervisor=account.name, supervisor_id=account.id, note=note,
                           at=at, extra={"signed_by_account": "supervisor"})
    supervisor_id, supervisor, role = find_agent(conn, by)
    if role != "supervisor":
        raise AdminError(f"{supervisor} is not a supervisor: only a supervisor signs off cash")
    return sign_off_as(conn, private_key_hex, view, supervisor=supervisor, supervisor_id=supervisor_id, note=note,
                       at=at)


def sign_off_as(conn: Connection, private_key_hex: str, view: Reconciliation, *, supervisor: str, supervisor_id: str,
                note: str | None, at: str, extra: dict[str, Any] | None = None) -> SignOff:
    """The sign-off itself, for a supervisor already known (the command line's --by, or the
    supervisor logged in to the API, whose account adds `extra` fields to the record)."""
    if view.count is None:
        raise AdminError("a sign-off needs the cash counted: give --counted AMOUNT or --count FACExPIECES,…")
    broken = [s.record.get("number") for s in view.earlier if not s.valid]
    if broken:
        raise AdminError(f"sign-off {broken[0]} of this day fails its signature check (the record was altered); "
                         f"nothing can be signed on top of it: report it")
    try:
        note = (check_text(note, "note") or "").strip() or None
    except QuittanceError as exc:
        raise AdminError(f"--note: {exc.message('en')}") from None
    if note and len(note) > MAX_NOTE:
        raise AdminError(f"--note is longer than {MAX_NOTE} characters")
    fields = {key: value for key, value in view.to_dict().items() if key not in ("agent_id", "day", "sign_offs")}
    fields.update(signed_by=supervisor, signed_by_id=supervisor_id, note=note, **(extra or {}))
    return record_sign_off(conn, private_key_hex, fields, agent_id=view.figures.agent_id, day=view.figures.day,
                           at=at)


def as_text(view: Reconciliation, signed: SignOff | None = None) -> str:
    """What the supervisor reads in a terminal."""
    f, v, cur = view.figures, view.variance, view.figures.currency
    lines = [f"Reconciliation of {f.agent_name}, {f.day} ({f.timezone})"]
    for s in f.sessions:
        z = "not closed (or its closing not synced)" if s.z_expected_cash is None else \
            f"Z-report {money_text(s.z_expected_cash, cur)}"
        opened = local_moment(s.opened_at, f.timezone).strftime("%H:%M")
        lines.append(f"  session {s.device_code} opened {opened}: float {money_text(s.opening_float, cur)}"
                     f" + cash {money_text(s.cash_collected, cur)} ({s.cash_receipts} cash "
                     f"receipt{'s' if s.cash_receipts != 1 else ''}) = "
                     f"{money_text(s.expected_cash, cur)}; {z}")
    if not f.sessions:
        lines.append("  no cash session of this agent opened that day has been synced")
    lines.append(f"Expected cash:    {money_text(f.expected_cash, cur)}")
    for s in view.earlier:
        state = "" if s.valid else "  SIGNATURE FAILS: not counted"
        lines.append(f"Sign-off {s.record['number']} ({s.record['at']}, {s.record['signed_by']}): handed in "
                     f"{money_text(s.counted, cur)}{state}")
    if view.count is not None:
        detail = ", ".join(f"{line.face} x {line.pieces}" for line in view.count.lines)
        lines.append(f"Counted now:      {money_text(view.count.total, cur)}{f' ({detail})' if detail else ''}")
    lines.append(f"Variance:         {money_text(v.variance, cur)} ({v.status})")
    if signed is not None:
        lines.append(f"Signed off: record {signed.record['number']} ({signed.record['id']}), signed by the "
                     f"server key {signed.public_key[:16]}…")
    return "\n".join(lines)
