"""Drawing a building's outline on the real map: taps, a refused crossing, undo, dragging a
vertex, a corner captured by walking (averaged GNSS fixes from a recorded phone log), the live
geodesic area, and saving it to the taxable object through the ledger."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from geographiclib.geodesic import Geodesic
from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import WAIT_MS, log_in, wait_idle

CENTRE = (22.417055, -5.896231)  # Katoka market
LOGS = Path(__file__).resolve().parents[1] / "fixtures" / "nmea"
SHOTS = Path(os.environ.get("QUITTANCE_SHOTS", "/tmp/quittance-shots"))


def _area(points) -> float:  # noqa: ANN001 - (lon, lat) pairs; GeographicLib directly, not core.geometry
    polygon = Geodesic.WGS84.Polygon()
    for lon, lat in points:
        polygon.AddPoint(lat, lon)
    return abs(polygon.Compute(False, True)[2])


@pytest.fixture
def drawing(qtbot, window, demo_ledger):  # noqa: ANN001
    log_in(qtbot, window)
    window.resize(1024, 600)
    qtbot.mouseClick(window.rail.buttons["map"], Qt.MouseButton.LeftButton)
    screen = window.map
    qtbot.waitUntil(lambda: bool(screen.points), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    object_id, reference = demo_ledger.store.conn.execute(
        "SELECT lower(hex(id)), reference FROM taxable_objects ORDER BY num LIMIT 1").fetchone()
    object_id = f"{object_id[:8]}-{object_id[8:12]}-{object_id[12:16]}-{object_id[16:20]}-{object_id[20:]}"
    screen.view.center_on_lonlat(*CENTRE, zoom=19)
    screen.start_outline(object_id, reference)
    return window, screen, object_id


def tap(qtbot, view, x: int, y: int) -> None:  # noqa: ANN001
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))


def test_tapping_corners_shows_the_geodesic_area_and_saves_it(qtbot, drawing, demo_ledger) -> None:
    window, screen, object_id = drawing
    panel, view = screen.outline_panel, screen.view
    assert not panel.save_button.isEnabled()
    for x, y in ((300, 150), (500, 150), (500, 350), (300, 350)):
        tap(qtbot, view, x, y)
    points = panel.tool.points()
    assert len(points) == 4 and len(panel.tool.handles) == 4
    expected = _area(points)
    assert 200 < expected < 5000  # a building-sized square at zoom 19
    shown = f"{expected:.1f}".replace(".", ",")
    assert panel.area.text() == f"Surface : {shown} m²"
    assert panel.save_button.isEnabled() and not panel.problem.isVisible()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    polygon, area = demo_ledger.object_shape(object_id)
    assert area == pytest.approx(expected, rel=1e-4)  # 7-decimal rounding of the vertices, nothing else
    assert panel.isHidden() and not view.tool_active
    assert demo_ledger.verify().ok


def test_a_crossing_side_is_refused_inline_and_undo_takes_back(qtbot, drawing) -> None:
    _window, screen, _object_id = drawing
    panel, view = screen.outline_panel, screen.view
    for x, y in ((300, 150), (500, 150), (500, 350)):
        tap(qtbot, view, x, y)
    tap(qtbot, view, 400, 60)  # from (500, 350) up across the first side
    assert len(panel.tool.points()) == 3
    assert panel.problem.isVisible()
    assert panel.problem.text().startswith("Le contour se croise (côtés 1 et 3)")
    tap(qtbot, view, 300, 350)  # a good corner clears it
    assert len(panel.tool.points()) == 4 and not panel.problem.isVisible()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert len(panel.tool.points()) == 3


def test_dragging_a_vertex_moves_it_unless_the_outline_would_cross(qtbot, drawing) -> None:
    _window, screen, _object_id = drawing
    panel, view = screen.outline_panel, screen.view
    for x, y in ((300, 150), (500, 150), (500, 350), (300, 350)):
        tap(qtbot, view, x, y)
    before = panel.tool.points()
    handle = panel.tool.handles[2]
    origin = handle.pos()
    handle.setPos(view.mapToScene(QPoint(560, 420)))  # what a finger's drag leaves
    panel.tool.handle_dropped(handle, origin)
    moved = panel.tool.points()
    assert moved[2] != before[2] and moved[:2] == before[:2]
    assert _area(moved) > _area(before)
    handle = panel.tool.handles[1]
    origin = handle.pos()
    handle.setPos(view.mapToScene(QPoint(420, 500)))  # its side would cross the opposite one
    panel.tool.handle_dropped(handle, origin)
    assert panel.tool.points() == moved and handle.pos() == origin  # sprang back
    assert "croise" in panel.problem.text()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)  # undo the accepted move
    assert panel.tool.points() == before


def test_walking_to_a_corner_adds_the_averaged_fixes(qtbot, drawing, demo_ledger) -> None:
    _window, screen, _object_id = drawing
    panel = screen.outline_panel
    demo_ledger.save_setting("gps", {"source": "file", "file": str(LOGS / "phone_android.nmea"),
                                     "replay_interval_ms": 20, "threshold_m": 10.0, "uere_m": 5.0, "average_count": 5})
    qtbot.mouseClick(panel.walk_button, Qt.MouseButton.LeftButton)
    assert panel.hint.text().startswith("Relevé de ce coin")
    qtbot.waitUntil(lambda: len(panel.tool.points()) == 1, timeout=WAIT_MS)
    first_five = json.loads((LOGS / "phone_android.truth.json").read_text())["positions"][:5]
    lon, lat = panel.tool.points()[0]
    assert lat == pytest.approx(sum(p[0] for p in first_five) / 5, abs=2e-7)  # no outlier among them
    assert lon == pytest.approx(sum(p[1] for p in first_five) / 5, abs=2e-7)
    assert not panel.tool.is_walking


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_screenshot(qtbot, drawing, language) -> None:
    window, screen, _object_id = drawing
    window.set_language(language)
    for x, y in ((100, 80), (330, 80), (330, 300), (100, 300)):
        tap(qtbot, screen.view, x, y)
    tap(qtbot, screen.view, 200, 30)  # across the first side: refused, and said so
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"polygon_tool_{language}.png"))


def test_from_the_card_to_the_map_and_back_with_the_area(qtbot, window, demo_ledger) -> None:
    log_in(qtbot, window)
    window.resize(1024, 600)
    taxpayer_id = demo_ledger.store.conn.execute(
        "SELECT t.id FROM taxable_objects o JOIN taxpayers t ON t.num = o.taxpayer_num ORDER BY o.num LIMIT 1"
    ).fetchone()[0]
    window.open_card(taxpayer_id)
    qtbot.waitUntil(lambda: bool(window.card.outline_buttons) and window.card.outline_buttons[0].isVisible(),
                    timeout=WAIT_MS)
    assert window.card.outline_buttons[0].text().startswith("Contour de ")
    qtbot.mouseClick(window.card.outline_buttons[0], Qt.MouseButton.LeftButton)
    screen = window.map
    qtbot.waitUntil(lambda: screen.outline_panel is not None and screen.outline_panel.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    screen.view.center_on_lonlat(*CENTRE, zoom=19)
    for x, y in ((250, 150), (400, 150), (400, 300)):
        tap(qtbot, screen.view, x, y)
    area = _area(screen.outline_panel.tool.points())
    qtbot.mouseClick(screen.outline_panel.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    window.open_card(taxpayer_id)
    shown = f"{area:.1f}".replace(".", ",")
    qtbot.waitUntil(lambda: f"contour {shown} m²" in window.card.objects_text.text(), timeout=WAIT_MS)
