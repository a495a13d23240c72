"""The app survives PySide6 6.12.0's over-release of None and True on CPython 3.11 (qt_guard.py)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from desktop.app import application
from desktop.qt_guard import MARGIN, affected


class _Emitter(QObject):
    fired = Signal()


def test_a_long_day_of_qt_calls_cannot_free_none_or_true(qtbot):
    application()  # applies the guard
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20_000):  # far more than None's natural few thousand references
        label.setText("x")
        emitter.fired.emit()
    if affected():
        assert none_before > MARGIN // 2 and true_before > MARGIN // 2
        # The bug is still there (one reference lost per call): the margin is what absorbs it.
        assert sys.getrefcount(None) <= none_before
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
