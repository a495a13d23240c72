"""`quittance-server recovery-key create|show` and `quittance-server pin-policy set|show`: the
municipality's recovery key (sync/server/recovery.py) and the PIN policy devices enforce
(core/pin_policy.py), which reaches them with the municipality's configuration at their next pull."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sync.server import recovery
from sync.server.cli_common import CommandMaker, engine_of, out
from sync.server.db import reading
from sync.server.reference import AdminError, get_municipality, set_municipality

PASSPHRASE_VARIABLE = "QUITTANCE_RECOVERY_PASSPHRASE"


def _passphrase() -> str:
    """From the environment (scripts), else typed twice at a hidden prompt; never a flag."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        raise AdminError(f"give the recovery key's passphrase in {PASSPHRASE_VARIABLE}, or run this in a terminal")
    first = getpass.getpass("Passphrase for the recovery key (12 characters or more): ")
    if getpass.getpass("The same passphrase again: ") != first:
        raise AdminError("the two passphrases differ; no key was made")
    return first


def cmd_create(args: argparse.Namespace) -> None:
    passphrase = _passphrase()
    with engine_of(args).begin() as conn:
        made = recovery.create(conn, Path(args.out), passphrase)
    out(args, made, f"Recovery key {made['number']} made: private key in {made['file']} (mode 0600, encrypted "
                    f"with the passphrase). Keep it offline, away from the server; the server keeps only the "
                    f"public key {made['public_key']}.\nDevices enrolled from now on can be recovered with it; "
                    f"devices enrolled before need to enroll again to get it.")


def cmd_show(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        public = recovery.current_public_key(conn)
    out(args, {"public_key": public},
        f"Recovery public key: {public}" if public else "No recovery key yet: `recovery-key create --out FILE`.")


def cmd_policy_set(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        current = get_municipality(conn)
        if current is None:
            raise AdminError("the server has no municipality yet: run `init` first")
        data = {**current, "pin_min_length": args.min_length, "pin_passphrase": args.passphrase}
        clean = set_municipality(conn, data)
    _policy_out(args, clean, "set; devices enforce it from their next sync, at each PIN set or change")


def cmd_policy_show(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        current = get_municipality(conn) or {}
    _policy_out(args, {"pin_min_length": current.get("pin_min_length") or 4,
                       "pin_passphrase": bool(current.get("pin_passphrase"))}, "in force")


def _policy_out(args: argparse.Namespace, data: dict, what: str) -> None:
    kind = "a passphrase" if data["pin_passphrase"] else "a PIN"
    out(args, {"pin_min_length": data["pin_min_length"], "pin_passphrase": data["pin_passphrase"]},
        f"PIN policy {what}: {kind} of at least {data['pin_min_length']} characters"
        f"{' (12 at least for a passphrase)' if data['pin_passphrase'] else ''}.")


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = sub.add_parser("recovery-key", help="the municipality's recovery key for locked devices") \
        .add_subparsers(dest="recovery_command", required=True)
    p = command("create", cmd_create, "make a recovery key pair: the private key to FILE (passphrase from "
                                      f"a prompt or {PASSPHRASE_VARIABLE}), the public key kept here", parent=group)
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the private key (a new file)")
    command("show", cmd_show, "the recovery public key devices receive at enrollment", parent=group)
    group = sub.add_parser("pin-policy", help="how long agents' PINs must be, or a passphrase") \
        .add_subparsers(dest="policy_command", required=True)
    p = command("set", cmd_policy_set, "require longer PINs or a passphrase on every device", parent=group)
    p.add_argument("--min-length", type=int, default=4, help="at least this many characters (4 to 64)")
    p.add_argument("--passphrase", action="store_true", help="require a passphrase (12 characters or more, "
                                                              "not only digits)")
    command("show", cmd_policy_show, "the PIN policy in force", parent=group)
