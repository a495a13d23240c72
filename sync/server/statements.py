"""Mobile-money statements on the server: the operators' column mappings, imports, and clearing
a flag with a reason. The matching itself is sync/server/statements_match.py.

An imported line is never changed or deleted (revision 0009's triggers); the same line imported
again (same operator, same cells: its hash) is counted as already known, not stored twice. A
flag is cleared by a new immutable row saying who, when and why."""
from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from core.ids import new_id
from sync.server import server_settings, statements_match
from sync.server.common import now_iso, sha256_hex
from sync.server.reconcile_ledger import municipality_settings
from sync.server.reference import AdminError
from sync.server.schema import statement_clearings, statement_imports, statement_lines, statement_mappings
from sync.server.statement_csv import Mapping, read_statement

_OPERATOR = re.compile(r"^[\w][\w .&'-]{0,63}$")
_CHUNK = 500


def operator_name(text: Any) -> str:
    name = " ".join(str(text or "").split())
    if not _OPERATOR.match(name):
        raise AdminError("an operator's name is 1 to 64 letters, digits, spaces, dots or dashes (e.g. Orange Money)")
    return name


def mappings(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(statement_mappings).order_by(statement_mappings.c.operator)).mappings()
    return [{"operator": r["operator"], "mapping": json.loads(r["mapping"]), "updated_at": r["updated_at"],
             "updated_by": r["updated_by"]} for r in rows]


def mapping_of(conn: Connection, operator: str) -> Mapping | None:
    stored = conn.execute(select(statement_mappings.c.mapping)
                          .where(statement_mappings.c.operator == operator_name(operator))).scalar()
    return None if stored is None else Mapping.from_dict(json.loads(stored))


def save_mapping(conn: Connection, operator: str, mapping: Mapping, by: str | None) -> dict[str, Any]:
    """The operator's mapping from now on (it replaces the one saved before)."""
    name = operator_name(operator)
    conn.execute(statement_mappings.delete().where(statement_mappings.c.operator == name))
    at = now_iso()
    conn.execute(statement_mappings.insert().values(operator=name, mapping=json.dumps(mapping.to_dict()),
                                                    updated_at=at, updated_by=by))
    return {"operator": name, "mapping": mapping.to_dict(), "updated_at": at, "updated_by": by}


def import_statement(conn: Connection, operator: str, text: str, *, filename: str | None, by: str | None,
                     mapping: Mapping | None = None) -> dict[str, Any]:
    """Read the statement with `mapping` (saved for the operator first) or the operator's saved one,
    store its new lines, and return the report: counts, lines already known, unreadable lines."""
    name = operator_name(operator)
    if mapping is not None:
        save_mapping(conn, name, mapping, by)
    else:
        mapping = mapping_of(conn, name)
        if mapping is None:
            raise AdminError(f"no column mapping saved for {name}: give one (which columns hold the reference, "
                             "the amount and the time)")
    town = municipality_settings(conn)
    reading = read_statement(text, mapping, town["currency"], town.get("timezone"), name)
    import_id, at = new_id(), now_iso()
    known = _known_ids(conn, name, [line.line_hash for line in reading.lines])
    new_rows, seen, line_ids, repeated = [], set(known), [], 0
    for line in reading.lines:
        if line.line_hash in seen:
            repeated += 1
            if line.line_hash in known:
                line_ids.append(known[line.line_hash])
            continue
        seen.add(line.line_hash)
        new_rows.append({"import_id": import_id, "operator": name, "line_no": line.line_no,
                         "line_hash": line.line_hash, "reference": line.reference, "amount": line.amount,
                         "occurred_at": line.occurred_at, "raw": line.raw})
    try:
        with conn.begin_nested():
            if new_rows:
                conn.execute(statement_lines.insert(), new_rows)
    except IntegrityError:  # the same statement imported at the same moment by someone else
        raise AdminError("these lines were imported meanwhile by someone else: import the file again") from None
    line_ids += list(_known_ids(conn, name, [r["line_hash"] for r in new_rows]).values())
    report = {"lines_read": len(reading.lines), "new": len(new_rows), "already_imported": repeated,
              "unreadable": [{"line": p.line_no, "reason": p.reason} for p in reading.problems],
              "skipped": [{"line": p.line_no, "reason": p.reason} for p in reading.skipped],
              "delimiter": reading.delimiter, "header_line": reading.header_line, "line_ids": sorted(line_ids)}
    conn.execute(statement_imports.insert().values(id=import_id, operator=name, filename=filename,
                                                   file_hash=sha256_hex(text), imported_at=at, imported_by=by,
                                                   report=json.dumps(report)))
    return {"id": import_id, "operator": name, "filename": filename, "imported_at": at, "imported_by": by,
            **{k: v for k, v in report.items() if k != "line_ids"}}


def _known_ids(conn: Connection, operator: str, hashes: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    unique = sorted(set(hashes))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start:start + _CHUNK]
        found.update(conn.execute(select(statement_lines.c.line_hash, statement_lines.c.id)
                                  .where(statement_lines.c.operator == operator,
                                         statement_lines.c.line_hash.in_(chunk))).all())
    return found


def imports(conn: Connection, limit: int = 100) -> list[dict[str, Any]]:
    rows = conn.execute(select(statement_imports).order_by(statement_imports.c.imported_at.desc())
                        .limit(limit)).mappings().all()
    return [_import_summary(r) for r in rows]


def _import_summary(row: Any) -> dict[str, Any]:
    report = json.loads(row["report"])
    report.pop("line_ids", None)
    return {"id": row["id"], "operator": row["operator"], "filename": row["filename"],
            "imported_at": row["imported_at"], "imported_by": row["imported_by"], **report}


def import_results(conn: Connection, import_id: str) -> dict[str, Any]:
    """One import's report, and the matching of its lines and of the receipts of the time they span."""
    row = conn.execute(select(statement_imports).where(statement_imports.c.id == import_id)).mappings().first()
    if row is None:
        raise LookupError(f"no statement import {import_id}")
    line_ids = json.loads(row["report"]).get("line_ids", [])
    return {"import": _import_summary(row), **statements_match.results_for_lines(conn, line_ids)}


def clear_flag(conn: Connection, flag_id: str, reason: str, by: str) -> dict[str, Any]:
    """Record a supervisor's clearing of the flag `flag_id` (L12: a statement line; else a receipt
    number) as it stands now. Refused when there is no such flag, or it is cleared already."""
    reason = " ".join(str(reason or "").split())
    if len(reason) < 3:
        raise AdminError("say why the flag is cleared (a reason of at least 3 characters)")
    if len(reason) > 500:
        raise AdminError("the reason is at most 500 characters")
    flag = statements_match.current_flag(conn, flag_id)
    if flag is None:
        raise LookupError(f"no flag {flag_id}: it may be matched now; list the flags again")
    if flag["cleared"]:
        done = flag["cleared"]
        raise AdminError(f"flag {flag['id']} was cleared already by {done['by']} at {done['at']}")
    detail = {k: flag[k] for k in ("kind", "line", "receipt")}
    clearing = {"id": new_id(), "flag_id": flag["id"], "kind": flag["kind"], "detail": json.dumps(detail),
                "reason": reason, "cleared_by": by, "cleared_at": now_iso()}
    try:
        with conn.begin_nested():
            conn.execute(statement_clearings.insert().values(**clearing))
    except IntegrityError:
        raise AdminError(f"flag {flag['id']} was cleared meanwhile by someone else") from None
    return {**flag, "cleared": {"by": by, "at": clearing["cleared_at"], "reason": reason, "id": clearing["id"]}}


def window_minutes(conn: Connection) -> int:
    return server_settings.get(conn, statements_match.WINDOW_KEY)
