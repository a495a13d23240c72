"""Installer figures (issue 13): sizes of the built package and the start times of the installed
app. Reads dist/ as `make package` left it; runs nothing when no package was built.

Run alone with `python -m bench.bench_package`, or `make bench SUITE=package`."""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.harness import Row, print_table

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "dist" / "package-report.json"
RUNS = 5


def _mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], env: dict, cwd: Path) -> tuple[float, float]:
    """(wall, CPU) seconds: on a shared machine the wall time is mostly waiting for a core, so
    the CPU time says what the app itself costs."""
    started, cpu = time.perf_counter(), _cpu()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    return time.perf_counter() - started, _cpu() - cpu


def _both(wall: float, cpu: float) -> str:
    return f"{wall:.2f} s ({cpu:.2f} s CPU)"


def run() -> list[Row]:
    if not REPORT.is_file():
        return [("package", "not built", "run `make package` first")]
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    rows: list[Row] = [
        ("app folder (PyInstaller)", _mib(report["app_folder_bytes"]), "-"),
        (f".deb ({report.get('deb_compression', 'zstd')})", _mib(report["deb_bytes"]), "< 150 MiB: one download on 3G"),
        ("NSIS stand-in installer", f"{report['nsis_standin_bytes']:,} B", "script check only"),
        ("make package", f"{report['build_seconds']} s", "-"),
    ]
    with tempfile.TemporaryDirectory(prefix="quittance-bench-package-") as scratch:
        base = Path(scratch)
        subprocess.run(["dpkg", "-x", report["deb"], str(base / "root")], check=True)
        app = base / "root" / "usr" / "bin" / "quittance"
        env = {**os.environ, "HOME": str(base), "QT_QPA_PLATFORM": "offscreen",
               "QUITTANCE_STATE_DIR": str(base / "state")}
        # The first run of a freshly unpacked copy (its files just written, so in the page cache:
        # "cold" for the app, not for the disk), then warm runs.
        first = _timed([str(app), "--version"], env, base)
        warm = [_timed([str(app), "--version"], env, base) for _ in range(RUNS)]
        rows.append(("installed `quittance --version`, first run", _both(*first), "< 2 s"))
        median = (statistics.median(w for w, _ in warm), statistics.median(c for _, c in warm))
        rows.append((f"installed `quittance --version`, median of {RUNS}", _both(*median), "< 2 s"))
        shots = _timed([str(app), "gui", "--screenshot", str(base / "shots")], env, base)
        rows.append(("installed `gui --screenshot` (14 screens, demo seeded)", _both(*shots), "< 30 s"))
    return rows


if __name__ == "__main__":
    print_table("Installers (issue 13)", run())
