"""Zones' polygons from a GeoJSON file (`quittance-server zone geometry --file ZONES.geojson`).

Each feature's property `code` names a zone; its geometry (Polygon or MultiPolygon, WGS84
longitude/latitude as RFC 7946 says) becomes the zone's polygon, sent to devices in the zone's
pulled record. The whole file is checked before anything is written: an unknown code, a
geometry that is not a valid polygon, or coordinates that are not WGS84 degrees refuse it all,
naming the feature."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from sync.server.changelog import record_change
from sync.server.common import dumps
from sync.server.reference import AdminError, zone_record
from sync.server.schema import zones

# The only CRS names that mean WGS84 longitude/latitude (RFC 7946 drops `crs`; older files name one).
WGS84_NAMES = frozenset({"urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "urn:ogc:def:crs:EPSG::4326",
                         "EPSG:4326", "CRS84"})


def read_file(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """(zone code, geometry) for each feature of a GeoJSON file, checked; AdminError otherwise."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AdminError(f"{path.name} is not GeoJSON: {exc}") from None
    if not isinstance(document, dict):
        raise AdminError(f"{path.name} is not a GeoJSON object")
    _check_crs(document.get("crs"), path.name)
    if document.get("type") == "Feature":
        features = [document]
    elif document.get("type") == "FeatureCollection" and isinstance(document.get("features"), list):
        features = document["features"]
    else:
        raise AdminError(f"{path.name} is neither a GeoJSON FeatureCollection nor a Feature")
    found: list[tuple[str, dict[str, Any]]] = []
    seen: set[str] = set()
    for number, feature in enumerate(features, start=1):
        where = f"feature {number}"
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise AdminError(f"{where} is not a GeoJSON Feature")
        properties = feature.get("properties") or {}
        code = properties.get("code") if isinstance(properties, dict) else None
        if not isinstance(code, str) or not code.strip():
            raise AdminError(f"{where} has no property \"code\" naming its zone")
        code = code.strip().upper()
        where = f"feature {number} (zone {code})"
        if code in seen:
            raise AdminError(f"{where}: zone {code} appears twice in the file")
        seen.add(code)
        _check_crs(feature.get("crs"), where)
        found.append((code, checked_geometry(feature.get("geometry"), where)))
    if not found:
        raise AdminError(f"{path.name} holds no feature")
    return found


def _check_crs(crs: Any, where: str) -> None:
    if crs is None:
        return
    name = crs.get("properties", {}).get("name") if isinstance(crs, dict) and isinstance(crs.get("properties"), dict) \
        else None
    if name not in WGS84_NAMES:
        raise AdminError(f"{where}: coordinates in {name or 'an unknown CRS'}; only WGS84 longitude/latitude "
                         f"(EPSG:4326, RFC 7946) is accepted: reproject the file (e.g. ogr2ogr -t_srs EPSG:4326)")


def checked_geometry(geometry: Any, where: str) -> dict[str, Any]:
    """The geometry as {type, coordinates}, checked: a Polygon or MultiPolygon whose rings are
    closed, have at least four positions, are WGS84 degrees and do not cross themselves."""
    if not isinstance(geometry, dict) or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        raise AdminError(f"{where}: geometry is {kind}, not a Polygon or MultiPolygon")
    coordinates = geometry.get("coordinates")
    polygons = [coordinates] if geometry["type"] == "Polygon" else coordinates
    if not isinstance(polygons, list) or not polygons:
        raise AdminError(f"{where}: the geometry has no coordinates")
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise AdminError(f"{where}: a polygon has no ring")
        for ring in polygon:
            _check_ring(ring, where)
    return {"type": geometry["type"], "coordinates": coordinates}


def _check_ring(ring: Any, where: str) -> None:
    if not isinstance(ring, list) or len(ring) < 4:
        raise AdminError(f"{where}: a ring has fewer than 4 positions (a closed triangle at least)")
    for position in ring:
        if not (isinstance(position, list) and 2 <= len(position) <= 3
                and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in position)):
            raise AdminError(f"{where}: a position is not [longitude, latitude]")
        lon, lat = position[0], position[1]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise AdminError(f"{where}: position {position[:2]} is not WGS84 degrees (longitude, latitude); "
                             f"reproject the file to EPSG:4326")
    if ring[0][:2] != ring[-1][:2]:
        raise AdminError(f"{where}: a ring is not closed (its last position must repeat its first)")
    if _self_intersects([(p[0], p[1]) for p in ring]):
        raise AdminError(f"{where}: a ring crosses itself")


def _self_intersects(points: list[tuple[float, float]]) -> bool:
    """Whether two edges of a closed ring that are not neighbours touch (a few hundred vertices
    per zone at most: every pair is checked)."""
    edges = list(zip(points, points[1:]))
    count = len(edges)
    for i in range(count):
        for j in range(i + 1, count):
            if j == i + 1 or (i == 0 and j == count - 1):
                continue  # neighbours share a vertex
            if _segments_touch(*edges[i], *edges[j]):
                return True
    return False


def _orientation(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> int:
    value = (b[1] - a[1]) * (c[0] - b[0]) - (b[0] - a[0]) * (c[1] - b[1])
    return 0 if value == 0 else (1 if value > 0 else 2)


def _on_segment(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> bool:
    return min(a[0], c[0]) <= b[0] <= max(a[0], c[0]) and min(a[1], c[1]) <= b[1] <= max(a[1], c[1])


def _segments_touch(p1, q1, p2, q2) -> bool:  # noqa: ANN001
    o1, o2, o3, o4 = (_orientation(p1, q1, p2), _orientation(p1, q1, q2), _orientation(p2, q2, p1),
                      _orientation(p2, q2, q1))
    if o1 != o2 and o3 != o4:
        return True
    return ((o1 == 0 and _on_segment(p1, p2, q1)) or (o2 == 0 and _on_segment(p1, q2, q1))
            or (o3 == 0 and _on_segment(p2, p1, q2)) or (o4 == 0 and _on_segment(p2, q1, q2)))


def set_geometries(conn: Connection, found: list[tuple[str, dict[str, Any]]], *,
                   only_missing: bool = False) -> dict[str, Any]:
    """Set each zone's polygon (codes checked first: an unknown one refuses the file). Each zone
    set gets a new version and a change row, so devices receive it at their next pull.
    `only_missing`: leave a zone that has a polygon already as it is (the demo's start)."""
    rows = {r["code"]: dict(r) for r in conn.execute(select(zones)).mappings()}
    unknown = [code for code, _ in found if code not in rows]
    if unknown:
        raise AdminError(f"unknown zone code(s) in the file: {', '.join(unknown)} "
                         f"(known: {', '.join(sorted(rows)) or 'none'}); nothing was changed")
    changed, same = [], []
    for code, geometry in found:
        row, text = rows[code], dumps(geometry)
        if row["geometry"] == text or (only_missing and row["geometry"]):
            same.append(code)
            continue
        version = row["version"] + 1
        conn.execute(zones.update().where(zones.c.id == row["id"]).values(geometry=text, version=version))
        record_change(conn, "zone", row["id"], version, zone_record(row["id"], code, row["name"], text))
        changed.append(code)
    return {"changed": changed, "unchanged": same, "without_geometry": sorted(set(rows) - {c for c, _ in found}
                                                                              - {c for c, r in rows.items()
                                                                                 if r["geometry"]})}


def import_file(conn: Connection, path: Path, *, only_missing: bool = False) -> dict[str, Any]:
    return set_geometries(conn, read_file(path), only_missing=only_missing)
