"""Settings: printer address and profile with a test page, GPS source and threshold, server address."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, wait_idle


def test_test_page_and_saved_settings(qtbot, logged_in, demo_ledger, tmp_path):
    logged_in.navigate("settings")
    view = logged_in.settings
    test_file = tmp_path / "test-page.bin"
    view.printer_uri.setText(test_file.as_uri())
    view.printer_profile.setCurrentText("generic-80")
    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.print_status.state == "printed", timeout=WAIT_MS)
    assert test_file.read_bytes().startswith(b"\x1b@")

    view.gps_source.setCurrentIndex(view.gps_source.findData("serial"))
    view.port.setCurrentText("/dev/rfcomm0")
    view.baud.setCurrentText("38400")
    view.threshold.setValue(5)
    view.uere.setValue(3.5)
    view.server_url.setText("https://recettes.kananga.example")
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.notice.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert demo_ledger.setting("printer") == {"uri": test_file.as_uri(), "profile": "generic-80"}
    assert demo_ledger.setting("printing.printer") == test_file.as_uri()  # what the command line falls back on
    gps = demo_ledger.setting("gps")
    assert (gps["source"], gps["port"], gps["baud"], gps["threshold_m"], gps["uere_m"]) == (
        "serial", "/dev/rfcomm0", 38400, 5.0, 3.5)
    assert demo_ledger.setting("server_url") == "https://recettes.kananga.example"
    logged_in.navigate("sync")
    qtbot.waitUntil(lambda: "recettes.kananga.example" in logged_in.sync.server.text(), timeout=WAIT_MS)


def test_an_unreachable_printer_is_said_plainly(qtbot, logged_in, tmp_path):
    logged_in.navigate("settings")
    view = logged_in.settings
    view.printer_uri.setText("tcp://127.0.0.1:9")  # nothing listens on the discard port here
    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.print_status.state == "failed", timeout=30_000)
    assert "Imprimante injoignable" in view.print_status.notice.text() or \
        "ne répond plus" in view.print_status.notice.text()
    assert view.print_status.retry_button.isVisible()
