"""Census benchmarks (issue 12): a GeoPackage export of 200,000 taxpayers takes at most 15 s.

The device is the core benchmarks' seeded registry (objects, assessments with arrears) with
20,000 receipts on top, so every taxpayer's standing is counted as it is in the field; it is cached
under bench/.cache (seeding takes a minute). The figure is the whole `export_map` call: reading the
registry with each taxpayer's standing, encoding the points, writing the GeoPackage with its
R-tree index, flushing it to disk and renaming it into place. The GeoJSON of the same layer is
timed beside it for comparison."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.bench_core import CACHE, build, record_many
from bench.harness import Row, print_table
from core.export import export_map

TAXPAYERS = 200_000
RECEIPTS = 20_000
TARGET_S = 15.0


def _device() -> object:
    ledger, _seconds = build(CACHE / "census-gpkg-200k.db", TAXPAYERS)
    if ledger.store.conn.execute("SELECT count(*) FROM payments").fetchone()[0] < RECEIPTS:
        record_many(ledger, RECEIPTS)
        ledger.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ledger


def _timed(ledger: object, fmt: str, out: Path) -> tuple[float, int]:
    start = time.perf_counter()
    done = export_map(ledger, "taxpayers", fmt, out)
    return time.perf_counter() - start, done.features


def run() -> list[Row]:
    ledger = _device()
    rows: list[Row] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            seconds, features = _timed(ledger, "gpkg", Path(tmp) / "taxpayers.gpkg")
            size = (Path(tmp) / "taxpayers.gpkg").stat().st_size
            verdict = "ok" if seconds <= TARGET_S and features == TAXPAYERS else "OVER"
            rows.append((f"GeoPackage export, {features:,} taxpayers with status and R-tree",
                         f"{seconds:.2f} s", f"<= {TARGET_S:.0f} s ({verdict}; {size / 1e6:.0f} MB)"))
            seconds, features = _timed(ledger, "geojson", Path(tmp) / "taxpayers.geojson")
            size = (Path(tmp) / "taxpayers.geojson").stat().st_size
            rows.append((f"GeoJSON export, {features:,} taxpayers (for comparison)", f"{seconds:.2f} s",
                         f"no target ({size / 1e6:.0f} MB)"))
    finally:
        ledger.close()
    return rows


if __name__ == "__main__":
    print_table("Census: GIS exports (issue 12)", run())
