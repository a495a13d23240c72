"""Making a new file's name durable: after a rename or an unlink, the folder itself is synced, so a
power cut right after leaves the change, not the old state. POSIX only; Windows has no directory
handle to sync, and a folder that cannot be opened or synced costs durability, never the write."""
from __future__ import annotations

import os
from pathlib import Path


def fsync_folder(folder: str | Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
