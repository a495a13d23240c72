"""Settings: printer address and profile with a test page, GPS source and threshold, server address."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.printing.loopback import LoopbackPrinter
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
    assert view.average_count.value() == 10  # point averaging, 10 fixes by default
    view.average_count.setValue(20)
    view.good_m.setValue(2.5)
    view.fair_m.setValue(8)
    view.server_url.setText("https://recettes.kananga.example")
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.notice.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert demo_ledger.setting("printer") == {"uri": test_file.as_uri(), "profile": "generic-80"}
    assert demo_ledger.setting("printing.printer") == test_file.as_uri()  # what the command line falls back on
    gps = demo_ledger.setting("gps")
    assert (gps["source"], gps["port"], gps["baud"], gps["threshold_m"], gps["uere_m"]) == (
        "serial", "/dev/rfcomm0", 38400, 5.0, 3.5)
    assert (gps["average_count"], gps["good_m"], gps["fair_m"]) == (20, 2.5, 8.0)
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


def _closed_port_uri() -> str:
    import socket

    with socket.socket() as probe:  # a port that was just free: nothing listens there
        probe.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{probe.getsockname()[1]}"


def test_test_page_goes_to_the_address_as_changed(qtbot, logged_in):
    logged_in.navigate("settings")
    view = logged_in.settings
    view.printer_uri.setText(_closed_port_uri())
    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.print_status.state == "failed", timeout=30_000)
    assert view.print_status.retry_button.isVisible()

    printer = LoopbackPrinter()  # takes whatever is sent, never answers DLE EOT
    try:
        view.printer_uri.clear()
        qtbot.keyClicks(view.printer_uri, printer.uri)
        # The failure and its Retry were about the old address: both go with it.
        assert not view.print_status.retry_button.isVisible()
        assert not view.print_status.notice.isVisible()
        qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.print_status.state == "printed", timeout=30_000)
        qtbot.waitUntil(lambda: any(b"\x1b@" in job for job in printer.received), timeout=WAIT_MS)  # after its DLE EOT status query
    finally:
        printer.close()


def test_an_invalid_address_is_refused_as_it_is_typed(qtbot, logged_in, demo_ledger):
    logged_in.navigate("settings")
    view = logged_in.settings
    saved = demo_ledger.setting("printer")
    view.printer_uri.clear()
    qtbot.keyClicks(view.printer_uri, "bt://AA:BB")
    assert view.printer_uri.property("invalid") is True
    assert view.printer_uri_error.isVisible()
    assert "Adresse d'imprimante invalide" in view.printer_uri_error.text()
    assert not view.save_button.isEnabled() and not view.test_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the shortcut is refused too
    wait_idle(qtbot, logged_in)
    assert demo_ledger.setting("printer") == saved

    qtbot.keyClicks(view.printer_uri, ":CC:DD:EE:FF")  # now a whole Bluetooth address
    assert view.printer_uri.property("invalid") is False
    assert not view.printer_uri_error.isVisible()
    assert view.save_button.isEnabled() and view.test_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_ledger.setting("printer")["uri"] == "bt://AA:BB:CC:DD:EE:FF", timeout=WAIT_MS)


@pytest.mark.parametrize("uri, valid", [
    ("tcp://192.168.1.50:9100", True), ("tcp://printer.local", True), ("tcp://host:99999", False),
    ("serial://COM5", True), ("serial:///dev/ttyUSB0?baud=19200", True), ("file:///dev/usb/lp0", True),
    ("usb", False), ("bt://AA:BB:CC:DD:EE:GG", False), ("192.168.1.50", False), ("", True),  # empty: no printer
])
def test_the_field_accepts_what_the_printing_accepts(qtbot, logged_in, uri, valid):
    logged_in.navigate("settings")
    view = logged_in.settings
    view.printer_uri.setText(uri)
    assert view.save_button.isEnabled() is valid
    assert (view.printer_uri.property("invalid") is True) is not valid
    assert view.test_button.isEnabled() is (valid and bool(uri))


@pytest.mark.parametrize("lang, words", [("en", "Invalid printer address"), ("pt", "Endereço de impressora inválido")])
def test_the_reason_follows_the_language(qtbot, logged_in, lang, words):
    logged_in.navigate("settings")
    view = logged_in.settings
    view.printer_uri.setText("tcp://")
    logged_in.set_language(lang)
    qtbot.waitUntil(lambda: words in view.printer_uri_error.text(), timeout=WAIT_MS)


def test_no_command_line_flag_on_the_settings_screen(qtbot, logged_in, demo_ledger):
    """The app has no --printer: neither the screen nor a failed test page may name a flag."""
    from PySide6.QtWidgets import QLabel

    logged_in.navigate("settings")
    view = logged_in.settings
    for uri in ("x", _closed_port_uri()):
        view.printer_uri.setText(uri)
        if view.test_button.isEnabled():
            qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: view.print_status.state == "failed", timeout=30_000)
        shown = [w.text() for w in view.findChildren(QLabel) if w.isVisibleTo(view) and w.text()]
        assert shown and not [text for text in shown if "--" in text], shown
    # Straight to the gateway with no address at all (nothing saved either): Settings, not --printer.
    demo_ledger.save_setting("printer", {})
    demo_ledger.save_setting("printing.printer", "")
    outcome = logged_in.ctx.printer.print_test_page("", "generic-58", "en")
    assert not outcome.ok and "--" not in outcome.message and "Settings" in outcome.message
