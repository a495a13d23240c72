"""Voids that wait for a supervisor: the list, and the approval or rejection of each.

Push writes a `void_requests` row instead of setting `receipts.voided_at` for a void that must
wait (sync/server/void_rules.py says which). Everything that counts voids reads
`receipts.voided_at` (open data, exports, the taxpayers' standing, stats, the verification page),
so a waiting void counts nowhere. An approval is a `void_decisions` row and then sets the
receipt's `voided_at` and `void_reason` from the request, exactly as push sets them for a void that
does not wait; a rejection is a row too, and the receipt stands. The reconciliation, which reads
the void events themselves, leaves out those not approved (`not_counted_payment_ids`)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from sync.server.common import now_iso
from sync.server.decisions import DecisionError, checked_name, checked_reason
from sync.server.schema import agents, devices, receipts, void_decisions, void_requests

ACTIONS = ("approve", "reject")
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"


def _rows(conn: Connection, *where: Any) -> list[dict[str, Any]]:
    query = (select(void_requests, receipts.c.amount, receipts.c.currency, receipts.c.taxpayer_name,
                    receipts.c.paid_at, receipts.c.tax_code, receipts.c.period, agents.c.name.label("agent"),
                    devices.c.code.label("device"), void_decisions.c.action, void_decisions.c.reason.label("decision_reason"),
                    void_decisions.c.decided_by, void_decisions.c.decided_at)
             .select_from(void_requests
                          .join(receipts, receipts.c.receipt_no == void_requests.c.receipt_no)
                          .outerjoin(agents, agents.c.id == void_requests.c.agent_id)
                          .outerjoin(devices, devices.c.id == void_requests.c.device_id)
                          .outerjoin(void_decisions, void_decisions.c.receipt_no == void_requests.c.receipt_no))
             .where(*where).order_by(void_requests.c.received_at, void_requests.c.receipt_no))
    return [_shape(row) for row in conn.execute(query).mappings()]


def _shape(row: Any) -> dict[str, Any]:
    decision = None
    if row["action"]:
        decision = {"action": row["action"], "reason": row["decision_reason"], "by": row["decided_by"],
                    "at": row["decided_at"]}
    status = PENDING if decision is None else (APPROVED if row["action"] == "approve" else REJECTED)
    return {"receipt_no": row["receipt_no"], "amount": row["amount"], "currency": row["currency"],
            "taxpayer_name": row["taxpayer_name"] or "", "tax_code": row["tax_code"], "period": row["period"],
            "paid_at": row["paid_at"], "agent": row["agent"] or "", "device": row["device"] or "",
            "reason": row["reason"] or "", "voided_at": row["voided_at"], "received_at": row["received_at"],
            "why": row["why"].split(","), "status": status, "decision": decision,
            "actions": list(ACTIONS) if decision is None else []}


def list_voids(conn: Connection, status: str = PENDING) -> list[dict[str, Any]]:
    """The waiting voids (`pending`), or those decided (`decided`), oldest first."""
    if status == PENDING:
        return _rows(conn, void_decisions.c.receipt_no.is_(None))
    if status == "decided":
        return _rows(conn, void_decisions.c.receipt_no.is_not(None))
    raise DecisionError(f"status {status!r}: pending or decided", "bad_status")


def decide(conn: Connection, receipt_no: str, action: str, reason: str, by: str) -> dict[str, Any]:
    """Approve or reject the waiting void of a receipt; returns the void as `list_voids` shows it."""
    number = " ".join(str(receipt_no or "").split()).upper()
    if action not in ACTIONS:
        raise DecisionError(f"action {action!r}: approve or reject", "bad_action")
    reason, by = checked_reason(reason), checked_name(by)
    found = _rows(conn, void_requests.c.receipt_no == number)
    if not found:
        raise DecisionError(f"no void of receipt {number} waits for approval", "not_found", 404)
    if found[0]["decision"] is not None:
        done = found[0]["decision"]
        raise DecisionError(f"the void of {number} was already {found[0]['status']} by {done['by']} at {done['at']}",
                            "already_decided", 409)
    try:
        with conn.begin_nested():
            conn.execute(void_decisions.insert().values(receipt_no=number, action=action, reason=reason,
                                                        decided_by=by, decided_at=now_iso()))
    except IntegrityError:  # another supervisor decided it a moment ago
        raise DecisionError(f"the void of {number} was decided a moment ago by someone else", "already_decided",
                            409) from None
    if action == "approve":
        request = conn.execute(select(void_requests).where(void_requests.c.receipt_no == number)).mappings().one()
        conn.execute(receipts.update().where(receipts.c.receipt_no == number, receipts.c.voided_at.is_(None))
                     .values(voided_at=request["voided_at"], void_reason=request["reason"]))
    return _rows(conn, void_requests.c.receipt_no == number)[0]


def status_of(conn: Connection, receipt_no: str) -> str | None:
    """pending, approved or rejected for a receipt whose void waited; None when none did."""
    found = _rows(conn, void_requests.c.receipt_no == receipt_no)
    return found[0]["status"] if found else None


def not_counted_payment_ids(conn: Connection, device_ids: str | list[str]) -> set[str]:
    """Payments of these devices whose void is waiting or was rejected: their void events count for nothing."""
    device_ids = [device_ids] if isinstance(device_ids, str) else device_ids
    if not device_ids:
        return set()
    query = (select(void_requests.c.payment_id)
             .select_from(void_requests.outerjoin(void_decisions,
                                                  void_decisions.c.receipt_no == void_requests.c.receipt_no))
             .where(void_requests.c.device_id.in_(device_ids),
                    (void_decisions.c.action.is_(None)) | (void_decisions.c.action != "approve")))
    return set(conn.execute(query).scalars())
