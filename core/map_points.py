"""What the map shows: every located taxpayer with its payment status, and the zone outlines.
One query each, read-only; the desktop map filters and clusters these in memory.

Payment status, from the same balances the card shows (core/schedule.py, voided payments left
out): `never_assessed` (nothing ever assessed or paid), `paid` (nothing left to pay),
`partly_paid` (still owes, but paid something), `arrears` (owes and never paid anything)."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from core.geojson import parse_geometry, position
from core.schedule import _ASSESSED_BY_TAXPAYER, _VALID_PAYMENTS

STATUSES = ("paid", "partly_paid", "arrears", "never_assessed")


@dataclass(frozen=True)
class MapPoint:
    taxpayer_id: str
    name: str
    latitude: float
    longitude: float
    zone_code: str | None
    status: str
    due: int
    taxes: frozenset[str]  # the taxes assessed or paid: the map's tax filter


@dataclass(frozen=True)
class ZoneOutline:
    zone_id: str
    code: str
    name: str
    geometry: dict  # GeoJSON Polygon or MultiPolygon, lon/lat


_POINTS = f"""
WITH lines AS (
    SELECT taxpayer_id, tax_code, period, SUM(amount) AS amount, 0 AS paid FROM ({_ASSESSED_BY_TAXPAYER})
    GROUP BY taxpayer_id, tax_code, period
    UNION ALL
    SELECT taxpayer_id, tax_code, period, -SUM(amount), SUM(amount) FROM ({_VALID_PAYMENTS})
    GROUP BY taxpayer_id, tax_code, period
), per_line AS (
    SELECT taxpayer_id, tax_code, SUM(amount) AS due, SUM(paid) AS paid FROM lines
    GROUP BY taxpayer_id, tax_code, period
), per_taxpayer AS (
    SELECT taxpayer_id, SUM(max(0, due)) AS due, SUM(paid) AS paid, group_concat(DISTINCT tax_code) AS taxes
    FROM per_line GROUP BY taxpayer_id
)
SELECT t.id, coalesce(t.business_name, t.name), t.latitude, t.longitude, z.code, pt.due, pt.paid, pt.taxes
FROM taxpayers t
LEFT JOIN zones z ON z.id = t.zone_id
LEFT JOIN per_taxpayer pt ON pt.taxpayer_id = t.id
WHERE t.latitude IS NOT NULL AND t.longitude IS NOT NULL AND t.status = 'active'
  AND NOT EXISTS (SELECT 1 FROM withdrawn_taxpayers w WHERE w.taxpayer_id = t.id)
"""


def status_of(due: int | None, paid: int | None) -> str:
    if due is None:
        return "never_assessed"
    if due <= 0:
        return "paid"
    return "partly_paid" if (paid or 0) > 0 else "arrears"


def map_points(conn: sqlite3.Connection) -> list[MapPoint]:
    """Every active taxpayer with a position on the globe. A row edited behind the app's back
    (latitude 95, or text) is left off the map, which `verify` reports, rather than failing it."""
    return [MapPoint(tid, name, float(lat), float(lon), zone, status_of(due, paid), int(due or 0),
                     frozenset((taxes or "").split(",")) - {""})
            for tid, name, lat, lon, zone, due, paid, taxes in conn.execute(_POINTS)
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
