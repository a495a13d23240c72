"""Draws basemap tiles under the map: the tiles of the zoom nearest the view's, scaled to the
scene (scene units are Web Mercator pixels at REF_ZOOM). Beyond the basemap's deepest zoom the
deepest tiles are stretched (overzoom); decoded tiles are kept in a small LRU cache."""
from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPixmap

from core.mbtiles import MBTiles
from core.webmercator import TILE_SIZE

REF_ZOOM = 18  # scene coordinates: global pixels at this zoom
CACHE_TILES = 384  # about 25 MB of decoded 256x256 tiles: several screens' worth at two zooms


class TileLayer:
    def __init__(self) -> None:
        self.tileset: MBTiles | None = None
        self._cache: OrderedDict[tuple[int, int, int], QPixmap | None] = OrderedDict()

    def set_tileset(self, tileset: MBTiles | None) -> None:
        if self.tileset is not None and self.tileset is not tileset:
            self.tileset.close()
        self.tileset = tileset
        self._cache.clear()

    def tile_zoom(self, zoom: float) -> int:
        info = self.tileset.info  # type: ignore[union-attr]
        return max(info.minzoom, min(info.maxzoom, int(math.floor(zoom + 0.5))))

    def pixmap(self, z: int, x: int, y: int) -> QPixmap | None:
        key = (z, x, y)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        data = self.tileset.tile(z, x, y) if self.tileset else None
        image = None
        if data:
            image = QPixmap()
            if not image.loadFromData(data):
                image = None
        self._cache[key] = image
        if len(self._cache) > CACHE_TILES:
            self._cache.popitem(last=False)
        return image

    def draw(self, painter: QPainter, rect: QRectF, zoom: float) -> None:
        """Paint the tiles covering the scene `rect` for a view at `zoom`."""
        if self.tileset is None:
            return
        z = self.tile_zoom(zoom)
        span = TILE_SIZE * 2.0 ** (REF_ZOOM - z)  # one tile's size in scene units
        last = 2 ** z - 1
        x0, x1 = max(0, int(rect.left() // span)), min(last, int(rect.right() // span))
        y0, y1 = max(0, int(rect.top() // span)), min(last, int(rect.bottom() // span))
        # Stretched tiles (between zooms, or beyond the deepest) are scaled without smoothing:
        # smoothing doubled the frame time and the flat colours of basemaps hardly show it.
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                image = self.pixmap(z, x, y)
                if image is not None:
                    painter.drawPixmap(QRectF(x * span, y * span, span, span), image,
                                       QRectF(0, 0, image.width(), image.height()))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)

