"""The map view: a QGraphicsView whose scene is Web Mercator pixels at REF_ZOOM. Tiles are drawn
in the background, taxpayers, zones, the position and tools' overlays are scene items.

Zoom with the wheel, a pinch (two fingers, or a trackpad), or the +/- buttons; pan by dragging
with the mouse or a finger. A tap that did not move opens the taxpayer under it, zooms into a cluster, and is
always announced as `tapped(lon, lat)` for tools (the polygon drawing tool, for one).

The seam for tools: `lonlat_to_scene`, `scene_to_lonlat`, `tapped`, `add_overlay(item)`,
`remove_overlay(item)`, and `set_tool_active(True)` while a tool wants taps to itself."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QToolButton, QWidget

from core.map_points import MapPoint, ZoneOutline
from core.mbtiles import MBTiles
from core.webmercator import lonlat_to_pixel, metres_per_pixel, pixel_to_lonlat, world_size
from desktop.map.chrome import ScaleBar, attribution_label, count_label
from desktop.map.layers import PointsLayer, PositionItem, ZoneItem, cluster_level
from desktop.map.tiles import REF_ZOOM, TileLayer

MIN_ZOOM, MAX_ZOOM = 3.0, 20.0
TAP_SLOP_PX = 10  # a press and release closer than this is a tap, not a drag
BACKGROUND = QColor("#e8e4da")


class MapView(QGraphicsView):
    tapped = Signal(float, float)  # lon, lat
    taxpayerChosen = Signal(str)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_view")
        size = world_size(REF_ZOOM)
        self._scene = QGraphicsScene(QRectF(0, 0, size, size), self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # few, large items
        self.setScene(self._scene)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self._touch_start: QPointF | None = None
        self._touch_last: QPointF | None = None
        self._pinch: float | None = None
        self.tiles = TileLayer()
        self.points = PointsLayer()
        self._scene.addItem(self.points)
        self.zones: list[ZoneItem] = []
        self.position_item: PositionItem | None = None
        self.tool_active = False
        self._zoom = 14.0
        self._press: QPoint | None = None
        self.scale_bar = ScaleBar(self.viewport())
        self.attribution = attribution_label(self.viewport())
        self.count = count_label(self.viewport())
        self.zoom_in = self._zoom_button("+", "map_zoom_in", 1)
        self.zoom_out = self._zoom_button("−", "map_zoom_out", -1)
        self.extra_buttons: list[QWidget] = []  # placed under the zoom buttons (the screen's "my position")
        self.set_zoom(self._zoom)

    def _zoom_button(self, text: str, name: str, step: int) -> QToolButton:
        button = QToolButton(self.viewport())
        button.setObjectName(name)
        button.setText(text)
        button.setFixedSize(48, 48)
        button.setStyleSheet("font-size: 20pt; font-weight: 700; background: white; border: 1px solid #b0bec5;"
                             " border-radius: 6px; padding: 0; min-height: 0;")
        button.clicked.connect(lambda: self.set_zoom(round(self._zoom) + step))
        return button

    # -- the seam for tools --------------------------------------------------------------
    def lonlat_to_scene(self, lon: float, lat: float) -> QPointF:
        return QPointF(*lonlat_to_pixel(lon, lat, REF_ZOOM))

    def scene_to_lonlat(self, point: QPointF) -> tuple[float, float]:
        return pixel_to_lonlat(point.x(), point.y(), REF_ZOOM)

    def add_overlay(self, item: QGraphicsItem) -> None:
        if item.zValue() == 0:
            item.setZValue(50)  # above taxpayers and zones
        self._scene.addItem(item)

    def remove_overlay(self, item: QGraphicsItem) -> None:
        if item.scene() is self._scene:
            self._scene.removeItem(item)

    def set_tool_active(self, active: bool) -> None:
        """While a tool is active, taps go to it (tapped) and do not open taxpayers."""
        self.tool_active = active

    # -- content -------------------------------------------------------------------------
    def set_basemap(self, tileset: MBTiles | None) -> None:
        self.tiles.set_tileset(tileset)
        self.attribution.setText(tileset.info.attribution if tileset else "")
        self.attribution.setVisible(bool(tileset and tileset.info.attribution))
        for item in self.zones:  # a basemap names places itself; without one the zones say their names
            item.named = tileset is None
            item.set_emphasis(self.points.zone)
        self._place_chrome()
        self.viewport().update()

    def set_points(self, points: list[MapPoint]) -> None:
        self.points.set_points(points, self.lonlat_to_scene)

    def set_filter(self, zone: str | None, tax: str | None) -> None:
        self.points.set_filter(zone, tax)
        for item in self.zones:
            item.set_emphasis(zone)
        self.viewport().update()

    def set_zones(self, outlines: list[ZoneOutline]) -> None:
        for item in self.zones:
            self._scene.removeItem(item)
        self.zones = []
        for outline in outlines:
            path = QPainterPath()
            polygons = outline.geometry["coordinates"]
            if outline.geometry["type"] == "Polygon":
                polygons = [polygons]
            for polygon in polygons:
                for ring in polygon:
                    path.moveTo(self.lonlat_to_scene(*ring[0][:2]))
                    for lon, lat, *_ in ring[1:]:
                        path.lineTo(self.lonlat_to_scene(lon, lat))
                    path.closeSubpath()
            item = ZoneItem(outline.code, outline.name, path)
            item.named = self.tiles.tileset is None
            self._scene.addItem(item)
            self.zones.append(item)
        self.set_filter(self.points.zone, self.points.tax)

    def set_position(self, lon: float, lat: float, accuracy_m: float | None) -> None:
        if self.position_item is None:
            self.position_item = PositionItem()
            self._scene.addItem(self.position_item)
        resolution = metres_per_pixel(lat, REF_ZOOM)
        self.position_item.place(self.lonlat_to_scene(lon, lat), (accuracy_m or 0.0) / resolution)
        self.viewport().update()

    def clear_position(self) -> None:
        if self.position_item is not None:
            self._scene.removeItem(self.position_item)
            self.position_item = None

    # -- zoom and pan --------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the scene point under `anchor` (a viewport position) where it is."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        anchor = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        centre = self.mapToScene(self.viewport().rect().center())
        scale = 2.0 ** (zoom - REF_ZOOM)
        self.setTransform(QTransform.fromScale(scale, scale))
        # Keep the anchor's scene point under the anchor: the centre moves toward it by the
        # ratio of the scales.
        self.centerOn(before + (centre - before) * 2.0 ** (self._zoom - zoom))
        self._zoom = zoom
        self._after_view_change()
        self.zoomChanged.emit(zoom)

    def center_on_lonlat(self, lon: float, lat: float, zoom: float | None = None) -> None:
        if zoom is not None:
            self.set_zoom(zoom)
        self.centerOn(self.lonlat_to_scene(lon, lat))
        self._after_view_change()

    def center_lonlat(self) -> tuple[float, float]:
        return self.scene_to_lonlat(self.mapToScene(self.viewport().rect().center()))

    def fit_lonlat(self, west: float, south: float, east: float, north: float) -> None:
        """Show a box of the world as large as the viewport allows."""
        a, b = lonlat_to_pixel(west, north, 0), lonlat_to_pixel(east, south, 0)
        view = self.viewport().rect()
        width, height = max(1e-12, b[0] - a[0]), max(1e-12, b[1] - a[1])
        zoom = math.log2(min(max(view.width(), 200) / width, max(view.height(), 200) / height))
        self.center_on_lonlat((west + east) / 2, (south + north) / 2, math.floor(zoom * 4) / 4)

    def pan_by(self, dx: int, dy: int) -> None:
        """Move the map by a viewport distance (keys, tests and the benchmark)."""
        # Through the scroll bars: exact whole pixels (centerOn drifts half a pixel a call).
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)
        self._after_view_change()

    def _after_view_change(self) -> None:
        lat = self.center_lonlat()[1]
        self.scale_bar.set_resolution(metres_per_pixel(lat, self._zoom))
        self.zoom_in.setEnabled(self._zoom < MAX_ZOOM)
        self.zoom_out.setEnabled(self._zoom > MIN_ZOOM)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._after_view_change()

    def wheelEvent(self, event) -> None:  # noqa: ANN001
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self._zoom + steps * 0.5, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._touch(event)
            event.accept()
            return True
        if kind == QEvent.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.set_zoom(self._zoom + math.log2(1 + event.value()), event.position())  # a trackpad's pinch
            return True
        return super().viewportEvent(event)

    def _touch(self, event) -> None:  # noqa: ANN001 - QTouchEvent
        """One finger pans (a touch that did not move is a tap); two fingers pinch to zoom."""
        points = [p.position() for p in event.points()]
        if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            start, self._touch_start, self._touch_last, self._pinch = self._touch_start, None, None, None
            if (event.type() == QEvent.Type.TouchEnd and start is not None and points
                    and (points[0] - start).manhattanLength() <= TAP_SLOP_PX):
                self.tap(points[0].toPoint())
            return
        if len(points) >= 2:
            self._touch_start = None  # a pinch is never a tap
            distance = math.hypot(points[0].x() - points[1].x(), points[0].y() - points[1].y())
            middle = (points[0] + points[1]) / 2
            if self._pinch and distance > 0:
                self.set_zoom(self._zoom + math.log2(distance / self._pinch), middle)
            self._pinch = distance or None
            self._touch_last = None
            return
        self._pinch = None
        at = points[0]
        if event.type() == QEvent.Type.TouchBegin:
            self._touch_start = at
        if self._touch_last is not None:
            step = at - self._touch_last
            moved = QPoint(round(step.x()), round(step.y()))
            if not moved.isNull():
                self.pan_by(-moved.x(), -moved.y())
                at = self._touch_last + QPointF(moved)  # what is left of a pixel counts next time
        self._touch_last = at

    # -- taps ----------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is not None and (event.position().toPoint() - press).manhattanLength() <= TAP_SLOP_PX:
            self.tap(event.position().toPoint())

    def tap(self, at: QPoint) -> None:
        scene = self.mapToScene(at)
        self.tapped.emit(*self.scene_to_lonlat(scene))
        if self.tool_active:
            return
        hit = self.points.hit(scene, self._zoom)
        if hit is None:
            return
        if hit.taxpayer_id is not None:
            self.taxpayerChosen.emit(hit.taxpayer_id)
        else:  # a cluster: zoom in on it until it splits
            self.centerOn(QPointF(hit.x, hit.y))
            self.set_zoom(max(self._zoom + 2, cluster_level(self._zoom) + 2))

    # -- painting ------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, BACKGROUND)
        self.tiles.draw(painter, rect, self._zoom)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._place_chrome()
        self._after_view_change()

    def _place_chrome(self) -> None:
        view = self.viewport().rect()
        self.zoom_in.move(view.right() - 60, 12)
        self.zoom_out.move(view.right() - 60, 66)
        for index, extra in enumerate(self.extra_buttons):
            extra.move(view.right() - 60, 130 + 54 * index)
        self.scale_bar.resize(self.scale_bar.sizeHint())
        self.scale_bar.move(10, view.bottom() - self.scale_bar.height() - 8)
        self.count.adjustSize()
        self.count.move(10, 10)
        self.attribution.adjustSize()
        self.attribution.move(view.right() - self.attribution.width() - 4, view.bottom() - self.attribution.height() - 4)
