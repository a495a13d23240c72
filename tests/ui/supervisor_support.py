"""The app's supervisor side against a real server app: the server fixtures (SQLite and
PostgreSQL), a network that can be cut, and the login driven through the real form."""
from __future__ import annotations


from PySide6.QtCore import Qt

from sync.client.http import Backoff
from tests.server.conftest import database_url, server, server_factory  # noqa: F401 - fixtures
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.server.supervisor_support import Switch

URL = "http://testserver"


def connect(window, server) -> Switch:  # noqa: ANN001
    """Point the app's supervisor side at the test server, through a switchable network."""
    switch = Switch(server.client._transport)
    window.supervisor.transport = switch
    window.supervisor.backoff = Backoff(sleep=lambda _s: None)
    return switch


def open_form(qtbot, window) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.login.supervisor_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.supervisor.login_page, timeout=WAIT_MS)


def fill(form, name: str, password: str, url: str = URL) -> None:  # noqa: ANN001
    form.server.setText(url)
    form.name.setText(name)
    form.password.setText(password)


def submit(qtbot, window) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.supervisor.login.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)


def log_in(qtbot, window, name: str, password: str) -> None:  # noqa: ANN001
    open_form(qtbot, window)
    fill(window.supervisor.login, name, password)
    submit(qtbot, window)
    qtbot.waitUntil(lambda: window.supervisor.window is not None
                    and window.root.currentWidget() is window.supervisor.window, timeout=WAIT_MS)
    wait_idle(qtbot, window)
