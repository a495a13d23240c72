"""Geopoint, geotrace and geoshape answers, captured with the registration form's own GNSS panel
(desktop/views/location_panel.py, reused as is): one position, or a list of vertices each
captured or typed in turn.

The seam for drawing on a map: `PointsInput.map_editor`, when a map screen sets it, is called as
`map_editor(parent, points, closed)` and returns the new vertex list (or None when the agent
cancels); a "Draw on the map" button appears. Nothing here depends on it."""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QVBoxLayout, QWidget

from core.registry import Location
from desktop.context import AppContext
from desktop.forms import values
from desktop.views.location_panel import LocationPanel
from desktop.widgets import button, label

Point = tuple[float, float, float, float]
MapEditor = Callable[[QWidget, list, bool], Optional[list]]


def _location(point: Point) -> Location:
    accuracy = point[3] if point[3] > 0 else None
    return Location(point[0], point[1], accuracy, "gps" if accuracy else "manual", None)


def _point(location: Location) -> Point:
    return (location.latitude, location.longitude, 0.0, location.accuracy_m or 0.0)


class PointInput(QWidget):
    edited = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panel = LocationPanel(ctx)
        self.panel.setObjectName("answer_geopoint")
        self.panel.title.hide()  # the question's label says what position is asked
        self.panel.changed.connect(self._changed)
        layout.addWidget(self.panel)
        self._value = ""

    def _changed(self) -> None:
        location = self.panel.location()
        self._value = "" if location is None else values.point_value(*_point(location))
        self.edited.emit(self._value)

    def set_value(self, value: str) -> None:
        if value == self._value:
            return
        self._value = value
        point = values.parse_point(value)
        self.panel.set_location(_location(point) if point else None)

    def focus(self) -> None:
        self.panel.capture_button.setFocus()

    def stop(self) -> None:
        self.panel.stop()


class PointsInput(QWidget):
    """A line or an area as a list of vertices: capture (or type) a position, add it, repeat."""
    edited = Signal(str)
    map_editor: MapEditor | None = None  # set by a map screen; see the module's docstring

    def __init__(self, ctx: AppContext, closed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.closed = closed
        self.points: list[Point] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count = label("subtitle")
        self.count.setObjectName("answer_vertex_count")
        layout.addWidget(self.count)
        # The next vertex first: capturing is what the agent does here; the list is the record.
        self.panel = LocationPanel(ctx)
        self.panel.setObjectName("answer_vertex_capture")
        layout.addWidget(self.panel)
        self.add = button("primary")
        self.add.setObjectName("answer_vertex_add")
        self.add.clicked.connect(self._add)
        self.panel.changed.connect(self._render)
        layout.addWidget(self.add)
        self.list = QListWidget()
        self.list.setObjectName("answer_vertices")
        self.list.setStyleSheet("QListWidget::item { min-height: 44px; }")  # a vertex is tapped to remove it
        self.list.setMinimumHeight(100)
        self.list.setMaximumHeight(200)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.remove_last = button()
        self.remove_last.setObjectName("answer_vertex_remove")
        self.remove_last.clicked.connect(self._remove)
        self.draw = button()
        self.draw.setObjectName("answer_draw_on_map")
        self.draw.clicked.connect(self._draw)
        row.addWidget(self.remove_last)
        row.addWidget(self.draw)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def _add(self) -> None:
        location = self.panel.location()
        if location is None:
            return
        self.points.append(_point(location))
        self.panel.set_location(None)  # ready for the next vertex
        self._emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        del self.points[row if 0 <= row < len(self.points) else -1]
        self._emit()

    def _draw(self) -> None:
        editor = type(self).map_editor
        if editor is None:
            return
        drawn = editor(self, list(self.points), self.closed)
        if drawn is not None:
            self.points = [tuple(p) + (0.0,) * (4 - len(p)) for p in drawn]  # type: ignore[misc]
            self._emit()

    def _emit(self) -> None:
        self._render()
        self.edited.emit(values.points_value(self.points, self.closed))

    def set_value(self, value: str) -> None:
        points = values.parse_points(value, self.closed)
        if points != self.points:
            self.points = points
            self._render()

    def _render(self) -> None:
        self.list.clear()
        for number, (lat, lon, _alt, accuracy) in enumerate(self.points, start=1):
            extra = f" (± {self.ctx.decimal(accuracy)} m)" if accuracy else ""
            self.list.addItem(f"{number}. {lat:.6f}, {lon:.6f}{extra}")
        self.count.setText(self.tr("Points: %1").replace("%1", str(len(self.points))))
        self.remove_last.setEnabled(bool(self.points))
        self.add.setEnabled(self.panel.location() is not None)
        self.draw.setVisible(type(self).map_editor is not None)

    def focus(self) -> None:
        self.panel.capture_button.setFocus()

    def stop(self) -> None:
        self.panel.stop()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.panel.title.setText(self.tr("Next point"))
        self.add.setText(self.tr("Add this point"))
        self.remove_last.setText(self.tr("Remove the selected point"))
        self.draw.setText(self.tr("Draw on the map"))
        self._render()
