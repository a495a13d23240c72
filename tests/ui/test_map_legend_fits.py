"""The map at 1024 x 600 in Portuguese (the longest words): the legend says which year the
colours count, in the statuses' own words; the screen, the outline tool beside it and a card
with two "Outline" buttons stay within 1024 px; the basemap menu's rows are touch-sized."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, log_in, wait_idle


def test_the_legend_names_the_year_and_nothing_widens_the_window(qtbot, window, demo_ledger) -> None:  # noqa: ANN001
    log_in(qtbot, window)
    window.set_language("pt")
    window.resize(1024, 600)
    qtbot.mouseClick(window.rail.buttons["map"], Qt.MouseButton.LeftButton)
    screen = window.map
    qtbot.waitUntil(lambda: bool(screen.points), timeout=WAIT_MS)
    wait_idle(qtbot, window)
    year = demo_ledger.today().year
    assert screen.legend_title.text() == f"Situação em {year}:"
    assert [screen.legend[s].text() for s in ("paid", "partly_paid", "in_arrears", "never_assessed")] == \
        ["Pago", "Pago em parte", "Em atraso", "Nunca tributado"]
    assert screen.shown.text() == "2000 contribuinte(s) no mapa" and screen.shown.isVisible()
    assert window.width() == 1024

    object_id, reference = demo_ledger.store.conn.execute(
        "SELECT lower(hex(id)), reference FROM taxable_objects ORDER BY num LIMIT 1").fetchone()
    object_id = f"{object_id[:8]}-{object_id[8:12]}-{object_id[12:16]}-{object_id[16:20]}-{object_id[20:]}"
    screen.start_outline(object_id, reference)
    wait_idle(qtbot, window)
    assert window.width() == 1024

    screen.menu.popup(screen.basemap_menu.mapToGlobal(screen.basemap_menu.rect().bottomLeft()))
    qtbot.waitUntil(screen.menu.isVisible, timeout=WAIT_MS)
    rows = [screen.menu.actionGeometry(a).height() for a in screen.menu.actions() if not a.isSeparator()]
    assert rows and min(rows) >= 44, rows
    screen.menu.hide()

    two_objects = demo_ledger.store.conn.execute(
        "SELECT t.id FROM taxpayers t JOIN taxable_objects o ON o.taxpayer_num = t.num "
        "GROUP BY t.id HAVING count(*) = 2 ORDER BY t.num LIMIT 1").fetchone()[0]
    window.open_card(two_objects)
    qtbot.waitUntil(lambda: len(window.card.outline_buttons) == 2, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert window.card.outline_buttons[0].text().startswith("Contorno de ")
    assert window.width() == 1024
