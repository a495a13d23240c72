"""Guards the PySide6 pin in pyproject.toml: 6.12.0 on CPython 3.11 gives back a reference to None
or True on every void Qt call and every emit(), and an app used all day then aborts with
"Fatal Python error: none_dealloc". Whatever PySide6 is installed must not do that."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal()


def test_void_qt_calls_and_emits_do_not_leak_away_none_or_true(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(600):  # few enough that a leaking build fails here rather than aborting
        label.setText("x")
        emitter.fired.emit()
    # Immortal on 3.12+, so only a fall of hundreds means the bug is back.
    assert sys.getrefcount(None) > none_before - 500
    assert sys.getrefcount(True) > true_before - 500
