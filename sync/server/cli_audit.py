"""`quittance-server audit export|key`: the signed audit file of a period for auditors
(sync/server/audit_export.py), and the public key they check it with."""
from __future__ import annotations

import argparse
from datetime import date

from sync.server import audit_export
from sync.server.cli_common import CommandMaker, engine_of, out, settings_of
from sync.server.reference import AdminError
from sync.server.serverkey import load_or_create, public_key


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise AdminError(f"{option} {text!r}: give a day as YYYY-MM-DD") from None


def cmd_export(args: argparse.Namespace) -> None:
    from pathlib import Path

    private_hex = load_or_create(settings_of(args).key_path)
    request = audit_export.AuditRequest(_day(args.start, "--from"), _day(args.end, "--to"), Path(args.out))
    done = audit_export.run(engine_of(args), private_hex, request)
    out(args, done, f"Audit file {done['out']}: {done['events']} events of {done['devices']} devices, "
                    f"{done['from']} to {done['to']} (arrivals {done['after_arrival'] + 1} to "
                    f"{done['through_arrival']}), signed by {done['server_public_key']}.")


def cmd_key(args: argparse.Namespace) -> None:
    key = public_key(load_or_create(settings_of(args).key_path))
    out(args, {"public_key": key}, key)


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = sub.add_parser("audit", help="the signed audit file for auditors").add_subparsers(
        dest="audit_command", required=True)
    p = command("export", cmd_export, "write the signed audit file (XML) of the events received in a period",
                parent=group)
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", help="first day (server arrival)")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help="last day, included")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write (its folder must exist)")
    command("key", cmd_key, "the public key audit files are signed with: publish it for auditors", parent=group)
