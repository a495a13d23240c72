"""The enrollment and Sync screens against the real server (`sync.server.app`, on SQLite and on
PostgreSQL), not the protocol's fake: the agent enrolls the demo device by typing the code (or by
showing the CLI's QR code to the camera), the
first sync pushes what was recorded before, the server's municipality takes over the header, and a
taxpayer registered on the server reaches the device's search."""
from __future__ import annotations

import copy
import os

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from sync.server.schema import devices
from tests.server.conftest import fresh_database
from tests.server.support import TEST_CONFIG, Server
from tests.ui.conftest import WAIT_MS, type_text, wait_idle
from tests.ui.sync_support import SERVER_URL, events_on_device, use_server
from tests.ui.test_search import _rows, _search
from tests.ui.test_sync_enroll import open_enrollment

CONFIG = copy.deepcopy(TEST_CONFIG)
CONFIG["municipality"]["name"] = "Ville de Kananga"


@pytest.fixture(params=["sqlite", "postgresql"])
def real_server(request, tmp_path):  # noqa: ANN001, ANN201
    with fresh_database(request.param, tmp_path / "server-data") as url:
        server = Server.start(tmp_path / "server-data", url, CONFIG)
        try:
            yield server
        finally:
            server.close()


def _register_on_server(server: Server, name: str) -> None:
    from sync.server import admin

    csv_text = f"name,zone,phone\n{name},KAT,+243810000001\n"
    path = server.settings.data_dir / "taxpayers.csv"
    path.write_text(csv_text, encoding="utf-8")
    with server.engine.begin() as conn:
        imported, rejected = admin.import_taxpayers(conn, path)
    assert (imported, rejected) == (1, [])


def test_enrolling_and_syncing_the_app_against_the_real_server(qtbot, logged_in, demo_ledger, real_server):
    main = logged_in
    server = real_server
    _register_on_server(server, "Tshibangu Serveur Odile")
    use_server(qtbot, main, server.client._transport)  # the ASGI app in this process, no network
    view = open_enrollment(qtbot, main)
    view.server.setText(SERVER_URL)
    type_text(view.code, server.enrollment_code("T09"))
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.current_view() is main.sync, timeout=WAIT_MS)
    runner = main.ctx.sync
    qtbot.waitUntil(lambda: runner.last_result is not None and not runner.running, timeout=WAIT_MS * 3)
    assert runner.last_result.ok, runner.last_result
    wait_idle(qtbot, main)

    # Everything the demo device recorded before enrollment is on the server, once.
    row = server.rows(devices, devices.c.id == demo_ledger.device.id)[0]
    assert row["code"] == "T09" and row["stored_through"] == events_on_device(demo_ledger)
    qtbot.waitUntil(lambda: main.sync.pending.text() == "0", timeout=WAIT_MS)
    assert main.place.text() == "Ville de Kananga"  # the server's configuration won
    assert demo_ledger.device.code == "T09"

    # The server's registry came down: its taxpayer is found by the agent's search.
    _search(qtbot, main, "tshibangu serveur")
    assert any(r["name"] == "Tshibangu Serveur Odile" for r in _rows(main))


def test_enrolling_by_showing_the_clis_qr_code_to_the_camera(qtbot, logged_in, demo_ledger, real_server, tmp_path):
    """The QR PNG `quittance-server device add --qr FILE --server-url URL` writes (a real process,
    on the server's own database), seen by the camera as a photo of the sheet, enrolls the device."""
    from tests.server.test_cli import _run
    from tests.ui.qr_frames import StillCameras, photo_like, qimage

    main, server = logged_in, real_server
    png = tmp_path / "enroll-T09.png"
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(server.settings.data_dir),
           "QUITTANCE_DATABASE_URL": server.settings.database_url}
    _run(env, "device", "add", "T09", "--agent", "Ilunga Kabeya", "--qr", str(png), "--server-url", SERVER_URL)
    use_server(qtbot, main, server.client._transport)
    main.enroll.cameras = StillCameras([qimage(photo_like(png, angle=-12, scale=0.5))])
    view = open_enrollment(qtbot, main)
    view.server.clear()
    qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.form_card.isVisible() and view.code.text() != "", timeout=WAIT_MS)
    assert view.server.text() == SERVER_URL and view.submit_button.hasFocus()
    qtbot.keyClick(view.submit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: main.current_view() is main.sync, timeout=WAIT_MS)
    runner = main.ctx.sync
    qtbot.waitUntil(lambda: runner.last_result is not None and not runner.running, timeout=WAIT_MS * 3)
    assert runner.last_result.ok, runner.last_result
    row = server.rows(devices, devices.c.id == demo_ledger.device.id)[0]
    assert row["code"] == "T09" and row["stored_through"] == events_on_device(demo_ledger)
    wait_idle(qtbot, main)
