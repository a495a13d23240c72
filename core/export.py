"""Export taxpayers or payments as CSV or GeoJSON.

CSV is what a supervisor opens in a spreadsheet, so it is written for one: UTF-8 with a BOM (Excel
otherwise reads the accents as Windows-1252), and no text cell a spreadsheet would evaluate as a
formula (OWASP's rule). GeoJSON is strict RFC 7946: finite [lon, lat] numbers, never NaN."""
from __future__ import annotations

import csv
import json
import math
import os
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterable, Iterator

from core.errors import QuittanceError

if TYPE_CHECKING:  # for the hints only: the server writes through this module and never opens a device's store
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


def check_out_folder(out: Path) -> None:
    """A file is written only into a folder that exists. Making it would put the file on the
    device's own disk when the USB key meant to receive it is unplugged (`/media/usb/...`), and
    report success."""
    folder = Path(out).parent
    if not folder.is_dir():
        raise QuittanceError("out_folder_missing", path=str(out), folder=str(folder))


@contextmanager
def output_file(out: Path, mode: str = "w", **options: object) -> Iterator[IO]:
    """A file that appears whole or not at all: written beside `out` as `.NAME.part`, flushed to
    disk, then renamed over `out`. A disk that fills up halfway (a USB key) leaves no truncated
    export that someone would later take for the real one, and keeps an earlier export intact.
    A path that exists and is not a regular file (`/dev/stdout`, a pipe) is written straight."""
    out = Path(out)
    if out.exists() and not out.is_file():
        with out.open(mode, **options) as handle:
            yield handle
        return
    part = out.with_name(f".{out.name}.part")
    try:
        with part.open(mode, **options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _write(ledger: Ledger, sql: str, out: Path, fmt: str) -> int:
    out = Path(out)
    check_out_folder(out)
    cursor = ledger.store.db.execute(sql)
    columns = [c[0] for c in cursor.description]
    try:
        with output_file(out, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as handle:
            if fmt == "csv":
                return write_csv(handle, columns, cursor)
            return _write_geojson(handle, columns, cursor)
    except BrokenPipeError:
        # `--out /dev/stdout | head`: the reader has gone, as for any command piped into head. It
        # was the same pipe as stdout, so the summary line goes nowhere either.
        return 0
    except OSError as error:
        raise QuittanceError("file_error", path=str(out), detail=error.strerror or str(error)) from error


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """OWASP's CSV-injection rule: a text cell starting with = + - @ TAB or CR gets a leading
    apostrophe, which spreadsheets show as text and never evaluate. A phone such as +243... thus
    reads '+243... and stays a phone, not a sum. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(handle: IO[str], columns: Iterable[str], rows: Iterable[Iterable[object]]) -> int:
    """The header, then every row with its cells made safe (csv_cell); returns the rows written.
    The server's exports (sync/server/export.py) write through it too."""
    writer = csv.writer(handle)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
        count += 1
    return count


def _point(lat: object, lon: object) -> dict | None:
    """A GeoJSON Point [lon, lat], or None (null geometry) unless both are finite and in range."""
    if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in (lat, lon)):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"type": "Point", "coordinates": [lon, lat]}


def _finite_or_none(value: object) -> object:
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _write_geojson(handle, columns, cursor) -> int:
    """Streamed, so a 200,000-row export does not sit in memory. Rows without a position get a
    null geometry rather than being dropped: the export is complete."""
    handle.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for row in cursor:
        props = {key: _finite_or_none(value) for key, value in zip(columns, row)}
        geometry = _point(props.pop("latitude"), props.pop("longitude"))
        handle.write((",\n" if count else "") + json.dumps({"type": "Feature", "geometry": geometry,
                                                            "properties": props}, ensure_ascii=False,
                                                           allow_nan=False))
        count += 1
    handle.write("\n]}\n")
    return count


def export_taxpayers(ledger: Ledger, out: Path, fmt: str) -> int:
    return _write(ledger, _TAXPAYER_SQL, out, fmt)


def export_payments(ledger: Ledger, out: Path, fmt: str) -> int:
    return _write(ledger, _PAYMENT_SQL, out, fmt)
