"""Compiles packaging/nsis/quittance.nsi with Debian's makensis around a stand-in payload.

The real payload is the Windows one-folder app, which only a Windows runner can freeze
(.github/workflows/windows.yml). Here a few small files with the real names prove the script
itself compiles (every page, language, shortcut and uninstaller command), warnings as errors."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

NSI = Path(__file__).resolve().parent / "nsis" / "quittance.nsi"
STANDIN_NOTE = ("Stand-in payload: packaging/make_package.py compiles the NSIS script around these files "
                "to check it. The Windows workflow puts the real PyInstaller folder here.\n")


def stand_in_payload(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "_internal").mkdir(parents=True)
    for name in ("quittance.exe", "quittance-app.exe", "_internal/README.txt"):
        (folder / name).write_text(STANDIN_NOTE, encoding="utf-8")
    return folder


def compile_installer(version: str, payload: Path, icon: Path, out: Path) -> Path:
    """makensis, warnings as errors; raises with makensis' own output if it refuses."""
    makensis = shutil.which("makensis")
    if makensis is None:
        raise FileNotFoundError("makensis is missing: install Debian's nsis package")
    out.parent.mkdir(parents=True, exist_ok=True)
    command = [makensis, "-V2", "-WX", f"-DVERSION={version}", f"-DPAYLOAD={payload}", f"-DICON={icon}",
               f"-DOUTFILE={out.resolve()}", str(NSI)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0 or not out.is_file():
        raise RuntimeError(f"makensis refused {NSI.name}:\n{result.stdout}{result.stderr}")
    return out
