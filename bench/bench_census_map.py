"""The offline map (issue 12): frame time while panning over 10,000 taxpayers on the drawn demo
basemap, offscreen. A frame is the synchronous repaint of the map's viewport after one pan step
(tiles, zone outlines, dots or clusters); the target is 60 frames a second, p95 <= 16 ms."""
from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.harness import Row, ms, summary  # noqa: E402

POINTS = 10_000
STEPS = 240
STEP_PX = 24


def _points(count: int) -> list:
    from core.map_points import STATUSES, MapPoint
    from core.seed import DEFAULT_BBOX, ZONES

    rng = random.Random(12)
    min_lat, min_lon, max_lat, max_lon = DEFAULT_BBOX
    return [MapPoint(f"t{i}", f"Taxpayer {i}", rng.uniform(min_lat, max_lat), rng.uniform(min_lon, max_lon),
                     rng.choice(ZONES)[0], rng.choice(STATUSES), 0, frozenset({"IFO"})) for i in range(count)]


def _pan_frames(view, app, zoom: float) -> list[float]:  # noqa: ANN001
    view.center_on_lonlat(22.425, -5.9, zoom)
    app.processEvents()
    view.viewport().repaint()  # the first frame at a zoom makes its clusters and decodes its tiles
    samples = []
    for step in range(STEPS):
        direction = 1 if (step // 40) % 2 == 0 else -1  # back and forth, so it stays over the town
        view.pan_by(STEP_PX * direction, (STEP_PX // 2) * direction)
        start = time.perf_counter()
        view.viewport().repaint()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def run() -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from core.demo import demo_zone_geometries
    from core.map_points import ZoneOutline
    from core.mbtiles import MBTiles
    from desktop.map.view import MapView
    from resources.demo.make_tiles import make_tiles

    app = QApplication.instance() or QApplication([])
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        tiles = make_tiles(Path(folder) / "demo.mbtiles")
        rows.append(("Drawing the demo basemap (zooms 12-16)", ms((time.perf_counter() - start) * 1000), "-"))
        view = MapView()
        view.resize(880, 480)  # the map's share of a 1024x600 window
        view.show()
        view.set_basemap(MBTiles(tiles))
        view.set_zones([ZoneOutline(code, code, code, geometry) for code, geometry in demo_zone_geometries().items()])
        points = _points(POINTS)
        start = time.perf_counter()
        view.set_points(points)
        rows.append((f"Loading {POINTS:,} points into the map", ms((time.perf_counter() - start) * 1000), "-"))
        for zoom, what in ((13.0, "clusters"), (15.0, "clusters"), (16.5, "every dot")):
            median, p95 = summary(_pan_frames(view, app, zoom))
            rows.append((f"Pan frame, {POINTS:,} points, zoom {zoom:g} ({what}) (median / p95)",
                         f"{ms(median)} / {ms(p95)}", "p95 <= 16 ms"))
        view.set_basemap(None)
        view.close()
    return rows


if __name__ == "__main__":
    from bench.harness import print_table

    print_table("Census: the offline map (issue 12)", run())
