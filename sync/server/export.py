"""`quittance-server export`: payments, taxpayers or reconciliations (signed sign-offs) as CSV,
taxpayers as GeoJSON for QGIS.

Written the way the device writes its exports (core.export): CSV in UTF-8 with a BOM and no cell
a spreadsheet would evaluate as a formula; the file appears whole or not at all (`.NAME.part`,
then renamed), so a failed export never leaves half a file and keeps the previous one. Every
argument is checked before the file is opened. Rows are streamed: 200,000 taxpayers are never
one string in memory.

GeoJSON is strict RFC 7946, written by the device's own writer (core/geojson.py): a
FeatureCollection of Points in WGS84, [longitude, latitude], from the decimal text the device
recorded (rounded to 7 places in decimal, never through a float), no `crs`, plain JSON
properties. A taxpayer without a usable location has no place on a map; they are counted in the
summary as `without_location`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine

from core.errors import QuittanceError
from core import geojson
from core.export import check_out_folder, output_file, write_csv
from sync.server.db import reading
from sync.server.export_reconciliations import RECONCILIATION_COLUMNS, reconciliation_rows
from sync.server.export_rows import (PAYMENT_COLUMNS, TAXPAYER_COLUMNS, Reference, TaxpayerRow, payment_rows,
                                     taxpayer_csv_row, taxpayer_rows)
from sync.server.opendata_month import municipality_zone
from sync.server.reference import AdminError

WHAT = ("payments", "taxpayers", "reconciliations")
FORMATS = ("csv", "geojson")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
YEARS = (1990, 2099)  # the years a period may name (core.schedule._PERIOD_YEARS)


@dataclass(frozen=True)
class ExportRequest:
    what: str
    fmt: str
    out: Path
    start: date | None = None
    end: date | None = None
    zone: str | None = None  # a zone code
    year: int | None = None


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise AdminError(f"{option} takes a date written YYYY-MM-DD, not {text!r}") from None


def check(request: ExportRequest) -> None:
    """Refuse, in words, anything that is no export, before a byte is written."""
    if request.what not in WHAT:
        raise AdminError(f"--what is one of {', '.join(WHAT)}, not {request.what!r}")
    if request.fmt not in FORMATS:
        raise AdminError(f"--format is one of {', '.join(FORMATS)}, not {request.fmt!r}")
    if request.what in ("payments", "reconciliations") and request.fmt == "geojson":
        raise AdminError("GeoJSON is a map of taxpayers: use --what taxpayers --format geojson "
                         f"({request.what} export as CSV)")
    if request.what in ("payments", "reconciliations") and request.year is not None:
        raise AdminError(f"--year is for taxpayers; {request.what} take --from and --to")
    if request.what == "reconciliations" and request.zone is not None:
        raise AdminError("--zone is for payments and taxpayers; a reconciliation is an agent's day")
    if request.what == "taxpayers" and (request.start or request.end):
        raise AdminError("--from and --to are for payments and reconciliations; taxpayers take --year")
    if request.start and request.end and request.start > request.end:
        raise AdminError(f"--from {request.start} is after --to {request.end}")
    if request.year is not None and not YEARS[0] <= request.year <= YEARS[1]:
        raise AdminError(f"--year is between {YEARS[0]} and {YEARS[1]}, not {request.year}")
    try:
        check_out_folder(request.out)
    except QuittanceError as error:
        raise AdminError(str(error)) from None
    if request.out.is_dir():
        raise AdminError(f"{request.out} is a folder: --out names the file to write")


def request_from(what: str, fmt: str, out: str, *, start: str | None = None, end: str | None = None,
                 zone: str | None = None, year: int | None = None) -> ExportRequest:
    request = ExportRequest(what, fmt, Path(out), _day(start, "--from"), _day(end, "--to"),
                            zone.strip().upper() if zone else None, year)
    check(request)
    return request


def run(engine: Engine, request: ExportRequest) -> dict[str, Any]:
    """Write the export; returns its summary (what the command prints, and `--json` gives)."""
    check(request)
    with reading(engine) as conn:
        ref = Reference.read(conn)
        zone_id = None
        if request.zone is not None:
            zone_id = ref.zone_ids.get(request.zone)
            if zone_id is None:
                raise AdminError(f"unknown zone {request.zone!r} (zones: {', '.join(sorted(ref.zone_ids)) or 'none'})")
        year = request.year or datetime.now(municipality_zone(ref.timezone)).year
        summary: dict[str, Any] = {"what": request.what, "format": request.fmt, "out": str(request.out),
                                   "zone": request.zone}
        try:
            with output_file(request.out, "w", encoding="utf-8-sig" if request.fmt == "csv" else "utf-8",
                             newline="") as handle:
                if request.what == "payments":
                    summary.update({"from": _text(request.start), "to": _text(request.end),
                                    "rows": write_csv(handle, PAYMENT_COLUMNS, payment_rows(
                                        conn, ref, start=request.start, end=request.end, zone_id=zone_id))})
                elif request.what == "reconciliations":
                    summary.update({"from": _text(request.start), "to": _text(request.end),
                                    "rows": write_csv(handle, RECONCILIATION_COLUMNS, reconciliation_rows(
                                        conn, ref, start=request.start, end=request.end))})
                elif request.fmt == "csv":
                    rows = (taxpayer_csv_row(row, ref, year) for row in taxpayer_rows(conn, ref, year, zone_id=zone_id))
                    summary.update({"year": year, "rows": write_csv(handle, TAXPAYER_COLUMNS, rows)})
                else:
                    features, without = write_geojson(handle, taxpayer_rows(conn, ref, year, zone_id=zone_id), ref,
                                                      year)
                    summary.update({"year": year, "features": features, "without_location": without})
        except OSError as error:
            raise AdminError(str(QuittanceError("file_error", path=str(request.out),
                                                detail=error.strerror or str(error)))) from None
    return summary


def _text(day: date | None) -> str | None:
    return day.isoformat() if day else None


def write_geojson(handle: IO[str], rows: Any, ref: Reference, year: int) -> tuple[int, int]:
    """Streams the FeatureCollection through the device's strict RFC 7946 writer (core.geojson);
    returns (features written, taxpayers without a location)."""
    without = 0

    def located() -> Any:
        nonlocal without
        for row in rows:
            place = row.coordinates()
            # The recorded decimal text, checked by TaxpayerRow.coordinates, read as a Decimal:
            # rounded to core.geojson's 7 places in decimal, never through a float.
            geometry = geojson.point(Decimal(place[0]), Decimal(place[1])) if place is not None else None
            if geometry is None:
                without += 1
                continue
            yield geometry, _properties(row, ref, year)

    features = geojson.write_collection(handle, located())
    return features, without


def _properties(row: TaxpayerRow, ref: Reference, year: int) -> dict[str, Any]:
    standing = row.standing
    return {"id": row.id, "name": row.fields.get("name") or "", "zone": row.zone_code,
            "zone_name": row.zone_name, "status": standing.status, "year": year,
            "assessed": standing.assessed, "paid": standing.paid, "due": standing.due, "currency": ref.currency,
            "last_payment": ref.local(standing.last_payment, "%Y-%m-%d") or None,
            "active": (row.fields.get("status") or "active") == "active",
            "merged_into": row.fields.get("merged_into")}
