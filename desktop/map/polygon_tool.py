"""Drawing a property's outline on the map, for a taxable object (a building, a plot).

Two ways to place vertices, mixed freely: tap the map (the MapView's `tapped(lon, lat)`), or
walk to the corner and capture it with the receiver (each walked vertex is an averaged GNSS
point, core/gnss_average.py, the `gps` setting's average_count fixes). Vertices are handles that
can be dragged; "Undo" takes back the last change (a vertex added or moved). The geodesic area
(core/geometry.py, WGS84) is shown live. A side that would cross another is refused where it
happens, with the reason under the map: a tap that would cross is not added, a drag that would
cross springs back, and an outline whose closing side crosses cannot be saved until fixed.
Saving records a `taxable_object.shaped` event through the ledger, off the UI thread.

The tool only uses the map's seam (lonlat_to_scene, scene_to_lonlat, tapped, add_overlay,
remove_overlay, set_tool_active), so any QGraphicsView offering it will do."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGridLayout,
                               QSizePolicy, QStyleOptionGraphicsItem, QWidget)

from core.errors import QuittanceError
from core.gnss_average import PointAverager
from desktop.map.outline_draft import OutlineDraft
from desktop.gnss.capture import Fix, PositionCapture, gps_settings
from desktop.widgets import Card, button, label

HANDLE_RADIUS = 12  # drawn, in screen pixels whatever the zoom
HANDLE_TOUCH = 22  # the finger's target: 44 px across
OUTLINE = QColor("#6a1b9a")
FILL = QColor(106, 27, 154, 60)
REFUSED = QColor("#c62828")
PANEL_WIDTH = 360


class VertexHandle(QGraphicsEllipseItem):
    """A vertex the finger can drag; its size stays the same at every zoom."""

    def __init__(self, tool: "PolygonTool", index: int, at: QPointF) -> None:
        super().__init__(-HANDLE_RADIUS, -HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS)
        self.tool, self.index = tool, index
        self.setPos(at)
        self.setZValue(60)
        self.setBrush(QBrush(QColor("white")))
        self.setPen(QPen(OUTLINE, 3))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self._pressed_at: QPointF | None = None

    def boundingRect(self) -> QRectF:
        return QRectF(-HANDLE_TOUCH, -HANDLE_TOUCH, 2 * HANDLE_TOUCH, 2 * HANDLE_TOUCH)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self.boundingRect())
        return path

    def paint(self, painter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # noqa: ANN001
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawEllipse(self.rect())

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        self._pressed_at = self.pos()
        super().mousePressEvent(event)
        event.accept()  # the view must not start panning under a vertex

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001
        super().mouseMoveEvent(event)
        self.tool.handle_dragging(self)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        super().mouseReleaseEvent(event)
        if self._pressed_at is not None and self.pos() != self._pressed_at:
            self.tool.handle_dropped(self, self._pressed_at)
        self._pressed_at = None


class PolygonTool(QObject):
    """The outline's logic on the map: taps, handles, walked vertices, live area, saving."""
    changed = Signal()
    message = Signal(str)  # a refusal or a problem to show inline; "" clears it
    saved = Signal(str)  # the object id
    walking = Signal(int, int)  # fixes collected, fixes wanted (0, 0: not walking)

    def __init__(self, view, lang: Callable[[], str], parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.view = view
        self.lang = lang
        self.draft = OutlineDraft()
        self.object_id: str | None = None
        self.active = False
        self.outline = QGraphicsPathItem()
        self.outline.setZValue(55)
        self.handles: list[VertexHandle] = []
        self.capture: PositionCapture | None = None
        self.averager: PointAverager | None = None

    # -- lifecycle -----------------------------------------------------------------------
    def start(self, object_id: str | None, existing: dict[str, Any] | None = None) -> None:
        """Draw for `object_id`, from its current outline (a GeoJSON Polygon) when it has one."""
        self.object_id = object_id
        ring = [tuple(p) for p in existing["coordinates"][0][:-1]] if existing else []
        self.draft = OutlineDraft(ring)
        if not self.active:
            self.view.tapped.connect(self.tapped)
            self.view.add_overlay(self.outline)
            self.view.set_tool_active(True)
            self.active = True
        self._redraw()

    def stop(self) -> None:
        self.stop_walking()
        if self.active:
            self.view.tapped.disconnect(self.tapped)
            self.view.set_tool_active(False)
            self.view.remove_overlay(self.outline)
            for handle in self.handles:
                self.view.remove_overlay(handle)
            self.handles = []
            self.active = False
        self.message.emit("")

    # -- vertices ------------------------------------------------------------------------
    def _refused(self, error: QuittanceError) -> None:
        self.message.emit(error.message(self.lang()))

    def tapped(self, lon: float, lat: float) -> None:
        if self._on_a_handle(lon, lat):
            return  # a tap on a vertex is the start of a drag, not a new vertex
        self.add_vertex(lon, lat)

    def add_vertex(self, lon: float, lat: float) -> bool:
        try:
            self.draft.add(round(lon, 7), round(lat, 7))
        except QuittanceError as error:
            self._refused(error)
            self._redraw(refused=True)
            return False
        self._redraw()
        return True

    def _on_a_handle(self, lon: float, lat: float) -> bool:
        at = self.view.mapFromScene(self.view.lonlat_to_scene(lon, lat))
        for handle in self.handles:
            if (self.view.mapFromScene(handle.pos()) - at).manhattanLength() <= HANDLE_TOUCH:
                return True
        return False

    def handle_dragging(self, handle: VertexHandle) -> None:
        """While a finger drags a vertex, the outline follows (not yet checked, not yet kept)."""
        points = [self.view.lonlat_to_scene(*v) for v in self.draft.vertices]
        points[handle.index] = handle.pos()
        self._draw_path(points)

    def handle_dropped(self, handle: VertexHandle, origin: QPointF) -> None:
        lon, lat = self.view.scene_to_lonlat(handle.pos())
        self.move_vertex(handle.index, lon, lat)

    def move_vertex(self, index: int, lon: float, lat: float) -> bool:
        try:
            self.draft.move(index, round(lon, 7), round(lat, 7))
        except QuittanceError as error:
            self._refused(error)
            self._redraw(refused=True)  # the vertex springs back
            return False
        self._redraw()
        return True

    def undo(self) -> None:
        if self.draft.undo():
            self._redraw()

    # -- walking -------------------------------------------------------------------------
    def walk_vertex(self, settings: dict[str, Any]) -> None:
        """Capture the corner the agent stands on: N fixes averaged, then added as a vertex."""
        self.stop_walking()
        settings = gps_settings(settings)
        try:
            count = max(1, min(600, int(settings["average_count"])))
        except (TypeError, ValueError):
            count = 1
        self.averager = PointAverager(count)
        self.capture = PositionCapture(self)
        self.capture.fixed.connect(self._walked_fix)
        self.capture.failed.connect(self._walk_failed)
        self.capture.ended.connect(self._walk_ended)
        self.walking.emit(0, count)
        self.capture.start(settings)

    def _walked_fix(self, fix: Fix) -> None:
        if self.averager is None:
            return
        done = self.averager.add_point(fix.latitude, fix.longitude, fix.accuracy_m)
        self.walking.emit(len(self.averager.fixes), self.averager.count)
        if done:
            self._walk_done()

    def _walk_ended(self) -> None:
        if self.averager is not None and self.averager.fixes:
            self._walk_done()  # the log ran out: the mean of what came
        else:
            self.stop_walking()

    def _walk_done(self) -> None:
        point = self.averager.result()
        self.stop_walking()
        self.add_vertex(point.longitude, point.latitude)

    def _walk_failed(self, text: str) -> None:
        self.stop_walking()
        self.message.emit(text)

    def stop_walking(self) -> None:
        if self.capture is not None:
            self.capture.stop()
            self.capture.deleteLater()
        was = self.averager is not None
        self.capture, self.averager = None, None
        if was:
            self.walking.emit(0, 0)

    @property
    def is_walking(self) -> bool:
        return self.averager is not None

    # -- drawing -------------------------------------------------------------------------
    def _draw_path(self, points: list[QPointF], refused: bool = False) -> None:
        path = QPainterPath()
        if points:
            path.moveTo(points[0])
            for point in points[1:]:
                path.lineTo(point)
            if len(points) >= 3:
                path.closeSubpath()
        self.outline.setPath(path)
        pen = QPen(REFUSED if refused else OUTLINE, 3)
        pen.setCosmetic(True)  # the same width at every zoom
        self.outline.setPen(pen)
        self.outline.setBrush(QBrush(FILL) if len(points) >= 3 else QBrush(Qt.BrushStyle.NoBrush))

    def _redraw(self, refused: bool = False) -> None:
        points = [self.view.lonlat_to_scene(*v) for v in self.draft.vertices]
        self._draw_path(points, refused)
        for handle in self.handles[len(points):]:
            self.view.remove_overlay(handle)
        self.handles = self.handles[:len(points)]
        for index, point in enumerate(points):
            if index < len(self.handles):
                self.handles[index].setPos(point)
            else:
                handle = VertexHandle(self, index, point)
                self.view.add_overlay(handle)
                handle.setZValue(60)
                self.handles.append(handle)
        if not refused:
            problem = self.draft.problem() if len(self.draft.vertices) >= 3 else None
            self.message.emit(problem.message(self.lang()) if problem and problem.code == "polygon_self_intersects"
                              else "")
        self.changed.emit()

    # -- saving --------------------------------------------------------------------------
    def can_save(self) -> bool:
        return self.object_id is not None and len(self.draft.vertices) >= 3 and self.draft.problem() is None

    def points(self) -> list[tuple[float, float]]:
        return list(self.draft.vertices)


class PolygonPanel(Card):
    """The tool's controls beside the map: what is drawn, its live area, the inline refusal, and
    Undo, Walk to a corner, Save, Cancel. Saving goes through the ledger off the UI thread."""
    closed = Signal()

    def __init__(self, ctx, view, parent: QWidget | None = None) -> None:  # noqa: ANN001 - AppContext, MapView
        super().__init__(parent)
        self.setObjectName("polygon_panel")
        self.ctx = ctx
        self.tool = PolygonTool(view, lambda: ctx.lang, self)
        self.tool.changed.connect(self._render)
        self.tool.message.connect(self._show_message)
        self.tool.walking.connect(self._walking)
        self.reference = ""
        self._walk_progress = (0, 0)
        self.title = label("")
        self.area = label("subtitle")
        self.area.setObjectName("polygon_area")
        self.hint = label("muted")
        self.problem = label("")
        self.problem.setObjectName("polygon_problem")
        self.problem.setStyleSheet(f"color: {REFUSED.name()}; font-weight: 600;")
        self.problem.hide()
        for widget in (self.title, self.area, self.hint, self.problem):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        # Beside the map, not above it: at 600 px high the map keeps its height for the drawing.
        self.setFixedWidth(PANEL_WIDTH)
        self.body.setContentsMargins(12, 10, 12, 10)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        row = QGridLayout()
        self.undo_button = button()
        self.undo_button.setObjectName("polygon_undo")
        self.undo_button.clicked.connect(self.tool.undo)
        self.walk_button = button()
        self.walk_button.setObjectName("polygon_walk")
        self.walk_button.clicked.connect(self._toggle_walk)
        self.save_button = button("primary")
        self.save_button.setObjectName("polygon_save")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button()
        self.cancel_button.setObjectName("polygon_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        row.setSpacing(6)
        row.addWidget(self.walk_button, 0, 0)
        row.addWidget(self.undo_button, 0, 1)
        row.addWidget(self.cancel_button, 1, 0)
        row.addWidget(self.save_button, 1, 1)
        self.body.addLayout(row)
        self.retranslate()

    def start(self, object_id: str, reference: str, existing: dict[str, Any] | None = None) -> None:
        self.reference = reference
        self.tool.start(object_id, existing)
        self.show()
        self.retranslate()

    def cancel(self) -> None:
        self.tool.stop()
        self.hide()
        self.closed.emit()

    def _toggle_walk(self) -> None:
        if self.tool.is_walking:
            self.tool.stop_walking()
        else:
            self.tool.walk_vertex(self.ctx.setting("gps"))

    def _walking(self, got: int, wanted: int) -> None:
        self._walk_progress = (got, wanted)
        self._render()

    def _show_message(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.hint.setVisible(not text)  # one text at a time: the panel fits beside a 600 px map

    def save(self) -> None:
        problem = self.tool.draft.problem()
        if problem is not None:
            self._show_message(problem.message(self.ctx.lang))
            return
        object_id, points = self.tool.object_id, self.tool.points()
        self.save_button.setEnabled(False)
        self.ctx.op(lambda ledger: ledger.shape_taxable_object(object_id, points), lambda _text: self._saved(object_id),
                    self._refused, label=self.tr("Saving the outline"))

    def _saved(self, object_id: str) -> None:
        self.tool.stop()
        self.hide()
        self.tool.saved.emit(object_id)
        self.closed.emit()

    def _refused(self, error: BaseException) -> None:
        self._render()
        self._show_message(self.ctx.error_text(error))

    def _render(self) -> None:
        area = self.tool.draft.area_m2()
        count = len(self.tool.draft.vertices)
        self.area.setText(self.tr("Area: %1 m²").replace("%1", self.ctx.decimal(area)) if area is not None
                          else self.tr("Area: —"))
        got, wanted = self._walk_progress
        if wanted:
            self.hint.setText(self.tr("Capturing this corner: %1 of %2 fixes… Stand still on it.")
                              .replace("%1", str(got)).replace("%2", str(wanted)))
        else:
            self.hint.setText(self.tr("Vertices: %1. Tap each corner, or stand on it and capture it. Drag a "
                                      "vertex to move it.").replace("%1", str(count)))
        self.walk_button.setText(self.tr("Stop") if wanted else self.tr("Corner here"))
        self.walk_button.setToolTip(self.tr("Capture the corner you stand on with the receiver"))
        self.undo_button.setEnabled(bool(self.tool.draft._history))
        self.save_button.setEnabled(self.tool.can_save())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Outline of %1").replace("%1", self.reference))
        self.title.setStyleSheet("font-weight: 700;")
        self.undo_button.setText(self.tr("Undo"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._render()
