"""Screenshots of the map and position screens at 1024 x 600, in French, English and Portuguese,
on the demo `make run` opens (with its payments and its drawn basemap):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.map_screenshots OUT_DIR

writes map-clusters-{lang}.png (zoomed out), map-points-{lang}.png (zoomed in), map-zone-{lang}.png
(one zone), map-position-{lang}.png (the agent's position), map-basemaps-{lang}.png (the menu),
map-outline-{lang}.png (drawing an outline), card-{lang}.png (the card's Census and Outline
buttons) and settings-gps-{lang}.png (the GPS card)."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QScrollArea
from PySide6.QtTest import QTest

from core.demo import ensure_demo
from desktop.app import application, build_window
from desktop.gnss.capture import Fix
from desktop.map.demo import ensure_demo_basemap
from desktop.screenshots import _settle

SIZE = (1024, 600)
LANGUAGES = ("fr", "en", "pt")
CENTRE = (22.417055, -5.896231)  # Katoka market


def shoot(out: Path, lang: str) -> list[Path]:
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        ledger = ensure_demo(path, taxpayers=2_000, payments=True)
        ensure_demo_basemap(path)
        agent = ledger.agents()[0]
        ledger.act_as(agent.id)
        application()
        window = build_window(ledger, demo=True)
        window.resize(*SIZE)
        window.show()
        window._logged_in(agent.id, agent.name)
        window.set_language(lang)
        window.resize(*SIZE)

        def save(name: str, extra=None) -> None:  # noqa: ANN001 - a popup to paint over the window
            _settle(window)
            QApplication.processEvents()
            image = window.grab()
            if extra is not None:
                painter = QPainter(image)
                painter.drawPixmap(window.mapFromGlobal(extra.mapToGlobal(QPoint(0, 0))), extra.grab())
                painter.end()
            target = out / f"{name}-{lang}.png"
            image.save(str(target))
            saved.append(target)
            if window.width() > SIZE[0]:
                print(f"WIDER: {name}-{lang}: the window grew to {window.width()} px")

        window.navigate("map")
        screen = window.map
        _settle(window, lambda: bool(screen.points))
        save("map-clusters")
        view = screen.view
        view.center_on_lonlat(*CENTRE, zoom=17)
        save("map-points")
        screen.zone.setCurrentIndex(screen.zone.findData("KAT"))
        view.center_on_lonlat(*CENTRE, zoom=15)
        save("map-zone")
        screen.zone.setCurrentIndex(0)
        screen.show_fix(Fix(latitude=CENTRE[1], longitude=CENTRE[0], accuracy_m=12.0, basis="gst", source="gps",
                            fix_time="2026-11-30T10:00:00.000Z"))
        view.center_on_lonlat(*CENTRE, zoom=17)
        save("map-position")
        screen.menu.popup(screen.basemap_menu.mapToGlobal(QPoint(0, screen.basemap_menu.height())))
        _settle(window)
        screen.menu.move(screen.basemap_menu.mapToGlobal(QPoint(screen.basemap_menu.width() - screen.menu.sizeHint()
                                                                 .width(), screen.basemap_menu.height())))
        save("map-basemaps", screen.menu)
        screen.menu.hide()

        object_id, reference, taxpayer_id = ledger.store.conn.execute(
            "SELECT lower(hex(o.id)), o.reference, t.id FROM taxable_objects o "
            "JOIN taxpayers t ON t.num = o.taxpayer_num ORDER BY o.num LIMIT 1").fetchone()
        object_id = f"{object_id[:8]}-{object_id[8:12]}-{object_id[12:16]}-{object_id[16:20]}-{object_id[20:]}"
        view.center_on_lonlat(*CENTRE, zoom=19)
        screen.start_outline(object_id, reference)
        for x, y in ((100, 80), (330, 80), (330, 300), (100, 300)):
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        save("map-outline")
        screen.outline_panel.cancel_button.click() if hasattr(screen.outline_panel, "cancel_button") else None

        window.open_card(taxpayer_id)
        _settle(window, lambda: window.card.card is not None)
        save("card")
        card_scroll = next((w for w in window.card.findChildren(QScrollArea) if w.isVisible()), None)
        if card_scroll is not None:  # down to the taxable objects: Census form and Outline buttons
            card_scroll.ensureWidgetVisible(window.card.census_button, 0, 200)
        save("card-objects")

        window.navigate("settings")
        settings = window.settings
        scroll = settings.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(settings.gps_title, 0, 0)
            scroll.verticalScrollBar().setValue(settings.gps_title.parentWidget().y())
        save("settings-gps")
        window.close()
        ledger.close()
    return saved


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        for path in shoot(folder, lang):
            print(path)


if __name__ == "__main__":
    main(sys.argv[1])
