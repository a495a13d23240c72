"""`make bench`: every benchmark, printed as tables. Not part of the test suite."""
from __future__ import annotations

import importlib
import sys

from bench.harness import print_table

SUITES = [("bench.bench_core", "Core ledger (issue 2)"),
          ("bench.bench_printing", "Printing (issue 3)"),
          ("bench.bench_desktop", "Desktop app (issue 4)")]


def main(selected: list[str]) -> int:
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
