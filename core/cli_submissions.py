"""`quittance submissions export --form ID [--version V] --out DIR`: a form's submissions as CSV,
one file per repeat (core/forms/csv_export.py), as ODK Central lays them out, and their photos in
DIR/media/ (core/forms/media.py)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.cli_options import Options
from core.messages import translate
from core.service import Ledger
from core.terminal import safe, safe_params


def cmd_submissions_export(args: argparse.Namespace, ledger: Ledger) -> int:
    paths, count = ledger.export_submissions(args.form, args.out, version=args.version)
    photos, missing = ledger.export_submission_media(args.form, args.out, version=args.version)
    if args.json:
        print(json.dumps({"form": args.form, "version": args.version, "submissions": count,
                          "files": [str(p) for p in paths], "media": [str(p) for p in photos],
                          "missing_media": missing}, ensure_ascii=False, indent=2))
    else:
        print(translate("cli_submissions_exported", ledger.locale,
                        **safe_params({"count": count, "form": args.form, "files": len(paths), "path": args.out})))
        for path in paths:
            print(safe(str(path)))
        if photos or missing:
            print(translate("cli_submissions_media", ledger.locale, **safe_params(
                {"count": len(photos), "path": Path(args.out) / "media", "missing": ", ".join(missing) or "—"})))
    return 0


def add_commands(sub: argparse._SubParsersAction, common: Options) -> None:
    p = sub.add_parser("submissions", help="census submissions")
    actions = p.add_subparsers(dest="submissions_command", metavar="ACTION")
    actions.required = True
    export = actions.add_parser("export", parents=common("db", "json"),
                                help="write a form's submissions as CSV, one file per repeat (ODK Central's layout)")
    export.add_argument("--form", required=True, help="the form's id")
    export.add_argument("--version", default=None, help="one version's submissions (default: every version, "
                                                        "laid out as the latest)")
    export.add_argument("--out", required=True, type=Path, help="an existing folder")
    export.set_defaults(handler=cmd_submissions_export)
