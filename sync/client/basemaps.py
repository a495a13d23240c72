"""Basemaps from the server (issue 12, Map): the list a device may download, and one download,
through the client's own HTTP seam (SyncClient: its transport, token and retries).

A download is written to "<id>.mbtiles.part" in the caller's folder, checked against the size
and SHA-256 the server announced, flushed to disk, then renamed to "<id>.mbtiles": the final
name only ever holds a whole, checked file, and a file cut short or altered on the way is
deleted and refused. The map screen (desktop) calls these off the UI thread."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Callable

from core.errors import QuittanceError
from core.filehash import file_sha256
from sync.client.http import SyncClient

Progress = Callable[[int, int], None]  # (bytes so far, bytes in all)


def list_basemaps(client: SyncClient) -> list[dict[str, Any]]:
    """The server's basemaps: id, name, attribution, bounds, minzoom, maxzoom, size, sha256, added_at."""
    return list(client.call("GET", "/basemaps")["basemaps"])


def file_name(basemap: dict[str, Any]) -> str:
    return f"{basemap['id']}.mbtiles"


def download_basemap(client: SyncClient, basemap: dict[str, Any], folder: Path,
                     progress: Progress | None = None) -> Path:
    """Download one basemap (an entry of `list_basemaps`) into `folder`; returns the file's path.
    A file already there with the right checksum is kept as it is (no download)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file_name(basemap)
    expected, size = str(basemap["sha256"]).lower(), int(basemap["size"])
    if target.is_file() and target.stat().st_size == size and file_sha256(target) == expected:
        return target
    partial = target.with_name(target.name + ".part")
    response = client._send("GET", f"/basemaps/{basemap['id']}", auth=True, json=None, params=None, stream=True)
    digest, written = hashlib.sha256(), 0
    try:
        announced = response.headers.get("X-Content-SHA256", expected).lower()
        with partial.open("wb") as handle:
            for chunk in response.iter_bytes():
                handle.write(chunk)
                digest.update(chunk)
                written += len(chunk)
                if progress is not None:
                    progress(written, size)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        response.close()
    if written != size or digest.hexdigest() != expected or announced != expected:
        partial.unlink(missing_ok=True)
        raise QuittanceError("basemap_corrupt", name=str(basemap.get("name") or basemap["id"]))
    os.replace(partial, target)
    _sync_folder(folder)
    return target



def _sync_folder(folder: Path) -> None:
    """The rename itself made durable (a power cut right after leaves the file, not nothing)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
