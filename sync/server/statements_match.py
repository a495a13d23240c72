"""Matching operators' statement lines with the mobile-money receipts agents recorded.

A line and a receipt match when they have the same reference (case and spaces aside), the same
amount, and times no further apart than the setting `mobile_money.window_minutes`. Each line
matches at most one receipt and each receipt at most one line. What is left is flagged:

- `amount_mismatch`: a line and a receipt with the same reference but different amounts;
- `time_mismatch`: the same reference and amount, but further apart than the window;
- `line_unmatched`: money the operator received that no receipt records;
- `receipt_unmatched`: a mobile-money receipt (not voided) that no line shows.

Flags are not stored: they are computed afresh, so a receipt pushed after the import matches
its line from then on. To give the same answer whatever is asked (an import, a date range, one
flag), every line and receipt that share a reference with what was asked is read and paired the
same way: per reference, lines in time order each take the nearest unpaired receipt of the same
amount within the window; then what is left pairs as mismatches, nearest first. A flag is named by
its line (`L12`) or, for a receipt with no line, by its receipt number; a supervisor's clearing
(statement_clearings) is shown with it."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Iterable

from sqlalchemy import Connection, func, select

from sync.server import server_settings
from sync.server.reconcile_ledger import municipality_settings
from sync.server.schema import agents, devices, receipts, statement_clearings, statement_lines

WINDOW_KEY = "mobile_money.window_minutes"
server_settings.declare(WINDOW_KEY, 1440, "how far apart (minutes) a mobile-money receipt and its operator's "
                        "statement line may be and still match", server_settings.whole_number(1, 60 * 24 * 31))
MOBILE_MONEY = "mobile_money"
_CHUNK = 500


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _line(row: Any) -> dict[str, Any]:
    return {"id": f"L{row['id']}", "operator": row["operator"], "line_no": row["line_no"],
            "reference": row["reference"], "amount": row["amount"], "occurred_at": row["occurred_at"],
            "import_id": row["import_id"]}


_RECEIPT_COLUMNS = (receipts.c.receipt_no, receipts.c.reference, receipts.c.amount, receipts.c.currency,
                    receipts.c.paid_at, receipts.c.taxpayer_name, agents.c.name.label("agent"),
                    devices.c.code.label("device_code"))


def _receipt_query():  # noqa: ANN202
    return (select(*_RECEIPT_COLUMNS)
            .select_from(receipts.outerjoin(agents, agents.c.id == receipts.c.agent_id)
                         .outerjoin(devices, devices.c.id == receipts.c.device_id))
            .where(receipts.c.method == MOBILE_MONEY, receipts.c.voided_at.is_(None),
                   receipts.c.reference.is_not(None)))


def _receipt(row: Any) -> dict[str, Any]:
    return {"receipt_no": row["receipt_no"], "reference": row["reference"], "amount": row["amount"],
            "paid_at": row["paid_at"], "taxpayer_name": row["taxpayer_name"], "agent": row["agent"],
            "device_code": row["device_code"]}


def _key(reference: str | None) -> str:
    return " ".join((reference or "").split()).upper()


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = sorted(set(values))
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _groups(conn: Connection, references: set[str]) -> tuple[list[dict], list[dict]]:
    """Every line and every mobile-money receipt (not voided) with one of these references."""
    lines, found = [], []
    for chunk in _chunks(references):
        lines += [_line(r) for r in conn.execute(select(statement_lines)
                                                 .where(statement_lines.c.reference.in_(chunk))).mappings()]
        found += [_receipt(r) for r in conn.execute(_receipt_query()
                                                    .where(func.upper(receipts.c.reference).in_(chunk))).mappings()]
    return lines, [r for r in found if _key(r["reference"]) in references]


def pair(lines: list[dict], found: list[dict], window_minutes: int) -> tuple[list[dict], list[dict]]:
    """(matched pairs, flags) of lines and receipts, all sharing references (see the module)."""
    by_ref: dict[str, tuple[list[dict], list[dict]]] = {}
    for line in lines:
        by_ref.setdefault(_key(line["reference"]), ([], []))[0].append(line)
    for receipt in found:
        by_ref.setdefault(_key(receipt["reference"]), ([], []))[1].append(receipt)
    matched, flags = [], []
    window = window_minutes * 60
    for reference in sorted(by_ref):
        group_lines = sorted(by_ref[reference][0], key=lambda x: (x["occurred_at"], int(x["id"][1:])))
        open_receipts = sorted(by_ref[reference][1], key=lambda x: (x["paid_at"], x["receipt_no"]))

        def apart(line: dict, receipt: dict) -> float:
            return abs((_moment(line["occurred_at"]) - _moment(receipt["paid_at"])).total_seconds())

        left = []
        for line in group_lines:
            fits = [r for r in open_receipts if r["amount"] == line["amount"] and apart(line, r) <= window]
            if fits:
                best = min(fits, key=lambda r: apart(line, r))
                open_receipts.remove(best)
                matched.append({"line": line, "receipt": best, "minutes_apart": round(apart(line, best) / 60)})
            else:
                left.append(line)
        for line in left:
            if open_receipts:
                other = min(open_receipts, key=lambda r: (r["amount"] != line["amount"], apart(line, r)))
                open_receipts.remove(other)
                kind = "amount_mismatch" if other["amount"] != line["amount"] else "time_mismatch"
                flags.append({"id": line["id"], "kind": kind, "line": line, "receipt": other,
                              "minutes_apart": round(apart(line, other) / 60)})
            else:
                flags.append({"id": line["id"], "kind": "line_unmatched", "line": line, "receipt": None})
        flags += [{"id": r["receipt_no"], "kind": "receipt_unmatched", "line": None, "receipt": r}
                  for r in open_receipts]
    return matched, flags


def _with_clearings(conn: Connection, flags: list[dict]) -> list[dict]:
    cleared: dict[tuple[str, str], dict] = {}
    for chunk in _chunks(f["id"] for f in flags):
        for row in conn.execute(select(statement_clearings).where(statement_clearings.c.flag_id.in_(chunk))).mappings():
            cleared[(row["flag_id"], row["kind"])] = {"id": row["id"], "by": row["cleared_by"],
                                                      "at": row["cleared_at"], "reason": row["reason"]}
    return [{**f, "cleared": cleared.get((f["id"], f["kind"]))} for f in flags]


def _answer(conn: Connection, scoped_lines: list[dict], scoped_receipts: list[dict]) -> dict[str, Any]:
    """The matching of everything sharing a reference with the scope, kept to what touches the scope."""
    window = server_settings.get(conn, WINDOW_KEY)
    references = {_key(x["reference"]) for x in scoped_lines + scoped_receipts}
    lines, found = _groups(conn, references)
    matched, flags = pair(lines, found, window)
    line_ids = {x["id"] for x in scoped_lines}
    receipt_nos = {x["receipt_no"] for x in scoped_receipts}

    def inside(item: dict) -> bool:
        return bool((item["line"] and item["line"]["id"] in line_ids)
                    or (item["receipt"] and item["receipt"]["receipt_no"] in receipt_nos))

    matched = [m for m in matched if inside(m)]
    flags = _with_clearings(conn, [f for f in flags if inside(f)])
    counts = {"matched": len(matched), "flags": len(flags), "open": sum(1 for f in flags if not f["cleared"]),
              "cleared": sum(1 for f in flags if f["cleared"])}
    for kind in ("amount_mismatch", "time_mismatch", "line_unmatched", "receipt_unmatched"):
        counts[kind] = sum(1 for f in flags if f["kind"] == kind)
    town = municipality_settings(conn)
    return {"window_minutes": window, "currency": town["currency"], "timezone": town.get("timezone"),
            "counts": counts, "matched": matched, "flags": flags}


def _scoped_receipts(conn: Connection, start: str, end: str, *, end_included: bool = False) -> list[dict]:
    before = receipts.c.paid_at <= end if end_included else receipts.c.paid_at < end
    return [_receipt(r) for r in conn.execute(_receipt_query().where(receipts.c.paid_at >= start, before)).mappings()]


def results_for_range(conn: Connection, start: str, end: str) -> dict[str, Any]:
    """Lines with a time, and mobile-money receipts paid, in [start, end) (UTC ISO)."""
    lines = [_line(r) for r in conn.execute(select(statement_lines).where(
        statement_lines.c.occurred_at >= start, statement_lines.c.occurred_at < end)).mappings()]
    return {"from": start, "to": end, **_answer(conn, lines, _scoped_receipts(conn, start, end))}


def results_for_lines(conn: Connection, line_ids: list[int]) -> dict[str, Any]:
    """These lines (an import's), and the mobile-money receipts paid between the first and the last."""
    lines = []
    for chunk in _chunks(line_ids):
        lines += [_line(r) for r in conn.execute(select(statement_lines).where(
            statement_lines.c.id.in_(chunk))).mappings()]
    if not lines:
        return {"from": None, "to": None, **_answer(conn, [], [])}
    start = min(x["occurred_at"] for x in lines)
    end = max(x["occurred_at"] for x in lines)
    scoped = _scoped_receipts(conn, start, end, end_included=True)
    return {"from": start, "to": end, **_answer(conn, lines, scoped)}


def results_for_all(conn: Connection) -> dict[str, Any]:
    """Every line ever imported, and the mobile-money receipts paid from the first to the last."""
    first, last = conn.execute(select(func.min(statement_lines.c.occurred_at),
                                      func.max(statement_lines.c.occurred_at))).one()
    if first is None:
        return {"from": None, "to": None, **_answer(conn, [], [])}
    lines = [_line(r) for r in conn.execute(select(statement_lines)).mappings()]
    scoped = _scoped_receipts(conn, first, last, end_included=True)
    return {"from": first, "to": last, **_answer(conn, lines, scoped)}


def current_flag(conn: Connection, flag_id: str) -> dict[str, Any] | None:
    """The flag named `flag_id` as it stands now, with its clearing if any; None if there is none."""
    flag_id = flag_id.strip().upper()
    if flag_id.startswith("L") and flag_id[1:].isdigit():
        rows = conn.execute(select(statement_lines).where(statement_lines.c.id == int(flag_id[1:]))).mappings()
        answer = _answer(conn, [_line(r) for r in rows], [])
    else:
        rows = conn.execute(_receipt_query().where(receipts.c.receipt_no == flag_id)).mappings()
        answer = _answer(conn, [], [_receipt(r) for r in rows])
    return next((f for f in answer["flags"] if f["id"] == flag_id), None)

