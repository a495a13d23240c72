"""A supervisor logs in to the same app against a real server app (SQLite and PostgreSQL): a
wrong password, the TOTP code asked for, rate limiting, an unreachable server, the window built
from SCREENS, a session that expires back to the login with nothing typed lost, the offline
banner, and a cache that never shows one supervisor's figures to another."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from sync.server import supervisors
from sync.server.schema import supervisor_sessions
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.supervisor_support import (connect, database_url, fill, log_in, open_form, server,  # noqa: F401
                                         server_factory, submit)


def set_days(dashboard, first: QDate, last: QDate) -> None:  # noqa: ANN001
    dashboard.first.setDate(first)
    dashboard.last.setDate(last)


def test_a_wrong_password_is_refused_in_words_then_the_right_one_opens_the_window(qtbot, window, server):
    add_supervisor(server)
    connect(window, server)
    open_form(qtbot, window)
    form = window.supervisor.login
    fill(form, SUPERVISOR, "not the password")
    submit(qtbot, window)
    assert form.notice.isVisible() and "a refusé ce nom et ce mot de passe" in form.notice.text()
    assert form.password.text() == ""  # typed again, not kept
    form.password.setText(PASSWORD)
    submit(qtbot, window)
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.supervisor.window, timeout=WAIT_MS)
    shown = window.supervisor.window
    assert shown.who.text() == SUPERVISOR
    assert list(shown.rail_buttons)[0] == "dashboard" and shown.current_key() == "dashboard"
    assert shown.rail_buttons["dashboard"].text() == "Tableau de bord"  # the demo device is in French


def test_the_code_is_asked_for_when_the_account_has_a_second_factor(qtbot, window, server):
    secret = add_supervisor(server, totp=True)
    connect(window, server)
    open_form(qtbot, window)
    form = window.supervisor.login
    assert not form.code.isVisible()
    fill(form, SUPERVISOR, PASSWORD)
    submit(qtbot, window)
    assert form.code.isVisible() and "6 chiffres" in form.notice.text()
    form.password.setText(PASSWORD)
    submit(qtbot, window)
    assert "code" in form.notice.text() and window.supervisor.window is None  # no code typed: asked again
    form.code.setText(supervisors.totp_code(secret))
    submit(qtbot, window)
    qtbot.waitUntil(lambda: window.supervisor.window is not None, timeout=WAIT_MS)


def test_too_many_tries_and_an_unreachable_server_are_said_plainly(qtbot, window, server_factory):
    server = server_factory(login_attempts=1)
    add_supervisor(server)
    switch = connect(window, server)
    open_form(qtbot, window)
    form = window.supervisor.login
    fill(form, SUPERVISOR, "wrong one")
    submit(qtbot, window)
    form.password.setText(PASSWORD)
    submit(qtbot, window)
    assert "Trop d'essais" in form.notice.text()
    switch.down = True
    form.password.setText(PASSWORD)
    submit(qtbot, window)
    assert "joindre le serveur" in form.notice.text() and form.offline.isVisible()


def test_an_expired_session_returns_to_the_login_and_keeps_the_screens(qtbot, window, server):
    add_supervisor(server)
    connect(window, server)
    log_in(qtbot, window, SUPERVISOR, PASSWORD)
    shown = window.supervisor.window
    dashboard = shown.screens["dashboard"]
    dashboard.dimension.setCurrentIndex(2)  # what the supervisor was looking at
    with server.engine.begin() as conn:
        conn.execute(update(supervisor_sessions).values(expires_at="2000-01-01T00:00:00.000Z"))
    qtbot.mouseClick(dashboard.refresh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.supervisor.login_page, timeout=WAIT_MS)
    box = window.supervisor.expiry_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "session" in box.text() and SUPERVISOR in box.text()
    form = window.supervisor.login
    assert form.name.text() == SUPERVISOR and "reconnectez-vous" in form.notice.text().lower()
    box.accept()
    form.password.setText(PASSWORD)
    submit(qtbot, window)
    qtbot.waitUntil(lambda: window.root.currentWidget() is shown, timeout=WAIT_MS)
    assert window.supervisor.window is shown and shown.screens["dashboard"] is dashboard
    assert dashboard.dimension.currentIndex() == 2


def test_a_screen_with_unsent_input_is_named_in_the_dialog(qtbot, window, server):
    from desktop.supervisor.screens import SCREENS, ScreenSpec
    from desktop.widgets import label

    class Typing(label("").__class__):
        def has_unsaved(self) -> bool:
            return True

    add_supervisor(server)
    connect(window, server)
    window.supervisor.screens = [ScreenSpec("counting", lambda: "Comptage", lambda _c, _p: Typing("…")), *SCREENS]
    log_in(qtbot, window, SUPERVISOR, PASSWORD)
    window.supervisor.window.open_screen("dashboard")
    with server.engine.begin() as conn:
        conn.execute(update(supervisor_sessions).values(ended_at="2026-01-01T00:00:00.000Z"))
    window.supervisor.window.screens["dashboard"].load()
    qtbot.waitUntil(lambda: window.supervisor.expiry_box is not None, timeout=WAIT_MS)
    assert "Comptage" in window.supervisor.expiry_box.text() and "pas été envoyé" in window.supervisor.expiry_box.text()


def test_offline_the_window_shows_the_last_figures_with_a_banner(qtbot, window, server):
    add_supervisor(server)
    switch = connect(window, server)
    log_in(qtbot, window, SUPERVISOR, PASSWORD)
    shown = window.supervisor.window
    dashboard = shown.screens["dashboard"]
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=WAIT_MS)
    assert not shown.banner.isVisible()
    switch.down = True
    qtbot.mouseClick(dashboard.refresh, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert shown.banner.isVisible() and shown.banner.text().startswith("Hors ligne — chiffres du ")
    switch.down = False
    qtbot.mouseClick(dashboard.refresh, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert not shown.banner.isVisible()


def test_logged_out_the_cache_stays_for_its_supervisor_only(qtbot, window, server):
    add_supervisor(server)
    add_supervisor(server, "Tshibola Kanku", "another long password")
    switch = connect(window, server)
    log_in(qtbot, window, "Tshibola Kanku", "another long password")  # her password is known offline too
    qtbot.mouseClick(window.supervisor.window.logout, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, SUPERVISOR, PASSWORD)
    dashboard = window.supervisor.window.screens["dashboard"]
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=WAIT_MS)
    set_days(dashboard, QDate(2026, 11, 24), QDate(2026, 11, 24))  # days only he read
    qtbot.mouseClick(dashboard.refresh, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert dashboard.data["from"] == "2026-11-24"
    qtbot.mouseClick(window.supervisor.window.logout, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert window.on_login_screen()
    switch.down = True
    open_form(qtbot, window)
    form = window.supervisor.login
    fill(form, "Tshibola Kanku", "another long password")
    qtbot.mouseClick(form.offline, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    theirs = window.supervisor.window.screens["dashboard"]
    wait_idle(qtbot, window)
    assert theirs.data is not None and theirs.data["from"] != "2026-11-24"  # her own last figures
    set_days(theirs, QDate(2026, 11, 24), QDate(2026, 11, 24))
    qtbot.mouseClick(theirs.refresh, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert theirs.data["from"] != "2026-11-24"  # his figures for those days are not hers
    assert "aucun chiffre" in theirs.notice.text().lower()
    qtbot.mouseClick(window.supervisor.window.logout, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    open_form(qtbot, window)
    fill(form, SUPERVISOR, "a wrong password")
    qtbot.mouseClick(form.offline, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert window.supervisor.window is None and "Aucun chiffre" in form.notice.text()
    fill(form, SUPERVISOR, PASSWORD)
    qtbot.mouseClick(form.offline, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    mine = window.supervisor.window.screens["dashboard"]
    wait_idle(qtbot, window)
    set_days(mine, QDate(2026, 11, 24), QDate(2026, 11, 24))
    qtbot.mouseClick(mine.refresh, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert mine.data["from"] == "2026-11-24" and window.supervisor.window.banner.isVisible()
