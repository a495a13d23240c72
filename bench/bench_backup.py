"""Backup benchmarks (issue 13): a device of 200,000 taxpayers and 20,000 receipts (the census
benchmark's cached device) is backed up and verified in at most 60 s, and a payment taken while
the copy runs waits at most 5 s (the store's busy timeout: the checkpoint after its commit waits
for the copy's snapshot, then gives up and the payment is acknowledged all the same).

Figures: the whole `make_backup` (online backup API over one snapshot, fsync, `verify` of the copy,
rename), the copy's size, and the p95 latency of payments taken by another connection during the
backup against the same payments without one."""
from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

from bench.bench_census_gpkg import _device
from bench.harness import Row, ms, percentile, print_table
from core.backup import make_backup
from core.service import Ledger

TARGET_S = 60.0
TARGET_PAY_MS = 5_000.0


def _payments(path: Path, stop: threading.Event, samples: list[float]) -> None:
    ledger = Ledger.open(path)
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    taxpayer = ledger.store.conn.execute("SELECT id FROM taxpayers LIMIT 1").fetchone()[0]
    try:
        while not stop.is_set():
            start = time.perf_counter()
            ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash", advance=True)
            samples.append((time.perf_counter() - start) * 1000)
            time.sleep(0.05)
    finally:
        ledger.close()


def run() -> list[Row]:
    ledger = _device()
    path = ledger.store.path
    quiet: list[float] = []
    stop = threading.Event()
    worker = threading.Thread(target=_payments, args=(path, stop, quiet))
    worker.start()
    time.sleep(3)
    stop.set()
    worker.join()

    during: list[float] = []
    stop = threading.Event()
    worker = threading.Thread(target=_payments, args=(path, stop, during))
    with tempfile.TemporaryDirectory() as folder:
        worker.start()
        time.sleep(0.5)
        start = time.perf_counter()
        done = make_backup(ledger.store, Path(folder) / "backup.db")
        seconds = time.perf_counter() - start
        stop.set()
        worker.join()
    ledger.close()
    return [
        (f"backup + verify, {done.size / 1e6:.0f} MB", f"{seconds:.1f} s", f"<= {TARGET_S:.0f} s"),
        ("payment p95, no backup", ms(percentile(quiet, 95)), "(reference)"),
        ("payment p95, during the backup", ms(percentile(during, 95)), f"<= {TARGET_PAY_MS:.0f} ms"),
        ("payment max, during the backup", ms(max(during)), f"<= {TARGET_PAY_MS:.0f} ms"),
    ]


if __name__ == "__main__":
    print_table("Backup (issue 13)", run())
