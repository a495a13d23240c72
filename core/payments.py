"""Payments, voids and printed copies: append-only (invariant 3), numbered gap-free per device
and year (invariant 5), signed (invariant 6), each with its event in the same transaction."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.money import Money, check_amount_limit
from core.timezones import local_moment
from core.context import WriteContext
from core.device_status import is_revoked
from core.errors import QuittanceError, StorageFault
from core.events import next_seq
from core.ids import new_id
from core.registry import get_taxpayer_row
from core.series import series_for_payment
from core.schedule import balances, get_tax_type, validate_period
from core.sessions import require_open_session, open_session_id
from core.textguard import check_text
from core.token import ReceiptClaims, make_token
from core.merges import refuse_if_merged
from core.withdrawals import refuse_if_withdrawn

METHODS = ("cash", "mobile_money", "other")


@dataclass(frozen=True)
class Payment:
    id: str
    receipt_no: str
    taxpayer_id: str
    tax_code: str
    period: str
    amount: int
    currency: str
    method: str
    reference: str | None
    is_advance: bool
    session_id: str
    agent_id: str
    device_id: str
    issued_at: str
    balance_after: int
    token: str
    voided: bool = False
    void_reason: str | None = None
    other_due_after: int | None = None  # still owed on every other tax and period, at payment time


def receipt_number(device_code: str, year: int, seq: int) -> str:
    return f"{device_code}-{year}-{seq:06d}"


def _local_year(now_iso: str, timezone_name: str | None) -> int:
    """The receipt year is the year in the municipality's zone: a payment at 23:30 local time on
    31 December belongs to that year even though it is already January in UTC (or the reverse)."""
    return local_moment(now_iso, timezone_name).year


def _allocate_receipt_seq(conn: sqlite3.Connection, year: int) -> int:
    """The next number of `year`, which must follow the last receipt of that year: the counter and
    the payments move together in one transaction, so a counter that disagrees was edited outside
    Quittance (it issued T07-2026-000000 after -1, and skipped billions after a huge value)."""
    highest = conn.execute("SELECT coalesce(max(receipt_seq), 0) FROM payments WHERE receipt_year = ?",
                           (year,)).fetchone()[0]
    seq = conn.execute(
        "INSERT INTO receipt_counters (year, last_seq) VALUES (?, 1) "
        "ON CONFLICT(year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq",
        (year,),
    ).fetchone()[0]
    if seq != highest + 1:
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        raise StorageFault("receipt_counter_edited", year=year, counter=seq if isinstance(seq, int) else "?",
                           last=highest, path=path, folder=str(Path(path).parent), detail=f"counter {seq!r}")
    return seq


def check_payment_amount(amount: int, due: int, currency_code: str, maximum: int, *, advance: bool) -> None:
    """What an amount may be for a line owing `due`: no more than the municipality's maximum per
    payment, and no more than the balance unless it is an advance. record_payment applies it,
    and the app calls it as the amount is typed, so both refuse exactly the same amounts."""
    check_amount_limit(amount, currency_code, maximum)
    if amount > due and not advance:
        raise QuittanceError("amount_above_balance", amount=Money(amount, currency_code),
                             due=Money(max(due, 0), currency_code))


def record_payment(conn: sqlite3.Connection, ctx: WriteContext, *, taxpayer_id: str, tax_code: str, period: str,
                   amount: int, method: str, reference: str | None = None, advance: bool = False) -> Payment:
    """Validate, number, sign and append one payment. Call inside one store transaction."""
    if is_revoked(conn):  # the server no longer accepts this device: no receipt it could not vouch for
        raise QuittanceError("device_revoked_no_receipts", device_code=ctx.device.code)
    if type(amount) is not int or amount <= 0:
        raise QuittanceError("invalid_amount", text=str(amount))
    check_amount_limit(amount, ctx.municipality.currency, ctx.municipality.payment_limit(),
                       ctx.municipality.locale)
    if ctx.agent_id is None:
        raise QuittanceError("unknown_agent", agent="?")
    session_id = require_open_session(conn, ctx.agent_id)
    taxpayer = get_taxpayer_row(conn, taxpayer_id)
    refuse_if_merged(conn, taxpayer_id)  # before "inactive": the agent is sent to the kept taxpayer
    if taxpayer["status"] != "active":
        raise QuittanceError("inactive_taxpayer")
    refuse_if_withdrawn(conn, taxpayer_id)
    tax = get_tax_type(conn, tax_code)
    period = validate_period(tax, period)
    if method not in METHODS:
        raise QuittanceError("invalid_method", method=method)
    reference = (check_text(reference, "reference") or "").strip() or None
    if method == "mobile_money" and not reference:
        raise QuittanceError("reference_required")
    # One read of the taxpayer's lines gives both this line's balance and what else is owed.
    lines = balances(conn, taxpayer_id, local_moment(ctx.now, ctx.municipality.timezone).date())
    due = sum(line.due for line in lines if (line.tax_code, line.period) == (tax.code, period))
    other_due = sum(max(0, line.due) for line in lines if (line.tax_code, line.period) != (tax.code, period))
    check_payment_amount(amount, due, ctx.municipality.currency, ctx.municipality.payment_limit(), advance=advance)
    year = _local_year(ctx.now, ctx.municipality.timezone)
    series_for_payment(conn, year)  # an enrolled device issues only in a series its server registered
    seq = _allocate_receipt_seq(conn, year)
    payment_id = new_id()
    receipt_no = receipt_number(ctx.device.code, year, seq)
    # The token carries the seq its event is about to get: a receipt in a citizen's hand then
    # contradicts a ledger cut short (BEGIN IMMEDIATE: no other writer can take that seq).
    claims = ReceiptClaims(receipt_no, taxpayer_id, tax.code, period, amount, ctx.municipality.currency,
                           ctx.now, ctx.device.id, event_seq=next_seq(conn))
    payment = Payment(payment_id, receipt_no, taxpayer_id, tax.code, period, amount, ctx.municipality.currency,
                      method, reference, bool(advance), session_id, ctx.agent_id, ctx.device.id, ctx.now,
                      due - amount, make_token(claims, ctx.device.private_key), other_due_after=other_due)
    event = ctx.record(conn, "payment.recorded", payment_event_data(payment), entity_id=payment_id)
    if event.seq != claims.event_seq:
        raise RuntimeError("the event log moved while a payment was being recorded")
    return payment


def payment_event_data(payment: Payment) -> dict:
    """The fields of a payment that its event carries, and that `verify` compares with the row."""
    data = {
        "id": payment.id, "receipt_no": payment.receipt_no, "taxpayer_id": payment.taxpayer_id,
        "tax_code": payment.tax_code, "period": payment.period, "amount": payment.amount,
        "currency": payment.currency, "method": payment.method, "reference": payment.reference,
        "is_advance": payment.is_advance, "session_id": payment.session_id, "agent_id": payment.agent_id,
        "issued_at": payment.issued_at, "balance_after": payment.balance_after, "token": payment.token,
    }
    if payment.other_due_after is not None:  # absent from payments recorded before schema v4
        data["other_due_after"] = payment.other_due_after
    return data


_PAYMENT_SELECT = """
    SELECT p.id, p.receipt_no, p.taxpayer_id, p.tax_code, p.period, p.amount, p.currency, p.method, p.reference,
           p.is_advance, p.session_id, p.agent_id, p.device_id, p.issued_at, p.balance_after, p.token,
           v.id IS NOT NULL AS voided, v.reason, p.other_due_after
    FROM payments p LEFT JOIN voids v ON v.payment_id = p.id
"""


def _payment_from_row(row: sqlite3.Row) -> Payment:
    values = list(row)
    values[9] = bool(values[9])
    values[16] = bool(values[16])
    return Payment(*values)


def get_payment(conn: sqlite3.Connection, receipt_no: str) -> Payment:
    row = conn.execute(_PAYMENT_SELECT + " WHERE p.receipt_no = ?", ((receipt_no or "").strip().upper(),)).fetchone()
    if row is None:
        raise QuittanceError("unknown_receipt", receipt_no=receipt_no)
    return _payment_from_row(row)


def payments_of_taxpayer(conn: sqlite3.Connection, taxpayer_id: str) -> list[Payment]:
    rows = conn.execute(_PAYMENT_SELECT + " WHERE p.taxpayer_id = ? ORDER BY p.receipt_year DESC, p.receipt_seq DESC",
                        (taxpayer_id,)).fetchall()
    return [_payment_from_row(r) for r in rows]


def void_payment(conn: sqlite3.Connection, ctx: WriteContext, receipt_no: str, reason: str) -> Payment:
    """A void is a new record pointing at the payment; the receipt number stays used."""
    reason = (check_text(reason, "reason") or "").strip()
    if not reason:
        raise QuittanceError("reason_required")
    payment = get_payment(conn, receipt_no)
    if payment.voided:
        raise QuittanceError("already_voided", receipt_no=payment.receipt_no)
    void_id = new_id()
    session_id = open_session_id(conn)
    ctx.record(conn, "payment.voided", {"id": void_id, "payment_id": payment.id, "receipt_no": payment.receipt_no,
                                        "reason": reason, "agent_id": ctx.agent_id, "session_id": session_id},
               entity_id=payment.id)
    return get_payment(conn, payment.receipt_no)


def record_print(conn: sqlite3.Connection, ctx: WriteContext, receipt_no: str) -> int:
    """Count a printed copy; returns its number (1 is the original, above 1 a DUPLICATA)."""
    payment = get_payment(conn, receipt_no)
    copy = conn.execute("SELECT coalesce(MAX(copy), 0) + 1 FROM receipt_prints WHERE payment_id = ?",
                        (payment.id,)).fetchone()[0]
    ctx.record(conn, "receipt.printed", {"id": new_id(), "payment_id": payment.id, "receipt_no": payment.receipt_no,
                                         "copy": copy}, entity_id=payment.id)
    return copy


def copies_printed(conn: sqlite3.Connection, receipt_no: str) -> int:
    payment = get_payment(conn, receipt_no)
    return conn.execute("SELECT count(*) FROM receipt_prints WHERE payment_id = ?", (payment.id,)).fetchone()[0]


def issued_year(payment: Payment) -> int:
    return datetime.fromisoformat(payment.issued_at.replace("Z", "+00:00")).astimezone().year
