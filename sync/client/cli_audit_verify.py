"""`quittance audit verify FILE --key KEY [--workers N] [--json]`: the auditor's verifier of an
audit file (sync/client/audit_verify.py). Exit 0 when every check holds, 1 at the first fault
(named: device, seq, what), 2 when the file cannot be checked (not an audit file, untrusted key)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.cli_options import Options
from core.messages import system_language, translate
from core.terminal import safe, safe_params
from sync.client.audit_verify import Unusable, verify_file


def add_verify(audit: argparse._SubParsersAction, common: Options) -> None:
    p = audit.add_parser("verify", parents=common("json"),
                         help="check an audit file: signatures, chains, numbering, closings")
    p.add_argument("file", type=Path, metavar="FILE", help="the audit file (XML) the municipality gave")
    p.add_argument("--key", required=True, help="the municipality's public key (64 hex), as it published it")
    p.add_argument("--workers", type=int, default=None, help="processes checking signatures (default: every core)")
    p.set_defaults(handler=cmd_audit_verify, needs_ledger=False)


def _say(args: argparse.Namespace, status: int, code: str, locale: str, **params: object) -> int:
    message = translate(code, locale, **safe_params(params))
    if args.json:
        print(json.dumps({"ok": status == 0, "code": code, "message": message,
                          **{k: v for k, v in params.items() if isinstance(v, (int, str))}}, ensure_ascii=False))
    else:
        print(f"quittance: {safe(message)}" if status else safe(message), file=sys.stderr if status else sys.stdout)
    return status


def cmd_audit_verify(args: argparse.Namespace, _ledger: object) -> int:
    locale = system_language()
    try:
        outcome = verify_file(args.file, args.key, args.workers)
    except Unusable as refusal:
        return _say(args, 2, refusal.code, locale, **refusal.params)
    fault = outcome.fault
    if fault is not None:
        return _say(args, 1, f"audit_fault_{fault.code}", locale, device=fault.device, seq=fault.seq,
                    detail=fault.detail)
    return _say(args, 0, "audit_verify_ok", locale, municipality=outcome.municipality, events=outcome.events,
                devices=outcome.devices, start=outcome.period.get("from", ""), end=outcome.period.get("to", ""))
