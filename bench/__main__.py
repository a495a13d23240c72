"""`make bench`: every benchmark, printed as tables. Not part of the test suite."""
from __future__ import annotations

import importlib
import os
import sys
import tempfile

from bench.harness import print_table

SUITES = [("bench.bench_core", "Core ledger (issue 2)"),
          ("bench.bench_printing", "Printing (issue 3)"),
          ("bench.bench_desktop", "Desktop app (issue 4)"),
          ("bench.bench_sync", "Sync: central server (issue 10)"),
          ("bench.bench_supervisor", "Supervisor: reconciliation, reports, open data (issue 11)"),
          ("bench.bench_census_forms", "Census: questionnaires (issue 12)"),
          ("bench.bench_census_map", "Census: the offline map (issue 12)"),
          ("bench.bench_census_gpkg", "Census: GIS exports (issue 12)"),
          ("bench.bench_backup", "Backup while the app writes (issue 13)"),
          ("bench.bench_package", "Installers (issue 13)"),
          ("bench.bench_encryption", "Encryption at rest (issue 13)"),
          ("bench.bench_audit", "Transparency log (issue 14)"),
          ("bench.bench_closings", "Closings: perpetual totals (issue 14)")]


def main(selected: list[str]) -> int:
    # Benchmarks copy cached databases and pay on the copies: their high-water marks stay out of
    # the real state folder (bench_desktop gives each copy a folder of its own).
    os.environ.setdefault("QUITTANCE_STATE_DIR", tempfile.mkdtemp(prefix="quittance-bench-state-"))
    for module_name, title in SUITES:
        if selected and not any(s in module_name for s in selected):
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                continue
            raise
        print_table(title, module.run())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
