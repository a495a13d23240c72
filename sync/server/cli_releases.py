"""`quittance-server release add|list`: the app versions devices update to (issue 13, Updates)."""
from __future__ import annotations

import argparse
from pathlib import Path

from sync.server import releases
from sync.server.cli_admin import _group
from sync.server.cli_common import CommandMaker, engine_of, out, settings_of
from sync.server.common import now_iso
from sync.server.db import reading
from sync.server.keyrotation import finish_pending
from sync.server.serverkey import load_or_create, public_key, record_public_key


def cmd_release_add(args: argparse.Namespace) -> None:
    settings = settings_of(args)
    engine = engine_of(args)
    releases.check_file(Path(args.file), args.platform)  # refused before the key or the database is touched
    with engine.begin() as conn:
        finish_pending(conn, settings.key_path)  # a rotation cut short: sign with the key devices will trust
    private = load_or_create(settings.key_path)
    with engine.begin() as conn:
        record_public_key(conn, public_key(private), now_iso())
        done = releases.add(conn, Path(args.file), settings.data_dir, private, version=args.version,
                            platform=args.platform, notes=args.notes or "")
    verb = ("published; devices download it at their next sync" if done["added"]
            else "was published already with this same file; nothing changed")
    out(args, done, f"Release {done['version']} for {done['platform']} ({done['size'] // 1024 + 1} kB, "
                    f"SHA-256 {done['sha256'][:16]}…) {verb}.\nSigned by the server key {done['signed_by'][:16]}….")


def cmd_release_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        found = releases.list_releases(conn)
    lines = [f"{r['platform']:<12} {r['version']:<10} {r['size'] // 1024 + 1:>8} kB  {r['sha256'][:16]}…  "
             f"published {r['published_at']}" + (f"  {r['notes']}" if r["notes"] else "") for r in found]
    out(args, {"releases": found}, "\n".join(lines) or
        "No release yet: `quittance-server release add --version X.Y.Z --platform linux-deb --file FILE.deb`.")


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = _group(sub, "release", "app versions devices update to")
    p = command("add", cmd_release_add, "publish an installer file, signed with the server's key", parent=group)
    p.add_argument("--version", required=True, metavar="X.Y.Z")
    p.add_argument("--platform", required=True, choices=releases.PLATFORMS)
    p.add_argument("--file", required=True, metavar="PATH", help="the .deb (linux-deb) or the .exe (windows-exe)")
    p.add_argument("--notes", help="what changed (kept with the release; devices receive it)")
    command("list", cmd_release_list, "every published release, by platform and version", parent=group)
