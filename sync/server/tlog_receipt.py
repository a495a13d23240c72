"""A receipt's place in the transparency log, for its verification page and its download.

The bundle holds what a citizen or a journalist needs to check, without the server, that the
payment is in the log the server signed: the event (its text and the previous hash, from which its
hash and then the leaf are recomputed), the leaf's index, the RFC 9162 inclusion proof, the latest
signed checkpoint and the log's verifier key. The server checks the proof itself before the page
says it holds (core/merkle), so a damaged log shows as such."""
from __future__ import annotations

import base64
from collections.abc import Callable
from html import escape
from typing import Any

from sqlalchemy import Engine, select

from core import merkle
from core.envelope import chain_hash
from sync.server import tlog, tlog_checkpoints
from sync.server.db import reading
from sync.server.schema import events, receipts
from sync.server.verify_texts import text

FORMAT = "quittance-tlog-inclusion/1"


def receipt_bundle(engine: Engine, receipt_no: str, public_key: Callable[[], str]) -> dict[str, Any] | None:
    """None when the server holds no such receipt; otherwise the bundle (see the module doc).
    `status` is "verified", "failed" (the proof does not lead to the signed root), "pending"
    (not in a checkpoint yet) or "missing" (not in the log)."""
    with reading(engine) as conn:
        row = conn.execute(select(receipts.c.device_id, receipts.c.event_seq)
                           .where(receipts.c.receipt_no == receipt_no)).first()
        if row is None:
            return None
        event = conn.execute(select(events.c.payload, events.c.prev_hash, events.c.hash).where(
            events.c.device_id == row.device_id, events.c.seq == row.event_seq)).first()
        index = tlog.index_of_event(conn, row.device_id, row.event_seq)
        head = tlog_checkpoints.latest(conn)
        origin = head["origin"] if head else tlog_checkpoints.origin_of(conn)
        bundle: dict[str, Any] = {
            "format": FORMAT, "receipt": receipt_no, "device_id": row.device_id, "seq": row.event_seq,
            "prev_hash": event.prev_hash if event else None, "payload": event.payload if event else None,
            "event_hash": event.hash if event else None, "leaf_index": index,
            "vkey": tlog_checkpoints.verifier(origin, public_key()).vkey,
            "checkpoint": head["note"] if head else None, "checkpoint_at": head["created_at"] if head else None,
            "size": head["size"] if head else None, "proof": None, "status": "missing"}
        if event is None or index is None:
            return bundle
        if head is None or index >= head["size"]:
            bundle["status"] = "pending"
            return bundle
        try:
            proof = tlog.inclusion(conn, index, head["size"])
        except tlog.LogError:
            bundle["status"] = "failed"
            return bundle
    bundle["proof"] = [base64.b64encode(p).decode() for p in proof]
    # Recomputed from the event as stored, not read from the log: an edited event fails here.
    leaf = merkle.leaf_hash(bytes.fromhex(chain_hash(event.prev_hash, event.payload)))
    bundle["leaf_hash"] = base64.b64encode(leaf).decode()
    try:
        merkle.verify_inclusion(leaf, index, head["size"], proof, bytes.fromhex(head["root"]))
        bundle["status"] = "verified"
    except merkle.ProofError:
        bundle["status"] = "failed"
    return bundle


def log_section(bundle: dict[str, Any] | None, lang: str, when: Callable[[str], str], download: str) -> str:
    """The page's log section: the entry, the verdict on its proof, the proof, the download, the how."""
    if bundle is None:
        return ""
    e = lambda value: escape(str(value), quote=True)  # noqa: E731
    parts = [f'<section class="log" aria-labelledby="log"><h2 id="log">{e(text("log_heading", lang))}</h2>']
    status = bundle["status"]
    if status == "missing":
        parts.append(f'<p>{e(text("log_missing", lang))}</p></section>')
        return "".join(parts)
    parts.append(f'<p>{e(text("log_leaf", lang, index=bundle["leaf_index"]))}</p>')
    if status == "pending":
        parts.append(f'<p>{e(text("log_pending", lang))}</p>')
    elif status == "verified":
        words = text("log_proof_ok", lang, size=bundle["size"], when=when(bundle["checkpoint_at"]))
        parts.append(f'<p class="log-ok">{e(words)}</p>')
    else:
        parts.append(f'<p class="log-bad" role="alert">{e(text("log_proof_bad", lang))}</p>')
    if bundle["proof"]:
        items = "".join(f'<li><code style="word-break:break-all">{e(p)}</code></li>' for p in bundle["proof"])
        parts.append(f'<p>{e(text("log_proof_label", lang))}</p><ol class="proof">{items}</ol>')
    if bundle["checkpoint"]:
        parts.append(f'<pre style="white-space:pre-wrap;word-break:break-all">{e(bundle["checkpoint"])}</pre>')
    parts.append(f'<p><a href="{e(download)}" download>{e(text("log_download", lang))}</a></p>'
                 f'<p class="how">{e(text("log_how", lang))}</p></section>')
    return "".join(parts)
