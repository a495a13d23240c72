"""The supervisor's side inside the app's one window: the login page and the supervisor's window
as two more pages of the main window's stack, reached from the agents' login.

A session refused by the server (expired, ended) brings the login back with a dialog saying
so; the supervisor's window and what is typed on its screens wait, as they were, for the same
supervisor to log in again. Logging out keeps the cache (offline viewing)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from desktop.supervisor.login import SupervisorLoginView
from desktop.supervisor.session import WatchedClient, open_cache
from desktop.supervisor.window import SupervisorWindow
from desktop.widgets import scrolling
from sync.client.http import Backoff
from sync.client.supervisor import SupervisorCache

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


class SupervisorShell(QObject):
    def __init__(self, main: "MainWindow") -> None:
        super().__init__(main)
        self.main, self.ctx = main, main.ctx
        self.transport: httpx.BaseTransport | None = None  # tests: the server app's own transport
        self.backoff: Backoff | None = None
        self.screens = None  # None: desktop.supervisor.screens.SCREENS
        self._cache: SupervisorCache | None = None
        self.window: SupervisorWindow | None = None
        self.expiry_box: QMessageBox | None = None
        self.login = SupervisorLoginView(self.ctx, self.make_client)
        self.login_page = scrolling(self.login)
        main.root.addWidget(self.login_page)
        self.login.backRequested.connect(self.back_to_agents)
        self.login.languageRequested.connect(main.set_language)
        self.login.loggedIn.connect(self._logged_in)

    @property
    def cache(self) -> SupervisorCache:
        """One file beside the device's database, opened at the first supervisor login."""
        if self._cache is None:
            path = getattr(self.ctx.ledger.store, "path", None)
            self._cache = open_cache(Path(path).parent if path else None,
                                     getattr(self.ctx.ledger.store, "key", None))
        return self._cache

    def make_client(self, url: str) -> WatchedClient:
        return WatchedClient(url, self.transport, cache=self.cache, backoff=self.backoff)

    def show_login(self) -> None:
        self.login.start()
        self.main.root.setCurrentWidget(self.login_page)

    def back_to_agents(self) -> None:
        self.main.root.setCurrentWidget(self.main._login_page)
        self.main.login.reset()

    def _logged_in(self, client: WatchedClient) -> None:
        if self.window is not None and self.window.client is client:
            self.main.root.setCurrentWidget(self.window)  # the same session renewed: screens as they were
            return
        self._drop_window(end=True)
        self.window = SupervisorWindow(self.ctx, client, self.screens)
        self.window.logoutRequested.connect(self.logout)
        self.window.expired.connect(self._expired)
        self.window.languageRequested.connect(self.main.set_language)
        self.main.root.addWidget(self.window)
        self.main.root.setCurrentWidget(self.window)

    def _expired(self, _code: str) -> None:
        window = self.window
        if window is None or self.main.root.currentWidget() is not window:
            return  # already back at the login: one dialog is enough
        unsaved = window.unsaved_screens()
        name = window.client.name or ""
        if unsaved:
            text = translate("SupervisorShell",
                             "Your session on the server has ended. What you typed on %1 has not been sent: it is "
                             "kept as you left it, and comes back when you log in again as %2.").replace(
                "%1", ", ".join(unsaved)).replace("%2", name)
        else:
            text = translate("SupervisorShell",
                             "Your session on the server has ended. Log in again as %1 to go on; the screens stay "
                             "as you left them.").replace("%1", name)
        self.login.start(translate("SupervisorShell", "Your session has ended: log in again."), resume=window.client)
        self.main.root.setCurrentWidget(self.login_page)
        box = QMessageBox(QMessageBox.Icon.Information, translate("SupervisorShell", "Session ended"), text,
                          QMessageBox.StandardButton.Ok, self.main)
        box.setObjectName("supervisor_session_ended")
        box.open()  # window-modal, not blocking: a background answer must not wait on it
        self.expiry_box = box

    def logout(self) -> None:
        window = self.window
        if window is None:
            return
        unsaved = window.unsaved_screens()
        if unsaved:
            question = translate("SupervisorShell",
                                 "What you typed on %1 has not been sent and will be lost. Log out anyway?")
            asked = QMessageBox.question(self.main, translate("SupervisorShell", "Log out"),
                                         question.replace("%1", ", ".join(unsaved)))
            if asked != QMessageBox.StandardButton.Yes:
                return
        self._drop_window(end=True)
        self.back_to_agents()

    def _drop_window(self, end: bool) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        window.teardown()
        client = window.client
        if end:
            # Logging out tells the server (a network call): off the UI thread. The cache stays.
            self.ctx.runner.submit(client.end, failed=lambda _e: None)
        self.main.root.removeWidget(window)
        window.deleteLater()

    def teardown(self) -> None:
        if self.window is not None:
            self.window.teardown()
            self.window.client.http.close()
        self.login.teardown()
        if self._cache is not None:
            self._cache.close()
            self._cache = None
