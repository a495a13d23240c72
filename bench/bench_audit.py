"""Transparency-log benchmarks (issue 14): an RFC 9162 inclusion proof read from a log of
10,000,000 leaves (p95 <= 5 ms), and appending to the log at least as fast as the sync benchmark's
ingest target (20 devices pushing at once: >= 5,000 events/s, bench/bench_sync.py), on PostgreSQL.

The 10,000,000-leaf log is written straight into a migrated SQLite server file (leaves and every
complete subtree, as sync/server/tlog.py stores them, built with core/merkle.new_nodes), not
through the API: going through pushes would take hours. The proofs are then read through the
server's own code (sync/server/tlog.py) and each one is verified. The append is the server's own
`tlog.append`, 250 leaves a transaction as a push batch gives it, from one connection and from 20
at once (the log's lock serialises them, as in production).

`quittance audit verify` on an audit file of 1,000,000 events (bench/audit_file_data.py, cached in
bench/.cache) against checking the same signatures with bare Ed25519 on every core, in the same
run: at most 2x. And `audit export` of those events from a real server database (SQLite, or
`QUITTANCE_BENCH_AUDIT_EXPORT_DB=postgresql`): its time and the exporting process's peak memory.

`QUITTANCE_BENCH_AUDIT_LEAVES` changes the log's size (default 10,000,000); `QUITTANCE_BENCH_AUDIT_DB`
=postgresql or sqlite runs the append on one database only; `QUITTANCE_BENCH_AUDIT_EVENTS` the audit
file's size (default 1,000,000); `QUITTANCE_BENCH_AUDIT_ONLY=verify` runs the audit file's bench only."""
from __future__ import annotations

import hashlib
import os
import random
import resource
import sqlite3
import sys
import threading
import time

from bench.harness import Row, percentile, print_table
from bench.sync_env import BenchDatabase
from core import merkle
from sync.server import tlog
from sync.server.db import reading

LEAVES = int(os.environ.get("QUITTANCE_BENCH_AUDIT_LEAVES", "10000000"))
PROOFS = 1_000
CHUNK = 1 << 16
APPEND_BATCH = 250
APPEND_ONE = 50_000
FLEET, FLEET_EACH = 20, 2_500
INGEST_TARGET = 5_000  # events/s: bench_sync's 20-device push target
AUDIT_EVENTS = int(os.environ.get("QUITTANCE_BENCH_AUDIT_EVENTS", "1000000"))


def _event_hash(i: int) -> bytes:
    return hashlib.sha256(i.to_bytes(8, "big")).digest()


def build_big_log(path: str, leaves: int) -> float:
    """Leaves and nodes straight into the SQLite file; seconds taken."""
    started = time.perf_counter()
    conn = sqlite3.connect(path, timeout=60)
    conn.execute("PRAGMA synchronous=OFF")  # a file made for this run: nothing to lose in a crash
    frontier: dict[merkle.Node, bytes] = {}
    for start in range(0, leaves, CHUNK):
        count = min(CHUNK, leaves - start)
        nodes = merkle.new_nodes(start, [merkle.leaf_hash(_event_hash(i)) for i in range(start, start + count)],
                                 frontier)
        conn.executemany("INSERT INTO tlog_nodes (level, idx, hash) VALUES (?, ?, ?)",
                         ((level, idx, value) for (level, idx), value in nodes.items()))
        conn.executemany("INSERT INTO tlog_leaves (idx, device_id, seq) VALUES (?, 'bench', ?)",
                         ((i, i + 1) for i in range(start, start + count)))
        known = {**frontier, **nodes}
        frontier = {node: known[node] for node in merkle.range_nodes(0, start + count)}
        conn.commit()
        if start // CHUNK % 16 == 0:
            print(f"  building the log: {start + count:,}/{leaves:,} leaves", file=sys.stderr, flush=True)
    conn.close()
    return time.perf_counter() - started


def _proof_rows(db: BenchDatabase) -> list[Row]:
    db.engine.dispose()  # the file is written by one plain connection, then read through the engine
    seconds = build_big_log(str(db.sqlite_path), LEAVES)
    rows: list[Row] = [(f"SQLite: writing a log of {LEAVES:,} leaves (every complete subtree)",
                        f"{seconds:.0f} s", "")]
    rng = random.Random(14)
    samples, lengths = [], []
    with reading(db.engine) as conn:
        root = tlog.root(conn, LEAVES)
        expected = merkle.range_hash(0, LEAVES, tlog.fetch_nodes(conn, merkle.range_nodes(0, LEAVES)))
        assert root == expected
        for _ in range(PROOFS):
            index = rng.randrange(LEAVES)
            started = time.perf_counter()
            proof = tlog.inclusion(conn, index, LEAVES)
            samples.append((time.perf_counter() - started) * 1000)
            merkle.verify_inclusion(merkle.leaf_hash(_event_hash(index)), index, LEAVES, proof, root)
            lengths.append(len(proof))
        consistency = []
        for _ in range(200):
            first = rng.randrange(1, LEAVES)
            started = time.perf_counter()
            proof = tlog.consistency(conn, first, LEAVES)
            consistency.append((time.perf_counter() - started) * 1000)
    rows.append((f"SQLite: inclusion proof at {LEAVES:,} leaves ({PROOFS} random leaves, each verified)",
                 f"p50 {percentile(samples, 50):.2f} ms, p95 {percentile(samples, 95):.2f} ms, "
                 f"{max(lengths)} hashes", "p95 <= 5 ms"))
    rows.append((f"SQLite: consistency proof to {LEAVES:,} leaves (200 random earlier sizes)",
                 f"p50 {percentile(consistency, 50):.2f} ms, p95 {percentile(consistency, 95):.2f} ms", ""))
    rate = _append_one(db, 10_000, offset=LEAVES)
    rows.append((f"SQLite: append 10,000 leaves to the {LEAVES:,}-leaf log, {APPEND_BATCH}/transaction",
                 f"{rate:,.0f} leaves/s", ""))
    return rows


def _append_one(db: BenchDatabase, count: int, offset: int = 0, device: str = "append") -> float:
    started = time.perf_counter()
    for start in range(0, count, APPEND_BATCH):
        with db.engine.begin() as conn:
            tlog.append(conn, [(device, offset + i + 1, _event_hash(offset + i).hex())
                               for i in range(start, min(count, start + APPEND_BATCH))])
    return count / (time.perf_counter() - started)


def _append_fleet(db: BenchDatabase) -> tuple[float, list[str]]:
    errors: list[str] = []

    def device(n: int) -> None:
        try:
            _append_one(db, FLEET_EACH, offset=0, device=f"fleet-{n:02d}")
        except Exception as exc:  # noqa: BLE001 — counted and shown, the run goes on
            errors.append(repr(exc))

    threads = [threading.Thread(target=device, args=(n,)) for n in range(FLEET)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return FLEET * FLEET_EACH / (time.perf_counter() - started), errors


def _append_rows(kind: str) -> list[Row]:
    label = "PostgreSQL" if kind == "postgresql" else "SQLite"
    db = BenchDatabase(kind)
    try:
        one = _append_one(db, APPEND_ONE)
        fleet, errors = _append_fleet(db)
        with reading(db.engine) as conn:
            size = tlog.size(conn)
            tlog.root(conn, size)
    finally:
        db.close()
    return [(f"{label}: append {APPEND_ONE:,} leaves, {APPEND_BATCH}/transaction, 1 connection",
             f"{one:,.0f} leaves/s", f">= {INGEST_TARGET:,}/s (sync ingest)"),
            (f"{label}: {FLEET} connections appending at once ({FLEET * FLEET_EACH:,} leaves)",
             f"{fleet:,.0f} leaves/s, errors {len(errors)}", f">= {INGEST_TARGET:,}/s, no errors")]


def _verify_rows() -> list[Row]:
    from concurrent.futures import ProcessPoolExecutor

    from bench.audit_file_data import audit_file, bare_slice
    from sync.client.audit_verify import verify_file

    path, key, pairs = audit_file(AUDIT_EVENTS)
    started = time.perf_counter()
    slices = []
    for public, pairs_file in pairs:
        total = pairs_file.stat().st_size // 128
        slices += [(public, str(pairs_file), s, min(4_096, total - s)) for s in range(0, total, 4_096)]
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        failed = sum(pool.map(bare_slice, slices))
    bare = time.perf_counter() - started
    started = time.perf_counter()
    outcome = verify_file(path, key)
    verify = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cores = os.cpu_count()
    return [(f"bare Ed25519, {outcome.events:,} signatures, {cores} cores", f"{bare:.1f} s, {failed} failed",
             "baseline"),
            (f"audit verify, {outcome.events:,} events ({path.stat().st_size / 1e6:,.0f} MB), {cores} cores",
             f"{verify:.1f} s, {'ok' if outcome.fault is None else outcome.fault.code}", "ok"),
            ("audit verify / bare Ed25519", f"{verify / bare:.2f}x", "<= 2x"),
            ("audit verify: peak memory of the parsing process", f"{peak_mb:,.0f} MB", "streams (no tree)")]


def _audit_file_rows() -> list[Row]:
    from bench.audit_export_bench import export_rows
    from bench.audit_file_data import audit_file

    exported = export_rows(os.environ.get("QUITTANCE_BENCH_AUDIT_EXPORT_DB", "sqlite"), audit_file(AUDIT_EVENTS)[0])
    return _verify_rows() + exported


def run() -> list[Row]:
    if os.environ.get("QUITTANCE_BENCH_AUDIT_ONLY") == "verify":
        return _audit_file_rows()
    rows: list[Row] = _audit_file_rows()
    wanted = os.environ.get("QUITTANCE_BENCH_AUDIT_DB")
    for kind in ("postgresql", "sqlite"):
        if not wanted or wanted == kind:
            rows += _append_rows(kind)
    db = BenchDatabase("sqlite")
    try:
        rows += _proof_rows(db)
    finally:
        db.close()
    return rows


if __name__ == "__main__":
    print_table("Transparency log (issue 14)", run())
