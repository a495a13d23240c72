"""The banner that says an app update is waiting, with its Install action (issue 13, Updates).

The sync downloads and checks the update in the background (sync/client/updates.py); this banner
reads what is staged after each sync, off the UI thread, and shows "An update is waiting (version
X.Y.Z)" above every screen of the workspace. Install checks the file again, copies the database,
hands the file to the platform's installer and closes the app, which the installer starts again
in the new version (sync/client/update_install.py). All of it runs in the sync lane, so it never
overlaps a sync writing the same folder, and never on the UI thread. A download the sync refused
(altered, cut short, not signed by the server's key) is said here in the agent's language."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from core.errors import QuittanceError
from desktop.context import AppContext
from desktop.tasks import SYNC_LANE
from desktop.widgets import Links, button, label
from sync.client.installer import Installer
from sync.client.update_install import install_staged
from sync.client.updates import StagedUpdate, updates_folder, waiting


class UpdateBanner(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("update_banner")
        self.ctx = ctx
        self.installer: Installer | None = None  # None: the platform's own (sync/client/installer.py)
        self.quit_app: Callable[[], None] = lambda: self.window().close()  # the installer starts the new one
        self.staged: StagedUpdate | None = None
        self.refusal: dict[str, Any] | None = None  # the last sync's refused update, if any
        self.error: QuittanceError | None = None  # an install that could not go ahead
        self.installing = False
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 8, 12, 8)
        row.setSpacing(16)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.title = label("success")
        self.title.setObjectName("update_title")
        self.message = label()
        self.message.setObjectName("update_message")
        column.addWidget(self.title)
        column.addWidget(self.message)
        row.addLayout(column, 1)
        self.install_button = button("primary")
        self.install_button.setObjectName("update_install")
        self.install_button.clicked.connect(self.install)
        row.addWidget(self.install_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.links = Links()
        self.links.connect(ctx.sync.finished, self._synced)
        self.hide()
        self.retranslate()
        self.reload()

    # -- what is staged -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the staged update again (a small JSON file and one stat, off the UI thread); the
        version now running is not waiting any more."""
        folder = updates_folder(self.ctx.ledger.store.path)
        self.ctx.run(lambda: waiting(folder), self._loaded, lambda _error: None)

    def _loaded(self, staged: StagedUpdate | None) -> None:
        self.staged = staged
        self._render()

    def _synced(self, result: Any) -> None:  # noqa: ANN401 - a SyncResult
        update = getattr(result, "update", None) or {}
        self.refusal = update if update.get("state") == "refused" else None
        if update.get("state") in ("staged", "refused", "none"):
            self.error = None
        self.reload()

    # -- installing ---------------------------------------------------------------------------
    def install(self) -> None:
        if self.installing or self.staged is None:
            return
        self.installing, self.error = True, None
        ledger, staged, installer = self.ctx.ledger, self.staged, self.installer
        self._render()
        self.ctx.run(lambda: install_staged(ledger, staged, installer), self._installed, self._not_installed,
                     lane=SYNC_LANE, label=self.tr("Installing the update"))

    def _installed(self, _done: dict[str, Any]) -> None:
        self.installing = False
        self.quit_app()

    def _not_installed(self, error: BaseException) -> None:
        self.installing = False
        self.error = error if isinstance(error, QuittanceError) else QuittanceError(
            "update_install_failed", reason=str(error) or type(error).__name__)
        self.reload()  # a refused file was deleted: the banner says so, without its button

    # -- showing ------------------------------------------------------------------------------
    def _render(self) -> None:
        lang = self.ctx.lang
        waiting = self.staged is not None
        problem = self.error.message(lang) if self.error is not None else None
        if problem is None and self.refusal is not None and not waiting:
            problem = QuittanceError(self.refusal.get("code", "update_refused_file"),
                                     version=self.refusal.get("version") or "?").message(lang)
        self.setVisible(waiting or problem is not None)
        postponed = not waiting and self.error is None and (self.refusal or {}).get("code") == "update_no_space"
        role = "warning" if postponed else "error" if problem is not None else "success"
        self.setProperty("role", role)
        self.title.setProperty("role", role)
        for widget in (self, self.title):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if waiting:
            self.title.setText(self.tr("An update is waiting (version %1)").replace("%1", self.staged.version))
        elif postponed:  # not refused: waiting for room on the disk
            self.title.setText(self.tr("Update postponed"))
        else:
            self.title.setText(self.tr("Update refused"))
        if self.installing:
            self.message.setText(self.tr("Copying your data, then installing…"))
        elif problem is not None:
            self.message.setText(problem)
        else:
            self.message.setText(self.tr("Your data is copied first; then the app closes and starts again in the "
                                         "new version."))
        self.install_button.setVisible(waiting)
        self.install_button.setEnabled(waiting and not self.installing)
        self._fit()

    def _fit(self) -> None:
        # As the storage banner: the main window's layouts do not pass height-for-width down.
        if self.width() > 0:
            self.setMinimumHeight(max(self.heightForWidth(self.width()), 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.install_button.setText(self.tr("Install"))
        self._render()

    def teardown(self) -> None:
        self.links.disconnect_all()
