"""A GeoPackage writer of our own: plain sqlite3, no GDAL at run time.

A GeoPackage (OGC 12-128r18, version 1.3) is an SQLite file with a defined layout, which QGIS
and every GDAL tool open as vector layers:
- the header says what it is: `application_id` 'GPKG' (0x47504B47), `user_version` 10300;
- `gpkg_spatial_ref_sys` with the three rows the standard requires (EPSG:4326, and the undefined
  cartesian -1 and geographic 0 systems); every layer here is WGS84 longitude/latitude;
- `gpkg_contents`, one row a layer, with its bounds; `gpkg_geometry_columns`, its geometry type;
- a feature table a layer: `fid` INTEGER PRIMARY KEY, `geom` as GeoPackageBinary (the header
  'GP', version 0, flags, srs_id, an envelope, then the geometry as little-endian WKB), then
  the attribute columns;
- an R-tree spatial index a layer (the `gpkg_rtree_index` extension, registered in
  `gpkg_extensions`), so QGIS draws 200,000 points without reading them all at every pan.

The index is built whole once the features are in (core/gpkg_rtree.py: packed, and several times
faster than inserting the boxes one by one). The standard's triggers, which keep it in step when
someone later edits the layer in QGIS, call the ST_ functions GDAL registers (ST_MinX,
ST_IsEmpty...): plain sqlite3 has none, so they are created after the last insert.

Points carry no envelope (it would repeat the point; GDAL writes them so too); other geometries
carry [minx, maxx, miny, maxy]. A null geometry is SQL NULL."""
from __future__ import annotations

import errno
import json
import math
import os
import re
import sqlite3  # stdlib: a GeoPackage is a plain file for QGIS, built in memory (serialize)
import struct
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from core.geojson import Geometry, bounds
from core.gpkg_rtree import bulk_load

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10300  # GeoPackage 1.3.0
SRS_ID = 4326
WGS84_WKT = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
             'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
             'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],'
             'AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]')
FIELD_TYPES = ("TEXT", "INTEGER", "REAL", "BOOLEAN", "DATE", "DATETIME")
GEOMETRY_TYPES = {"Point": 1, "LineString": 2, "Polygon": 3, "MultiPoint": 4, "MultiLineString": 5,
                  "MultiPolygon": 6}
ANY_GEOMETRY = "GEOMETRY"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_CORE_TABLES = f"""
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', {SRS_ID}, 'EPSG', {SRS_ID}, '{WGS84_WKT}',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
"""

# The standard's triggers (GeoPackage 1.3, annex F.3), created once the layer is written.
_RTREE_TRIGGERS = """
CREATE TRIGGER "rtree_{t}_geom_insert" AFTER INSERT ON "{t}"
  WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO "rtree_{t}_geom" VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER "rtree_{t}_geom_update1" AFTER UPDATE OF geom ON "{t}"
  WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO "rtree_{t}_geom" VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER "rtree_{t}_geom_update2" AFTER UPDATE OF geom ON "{t}"
  WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM "rtree_{t}_geom" WHERE id = OLD.fid;
END;
CREATE TRIGGER "rtree_{t}_geom_update3" AFTER UPDATE ON "{t}"
  WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM "rtree_{t}_geom" WHERE id = OLD.fid;
  INSERT OR REPLACE INTO "rtree_{t}_geom" VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER "rtree_{t}_geom_update4" AFTER UPDATE ON "{t}"
  WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM "rtree_{t}_geom" WHERE id IN (OLD.fid, NEW.fid);
END;
CREATE TRIGGER "rtree_{t}_geom_delete" AFTER DELETE ON "{t}"
  WHEN old.geom NOT NULL
BEGIN
  DELETE FROM "rtree_{t}_geom" WHERE id = OLD.fid;
END;
"""
_BATCH = 5000


@dataclass(frozen=True)
class Layer:
    """A feature table to write: its name (a plain SQL identifier), its geometry type (one of
    GEOMETRY_TYPES, or ANY_GEOMETRY for a layer that mixes them), and its attribute columns as
    (name, type) with type one of FIELD_TYPES."""
    name: str
    geometry_type: str
    fields: Sequence[tuple[str, str]]
    identifier: str = ""
    description: str = ""

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name) or self.name.lower().startswith(("gpkg_", "rtree_", "sqlite_")):
            raise ValueError(f"not a layer name: {self.name!r}")
        if self.geometry_type != ANY_GEOMETRY and self.geometry_type not in GEOMETRY_TYPES:
            raise ValueError(f"not a geometry type: {self.geometry_type!r}")
        seen = {"fid", "geom"}
        for name, kind in self.fields:
            if name.lower() in seen or kind not in FIELD_TYPES or '"' in name or not name:
                raise ValueError(f"not a field: {name!r} {kind!r}")
            seen.add(name.lower())


@dataclass
class Written:
    features: int = 0
    extent: list[float] = field(default_factory=list)  # min x, min y, max x, max y

    def cover(self, boxes: list[tuple[int, float, float, float, float]]) -> None:
        """The extent of index boxes (id, minx, maxx, miny, maxy)."""
        if boxes:
            self.extent = [min(b[1] for b in boxes), min(b[3] for b in boxes), max(b[2] for b in boxes),
                           max(b[4] for b in boxes)]


# -- GeoPackageBinary ---------------------------------------------------------------------------
_POINT_HEADER = struct.pack("<2sBBi", b"GP", 0, 0b0000_0001, SRS_ID)  # little-endian, no envelope
_ENVELOPE_HEADER = struct.pack("<2sBBi", b"GP", 0, 0b0000_0011, SRS_ID)  # little-endian, [minx,maxx,miny,maxy]
_WKB_POINT = struct.Struct("<BIdd")


def _wkb(kind: str, coords: Any, out: list[bytes]) -> None:
    code = GEOMETRY_TYPES[kind]
    if kind == "Point":
        out.append(_WKB_POINT.pack(1, 1, float(coords[0]), float(coords[1])))
    elif kind == "LineString":
        out.append(struct.pack("<BII", 1, code, len(coords)))
        out.append(struct.pack(f"<{2 * len(coords)}d", *(float(v) for p in coords for v in p[:2])))
    elif kind == "Polygon":
        out.append(struct.pack("<BII", 1, code, len(coords)))
        for ring in coords:
            out.append(struct.pack("<I", len(ring)))
            out.append(struct.pack(f"<{2 * len(ring)}d", *(float(v) for p in ring for v in p[:2])))
    else:  # Multi*: a count, then each part as a whole WKB geometry of the single type
        out.append(struct.pack("<BII", 1, code, len(coords)))
        for part in coords:
            _wkb(kind[5:], part, out)


def encode(geometry: Geometry | None) -> tuple[bytes | None, tuple[float, float, float, float] | None]:
    """A geometry (GeoJSON dict, lon/lat) as GeoPackageBinary, with its bounds (min x, min y,
    max x, max y); (None, None) for a null geometry."""
    if geometry is None:
        return None, None
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        x, y = float(coords[0]), float(coords[1])
        return _POINT_HEADER + _WKB_POINT.pack(1, 1, x, y), (x, y, x, y)
    box = bounds(geometry)
    parts = [_ENVELOPE_HEADER, struct.pack("<4d", box[0], box[2], box[1], box[3])]
    _wkb(kind, coords, parts)
    return b"".join(parts), box


# -- the file ----------------------------------------------------------------------------------
class GeoPackage:
    """A new GeoPackage at `path` (which must not exist yet): add layers, then close.

        with GeoPackage(path) as gpkg:
            gpkg.write_layer(Layer("taxpayers", "Point", [("name", "TEXT")]), features)

    The file is built with no journal and no syncs (it is new: a failure leaves it to be
    deleted, never half-trusted; core.export writes it beside its destination and renames it)."""

    def __init__(self, path: Path | None = None) -> None:
        """`path=None` builds the GeoPackage in memory: `to_bytes()` then gives the whole file, which
        core/export.py writes with no name until whole, so that an export killed halfway leaves no
        file of taxpayers' names behind."""
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            if self.path.exists():
                raise FileExistsError(str(self.path))
            # Created by the OS first, so a folder it may not write in (read-only, no permission) is the
            # OSError it is ("Read-only file system"), not SQLite's "unable to open database file",
            # which the CLI took for a fault of the device's own database.
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        self.conn = None
        try:
            self.conn = sqlite3.connect(self.path if self.path is not None else ":memory:", isolation_level=None)
            self.conn.execute("PRAGMA journal_mode = OFF")
            self.conn.execute("PRAGMA synchronous = OFF")
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {USER_VERSION}")
            self.conn.executescript(_CORE_TABLES)
        except sqlite3.Error as error:
            self.close()
            raise OSError(errno.EIO, f"GeoPackage: {error}") from error

    def __enter__(self) -> "GeoPackage":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def to_bytes(self) -> bytes:
        """The whole file as it would be on disk (a GeoPackage built in memory)."""
        try:
            return self.conn.serialize()
        except sqlite3.Error as error:
            raise OSError(errno.EIO, f"GeoPackage: {error}") from error

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def write_layer(self, layer: Layer, features: Iterable[tuple[Geometry | None, Sequence[Any]]]) -> Written:
        """Create `layer` and insert every (geometry, values) — values in the order of
        layer.fields — with its spatial index, in one transaction. Geometries must match the
        layer's type (a Polygon in a MultiPolygon layer is made Multi by the caller)."""
        t = layer.name
        columns = "".join(f', "{name}" {kind}' for name, kind in layer.fields)
        geometry_type = layer.geometry_type.upper()
        marks = ", ".join("?" for _ in range(len(layer.fields) + 2))
        insert_feature = f'INSERT INTO "{t}" VALUES ({marks})'
        written = Written()
        run = self._run
        run("BEGIN")
        run(f'CREATE TABLE "{t}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom {geometry_type}{columns})')
        run(f'CREATE VIRTUAL TABLE "rtree_{t}_geom" USING rtree(id, minx, maxx, miny, maxy)')
        # The features are read (from the device's store) between these writes, so an error of
        # that reading stays its own and is never taken for a failure of this file.
        boxes: list[tuple[int, float, float, float, float]] = []
        for rows in _batches(features, layer, written, boxes):
            run(insert_feature, rows, many=True)
        written.cover(boxes)
        try:
            bulk_load(self.conn, f"rtree_{t}_geom", boxes)
        except sqlite3.Error as error:
            raise OSError(errno.EIO, f"GeoPackage: {error}") from error
        del boxes
        extent = written.extent or [None, None, None, None]
        run("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, "
            "min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?, ?)",
            (t, layer.identifier or t, layer.description, _now(), *extent, SRS_ID))
        run("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)", (t, geometry_type, SRS_ID))
        run("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
            "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (t,))
        for statement in _statements(_RTREE_TRIGGERS.format(t=t)):
            run(statement)
        run("COMMIT")
        return written

    def _run(self, sql: str, params: Sequence[Any] = (), many: bool = False) -> None:
        """A statement on this file; its failure (a full disk: "database or disk is full") is
        an OSError, as a failed write of any other export is."""
        try:
            (self.conn.executemany if many else self.conn.execute)(sql, params)
        except sqlite3.Error as error:
            raise OSError(errno.EIO, f"GeoPackage: {error}") from error


def _statements(script: str) -> Iterator[str]:
    """The CREATE TRIGGER statements of a script, one at a time (each ends with END;)."""
    for chunk in script.split("END;"):
        if chunk.strip():
            yield chunk.strip() + "\nEND"


def _batches(features: Iterable[tuple[Geometry | None, Sequence[Any]]], layer: Layer, written: Written,
             boxes: list[tuple[int, float, float, float, float]]) -> Iterator[list[tuple]]:
    """The rows to insert, a batch at a time; each feature's box (id, minx, maxx, miny, maxy)
    is added to `boxes` for the index."""
    width = len(layer.fields)
    rows: list[tuple] = []
    fid = 0
    for geometry, values in features:
        if len(values) != width:
            raise ValueError(f"{layer.name}: {len(values)} values for {width} fields")
        fid += 1
        blob, box = encode(geometry)
        if box is not None:
            boxes.append((fid, box[0], box[2], box[1], box[3]))
        # Most rows hold only what SQLite stores as is: checked at C speed, converted otherwise.
        if not _STORED_AS_IS.issuperset(map(type, values)) or _INF in values or _MINUS_INF in values:
            values = [_cell(v) for v in values]
        rows.append((fid, blob, *values))
        if len(rows) >= _BATCH:
            yield rows
            rows = []
    written.features = fid
    if rows:
        yield rows


_STORED_AS_IS = frozenset({str, int, float, type(None)})  # NaN too: SQLite stores it as NULL
_INF, _MINUS_INF = math.inf, -math.inf


def _cell(value: Any) -> Any:
    """A value as its column stores it: lists and dicts as JSON text, booleans as 0/1."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None  # GDAL reads no NaN or infinity
    if value is None or isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    return str(value)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
