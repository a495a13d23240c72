"""`quittance restore FILE [--json]`: put a backup back as the device database, unless it would
issue a receipt number again (core/restore.py). Before deciding it asks the server what it holds
for this device, when the device is enrolled and the server answers; the device's own record
(its high-water mark, the server's last acknowledgement) refuses an old backup all the same when
the server cannot be reached. Close the app first: the database is replaced underneath it.

Exit 0 restored; 2 refused (nothing changed), with the reason in the municipality's language."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core import journal_file
from core.backup_copy import is_plain_sqlite
from core.cli import default_db_path
from core.cli_options import Options
from core.config import load_setting
from core.errors import QuittanceError
from core.messages import system_language, translate
from core.restore import Restored, backup_hashes, backup_key, current_head, read_head, refusal, replace_database
from core.terminal import safe, safe_params
from sync.client import state
from sync.client.server_head import ask_server


def add_commands(subparsers: argparse._SubParsersAction, common: Options) -> None:
    p = subparsers.add_parser("restore", parents=common("db", "json"),
                              help="put a backup back as this device's database (refused if the device or its "
                                   "server already went past it: receipt numbers would be issued again)")
    p.add_argument("file", type=Path, metavar="FILE", help="a backup written by `quittance backup`")
    p.set_defaults(handler=cmd_restore, needs_ledger=False)


def device_key(db_path: Path) -> bytes | None:
    """The current database's data key: None for a plain file or a missing one."""
    if not db_path.is_file() or is_plain_sqlite(db_path) or db_path.stat().st_size == 0:
        return None
    from core import unlocked, vault
    key = unlocked.recall(db_path)
    if key is None:
        try:
            key = vault.key_without_asking(db_path)
        except NotImplementedError:
            key = None
    return key


def cmd_restore(args: argparse.Namespace, _ledger: None) -> int:
    db_path = Path(args.db or default_db_path())
    locale = system_language()
    try:
        key = device_key(db_path)
        current = current_head(db_path, key)
        head = read_head(args.file, backup_key(args.file, key))
        locale = (current or head).locale
        url, token = _server_of(db_path, key) if current is not None else ("", "")
        if not url:
            url, token = _server_of(args.file, backup_key(args.file, key))
        server = ask_server(url, token) if url and token else None
        refused = refusal(head, current=current, server=server,
                          hash_at=backup_hashes(args.file, backup_key(args.file, key)))
        if refused is not None:
            raise refused
        replaced = replace_database(args.file, db_path, backup_key(args.file, key))
        # The restored database may be locked: the entry waits in the side file and joins the chain
        # at its next unlock (core/journal_file.py).
        journal_file.append(db_path, "restore", {"seq": head.seq, "replaced": bool(replaced),
                                                 "server_checked": server is not None})
    except QuittanceError as error:
        print(f"quittance: {safe(error.message(locale))}", file=sys.stderr)
        return getattr(error, "exit_status", 2)
    done = Restored(db_path, head, replaced, server is not None)
    if args.json:
        print(json.dumps(done.to_dict(), ensure_ascii=False, indent=2))
        return 0
    say = lambda code, **params: translate(code, locale, **safe_params(params))  # noqa: E731
    lines = [say("restore_done", db=db_path, seq=head.seq, receipt=head.receipt_no())]
    if url:
        lines.append(say("restore_server_checked", server=url) if server is not None
                     else say("restore_server_unreached", server=url))
    print("\n".join(lines))
    return 0


def _server_of(path: Path, key: bytes | None) -> tuple[str, str]:
    from core.backup_copy import connect

    try:
        conn = connect(path, key, read_only=True)
        try:
            url, token = load_setting(conn, state.SERVER_URL, ""), load_setting(conn, state.TOKEN, "")
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - an unreadable file simply names no server
        return "", ""
    return (url if isinstance(url, str) else ""), (token if isinstance(token, str) else "")
