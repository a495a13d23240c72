"""The wizard follows the language live: a tap on a tile, or a switch later, re-translates every
page already made, the messages on them included; and the camera reads the enrollment QR code
(a photo of the PNG the server's command wrote) as the enrollment screen's camera does."""
from __future__ import annotations

from tests.ui.conftest import WAIT_MS
from tests.ui.qr_frames import StillCameras, photo_like, qimage
from tests.ui.wizard_support import (SERVER_URL, click, close_wizard, discovery, device_path,  # noqa: F401
                                     next_page, open_wizard, printer_file, qr_png, real_server, wait_page)


def test_enrolling_with_the_camera_then_switching_language_retranslates_every_page(
        qtbot, tmp_path, real_server, discovery, device_path):
    png = qr_png(real_server, tmp_path / "enroll-T19.png", "T19")
    cameras = StillCameras([qimage(photo_like(png, angle=-12, scale=0.5))])
    wizard = open_wizard(qtbot, device_path, real_server, discovery, cameras=cameras, language="fr")
    wait_page(qtbot, wizard, "language")
    next_page(qtbot, wizard, "enroll")
    page = wizard.page
    assert page.scan_button.isVisible() and page.scan_button.text() == "Lire avec la caméra"
    click(qtbot, page.scan_button)
    assert cameras.running and page.form_card.isHidden()
    qtbot.waitUntil(lambda: page.code.text() != "" and page.form_card.isVisible(), timeout=WAIT_MS)
    assert not cameras.running  # the camera goes off once the code is read
    assert page.server.text() == SERVER_URL
    click(qtbot, page.submit_button)
    qtbot.waitUntil(lambda: page.enrolled, timeout=WAIT_MS * 2)
    assert page.done_text.text().startswith("Cet appareil est inscrit : appareil T19 de Ville de Kananga")

    next_page(qtbot, wizard, "printer")
    printer = wizard.page
    qtbot.waitUntil(lambda: printer.printers.count() == 2, timeout=WAIT_MS)
    printer.printers.setCurrentRow(0)
    click(qtbot, printer.test_button)
    qtbot.waitUntil(lambda: printer.result.kind == "success", timeout=WAIT_MS)
    assert printer.result.text().startswith("La page de test a été envoyée")

    languages = wizard.session.languages
    languages.apply("pt")
    qtbot.waitUntil(lambda: wizard.back_button.text() == "Voltar", timeout=WAIT_MS)
    assert printer.title.text() == "Impressora de recibos" and wizard.skip_button.text() == "Saltar"
    assert printer.result.text().startswith("A página de teste foi enviada")  # the message too
    assert wizard.step.text() == "Passo 3 de 5"
    assert page.done_text.text().startswith("Este dispositivo está inscrito: dispositivo T19")
    assert wizard.pages[0].title.text() == "Bem-vindo ao Quittance"
    assert wizard.pages[0].tiles["pt"].isChecked()
    languages.apply("en")
    qtbot.waitUntil(lambda: wizard.back_button.text() == "Back", timeout=WAIT_MS)
    assert printer.result.text().startswith("The test page was sent")
    assert wizard.pages[3].choices["file"].text() == "NMEA log file (replay)"
    next_page(qtbot, wizard, "gnss")
    next_page(qtbot, wizard, "summary")
    assert wizard.page.value("language") == "English"
    qtbot.waitUntil(lambda: wizard.session.ledger.setting("language") == "en", timeout=WAIT_MS)  # kept
    for key in ("gnss", "printer", "enroll", "language"):  # Back, page by page, to the first
        qtbot.waitUntil(wizard.back_button.isEnabled, timeout=WAIT_MS)
        click(qtbot, wizard.back_button)
        wait_page(qtbot, wizard, key)
    click(qtbot, wizard.page.tiles["pt"])
    next_page(qtbot, wizard, "enroll")
    qtbot.waitUntil(lambda: wizard.session.ledger.setting("language") == "pt", timeout=WAIT_MS)
    close_wizard(wizard)
