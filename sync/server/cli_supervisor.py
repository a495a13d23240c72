"""`quittance-server supervisor add|password|totp|disable|enable|list`: supervisors' server accounts.

A password is read from the terminal without echo, or from standard input with
`--password-stdin` (for scripts); it never appears on a command line, where `ps` would show it."""
from __future__ import annotations

import argparse
import getpass
import sys

from sync.server import supervisors
from sync.server.cli_common import CommandMaker, engine_of, out
from sync.server.reference import AdminError


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise AdminError("no terminal to ask the password on: pass it on standard input with --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise AdminError("the two passwords differ")
    return first


def cmd_add(args: argparse.Namespace) -> None:
    password = _password(args)
    with engine_of(args).begin() as conn:
        supervisors.add_supervisor(conn, args.name, password)
        uri = supervisors.enable_totp(conn, args.name)[1] if args.totp else None
    out(args, {"name": args.name, "totp": bool(uri), "otpauth_uri": uri},
        f"Supervisor {args.name} added." + (f"\nAdd this to an authenticator app: {uri}" if uri else ""))


def cmd_password(args: argparse.Namespace) -> None:
    password = _password(args)
    with engine_of(args).begin() as conn:
        supervisors.set_password(conn, args.name, password)
    out(args, {"name": args.name, "password_changed": True},
        f"Password of {args.name} changed; their open sessions are ended.")


def cmd_totp(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        if args.off:
            supervisors.disable_totp(conn, args.name)
            uri = None
        else:
            uri = supervisors.enable_totp(conn, args.name)[1]
    out(args, {"name": args.name, "totp": bool(uri), "otpauth_uri": uri},
        f"Second factor of {args.name} removed." if args.off else
        f"New second factor for {args.name}; add this to an authenticator app (the old one stops working):\n{uri}")


def cmd_active(args: argparse.Namespace) -> None:
    active = args.action == "enable"
    with engine_of(args).begin() as conn:
        supervisors.set_active(conn, args.name, active)
    out(args, {"name": args.name, "active": active},
        f"Supervisor {args.name} {'enabled' if active else 'disabled; their open sessions are ended'}.")


def cmd_list(args: argparse.Namespace) -> None:
    with engine_of(args).connect() as conn:
        rows = supervisors.list_supervisors(conn)
    lines = [f"{r['name']}: {'active' if r['active'] else 'disabled'}{', TOTP' if r['totp'] else ''}" for r in rows]
    out(args, {"supervisors": rows}, "\n".join(lines) or "No supervisor yet: `supervisor add NAME` makes one.")


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = sub.add_parser("supervisor", help="supervisors' server accounts").add_subparsers(dest="action",
                                                                                            required=True)
    for name, func, text in (("add", cmd_add, "add a supervisor (asks for the password)"),
                             ("password", cmd_password, "set a new password (ends their sessions)")):
        p = command(name, func, text, parent=group)
        p.add_argument("name")
        p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
        if name == "add":
            p.add_argument("--totp", action="store_true", help="also turn on a TOTP second factor")
    p = command("totp", cmd_totp, "turn on (or with --off remove) the TOTP second factor", parent=group)
    p.add_argument("name")
    p.add_argument("--off", action="store_true")
    for name in ("disable", "enable"):
        p = command(name, cmd_active, f"{name} a supervisor's account", parent=group)
        p.add_argument("name")
    command("list", cmd_list, "the supervisors and whether each has a second factor", parent=group)
