"""Sync benchmarks (issue 10), on PostgreSQL on loopback and on SQLite, each against the raw driver
in the same run: pushing 10,000 events from one device, 20 devices pushing at once, the first
pull of a 200,000-taxpayer zone, the verification page with 1,000,000 receipts stored, and the
public open-data page over a month of 150,000 receipts by 50 agents (issue 11).

The server runs as in production (`quittance-server serve --workers N`, real HTTP on loopback);
the clients share the machine's cores with it. `QUITTANCE_BENCH_SYNC_SMALL=1` shrinks every size
a hundredfold (a smoke run), `QUITTANCE_BENCH_WORKERS` sets the uvicorn workers (default 2),
`QUITTANCE_BENCH_SYNC_DB=postgresql` or `sqlite` runs one database only, and
`QUITTANCE_BENCH_SYNC_PARTS=pull,verify` (any of raw, push, pull, verify, opendata) some parts only."""
from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from sqlalchemy import func, select

from bench.harness import Row, percentile, print_table
from bench.sync_data import (CHANGE_COLUMNS, RECEIPT_COLUMNS, TAXPAYER_COLUMNS, SimDevice, batches, event_rows,
                             make_device, receipt_rows, registry_rows)
from bench.sync_env import AGENT, PULL_ZONE, ZONE, BenchDatabase, ServerProcess
from bench.sync_raw import _pg_connect, _sqlite_connect, bulk_load, raw_rate
from core.config import Municipality
from core.service import Ledger
from sync.client import state
from sync.client.http import SyncClient
from sync.client.pull import PAGE, line_page, page_signed, pull_all
from sync.server.schema import changes, events, quarantine, receipts

SMALL = os.environ.get("QUITTANCE_BENCH_SYNC_SMALL") == "1"
SCALE = 100 if SMALL else 1
ONE_DEVICE_EVENTS = 10_000 // SCALE
FLEET, FLEET_EVENTS = 20, 2_500 // SCALE  # 20 devices, 50,000 events in all
REGISTRY = 200_000 // SCALE
RECEIPTS = 1_000_000 // SCALE
LOOKUPS = 1_000 // (10 if SMALL else 1)
WORKERS = int(os.environ.get("QUITTANCE_BENCH_WORKERS", "2"))
PARTS = set((os.environ.get("QUITTANCE_BENCH_SYNC_PARTS") or "raw,push,pull,verify,opendata").split(","))
MONTH_RECEIPTS = 150_000 // SCALE


def _devices(agent_id: str = AGENT) -> tuple[SimDevice, list[SimDevice]]:
    one = make_device("A00", agent_id, ZONE, ONE_DEVICE_EVENTS, seed=1)
    fleet = [make_device(f"F{n:02d}", agent_id, ZONE, FLEET_EVENTS, seed=100 + n) for n in range(FLEET)]
    return one, fleet


def _push_all(url: str, token: str, bodies: list[bytes], errors: list[str]) -> None:
    with httpx.Client(base_url=url, timeout=120,
                      headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"}) as client:
        for body in bodies:
            response = client.post("/api/v1/push", content=body)
            if response.status_code != 200 or response.json()["quarantined"]:
                errors.append(f"{response.status_code} {response.text[:200]}")
                return


def _fleet_push(url: str, tokens: list[str], fleet: list[SimDevice]) -> tuple[float, list[str]]:
    errors: list[str] = []
    threads = [threading.Thread(target=_push_all, args=(url, token, batches(device), errors))
               for token, device in zip(tokens, fleet)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, errors


def _count(db: BenchDatabase, table, *where) -> int:  # noqa: ANN001
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def _pull(url: str, token: str, server_key: str) -> tuple[float, int, int]:
    """The device's first pull as the client takes it: the snapshot stream (sync.client.http's
    SyncClient.snapshot, pages of the client's size), each line parsed and its signature checked
    as sync.client.pull does before applying it (line_page). Returns (seconds, records, lines)."""
    records, pages = 0, 0
    started = time.perf_counter()
    with SyncClient(url, token=token) as client:
        for line in client.snapshot(None, PAGE):
            page, signed = line_page(line, server_key)
            if not signed:
                raise RuntimeError("a pulled page is not signed by the server")
            records += len(page["records"])
            pages += 1
        if page["more"]:
            raise RuntimeError("the stream ended before the zone did (nothing writes during the benchmark)")
    return time.perf_counter() - started, records, pages


def _device_pull(url: str, token: str, server_key: str) -> tuple[float, int, int]:
    """The whole first pull as a device lives it: sync.client.pull.pull_all into a real device file
    (a fresh ledger), each line checked and applied with its cursor in one transaction."""
    folder = Path(tempfile.mkdtemp(prefix="quittance-bench-device-"))
    ledger = Ledger.open(folder / "device.db")
    try:
        ledger.initialise(Municipality("Bench", "BEN", "CDF", verify_url="https://bench.example/v"), "P01", [])
        with ledger.store.transaction() as conn:
            for key, value in ((state.SERVER_URL, url), (state.TOKEN, token), (state.SERVER_KEY, server_key)):
                state.put(conn, key, value)
        started = time.perf_counter()
        with SyncClient(url, token=token) as client:
            outcome = pull_all(ledger.store, client, server_key)
        return time.perf_counter() - started, outcome.records, outcome.pages
    finally:
        ledger.close()
        shutil.rmtree(folder, ignore_errors=True)


def _paged_pull(url: str, token: str, server_key: str) -> tuple[float, int, int]:
    """The same first pull as ordinary pages (GET /pull, one round trip each, page_signed), as the
    client took it before the stream: for comparison in the same run."""
    cursor, records, pages = None, 0, 0
    started = time.perf_counter()
    with SyncClient(url, token=token) as client:
        while True:
            page = client.pull(cursor, PAGE)
            if not page_signed(page, server_key):
                raise RuntimeError("a pulled page is not signed by the server")
            records += len(page["records"])
            pages += 1
            cursor = page["next_cursor"]
            if not page["more"]:
                return time.perf_counter() - started, records, pages


def _raw_pull_seconds(db: BenchDatabase, zone_id: str) -> float:
    """The same pages read by the bare driver: PAGE change rows at a time by change number."""
    mark = "%s" if db.kind == "postgresql" else "?"
    sql = (f"SELECT kind, record_id, change_no, version, data FROM changes WHERE change_no > {mark} "
           f"AND (zone_id IS NULL OR zone_id = {mark}) ORDER BY change_no LIMIT {PAGE + 1}")
    conn = _pg_connect(db) if db.kind == "postgresql" else _sqlite_connect(db)
    started, after = time.perf_counter(), 0
    try:
        while True:
            rows = conn.execute(sql, (after, zone_id)).fetchall()
            if len(rows) <= PAGE:
                break
            after = rows[PAGE - 1][2]
    finally:
        conn.close()
    return time.perf_counter() - started


def _lookups(url: str, paths: list[str]) -> list[float]:
    samples = []
    with httpx.Client(base_url=url, timeout=30) as client:
        for path in paths[:50]:  # warm every worker's connections and caches
            client.get(path)
        for path in paths:
            started = time.perf_counter()
            response = client.get(path)
            samples.append((time.perf_counter() - started) * 1000)
            genuine = 'class="verdict ok"' in response.text or '"verdict":"recorded"' in response.text
            if response.status_code != 200 or not genuine:
                raise RuntimeError(f"verification failed: {response.status_code} {response.text[:200]}")
    return samples


def _raw_lookup_ms(db: BenchDatabase, numbers: list[str]) -> list[float]:
    mark = "%s" if db.kind == "postgresql" else "?"
    conn = _pg_connect(db, autocommit=True) if db.kind == "postgresql" else _sqlite_connect(db)
    samples = []
    try:
        for number in numbers:
            started = time.perf_counter()
            conn.execute(f"SELECT * FROM receipts WHERE receipt_no = {mark}", (number,)).fetchone()
            conn.execute(f"SELECT public_key FROM devices WHERE id = {mark}", ("x",)).fetchone()
            samples.append((time.perf_counter() - started) * 1000)
    finally:
        conn.close()
    return samples


class _Rows(list):
    """The table's rows, each also printed as soon as it is measured (a long run shows progress,
    and a failure late in the run keeps the figures before it)."""

    def append(self, row: Row) -> None:  # type: ignore[override]
        print("  " + "  |  ".join(part for part in row if part), file=sys.stderr, flush=True)
        super().append(row)


def measure(kind: str, one: SimDevice, fleet: list[SimDevice]) -> list[Row]:
    db = BenchDatabase(kind)
    rows: list[Row] = _Rows()
    label = "PostgreSQL" if kind == "postgresql" else "SQLite"
    try:
        one_token = db.enroll(one.code, one.id, one.public_key)
        fleet_tokens = [db.enroll(d.code, d.id, d.public_key) for d in fleet]
        if PARTS & {"raw", "push"}:
            raw_one = raw_rate(db, [event_rows(one)])
            raw_fleet = raw_rate(db, [event_rows(d) for d in fleet])
            rows.append((f"{label}: raw executemany, 250/transaction, 1 connection", f"{raw_one:,.0f} events/s", ""))
            rows.append((f"{label}: raw executemany, 250/transaction, {FLEET} connections",
                         f"{raw_fleet:,.0f} events/s", ""))
        os.environ["QUITTANCE_OPEN_DATA_STALE_S"] = "1"  # the open-data part: a background recompute a second
        server = ServerProcess(db, WORKERS)
        try:
            if "push" in PARTS:
                _measure_push(db, server, one, fleet, one_token, fleet_tokens, raw_one, raw_fleet, label, rows)
            if "pull" in PARTS:
                _measure_pull(db, server, label, rows)
            if "verify" in PARTS:
                _measure_verify(db, server, one, label, rows)
            if "opendata" in PARTS:
                _measure_opendata(db, server, label, rows)
        finally:
            server.stop()
    finally:
        db.close()
    return rows


def _measure_push(db, server, one, fleet, one_token, fleet_tokens, raw_one, raw_fleet, label, rows):  # noqa: ANN001, ANN202, PLR0913
    errors: list[str] = []
    bodies = batches(one)
    started = time.perf_counter()
    _push_all(server.url, one_token, bodies, errors)
    elapsed = time.perf_counter() - started
    rate = len(one.events) / elapsed
    stored = _count(db, events, events.c.device_id == one.id)
    rows.append((f"{label}: push {len(one.events):,} events, 1 device ({len(bodies)} batches)",
                 f"{elapsed:.2f} s ({rate:,.0f}/s, {rate / raw_one:.2f}x raw)"
                 + (f" {len(errors)} ERRORS" if errors or stored != len(one.events) else ""),
                 "<= 5 s" if not SMALL else "(small run)"))
    elapsed, errors = _fleet_push(server.url, fleet_tokens, fleet)
    total = sum(len(d.events) for d in fleet)
    stored = _count(db, events, events.c.device_id.in_([d.id for d in fleet]))
    held = _count(db, quarantine)
    rate = stored / elapsed
    rows.append((f"{label}: {FLEET} devices pushing at once ({total:,} events, {WORKERS} workers)",
                 f"{rate:,.0f} events/s ({rate / raw_fleet:.2f}x raw), {elapsed:.2f} s, "
                 f"errors {len(errors)}, stored {stored:,}/{total:,}, quarantined {held}",
                 ">= 5,000 events/s, no errors"))
    if errors:
        print(f"{label} push errors (first): {errors[0]}")


def _measure_pull(db, server, label, rows):  # noqa: ANN001, ANN202
    puller = SimDevice("P01", "", PULL_ZONE)
    pull_token = db.enroll("P01", puller.id, puller.public_key, agent="Kasongo Nkulu")
    with db.engine.connect() as conn:
        first = conn.execute(select(func.coalesce(func.max(changes.c.change_no), 0))).scalar_one() + 1
    pairs = list(registry_rows(REGISTRY, PULL_ZONE, first))
    bulk_load(db, "taxpayers", TAXPAYER_COLUMNS, (t for t, _c in pairs))
    bulk_load(db, "changes", CHANGE_COLUMNS, (c for _t, c in pairs))
    del pairs
    seconds, records, pages = _pull(server.url, pull_token, _server_key(db))
    raw_seconds = _raw_pull_seconds(db, PULL_ZONE)
    rows.append((f"{label}: first pull as one stream, zone of {REGISTRY:,} taxpayers ({records:,} records, "
                 f"{pages} lines)",
                 f"{seconds:.2f} s ({seconds / raw_seconds:.1f}x raw reads, {raw_seconds:.2f} s)",
                 "<= 15 s" if not SMALL else "(small run)"))
    seconds, records, pages = _device_pull(server.url, pull_token, _server_key(db))
    rows.append((f"{label}: the same stream applied on a device file (pull_all; {records:,} records, {pages} lines)",
                 f"{seconds:.2f} s", ""))
    seconds, records, pages = _paged_pull(server.url, pull_token, _server_key(db))
    rows.append((f"{label}: the same as ordinary pages, for comparison ({records:,} records, {pages} pages)",
                 f"{seconds:.2f} s ({seconds / raw_seconds:.1f}x raw reads)", ""))


def _measure_verify(db, server, one, label, rows):  # noqa: ANN001, ANN202
    rng = random.Random(3)
    sampled = set(rng.sample(range(RECEIPTS), LOOKUPS))
    receipt_table, tokens = receipt_rows(one, RECEIPTS, sampled)
    bulk_load(db, "receipts", RECEIPT_COLUMNS, receipt_table)
    del receipt_table
    held = _count(db, receipts)
    paths = [f"/v/{tokens[i]}" for i in sorted(sampled, key=lambda _i: rng.random())]
    page_ms = _lookups(server.url, paths)
    api_ms = _lookups(server.url, [f"/api/v1/receipts/verify?token={tokens[i]}" for i in list(sampled)[:300]])
    raw_ms = _raw_lookup_ms(db, [f"{one.code}-2025-{i:07d}" for i in sampled])
    raw_p95 = percentile(raw_ms, 95)
    for name, samples in (("page /v/<token>", page_ms), ("JSON /api/v1/receipts/verify", api_ms)):
        p95 = percentile(samples, 95)
        rows.append((f"{label}: verification {name}, {held:,} receipts stored",
                     f"p95 {p95:.1f} ms, p50 {percentile(samples, 50):.1f} ms "
                     f"({p95 / raw_p95:.0f}x raw {raw_p95:.2f} ms)", "p95 <= 20 ms"))


def _measure_opendata(db, server, label, rows):  # noqa: ANN001, ANN202
    """The public page of one month, its JSON and CSV, and the list of months, as readers find
    them: with nothing changed since the month was computed, and while the data changes before
    every request (a zone renamed moves the change log as a push moves the events; the server
    runs with QUITTANCE_OPEN_DATA_STALE_S=1, so it recomputes in the background every second).
    Then what one computation of the month costs, in-process: what the first reader of a month
    waits for, once per worker."""
    from bench import opendata_data as od
    from sync.server import reference
    from sync.server.db import reading
    from sync.server.opendata_month import read_month

    with db.engine.begin() as conn:
        od.add_reference(conn)
    bulk_load(db, "taxpayers", od.TAXPAYER_COLUMNS, od.taxpayer_rows())
    bulk_load(db, "receipts", od.RECEIPT_COLUMNS, od.receipt_rows(MONTH_RECEIPTS))
    held = _count(db, receipts, receipts.c.paid_at.like(f"{od.MONTH}-%"))
    page = f"/open-data/{od.MONTH}"
    tries = 40 if SMALL else 200
    for path, name in ((page, "page"), (f"{page}.json", "JSON"), (f"{page}.csv", "CSV"), ("/open-data", "months")):
        samples = _timed_gets(server.url, path, tries)
        rows.append((f"{label}: open data {name} {path}, {held:,} receipts in the month",
                     f"p95 {percentile(samples, 95):.1f} ms, p50 {percentile(samples, 50):.1f} ms",
                     "p95 <= 200 ms" if name == "page" else ""))

    def renamed(n: int) -> None:
        time.sleep(0.05)
        with db.engine.begin() as conn:
            reference.upsert_zone(conn, "Z00", f"Quartier 1{'′' * (n % 2)}", zone_id=od.zone_ids()[0])

    samples = _timed_gets(server.url, page, 40 if SMALL else 150, before_each=renamed)
    rows.append((f"{label}: open data page {page} while the data changes before every request",
                 f"p95 {percentile(samples, 95):.1f} ms, p50 {percentile(samples, 50):.1f} ms", "p95 <= 200 ms"))
    computed = []
    with reading(db.engine) as conn:
        for _ in range(5):
            started = time.perf_counter()
            read_month(conn, od.MONTH, "Africa/Lubumbashi")
            computed.append((time.perf_counter() - started) * 1000)
    rows.append((f"{label}: computing the month (the first reader's wait, once per worker)",
                 f"p95 {percentile(computed, 95):.0f} ms, p50 {percentile(computed, 50):.0f} ms", ""))


def _timed_gets(url: str, path: str, tries: int, before_each=None) -> list[float]:  # noqa: ANN001
    samples = []
    with httpx.Client(base_url=url, timeout=60) as client:
        for _ in range(5):  # warm every worker
            client.get(path)
        for n in range(tries):
            if before_each is not None:
                before_each(n)
            started = time.perf_counter()
            response = client.get(path)
            samples.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{path}: {response.status_code} {response.text[:200]}")
    return samples


def _server_key(db: BenchDatabase) -> str:
    from sync.server.serverkey import load_or_create, public_key

    return public_key(load_or_create(db.settings.key_path))


def run() -> list[Row]:
    started = time.perf_counter()
    one, fleet = _devices()
    made = time.perf_counter() - started
    rows: list[Row] = [(f"making {len(one.events) + sum(len(d.events) for d in fleet):,} signed device events",
                        f"{made:.1f} s", "")]
    wanted = os.environ.get("QUITTANCE_BENCH_SYNC_DB")
    for kind in ("postgresql", "sqlite"):
        if wanted and wanted != kind:
            continue
        rows += measure(kind, one, fleet)
    return rows


if __name__ == "__main__":
    print_table("Sync (issue 10)", run())
