"""The demo basemap is drawn by us (resources/demo/make_tiles.py), never downloaded: a valid
MBTiles with its attribution, whose tiles show the demo zones where they are."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from core import basemaps
from core.mbtiles import MBTiles
from core.webmercator import TILE_SIZE, lonlat_to_pixel
from desktop.map.demo import ensure_demo_basemap
from resources.demo.make_tiles import ZONE_COLOURS, zone_features

INSIDE_KATOKA = (22.435, -5.91)


def test_the_demo_basemap_is_drawn_at_demo_set_up(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = ensure_demo_basemap(tmp_path / "demo.db")
    assert path == basemaps.folder_for(tmp_path / "demo.db") / basemaps.DEMO_FILE
    made = path.stat().st_mtime_ns
    assert ensure_demo_basemap(tmp_path / "demo.db") == path and path.stat().st_mtime_ns == made  # once
    [listed] = basemaps.list_basemaps(path.parent)
    assert listed.info.attribution == "© Quittance demo (drawn)" and (listed.info.minzoom, listed.info.maxzoom) == (12, 16)
    codes = [code for code, _name, _ring in zone_features()]
    katoka = ZONE_COLOURS[codes.index("KAT")]
    with MBTiles(path) as tiles:
        x, y = lonlat_to_pixel(*INSIDE_KATOKA, 14)
        image = QImage.fromData(tiles.tile(14, int(x // TILE_SIZE), int(y // TILE_SIZE)))
        assert image.width() == TILE_SIZE
        assert image.pixelColor(int(x % TILE_SIZE), int(y % TILE_SIZE)).name() == katoka
