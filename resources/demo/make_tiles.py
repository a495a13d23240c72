"""Draws the demo basemap of Kananga with QPainter into an MBTiles file: never downloaded.

A pale background, the demo zones (resources/demo/zones.geojson) as coloured areas with their
names, a river and a few streets, as 256x256 PNG tiles over core.seed.DEFAULT_BBOX. Made at demo
set-up (`make run`, desktop/cli.py) into the device's basemaps folder; zooms above `maxzoom` are
drawn by the map from the deepest tile (overzoom).

    python -m resources.demo.make_tiles OUT.mbtiles [--minzoom 12] [--maxzoom 16]
"""
from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

from core.seed import DEFAULT_BBOX
from core.webmercator import TILE_SIZE, lonlat_to_pixel, lonlat_to_tile, xyz_to_tms_row

ZONES_FILE = Path(__file__).resolve().parent / "zones.geojson"
ATTRIBUTION = "© Quittance demo (drawn)"
NAME = "Kananga (démo)"
BACKGROUND = QColor("#efe9dc")
ZONE_COLOURS = ["#f6d8a8", "#cfe3c1", "#d9d2ec", "#f4c9c3", "#c6dfe8", "#efe2a9", "#d8e6cf", "#ead0e3"]
# The Lulua-like river and the streets are made up; lon/lat polylines across the demo area.
RIVER = [(22.355, -5.872), (22.378, -5.879), (22.392, -5.893), (22.398, -5.912), (22.415, -5.931),
         (22.44, -5.941), (22.47, -5.949), (22.495, -5.958)]
STREETS = [
    [(22.36, -5.9), (22.49, -5.899)],  # boulevard Lumumba, east-west
    [(22.417, -5.84), (22.418, -5.96)],  # avenue de la Mission, north-south
    [(22.37, -5.86), (22.43, -5.875), (22.48, -5.88)],
    [(22.38, -5.95), (22.44, -5.918), (22.485, -5.91)],
    [(22.45, -5.845), (22.452, -5.955)],
]


def zone_features(path: Path = ZONES_FILE) -> list[tuple[str, str, list[tuple[float, float]]]]:
    """(code, name, outer ring as lon/lat) per zone of the demo file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(f["properties"]["code"], f["properties"].get("name", f["properties"]["code"]),
             [(float(x), float(y)) for x, y in f["geometry"]["coordinates"][0]]) for f in data["features"]]


def _polygon(points: list[tuple[float, float]], zoom: int) -> QPolygonF:
    return QPolygonF([QPointF(*lonlat_to_pixel(lon, lat, zoom)) for lon, lat in points])


def draw_tile(zoom: int, x: int, y: int, zones: list) -> QImage:
    image = QImage(TILE_SIZE, TILE_SIZE, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-x * TILE_SIZE, -y * TILE_SIZE)  # draw in global pixels: tiles join seamlessly
    scale = 2 ** (zoom - 12)
    for index, (_code, _name, ring) in enumerate(zones):
        painter.setPen(QPen(QColor("#8a7f6a"), 1.0 + 0.3 * (zoom - 12), Qt.PenStyle.DashLine))
        painter.setBrush(QColor(ZONE_COLOURS[index % len(ZONE_COLOURS)]))
        painter.drawPolygon(_polygon(ring, zoom))
    river = QPainterPath()
    river.addPolygon(_polygon(RIVER, zoom))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#7fb2d9"), max(2.0, 1.5 * scale), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(river)
    for street in STREETS:
        line = _polygon(street, zoom)
        painter.setPen(QPen(QColor("#b9ad96"), max(2.0, 0.6 * scale) + 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPolyline(line)
        painter.setPen(QPen(QColor("#ffffff"), max(1.0, 0.6 * scale), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPolyline(line)
    if zoom >= 13:
        font = QFont("DejaVu Sans", 9 + min(5, 2 * (zoom - 13)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#5b5243"))
        for _code, name, ring in zones:
            centre = _polygon(ring, zoom).boundingRect().center()
            painter.drawText(QRectF(centre.x() - 150, centre.y() - 20, 300, 40), Qt.AlignmentFlag.AlignCenter, name)
    painter.end()
    return image


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def make_tiles(out: str | Path, minzoom: int = 12, maxzoom: int = 16) -> Path:
    """Write the demo tileset to `out` (replacing it) and return its path."""
    if QGuiApplication.instance() is None:  # text needs a GUI application (offscreen is enough)
        # A QApplication, not a bare QGuiApplication: the app started after this needs widgets.
        from PySide6.QtWidgets import QApplication

        make_tiles._app = QApplication([])  # type: ignore[attr-defined]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    zones = zone_features()
    min_lat, min_lon, max_lat, max_lon = DEFAULT_BBOX
    conn = sqlite3.connect(partial)
    with conn:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        conn.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
        conn.executemany("INSERT INTO metadata VALUES (?, ?)", [
            ("name", NAME), ("attribution", ATTRIBUTION), ("format", "png"), ("type", "baselayer"),
            ("version", "1"), ("minzoom", str(minzoom)), ("maxzoom", str(maxzoom)),
            ("bounds", f"{min_lon},{min_lat},{max_lon},{max_lat}"),
            ("center", f"{(min_lon + max_lon) / 2},{(min_lat + max_lat) / 2},14"),
            ("description", "Made-up map of the demo area, drawn by Quittance")])
        for zoom in range(minzoom, maxzoom + 1):
            x0, y0 = lonlat_to_tile(min_lon, max_lat, zoom)
            x1, y1 = lonlat_to_tile(max_lon, min_lat, zoom)
            conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                             [(zoom, x, xyz_to_tms_row(y, zoom), _png(draw_tile(zoom, x, y, zones)))
                              for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)])
    conn.close()
    partial.replace(out)  # never a half-written basemap under the real name
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--minzoom", type=int, default=12)
    parser.add_argument("--maxzoom", type=int, default=16)
    args = parser.parse_args()
    print(make_tiles(args.out, args.minzoom, args.maxzoom))
