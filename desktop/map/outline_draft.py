"""The outline being drawn, without Qt: its vertices (lon, lat), the history Undo walks back, its
geodesic area, and why it cannot be saved (core/geometry.py's rules).

While drawing, only the sides drawn so far must not cross (the closing side of a concave outline
in progress may cross for a while, until its last corners are placed); a moved vertex must leave
the whole outline uncrossed; saving checks the closed outline."""
from __future__ import annotations

from core.errors import QuittanceError
from core.geometry import checked_polygon, crossing_edges, geodesic_area_m2


class OutlineDraft:
    """The vertices being drawn, (lon, lat), and the history that Undo walks back. No Qt."""

    def __init__(self, vertices: list[tuple[float, float]] | None = None) -> None:
        self.vertices: list[tuple[float, float]] = list(vertices or [])
        self._history: list[list[tuple[float, float]]] = []

    def _check_path(self, candidate: list[tuple[float, float]]) -> None:
        crossing = crossing_edges(candidate, closed=False)
        if crossing is not None:
            raise QuittanceError("polygon_self_intersects", first=crossing[0] + 1, second=crossing[1] + 1)

    def add(self, lon: float, lat: float) -> None:
        """Add a vertex at the end; refused (QuittanceError) if its side crosses a side drawn."""
        candidate = [*self.vertices, (lon, lat)]
        if self.vertices and self.vertices[-1] == (lon, lat):
            return  # a double tap
        self._check_path(candidate)
        self._history.append(list(self.vertices))
        self.vertices = candidate

    def move(self, index: int, lon: float, lat: float) -> None:
        """Move a vertex; refused if the outline (closed, once it has 3 vertices) would cross."""
        candidate = list(self.vertices)
        candidate[index] = (lon, lat)
        self._check_path(candidate)
        if len(candidate) >= 4:
            crossing = crossing_edges(candidate)
            if crossing is not None:
                raise QuittanceError("polygon_self_intersects", first=crossing[0] + 1, second=crossing[1] + 1)
        self._history.append(list(self.vertices))
        self.vertices = candidate

    def undo(self) -> bool:
        if not self._history:
            return False
        self.vertices = self._history.pop()
        return True

    def area_m2(self) -> float | None:
        return geodesic_area_m2(self.vertices) if len(self.vertices) >= 3 else None

    def problem(self) -> QuittanceError | None:
        """Why the outline cannot be saved as it is, or None."""
        try:
            checked_polygon(self.vertices)
        except QuittanceError as error:
            return error
        return None
