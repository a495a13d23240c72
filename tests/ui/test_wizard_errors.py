"""What goes wrong on a first start is said on the page, in the agent's language, and loses
nothing: a server that cannot be reached, a wrong or used code, a picture that holds no
enrollment QR code, a printer address that cannot print or a printer that fails, a log that is
not NMEA. The device made at the first refused try is the one that enrolls in the end."""
from __future__ import annotations

import socket

import qrcode
from PIL import Image
from PySide6.QtWidgets import QFileDialog

from core.service import Ledger
from sync.server.schema import devices
from tests.server.support import enroll as enroll_directly, make_device
from tests.ui.conftest import NMEA_LOG, WAIT_MS, type_text
from tests.ui.wizard_support import (SERVER_URL, click, close_wizard, discovery, device_path,  # noqa: F401
                                     enroll_by_typing, next_page, open_wizard, printer_file, real_server, wait_page)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again at once: nothing listens there


def _to_enrollment(qtbot, wizard) -> None:  # noqa: ANN001
    wait_page(qtbot, wizard, "language")
    next_page(qtbot, wizard, "enroll")


def test_refusals_in_portuguese_keep_what_was_typed_and_the_same_device_enrolls(
        qtbot, tmp_path, real_server, discovery, device_path):
    server = real_server
    wizard = open_wizard(qtbot, device_path, None, discovery, language="pt")  # the real network
    _to_enrollment(qtbot, wizard)
    page = wizard.page
    code = server.enrollment_code("T12")
    unreachable = f"http://127.0.0.1:{_closed_port()}"
    enroll_by_typing(qtbot, wizard, unreachable, code)
    assert not page.enrolled and page.notice.kind == "error"
    assert page.notice.text().startswith(f"O servidor {unreachable} não está acessível")
    assert page.server.text() == unreachable and page.code.text() == code  # nothing typed is lost
    assert page.server.property("invalid") is True and not wizard.next_button.isEnabled()
    made = wizard.session.ledger
    assert made is not None and device_path.exists()  # the key pair is kept for the next try
    device_id = made.device.id

    wizard.session.transport = server.client._transport  # the network is back
    enroll_by_typing(qtbot, wizard, SERVER_URL, "ABCD-EFGH-JKMN")
    assert page.notice.text() == ("Este código de inscrição é desconhecido, já usado ou expirado: peça um novo "
                                  "ao seu supervisor.")
    assert page.code.property("invalid") is True and page.code.text() == "ABCD-EFGH-JKMN"

    used = server.enrollment_code("T13")  # another device enrolls with it first
    other = make_device(tmp_path / "other.db", server, "T13")
    enroll_directly(server, other, used)
    other.close()
    enroll_by_typing(qtbot, wizard, SERVER_URL, used)
    assert "já usado" in page.notice.text() and not page.enrolled

    enroll_by_typing(qtbot, wizard, SERVER_URL, code)
    assert page.enrolled and not page.notice.isVisible()
    assert "Este dispositivo está inscrito: dispositivo T12" in page.done_text.text()
    assert wizard.session.ledger.device.id == device_id  # the device made at the first try
    assert [r["code"] for r in server.rows(devices, devices.c.id == device_id)] == ["T12"]
    assert wizard.next_button.isEnabled()
    close_wizard(wizard)


def test_pictures_that_hold_no_enrollment_are_said_so(qtbot, tmp_path, real_server, discovery, device_path,
                                                      monkeypatch):
    wizard = open_wizard(qtbot, device_path, real_server, discovery, language="en")
    _to_enrollment(qtbot, wizard)
    page = wizard.page
    receipt_qr = tmp_path / "receipt-qr.png"
    qrcode.make("https://mairie.example/v/7KQ2-M9XD").save(receipt_qr)
    blank = tmp_path / "blank.png"
    Image.new("L", (400, 300), 255).save(blank)
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("this is no picture", encoding="utf-8")
    type_text(page.code, "K7Q2")  # half typed: a failed read must not lose it
    for path, expected in ((receipt_qr, "This QR code is not an enrollment code"),
                           (blank, "No QR code was found in this picture"),
                           (not_a_picture, "This file is not a picture that can be read")):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, _p=path, **k: (str(_p), ""))
        click(qtbot, page.image_button)
        qtbot.waitUntil(lambda: not page.busy and page.notice.isVisible(), timeout=WAIT_MS)
        assert page.notice.text().startswith(expected), page.notice.text()
        assert page.code.text() == "K7Q2"
        page.notice.clear()
    # Said again in French when the agent switches back: the message follows the language.
    click(qtbot, page.image_button)
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=WAIT_MS)
    wizard.session.languages.apply("fr")
    qtbot.waitUntil(lambda: page.notice.text().startswith("Ce fichier n'est pas une image lisible"), timeout=WAIT_MS)
    assert not device_path.exists()  # nothing was enrolled: nothing was written
    close_wizard(wizard)


def _enrolled(qtbot, wizard, server) -> None:  # noqa: ANN001
    _to_enrollment(qtbot, wizard)
    enroll_by_typing(qtbot, wizard, SERVER_URL, server.enrollment_code("T14"))
    assert wizard.page.enrolled
    next_page(qtbot, wizard, "printer")


def test_a_printer_that_cannot_print_is_said_so_and_skip_leaves_none(qtbot, tmp_path, real_server, discovery,
                                                                     device_path):
    wizard = open_wizard(qtbot, device_path, real_server, discovery, language="en")
    _enrolled(qtbot, wizard, real_server)
    page = wizard.page
    page.address.clear()
    type_text(page.address, "bt://nonsense")
    assert page.address_error.isVisible() and page.address_error.text().startswith("Invalid printer address")
    assert not wizard.next_button.isEnabled() and not page.test_button.isEnabled()
    page.address.clear()
    type_text(page.address, (tmp_path / "no-such-folder" / "printer.bin").as_uri())
    assert not page.address_error.isVisible() and wizard.next_button.isEnabled()
    click(qtbot, page.test_button)
    qtbot.waitUntil(lambda: page.result.kind != "" and not page.busy, timeout=WAIT_MS)
    assert page.result.kind == "error" and page.result.text().startswith("The test page did not print:")
    click(qtbot, wizard.skip_button)
    wait_page(qtbot, wizard, "gnss")
    assert wizard.session.ledger.setting("printer")["uri"] == ""
    click(qtbot, wizard.skip_button)
    wait_page(qtbot, wizard, "summary")
    assert wizard.page.value("printer") == "None yet: choose it later in Settings"
    assert wizard.page.value("gnss") == "The device's own position service"
    close_wizard(wizard)


def test_a_log_that_is_not_nmea_is_refused_on_the_page(qtbot, tmp_path, real_server, discovery, device_path):
    wizard = open_wizard(qtbot, device_path, real_server, discovery, language="fr")
    _enrolled(qtbot, wizard, real_server)
    click(qtbot, wizard.skip_button)
    wait_page(qtbot, wizard, "gnss")
    page = wizard.page
    notes = tmp_path / "notes.txt"
    notes.write_text("Taxpayers met today: 12\n$GPGGA,bad checksum*00\n", encoding="utf-8")
    click(qtbot, page.choices["file"])
    page.file.setText(str(notes))
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: page.file_error.isVisible(), timeout=WAIT_MS)
    assert page.file_error.text().startswith("Ce fichier ne contient aucune phrase NMEA")
    assert wizard.page is page and page.file.text() == str(notes)
    assert (wizard.session.ledger.setting("gps") or {}).get("source") != "file"  # nothing saved
    page.file.setText(str(NMEA_LOG))
    assert not page.file_error.isVisible()
    next_page(qtbot, wizard, "summary")
    assert wizard.session.ledger.setting("gps")["file"] == str(NMEA_LOG)
    close_wizard(wizard)
    ledger = Ledger.open(device_path)
    assert ledger.setting("gps")["source"] == "file"
    ledger.close()
