"""The headless command line over the core: `quittance init|seed|register|search|session|pay|void|verify|export`.

Other layers add their own subcommands through `add_commands(subparsers, common)`; see
`desktop/main.py`, which composes them. A handler is `fn(args, ledger) -> exit code`."""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from platformdirs import user_data_dir

from core.config import Municipality
from core.errors import QuittanceError, StorageFault
from core.faults import storage_fault
from core.messages import SUPPORTED_LOCALES, translate
from core.export import export_payments, export_taxpayers
from core.money import format_money, parse_amount
from core.registry import Location
from core.seed import seed_taxpayers
from core.service import Ledger
from core.words import amount_in_words

Extension = Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]


def default_db_path() -> Path:
    return Path(user_data_dir("quittance", appauthor=False)) / "device.db"


def common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=None, help="device database (default: in the user data dir)")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    common.add_argument("--as", dest="acting_agent", default=None,
                        help="agent name or id acting (default: the first agent)")
    return common


def _print(args: argparse.Namespace, data: object, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if args.json else text)


# -- handlers -------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, ledger: Ledger) -> int:
    bbox = tuple(float(x) for x in args.bbox.split(",")) if args.bbox else None
    municipality = Municipality(name=args.municipality, code=(args.code or args.municipality[:3]).upper(),
                                currency=args.currency.upper(), locale=args.locale,
                                country_calling_code=args.calling_code or "", bbox=bbox,
                                verify_url=args.verify_url or "")
    agents = [(name, args.pin) for name in (args.agent_name or ["Agent"])]
    device = ledger.initialise(municipality, args.device_code, agents)
    _print(args, {"device_id": device.id, "device_code": device.code, "public_key": device.public_key},
           translate("cli_initialised", municipality.locale, device_code=device.code,
                     municipality=municipality.name, currency=municipality.currency, public_key=device.public_key))
    return 0


def cmd_seed(args: argparse.Namespace, ledger: Ledger) -> int:
    if args.taxpayers < 0:
        raise QuittanceError("invalid_count", value=args.taxpayers)
    municipality = ledger.municipality
    with ledger.store.transaction() as conn:
        summary = seed_taxpayers(conn, count=args.taxpayers, seed=args.seed, currency=municipality.currency,
                                 today=ledger.today(), bbox=municipality.bbox)
    _print(args, asdict(summary), translate("cli_seeded", ledger.locale, taxpayers=summary.taxpayers,
                                            objects=summary.taxable_objects, assessments=summary.assessments,
                                            zones=summary.zones))
    return 0


def cmd_register(args: argparse.Namespace, ledger: Ledger) -> int:
    location = None
    if args.lat is not None or args.lon is not None:
        if args.lat is None or args.lon is None:
            raise QuittanceError("invalid_coordinates")
        location = Location(args.lat, args.lon, args.accuracy, args.source)
    taxpayer_id = ledger.register_taxpayer(name=args.name, kind=args.kind, business_name=args.business_name,
                                           id_number=args.id_number, phone=args.phone, zone=args.zone,
                                           address=args.address, location=location)
    _print(args, {"id": taxpayer_id}, taxpayer_id)
    return 0


def cmd_search(args: argparse.Namespace, ledger: Ledger) -> int:
    results = ledger.search(args.text, limit=args.limit)
    currency, locale = ledger.municipality.currency, ledger.locale
    rows = [{**asdict(r.hit), "balance_due": r.balance_due} for r in results]
    lines = [f"{r.hit.taxpayer_id}  {r.hit.name:<36.36} {r.hit.zone or '':<12.12} {r.hit.phone or '':<15} "
             f"{format_money(r.balance_due, currency, locale):>16}"
             + (f"  [{r.hit.matched_receipt}]" if r.hit.matched_receipt else "") for r in results]
    _print(args, rows, "\n".join(lines) if lines else translate("cli_no_result", locale))
    return 0


def cmd_session(args: argparse.Namespace, ledger: Ledger) -> int:
    currency, locale = ledger.municipality.currency, ledger.locale
    if args.action == "open":
        opening = parse_amount(args.float, currency) if args.float not in (None, "", "0") else 0
        session_id = ledger.open_session(opening)
        _print(args, {"session_id": session_id, "opening_float": opening},
               translate("cli_session_opened", locale, session_id=session_id,
                         amount=format_money(opening, currency, locale)))
        return 0
    report = ledger.close_session()
    text = [translate("cli_session_closed", locale, count=report.receipt_count, first=report.first_receipt or "-",
                      last=report.last_receipt or "-")]
    text += [f"  {line.key:<14} {line.count:>4}  {format_money(line.total, currency, locale):>18}" for line in report.by_tax]
    text += [f"  {line.key:<14} {line.count:>4}  {format_money(line.total, currency, locale):>18}" for line in report.by_method]
    voided = translate("cli_voided_line", locale)
    text += [f"  {voided} {v.receipt_no} {format_money(v.amount, currency, locale)} : {v.reason}" for v in report.voids]
    text.append(translate("cli_session_totals", locale, total=format_money(report.total_collected, currency, locale),
                          cash=format_money(report.expected_cash, currency, locale)))
    _print(args, report.to_dict(), "\n".join(text))
    return 0


def cmd_pay(args: argparse.Namespace, ledger: Ledger) -> int:
    currency = ledger.municipality.currency
    amount = parse_amount(args.amount, currency)
    payment = ledger.pay(taxpayer_id=args.taxpayer, tax_code=args.tax.upper(), period=args.period, amount=amount,
                         method=args.method, reference=args.reference, advance=args.advance)
    _print(args, {"receipt_no": payment.receipt_no, "amount": payment.amount, "currency": payment.currency,
                  "balance_after": payment.balance_after, "token": payment.token},
           payment.receipt_no)
    if not args.json:
        print(f"{format_money(amount, currency, ledger.locale)} ({amount_in_words(amount, currency, ledger.locale)})",
              file=sys.stderr)
    return 0


def cmd_void(args: argparse.Namespace, ledger: Ledger) -> int:
    payment = ledger.void(args.receipt_no, args.reason)
    _print(args, {"receipt_no": payment.receipt_no, "voided": payment.voided, "reason": payment.void_reason},
           translate("cli_voided", ledger.locale, receipt_no=payment.receipt_no))
    return 0


def cmd_verify(args: argparse.Namespace, ledger: Ledger) -> int:
    report = ledger.verify()
    first = report.first_problem.message(ledger.locale) if report.problems else None
    summary = {"ok": report.ok, "events": report.events, "payments": report.payments, "voids": report.voids,
               "last_hash": report.last_hash, "first_problem": first}
    if report.ok:
        _print(args, summary, translate("cli_intact", ledger.locale, events=report.events, payments=report.payments,
                                        voids=report.voids, hash=report.last_hash[:16]))
        return 0
    _print(args, summary, translate("cli_tampered", ledger.locale, problem=first))
    return 1


def cmd_export(args: argparse.Namespace, ledger: Ledger) -> int:
    exporter = export_taxpayers if args.what == "taxpayers" else export_payments
    count = exporter(ledger, args.out, args.format)
    _print(args, {"rows": count, "out": str(args.out)},
           translate("cli_exported", ledger.locale, count=count, path=args.out))
    return 0


def add_core_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="initialise this device")
    p.add_argument("--municipality", required=True)
    p.add_argument("--code", help="municipality code (default: first letters of the name)")
    p.add_argument("--currency", required=True)
    p.add_argument("--device-code", required=True)
    p.add_argument("--agent", dest="agent_name", action="append", help="agent name (repeatable)")
    p.add_argument("--pin", default=None, help="PIN for the agents created here")
    p.add_argument("--locale", default="fr", choices=["fr", "en", "pt"])
    p.add_argument("--calling-code", default=None)
    p.add_argument("--bbox", default=None, help="min_lat,min_lon,max_lat,max_lon")
    p.add_argument("--verify-url", default=None, help="public verification URL prefix for QR codes")
    p.set_defaults(handler=cmd_init, needs_init=False)

    p = sub.add_parser("seed", parents=[common], help="load realistic demo data")
    p.add_argument("--taxpayers", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_seed)

    p = sub.add_parser("register", parents=[common], help="register a taxpayer; prints the new id")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", choices=["person", "business"], default="person")
    p.add_argument("--business-name")
    p.add_argument("--id-number")
    p.add_argument("--phone")
    p.add_argument("--zone")
    p.add_argument("--address")
    p.add_argument("--lat", type=float)
    p.add_argument("--lon", type=float)
    p.add_argument("--accuracy", type=float)
    p.add_argument("--source", default="manual", choices=["gps", "external-gnss", "manual"])
    p.set_defaults(handler=cmd_register)

    p = sub.add_parser("search", parents=[common], help="find taxpayers")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("session", parents=[common], help="open or close the cash session")
    p.add_argument("action", choices=["open", "close"])
    p.add_argument("--float", default=None, help="opening float")
    p.set_defaults(handler=cmd_session)

    p = sub.add_parser("pay", parents=[common], help="record a payment; prints the receipt number")
    p.add_argument("--taxpayer", required=True)
    p.add_argument("--tax", required=True)
    p.add_argument("--period", required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--method", required=True, choices=["cash", "mobile_money", "other"])
    p.add_argument("--reference")
    p.add_argument("--advance", action="store_true")
    p.set_defaults(handler=cmd_pay)

    p = sub.add_parser("void", parents=[common], help="void a receipt (its number stays used)")
    p.add_argument("receipt_no")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_void)

    p = sub.add_parser("verify", parents=[common], help="check the event chain and receipt numbering")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("export", parents=[common], help="export taxpayers or payments")
    p.add_argument("--format", required=True, choices=["csv", "geojson"])
    p.add_argument("--what", required=True, choices=["taxpayers", "payments"])
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_export)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other refusal
        self.exit(2, f"quittance: {message}\n")


def build_parser(extensions: list[Extension] = ()) -> argparse.ArgumentParser:
    common = common_parser()
    parser = _Parser(prog="quittance", description="Quittance — collecte des recettes municipales, hors ligne.",
                     parents=[common])
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    add_core_commands(sub, common)
    for extension in extensions:
        extension(sub, common)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Open the ledger, run the handler, and turn a user error into one line and exit 2, a
    storage fault into one line and exit 3."""
    db_path = args.db or default_db_path()
    needs_init = getattr(args, "needs_init", True)
    ledger: Ledger | None = None
    try:
        if needs_init and not Path(db_path).exists():
            if not Path(db_path).parent.is_dir():
                raise StorageFault("storage_folder_missing", path=str(db_path), folder=str(Path(db_path).parent))
            raise QuittanceError("not_initialised")  # and do not leave an empty file behind
        ledger = Ledger.open(db_path, create=not needs_init)
        if getattr(args, "needs_init", True) and not ledger.is_initialised():
            raise QuittanceError("not_initialised")
        if args.acting_agent:
            ledger.act_as(ledger.find_agent(args.acting_agent).id)
        return args.handler(args, ledger)
    except StorageFault as error:
        return _storage_fault(error, ledger)
    except QuittanceError as error:
        locale = ledger.locale if ledger is not None else "fr"
        print(f"quittance: {error.message(locale)}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as error:
        fault = storage_fault(error, db_path)
        if fault is None:
            raise
        return _storage_fault(fault, ledger)
    except OSError as error:
        print(f"quittance: {error.strerror or error}: {getattr(error, 'filename', '') or db_path}", file=sys.stderr)
        return 2
    finally:
        if ledger is not None:
            ledger.close()


def _storage_fault(fault: StorageFault, ledger: Ledger | None) -> int:
    try:
        locale = ledger.locale if ledger is not None else None
    except (QuittanceError, sqlite3.Error):
        locale = None
    # A file that cannot be read cannot say which language its municipality speaks: the system's.
    print(f"quittance: {fault.message(locale or _system_locale())}", file=sys.stderr)
    return 3


def _system_locale() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        language = os.environ.get(variable, "")[:2].lower()
        if language in SUPPORTED_LOCALES:
            return language
    return "fr"
