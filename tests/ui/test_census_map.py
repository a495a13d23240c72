"""The Map screen, with real widgets on the seeded demo device: tiles drawn where they belong,
a tap opening the right card, clusters, the zone filter, the position circle, zone outlines,
and installing a basemap from a file."""
from __future__ import annotations

import hashlib
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from core.webmercator import lonlat_to_tile, metres_per_pixel, xyz_to_tms_row
from desktop.gnss.capture import Fix
from desktop.map.layers import CLUSTER_UNTIL
from tests.ui.conftest import WAIT_MS, log_in, wait_idle

CENTRE = (22.417055, -5.896231)  # Katoka market (resources/server/demo-taxpayers.csv)


def _png(colour: QColor) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def checker_tiles(path: Path, zoom: int = 15) -> dict[tuple[int, int], QColor]:
    """A basemap of plain tiles, each its own colour, around CENTRE."""
    cx, cy = lonlat_to_tile(*CENTRE, zoom)
    colours = {(x, y): QColor((x * 53) % 256, (y * 97) % 256, (x + y) * 31 % 256)
               for x in range(cx - 3, cx + 4) for y in range(cy - 3, cy + 4)}
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", "Damier"), ("format", "png"),
                                                           ("attribution", "© Test tiles")])
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                     [(zoom, x, xyz_to_tms_row(y, zoom), _png(c)) for (x, y), c in colours.items()])
    conn.commit()
    conn.close()
    return colours


@pytest.fixture
def map_screen(qtbot, window):  # noqa: ANN001
    log_in(qtbot, window)
    window.resize(1024, 600)
    qtbot.mouseClick(window.rail.buttons["map"], Qt.MouseButton.LeftButton)
    screen = window.map
    qtbot.waitUntil(lambda: bool(screen.points), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    return screen


def install(qtbot, screen, path: Path) -> None:  # noqa: ANN001
    screen.pick_file = lambda: str(path)
    screen.install_action.trigger()
    qtbot.waitUntil(lambda: path.name in screen.basemap_actions, timeout=WAIT_MS)
    wait_idle(qtbot, screen.window())


def test_the_map_is_on_the_rail_and_shows_every_located_taxpayer(map_screen, window) -> None:  # noqa: ANN001
    assert window.current_view() is map_screen
    assert window.rail.buttons["map"].text() == "Carte" and window.rail.buttons["map"].isChecked()
    assert len(map_screen.points) == 2_000
    assert map_screen.shown.text() == "2000 contribuable(s) sur la carte"


def test_a_tile_is_drawn_at_its_place(qtbot, map_screen, tmp_path: Path) -> None:  # noqa: ANN001
    colours = checker_tiles(tmp_path / "damier.mbtiles")
    install(qtbot, map_screen, tmp_path / "damier.mbtiles")
    view = map_screen.view
    assert view.attribution.text() == "© Test tiles" and view.attribution.isVisible()
    view.center_on_lonlat(*CENTRE, 15)
    view.points.set_filter("none", None)  # no dots over the pixels looked at
    grabbed = view.viewport().grab().toImage()
    centre = view.viewport().rect().center()
    seen = set()
    for dx, dy in ((0, 0), (-300, -120), (300, 120), (-200, 100)):
        at = centre + QPoint(dx, dy)
        # Which tile of zoom 15 should be under this pixel: scene units are pixels at zoom 18.
        scene = view.mapToScene(at)
        gx, gy = scene.x() / 8, scene.y() / 8
        if min(gx % 256, gy % 256, 256 - gx % 256, 256 - gy % 256) < 3:
            continue  # too near a tile's edge to say which
        tile = (int(gx // 256), int(gy // 256))
        seen.add(tile)
        assert grabbed.pixelColor(at).name() == colours[tile].name(), tile
    assert len(seen) >= 3


def test_a_tap_on_a_taxpayer_opens_their_card(qtbot, map_screen, window) -> None:  # noqa: ANN001
    view = map_screen.view
    point = map_screen.points[0]
    view.center_on_lonlat(point.longitude, point.latitude, 18)
    at = view.mapFromScene(view.lonlat_to_scene(point.longitude, point.latitude))
    taps = []
    view.tapped.connect(lambda lon, lat: taps.append((lon, lat)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: window.current_view() is window.card, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert window.card.card.taxpayer["id"] == point.taxpayer_id
    assert taps and taps[0] == pytest.approx((point.longitude, point.latitude), abs=1e-4)


def test_a_tool_gets_the_taps_instead_of_the_cards(qtbot, map_screen, window) -> None:  # noqa: ANN001
    view = map_screen.view
    point = map_screen.points[0]
    view.center_on_lonlat(point.longitude, point.latitude, 18)
    view.set_tool_active(True)
    taps = []
    view.tapped.connect(lambda lon, lat: taps.append((lon, lat)))
    view.tap(view.mapFromScene(view.lonlat_to_scene(point.longitude, point.latitude)))
    assert len(taps) == 1 and window.current_view() is map_screen


def test_zoomed_out_taxpayers_gather_in_counted_clusters(map_screen) -> None:  # noqa: ANN001
    layer = map_screen.view.points
    _xs, far = layer.clusters(12)
    assert sum(c.count for c in far) == 2_000
    assert len(far) < 100 and max(c.count for c in far) > 20
    _xs, near = layer.clusters(CLUSTER_UNTIL)
    assert len(near) == 2_000 and {c.count for c in near} == {1}
    view = map_screen.view
    view.set_zoom(12)
    biggest = max(far, key=lambda c: c.count)
    view.centerOn(QPointF(biggest.x, biggest.y))
    image = view.viewport().grab().toImage()
    centre = view.mapFromScene(QPointF(biggest.x, biggest.y))
    assert image.pixelColor(centre).name() != QColor("#c62828").name()  # the white disc with the count
    view.tap(centre)  # a tap on a cluster zooms into it
    assert view.zoom >= 14


def test_the_zone_filter_hides_the_other_zones(qtbot, map_screen) -> None:  # noqa: ANN001
    katoka = map_screen.zone.findText("Katoka")
    map_screen.zone.setCurrentIndex(katoka)
    shown = map_screen.view.points.visible_points()
    expected = [p for p in map_screen.points if p.zone_code == "KAT"]
    assert 0 < len(shown) == len(expected) < len(map_screen.points)
    assert {p[4] for p in shown} == {"KAT"}
    assert map_screen.shown.text() == f"{len(expected)} contribuable(s) sur la carte"
    assert sum(c.count for c in map_screen.view.points.clusters(12)[1]) == len(expected)
    map_screen.tax.setCurrentIndex(map_screen.tax.findData("VIG"))
    assert all("VIG" in p[5] and p[4] == "KAT" for p in map_screen.view.points.visible_points())


def test_the_agents_position_shows_with_its_accuracy_circle(map_screen) -> None:  # noqa: ANN001
    view = map_screen.view
    map_screen.show_fix(Fix(latitude=CENTRE[1], longitude=CENTRE[0], accuracy_m=25.0, basis="gst", source="gps",
                            fix_time="2026-01-01T10:00:00.000Z"))
    view.set_zoom(17)
    view.center_on_lonlat(*CENTRE)
    circle = view.mapFromScene(view.position_item.sceneBoundingRect()).boundingRect()
    expected = 2 * 25.0 / metres_per_pixel(CENTRE[1], 17)
    assert circle.width() == pytest.approx(expected, abs=2)
    centre = view.mapFromScene(view.lonlat_to_scene(*CENTRE))
    image = view.viewport().grab().toImage()
    assert image.pixelColor(centre).name() == QColor("#1976d2").name()  # the dot


def test_zone_outlines_are_drawn(map_screen) -> None:  # noqa: ANN001
    view = map_screen.view
    assert sorted(item.code for item in view.zones) == ["BEN", "KAN", "KAT", "LUK", "MAL", "NDE", "NGA", "TSH"]
    view.set_basemap(None)  # plain background: only the outlines and dots are drawn
    view.points.set_filter("none", None)
    for item in view.zones:
        item.set_emphasis(None)
    view.set_zoom(15)
    # The Katoka/Kananga border runs north-south at 22.445 (resources/demo/zones.geojson).
    view.center_on_lonlat(22.445, -5.90)
    border = view.mapFromScene(view.lonlat_to_scene(22.445, -5.90))
    image = view.viewport().grab().toImage()
    assert image.pixelColor(border).name() == QColor("#1565c0").name()
    assert image.pixelColor(border.x() + 60, border.y()).name() == QColor("#e8e4da").name()
    assert any(item.label.isVisible() and item.label.text() == "Katoka" for item in view.zones)


def test_installing_a_basemap_lists_it_and_a_bad_file_says_why(qtbot, map_screen, tmp_path: Path) -> None:  # noqa: ANN001
    checker_tiles(tmp_path / "damier.mbtiles")
    install(qtbot, map_screen, tmp_path / "damier.mbtiles")
    assert map_screen.shown_basemap() == "Damier" and map_screen.basemap_actions["damier.mbtiles"].isChecked()
    assert map_screen.basemap_actions["damier.mbtiles"].text() == "Damier"
    assert (Path(map_screen.ctx.ledger.store.path).parent / "basemaps" / "damier.mbtiles").is_file()
    assert map_screen.ctx.setting("map.basemap") == "damier.mbtiles"
    assert "Fond de carte installé" in map_screen.notice.text()
    (tmp_path / "photo.mbtiles").write_bytes(b"\xff\xd8\xff not a database")
    map_screen.pick_file = lambda: str(tmp_path / "photo.mbtiles")
    map_screen.install_action.trigger()
    qtbot.waitUntil(lambda: "n'est pas un fond de carte" in map_screen.notice.text(), timeout=WAIT_MS)
    assert list(map_screen.basemap_actions) == ["damier.mbtiles"]


class BasemapServer(httpx.BaseTransport):
    """The server's basemap endpoints (sync/server, h-server-forms) in front of the fake server."""

    def __init__(self, inner: httpx.BaseTransport, path: Path) -> None:
        self.inner, self.data = inner, path.read_bytes()
        self.entry = {"id": "01938a00-0000-7000-8000-00000000b001", "name": "Damier", "attribution": "© Test tiles",
                      "size": len(self.data), "sha256": hashlib.sha256(self.data).hexdigest()}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/basemaps"):
            return httpx.Response(200, json={"basemaps": [self.entry]})
        if request.url.path.endswith(f"/basemaps/{self.entry['id']}"):
            return httpx.Response(200, content=self.data, headers={"X-Content-SHA256": self.entry["sha256"]})
        return self.inner.handle_request(request)


def test_basemaps_come_from_the_server_once_enrolled(qtbot, map_screen, window, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.sync_client.fake_server import FakeServer
    from tests.ui.sync_support import enroll_directly, use_server

    map_screen.server_action.trigger()  # not enrolled yet: said, nothing fetched
    assert "n'est pas inscrit" in map_screen.notice.text()
    server = FakeServer()
    enroll_directly(window.ctx.ledger, server)
    checker_tiles(tmp_path / "damier.mbtiles")
    use_server(qtbot, window, BasemapServer(server.transport(), tmp_path / "damier.mbtiles"))
    map_screen.server_action.trigger()
    qtbot.waitUntil(lambda: "01938a00-0000-7000-8000-00000000b001.mbtiles" in map_screen.basemap_actions,
                    timeout=WAIT_MS)
    assert map_screen.basemap_actions["01938a00-0000-7000-8000-00000000b001.mbtiles"].text() == "Damier"
    assert "1 fond(s) de carte reçu(s) du serveur" in map_screen.notice.text()


def test_drag_pans_and_the_wheel_zooms_around_the_pointer(qtbot, map_screen, window) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    view = map_screen.view
    view.center_on_lonlat(*CENTRE, 15)
    viewport = view.viewport()
    start = viewport.rect().center()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + QPoint(-20 * step, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(-200, 0))
    lon, lat = view.center_lonlat()
    assert lon > CENTRE[0] and lat == pytest.approx(CENTRE[1], abs=1e-4)  # dragged west: the map shows more east
    assert window.current_view() is map_screen  # a drag is not a tap
    scale_before = view.scale_bar.text()
    pointer = start + QPoint(150, 80)
    under = view.scene_to_lonlat(view.mapToScene(pointer))
    from PySide6.QtCore import QPointF as P
    from PySide6.QtGui import QWheelEvent
    wheel = QWheelEvent(P(pointer), P(viewport.mapToGlobal(pointer)), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert view.zoom == pytest.approx(16)
    # Still under the pointer, within 3 pixels (scrolling is in whole pixels; 2.4 m a pixel at zoom 16).
    assert view.scene_to_lonlat(view.mapToScene(pointer)) == pytest.approx(under, abs=7e-5)
    assert view.scale_bar.text() != scale_before
    qtbot.mouseClick(view.zoom_out, Qt.MouseButton.LeftButton)
    assert view.zoom == pytest.approx(15)


class Fingers:
    """Touches on the map's viewport, sent through its window as a touchscreen sends them
    (QTest's touch events aimed at a child widget land at the wrong place)."""

    def __init__(self, view) -> None:  # noqa: ANN001
        from PySide6.QtTest import QTest

        self.QTest, self.viewport, self.window = QTest, view.viewport(), view.window()
        self.device = QTest.createTouchDevice()

    def send(self, *moves: tuple[str, int, QPoint]) -> None:
        sequence = self.QTest.touchEvent(self.window, self.device)
        for kind, finger, at in moves:
            getattr(sequence, kind)(finger, self.viewport.mapTo(self.window, at))
        sequence.commit()


def test_a_finger_drag_pans_the_map(qtbot, map_screen) -> None:  # noqa: ANN001
    view = map_screen.view
    view.center_on_lonlat(*CENTRE, 15)
    fingers = Fingers(view)
    start = view.viewport().rect().center()
    fingers.send(("press", 0, start))
    for step in range(1, 11):
        fingers.send(("move", 0, start + QPoint(0, 20 * step)))
    fingers.send(("release", 0, start + QPoint(0, 200)))
    assert view.center_lonlat()[1] > CENTRE[1] + 0.001  # dragged down: the map shows more north
    assert view.center_lonlat()[0] == pytest.approx(CENTRE[0], abs=1e-4)


def test_two_fingers_pinch_to_zoom_and_a_finger_tap_opens_a_card(qtbot, map_screen, window) -> None:  # noqa: ANN001
    view = map_screen.view
    view.center_on_lonlat(*CENTRE, 15)
    fingers = Fingers(view)
    centre = view.viewport().rect().center()
    fingers.send(("press", 0, centre - QPoint(50, 0)), ("press", 1, centre + QPoint(50, 0)))
    fingers.send(("move", 0, centre - QPoint(100, 0)), ("move", 1, centre + QPoint(100, 0)))
    fingers.send(("release", 0, centre - QPoint(100, 0)), ("release", 1, centre + QPoint(100, 0)))
    assert view.zoom == pytest.approx(16)  # fingers twice as far apart: one zoom level in
    assert window.current_view() is map_screen  # a pinch is not a tap
    point = map_screen.points[0]
    view.center_on_lonlat(point.longitude, point.latitude, 18)
    at = view.mapFromScene(view.lonlat_to_scene(point.longitude, point.latitude))
    fingers.send(("press", 0, at))
    fingers.send(("release", 0, at))
    qtbot.waitUntil(lambda: window.current_view() is window.card, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert window.card.card.taxpayer["id"] == point.taxpayer_id


def test_back_from_a_card_opened_on_the_map_returns_to_the_map(qtbot, map_screen, window) -> None:  # noqa: ANN001
    point = map_screen.points[0]
    view = map_screen.view
    view.center_on_lonlat(point.longitude, point.latitude, 18)
    view.tap(view.mapFromScene(view.lonlat_to_scene(point.longitude, point.latitude)))
    qtbot.waitUntil(lambda: window.current_view() is window.card, timeout=WAIT_MS)
    assert window.rail.buttons["map"].isChecked()
    wait_idle(qtbot, window)
    qtbot.mouseClick(window.card.back_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is map_screen and view.zoom == pytest.approx(18)
