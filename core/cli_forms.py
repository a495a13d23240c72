"""`quittance form import FILE.xlsx [--json]` and `quittance form list [--json]`.

Importing records an event (`form.imported`), so it is a write: it takes `--as` and the acting
agent's PIN like every other write. A refused form prints one line naming the sheet, row and
column at fault and exits 2 (core/cli.py run_command); nothing is recorded."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.cli_options import Options
from core.forms.model import localized
from core.messages import translate
from core.service import Ledger
from core.terminal import safe, safe_params


def add_commands(subparsers, common: Options) -> None:
    form = subparsers.add_parser("form", help="census questionnaires (XLSForm)")
    actions = form.add_subparsers(dest="form_command", metavar="ACTION")
    actions.required = True
    imported = actions.add_parser("import", parents=common("db", "json", "as"),
                                  help="load an XLSForm .xlsx; prints its id, title, version and question count")
    imported.add_argument("file", type=Path, metavar="FILE.xlsx")
    imported.set_defaults(handler=cmd_form_import)
    listed = actions.add_parser("list", parents=common("db", "json"), help="the forms on this device")
    listed.set_defaults(handler=cmd_form_list)


def cmd_form_import(args: argparse.Namespace, ledger: Ledger) -> int:
    before = {summary.id for summary in ledger.forms()}
    form = ledger.import_form(args.file)
    title = localized(form.title, ledger.locale, form.default_language)
    new = f"{form.form_id}@{form.version}" not in before
    data = {"form_id": form.form_id, "version": form.version, "title": title, "questions": form.question_count,
            "languages": list(form.languages), "census": form.census is not None, "imported": new}
    code = "cli_form_imported" if new else "cli_form_already"
    text = translate(code, ledger.locale, **safe_params({"form_id": form.form_id, "title": title,
                                                         "version": form.version,
                                                         "questions": form.question_count}))
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)
    return 0


def cmd_form_list(args: argparse.Namespace, ledger: Ledger) -> int:
    forms = ledger.forms()
    if args.json:
        print(json.dumps([{"form_id": f.form_id, "version": f.version, "title": f.title,
                           "questions": f.question_count, "origin": f.origin, "added_at": f.added_at}
                          for f in forms], ensure_ascii=False, indent=2))
        return 0
    if not forms:
        print(translate("cli_no_forms", ledger.locale))
        return 0
    for f in forms:
        origin = translate(f"cli_form_origin_{f.origin}", ledger.locale)
        print(f"{safe(f.form_id)}  {safe(f.version)}  {safe(f.title)}  {f.question_count}  {origin}")
    return 0
