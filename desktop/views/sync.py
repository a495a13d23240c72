"""Synchronisation: what is waiting to be sent, and when the device last synced.

The sync client arrives with the sync issue; until then this screen says so plainly and never
pretends to send anything. Everything stays safe on the device meanwhile."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.changes import Changes
from core.read_models import HomeSummary
from desktop.context import AppContext
from desktop.tasks import Latest
from desktop.widgets import Card, Links, Notice, button, label


class SyncView(QWidget):
    settingsRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync")
        self.ctx = ctx
        self.links = Links()
        self.summary: HomeSummary | None = None
        self._latest = Latest()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(14)
        self.title = label("title")
        layout.addWidget(self.title)
        card = Card()
        self.pending_title = label("subtitle")
        self.pending = label("big")
        self.pending.setObjectName("sync_pending")
        self.last = label("")
        self.last.setObjectName("sync_last")
        self.server = label("muted")
        self.server.setObjectName("sync_server")
        for widget in (self.pending_title, self.pending, self.last, self.server):
            card.body.addWidget(widget)
        layout.addWidget(card)
        self.state = Notice()
        self.state.setObjectName("sync_state")
        layout.addWidget(self.state)
        self.sync_button = button("primary")
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setEnabled(False)
        self.settings_button = button()
        self.settings_button.clicked.connect(self.settingsRequested)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.settings_button)
        layout.addStretch(1)
        self.links.connect(ctx.changed, self._changed)
        self.retranslate()

    def refresh(self) -> None:
        token = self._latest.next()
        self.ctx.run(self.ctx.ledger.reads.home_summary, self._latest.only_latest(token, self._loaded), lambda error: None)

    def _loaded(self, summary: HomeSummary) -> None:
        self.summary = summary
        self._render()

    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and HomeSummary.shows(changes):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()

    def _render(self) -> None:
        summary = self.summary
        self.pending.setText(str(summary.pending_events) if summary else "…")
        last = self.ctx.when(summary.last_sync_at) if summary and summary.last_sync_at else self.tr("never")
        self.last.setText(self.tr("Last sync: %1").replace("%1", last))
        url = self.ctx.setting("server_url", "") or ""
        self.server.setText(self.tr("Server: %1").replace("%1", url) if url else
                            self.tr("Server: not set (Settings)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Synchronise"))
        self.pending_title.setText(self.tr("Events waiting to be sent"))
        self.state.show_message("warning", self.tr(
            "Sending to the server is not available in this version yet: it arrives with the synchronisation "
            "update. Nothing is lost meanwhile: every payment, void and registration is kept on this device, "
            "signed and chained, and will be sent in order."))
        self.sync_button.setText(self.tr("Synchronise now (not available yet)"))
        self.settings_button.setText(self.tr("Server address…"))
        self._render()

    def teardown(self) -> None:
        self.links.disconnect_all()
