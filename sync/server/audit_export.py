"""`quittance-server audit export`: the audit file of a period, modelled on SAF-T (a header,
master files, source documents), streamed to disk and signed by the server's key.

The layout is in docs/audit/audit-file.md and resources/audit/quittance-audit-1.xsd; the typed
elements and the signed message in core/audit_format.py, which the auditor's verifier
(sync/client/audit_verify.py) shares. Events are read with a server-side cursor and written as
they come, so a period of a million events never sits in memory."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from core.audit_format import FORMAT_VERSION, NAMESPACE, typed_element
from core.errors import QuittanceError
from core.export import check_out_folder, output_file
from sync.server import tlog_checkpoints
from sync.server.audit_prior import EVENT_COLUMNS, DeviceStart, arrival_range, device_start, prior_rows
from sync.server.audit_xml import AuditWriter, attributes as _attr
from sync.server.common import now_iso
from sync.server.db import reading
from sync.server.reconcile_ledger import day_bounds
from sync.server.reference import AdminError, get_municipality
from sync.server.schema import devices, events, server_keys
from sync.server.serverkey import public_key

ROOT = "AuditFile"
STREAM_ROWS = 5_000


@dataclass(frozen=True)
class AuditRequest:
    start: date
    end: date
    out: Path


def run(engine: Engine, private_hex: str, request: AuditRequest) -> dict[str, Any]:
    """Write the audit file; returns its summary (what the command prints)."""
    if request.end < request.start:
        raise AdminError(f"--to {request.end} is before --from {request.start}")
    try:
        check_out_folder(request.out)
    except QuittanceError as error:
        raise AdminError(str(error)) from None
    with reading(engine) as conn:
        muni = get_municipality(conn) or {}
        zone = muni.get("timezone") or ""
        after, through = arrival_range(conn, day_bounds(request.start, zone)[0], day_bounds(request.end, zone)[1])
        with output_file(request.out, "wb") as handle:
            writer = AuditWriter(handle)
            summary = _write(conn, writer, private_hex, request, muni, after, through)
    return {**summary, "out": str(request.out), "from": request.start.isoformat(), "to": request.end.isoformat()}


def _write(conn: Connection, w: AuditWriter, private_hex: str, request: AuditRequest, muni: dict[str, Any],
           after: int, through: int) -> dict[str, Any]:
    server_public = public_key(private_hex)
    w.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<{ROOT} xmlns="{NAMESPACE}">\n <Header>\n')
    w.text("FormatVersion", {}, str(FORMAT_VERSION), "  ")
    w.empty("Municipality", {"code": muni.get("code"), "name": muni.get("name"),
                             "currency": muni.get("currency"), "timezone": muni.get("timezone")}, "  ")
    w.empty("Period", {"from": request.start.isoformat(), "to": request.end.isoformat(),
                       "afterArrival": after, "throughArrival": through}, "  ")
    w.text("GeneratedAt", {}, now_iso(), "  ")
    w.text("ServerPublicKey", {}, server_public, "  ")
    w.write(" </Header>\n <MasterFiles>\n")
    _server_keys(conn, w)
    starts = _devices(conn, w, after, through)
    w.write(" </MasterFiles>\n <SourceDocuments>\n")
    counted = _source_documents(conn, w, starts, after, through)
    w.write(" </SourceDocuments>\n")
    checkpoint = tlog_checkpoints.latest(conn)
    if checkpoint is not None:
        w.write(" <TransparencyLog>\n")
        w.text("Checkpoint", {"id": checkpoint["id"], "origin": checkpoint["origin"], "size": checkpoint["size"],
                              "root": checkpoint["root"], "createdAt": checkpoint["created_at"]},
               checkpoint["note"], "  ")
        w.write(" </TransparencyLog>\n")
    digest = w.sign_and_close(private_hex, server_public, ROOT)
    return {"events": counted, "devices": len(starts), "after_arrival": after, "through_arrival": through,
            "sha256": digest, "server_public_key": server_public}


def _server_keys(conn: Connection, w: AuditWriter) -> None:
    """Every key the server ever had, with the hand-over the key before signed, so an auditor who
    holds an older published key can follow them to the key that signed this file."""
    w.write("  <ServerKeys>\n")
    for row in conn.execute(select(server_keys).order_by(server_keys.c.number)).mappings():
        values = {"number": row["number"], "publicKey": row["public_key"], "createdAt": row["created_at"],
                  "retiredAt": row["retired_at"]}
        if row["handover"]:
            w.write(f"   <ServerKey{_attr(values)}>\n")
            w.text("Handover", {}, row["handover"], "    ")
            w.write("   </ServerKey>\n")
        else:
            w.empty("ServerKey", values, "   ")
    w.write("  </ServerKeys>\n")


def _devices(conn: Connection, w: AuditWriter, after: int, through: int) -> list[DeviceStart]:
    w.write("  <Devices>\n")
    starts = []
    for row in conn.execute(select(devices).order_by(devices.c.id)).mappings().all():
        start = device_start(conn, row["id"], after, through)
        starts.append(start)
        values = {"id": row["id"], "code": row["code"], "publicKey": row["public_key"],
                  "enrolledAt": row["enrolled_at"], "revokedAt": row["revoked_at"]}
        w.write(f"   <Device{_attr(values)}>\n")
        w.empty("Anchor", {"seq": start.anchor_seq, "hash": start.anchor_hash}, "    ")
        for event in prior_rows(conn, start):
            _event(w, "PriorEvent", event, "    ", reason=start.prior[event.seq])
        w.write("   </Device>\n")
    w.write("  </Devices>\n")
    return starts


def _source_documents(conn: Connection, w: AuditWriter, starts: list[DeviceStart], after: int,
                      through: int) -> int:
    counted, current = 0, None
    query = (select(*EVENT_COLUMNS).where(events.c.arrival > after, events.c.arrival <= through)
             .order_by(events.c.bucket, events.c.device_id, events.c.seq))
    for event in conn.execution_options(yield_per=STREAM_ROWS).execute(query):
        if event.device_id != current:
            if current is not None:
                w.write("  </DeviceEvents>\n")
            current = event.device_id
            w.write(f"  <DeviceEvents{_attr({'device': current})}>\n")
        _event(w, "Event", event, "   ")
        counted += 1
    if current is not None:
        w.write("  </DeviceEvents>\n")
    return counted


def _event(w: AuditWriter, tag: str, event: Any, indent: str, reason: str | None = None) -> None:
    values = {"reason": reason, "seq": event.seq, "type": event.type, "prevHash": event.prev_hash,
              "hash": event.hash, "signature": event.signature, "receivedAt": event.received_at,
              "arrival": event.arrival}
    w.write(f"{indent}<{tag}{_attr(values)}>\n")
    w.text("Payload", {}, event.payload, indent + " ")
    try:
        data = json.loads(event.payload).get("data")
    except (ValueError, AttributeError):
        data = None
    if isinstance(data, dict):
        w.typed(typed_element(event.type, data), indent + " ")
    w.write(f"{indent}</{tag}>\n")
