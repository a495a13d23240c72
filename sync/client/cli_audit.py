"""`quittance audit log --checkpoint A --checkpoint B [--server URL | --proof FILE] [--key VKEY]`:
prove that the transparency log was not rewritten between two checkpoints someone kept.

Both checkpoints are opened with the log's verifier key (core/checkpoint), the RFC 9162
consistency proof between their sizes is fetched from the server (or read from a file saved
earlier) and verified with core/merkle; the server is trusted for nothing. Exit 0 when the later
log extends the earlier one; 1 when the history was rewritten (named); 2 when a checkpoint cannot
be trusted or no proof could be had. The key: --key, else the keys the server publishes, else the
one the proof file carries; the earlier checkpoint, kept from before, must open with it."""
from __future__ import annotations

import argparse
import base64
import binascii
import json
import sys
from pathlib import Path
from typing import Any

from core import checkpoint as cp
from core import merkle
from core.cli_options import Options
from core.messages import system_language, translate
from core.terminal import safe, safe_params

TIMEOUT_S = 30


class _Refusal(Exception):
    def __init__(self, code: str, status: int, **params: Any) -> None:
        super().__init__(code)
        self.code, self.status, self.params = code, status, params


def add_commands(subparsers: argparse._SubParsersAction, common: Options) -> None:
    audit = subparsers.add_parser("audit", help="check the municipality's public records").add_subparsers(
        dest="audit_command", required=True)
    p = audit.add_parser("log", parents=common("json"),
                         help="prove the transparency log was not rewritten between two kept checkpoints")
    p.add_argument("--checkpoint", action="append", required=True, type=Path, metavar="FILE",
                   help="a signed checkpoint kept earlier (give two: the older and the newer)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--server", help="the server's address, e.g. https://recettes.example")
    source.add_argument("--proof", type=Path, metavar="FILE", help="a consistency proof saved earlier (JSON)")
    p.add_argument("--key", help="the log's verifier key (name+hash+key), as the municipality published it")
    p.set_defaults(handler=cmd_audit_log, needs_ledger=False)
    from sync.client.cli_audit_verify import add_verify

    add_verify(audit, common)


def _get(server: str, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    import httpx

    try:
        response = httpx.get(server.rstrip("/") + path, params=params, timeout=TIMEOUT_S)
    except httpx.HTTPError as exc:
        raise _Refusal("audit_log_no_proof", 2, fault=f"{server}: {exc}") from None
    if response.status_code != 200:
        try:
            detail = response.json()["error"]["message"]
        except (ValueError, KeyError, TypeError):
            detail = f"HTTP {response.status_code}"
        raise _Refusal("audit_log_no_proof", 2, fault=detail)
    return response.json()


def _read_proof(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return data
    except (OSError, ValueError) as exc:
        raise _Refusal("audit_log_no_proof", 2, fault=f"{path}: {exc}") from None


def _verifiers(args: argparse.Namespace, proof_file: dict[str, Any] | None) -> list[cp.Verifier]:
    if args.key:
        texts = [args.key]
    elif args.server:
        texts = _get(args.server, "/api/v1/log/key").get("vkeys", [])
    else:
        texts = [proof_file.get("vkey", "")] if proof_file else []
    try:
        return [cp.parse_vkey(text) for text in texts]
    except cp.NoteError as exc:
        raise _Refusal("audit_log_bad_checkpoint", 2, file="--key", fault=str(exc)) from None


def _open(path: Path, verifiers: list[cp.Verifier]) -> cp.Checkpoint:
    try:
        note = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _Refusal("audit_log_bad_checkpoint", 2, file=str(path), fault=str(exc)) from None
    fault = "no verifier key"
    for verifier in verifiers:
        try:
            return cp.parse_checkpoint(cp.open_note(note, [verifier]))
        except cp.NoteError as exc:
            fault = str(exc)
    raise _Refusal("audit_log_bad_checkpoint", 2, file=str(path), fault=fault)


def _proof_hashes(values: Any) -> list[bytes]:
    try:
        return [base64.b64decode(v, validate=True) for v in values]
    except (binascii.Error, TypeError, ValueError):
        raise _Refusal("audit_log_no_proof", 2, fault="the proof's hashes are not base64") from None


def audit_log(args: argparse.Namespace) -> dict[str, Any]:
    if len(args.checkpoint) != 2:
        raise _Refusal("audit_log_no_proof", 2, fault="give --checkpoint twice: the older and the newer")
    proof_file = _read_proof(args.proof) if args.proof else None
    verifiers = _verifiers(args, proof_file)
    first, second = sorted((_open(path, verifiers) for path in args.checkpoint), key=lambda c: c.size)
    if first.origin != second.origin:
        raise _Refusal("audit_log_bad_checkpoint", 2, file=str(args.checkpoint[1]),
                       fault=f"it is the log {second.origin!r}, not {first.origin!r}")
    if proof_file is None:
        proof_file = _get(args.server, "/api/v1/log/consistency", {"first": first.size, "second": second.size})
    if (proof_file.get("first"), proof_file.get("second")) != (first.size, second.size):
        raise _Refusal("audit_log_no_proof", 2, fault=f"the proof is not from {first.size} to {second.size} entries")
    summary = {"origin": first.origin, "first": first.size, "second": second.size,
               "first_root": first.root.hex(), "second_root": second.root.hex()}
    try:
        merkle.verify_consistency(first.size, second.size, first.root, second.root,
                                  _proof_hashes(proof_file.get("proof", [])))
    except merkle.ProofError as exc:
        raise _Refusal("audit_log_rewritten", 1, **summary, fault=str(exc)) from None
    return summary


def cmd_audit_log(args: argparse.Namespace, _ledger: object) -> int:
    locale = system_language()
    try:
        summary = audit_log(args)
    except _Refusal as refusal:
        message = translate(refusal.code, locale, **safe_params(refusal.params))
        if args.json:
            print(json.dumps({"consistent": False, "code": refusal.code, "message": message,
                              **{k: v for k, v in refusal.params.items() if isinstance(v, (int, str))}}))
        else:
            print(f"quittance: {safe(message)}", file=sys.stderr)
        return refusal.status
    if args.json:
        print(json.dumps({"consistent": True, **summary}))
    else:
        print(safe(translate("audit_log_consistent", locale, **safe_params(summary))))
    return 0
