"""Property polygons on WGS84: closing rules, a self-intersection test and the geodesic area.

Coordinates are (longitude, latitude) pairs, GeoJSON's order (RFC 7946). Rules for a ring:
- it may be given open or closed; consecutive repeated vertices (a double tap, a GNSS capture
  taken twice at one corner) are dropped, and the stored ring is closed (first vertex repeated
  last) and counter-clockwise, as RFC 7946 asks of an exterior ring;
- it needs at least three distinct vertices;
- no two of its edges may cross or touch, except neighbours at their shared vertex: a
  self-intersecting outline has no meaningful area (GeographicLib would count a figure-8's loops
  against each other) and is refused with `polygon_self_intersects`.

The area is the geodesic one, on the WGS84 ellipsoid, by GeographicLib's PolygonArea (Karney
2013), whose edges are geodesics; for a parcel, what a surveyor's software reports. The
intersection test runs on a local plane (east/north metres about the first vertex), which over a
parcel of a few hundred metres differs from the geodesic edges by far less than a millimetre."""
from __future__ import annotations

import json
import math
from typing import Any, Sequence

from geographiclib.geodesic import Geodesic

from core.errors import QuittanceError
from core.gnss_average import radii

Ring = list[tuple[float, float]]  # (lon, lat), closed
COORDINATE_DECIMALS = 7  # about 1 cm, as the taxpayers' coordinates (core.registry)
MAX_VERTICES = 2000


def close_ring(points: Sequence[Sequence[float]]) -> Ring:
    """The ring closed and without repeated consecutive vertices, counter-clockwise; refuses
    fewer than three distinct vertices or a coordinate out of range."""
    ring: Ring = []
    for point in points:
        if len(point) < 2:
            raise QuittanceError("polygon_invalid")
        lon, lat = float(point[0]), float(point[1])
        if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
            raise QuittanceError("polygon_invalid")
        vertex = (round(lon, COORDINATE_DECIMALS), round(lat, COORDINATE_DECIMALS))
        if not ring or ring[-1] != vertex:
            ring.append(vertex)
    if len(ring) > 1 and ring[0] == ring[-1]:
        ring.pop()
    if len(ring) < 3:
        raise QuittanceError("polygon_too_few_vertices")
    if len(ring) > MAX_VERTICES:
        raise QuittanceError("polygon_invalid")
    if _signed_area_plane(_local(ring)) < 0:
        ring = [ring[0], *ring[:0:-1]]  # the same first vertex, the other way round
    return [*ring, ring[0]]


def _local(ring: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """East/north metres about the first vertex."""
    lon0, lat0 = ring[0]
    m, n = radii(lat0)
    k_east, k_north = math.radians(1) * n * math.cos(math.radians(lat0)), math.radians(1) * m
    return [(((lon - lon0 + 540) % 360 - 180) * k_east, (lat - lat0) * k_north) for lon, lat in ring]


def _signed_area_plane(points: list[tuple[float, float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1])) / 2


def _orient(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _on_segment(a: tuple[float, float], b: tuple[float, float], p: tuple[float, float]) -> bool:
    return min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def _segments_meet(p1, p2, q1, q2) -> bool:  # noqa: ANN001 - points as tuples
    d1, d2, d3, d4 = _orient(q1, q2, p1), _orient(q1, q2, p2), _orient(p1, p2, q1), _orient(p1, p2, q2)
    if ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)) and 0 not in (d1, d2, d3, d4):
        return True
    return (d1 == 0 and _on_segment(q1, q2, p1)) or (d2 == 0 and _on_segment(q1, q2, p2)) or \
        (d3 == 0 and _on_segment(p1, p2, q1)) or (d4 == 0 and _on_segment(p1, p2, q2))


def crossing_edges(points: Sequence[Sequence[float]], closed: bool = True) -> tuple[int, int] | None:
    """The first pair of edges (0-based, edge i joins vertex i and i+1; closed, the last edge
    closes the ring) that cross or touch, or None. `points` are (lon, lat); `closed=False` looks
    at the open path only, as a drawing in progress is (its closing side is not drawn yet)."""
    ring = [(float(p[0]), float(p[1])) for p in points]
    if closed and len(ring) > 1 and ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 3:
        return None
    local = _local(ring)
    count = len(local)
    edges = [(local[i], local[(i + 1) % count]) for i in range(count if closed else count - 1)]
    for i in range(len(edges)):
        for j in range(i + 1, len(edges)):
            if j == i + 1 or (closed and i == 0 and j == count - 1):
                # Neighbours share a vertex; they meet wrongly only when one folds back along the other.
                shared, a, c = (local[j], local[i], local[(j + 1) % count]) if j == i + 1 \
                    else (local[0], local[1], local[count - 1])
                if _orient(a, shared, c) == 0 and \
                        (a[0] - shared[0]) * (c[0] - shared[0]) + (a[1] - shared[1]) * (c[1] - shared[1]) > 0:
                    return i, j
                continue
            if _segments_meet(*edges[i], *edges[j]):
                return i, j
    return None


def geodesic_area_m2(ring: Sequence[Sequence[float]]) -> float:
    """Area in square metres of a ring of (lon, lat) on WGS84, whatever its orientation."""
    polygon = Geodesic.WGS84.Polygon()
    points = list(ring)
    if len(points) > 1 and tuple(points[0]) == tuple(points[-1]):
        points = points[:-1]
    for lon, lat in points:
        polygon.AddPoint(lat, lon)
    _count, _perimeter, area = polygon.Compute(False, True)
    return abs(area)


def geodesic_perimeter_m(ring: Sequence[Sequence[float]]) -> float:
    polygon = Geodesic.WGS84.Polygon()
    points = list(ring)
    if len(points) > 1 and tuple(points[0]) == tuple(points[-1]):
        points = points[:-1]
    for lon, lat in points:
        polygon.AddPoint(lat, lon)
    return polygon.Compute(False, True)[1]


def checked_polygon(points: Sequence[Sequence[float]]) -> dict[str, Any]:
    """A GeoJSON Polygon from the vertices an agent drew or walked, after the closing rules and
    the self-intersection test; raises QuittanceError with the reason otherwise."""
    ring = close_ring(points)
    crossing = crossing_edges(ring)
    if crossing is not None:
        raise QuittanceError("polygon_self_intersects", first=crossing[0] + 1, second=crossing[1] + 1)
    return {"type": "Polygon", "coordinates": [[[lon, lat] for lon, lat in ring]]}


def polygon_from_text(text: str | None) -> dict[str, Any] | None:
    """A stored geometry (GeoJSON text) back into a dict, checked again: None for none."""
    if text is None:
        return None
    try:
        value = json.loads(text)
        if value.get("type") != "Polygon" or not value.get("coordinates"):
            raise ValueError
        return checked_polygon(value["coordinates"][0])
    except (ValueError, TypeError, AttributeError, IndexError):
        raise QuittanceError("polygon_invalid") from None


def area_of(geometry: dict[str, Any]) -> float:
    """A GeoJSON Polygon's geodesic area in m² (its exterior ring less its holes)."""
    rings = geometry["coordinates"]
    return geodesic_area_m2(rings[0]) - sum(geodesic_area_m2(hole) for hole in rings[1:])
