"""Every supervisor screen opens from the rail against a real server holding a day pushed by two
real devices, in English and Portuguese, in a 1024×600 window, without needing more room than
that: the window's own minimum size fits, and no screen asks to scroll sideways."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea

from desktop.supervisor.screens import SCREENS
from tests.server.reconcile_support import cash_day
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor
from tests.ui.conftest import wait_idle
from tests.ui.supervisor_support import connect, database_url, log_in, server, server_factory  # noqa: F401

SHOTS = os.environ.get("QUITTANCE_SUPERVISOR_SHOTS")  # a folder: keep a PNG of every screen there


@pytest.mark.parametrize("language", ["en", "pt"])
def test_every_screen_opens_and_fits_1024_by_600(qtbot, window, server, tmp_path, language):
    if server.engine.dialect.name != "sqlite":
        pytest.skip("the screens are the same on both databases; once is enough")
    cash_day(server, tmp_path)
    add_supervisor(server)
    connect(window, server)
    window.set_language(language)
    log_in(qtbot, window, SUPERVISOR, PASSWORD)
    window.resize(1024, 600)
    supervisor = window.supervisor.window
    assert list(supervisor.rail_buttons) == [spec.key for spec in SCREENS]
    for spec in SCREENS:
        qtbot.mouseClick(supervisor.rail_buttons[spec.key], Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        screen = supervisor.screens[spec.key]
        assert supervisor.stack.currentWidget() is screen
        assert supervisor.rail_buttons[spec.key].text() == spec.title() != ""
        window.resize(1024, 600)  # a screen whose layout needs more would hold the window bigger
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(SHOTS) / f"supervisor-{spec.key}-{language}.png"))
        assert (window.width(), window.height()) == (1024, 600), (spec.key, window.size())
        sideways = [area for area in screen.findChildren(QAbstractScrollArea)
                    if area.isVisible() and area.horizontalScrollBar().isVisible()
                    and area.horizontalScrollBar().maximum() > 40]
        assert not [type(a).__name__ for a in sideways if not _is_wide_table(a)], spec.key


def _is_wide_table(area: QAbstractScrollArea) -> bool:
    """A data table may scroll sideways (its columns are the data); a form or a page may not."""
    from PySide6.QtWidgets import QTableView, QTreeView
    return isinstance(area, (QTableView, QTreeView))
