"""A pull that brings the municipality's new name reaches the screens at once, as an enrollment
does: the header and the window title show it without a restart."""
from __future__ import annotations

from tests.ui.conftest import WAIT_MS
from tests.ui.sync_support import enroll_directly, server, use_server  # noqa: F401


def test_a_renamed_municipality_pulled_by_a_sync_shows_in_the_header(qtbot, logged_in, demo_ledger, server):
    main = logged_in
    enroll_directly(demo_ledger, server)
    use_server(qtbot, main, server.transport())
    runner = main.ctx.sync
    assert runner.sync_now()
    qtbot.waitUntil(lambda: not runner.running and runner.last_result is not None, timeout=WAIT_MS)
    assert main.place.text() == "Commune de Kananga"

    server.records.append({"kind": "municipality", "id": "municipality", "version": 2,
                           "data": {**server.municipality, "name": "Ville de Kananga"}})
    assert runner.sync_now()
    qtbot.waitUntil(lambda: not runner.running, timeout=WAIT_MS)
    assert runner.last_result.ok and runner.last_result.pulled >= 1
    qtbot.waitUntil(lambda: main.place.text() == "Ville de Kananga", timeout=WAIT_MS)
    assert "Ville de Kananga" in main.windowTitle()
    assert main.ctx.municipality_name == "Ville de Kananga"
