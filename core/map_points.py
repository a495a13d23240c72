"""What the map shows: every located taxpayer with where it stands for one year (by default the
municipality's current year), and the zone outlines. One query each, read-only; the desktop map
filters and clusters these in memory.

The status is core/standing.py's, counted by the same query the GIS exports use (STANDING_SQL):
`paid`, `partly_paid`, `in_arrears`, `never_assessed` for the year. So a taxpayer is the same
colour on the map as in `quittance export --format gpkg` and in the server's export for that year."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass

from core.geojson import parse_geometry, position
from core.schedule import _ASSESSED_BY_TAXPAYER, _VALID_PAYMENTS
from core.standing import STANDING_SQL, STATUSES, status_of, year_params

__all__ = ["STATUSES", "MapPoint", "ZoneOutline", "map_points", "zone_outlines", "set_zone_geometries"]


@dataclass(frozen=True)
class MapPoint:
    taxpayer_id: str
    name: str
    latitude: float
    longitude: float
    zone_code: str | None
    status: str
    due: int  # still owed for the year, line by line
    taxes: frozenset[str]  # the taxes assessed or paid: the map's tax filter


@dataclass(frozen=True)
class ZoneOutline:
    zone_id: str
    code: str
    name: str
    geometry: dict  # GeoJSON Polygon or MultiPolygon, lon/lat


# The taxes a taxpayer was ever assessed for or paid: the map's tax filter, whatever the year.
_POINTS = f"""
WITH s AS MATERIALIZED ({STANDING_SQL}), taxes AS (
    SELECT taxpayer_id, group_concat(DISTINCT tax_code) AS taxes FROM (
        SELECT taxpayer_id, tax_code FROM ({_ASSESSED_BY_TAXPAYER})
        UNION SELECT taxpayer_id, tax_code FROM ({_VALID_PAYMENTS})
    ) GROUP BY taxpayer_id
)
SELECT t.id, coalesce(t.business_name, t.name), t.latitude, t.longitude, z.code,
       coalesce(s.assessed, 0), coalesce(s.paid, 0), coalesce(s.due, 0), tx.taxes
FROM taxpayers t
LEFT JOIN zones z ON z.id = t.zone_id
LEFT JOIN s ON s.num = t.num
LEFT JOIN taxes tx ON tx.taxpayer_id = t.id
WHERE t.latitude IS NOT NULL AND t.longitude IS NOT NULL AND t.status = 'active'
  AND NOT EXISTS (SELECT 1 FROM withdrawn_taxpayers w WHERE w.taxpayer_id = t.id)
"""


def map_points(conn: sqlite3.Connection, year: int) -> list[MapPoint]:
    """Every active taxpayer with a position on the globe, with its standing for `year`. A row
    edited behind the app's back (latitude 95, or text) is left off the map, which `verify`
    reports, rather than failing it."""
    return [MapPoint(tid, name, float(lat), float(lon), zone, status_of(assessed, paid, due), int(due),
                     frozenset((taxes or "").split(",")) - {""})
            for tid, name, lat, lon, zone, assessed, paid, due, taxes in conn.execute(_POINTS, year_params(year))
            if position(lon, lat) is not None]


def zone_outlines(conn: sqlite3.Connection) -> list[ZoneOutline]:
    rows = conn.execute("SELECT id, code, name, geometry FROM zones WHERE geometry IS NOT NULL ORDER BY code")
    return [ZoneOutline(zid, code, name, json.loads(geometry)) for zid, code, name, geometry in rows
            if is_zone_outline(geometry)]


def is_zone_outline(geometry: object) -> bool:
    """A Polygon or MultiPolygon (GeoJSON text or dict) the map can draw: finite positions on the
    globe, rings of four. zones.geometry is the server's, not built from events, so verify cannot
    vouch for it: one edited or damaged row leaves that zone without an outline, never the map empty."""
    parsed = parse_geometry(geometry)
    return parsed is not None and parsed["type"] in ("Polygon", "MultiPolygon")


def set_zone_geometries(conn: sqlite3.Connection, geometries: dict[str, dict], only_missing: bool = False) -> int:
    """Outlines by zone code, for a device that has no server to pull them from (the demo)."""
    changed = 0
    where = " AND geometry IS NULL" if only_missing else ""
    for code, geometry in geometries.items():
        changed += conn.execute(f"UPDATE zones SET geometry = ? WHERE code = ?{where}",
                                (json.dumps(geometry, separators=(",", ":")), code)).rowcount
    return changed
