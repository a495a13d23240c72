"""`quittance-server tlog checkpoint|list|key`: the transparency log's signed checkpoints
(sync/server/tlog_checkpoints.py). `serve` also makes one every QUITTANCE_CHECKPOINT_S seconds."""
from __future__ import annotations

import argparse
import os

from sync.server import tlog_checkpoints
from sync.server.cli_common import CommandMaker, engine_of, out, settings_of
from sync.server.db import reading
from sync.server.serverkey import load_or_create, public_key


def cmd_checkpoint(args: argparse.Namespace) -> None:
    private_hex = load_or_create(settings_of(args).key_path)
    with engine_of(args).begin() as conn:
        made = tlog_checkpoints.make(conn, private_hex, force=args.force)
        shown = made or tlog_checkpoints.latest(conn)
    if made:
        out(args, {"made": True, **made}, f"Checkpoint {made['id']}: {made['size']} leaves, signed.\n\n{made['note']}")
    else:
        out(args, {"made": False, **(shown or {})},
            f"The log has not grown since checkpoint {shown['id']} ({shown['size']} leaves): none made.")


def cmd_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        found = tlog_checkpoints.all_checkpoints(conn, 0, 10**9)
    lines = [f"{c['id']}  {c['created_at']}  {c['size']} leaves  {c['root']}" for c in found]
    out(args, {"checkpoints": found}, "\n".join(lines) or "No checkpoint yet: `tlog checkpoint` makes one.")


def cmd_key(args: argparse.Namespace) -> None:
    private_hex = load_or_create(settings_of(args).key_path)
    with reading(engine_of(args)) as conn:
        origin = tlog_checkpoints.origin_of(conn)
    vkey = tlog_checkpoints.verifier(origin, public_key(private_hex)).vkey
    out(args, {"origin": origin, "vkey": vkey}, vkey)


def interval_s() -> float:
    return float(os.environ.get("QUITTANCE_CHECKPOINT_S") or tlog_checkpoints.DEFAULT_INTERVAL_S)


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = sub.add_parser("tlog", help="the public transparency log").add_subparsers(dest="tlog_command",
                                                                                      required=True)
    p = command("checkpoint", cmd_checkpoint, "sign and publish a checkpoint of the log now", parent=group)
    p.add_argument("--force", action="store_true", help="even if the log has not grown since the last one")
    command("list", cmd_list, "every checkpoint published, oldest first", parent=group)
    command("key", cmd_key, "the log's verifier key (name+hash+key), for auditors", parent=group)
