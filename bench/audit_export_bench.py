"""`quittance-server audit export` of the benchmark's events from a real (migrated) server
database: its time and the exporting process's peak memory, which must not grow with the period
(the events are streamed from a server-side cursor to the file). The events are the cached audit
file's (bench/audit_file_data.py), written straight into the `events` and `devices` tables."""
from __future__ import annotations

import multiprocessing
import resource
import secrets
import time
from datetime import date
from pathlib import Path

from lxml import etree

from bench.harness import Row
from bench.sync_env import BenchDatabase
from core.audit_format import NAMESPACE
from sync.server.common import bucket_of
from sync.server.schema import devices, events

_NS = "{" + NAMESPACE + "}"
INSERT_BATCH = 10_000


def _fill(db: BenchDatabase, path: Path) -> int:
    rows: list[dict] = []
    count = 0
    with db.engine.begin() as conn:
        for _event, elem in etree.iterparse(str(path), events=("end",), tag=[_NS + "Device", _NS + "Event"],
                                            huge_tree=True):
            if elem.tag == _NS + "Device":
                conn.execute(devices.insert().values(
                    id=elem.get("id"), code=elem.get("code"), public_key=elem.get("publicKey"),
                    token_hash=secrets.token_hex(32), enrolled_at="2026-11-30T08:00:00.000Z", head_hash="0" * 64))
            else:
                device_id = elem.getparent().get("device")
                rows.append({"bucket": bucket_of(device_id), "device_id": device_id, "seq": int(elem.get("seq")),
                             "event_id": f"{count:036d}", "type": elem.get("type"), "agent_id": None,
                             "payload": elem[0].text, "prev_hash": elem.get("prevHash"), "hash": elem.get("hash"),
                             "signature": elem.get("signature"), "device_time": "2026-11-30T08:00:00.000Z",
                             "received_at": elem.get("receivedAt"), "arrival": int(elem.get("arrival"))})
                count += 1
                if len(rows) >= INSERT_BATCH:
                    conn.execute(events.insert(), rows)
                    rows = []
            elem.clear()
            while elem.getprevious() is not None:
                del elem.getparent()[0]
        if rows:
            conn.execute(events.insert(), rows)
    return count


def _export(url: str, data_dir: str, out: str) -> None:
    from sync.server import audit_export
    from sync.server.db import make_engine
    from sync.server.serverkey import load_or_create
    from sync.server.settings import load_settings

    settings = load_settings(data_dir=Path(data_dir), database_url=url)
    day = date(2026, 11, 30)
    audit_export.run(make_engine(settings), load_or_create(settings.key_path),
                     audit_export.AuditRequest(day, day, Path(out)))
    # Its own peak (the parent's other children, the signature workers, would blur RUSAGE_CHILDREN).
    Path(out + ".peak").write_text(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def export_rows(kind: str, path: Path) -> list[Row]:
    label = "PostgreSQL" if kind == "postgresql" else "SQLite"
    db = BenchDatabase(kind)
    try:
        count = _fill(db, path)
        out = db.folder / "audit.xml"
        started = time.perf_counter()
        child = multiprocessing.get_context("spawn").Process(
            target=_export, args=(db.url, str(db.folder / "data"), str(out)))
        child.start()
        child.join()
        took = time.perf_counter() - started
        ok = child.exitcode == 0
        peak_mb = int(Path(f"{out}.peak").read_text()) / 1024 if ok else 0
        size_mb = out.stat().st_size / 1e6 if ok else 0
    finally:
        db.close()
    return [(f"{label}: audit export, {count:,} events ({size_mb:,.0f} MB written)",
             f"{took:.1f} s, exit {child.exitcode}", "streams"),
            (f"{label}: audit export, peak memory of the exporting process", f"{peak_mb:,.0f} MB",
             "far below the file's size")]
