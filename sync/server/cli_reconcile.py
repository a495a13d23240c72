"""`quittance-server reconcile`: an agent's day, the cash counted, the variance, and the sign-off."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from sync.server import keyrotation
from sync.server.common import now_iso
from sync.server.db import reading
from sync.server.reconcile_count import counted_amount, parse_count
from sync.server.reconcile_ledger import municipality_settings, parse_day
from sync.server.reconcile_report import as_text, reconcile, sign_off
from sync.server.reference import AdminError
from sync.server.serverkey import load_or_create, public_key, record_public_key
from sync.server.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--agent", required=True, help="the agent's name, as on the server")
    parser.add_argument("--date", required=True, help="the day, YYYY-MM-DD, in the municipality's time zone")
    counted = parser.add_mutually_exclusive_group()
    counted.add_argument("--counted", metavar="AMOUNT", help="the cash handed in, in whole units (e.g. 150000)")
    counted.add_argument("--count", metavar="FACExPIECES,…",
                         help="the cash handed in by denomination, e.g. 20000x3,5000x2")
    parser.add_argument("--sign-off", action="store_true", help="record the supervisor's signed sign-off")
    parser.add_argument("--by", metavar="NAME", help="the supervisor signing off: their account (`supervisor add`), or an agent with role supervisor")
    parser.add_argument("--note", help="the supervisor's note on the sign-off")
    parser.add_argument("--receipt", metavar="FILE.pdf", help="with --sign-off: write the agent's signed handover "
                                                              "receipt (PDF) there")


def run(args: argparse.Namespace, settings: Settings, engine: Engine) -> tuple[dict[str, Any], str]:
    """The figures (for --json) and the text; with --sign-off, the record is stored and signed."""
    day = parse_day(args.date)
    if args.sign_off and not (args.by or "").strip():
        raise AdminError("--sign-off needs --by NAME, the supervisor who signs")
    if not args.sign_off and (args.by or args.note or args.receipt):
        raise AdminError("--by, --note and --receipt go with --sign-off")
    receipt = Path(args.receipt) if args.receipt else None
    if receipt is not None and (receipt.is_dir() or not receipt.parent.is_dir()):
        raise AdminError(f"--receipt {args.receipt}: give a file in a folder that exists")
    if not args.sign_off:
        with reading(engine) as conn:
            view = reconcile(conn, args.agent, day, _count(args, municipality_settings(conn)["currency"]))
        return view.to_dict(), as_text(view)
    with engine.begin() as conn:
        keyrotation.finish_pending(conn, settings.key_path)  # a rotation cut short: sign with the key in use
        private_hex = load_or_create(settings.key_path)
        record_public_key(conn, public_key(private_hex), now_iso())
        view = reconcile(conn, args.agent, day, _count(args, municipality_settings(conn)["currency"]))
        signed = sign_off(conn, private_hex, view, by=args.by, note=args.note, at=now_iso())
        municipality = municipality_settings(conn)
    value, text = {**view.to_dict(), "signed": signed.to_dict()}, as_text(view, signed)
    if receipt is not None:
        from sync.server.handover_receipt import handover_pdf  # reportlab: only when a receipt is asked for

        # Written after the commit: the record stands even if the disk is full; the API gives it again.
        receipt.write_bytes(handover_pdf(signed, municipality))
        value["receipt"] = str(receipt)
        text += f"\nHandover receipt: {receipt}"
    return value, text


def _count(args: argparse.Namespace, currency_code: str):  # noqa: ANN202
    if args.count is not None:
        return parse_count(args.count, currency_code)
    if args.counted is not None:
        return counted_amount(args.counted, currency_code)
    return None
