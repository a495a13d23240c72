"""Export taxpayers or payments as CSV or GeoJSON."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from core.errors import QuittanceError
from core.service import Ledger

_TAXPAYER_SQL = """
    SELECT t.id, t.kind, t.name, t.business_name, t.id_number, t.phone, z.code AS zone_code, z.name AS zone,
           t.address, t.latitude, t.longitude, t.accuracy_m, t.location_source, t.fix_time, t.status, t.version
    FROM taxpayers t LEFT JOIN zones z ON z.id = t.zone_id ORDER BY t.num
"""
_PAYMENT_SQL = """
    SELECT p.receipt_no, p.issued_at, p.taxpayer_id, t.name AS taxpayer, p.tax_code, p.period, p.amount,
           p.currency, p.method, p.reference, p.is_advance, a.name AS agent, p.session_id,
           CASE WHEN v.id IS NULL THEN 0 ELSE 1 END AS voided, v.reason AS void_reason,
           t.latitude, t.longitude
    FROM payments p JOIN taxpayers t ON t.id = p.taxpayer_id JOIN agents a ON a.id = p.agent_id
    LEFT JOIN voids v ON v.payment_id = p.id ORDER BY p.receipt_year, p.receipt_seq
"""


def _write(ledger: Ledger, sql: str, out: Path, fmt: str) -> int:
    out = Path(out)
    cursor = ledger.store.db.execute(sql)
    columns = [c[0] for c in cursor.description]
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as handle:
            if fmt == "csv":
                return _write_csv(handle, columns, cursor)
            return _write_geojson(handle, columns, cursor)
    except OSError as error:
        raise QuittanceError("file_error", path=str(out), detail=error.strerror or str(error)) from error


def _write_csv(handle, columns, cursor) -> int:
    writer = csv.writer(handle)
    writer.writerow(columns)
    count = 0
    for row in cursor:
        writer.writerow(row)
        count += 1
    return count


def _write_geojson(handle, columns, cursor) -> int:
    """Streamed, so a 200,000-row export does not sit in memory. Rows without a position get a
    null geometry rather than being dropped: the export is complete."""
    handle.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for row in cursor:
        props = dict(zip(columns, row))
        lat, lon = props.pop("latitude"), props.pop("longitude")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        handle.write((",\n" if count else "") + json.dumps({"type": "Feature", "geometry": geometry,
                                                            "properties": props}, ensure_ascii=False))
        count += 1
    handle.write("\n]}\n")
    return count


def export_taxpayers(ledger: Ledger, out: Path, fmt: str) -> int:
    return _write(ledger, _TAXPAYER_SQL, out, fmt)


def export_payments(ledger: Ledger, out: Path, fmt: str) -> int:
    return _write(ledger, _PAYMENT_SQL, out, fmt)
