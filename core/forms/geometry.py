"""ODK's geo answers as GeoJSON geometries (RFC 7946): [lon, lat] order, polygons closed and
counter-clockwise. Used for a submission's geometry; pure, so the server and GIS exports share it.

ODK writes a geopoint as "lat lon alt accuracy" and a geotrace/geoshape as such points joined
by ";". The geometry is returned as canonical JSON text: event payloads refuse floats (a hashed
number must have one spelling), so the coordinates are written at 7 decimals (1 cm) as the
taxpayers' are (core/projections.coord_text), and the text is what the event and the row carry."""
from __future__ import annotations

import json
import math
from typing import Any, Mapping

from core.forms.answer_tree import leaves
from core.forms.model import GEOMETRY_TYPES, Form

Position = tuple[float, float]  # (lon, lat)


def parse_points(text: str) -> list[Position]:
    """The (lon, lat) positions of an ODK geo answer; [] when it holds none that are valid."""
    points: list[Position] = []
    for chunk in (text or "").split(";"):
        parts = chunk.split()
        if len(parts) < 2:
            continue
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except ValueError:
            return []
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            return []
        points.append((lon, lat))
    return points


def geometry_of(question_type: str, text: str) -> dict[str, Any] | None:
    """The GeoJSON geometry of one answer (coordinates as floats), or None when it cannot make one."""
    points = parse_points(text)
    if question_type == "geopoint":
        return {"type": "Point", "coordinates": list(points[0])} if len(points) == 1 else None
    if question_type == "geotrace":
        return {"type": "LineString", "coordinates": [list(p) for p in points]} if len(points) >= 2 else None
    if question_type == "geoshape":
        ring = list(points)
        if ring and ring[0] != ring[-1]:
            ring.append(ring[0])  # ODK closes the shape; a hand-written answer may not
        if len(ring) < 4:
            return None
        if _signed_area(ring) < 0:  # RFC 7946 §3.1.6: exterior rings follow the right-hand rule
            ring.reverse()
        return {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}
    return None


def _signed_area(ring: list[Position]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def geometry_text(geometry: Mapping[str, Any] | None) -> str | None:
    """Canonical JSON text of a geometry (sorted keys, no spaces), coordinates at 7 decimals; None for None."""
    if geometry is None:
        return None
    return f'{{"coordinates":{_fixed(geometry["coordinates"])},"type":"{geometry["type"]}"}}'


def _fixed(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_fixed(item) for item in value) + "]"
    text = f"{float(value):.7f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def first_geometry(form: Form, answers: Mapping[str, Any] | None) -> str | None:
    """The first geopoint, geotrace or geoshape answer in form order, as GeoJSON text; None if none."""
    for question, _ref, value in leaves(form, answers):
        if question.type in GEOMETRY_TYPES and value.strip():
            geometry = geometry_of(question.type, value)
            if geometry is not None:
                return geometry_text(geometry)
    return None
