"""`quittance-server report reconciliation --date D|--month YYYY-MM --out FILE.pdf` and
`quittance-server attestation --taxpayer ID --year Y --out FILE.pdf`."""
from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from sync.server import keyrotation
from sync.server.attestation import issue, parse_year
from sync.server.attestation_pdf import render_attestation
from sync.server.cli_common import CommandMaker, engine_of, out, settings_of
from sync.server.common import now_iso
from sync.server.db import reading
from sync.server.reconcile_ledger import municipality_settings
from sync.server.reference import AdminError
from sync.server.report_pdf import render_reconciliation_report
from sync.server.report_texts import LANGUAGES, language_of
from sync.server.serverkey import load_or_create, public_key, record_public_key


def _target(path: str) -> Path:
    target = Path(path)
    if not target.parent.is_dir():
        raise AdminError(f"--out {path}: the folder {target.parent} does not exist")
    return target


def cmd_reconciliation(args: argparse.Namespace) -> None:
    target = _target(args.out)
    with reading(engine_of(args)) as conn:
        content = render_reconciliation_report(conn, day=args.date, month=args.month, language=args.language)
    target.write_bytes(content)
    out(args, {"out": str(target), "bytes": len(content), "period": args.date or args.month},
        f"Reconciliation report for {args.date or args.month} written to {target} ({len(content)} bytes).")


def cmd_attestation(args: argparse.Namespace) -> None:
    target = _target(args.out)
    year = parse_year(args.year)
    by = (args.by or "").strip() or f"{getpass.getuser()} (command line)"
    settings = settings_of(args)
    with engine_of(args).begin() as conn:
        keyrotation.finish_pending(conn, settings.key_path)  # a rotation cut short: sign with the key in use
        private_hex = load_or_create(settings.key_path)
        record_public_key(conn, public_key(private_hex), now_iso())
        municipality = municipality_settings(conn)
        att = issue(conn, private_hex, args.taxpayer, year, by=by, at=now_iso())
    content = render_attestation(att, lang=language_of(args.language, municipality.get("locale")),
                                 timezone=municipality.get("timezone") or "UTC",
                                 verify_url=municipality.get("verify_url"), logo=municipality.get("logo"))
    target.write_bytes(content)
    r = att.record
    out(args, {"out": str(target), **att.to_dict()},
        f"Attestation {att.code} for {r['taxpayer_name'] or r['taxpayer_id']}, {year}: {r['count']} receipt(s), "
        f"{len(r['voided'])} voided (not counted), total {r['total']} minor units of {r['currency']}; "
        f"written to {target}.")


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    report = sub.add_parser("report", help="PDF reports").add_subparsers(dest="action", required=True)
    p = command("reconciliation", cmd_reconciliation, "the reconciliation report of a day or a month, as PDF",
                parent=report)
    period = p.add_mutually_exclusive_group(required=True)
    period.add_argument("--date", metavar="YYYY-MM-DD", help="a day, in the municipality's time zone")
    period.add_argument("--month", metavar="YYYY-MM", help="a month")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--language", choices=LANGUAGES, help="default: the municipality's")
    p = command("attestation", cmd_attestation, "sign, store and print a taxpayer's payment attestation for a year")
    p.add_argument("--taxpayer", required=True, metavar="ID", help="the taxpayer's id")
    p.add_argument("--year", required=True, metavar="YYYY")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--by", metavar="NAME", help="who issues it (default: your login, 'command line')")
    p.add_argument("--language", choices=LANGUAGES, help="default: the municipality's")
