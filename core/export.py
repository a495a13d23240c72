"""Export taxpayers or payments as CSV, and the map layers (core/gis_layers.py: taxpayers,
payments, buildings, census submissions) as GeoJSON or GeoPackage.

CSV is what a supervisor opens in a spreadsheet, so it is written for one: UTF-8 with a BOM (Excel
otherwise reads the accents as Windows-1252), and no text cell a spreadsheet would evaluate as a
formula (OWASP's rule). GeoJSON is strict RFC 7946 (core/geojson.py: finite [lon, lat] numbers,
never NaN, no crs, polygons by the right-hand rule). GeoPackage is OGC's SQLite layout for GIS
(core/gpkg.py), which QGIS opens fastest; text stays text in both, formulas included, as GIS
tools never evaluate a cell.

Whatever the format, the file appears whole or not at all (output_file; a GeoPackage is built in
memory first)."""
from __future__ import annotations

import csv
import os
from contextlib import contextmanager
from pathlib import Path
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Iterable, Iterator

from core import geojson
from core.errors import QuittanceError

if TYPE_CHECKING:  # for the hints only: the server writes through this module and never opens a device's store
    from core.service import Ledger

_TAXPAYER_SQL = """
    SELECT t.id, t.kind, t.name, t.business_name, t.id_number, t.phone, z.code AS zone_code, z.name AS zone,
           t.address, t.latitude, t.longitude, t.accuracy_m, t.location_source, t.fix_time, t.status, t.version
    FROM taxpayers t LEFT JOIN zones z ON z.id = t.zone_id ORDER BY t.num
"""
PAYMENT_SQL = """
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
    unnamed = _unnamed_file(out.parent)
    if unnamed is not None:
        # Written with no name until whole: an export killed halfway (power cut, SIGKILL) leaves
        # no file of taxpayers' names behind; the kernel frees it with the last descriptor.
        with os.fdopen(unnamed, mode, **options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            part.unlink(missing_ok=True)
            folder = os.open(out.parent, os.O_RDONLY)
            try:  # a dir_fd makes Python call linkat(AT_SYMLINK_FOLLOW): link the file, not /proc's link
                os.link(f"/proc/self/fd/{handle.fileno()}", part, src_dir_fd=folder, follow_symlinks=True)
            finally:
                os.close(folder)
        os.replace(part, out)
        return
    try:
        with part.open(mode, **options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _unnamed_file(folder: Path) -> int | None:
    """A file with no name in `folder` (Linux O_TMPFILE), or None where the system or the file
    system has none (Windows, a FAT-formatted USB key): then the named `.part` file is used."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, 0o600)
    except OSError:
        return None


def _write(ledger: Ledger, sql: str, out: Path, fmt: str) -> int:
    out = Path(out)
    check_out_folder(out)
    cursor = ledger.store.db.execute(sql)
    columns = [c[0] for c in cursor.description]
    try:
        with output_file(out, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as handle:
            return write_csv(handle, columns, cursor)
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


def export_taxpayers(ledger: Ledger, out: Path, fmt: str) -> int:
    if fmt != "csv":
        return export_map(ledger, "taxpayers", fmt, out).features
    return _journaled(ledger, "taxpayers", fmt, _write(ledger, _TAXPAYER_SQL, out, fmt))


def export_payments(ledger: Ledger, out: Path, fmt: str) -> int:
    if fmt != "csv":
        return export_map(ledger, "payments", fmt, out).features
    return _journaled(ledger, "payments", fmt, _write(ledger, PAYMENT_SQL, out, fmt))


def _journaled(ledger: Ledger, what: str, fmt: str, rows: int) -> int:
    """An export of personal data leaves the device: the technical journal says what, in which
    format and how many rows, never where to or what was in it."""
    ledger.journal_quietly("export", {"what": what, "format": fmt, "rows": rows})
    return rows


# -- map layers: GeoJSON and GeoPackage ------------------------------------------------------------
MAP_FORMATS = ("geojson", "gpkg")


@dataclass(frozen=True)
class MapExport:
    what: str
    format: str
    out: str
    features: int
    skipped: int  # rows left out of the layer (buildings without a polygon)
    layers: dict[str, int]  # layer name -> features


def export_map(ledger: Ledger, what: str, fmt: str, out: Path, year: int | None = None) -> MapExport:
    """Write the `what` layers (core.gis_layers.WHAT) as GeoJSON (one FeatureCollection) or as a
    GeoPackage (one table a layer); `year` is the year taxpayers' standing is counted for
    (default: this year in the municipality)."""
    from core import gis_layers
    from core.gpkg import GeoPackage

    if fmt not in MAP_FORMATS:
        raise QuittanceError("export_format_unfit", what=what, format=fmt, formats="geojson, gpkg")
    out = Path(out)
    check_out_folder(out)
    data = gis_layers.layers(ledger, what, year or ledger.today().year)
    counts: dict[str, int] = {}
    try:
        if fmt == "geojson":
            with output_file(out, "w", encoding="utf-8", newline="") as handle:
                total = geojson.write_collection(handle, _counted(data, counts))
        else:
            if out.exists() and not out.is_file():  # a pipe, /dev/stdout: cannot hold a database
                raise QuittanceError("export_not_a_file", path=str(out))
            # Built in memory, then written with no name until whole (output_file): a GeoPackage
            # killed halfway leaves no file of personal data, as the other formats.
            with GeoPackage() as package:
                for layer in data:
                    counts[layer.layer.name] = package.write_layer(layer.layer, layer.features).features
                total = sum(counts.values())
                image = package.to_bytes()
            with output_file(out, "wb") as handle:
                handle.write(image)
            del image
    except BrokenPipeError:
        return MapExport(what, fmt, str(out), 0, 0, {})  # `--out /dev/stdout | head`, as _write
    except OSError as error:
        raise QuittanceError("file_error", path=str(out), detail=error.strerror or str(error)) from error
    _journaled(ledger, what, fmt, total)
    return MapExport(what, fmt, str(out), total, sum(layer.skipped[0] for layer in data), counts)


def _counted(data: list, counts: dict[str, int]) -> Iterator[tuple]:
    """Every layer's features in one stream, counting each layer's as they go by."""
    for layer in data:
        counts[layer.layer.name] = 0
        for feature in layer.properties():
            counts[layer.layer.name] += 1
            yield feature
