"""Mounted removable volumes (memory sticks, SD cards) a backup can be written to.

Linux: the folders desktop environments mount sticks under (/media/$USER/*, /run/media/$USER/*),
and /mnt/* where it is a mount point (a bare folder there is no stick). Windows: the drive letters
GetDriveTypeW calls removable. `roots` replaces the Linux folders (tests, or a kiosk that mounts
elsewhere): each folder under a root is a volume. Reading sizes touches the disk: call this off the
UI thread."""
from __future__ import annotations

import getpass
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Volume:
    path: Path
    name: str
    free: int  # bytes
    total: int


def default_roots() -> list[Path]:
    user = _user()
    return [Path("/media") / user, Path("/run/media") / user]


def removable_volumes(roots: Sequence[Path] | None = None) -> list[Volume]:
    """Writable removable volumes, by name. `roots` given: the folders under them, mounted or not."""
    if roots is None and sys.platform == "win32":
        candidates = _windows_drives()
    else:
        candidates = [child for root in (roots if roots is not None else default_roots()) for child in _children(root)]
        if roots is None:
            candidates += [child for child in _children(Path("/mnt")) if os.path.ismount(child)]
    volumes = []
    for path in candidates:
        try:
            if not os.access(path, os.W_OK | os.X_OK):
                continue  # a read-only medium (a CD, a locked card): nothing to offer
            usage = shutil.disk_usage(path)
        except OSError:
            continue  # pulled out while being listed
        volumes.append(Volume(path, path.name or str(path), usage.free, usage.total))
    return sorted(volumes, key=lambda v: v.name.lower())


def _children(root: Path) -> list[Path]:
    try:
        return [child for child in root.iterdir() if child.is_dir() and not child.name.startswith(".")]
    except OSError:
        return []


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")


def _windows_drives() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    drives = []
    for index in range(26):
        if mask & (1 << index):
            root = f"{chr(65 + index)}:\\"
            if kernel.GetDriveTypeW(ctypes.c_wchar_p(root)) == DRIVE_REMOVABLE:
                drives.append(Path(root))
    return drives
