"""`quittance journal`: the device's technical journal (core/journal.py), newest first, with the
side file's lines that wait for the next unlock marked as such (core/journal_file.py).

It reads without joining the side file (it opens the store, not `Ledger.open`), so what it
shows as waiting is what is really waiting; on a locked device it shows only those lines."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from core import journal, journal_file
from core.cli_options import Options, bounded_int
from core.errors import QuittanceError
from core.fiscal_events import JOURNAL_KINDS
from core.messages import system_language, translate
from core.service import Ledger
from core.store import Store
from core.terminal import safe


def add_commands(subparsers: argparse._SubParsersAction, common: Options) -> None:
    p = subparsers.add_parser("journal", parents=common("db", "json"),
                              help="the technical journal: logins, wrong PINs, settings, printer, backups... "
                                   "(lines waiting in the side file for the next unlock are marked)")
    p.add_argument("--kind", choices=JOURNAL_KINDS, metavar="KIND",
                   help=f"only this kind ({', '.join(JOURNAL_KINDS)})")
    p.add_argument("--limit", type=bounded_int(1, 100_000), default=50, help="how many (default 50)")
    p.set_defaults(handler=cmd_journal, needs_ledger=False)


def cmd_journal(args: argparse.Namespace, _ledger: None) -> int:
    from core.cli import default_db_path  # late: core.cli imports the whole command line

    db = Path(args.db or getattr(args, "default_db", None) or default_db_path())
    if not db.is_file():
        raise QuittanceError("not_initialised_at", path=db)
    waiting = [line for line in journal_file.read_pending(db).lines if args.kind in (None, line["kind"])]
    rows, locale, locked = _journaled(db, args.kind, args.limit)
    rows = sorted(({**line, "pending": True, "seq": None, "agent": None} for line in waiting),
                  key=lambda line: line["at"], reverse=True) + rows
    rows = rows[:args.limit]
    if args.json:
        print(json.dumps({"locked": locked, "entries": rows}, ensure_ascii=False, indent=2))
        return 0
    if locked:
        print(translate("journal_locked", locale))
    if not rows:
        print(translate("journal_empty", locale))
    for row in rows:
        print(_line(row, locale))
    return 0


def _journaled(db: Path, kind: str | None, limit: int) -> tuple[list[dict[str, Any]], str, bool]:
    """The journal's rows and the device's language; ([], system language, True) when locked."""
    try:
        ledger = Ledger(Store(db))
    except QuittanceError as error:
        if error.code in ("database_locked", "vault_device_locked"):
            return [], system_language(), True
        raise
    try:
        entries = journal.entries(ledger.store.conn, kind, limit)
        locale = ledger.locale
    finally:
        ledger.close()
    rows = [{"seq": e.seq, "id": e.details.get(journal.SIDE_FILE_ID), "kind": e.kind, "at": e.at,
             "agent": e.agent_name or e.agent_id, "details": e.details, "pending": False} for e in entries]
    return rows, locale, False


def _line(row: dict[str, Any], locale: str) -> str:
    kind = translate(f"journal_kind_{row['kind']}", locale)
    details = ", ".join(f"{k}={_value(v)}" for k, v in sorted(row["details"].items()) if k != journal.SIDE_FILE_ID)
    where = translate("journal_pending", locale) if row["pending"] else f"#{row['seq']}"
    parts = [part for part in (kind, row["agent"], details) if part]
    return safe(f"{row['at']}  {where}  " + " — ".join(parts))


def _value(value: Any) -> str:
    return ",".join(map(str, value)) if isinstance(value, list) else str(value)
