"""`quittance backup --out FILE [--json]`: a verified copy of the device database (core/backup.py).

It only reads the ledger, so it takes no `--as`, and it runs while the app holds the database
open and writes: the copy is one consistent snapshot. Progress goes to stderr on a terminal."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.backup import journal_backup, make_backup
from core.cli_options import Options
from core.messages import translate
from core.service import Ledger
from core.terminal import safe_params


def add_commands(subparsers: argparse._SubParsersAction, common: Options) -> None:
    p = subparsers.add_parser("backup", parents=common("db", "json"),
                              help="copy the device database, while the app runs, to FILE (verified; encrypted "
                                   "like the database; its key envelope beside it as FILE.keys)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the backup file to write")
    p.set_defaults(handler=cmd_backup)


def cmd_backup(args: argparse.Namespace, ledger: Ledger) -> int:
    progress = None if args.json or not sys.stderr.isatty() else _progress_line(ledger.locale)
    journal_backup(ledger)
    done = make_backup(ledger.store, args.out, progress)
    if progress is not None:
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(done.to_dict(), ensure_ascii=False, indent=2))
        return 0
    say = lambda code, **params: translate(code, ledger.locale, **safe_params(params))  # noqa: E731
    size = _decimal(done.size / 1_000_000, ledger.locale)
    lines = [say("backup_written", out=done.path, size=size, seq=done.head.seq, receipt=done.head.receipt_no()),
             say("backup_verified", events=done.events, payments=done.payments, hash=done.head.hash[:16])]
    lines.append(say("backup_encrypted", keys=done.keys) if done.keys is not None
                 else say("backup_encrypted_no_envelope") if done.encrypted else say("backup_plain"))
    print("\n".join(lines))
    return 0


def _decimal(value: float, locale: str) -> str:
    text = f"{value:.1f}"
    return text if locale == "en" else text.replace(".", ",")  # 0,3 Mo in French and Portuguese


def _progress_line(locale: str):  # noqa: ANN202 - a Progress
    label = translate("backup_progress", locale)

    def show(done: int, total: int) -> None:
        print(f"\r{label} {done * 100 // max(total, 1)} %", end="", file=sys.stderr, flush=True)
    return show
