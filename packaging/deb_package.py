"""The .deb: PyInstaller's folder under /opt/quittance, a /usr/bin/quittance link to it, the
desktop entry and the icon theme's PNGs and SVG, and a control file whose Depends lists the
Debian packages of every system library the folder's ELF files need (debian_libs.derive)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import debian_libs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PREFIX = Path("opt/quittance")


def _architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def _normalise_modes(tree: Path) -> None:
    """Folders 0755, executables 0755, everything else 0644: what dpkg installs is what users run,
    whatever umask the build machine had."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _kib(tree: Path) -> int:
    return sum(p.stat().st_size for p in tree.rglob("*") if p.is_file() and not p.is_symlink()) // 1024 + 1


def stage(app: Path, icons: dict, stage_dir: Path) -> Path:
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    shutil.copytree(app, stage_dir / PREFIX, symlinks=True)
    bin_dir = stage_dir / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Relative, so the same link works in a scratch root (dpkg --root, dpkg -x) as under /.
    (bin_dir / "quittance").symlink_to(Path("..") / ".." / PREFIX / "quittance")
    share = stage_dir / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / "deb" / "quittance.desktop", share / "applications" / "quittance.desktop")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "quittance.svg", scalable / "quittance.svg")
    for size, png in icons.items():
        if isinstance(size, int):
            folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True)
            shutil.copy(png, folder / "quittance.png")
    doc = share / "doc" / "quittance"
    doc.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt", doc / "LICENSE-DejaVu.txt")
    _normalise_modes(stage_dir)
    return stage_dir


def control(stage_dir: Path, version: str, depends: str) -> str:
    text = (HERE / "deb" / "control.in").read_text(encoding="utf-8")
    fields = {"@VERSION@": version, "@ARCH@": _architecture(), "@DEPENDS@": depends,
              "@INSTALLED_SIZE@": str(_kib(stage_dir))}
    for key, value in fields.items():
        text = text.replace(key, value)
    return text


# zstd -9 packs the folder in seconds (~106 MiB); xz -6 makes it ~87 MiB but takes minutes on two
# cores, so it is the release choice (`make package COMPRESSION=xz`), not every test run's.
COMPRESSORS = {"zstd": ["-Zzstd", "-z9"], "xz": ["-Zxz", "-z6"]}


def build(app: Path, icons: dict, version: str, work: Path, out_dir: Path,
          compression: str = "zstd") -> tuple[Path, debian_libs.Derivation]:
    derivation = debian_libs.derive(app)
    stage_dir = stage(app, icons, work / "deb-root")
    debian = stage_dir / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(control(stage_dir, version, derivation.depends_field()), encoding="utf-8")
    (debian / "control").chmod(0o644)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"quittance_{version}_{_architecture()}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", *COMPRESSORS[compression], "--threads-max=2", "--build",
                    str(stage_dir), str(deb)], check=True, capture_output=True, text=True)
    return deb, derivation
