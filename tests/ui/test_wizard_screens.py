"""Every wizard page at the smallest tablet size (1024 x 600), in French, English and Portuguese:
no button whose words are cut, no page wider than the window, and every text in the language
chosen (a live switch retranslates the page on screen). Set WIZARD_SHOTS=DIR to keep the PNGs
(docs/desktop/wizard/ holds the French set)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea

from desktop.wizard.frame import FirstStartWizard
from tests.french_words import french_typography_in, french_words_in
from tests.ui.conftest import NMEA_LOG, WAIT_MS
from tests.ui.wizard_support import (CONFIG, SERVER_URL, close_wizard, discovery, device_path,  # noqa: F401
                                     enroll_by_typing, next_page, open_wizard, printer_file, real_server, wait_page)

TITLES = {
    "fr": ["Bienvenue dans Quittance", "Inscrire cet appareil", "Imprimante à reçus", "Position (GPS)", "Prêt"],
    "en": ["Welcome to Quittance", "Enroll this device", "Receipt printer", "Position (GPS)", "Ready"],
    "pt": ["Bem-vindo ao Quittance", "Inscrever este dispositivo", "Impressora de recibos", "Posição (GPS)",
           "Pronto"],
}
NEXT = {"fr": "Suivant", "en": "Next", "pt": "Seguinte"}


def _no_french(wizard: FirstStartWizard, lang: str) -> None:
    """In English and Portuguese, no French word or punctuation on the page (the server's own
    names and the test's file paths aside: they are data, shown as they are)."""
    if lang == "fr":
        return
    allowed = (SERVER_URL, CONFIG["municipality"]["name"], str(NMEA_LOG), "file://", "/tmp/", "pytest-of-")
    texts = [w.text() for w in wizard.findChildren(QLabel) + wizard.findChildren(QAbstractButton)
             if w.isVisible() and w.text()]
    for text in texts:
        assert not french_words_in(text, lang, allowed), (text, french_words_in(text, lang, allowed))
        assert not french_typography_in(text, lang, allowed), text


def _fits(qtbot, wizard: FirstStartWizard, lang: str = "fr") -> None:  # noqa: ANN001
    qtbot.wait(50)  # one layout pass after the page's last change
    _no_french(wizard, lang)
    area = wizard.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    assert area.horizontalScrollBar().maximum() == 0, f"{wizard.page.key}: wider than the window"
    for widget in wizard.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            assert widget.sizeHint().width() <= widget.width() + 1, f"{widget.objectName()}: {widget.text()!r} cut"
    for widget in wizard.page.findChildren(QLabel):
        if widget.isVisible() and widget.text() and not widget.wordWrap():
            assert widget.sizeHint().width() <= widget.width() + 1, f"{widget.text()!r} cut"


def _shot(wizard: FirstStartWizard, lang: str, index: int, state: str = "") -> None:
    folder = os.environ.get("WIZARD_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        name = f"{lang}-{index + 1}-{wizard.page.key}{'-' + state if state else ''}.png"
        wizard.grab().save(str(Path(folder) / name))


@pytest.mark.parametrize("lang", ["fr", "en", "pt"])
def test_every_page_fits_a_small_tablet_in_each_language(qtbot, lang, real_server, discovery, device_path,
                                                         printer_file):
    wizard = open_wizard(qtbot, device_path, real_server, discovery, language="fr")
    assert (wizard.width(), wizard.height()) == (1024, 600)
    wait_page(qtbot, wizard, "language")
    if lang != "fr":
        qtbot.mouseClick(wizard.page.tiles[lang], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.page.title.text() == TITLES[lang][0], timeout=WAIT_MS)
    assert wizard.next_button.text() == NEXT[lang]
    _fits(qtbot, wizard, lang)
    _shot(wizard, lang, 0)
    next_page(qtbot, wizard, "enroll")
    page = wizard.page
    assert page.title.text() == TITLES[lang][1]
    page.server.setText("htp:/revenue")
    page._check(show_incomplete=True)  # the inline error shown too, as the agent would see it
    _fits(qtbot, wizard, lang)
    _shot(wizard, lang, 1)
    enroll_by_typing(qtbot, wizard, SERVER_URL, real_server.enrollment_code("T18"))
    assert page.enrolled
    _fits(qtbot, wizard, lang)
    _shot(wizard, lang, 1, "done")
    next_page(qtbot, wizard, "printer")
    page = wizard.page
    qtbot.waitUntil(lambda: page.printers.count() == 2, timeout=WAIT_MS)
    page.printers.setCurrentRow(0)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.isVisible() and not page.busy, timeout=WAIT_MS)
    assert page.title.text() == TITLES[lang][2]
    _fits(qtbot, wizard, lang)
    _shot(wizard, lang, 2)
    next_page(qtbot, wizard, "gnss")
    page = wizard.page
    page.choices["file"].setChecked(True)
    page.file.setText(str(NMEA_LOG))
    assert page.title.text() == TITLES[lang][3]
    _fits(qtbot, wizard, lang)
    _shot(wizard, lang, 3)
    next_page(qtbot, wizard, "summary")
    assert wizard.page.title.text() == TITLES[lang][4]
    _fits(qtbot, wizard, lang)
    _shot(wizard, lang, 4)
    close_wizard(wizard)
