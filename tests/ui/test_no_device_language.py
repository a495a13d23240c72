"""Opening the app on a device that was never set up says so in the system's language: there is
no device yet, so no language chosen on it."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.app import run_gui
from tests.ui.conftest import answer_next_dialog


@pytest.mark.parametrize(("lang", "words"), [
    ("en_GB.UTF-8", "not initialised"),
    ("pt_BR.UTF-8", "não está inicializado"),
    ("fr_FR.UTF-8", "pas initialisé"),
])
def test_a_missing_device_is_reported_in_the_system_language(qtbot, tmp_path: Path, monkeypatch, lang, words):
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", lang)
    shown: list[str] = []

    def read_and_close(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    answer_next_dialog(qtbot, read_and_close)
    assert run_gui(tmp_path / "nowhere.db") == 2
    assert shown and words in shown[0], shown
    assert not (tmp_path / "nowhere.db").exists()  # nothing is created by looking
