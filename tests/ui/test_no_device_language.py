"""Opening the app on a device that was never set up opens the first-start wizard in the system's
language: there is no device yet, so no language chosen on it."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import run_gui
from desktop.wizard.frame import FirstStartWizard

LANGS = [("en_GB.UTF-8", "Welcome to Quittance"), ("pt_BR.UTF-8", "Bem-vindo ao Quittance"),
         ("fr_FR.UTF-8", "Bienvenue dans Quittance")]


def _system_language(monkeypatch, lang: str) -> None:  # noqa: ANN001
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", lang)


@pytest.mark.parametrize(("lang", "title"), LANGS)
def test_a_missing_device_opens_the_wizard_in_the_system_language(qtbot, tmp_path: Path, monkeypatch, lang, title):
    _system_language(monkeypatch, lang)
    shown: list[str] = []

    def read_and_close() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstStartWizard) and w.isVisible()]
        if not wizards:
            QTimer.singleShot(10, read_and_close)
            return
        shown.append(wizards[0].page.title.text())
        wizards[0].close()  # the agent closes it: the app stops, the next start shows it again

    QTimer.singleShot(0, read_and_close)
    assert run_gui(tmp_path / "nowhere.db") == 0
    assert shown == [title]
    assert not (tmp_path / "nowhere.db").exists()  # nothing is created by looking
