"""MBTiles basemaps the server keeps for devices to download (issue 12, Map).

`basemap add` checks the file is an MBTiles (an SQLite database with `metadata` and `tiles`),
reads its name, attribution, bounds and zooms from the metadata, and copies it into the data
directory under its SHA-256, which devices check after the download. The file is read-only
here: it is opened with SQLite's read-only URI, never migrated or written."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from core.filehash import file_sha256
from core.ids import new_id
from core.webmercator import MAX_ZOOM, RASTER_FORMATS  # not core.mbtiles: the server loads no sqlite3 to import
from sync.server.common import now_iso
from sync.server.reference import AdminError
from sync.server.schema import basemaps

FOLDER = "basemaps"  # under the server's data directory


def read_mbtiles(path: Path) -> dict[str, Any]:
    """The metadata of an MBTiles file; AdminError naming what is wrong."""
    import sqlite3  # here only: the server opens no SQLite file but a basemap being added

    if not path.is_file():
        raise AdminError(f"{path}: no such file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise AdminError(f"{path.name} is not an MBTiles file (not an SQLite database)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise AdminError(f"{path.name} cannot be opened: {exc}") from None
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        missing = [t for t in ("metadata", "tiles") if t not in names]
        if missing:
            raise AdminError(f"{path.name} is not an MBTiles file: no {' and no '.join(missing)} table")
        metadata = {str(k): str(v) for k, v in conn.execute("SELECT name, value FROM metadata")}
        zooms = conn.execute("SELECT min(zoom_level), max(zoom_level), count(*) FROM tiles").fetchone()
    except sqlite3.Error as exc:
        raise AdminError(f"{path.name} is not a readable MBTiles file: {exc}") from None
    finally:
        conn.close()
    if not zooms[2]:
        raise AdminError(f"{path.name} holds no tile")
    fmt = metadata.get("format", "png").lower()
    if fmt not in RASTER_FORMATS:  # devices refuse to install it (core/mbtiles.py): refuse it here first
        raise AdminError(f"{path.name} holds {fmt} tiles; devices draw only PNG, JPEG or WebP images")
    return {"name": metadata.get("name") or path.stem, "attribution": metadata.get("attribution", ""),
            "bounds": _bounds(metadata.get("bounds"), path.name),
            "minzoom": _zoom(metadata.get("minzoom"), zooms[0]), "maxzoom": _zoom(metadata.get("maxzoom"), zooms[1]),
            "format": fmt, "tiles": zooms[2]}


def _bounds(text: str | None, name: str) -> str | None:
    if not text:
        return None
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise AdminError(f"{name}: metadata bounds {text!r} is not 'west,south,east,north'") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise AdminError(f"{name}: metadata bounds {text!r} are not WGS84 degrees")
    return ",".join(v.strip() for v in text.split(","))


def _zoom(text: str | None, fallback: int | None) -> int | None:
    """The metadata's zoom, else the tiles' own, within what a map has (0 to MAX_ZOOM): a minzoom
    of 99999999999 overflowed PostgreSQL's INTEGER column (a 500) and hung the devices' map."""
    for value in (text, fallback):
        try:
            zoom = int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            continue
        if zoom is not None and 0 <= zoom <= MAX_ZOOM:
            return zoom
    return None



def add(conn: Connection, source: Path, data_dir: Path, name: str | None = None) -> dict[str, Any]:
    """Check and keep an MBTiles file. The same file again (same SHA-256) is not added twice."""
    info = read_mbtiles(source)
    digest = file_sha256(source)
    known = conn.execute(select(basemaps).where(basemaps.c.sha256 == digest)).mappings().first()
    if known is not None:
        return {**public(dict(known)), "added": False}
    relative = f"{FOLDER}/{digest}.mbtiles"
    target = data_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    shutil.copyfile(source, partial)
    partial.replace(target)  # atomic: a reader never sees half a file under the final name
    row = {"id": new_id(), "name": name or info["name"], "attribution": info["attribution"],
           "bounds": info["bounds"], "minzoom": info["minzoom"], "maxzoom": info["maxzoom"],
           "size": target.stat().st_size, "sha256": digest, "path": relative, "added_at": now_iso()}
    conn.execute(basemaps.insert().values(**row))
    return {**public(row), "added": True}


def public(row: dict[str, Any]) -> dict[str, Any]:
    """What devices and the CLI see of a basemap (never the server's path)."""
    return {key: row[key] for key in ("id", "name", "attribution", "bounds", "minzoom", "maxzoom", "size", "sha256",
                                      "added_at")}


def list_basemaps(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(basemaps).order_by(basemaps.c.added_at, basemaps.c.id)).mappings()
    return [public(dict(r)) for r in rows]


def find(conn: Connection, basemap_id: str, data_dir: Path) -> tuple[dict[str, Any], Path] | None:
    """A basemap and its file, or None when the server has no such basemap (or lost its file)."""
    row = conn.execute(select(basemaps).where(basemaps.c.id == basemap_id)).mappings().first()
    if row is None:
        return None
    path = data_dir / row["path"]
    return (public(dict(row)), path) if path.is_file() else None
