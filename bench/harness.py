"""Small helpers shared by the benchmarks: timing, percentiles, a printed table."""
from __future__ import annotations

import statistics
import time
from typing import Callable, Iterable

Row = tuple[str, str, str]  # metric, measured, target


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def time_each(fn: Callable, items: Iterable) -> list[float]:
    """Milliseconds per call."""
    samples = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def ms(value: float) -> str:
    return f"{value:.2f} ms"


def summary(samples: list[float]) -> tuple[float, float]:
    return statistics.median(samples), percentile(samples, 95)


def print_table(title: str, rows: list[Row]) -> None:
    width = max([len(r[0]) for r in rows] + [20])
    print(f"\n{title}")
    print(f"{'metric':<{width}}  {'measured':>22}  target")
    print("-" * (width + 40))
    for metric, value, target in rows:
        print(f"{metric:<{width}}  {value:>22}  {target}")
