"""`quittance enroll --server URL --code CODE` and `quittance sync [--json]`.

desktop/main.py composes this module's `add_commands` into the `quittance` command, as it does
printing's. Human output is in the municipality's language (the `quittance` catalogue); `--json`
prints the summary of what was pushed, pulled and refused. `sync` exits 0 when everything went
through, 1 when something was refused or the server could not be reached (nothing is lost)."""
from __future__ import annotations

import argparse
import json
import sys

from core.cli_options import Options
from core.messages import translate
from core.service import Ledger
from core.terminal import safe, safe_params
from sync.client.enroll import enroll_ledger
from sync.client.service import SyncResult, sync_ledger


def add_commands(subparsers: argparse._SubParsersAction, common: Options) -> None:
    p = subparsers.add_parser("enroll", parents=common("db", "json"),
                              help="enroll this device with the municipality's server (one-time code)")
    p.add_argument("--server", required=True, help="the server's address, e.g. https://recettes.example")
    p.add_argument("--code", required=True, help="the one-time enrollment code a supervisor gave")
    p.set_defaults(handler=_enroll)

    p = subparsers.add_parser("sync", parents=common("db", "json"),
                              help="send this device's records to the server, then receive its data")
    p.set_defaults(handler=_sync)


def _say(message: str, locale: str, /, **params: object) -> str:
    # Positional-only: several messages take a {code} of their own (the server's refusal code).
    return translate(message, locale, **safe_params(params))


def _enroll(args: argparse.Namespace, ledger: Ledger) -> int:
    done = enroll_ledger(ledger, args.server, args.code)
    if args.json:
        print(json.dumps(done.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(_say("sync_enrolled", ledger.locale, server=done.server_url, device_code=done.device_code,
                   municipality=done.municipality, records=done.records))
    return 0


def _sync(args: argparse.Namespace, ledger: Ledger) -> int:
    progress = None if args.json or not sys.stderr.isatty() else _progress_line(ledger.locale)
    result = sync_ledger(ledger, progress=progress)
    if progress is not None:
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(describe(result, ledger.locale, ledger.setting("server_url", ""))))
    return 0 if result.ok else 1


def describe(result: SyncResult, locale: str, server: str) -> list[str]:
    """The result in the agent's words: what went, what came, what was refused and what to do."""
    lines = [_say("sync_summary", locale, pushed=result.pushed, duplicates=result.duplicates,
                  pulled=result.pulled, pending=result.pending)]
    if result.quarantined:
        lines.append(_say("sync_quarantined", locale, count=len(result.quarantined)))
        lines += [f"  #{q['seq']} {safe(q['code'])}: {safe(q['reason'])}" for q in result.quarantined]
    if result.attachments_pending:  # census photos, sent after their events (sync/client/attachments.py)
        lines.append(_say("sync_attachments_pending", locale, count=result.attachments_pending))
    if result.attachments_refused:
        lines.append(_say("sync_attachments_refused", locale, count=len(result.attachments_refused),
                          names=", ".join(r["name"] for r in result.attachments_refused[:3])))
    for conflict in (result.series or {}).get("conflicts", []):  # a server that changed its mind (core/series.py)
        lines.append(_say("series_code_changed", locale, **conflict))
    refused, error = result.refused or {}, result.error or {}
    if result.revoked:
        lines.append(_say("sync_revoked", locale))
    elif refused.get("code", "").startswith("key_"):
        lines.append(_say("sync_key_refused", locale, code=refused["code"]))
    elif refused.get("code", "").startswith("page_"):
        lines.append(_say("sync_page_refused", locale, code=refused["code"]))
    elif refused:
        lines.append(_say("sync_refused", locale, code=refused.get("code", "?")))
    if error.get("code") == "unreachable":
        lines.append(_say("sync_unreachable", locale, server=server, detail=error.get("message", "")))
    elif error.get("code") == "unauthenticated":
        lines.append(_say("sync_unauthenticated", locale))
    elif error:
        lines.append(_say("sync_failed", locale, code=error.get("code", "?"), detail=error.get("message", "")))
    update = result.update or {}  # the app update step (sync/client/updates.py)
    if update.get("state") == "staged":
        lines.append(_say("sync_update_staged", locale, version=update["version"]))
    elif update.get("code"):
        lines.append(_say(update["code"], locale, version=update.get("version") or "?"))
    if result.clock_drift and result.clock_offset_s is not None:
        lines.append(_say("sync_clock_drift", locale, minutes=round(abs(result.clock_offset_s) / 60)))
    return lines


def _progress_line(locale: str):
    def show(phase: str, done: int, total: int | None) -> None:
        label = translate(f"sync_phase_{phase}", locale)
        print(f"\r{label} {done}" + (f"/{total}" if total is not None else ""), end="", file=sys.stderr, flush=True)
    return show
