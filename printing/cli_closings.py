"""`quittance closings`: the month and year closings of this device (core/closings.py), listed,
and `quittance closings print PERIOD` to a printer or, with --out, to a file (PDF, ESC/POS, PNG).

Printing a closing records nothing, so neither command needs an agent. desktop/main.py composes
this module's `add_commands` into the `quittance` command."""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from core.cli_options import Options
from core.errors import QuittanceError
from core.messages import translate
from core.money import format_money
from core.service import Ledger
from core.terminal import safe_params
from printing import service
from printing.profiles import profile_names

SHORT_HASH = 16


def add_commands(subparsers, common: Options) -> None:
    p = subparsers.add_parser("closings", parents=common("db", "json"),
                              help="list the month and year closings, or print one (closings print 2026-11)")
    p.add_argument("action", nargs="?", choices=["print"], help="print one closing")
    p.add_argument("period", nargs="?", metavar="PERIOD", help="a month (2026-11) or a year (2026)")
    p.add_argument("--out", default=None, help="write to this file instead of printing")
    p.add_argument("--format", choices=service.FORMATS, default="pdf", dest="fmt")
    p.add_argument("--page", choices=("roll", "a4"), default="a4", help="PDF page: 80 mm roll or A4")
    p.add_argument("--printer", default=None, help="printer address (default: the device's printer)")
    p.add_argument("--profile", default=None, help=f"printer profile ({', '.join(profile_names())})")
    p.set_defaults(handler=_closings)


def _closings(args: argparse.Namespace, ledger: Ledger) -> int:
    if args.action == "print":
        return _print_one(args, ledger)
    if args.period:
        raise QuittanceError("closing_period_required")
    return _list(args, ledger)


def _list(args: argparse.Namespace, ledger: Ledger) -> int:
    found = ledger.reads.closings()
    if getattr(args, "json", False):  # merged by core.cli_options.parse; absent when parsed alone
        print(json.dumps([{**asdict(c), "totals": c.totals.to_dict(), "perpetual": c.perpetual.to_dict()}
                          for c in found], ensure_ascii=False, indent=2))
        return 0
    locale, currency = ledger.locale, ledger.municipality.currency
    if not found:
        print(translate("cli_closings_none", locale))
    for closing in found:
        print(translate("cli_closing_line", locale, **safe_params({
            "period": closing.period, "kind": translate(f"cli_closing_kind_{closing.kind}", locale), "receipts": closing.totals.receipts,
            "net": format_money(closing.totals.net, currency, locale),
            "perpetual": format_money(closing.perpetual.net, currency, locale),
            "previous": closing.previous_closing[:SHORT_HASH]})))
    return 0


def _print_one(args: argparse.Namespace, ledger: Ledger) -> int:
    if not args.period:
        raise QuittanceError("closing_period_required")
    period = ledger.reads.closing(args.period).period  # refused, with its message, before any printer is tried
    if args.out:
        service.export_closing(ledger, period, args.out, args.fmt, args.profile, args.page)
        print(translate("cli_closing_written", ledger.locale, **safe_params({"period": period, "path": args.out})))
        return 0
    result = service.print_closing(ledger, period, service.printer_uri(ledger, args.printer), args.profile)
    print(translate("cli_closing_printed", ledger.locale, **safe_params({"period": period, "uri": result.uri})))
    return 0
