"""Keyboard paths: the rail by Ctrl+1…6, search by Ctrl+F, and the F1 list of every shortcut."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import answer_next_dialog


def test_rail_and_search_by_keyboard(qtbot, logged_in):
    expected = [logged_in.home, logged_in.search, logged_in.form, logged_in.session, logged_in.sync,
                logged_in.settings]
    for number, view in enumerate(expected, start=1):
        qtbot.keyClick(logged_in.current_view(), getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert logged_in.current_view() is view
    qtbot.keyClick(logged_in.current_view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert logged_in.current_view() is logged_in.search and logged_in.search.box.hasFocus()


def test_f1_lists_the_shortcuts(qtbot, logged_in):
    seen: dict = {}

    def act(dialog) -> None:  # noqa: ANN001
        from PySide6.QtWidgets import QLabel

        seen["texts"] = [w.text() for w in dialog.findChildren(QLabel)]
        dialog.accept()

    answer_next_dialog(qtbot, act)
    qtbot.keyClick(logged_in.current_view(), Qt.Key.Key_F1)
    assert "Raccourcis clavier" in seen["texts"]
    assert any("encaisser" in text for text in seen["texts"])
