"""Home: is a session open, what came in today, what waits to sync, and the search box."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from core.changes import Changes
from core.messages import translate
from core.read_models import HomeSummary
from desktop.context import AppContext
from desktop.tasks import Latest
from desktop.views.clear_button import add_clear_button
from desktop.widgets import Card, Links, Notice, button, label


class HomeView(QWidget):
    searchTyped = Signal(str)
    sessionRequested = Signal()
    newTaxpayerRequested = Signal()
    syncRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.ctx = ctx
        self.links = Links()
        self.summary: HomeSummary | None = None
        self._latest = Latest()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(18)
        self.greeting = label("title")
        layout.addWidget(self.greeting)
        self.sync_standing = Notice()  # a revoked device, said plainly, first thing on the screen
        self.sync_standing.setObjectName("home_sync_standing")
        layout.addWidget(self.sync_standing)

        self.search = QLineEdit()
        self.search.setObjectName("home_search")
        self.search.setProperty("role", "search")
        self.clear_button = add_clear_button(self.search)  # 44 px or more, not Qt's 16 px icon
        self.search.textEdited.connect(self._typed)
        layout.addWidget(self.search)

        grid = QGridLayout()
        grid.setSpacing(16)
        self.grid = grid
        self.session_card = Card()
        self.session_title = label("subtitle")
        self.session_state = label("big")
        self.session_state.setObjectName("home_session_state")
        self.session_detail = label("muted")
        self.session_button = button("primary")
        self.session_button.clicked.connect(self.sessionRequested)
        for widget in (self.session_title, self.session_state, self.session_detail, self.session_button):
            self.session_card.body.addWidget(widget)

        self.today_card = Card()
        self.today_title = label("subtitle")
        self.today_total = label("big")
        self.today_total.setObjectName("home_today_total")
        self.today_count = label("muted")
        self.today_count.setObjectName("home_today_count")
        self.today_voids = label("muted")
        self.today_voids.setObjectName("home_today_voids")
        for widget in (self.today_title, self.today_total, self.today_count, self.today_voids):
            self.today_card.body.addWidget(widget)
        self.today_card.body.addStretch(1)

        self.sync_card = Card()
        self.sync_title = label("subtitle")
        self.sync_pending = label("big")
        self.sync_pending.setObjectName("home_sync_pending")
        self.sync_last = label("muted")
        self.sync_last.setObjectName("home_sync_last")
        self.sync_pending_text = label("muted")
        self.sync_pending_text.setObjectName("home_sync_pending_text")
        self.sync_button = button()
        self.sync_button.clicked.connect(self.syncRequested)
        for widget in (self.sync_title, self.sync_pending, self.sync_pending_text, self.sync_last, self.sync_button):
            self.sync_card.body.addWidget(widget)

        self.actions_card = Card()
        self.actions_title = label("subtitle")
        self.new_button = button()
        self.new_button.setObjectName("home_new_taxpayer")
        self.new_button.clicked.connect(self.newTaxpayerRequested)
        self.actions_card.body.addWidget(self.actions_title)
        self.actions_card.body.addWidget(self.new_button)
        self.actions_card.body.addStretch(1)
        self.cards = [self.session_card, self.today_card, self.sync_card, self.actions_card]
        self._columns = 0
        self._lay_out_cards(2)
        layout.addLayout(grid)
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addStretch(1)

        self.links.connect(ctx.changed, self._changed)
        self.links.connect(ctx.agentChanged, self.retranslate)
        self.links.connect(ctx.sync.statusChanged, self._render)
        self.retranslate()

    def _lay_out_cards(self, columns: int) -> None:
        """Two columns of tiles on a landscape screen, one on a narrow one."""
        if columns == self._columns:
            return
        self._columns = columns
        for index, card in enumerate(self.cards):
            self.grid.removeWidget(card)
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._lay_out_cards(2 if event.size().width() >= 900 else 1)

    def _typed(self, text: str) -> None:
        if text.strip():
            self.searchTyped.emit(text)
            self.search.clear()  # the search screen takes over the text

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        token = self._latest.next()
        self.ctx.run(self.ctx.ledger.reads.home_summary, self._latest.only_latest(token, self._loaded), self._failed)

    def _loaded(self, summary: HomeSummary) -> None:
        self.summary = summary
        self.notice.clear()
        self._render()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message("error", lambda: self.ctx.error_text(error))

    def _changed(self, changes: Changes) -> None:
        # Out of sight, the figures are read again when the screen is shown (showEvent): reading
        # them now would compete with the screen the agent is looking at (after a payment).
        if self.isVisible() and HomeSummary.shows(changes):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()
        self.search.setFocus()

    def _render(self) -> None:
        summary = self.summary
        if summary is None:
            for widget in (self.session_state, self.today_total, self.sync_pending):
                widget.setText("…")
            self.today_voids.setText("")
            return
        if summary.session_id:
            self.session_state.setText(self.tr("Open"))
            self.session_detail.setText(self.tr("Since %1").replace("%1", self.ctx.when(summary.session_opened_at)))
            self.session_button.setText(self.tr("See or close the session"))
        else:
            self.session_state.setText(self.tr("Closed"))
            self.session_detail.setText(self.tr("Open a session before taking payments."))
            self.session_button.setText(self.tr("Open a session"))
        # The same tally as the Z-report's: a voided receipt stays issued, and leaves the net.
        today = summary.today
        self.today_total.setText(self.ctx.money(today.net_amount))
        self.today_count.setText(self.tr("Receipts issued today: %1").replace("%1", str(today.issued)))
        self.today_voids.setText(self.tr("Voided: %1 — net: %2").replace("%1", str(today.voided))
                                 .replace("%2", str(today.net)))
        self.sync_pending.setText(str(summary.pending_events))
        self.sync_pending_text.setText(self.tr("records waiting to sync"))
        self.sync_last.setText(self.tr("Last sync: %1").replace(
            "%1", self.ctx.when(summary.last_sync_at) if summary.last_sync_at else self.tr("never")))
        if self.ctx.sync.revoked:
            self.sync_standing.show_message("error", lambda: translate("sync_revoked", self.ctx.lang))
        else:
            self.sync_standing.clear()

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Hello, %1").replace("%1", self.ctx.agent_name) if self.ctx.agent_name
                              else self.tr("Home"))
        self.search.setPlaceholderText(self.tr("Search: name, phone, ID, receipt no. or reference"))
        self.search.setAccessibleName(self.tr("Search"))
        self.session_title.setText(self.tr("Cash session"))
        self.today_title.setText(self.tr("Collected today"))
        self.sync_title.setText(self.tr("Synchronisation"))
        self.sync_button.setText(self.tr("See synchronisation"))
        self.actions_title.setText(self.tr("Census"))
        self.new_button.setText(self.tr("Register a new taxpayer"))
        self._render()

    def teardown(self) -> None:
        self.links.disconnect_all()
