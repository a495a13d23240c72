"""A taxable object's outline (a building, a plot): a GeoJSON Polygon in lon/lat, set through
events like every change (invariant 4).

- `taxable_object.added` may carry `geometry` when the object is drawn as it is registered;
- `taxable_object.shaped` sets (or, with `geometry` null, removes) the outline of an object
  already registered: the polygon tool on the map saves through it.

The geometry travels as GeoJSON *text* (event payloads take no floats, core/canonical.py), the
coordinates rounded to 7 decimals (1 cm) and the ring closed and counter-clockwise
(core/geometry.py's rules); the same text is the `geometry` column of taxable_objects (device
schema v16), so replay rebuilds it byte for byte. `area_m2` rides along as text with one decimal,
for the supervisor and the server; the device recomputes it from the outline to display."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from typing import TYPE_CHECKING, Any, Sequence

from core.errors import QuittanceError
from core.geometry import area_of, checked_polygon, polygon_from_text
from core.ids import id_bytes

if TYPE_CHECKING:
    from core.context import WriteContext


def geometry_text(points: Sequence[Sequence[float]] | dict[str, Any]) -> str:
    """The checked polygon's canonical GeoJSON text, from vertices or a GeoJSON Polygon."""
    if isinstance(points, dict):
        if points.get("type") != "Polygon" or not points.get("coordinates"):
            raise QuittanceError("polygon_invalid")
        points = points["coordinates"][0]
    polygon = checked_polygon(points)
    return json.dumps(polygon, separators=(",", ":"))


def area_text(text: str) -> str:
    return f"{area_of(json.loads(text)):.1f}"


def shape_taxable_object(conn: sqlite3.Connection, ctx: "WriteContext", taxable_object_id: str,
                         points: Sequence[Sequence[float]] | dict[str, Any] | None) -> str | None:
    """Record the object's new outline (None removes it); returns the stored GeoJSON text."""
    row = conn.execute("SELECT t.id FROM taxable_objects o JOIN taxpayers t ON t.num = o.taxpayer_num "
                       "WHERE o.id = ?", (id_bytes(taxable_object_id),)).fetchone()
    if row is None:
        raise QuittanceError("unknown_object", object=taxable_object_id)
    from core.merges import refuse_if_merged
    from core.withdrawals import refuse_if_withdrawn

    refuse_if_withdrawn(conn, row[0])
    refuse_if_merged(conn, row[0])
    text = geometry_text(points) if points is not None else None
    ctx.record(conn, "taxable_object.shaped", {
        "taxable_object_id": taxable_object_id, "taxpayer_id": row[0], "geometry": text,
        "area_m2": area_text(text) if text else None}, entity_id=taxable_object_id)
    return text


def object_shape(conn: sqlite3.Connection, taxable_object_id: str) -> tuple[dict[str, Any], float] | None:
    """(GeoJSON Polygon, geodesic area in m²) of an object's outline, or None."""
    row = conn.execute("SELECT geometry FROM taxable_objects WHERE id = ?", (id_bytes(taxable_object_id),)).fetchone()
    if row is None:
        raise QuittanceError("unknown_object", object=taxable_object_id)
    polygon = polygon_from_text(row[0])
    return (polygon, area_of(polygon)) if polygon else None


def taxable_object_shaped(conn: sqlite3.Connection, data: dict, at: Any) -> None:
    """The projection (core/projections.py), live and in replay."""
    text = data.get("geometry")
    if text is not None and not isinstance(text, str):
        raise QuittanceError("polygon_invalid")
    done = conn.execute("UPDATE taxable_objects SET geometry = ? WHERE id = ?",
                        (text, id_bytes(data["taxable_object_id"])))
    if done.rowcount != 1:
        raise QuittanceError("unknown_object", object=data["taxable_object_id"])
