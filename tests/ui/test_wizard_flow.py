"""The whole first start on a fresh install, against the real server: English chosen, the
enrollment QR code read from the PNG the server's command wrote, a paired printer chosen and its
test page written by the real ESC/POS path, an NMEA log as the position source, the summary,
Finish, then the login screen listing the server's agents; `quittance verify` holds the chain."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QFileDialog

from core.service import Ledger
from sync.server.schema import devices
from tests.ui.conftest import NMEA_LOG, WAIT_MS, log_in
from tests.ui.wizard_support import (SERVER_URL, click, close_wizard, discovery, device_path, next_page,  # noqa: F401
                                     open_wizard, printer_file, qr_png, real_server, wait_page)
from desktop.wizard import device


def test_first_start_from_nothing_to_the_login(qtbot, tmp_path, real_server, discovery, device_path, printer_file,
                                               monkeypatch):
    server = real_server
    png = qr_png(server, tmp_path / "enroll-T11.png", "T11")
    wizard = open_wizard(qtbot, device_path, server, discovery)
    wait_page(qtbot, wizard, "language")
    assert wizard.back_button.isEnabled() is False
    assert wizard.page.title.text() == "Bienvenue dans Quittance"
    click(qtbot, wizard.page.tiles["en"])
    qtbot.waitUntil(lambda: wizard.page.title.text() == "Welcome to Quittance", timeout=WAIT_MS)
    assert wizard.next_button.text() == "Next" and wizard.page.tiles["en"].isChecked()
    next_page(qtbot, wizard, "enroll")
    page = wizard.page
    assert not wizard.next_button.isEnabled()  # nothing enrolled yet
    assert not device_path.exists()  # nothing is written before the agent enrolls

    # The QR code, from the PNG `quittance-server device add --qr` wrote, through the file dialog.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(png), ""))
    click(qtbot, page.image_button)
    qtbot.waitUntil(lambda: page.code.text() != "", timeout=WAIT_MS)
    assert page.server.text() == SERVER_URL and page.submit_button.isEnabled()
    click(qtbot, page.submit_button)
    qtbot.waitUntil(lambda: page.enrolled, timeout=WAIT_MS * 2)
    assert "T11" in page.done_text.text() and "Ville de Kananga" in page.done_text.text()
    assert "Ilunga Kabeya" in page.done_text.text()
    ledger = wizard.session.ledger
    row = server.rows(devices, devices.c.id == ledger.device.id)[0]
    assert row["code"] == "T11"
    assert ledger.device.code == "T11" and ledger.municipality.name == "Ville de Kananga"
    assert ledger.municipality.currency == "CDF"  # the server's configuration replaced the provisional one
    assert ledger.setting("language") == "en"
    assert device.marker_path(device_path).exists()  # not finished yet

    next_page(qtbot, wizard, "printer")
    page = wizard.page
    qtbot.waitUntil(lambda: page.printers.count() == 2, timeout=WAIT_MS)
    assert discovery.asked == 1
    assert not wizard.next_button.isEnabled() and wizard.skip_button.isVisible()
    page.printers.setCurrentRow(0)  # MTP-II, the paired printer
    assert page.address.text() == printer_file.as_uri()
    click(qtbot, page.test_button)
    qtbot.waitUntil(lambda: page.result.kind != "" and not page.busy, timeout=WAIT_MS)
    assert page.result.kind == "success", page.result.text()
    assert "test page was sent" in page.result.text()
    sent = printer_file.read_bytes()
    assert sent.startswith(b"\x1b@")  # ESC @: every job starts by resetting the printer
    assert b"\x1c." in sent[:16]  # FS .: out of Chinese mode before the code page is pinned
    assert b"\x1bt" in sent[:16]  # ESC t: one code page pinned for the accents
    assert b"TEST PAGE" in sent and b"End of test." in sent  # in the language the agent chose
    assert sent.endswith(b"\x1bd\x04")  # ESC d 4: fed out past the tear bar (generic-58 has no cutter)
    next_page(qtbot, wizard, "gnss")
    assert ledger.setting("printer")["uri"] == printer_file.as_uri()

    page = wizard.page
    click(qtbot, page.choices["file"])
    assert not wizard.next_button.isEnabled()  # a log needs its file
    page.file.setText(str(NMEA_LOG))
    next_page(qtbot, wizard, "summary")
    gps = ledger.setting("gps")
    assert gps["source"] == "file" and gps["file"] == str(NMEA_LOG)

    page = wizard.page
    assert page.value("language") == "English"
    assert page.value("device") == "T11" and page.value("municipality") == "Ville de Kananga"
    assert page.value("server") == SERVER_URL
    assert page.value("printer") == f"{printer_file.as_uri()} (paper: generic-58)"
    assert page.value("gnss") == f"NMEA log {NMEA_LOG}"
    assert wizard.next_button.text() == "Finish"
    with qtbot.waitSignal(wizard.finished, timeout=WAIT_MS):
        click(qtbot, wizard.next_button)
    assert not device.marker_path(device_path).exists()
    assert not device.needs_first_start(device_path)
    close_wizard(wizard)

    # What the start-up does next: the main window, on its login screen, in English.
    from desktop.app import build_window

    ledger = Ledger.open(device_path)
    try:
        main = build_window(ledger)
        qtbot.addWidget(main)
        main.show()
        assert main.on_login_screen()
        assert main.ctx.lang == "en"
        names = [button.text() for button in main.login.agent_buttons.values()]
        assert "Ilunga Kabeya" in " ".join(names)
        log_in(qtbot, main, names.index(next(n for n in names if "Ilunga Kabeya" in n)), "1234")  # the server's PIN
        assert main.ctx.agent_name == "Ilunga Kabeya"
        main.shutdown()
    finally:
        ledger.close()
    # The database the wizard made is encrypted: a command opens it with an agent's PIN, as a script would.
    done = subprocess.run([sys.executable, "-m", "desktop.main", "verify", "--db", str(device_path)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QUITTANCE_PIN": "1234", "QUITTANCE_AGENT": "Ilunga Kabeya"})
    assert done.returncode == 0, done.stdout + done.stderr
