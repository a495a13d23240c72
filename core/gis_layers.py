"""The device's map layers: what `quittance export --format gpkg|geojson` writes. Each layer is a
GeoPackage feature table (core/gpkg.py) or the features of one GeoJSON collection (core/geojson.py):
the same fields, the same values, whichever the format.

- taxpayers: a point at each taxpayer's recorded position (null geometry without one: the export
  is complete), with where they stand for a year (core/standing.py: paid, partly_paid, in_arrears,
  never_assessed);
- payments: a point per receipt, at its taxpayer's position;
- buildings: every taxable object that has a polygon (the `geometry` column, GeoJSON lon/lat,
  that device migration v16 adds), with its owner and the owner's standing. An object without
  a polygon (not yet drawn, or only a point) is left out of the layer and counted as skipped:
  a polygon layer of empty shapes would draw nothing and confuse the styling;
- submissions: census submissions (table `submissions`, migration v15) with the geometry of
  their first geo answer, one GeoPackage layer per form (its answers as columns, as ODK Central
  names them: group names joined by "-"), all forms in one GeoJSON collection.
A table or column a device does not have yet (an older schema) gives an empty layer."""
from __future__ import annotations

import json
import re
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from core import geojson
from core.gpkg import ANY_GEOMETRY, Layer
from core.ids import id_text
from core.standing import STANDING_SQL, status_sql
from core.timezones import local_moment

if TYPE_CHECKING:
    from core.service import Ledger

WHAT = ("taxpayers", "payments", "buildings", "submissions")
Feature = tuple[geojson.Geometry | None, list[Any]]


@dataclass
class LayerData:
    """A layer and its features, streamed once; `skipped` counts the rows left out, once read."""
    layer: Layer
    features: Iterable[Feature]
    skipped: list[int] = field(default_factory=lambda: [0])

    def properties(self) -> Iterator[tuple[geojson.Geometry | None, dict[str, Any]]]:
        names = [name for name, _kind in self.layer.fields]
        for geometry, values in self.features:
            yield geometry, dict(zip(names, values))


# -- standing ----------------------------------------------------------------------------------
_STANDING_SQL = STANDING_SQL
# Due counted line by line (an advance on one line hides no arrears on another), voided receipts
# paying nothing: core/standing.py's definition, which the server's export computes too.
_STATUS_SQL = status_sql("s.assessed", "s.paid", "s.due")
STANDING_FIELDS = [("year", "INTEGER"), ("payment_status", "TEXT"), ("assessed", "INTEGER"), ("paid", "INTEGER"),
                   ("due", "INTEGER"), ("currency", "TEXT"), ("last_payment", "DATE")]


def _standing_columns(currency: str) -> str:
    return (f":year_number AS year, {_STATUS_SQL} AS payment_status, coalesce(s.assessed, 0) AS assessed, "
            f"coalesce(s.paid, 0) AS paid, coalesce(s.due, 0) AS due, {_quote(currency)} AS currency, "
            "s.last_payment AS last_payment")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _year_params(year: int) -> dict[str, Any]:
    return {"year": str(year), "prefix": f"{year}-%", "year_number": year}


# -- taxpayers and payments --------------------------------------------------------------------
_TAXPAYER_FIELDS = [("id", "TEXT"), ("kind", "TEXT"), ("name", "TEXT"), ("business_name", "TEXT"),
                    ("id_number", "TEXT"), ("phone", "TEXT"), ("zone_code", "TEXT"), ("zone", "TEXT"),
                    ("address", "TEXT"), ("accuracy_m", "REAL"), ("location_source", "TEXT"), ("fix_time", "TEXT"),
                    ("status", "TEXT"), ("version", "INTEGER"), ("merged_into", "TEXT"), *STANDING_FIELDS]
_PAYMENT_FIELDS = [("receipt_no", "TEXT"), ("issued_at", "TEXT"), ("taxpayer_id", "TEXT"), ("taxpayer", "TEXT"),
                   ("tax_code", "TEXT"), ("period", "TEXT"), ("amount", "INTEGER"), ("currency", "TEXT"),
                   ("method", "TEXT"), ("reference", "TEXT"), ("is_advance", "INTEGER"), ("agent", "TEXT"),
                   ("session_id", "TEXT"), ("voided", "INTEGER"), ("void_reason", "TEXT")]


def taxpayers(ledger: Ledger, year: int) -> LayerData:
    municipality = ledger.municipality
    sql = f"""
        WITH s AS MATERIALIZED ({_STANDING_SQL})
        SELECT t.longitude, t.latitude, t.id, t.kind, t.name, t.business_name, t.id_number, t.phone,
               z.code AS zone_code, z.name AS zone, t.address, t.accuracy_m, t.location_source, t.fix_time, t.status,
               t.version, m.kept_id AS merged_into, {_standing_columns(municipality.currency)}
        FROM taxpayers t LEFT JOIN zones z ON z.id = t.zone_id LEFT JOIN s ON s.num = t.num
        LEFT JOIN merged_taxpayers m ON m.taxpayer_id = t.id
        ORDER BY t.num"""
    day = _local_day(municipality.timezone)
    layer = Layer("taxpayers", "Point", _TAXPAYER_FIELDS, "Taxpayers", f"Where each taxpayer stands for {year}")

    def features() -> Iterator[Feature]:
        for row in ledger.store.db.execute(sql, _year_params(year)):
            values = list(row[2:])
            values[-1] = day(values[-1])
            yield geojson.point(row[0], row[1]), values
    return LayerData(layer, features())


def payments(ledger: Ledger) -> LayerData:
    from core.export import PAYMENT_SQL

    layer = Layer("payments", "Point", _PAYMENT_FIELDS, "Payments", "Every receipt, at its taxpayer's position")

    def features() -> Iterator[Feature]:
        cursor = ledger.store.db.execute(PAYMENT_SQL)
        names = [c[0] for c in cursor.description]
        lat, lon = names.index("latitude"), names.index("longitude")
        for row in cursor:
            yield geojson.point(row[lon], row[lat]), [v for i, v in enumerate(row) if i not in (lat, lon)]
    return LayerData(layer, features())


def _local_day(timezone: str | None) -> Callable[[str | None], str | None]:
    """A stored UTC time as the municipality's date (YYYY-MM-DD), as the server's export shows it."""
    def day(moment: str | None) -> str | None:
        if not moment:
            return None
        try:
            return local_moment(moment, timezone or None).strftime("%Y-%m-%d")
        except ValueError:
            return None
    return day


# -- buildings -----------------------------------------------------------------------------------
_BUILDING_FIELDS = [("id", "TEXT"), ("kind", "TEXT"), ("reference", "TEXT"), ("description", "TEXT"),
                    ("taxpayer_id", "TEXT"), ("taxpayer", "TEXT"), ("zone_code", "TEXT"), ("created_at", "TEXT")]
_POLYGONS = ("Polygon", "MultiPolygon")


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def buildings(ledger: Ledger, year: int) -> LayerData:
    conn = ledger.store.db
    shaped = "geometry" in _columns(conn, "taxable_objects")
    geometry = "o.geometry" if shaped else "NULL"
    municipality = ledger.municipality
    # First pass: which shapes there are (a layer has one geometry type) and which attributes.
    kinds: set[str] = set()
    attributes: dict[str, set[type]] = {}
    for stored, attrs in conn.execute(f"SELECT {geometry}, attributes FROM taxable_objects o"):
        shape = geojson.parse_geometry(stored)
        if shape is None or shape["type"] not in _POLYGONS:
            continue
        kinds.add(shape["type"])
        for key, value in _json_object(attrs).items():
            attributes.setdefault(str(key), set()).add(_kind(value))
    multi = "MultiPolygon" in kinds
    fixed = [*_BUILDING_FIELDS, *STANDING_FIELDS]
    extra = _unique_names([name for name, _ in fixed], list(attributes), "attr_")
    types = {key: _field_type(attributes[key]) for key, _column in extra}
    fields = fixed + [(column, types[key]) for key, column in extra]
    layer = Layer("buildings", "MultiPolygon" if multi else "Polygon", fields, "Buildings",
                  f"Taxable objects with their polygon; owners' standing for {year}")
    sql = f"""
        WITH s AS MATERIALIZED ({_STANDING_SQL})
        SELECT {geometry}, o.attributes, o.id, o.kind, o.reference, o.description, t.id, t.name, z.code,
               o.created_at, {_standing_columns(municipality.currency)}
        FROM taxable_objects o JOIN taxpayers t ON t.num = o.taxpayer_num LEFT JOIN zones z ON z.id = t.zone_id
        LEFT JOIN s ON s.num = t.num
        ORDER BY o.num"""
    day = _local_day(municipality.timezone)
    data = LayerData(layer, ())

    def features() -> Iterator[Feature]:
        for row in conn.execute(sql, _year_params(year)):
            shape = geojson.parse_geometry(row[0])
            if shape is None or shape["type"] not in _POLYGONS:
                data.skipped[0] += 1
                continue
            attrs = _json_object(row[1])
            values = [id_text(row[2]), *row[3:]]
            values[-1] = day(values[-1])
            yield (geojson.as_multi(shape) if multi else shape), \
                values + [_attribute(attrs.get(key), types[key]) for key, _ in extra]
    data.features = features()
    return data


def _json_object(text: object) -> dict[str, Any]:
    try:
        found = json.loads(text) if isinstance(text, (str, bytes)) else None
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


# How core.registry.typed_attributes keeps a float: its shortest decimal text ("410.5", "1e-05").
_FLOAT_TEXT = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def _kind(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, int) and not isinstance(value, bool):
        return "int"
    if isinstance(value, float) or isinstance(value, str) and _FLOAT_TEXT.fullmatch(value) \
            and any(c in value for c in ".eE"):
        return "real"
    return "text"


def _field_type(kinds: set[str]) -> str:
    """An attribute's column type: INTEGER when every value is a whole number, REAL when they
    are numbers (the floats kept as decimal text included), else TEXT."""
    kinds = kinds - {"none"}
    if kinds == {"int"}:
        return "INTEGER"
    if kinds and kinds <= {"int", "real"}:
        return "REAL"
    return "TEXT"


def _attribute(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "REAL":
        try:
            return float(value)
        except (TypeError, ValueError):  # changed since the first pass: shown as missing, not a failure
            return None
    if kind == "INTEGER":
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


_NAME_CHARS = re.compile(r"[^A-Za-z0-9_]")


def _unique_names(taken: list[str], wanted: list[str], prefix: str) -> list[tuple[str, str]]:
    """(key, column) for each wanted key: a column name the layer has no other of (SQLite
    compares names without case), prefixed where it would collide with a fixed one."""
    used = {name.lower() for name in taken} | {"fid", "geom"}
    out = []
    for key in wanted:
        column = key.replace('"', "'") or "_"
        if column.lower() in used:
            column = prefix + column
        while column.lower() in used:
            column += "_"
        used.add(column.lower())
        out.append((key, column))
    return out


# -- submissions ---------------------------------------------------------------------------------
_SUBMISSION_FIELDS = [("id", "TEXT"), ("form_id", "TEXT"), ("form_version", "TEXT"), ("agent", "TEXT"),
                      ("taxpayer_id", "TEXT"), ("recorded_at", "TEXT"), ("answers", "TEXT")]


def flatten(answers: Any, prefix: str = "") -> dict[str, Any]:
    """An answers tree as columns, named as ODK Central names them (group names joined by "-");
    a repeat becomes `<name>_count`, its instances staying whole in the `answers` column."""
    out: dict[str, Any] = {}
    if not isinstance(answers, dict):
        return out
    for name, value in answers.items():
        key = f"{prefix}-{name}" if prefix else str(name)
        if isinstance(value, dict):
            out.update(flatten(value, key))
        elif isinstance(value, list):
            out[f"{key}_count"] = len(value)
        else:
            out[key] = value if value is None or isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return out


def submissions(ledger: Ledger) -> list[LayerData]:
    """One layer per form, named `submissions_<form id>`; a single empty `submissions` layer
    when there are none (or no submissions table yet)."""
    conn = ledger.store.db
    columns = _columns(conn, "submissions")
    if not columns:
        return [LayerData(Layer("submissions", ANY_GEOMETRY, _SUBMISSION_FIELDS, "Census submissions"), ())]
    pick = {name: (f"s.{name}" if name in columns else "NULL")
            for name in ("id", "form_id", "form_version", "agent_id", "taxpayer_id", "recorded_at", "answers",
                         "geometry")}
    forms = [row[0] for row in conn.execute(f"SELECT DISTINCT {pick['form_id']} FROM submissions s ORDER BY 1")]
    if not forms:
        return [LayerData(Layer("submissions", ANY_GEOMETRY, _SUBMISSION_FIELDS, "Census submissions"), ())]
    layers, names = [], set()
    for form_id in forms:
        name = "submissions_" + (_NAME_CHARS.sub("_", str(form_id or "")) or "form")
        while name.lower() in names:
            name += "_"
        names.add(name.lower())
        layers.append(_form_layer(conn, pick, form_id, name))
    return layers


def _form_layer(conn: sqlite3.Connection, pick: dict[str, str], form_id: Any, name: str) -> LayerData:
    where = f"{pick['form_id']} IS ?"
    kinds: set[str] = set()
    keys: dict[str, str] = {}
    for stored, answers in conn.execute(f"SELECT {pick['geometry']}, {pick['answers']} FROM submissions s "
                                        f"WHERE {where}", (form_id,)):
        shape = geojson.parse_geometry(stored)
        if shape is not None:
            kinds.add(shape["type"])
        for key, value in flatten(_json_object(answers)).items():
            keys.setdefault(key, "INTEGER" if isinstance(value, int) else "TEXT")
    geometry_type, multi = _one_type(kinds)
    extra = _unique_names([n for n, _ in _SUBMISSION_FIELDS], list(keys), "answer_")
    layer = Layer(name, geometry_type, _SUBMISSION_FIELDS + [(column, keys[key]) for key, column in extra],
                  f"Census: {form_id}", f"Submissions of form {form_id}")
    sql = (f"SELECT {pick['geometry']}, {pick['answers']}, {pick['id']}, {pick['form_id']}, {pick['form_version']}, "
           f"a.name, {pick['taxpayer_id']}, {pick['recorded_at']} FROM submissions s "
           f"LEFT JOIN agents a ON a.id = {pick['agent_id']} WHERE {where} ORDER BY {pick['recorded_at']}, {pick['id']}")

    def features() -> Iterator[Feature]:
        for row in conn.execute(sql, (form_id,)):
            shape = geojson.parse_geometry(row[0])
            answers = _json_object(row[1])
            flat = flatten(answers)
            values = [id_text(row[2]) if row[2] is not None else None, *[_text(v) for v in row[3:]],
                      json.dumps(answers, ensure_ascii=False)]
            yield (geojson.as_multi(shape) if multi else shape), values + [flat.get(key) for key, _ in extra]
    return LayerData(layer, features())


def _one_type(kinds: set[str]) -> tuple[str, bool]:
    """A layer's geometry type for the shapes it holds, and whether single ones are made Multi."""
    if len(kinds) == 1:
        return next(iter(kinds)), False
    if len(kinds) == 2:
        single = sorted(kinds, key=len)[0]
        if kinds == {single, "Multi" + single}:
            return "Multi" + single, True
    return ANY_GEOMETRY, False


def _text(value: Any) -> Any:
    return id_text(value) if isinstance(value, bytes) else value


def layers(ledger: Ledger, what: str, year: int) -> list[LayerData]:
    if what == "taxpayers":
        return [taxpayers(ledger, year)]
    if what == "payments":
        return [payments(ledger)]
    if what == "buildings":
        return [buildings(ledger, year)]
    return submissions(ledger)
