"""The headless command line over the core: `quittance init|seed|register|search|session|pay|void|verify|export`.

Other layers add their own subcommands through `add_commands(subparsers, common)`, where
`common("db", "json", "as")` gives a subcommand the global options it takes (core/cli_options.py);
see `desktop/main.py`, which composes them. A handler is `fn(args, ledger) -> exit code`.
A subcommand that takes `--as` is a write: it runs only once the acting agent's PIN is checked."""
from __future__ import annotations

import argparse
import json
import os
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from platformdirs import user_data_dir

from core import unlocked, vault
from core.anchors import anchor_readable
from core.cli_auth import PIN_VARIABLE, authorise_write, encrypt_if_plain, new_agents_pin, read_pin
from core.cli_gnss import add_gnss_command
from core.cli_options import Options, bounded_int, common, parse, top_level_parser
from core.config import Municipality
from core.errors import QuittanceError, StorageFault
from core.logo import read_logo
from core.faults import check_encrypted_file, check_file, storage_fault
from core.messages import supported_locales, system_language, translate
from core.export import MAP_FORMATS, export_map, export_payments, export_taxpayers
from core.gis_layers import WHAT as EXPORT_WHAT
from core.money import format_money, parse_amount
from core.registry import Location
from core.seed import seed_taxpayers
from core.service import Ledger
from core.terminal import safe, safe_params
from core.words import amount_in_words

Extension = Callable[[argparse._SubParsersAction, Options], None]
__all__ = ["build_parser", "default_db_path", "parse", "run_command"]

SEARCH_LIMIT_MAX = 1_000
SEED_TAXPAYERS_MAX = 2_000_000  # twice the largest registry the benchmarks measure


def default_db_path() -> Path:
    return Path(user_data_dir("quittance", appauthor=False)) / "device.db"


def _print(args: argparse.Namespace, data: object, text: str) -> None:
    """`data` as JSON with --json, else `text`, whose data fields the caller made `safe()`."""
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if args.json else text)


def _say(code: str, locale: str, **params: object) -> str:
    """A catalogue message whose parameters, which may come from data, are made `safe()`."""
    return translate(code, locale, **safe_params(params))


# -- handlers -------------------------------------------------------------------------
def _bbox(text: str | None) -> tuple[float, ...] | None:
    if not text:
        return None
    try:
        return tuple(float(x) for x in text.split(","))
    except ValueError:
        raise QuittanceError("invalid_bbox", bbox=text) from None


def cmd_init(args: argparse.Namespace, ledger: Ledger) -> int:
    max_payment = parse_amount(args.max_payment, args.currency.upper(), locale=args.locale) \
        if args.max_payment else None
    municipality = Municipality(name=args.municipality, code=(args.code or args.municipality[:3]).upper(),
                                currency=args.currency.upper(), locale=args.locale,
                                country_calling_code=args.calling_code or "", bbox=_bbox(args.bbox),
                                verify_url=args.verify_url or "", timezone=args.timezone or "",
                                max_payment=max_payment, service_name=args.service or "",
                                address=args.address or "", receipt_line=args.receipt_line or "")
    # Read and checked before anything is written: a bad logo refuses the whole init.
    logo = read_logo(args.logo) if args.logo else None
    # Asked only when agents will be made: an initialised device refuses below, PIN or not.
    pin = args.pin or (None if ledger.is_initialised() else new_agents_pin(municipality.locale))
    agents = [(name, pin) for name in (args.agent_name or ["Agent"])]
    device = ledger.initialise(municipality, args.device_code, agents, logo=logo)
    if not args.timezone:
        print(translate("cli_timezone_defaulted", municipality.locale, timezone=ledger.municipality.timezone),
              file=sys.stderr)
    _print(args, {"device_id": device.id, "device_code": device.code, "public_key": device.public_key},
           _say("cli_initialised", municipality.locale, device_code=device.code,
                municipality=municipality.name, currency=municipality.currency, public_key=device.public_key))
    return 0


def cmd_seed(args: argparse.Namespace, ledger: Ledger) -> int:
    municipality = ledger.municipality
    with ledger.store.transaction() as conn:
        summary = seed_taxpayers(conn, count=args.taxpayers, seed=args.seed, currency=municipality.currency,
                                 today=ledger.today(), bbox=municipality.bbox)
    _print(args, asdict(summary), _say("cli_seeded", ledger.locale, taxpayers=summary.taxpayers,
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
    _print(args, {"id": taxpayer_id}, safe(taxpayer_id))
    return 0


def cmd_search(args: argparse.Namespace, ledger: Ledger) -> int:
    results = ledger.reads.search(args.text, limit=args.limit)
    currency, locale = ledger.municipality.currency, ledger.locale
    rows = [{**asdict(r.hit), "balance_due": r.balance_due} for r in results]
    lines = [f"{safe(r.hit.taxpayer_id)}  {safe(r.hit.name):<36.36} {safe(r.hit.zone or ''):<12.12} "
             f"{safe(r.hit.phone or ''):<15} {format_money(r.balance_due, currency, locale):>16}"
             + (f"  [{safe(r.hit.matched_receipt)}]" if r.hit.matched_receipt else "") for r in results]
    _print(args, rows, "\n".join(lines) if lines else translate("cli_no_result", locale))
    return 0


def cmd_session(args: argparse.Namespace, ledger: Ledger) -> int:
    currency, locale = ledger.municipality.currency, ledger.locale
    if args.action == "open":
        opening = parse_amount(args.float, currency, locale=locale) if args.float not in (None, "", "0") else 0
        session_id = ledger.open_session(opening)
        _print(args, {"session_id": session_id, "opening_float": opening},
               _say("cli_session_opened", locale, session_id=session_id,
                    amount=format_money(opening, currency, locale)))
        return 0
    report = ledger.close_session()
    text = [_say("cli_session_closed", locale, count=report.receipt_count, first=report.first_receipt or "-",
                 last=report.last_receipt or "-")]
    text += [f"  {safe(line.key):<14} {line.count:>4}  {format_money(line.total, currency, locale):>18}"
             for line in (*report.by_tax, *report.by_method)]
    voided = translate("cli_voided_line", locale)
    text += [f"  {voided} {safe(v.receipt_no)} {format_money(v.amount, currency, locale)} : {safe(v.reason)}"
             for v in report.voids]
    text.append(_say("cli_session_totals", locale, total=format_money(report.total_collected, currency, locale),
                     cash=format_money(report.expected_cash, currency, locale)))
    if report.unprinted:  # citizens who left with a hand-written stub
        text.append(_say("cli_session_unprinted", locale, count=report.unprinted))
    _print(args, report.to_dict(), "\n".join(text))
    return 0


def cmd_pay(args: argparse.Namespace, ledger: Ledger) -> int:
    currency = ledger.municipality.currency
    amount = parse_amount(args.amount, currency, maximum=ledger.municipality.payment_limit(), locale=ledger.locale)
    payment = ledger.pay(taxpayer_id=args.taxpayer, tax_code=args.tax.upper(), period=args.period, amount=amount,
                         method=args.method, reference=args.reference, advance=args.advance)
    _print(args, {"receipt_no": payment.receipt_no, "amount": payment.amount, "currency": payment.currency,
                  "balance_after": payment.balance_after, "token": payment.token},
           safe(payment.receipt_no))
    if not args.json:
        words = amount_in_words(amount, currency, ledger.locale)
        print(format_money(amount, currency, ledger.locale) + (f" ({words})" if words else ""), file=sys.stderr)
    return 0


def cmd_void(args: argparse.Namespace, ledger: Ledger) -> int:
    payment = ledger.void(args.receipt_no, args.reason)
    _print(args, {"receipt_no": payment.receipt_no, "voided": payment.voided, "reason": payment.void_reason},
           _say("cli_voided", ledger.locale, receipt_no=payment.receipt_no))
    return 0


def cmd_verify(args: argparse.Namespace, ledger: Ledger) -> int:
    anchors = args.anchor or []
    for anchor in anchors:
        if not anchor_readable(anchor):
            raise QuittanceError("anchor_unreadable", anchor=anchor[:60])
    report = ledger.verify(anchors)
    first = report.first_problem.message(ledger.locale) if report.problems else None
    summary = {"ok": report.ok, "events": report.events, "payments": report.payments, "voids": report.voids,
               "last_seq": report.last_seq, "last_hash": report.last_hash, "public_key": report.public_key,
               "anchors": len(anchors), "first_problem": first}
    if report.ok:
        _print(args, summary, _say("cli_intact", ledger.locale, events=report.events, payments=report.payments,
                                   voids=report.voids, hash=report.last_hash[:16]) + "\n"
               + _say("cli_intact_signed", ledger.locale, seq=report.last_seq, key=report.public_key[:16],
                      anchors=len(anchors)))
        return 0
    _print(args, summary, _say("cli_tampered", ledger.locale, problem=first))
    return 1


def cmd_export(args: argparse.Namespace, ledger: Ledger) -> int:
    if args.format == "csv":
        if args.what not in ("taxpayers", "payments"):  # a map layer: its shapes have no place in a spreadsheet
            raise QuittanceError("export_format_unfit", what=args.what, format="csv", formats=", ".join(MAP_FORMATS))
        exporter = export_taxpayers if args.what == "taxpayers" else export_payments
        count = exporter(ledger, args.out, args.format)
        _print(args, {"rows": count, "out": str(args.out)},
               _say("cli_exported", ledger.locale, count=count, path=args.out))
        return 0
    done = export_map(ledger, args.what, args.format, args.out, args.year)
    text = _say("cli_exported", ledger.locale, count=done.features, path=args.out)
    if done.skipped:
        text += "\n" + _say("cli_export_skipped", ledger.locale, count=done.skipped)
    _print(args, {"rows": done.features, "out": str(args.out), "format": done.format, "what": done.what,
                  "layers": done.layers, "skipped": done.skipped}, text)
    return 0


def add_core_commands(sub: argparse._SubParsersAction, common: Options) -> None:
    p = sub.add_parser("init", parents=common("db", "json"), help="initialise this device")
    p.add_argument("--municipality", required=True)
    p.add_argument("--code", help="municipality code (default: first letters of the name)")
    p.add_argument("--currency", required=True)
    p.add_argument("--device-code", required=True)
    p.add_argument("--agent", dest="agent_name", action="append", help="agent name (repeatable)")
    p.add_argument("--pin", default=None,
                   help="PIN of the agents created here (default: $QUITTANCE_PIN, else asked on the terminal)")
    p.add_argument("--locale", default="fr",
                   help="language of messages and receipts: fr, en, pt, or any with a catalogue (see README)")
    p.add_argument("--calling-code", default=None)
    p.add_argument("--bbox", default=None, help="min_lat,min_lon,max_lat,max_lon")
    p.add_argument("--verify-url", default=None, help="public verification URL prefix for QR codes")
    p.add_argument("--timezone", default=None,
                   help="IANA time zone of receipts and reports, e.g. Africa/Lubumbashi "
                        "(default: the currency's country when it has one zone, else UTC)")
    p.add_argument("--max-payment", default=None,
                   help="largest single payment, in the currency (default: 100 000 000)")
    p.add_argument("--service", default=None, help="the service printed under the name, e.g. 'Service des recettes'")
    p.add_argument("--address", default=None, help="the municipality's address, printed on every receipt")
    p.add_argument("--logo", default=None, metavar="FILE",
                   help="PNG or JPEG logo printed on receipts (stored in the database; at most 2 MiB, 16 to 4000 px)")
    p.add_argument("--receipt-line", default=None, help="a last line of the municipality's choosing on every receipt")
    p.set_defaults(handler=cmd_init, needs_init=False)

    p = sub.add_parser("seed", parents=common("db", "json", "as"), help="load realistic demo data")
    p.add_argument("--taxpayers", type=bounded_int(1, SEED_TAXPAYERS_MAX), required=True)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_seed)

    p = sub.add_parser("register", parents=common("db", "json", "as"), help="register a taxpayer; prints the new id")
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

    p = sub.add_parser("search", parents=common("db", "json"), help="find taxpayers")
    p.add_argument("text")
    p.add_argument("--limit", type=bounded_int(1, SEARCH_LIMIT_MAX), default=20)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("session", parents=common("db", "json", "as"), help="open or close the cash session")
    p.add_argument("action", choices=["open", "close"])
    p.add_argument("--float", default=None, help="opening float")
    p.set_defaults(handler=cmd_session)

    p = sub.add_parser("pay", parents=common("db", "json", "as"), help="record a payment; prints the receipt number")
    p.add_argument("--taxpayer", required=True)
    p.add_argument("--tax", required=True)
    p.add_argument("--period", required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--method", required=True, choices=["cash", "mobile_money", "other"])
    p.add_argument("--reference")
    p.add_argument("--advance", action="store_true")
    p.set_defaults(handler=cmd_pay)

    p = sub.add_parser("void", parents=common("db", "json", "as"), help="void a receipt (its number stays used)")
    p.add_argument("receipt_no")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_void)

    p = sub.add_parser("verify", parents=common("db", "json"),
                       help="check the signed event chain, every table built from it, and the receipt numbering")
    p.add_argument("--anchor", action="append", metavar="TEXT",
                   help="a receipt's QR text or a Z-report's chain head (H1.…), to catch a ledger cut short "
                        "(repeatable)")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("export", parents=common("db", "json"),
                       help="export taxpayers or payments (CSV), or map layers for QGIS (GeoJSON, GeoPackage)")
    p.add_argument("--format", required=True, choices=["csv", *MAP_FORMATS])
    p.add_argument("--what", required=True, choices=list(EXPORT_WHAT),
                   help="buildings and submissions are map layers: geojson or gpkg")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--year", type=bounded_int(1990, 2099), default=None,
                   help="the year taxpayers' payment status is counted for (default: this year)")
    p.set_defaults(handler=cmd_export)

    add_gnss_command(sub, common)


def build_parser(extensions: list[Extension] = ()) -> argparse.ArgumentParser:
    parser = top_level_parser("Quittance — municipal revenue collection, offline.")  # as every --help line: English
    sub = parser.add_subparsers(dest="command", parser_class=type(parser))
    add_core_commands(sub, common)
    from core.cli_submissions import add_commands as add_submissions_commands  # imports the Ledger's forms code

    add_submissions_commands(sub, common)
    for extension in extensions:
        extension(sub, common)
    return parser


def check_init_file(path: Path) -> None:
    """`init` makes a new device file, or finds an existing device (and says it is one); it never
    writes Quittance's tables into another program's SQLite file, which it did."""
    if path.is_dir():
        raise QuittanceError("cli_not_a_database", path=path)
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        check_device_file(path)
    except QuittanceError as error:
        if error.code != "cli_empty_database":  # an empty SQLite file is a device yet to be made
            raise


def check_device_file(path: Path, agent: str | None = None) -> None:
    """Refuse, creating nothing, a command that needs a device when `path` holds none: missing,
    empty (what an interrupted create leaves), not SQLite, or another program's SQLite file.
    Opening it as a Store would create or migrate it, and make a wrong --db look initialised."""
    if not path.exists():
        raise QuittanceError("not_initialised_at", path=path)
    if path.is_dir():
        raise QuittanceError("cli_not_a_database", path=path)
    wal = path.with_name(path.name + "-wal")
    if path.stat().st_size == 0:
        if wal.exists() and wal.stat().st_size > 0:
            return  # the data is still in the side file: the store recovers it
        raise QuittanceError("cli_empty_database", path=path)
    key = _device_key(path, agent)
    if key is None:
        check_file(path, wal_has_frames=wal.exists() and wal.stat().st_size > 0)  # garbage or cut short: exit 3
    else:
        check_encrypted_file(path, wal_has_frames=wal.exists() and wal.stat().st_size > 0)
    try:
        probe = sqlite3.keyed_connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)
        try:
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            ours = probe.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                 "AND name IN ('settings', 'events')").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError:
        return  # a damaged file: the store reports storage faults itself
    if version == 0:
        raise QuittanceError("cli_not_a_database" if tables else "cli_empty_database", path=path)
    if not ours:  # another program's file that numbers its own schema: not a device, not a damaged one
        raise QuittanceError("cli_not_a_database", path=path)


def _device_key(path: Path, agent: str | None) -> bytes | None:
    """The data key of an encrypted device file (remembered for the store to open it with), None
    for a plain file or one that is no device of ours (no key envelope beside it). On a terminal
    without QUITTANCE_PIN, the PIN is asked once here and kept for this run, so that the write's
    own PIN check (cli_auth) does not ask again."""
    if sqlite3.is_plain_sqlite(str(path)):
        return None
    key = unlocked.recall(path)
    if key is None and vault.envelope_path(path).exists():
        key = _key_from_pin(path)
        if key is None and not os.environ.get(PIN_VARIABLE):
            pin = read_pin(translate("cli_pin_prompt", _system_locale(), agent=agent or "Quittance"))
            if pin:
                os.environ[PIN_VARIABLE] = pin  # this process only; the CLI starts no other
                key = _key_from_pin(path)
        if key is None:
            raise QuittanceError("database_locked", path=str(path))
        unlocked.remember(path, key)
    return key


def _key_from_pin(path: Path) -> bytes | None:
    """The envelope's key with nobody typing; a wrong QUITTANCE_PIN says, in one line, that the
    database stays locked, nothing was recorded, and how many tries are left before the lockout."""
    try:
        return vault.key_without_asking(path)
    except QuittanceError as error:
        if error.code != "vault_wrong_pin":
            raise
        raise QuittanceError("database_pin_wrong_tries", path=str(path),
                             tries_left=error.params["tries_left"]) from error


def run_command(args: argparse.Namespace) -> int:
    """Check the device file, open the ledger, check the acting agent's PIN for a write, run the
    handler, and turn a user error into one line and exit 2 (or the error's own `exit_status`), a
    storage fault into one line and exit 3."""
    db_path = Path(args.db or getattr(args, "default_db", None) or default_db_path())
    ledger: Ledger | None = None
    try:
        if not getattr(args, "needs_ledger", True):
            return args.handler(args, None)
        needs_init = getattr(args, "needs_init", True)
        if needs_init:
            if not db_path.exists() and not db_path.parent.is_dir():
                raise StorageFault("storage_folder_missing", path=str(db_path), folder=str(db_path.parent))
            check_device_file(db_path, getattr(args, "acting_agent", None))
        else:
            check_init_file(db_path)
        ledger = Ledger.open(db_path, create=not needs_init)
        if needs_init and not ledger.is_initialised():
            raise QuittanceError("not_initialised_at", path=db_path)
        if getattr(args, "takes_as", False):
            agent, pin = authorise_write(ledger, args.acting_agent)
            ledger = encrypt_if_plain(ledger, agent, pin)
        if getattr(args, "clock_ahead_ok", False):
            ledger.confirm_clock_ahead()
        return args.handler(args, ledger)
    except StorageFault as error:
        return _storage_fault(error, ledger)
    except QuittanceError as error:
        locale = ledger.locale if ledger is not None else "fr"
        if not getattr(args, "needs_ledger", True):
            locale = system_language()  # no device to ask (`gnss`): refuse in the language its output uses
        if args.handler is cmd_init and ledger is not None and not ledger.is_initialised() \
                and args.locale in supported_locales():
            locale = args.locale  # a refused init speaks the language it was asked to set up
        print(f"quittance: {safe(error.message(locale))}", file=sys.stderr)
        return getattr(error, "exit_status", 2)
    except sqlite3.DatabaseError as error:
        fault = storage_fault(error, db_path)
        if fault is None:
            return _data_unreadable(error, ledger, db_path)
        return _storage_fault(fault, ledger)
    except OSError as error:
        # e.g. the key envelope's lock beside a database on a medium gone read-only or full: the
        # same storage fault (exit 3) as the database itself would give.
        fault = storage_fault(error, db_path)
        if fault is not None:
            return _storage_fault(fault, ledger)
        print(f"quittance: {safe(error.strerror or error)}: {safe(getattr(error, 'filename', '') or db_path)}",
              file=sys.stderr)
        return 2
    except (ValueError, TypeError, ArithmeticError, sqlite3.Error) as error:
        return _data_unreadable(error, ledger, db_path)
    finally:
        if ledger is not None:
            ledger.close()


def _data_unreadable(error: BaseException, ledger: Ledger | None, db_path: Path) -> int:
    """Rows edited outside Quittance into what it never writes (a date that is no date, an amount
    that is text or overflows a sum, a key that is NULL): one line pointing at `verify`, exit 3,
    not a traceback."""
    print(f"quittance: {_say('data_unreadable', _locale_of(ledger), path=db_path, error=_described(error))}",
          file=sys.stderr)
    return 3


def _described(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:200]


def _locale_of(ledger: Ledger | None) -> str:
    try:
        return ledger.locale if ledger is not None else _system_locale()
    except (QuittanceError, sqlite3.Error, ValueError, TypeError):
        return _system_locale()


def _storage_fault(fault: StorageFault, ledger: Ledger | None) -> int:
    try:
        locale = ledger.locale if ledger is not None else None
    except (QuittanceError, sqlite3.Error):
        locale = None
    # A file that cannot be read cannot say which language its municipality speaks: the system's.
    print(f"quittance: {safe(fault.message(locale or _system_locale()))}", file=sys.stderr)
    return 3


def _system_locale() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        language = os.environ.get(variable, "")[:2].lower()
        if language in supported_locales():
            return language
    return "fr"
