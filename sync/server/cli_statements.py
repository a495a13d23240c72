"""`quittance-server statement import|unmatched|clear`: mobile-money statements from the command line."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sync.server import statements, statements_match, supervisors
from sync.server.cli_common import CommandMaker, engine_of, out
from sync.server.db import reading
from sync.server.reconcile_ledger import municipality_settings
from sync.server.reference import AdminError
from sync.server.statement_csv import Mapping, clean_text

_MAP_KEYS = ("reference", "amount", "time", "direction", "status")


def parse_map(text: str) -> dict[str, str]:
    """`reference=Transaction ID,amount=Montant,time=Date` (column names as in the file's header)."""
    found: dict[str, str] = {}
    for part in text.split(","):
        key, sep, column = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in _MAP_KEYS or not column.strip():
            raise AdminError(f"--map {part.strip()!r}: give KEY=COLUMN, KEY one of {', '.join(_MAP_KEYS)}")
        found[key] = column.strip()
    return found


def _mapping(args: argparse.Namespace, saved: Mapping | None) -> Mapping | None:
    """The saved mapping with what the command line changes; None when nothing is given."""
    given = parse_map(args.map) if args.map else {}
    if args.date_format is not None:
        given["date_format"] = args.date_format
    if args.decimal is not None:
        given["decimal"] = args.decimal
    if not given:
        return None
    base = saved.to_dict() if saved else {}
    return Mapping.from_dict({**base, **given})


def _money(amount: int | None, code: str) -> str:
    from core.money import format_money

    return "-" if amount is None else format_money(amount, code, "en")


def cmd_import(args: argparse.Namespace) -> None:
    path = Path(args.file)
    text = clean_text(path.read_bytes())
    with engine_of(args).begin() as conn:
        mapping = _mapping(args, statements.mapping_of(conn, args.operator))
        done = statements.import_statement(conn, args.operator, text, filename=path.name, by=args.by,
                                           mapping=mapping)
        results = statements.import_results(conn, done["id"])
        code = municipality_settings(conn)["currency"]
    counts = results["counts"]
    lines = [f"{done['operator']}: {done['lines_read']} line(s) read, {done['new']} new, "
             f"{done['already_imported']} already imported, {len(done['unreadable'])} unreadable, "
             f"{len(done['skipped'])} skipped."]
    lines += [f"  line {p['line']}: {p['reason']}" for p in done["unreadable"]]
    lines += [f"  line {p['line']} skipped: {p['reason']}" for p in done["skipped"]]
    lines.append(f"Matched {counts['matched']}; flags open {counts['open']}, cleared {counts['cleared']}.")
    lines += [_flag_text(f, code) for f in results["flags"] if not f["cleared"]]
    out(args, results, "\n".join(lines))


def _flag_text(flag: dict[str, Any], code: str) -> str:
    line, receipt = flag["line"], flag["receipt"]
    words = {"amount_mismatch": "same reference, different amount",
             "time_mismatch": "same reference and amount, outside the time window",
             "line_unmatched": "statement line with no receipt",
             "receipt_unmatched": "mobile-money receipt with no statement line"}[flag["kind"]]
    parts = [f"{flag['id']}: {words}"]
    if line:
        parts.append(f"line {line['operator']} #{line['line_no']} {line['reference']} "
                     f"{_money(line['amount'], code)} at {line['occurred_at']}")
    if receipt:
        parts.append(f"receipt {receipt['receipt_no']} {receipt['reference']} {_money(receipt['amount'], code)} "
                     f"at {receipt['paid_at']} by {receipt['agent'] or '?'}")
    if flag["cleared"]:
        c = flag["cleared"]
        parts.append(f"cleared by {c['by']} at {c['at']}: {c['reason']}")
    return "  " + "; ".join(parts)


def cmd_unmatched(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        if args.start or args.end:
            if not (args.start and args.end):
                raise AdminError("give both --from and --to, or neither")
            from sync.server.reconcile_ledger import day_bounds, parse_day
            tz = municipality_settings(conn).get("timezone")
            results = statements_match.results_for_range(conn, day_bounds(parse_day(args.start), tz)[0],
                                                         day_bounds(parse_day(args.end), tz)[1])
        else:
            results = statements_match.results_for_all(conn)
        code = municipality_settings(conn)["currency"]
    shown = [f for f in results["flags"] if args.all or not f["cleared"]]
    value = {**results, "flags": shown}
    text = "\n".join([f"{len(shown)} flag(s){'' if args.all else ' open'}; matched {results['counts']['matched']}."]
                     + [_flag_text(f, code) for f in shown])
    out(args, value, text)


def cmd_clear(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        names = {s["name"]: s for s in supervisors.list_supervisors(conn)}
        who = names.get((args.by or "").strip())
        if who is None or not who["active"]:
            raise AdminError(f"--by {args.by!r}: name an active supervisor's account (`supervisor list`)")
        try:
            done = statements.clear_flag(conn, args.id, args.reason, who["name"])
        except LookupError as exc:
            raise AdminError(str(exc)) from None
        code = municipality_settings(conn)["currency"]
    out(args, done, f"Flag {done['id']} cleared.\n{_flag_text(done, code)}")


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = sub.add_parser("statement", help="mobile-money statements from the operators").add_subparsers(
        dest="action", required=True)
    p = command("import", cmd_import, "import an operator's statement (CSV) and match it", parent=group)
    p.add_argument("file")
    p.add_argument("--operator", required=True, help="the operator's name, e.g. \"Orange Money\"")
    p.add_argument("--map", metavar="KEY=COLUMN,…",
                   help="reference=COL,amount=COL,time=COL[,direction=COL,status=COL]: saved for the operator")
    p.add_argument("--date-format", help="how the time column is written, e.g. \"%%d/%%m/%%Y %%H:%%M\" "
                                         "(default ISO 8601); saved for the operator")
    p.add_argument("--decimal", choices=(".", ","), help="the amounts' decimal separator; saved for the operator")
    p.add_argument("--by", help="who imports it (recorded with the import)")
    p = command("unmatched", cmd_unmatched, "the flags: lines and receipts that do not match", parent=group)
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="from this local day")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="to this local day, included")
    p.add_argument("--all", action="store_true", help="cleared flags too")
    p = command("clear", cmd_clear, "clear a flag, saying why (an immutable record)", parent=group)
    p.add_argument("id", help="the flag: L12 for a statement line, or a receipt number")
    p.add_argument("--reason", required=True)
    p.add_argument("--by", required=True, help="the supervisor (their server account's name)")
