"""Strict RFC 7946 GeoJSON, written by hand so every export (the device's and the server's) makes
the same file: WGS84 [longitude, latitude] and nothing else (no `crs` member, which RFC 7946
removed), finite numbers only, polygon rings closed with the exterior counter-clockwise and holes
clockwise (the right-hand rule, section 3.1.6), and properties that are plain JSON.

Coordinates are rounded to 7 decimal places: about 1 cm on the ground, finer than any receiver
an agent carries (RFC 7946 section 11.2 warns that more digits only inflate the file), and what
the device records. Altitude, when an answer carries one, is dropped: every layer is 2D, so one
file never mixes 2D and 3D positions, which GDAL would report.

Coordinates may be floats (the device's store) or Decimals (the server keeps the decimal text a
device sent): a Decimal is rounded in decimal and never passes through a float.

Nothing here opens a database: the server imports it without the device's world."""
from __future__ import annotations

import json
import math
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import IO, Any, Iterable, Mapping

DIGITS = 7
_QUANTUM = Decimal(1).scaleb(-DIGITS)
GEOMETRY_TYPES = ("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon")
Number = float | int | Decimal
Geometry = dict[str, Any]


# -- numbers and positions -----------------------------------------------------------------
def coordinate(value: object) -> Number | None:
    """A finite number rounded to DIGITS places, or None for anything else (text, NaN, a bool)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        rounded = value.quantize(_QUANTUM, rounding=ROUND_HALF_EVEN).normalize()
        return rounded if rounded else Decimal(0)  # never "-0", nor "0E-7"
    if isinstance(value, (int, float)) and math.isfinite(value):
        rounded = round(float(value), DIGITS)
        return rounded + 0.0  # -0.0 becomes 0.0
    return None


def position(lon: object, lat: object) -> tuple[Number, Number] | None:
    """(lon, lat) rounded, or None unless both are finite and within WGS84's range."""
    x, y = coordinate(lon), coordinate(lat)
    if x is None or y is None or not (-180 <= x <= 180 and -90 <= y <= 90):
        return None
    return x, y


def point(lon: object, lat: object) -> Geometry | None:
    """A Point, or None (a null geometry) without a usable position."""
    found = position(lon, lat)
    return None if found is None else {"type": "Point", "coordinates": list(found)}


# -- geometries from stored GeoJSON ----------------------------------------------------------
def parse_geometry(stored: object) -> Geometry | None:
    """A stored geometry (GeoJSON text or dict, lon/lat) made strict: positions rounded and 2D,
    rings closed and wound by the right-hand rule. None for anything that is no usable geometry
    (empty, a position out of range, a ring of fewer than four positions, an unknown type), which
    an export writes as a null geometry rather than as a shape GDAL would refuse."""
    if stored is None or stored == "":
        return None
    try:
        data = json.loads(stored) if isinstance(stored, (str, bytes)) else stored
    except ValueError:
        return None
    if not isinstance(data, Mapping):
        return None
    kind, coords = data.get("type"), data.get("coordinates")
    try:
        made = _BUILDERS[kind](coords) if kind in _BUILDERS else None
    except (TypeError, ValueError, IndexError, InvalidOperation):
        return None
    return None if made is None else {"type": kind, "coordinates": made}


def _pos(raw: Any) -> list[Number]:
    if not isinstance(raw, (list, tuple)) or len(raw) < 2:
        raise ValueError("no position")
    found = position(raw[0], raw[1])
    if found is None:
        raise ValueError("position out of range")
    return list(found)


def _line(raw: Any, least: int = 2) -> list[list[Number]]:
    if not isinstance(raw, (list, tuple)):
        raise ValueError("no line")
    line = [_pos(p) for p in raw]
    if len(line) < least:
        raise ValueError("too few positions")
    return line


def _ring(raw: Any, exterior: bool) -> list[list[Number]]:
    ring = _line(raw, 3)
    if ring[0] != ring[-1]:
        ring.append(list(ring[0]))  # RFC 7946 3.1.6: the first and last positions are the same
    if len(ring) < 4:
        raise ValueError("a ring needs four positions")
    if (signed_area(ring) > 0) != exterior:
        ring.reverse()  # exterior counter-clockwise, holes clockwise
    return ring


def signed_area(ring: list[list[Number]]) -> float:
    """Twice the shoelace area in degrees²: positive when the ring turns counter-clockwise."""
    return sum(float(a[0]) * float(b[1]) - float(b[0]) * float(a[1]) for a, b in zip(ring, ring[1:]))


def _polygon(raw: Any) -> list[list[list[Number]]]:
    if not isinstance(raw, (list, tuple)) or not raw:
        raise ValueError("no rings")
    return [_ring(ring, index == 0) for index, ring in enumerate(raw)]


def _many(build: Any) -> Any:
    def many(raw: Any) -> list:
        if not isinstance(raw, (list, tuple)) or not raw:
            raise ValueError("empty")
        return [build(part) for part in raw]
    return many


_BUILDERS = {"Point": _pos, "LineString": _line, "Polygon": _polygon, "MultiPoint": _many(_pos),
             "MultiLineString": _many(_line), "MultiPolygon": _many(_polygon)}


def as_multi(geometry: Geometry | None) -> Geometry | None:
    """A Point, LineString or Polygon as its Multi- form (one part), for a layer that mixes both."""
    if geometry is None or geometry["type"].startswith("Multi"):
        return geometry
    return {"type": "Multi" + geometry["type"], "coordinates": [geometry["coordinates"]]}


def bounds(geometry: Geometry) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) of a geometry made by parse_geometry or point."""
    xs, ys = [], []

    def visit(coords: Any) -> None:
        if coords and not isinstance(coords[0], (list, tuple)):
            xs.append(float(coords[0]))
            ys.append(float(coords[1]))
            return
        for part in coords:
            visit(part)

    visit(geometry["coordinates"])
    return min(xs), min(ys), max(xs), max(ys)


# -- writing -----------------------------------------------------------------------------------
def _number_text(value: Number) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    return repr(float(value)) if isinstance(value, float) else str(value)


def _coords_text(coords: Any) -> str:
    if coords and not isinstance(coords[0], (list, tuple)):
        return "[" + ",".join(_number_text(v) for v in coords) + "]"
    return "[" + ",".join(_coords_text(part) for part in coords) + "]"


def geometry_text(geometry: Geometry | None) -> str:
    """The geometry's JSON text ("null" for none); Decimal coordinates written as they stand."""
    if geometry is None:
        return "null"
    return '{"type":"%s","coordinates":%s}' % (geometry["type"], _coords_text(geometry["coordinates"]))


def plain(value: object) -> object:
    """A property value as plain JSON: text, a finite number, a boolean, null, or lists and
    objects of those. A Decimal becomes a number, NaN and infinities null, anything else text."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return (int(value) if value == value.to_integral_value() else float(value)) if value.is_finite() else None
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def feature_text(geometry: Geometry | None, properties: Mapping[str, object], *, compact: bool = True) -> str:
    """One Feature as JSON text (UTF-8 kept as is, so accents stay readable)."""
    separators = (",", ":") if compact else (", ", ": ")
    props = json.dumps({str(k): plain(v) for k, v in properties.items()}, ensure_ascii=False, allow_nan=False,
                       separators=separators)
    kind = '{"type":"Feature","geometry":' if compact else '{"type": "Feature", "geometry": '
    return kind + geometry_text(geometry) + (',"properties":' if compact else ', "properties": ') + props + "}"


def write_collection(handle: IO[str], features: Iterable[tuple[Geometry | None, Mapping[str, object]]],
                     *, compact: bool = True) -> int:
    """Stream a FeatureCollection of (geometry, properties), one feature a line, so 200,000
    features never sit in memory as one string. Returns the features written."""
    handle.write('{"type":"FeatureCollection","features":[\n' if compact
                 else '{"type": "FeatureCollection", "features": [\n')
    count = 0
    for geometry, properties in features:
        handle.write((",\n" if count else "") + feature_text(geometry, properties, compact=compact))
        count += 1
    handle.write("\n]}\n")
    return count
