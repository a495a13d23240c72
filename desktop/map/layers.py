"""The map's drawn layers: taxpayers (clustered when zoomed out), zone outlines, the agent's
position. One item paints all the taxpayers, culled to what is exposed, because 10,000 scene
items would make every pan slow; its clusters are made once per zoom level and filter."""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem,
                               QStyleOptionGraphicsItem, QWidget)

from core.map_points import STATUSES, MapPoint
from desktop.map.tiles import REF_ZOOM

STATUS_COLOURS = {"paid": QColor("#2e7d32"), "partly_paid": QColor("#f9a825"), "in_arrears": QColor("#c62828"),
                  "never_assessed": QColor("#8d8d8d")}
CLUSTER_CELL_PX = 64  # grid cell on screen: points closer than this merge when zoomed out
CLUSTER_UNTIL = 16  # from this zoom on every taxpayer is its own dot
POINT_RADIUS_PX = 7
HIT_RADIUS_PX = 16  # a finger, not a mouse pointer


@dataclass
class Cluster:
    x: float  # scene
    y: float
    counts: list[int]  # per STATUSES
    taxpayer_id: str | None  # when it is one taxpayer

    @property
    def count(self) -> int:
        return sum(self.counts)


def cluster_level(zoom: float) -> int:
    return min(CLUSTER_UNTIL, int(math.floor(zoom)))


class PointsLayer(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(20)
        self._points: list[tuple[float, float, int, str, str | None, frozenset[str]]] = []
        self._bounds = QRectF()
        self.zone: str | None = None
        self.tax: str | None = None
        self._clusters: dict[int, tuple[list[float], list[Cluster]]] = {}
        self.font = QFont()
        self.font.setBold(True)
        self._glyphs: dict[tuple, QPixmap] = {}

    # -- data ----------------------------------------------------------------------------
    def set_points(self, points: list[MapPoint], to_scene) -> None:  # noqa: ANN001 - lon/lat -> QPointF
        self.prepareGeometryChange()
        self._points = []
        for p in points:
            at = to_scene(p.longitude, p.latitude)
            self._points.append((at.x(), at.y(), STATUSES.index(p.status), p.taxpayer_id, p.zone_code, p.taxes))
        xs = [p[0] for p in self._points]
        ys = [p[1] for p in self._points]
        self._bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)) if xs else QRectF()
        self._clusters.clear()
        self.update()

    def set_filter(self, zone: str | None, tax: str | None) -> None:
        self.zone, self.tax = zone, tax
        self._clusters.clear()
        self.update()

    def visible_points(self) -> list[tuple[float, float, int, str, str | None, frozenset[str]]]:
        return [p for p in self._points if (self.zone is None or p[4] == self.zone)
                and (self.tax is None or self.tax in p[5])]

    def clusters(self, level: int) -> tuple[list[float], list[Cluster]]:
        """The clusters at a zoom level, sorted by x (with their xs, for culling by bisection)."""
        if level not in self._clusters:
            cell = CLUSTER_CELL_PX * 2.0 ** (REF_ZOOM - level)
            groups: dict[tuple[int, int], list] = {}
            for point in self.visible_points():
                key = (int(point[0] // cell), int(point[1] // cell)) if level < CLUSTER_UNTIL else (id(point), 0)
                groups.setdefault(key, []).append(point)
            made = []
            for members in groups.values():
                counts = [0] * len(STATUSES)
                for member in members:
                    counts[member[2]] += 1
                x = sum(m[0] for m in members) / len(members)
                y = sum(m[1] for m in members) / len(members)
                made.append(Cluster(x, y, counts, members[0][3] if len(members) == 1 else None))
            made.sort(key=lambda c: c.x)
            self._clusters[level] = ([c.x for c in made], made)
        return self._clusters[level]

    def hit(self, scene: QPointF, zoom: float) -> Cluster | None:
        """The cluster or taxpayer under a tap: the nearest within a finger's reach."""
        radius = HIT_RADIUS_PX * 2.0 ** (REF_ZOOM - zoom)
        xs, made = self.clusters(cluster_level(zoom))
        best, best_d = None, radius
        for c in made[bisect.bisect_left(xs, scene.x() - radius):bisect.bisect_right(xs, scene.x() + radius)]:
            d = math.hypot(c.x - scene.x(), c.y - scene.y())
            if d <= best_d:
                best, best_d = c, d
        return best

    # -- painting ------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        margin = 2 ** (REF_ZOOM - 8) * 40  # the biggest cluster disc, in scene units, when zoomed far out
        return self._bounds.adjusted(-margin, -margin, margin, margin)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        zoom = REF_ZOOM + math.log2(max(1e-9, transform.m11()))
        exposed = option.exposedRect
        xs, made = self.clusters(cluster_level(zoom))
        margin = 40 / transform.m11()
        shown = [c for c in made[bisect.bisect_left(xs, exposed.left() - margin):
                                 bisect.bisect_right(xs, exposed.right() + margin)]
                 if exposed.top() - margin <= c.y <= exposed.bottom() + margin]
        painter.save()
        painter.resetTransform()  # dots keep their size on screen
        # Every dot and cluster is a small picture drawn once and then copied: drawing pies and
        # text for a hundred clusters on every frame of a pan cost 20-40 ms.
        for c in shown:
            glyph = self._glyph(c)
            at = transform.map(QPointF(c.x, c.y))
            painter.drawPixmap(QPointF(at.x() - glyph.width() / 2, at.y() - glyph.height() / 2), glyph)
        painter.restore()

    def _glyph(self, cluster: Cluster) -> QPixmap:
        count = cluster.count
        if count == 1:
            key: tuple = (next(i for i, n in enumerate(cluster.counts) if n),)
        else:  # shares to the nearest 1/12 of the ring: hardly visible, and far fewer pictures
            key = (count, *(round(12 * n / count) for n in cluster.counts))
        glyph = self._glyphs.get(key)
        if glyph is None:
            if len(self._glyphs) > 5_000:
                self._glyphs.clear()
            glyph = self._glyphs[key] = self._draw_glyph(cluster)
        return glyph

    def _draw_glyph(self, cluster: Cluster) -> QPixmap:
        radius = POINT_RADIUS_PX if cluster.count == 1 else 13 + 4 * math.log10(cluster.count)
        side = int(2 * radius + 4)
        glyph = QPixmap(side, side)
        glyph.fill(Qt.GlobalColor.transparent)
        painter = QPainter(glyph)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        at = QPointF(side / 2, side / 2)
        if cluster.count == 1:
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(STATUS_COLOURS[STATUSES[next(i for i, n in enumerate(cluster.counts) if n)]])
            painter.drawEllipse(at, radius, radius)
        else:
            painter.setFont(self.font)
            self._paint_cluster(painter, at, cluster, radius)
        painter.end()
        return glyph

    def _paint_cluster(self, painter: QPainter, at: QPointF, cluster: Cluster, radius: float) -> None:
        box = QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
        painter.setPen(Qt.PenStyle.NoPen)
        start = 90 * 16
        for index, status in enumerate(STATUSES):  # a ring of the statuses' shares
            if cluster.counts[index]:
                span = round(-360 * 16 * cluster.counts[index] / cluster.count)
                painter.setBrush(STATUS_COLOURS[status])
                painter.drawPie(box, start, span)
                start += span
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawEllipse(at, radius - 4, radius - 4)
        painter.setPen(QColor("#263238"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(cluster.count))


class ZoneItem(QGraphicsPathItem):
    """A zone's outline; the chosen zone (filter) is drawn stronger, the others fade."""

    def __init__(self, code: str, name: str, path: QPainterPath) -> None:
        super().__init__(path)
        self.code = code
        self.setZValue(10)
        self.label = QGraphicsSimpleTextItem(name, self)
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        font = QFont()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setBrush(QColor("#37474f"))
        self.label.setPos(path.boundingRect().center())
        box = self.label.boundingRect()  # centred on the zone, in screen pixels (it ignores zoom)
        self.label.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() / 2))
        self.named = True  # off when the basemap writes the zones' names itself
        self.set_emphasis(None)

    def set_emphasis(self, chosen: str | None) -> None:
        strong = chosen is None or chosen == self.code
        pen = QPen(QColor("#1565c0") if strong else QColor("#90a4ae"), 3 if chosen == self.code else 2)
        pen.setCosmetic(True)  # the same width at every zoom
        self.setPen(pen)
        self.setBrush(QBrush(QColor(21, 101, 192, 28 if chosen == self.code else 0)))
        self.label.setVisible(strong and self.named)


class PositionItem(QGraphicsEllipseItem):
    """The agent's position: a dot, and a circle as wide as the fix's accuracy on the ground."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(30)
        pen = QPen(QColor("#1976d2"), 1.5)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(QColor(25, 118, 210, 50))
        self.dot = QGraphicsEllipseItem(-7, -7, 14, 14, self)
        self.dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.dot.setBrush(QColor("#1976d2"))
        self.dot.setPen(QPen(QColor("white"), 2.5))

    def place(self, centre: QPointF, radius_scene: float) -> None:
        self.setPos(centre)
        self.setRect(QRectF(-radius_scene, -radius_scene, 2 * radius_scene, 2 * radius_scene))
