"""Keyboard paths: the rail by Ctrl+1…6, search by Ctrl+F, and the F1 list of every shortcut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import answer_next_dialog, wait_idle


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


@pytest.mark.parametrize("lang", ["fr", "en", "pt"])
def test_f1_shows_every_line_whole_at_1024x600(qtbot, logged_in, lang):
    """Wrapped lines used to get one line's height and lose their second line, in every language."""
    from PySide6.QtWidgets import QLabel

    from desktop.views.shortcuts_help import ShortcutsDialog, shortcut_list

    logged_in.resize(1024, 600)
    logged_in.set_language(lang)
    wait_idle(qtbot, logged_in)
    dialog = ShortcutsDialog(logged_in)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 - 40 and dialog.height() <= 600 - 40
    labels = [w for w in dialog.list.findChildren(QLabel)]
    assert len(labels) == 2 * len(shortcut_list())
    wrapped = 0
    for text_label in labels:
        if text_label.wordWrap():
            assert text_label.height() >= text_label.heightForWidth(text_label.width()), text_label.text()
            wrapped += text_label.heightForWidth(text_label.width()) > text_label.fontMetrics().height() * 1.5
        else:
            assert text_label.width() >= text_label.sizeHint().width(), text_label.text()
        assert text_label.height() >= text_label.sizeHint().height() or text_label.wordWrap(), text_label.text()
    assert wrapped, "no line wraps here: the test would prove nothing"
    # What a short screen cannot hold scrolls into view, down to the last line.
    dialog.scroll.ensureWidgetVisible(labels[-1])
    qtbot.wait(20)
    assert not labels[-1].visibleRegion().isEmpty()
    dialog.close()


def test_every_window_shortcut_is_in_the_f1_list(logged_in):
    """A shortcut nobody can find is no shortcut: each one the window answers to is listed."""
    from PySide6.QtGui import QKeySequence, QShortcut

    from desktop.views.shortcuts_help import shortcut_list

    listed = " ".join(keys for keys, _ in shortcut_list()).replace("Enter", "Return")
    listed += " " + " ".join(f"Ctrl+{n}" for n in range(1, 7))  # "Ctrl+1 … Ctrl+6"
    keys = {s.key().toString(QKeySequence.SequenceFormat.PortableText) for s in logged_in.findChildren(QShortcut)}
    keys.discard("")
    missing = sorted(k for k in keys if k.replace("Enter", "Return") not in listed)
    assert keys and not missing, f"not in the F1 list: {missing}"
