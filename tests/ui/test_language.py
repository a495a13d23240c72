"""Switching language live (French by default, English, Portuguese), and every visible string
translated in the shipped Qt translation files."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, wait_idle

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _choose(qtbot, main, code: str) -> None:  # noqa: ANN001
    combo = main.settings.language
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())
    wait_idle(qtbot, main)


def test_switching_language_live_from_settings(qtbot, logged_in, demo_ledger):
    assert logged_in.rail.buttons["home"].text() == "Accueil"
    logged_in.navigate("settings")
    _choose(qtbot, logged_in, "en")
    assert logged_in.rail.buttons["home"].text() == "Home"
    assert logged_in.rail.buttons["settings"].text() == "Settings"
    assert logged_in.settings.title.text() == "Settings"
    assert logged_in.home.session_title.text() == "Cash session"  # views not on screen follow too
    assert demo_ledger.setting("language") == "en"

    _choose(qtbot, logged_in, "pt")
    assert logged_in.rail.buttons["home"].text() == "Início"
    assert logged_in.settings.title.text() == "Definições"
    assert logged_in.search.title.text() == "Pesquisar"
    logged_in.navigate("home")
    wait_idle(qtbot, logged_in)
    assert logged_in.home.today_count.text().startswith("Recibos emitidos hoje")
    assert demo_ledger.setting("language") == "pt"

    _choose(qtbot, logged_in, "fr")
    assert logged_in.rail.buttons["home"].text() == "Accueil"


def test_core_messages_follow_the_language(qtbot, logged_in):
    logged_in.navigate("settings")
    _choose(qtbot, logged_in, "en")
    logged_in.navigate("session")
    session = logged_in.session
    qtbot.waitUntil(lambda: session.pages.currentIndex() == 0, timeout=WAIT_MS)
    qtbot.keyClicks(session.float_input, "abc")
    qtbot.keyClick(session.float_input, Qt.Key.Key_Return)
    assert session.notice.text().startswith("Invalid amount")


def test_language_chosen_on_the_login_screen(qtbot, window, demo_ledger):
    qtbot.mouseClick(window.login.language_buttons["pt"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert window.login.who.text() == "Quem é você?"
    assert window.login.language_buttons["pt"].isChecked()
    assert demo_ledger.setting("language") == "pt"


def test_every_string_is_translated():
    for code in ("fr", "en", "pt"):
        tree = ET.parse(TRANSLATIONS / f"quittance_{code}.ts")
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            assert translation.get("type") != "unfinished", (code, message.findtext("source"))
            assert (translation.text or "").strip(), (code, message.findtext("source"))
        assert (TRANSLATIONS / f"quittance_{code}.qm").stat().st_size > 0


def test_translation_files_cover_the_source(tmp_path):
    """lupdate over today's code finds no string missing from the shipped .ts files."""
    root = TRANSLATIONS.parents[1]
    sources = sorted(str(p) for p in (root / "desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-silent"], check=True)

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(ctx.findtext("name"), msg.findtext("source"))
                for ctx in ET.parse(path).getroot().iter("context") for msg in ctx.iter("message")}

    missing = keys(fresh) - keys(TRANSLATIONS / "quittance_fr.ts")
    assert not missing, f"run `python -m resources.translations.update`: {sorted(missing)[:5]}"
