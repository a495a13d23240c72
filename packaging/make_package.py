"""`make package`: Quittance's installers, built into dist/.

1. dist/quittance/: the PyInstaller one-folder app (packaging/pyinstaller/quittance.spec).
2. dist/quittance_VERSION_ARCH.deb: that folder under /opt/quittance, with a desktop entry, the
   icon, and Depends derived from the bundle's ELF files (packaging/debian_libs.py).
3. dist/quittance-VERSION-standin-setup.exe: packaging/nsis/quittance.nsi compiled by Debian's
   makensis around a stand-in payload, to prove the script compiles. It installs nothing real;
   the real Windows installer comes from .github/workflows/windows.yml.
4. dist/package-report.json: the sizes and the Depends line, printed too (read by bench/bench_package.py).

Run with the project's venv: `.venv/bin/python packaging/make_package.py` (what `make package` does)."""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import app_icons
import deb_package
import nsis_standin

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pyinstaller" / "quittance.spec"


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def freeze(dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)],
                   check=True, cwd=ROOT)
    app = dist / "quittance"
    if not (app / "quittance").is_file():
        raise RuntimeError(f"PyInstaller made no {app / 'quittance'}")
    return app


def _mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the packages go")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "packaging", help="scratch folder")
    parser.add_argument("--compression", choices=sorted(deb_package.COMPRESSORS), default="zstd",
                        help="the .deb's compressor: zstd (fast, default) or xz (smallest, for a release)")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    version = project_version()
    started = time.monotonic()
    report_path = dist / "package-report.json"
    report_path.unlink(missing_ok=True)  # a failed build must not leave the last one's figures behind

    icons = app_icons.render(work / "icons")
    app = freeze(dist, work)
    deb, derivation = deb_package.build(app, icons, version, work, dist, args.compression)
    standin = nsis_standin.stand_in_payload(work / "nsis-standin")
    exe = nsis_standin.compile_installer(version, standin, icons["ico"], dist / f"quittance-{version}-standin-setup.exe")

    report = {
        "version": version,
        "app_folder": str(app), "app_folder_bytes": folder_bytes(app),
        "deb": str(deb), "deb_bytes": deb.stat().st_size, "deb_compression": args.compression,
        "depends": derivation.depends_field(),
        "nsis_standin": str(exe), "nsis_standin_bytes": exe.stat().st_size,
        "build_seconds": round(time.monotonic() - started, 1),
    }
    report_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"{app}/  {_mib(report['app_folder_bytes'])}")
    print(f"{deb}  {_mib(report['deb_bytes'])}")
    print(f"{exe}  {report['nsis_standin_bytes']:,} bytes (stand-in payload: checks the NSIS script only)")
    print(f"Depends: {report['depends']}")
    print(f"built in {report['build_seconds']} s")
    return 0


if __name__ == "__main__":
    shutil.which("dpkg-deb") or sys.exit("make package needs dpkg-deb (Debian's dpkg package)")
    sys.exit(main())
