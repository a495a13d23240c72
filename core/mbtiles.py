"""Read an MBTiles basemap (an SQLite file of PNG/JPEG/WebP tiles, spec 1.3): its metadata and
the tile at an XYZ address. MBTiles store tile rows TMS-style (counted from the south); this
module takes and gives XYZ rows (from the north), like every slippy map. No Qt, read-only."""
from __future__ import annotations

import math
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from pathlib import Path

from core.errors import QuittanceError
from core.webmercator import MAX_ZOOM, RASTER_FORMATS, xyz_to_tms_row  # noqa: F401 (theirs, used here)

_MAGIC = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpg", b"RIFF": "webp"}


@dataclass(frozen=True)
class TilesetInfo:
    name: str
    attribution: str
    bounds: tuple[float, float, float, float] | None  # west, south, east, north
    minzoom: int
    maxzoom: int
    format: str
    center: tuple[float, float, int] | None = None  # lon, lat, zoom


class MBTiles:
    """An open, validated tileset. `tile(z, x, y)` gives the image bytes or None."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.info = _validate(self.path)
        # check_same_thread off: the map view reads tiles on the UI thread and a task may list
        # basemaps in the background; every read is a single SELECT on a read-only connection.
        self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    def tile(self, zoom: int, x: int, y: int) -> bytes | None:
        if not 0 <= zoom <= MAX_ZOOM or not (0 <= x < 2 ** zoom and 0 <= y < 2 ** zoom):
            return None
        row = self._conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (zoom, x, xyz_to_tms_row(y, zoom))).fetchone()
        return bytes(row[0]) if row and isinstance(row[0], (bytes, memoryview)) else None  # NULL or text: no tile

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "MBTiles":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def read_info(path: str | Path) -> TilesetInfo:
    """The tileset's metadata, or a QuittanceError saying what is wrong with the file."""
    return _validate(Path(path))


def _validate(path: Path) -> TilesetInfo:
    name = path.name
    if not path.is_file():
        raise QuittanceError("basemap_missing", file=name)
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise QuittanceError("basemap_not_mbtiles", file=name)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
            if "tiles" not in tables:
                raise QuittanceError("basemap_no_tiles", file=name)
            meta = dict(conn.execute("SELECT name, value FROM metadata").fetchall()) if "metadata" in tables else {}
            zooms = conn.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
            if zooms[0] is None:
                raise QuittanceError("basemap_no_tiles", file=name)
            sample = conn.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise QuittanceError("basemap_not_mbtiles", file=name) from error
    fmt = str(meta.get("format") or _sniff(sample if isinstance(sample, bytes) else b"") or "").lower()
    if fmt not in RASTER_FORMATS:
        raise QuittanceError("basemap_wrong_format", file=name, format=fmt or "?")
    minzoom, maxzoom = _zoom(meta.get("minzoom"), zooms[0]), _zoom(meta.get("maxzoom"), zooms[1])
    if minzoom > maxzoom:
        minzoom, maxzoom = _zoom(zooms[0], 0), _zoom(zooms[1], MAX_ZOOM)
    return TilesetInfo(name=str(meta.get("name") or path.stem), attribution=str(meta.get("attribution") or ""),
                       bounds=_bounds(meta.get("bounds")), minzoom=minzoom, maxzoom=maxzoom, format=fmt,
                       center=_center(meta.get("center")))


def _sniff(data: bytes) -> str | None:
    return next((fmt for magic, fmt in _MAGIC.items() if data.startswith(magic)), None)


def _zoom(text: object, default: object) -> int:
    """A zoom level from 0 to MAX_ZOOM: the metadata's, else the tiles' own, else 0. A metadata
    minzoom of 99999999999 made the map ask for tile 2**99999999999 (a hang)."""
    for value in (text, default):
        try:
            zoom = int(str(value))
        except (TypeError, ValueError):
            continue
        if 0 <= zoom <= MAX_ZOOM:
            return zoom
    return 0


def _numbers(text: object, count: int) -> tuple[float, ...] | None:
    try:
        values = tuple(float(v) for v in str(text).split(","))
    except (TypeError, ValueError):
        return None
    return values if len(values) == count and all(math.isfinite(v) for v in values) else None


def _bounds(text: object) -> tuple[float, float, float, float] | None:
    """West, south, east, north on the globe, or None (the map then frames the municipality)."""
    values = _numbers(text, 4)
    if values is None:
        return None
    west, south, east, north = values
    ok = -180 <= west < east <= 180 and -90 <= south < north <= 90
    return (west, south, east, north) if ok else None


def _center(text: object) -> tuple[float, float, int] | None:
    values = _numbers(text, 3)
    if values is None or not (-180 <= values[0] <= 180 and -90 <= values[1] <= 90 and 0 <= values[2] <= MAX_ZOOM):
        return None  # "nan,nan,nan" or a zoom of inf raised from int()
    return values[0], values[1], int(values[2])
