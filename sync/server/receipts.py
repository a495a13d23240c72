"""The server's projection of payments and voids, and the lookup the verification page uses."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from core.envelope import ParsedPayload
from sync.server.push_rules import payment_reference
from sync.server.schema import receipts


def record_payment(conn: Connection, event: ParsedPayload, *, received_at: str, taxpayer_name: str | None) -> None:
    data = event.data
    amount = data["amount"]
    if type(amount) is not int or amount <= 0:
        raise ValueError(f"amount {amount!r} is not a positive integer")
    conn.execute(receipts.insert().values(
        receipt_no=data["receipt_no"], device_id=event.device_id, payment_id=data["id"], event_seq=event.seq,
        token=data.get("token"), amount=amount, currency=data["currency"], tax_code=data["tax_code"],
        period=data["period"], taxpayer_id=data["taxpayer_id"], taxpayer_name=taxpayer_name,
        agent_id=event.agent_id, method=data.get("method"), reference=payment_reference(data), paid_at=data.get("issued_at") or event.device_time,
        received_at=received_at))


def record_void(conn: Connection, event: ParsedPayload) -> None:
    done = conn.execute(receipts.update().where(receipts.c.payment_id == event.data["payment_id"],
                                                receipts.c.voided_at.is_(None))
                        .values(voided_at=event.device_time, void_reason=event.data.get("reason"))).rowcount
    if not done:
        raise ValueError(f"void of payment {event.data['payment_id']} that the server does not hold")


def find_receipt(conn: Connection, *, number: str | None = None, payment_id: str | None = None) -> dict[str, Any] | None:
    """A stored receipt by its number or its payment id, as a dict of the `receipts` columns
    (voided_at/void_reason are None unless voided); None when the server does not hold it."""
    if number is None and payment_id is None:
        return None
    query = select(receipts)
    query = query.where(receipts.c.receipt_no == number.strip().upper()) if number is not None else \
        query.where(receipts.c.payment_id == payment_id)
    row = conn.execute(query).mappings().first()
    return dict(row) if row else None
