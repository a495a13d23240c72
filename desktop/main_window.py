"""The one main window: login first, then the navigation rail and the work area beside it."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.supervisor.shell import SupervisorShell
from desktop.views.page_stack import PageStack
from desktop.views.card import CardView
from desktop.views.enroll import EnrollView
from desktop.views.home import HomeView
from desktop.views.login import LoginView
from desktop.views.payment import PaymentView
from desktop.views.print_queue import PrintQueueView, QueueBadge
from desktop.forms.census import CensusView
from desktop.map.screen import MapScreen
from desktop.views.rail import SHORTCUTS, Rail
from desktop.views.search import SearchView
from desktop.views.session import SessionView
from desktop.views.settings import SettingsView
from desktop.views.sync import SyncView
from desktop.views.taxpayer_form import TaxpayerForm
from desktop.views.shortcuts_help import ShortcutsDialog
from desktop.views.storage_banner import StorageBanner
from desktop.views.update_banner import UpdateBanner
from desktop.warmup import load_printing, polish_in_turns, settle_heap
from desktop.widgets import busy_bar, button, label, scrolling, shortcut


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.ctx = ctx
        self._shut_down = False
        self._warmed = False
        self._after_session: Callable[[], None] | None = None  # where opening a session takes the agent back
        self.root = PageStack()
        self.setCentralWidget(self.root)
        self.login = LoginView(ctx)
        self._login_page = scrolling(self.login)
        self.root.addWidget(self._login_page)

        self.workspace = QWidget()
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.rail = Rail()
        row.addWidget(self.rail)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        topbar = QWidget()
        topbar.setObjectName("topbar")
        topbar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        top = QHBoxLayout(topbar)
        top.setContentsMargins(20, 6, 20, 6)
        self.place = label("muted", ctx.municipality_name, wrap=False)
        self.demo_badge = label("banner", wrap=False)
        self.demo_badge.setVisible(ctx.demo)
        self.activity = label("muted", wrap=False)
        self.activity.setObjectName("activity")
        top.addWidget(self.place)
        top.addWidget(self.demo_badge)
        top.addStretch(1)
        top.addWidget(self.activity)
        self.queue_badge = QueueBadge(ctx)
        self.queue_badge.clicked.connect(self.show_print_queue)
        top.addWidget(self.queue_badge)
        self.help_button = button()
        self.help_button.setObjectName("help_shortcuts")
        self.help_button.setMinimumWidth(56)
        self.help_button.clicked.connect(self.show_shortcuts)
        top.addWidget(self.help_button)
        column.addWidget(topbar)
        self.activity_bar = busy_bar()
        column.addWidget(self.activity_bar)
        self.storage_banner = StorageBanner(ctx)
        column.addWidget(self.storage_banner)
        self.update_banner = UpdateBanner(ctx)  # an app update waiting, and its Install action
        column.addWidget(self.update_banner)
        self.pages = PageStack()
        column.addWidget(self.pages, 1)
        row.addLayout(column, 1)
        self.root.addWidget(self.workspace)

        self.home = HomeView(ctx)
        self.search = SearchView(ctx)
        self.card = CardView(ctx)
        self.form = TaxpayerForm(ctx)
        self.payment = PaymentView(ctx)
        self.session = SessionView(ctx)
        self.sync = SyncView(ctx)
        self.enroll = EnrollView(ctx)
        self.settings = SettingsView(ctx)
        self.print_queue = PrintQueueView(ctx)
        self.census = CensusView(ctx)
        self.map = MapScreen(ctx)
        self.views = [self.login, self.home, self.search, self.card, self.form, self.payment, self.session,
                      self.sync, self.enroll, self.settings, self.print_queue, self.census, self.map]
        # Screens that scroll their own body (keeping their buttons in view) go in as they are;
        # the others get a scroll area that only shows on a window too small for them.
        self._pages = {}
        for view in self.views[1:]:
            self._pages[view] = view if getattr(view, "scrolls_itself", False) else scrolling(view)
            self.pages.addWidget(self._pages[view])
        self._rail_keys = {self.home: "home", self.search: "search", self.form: "new", self.session: "session",
                           self.sync: "sync", self.enroll: "sync", self.settings: "settings", self.census: "census",
                           self.map: "map"}
        self.supervisor = SupervisorShell(self)
        self.login.supervisorRequested.connect(self.supervisor.show_login)
        self._wire()
        self.retranslate()
        ctx.sync.start()
        self.resize(1280, 800)

    def _wire(self) -> None:
        self.login.loggedIn.connect(self._logged_in)
        self.login.languageRequested.connect(self.set_language)
        self.settings.languageChosen.connect(self.set_language)
        self.rail.chosen.connect(self.navigate)
        self.rail.logoutRequested.connect(self.logout)
        self.home.searchTyped.connect(lambda text: self.show_search(text))
        self.home.sessionRequested.connect(lambda: self.navigate("session"))
        self.home.newTaxpayerRequested.connect(lambda: self.navigate("new"))
        self.home.syncRequested.connect(lambda: self.navigate("sync"))
        self.search.taxpayerChosen.connect(self.open_card)
        self.search.newTaxpayerRequested.connect(lambda: self.navigate("new"))
        self.card.backRequested.connect(self._card_back)
        self.card.payRequested.connect(self._start_payment)
        self.card.editRequested.connect(self._start_edit)
        self.card.sessionRequested.connect(self._session_for_card)
        self.card.newTaxpayerRequested.connect(lambda: self.navigate("new"))
        self.card.censusRequested.connect(self._census_for_taxpayer)
        self.card.outlineRequested.connect(self._draw_outline)
        self.form.saved.connect(self.open_card)
        self.form.registered.connect(self.card.confirm_registered)
        self.form.cancelled.connect(lambda tid: self.open_card(tid) if tid else self.navigate("home"))
        self.payment.doneRequested.connect(self.open_card)
        self.map.taxpayerChosen.connect(self._card_from_map)
        self.payment.searchRequested.connect(lambda: self.show_search(""))
        self.payment.sessionRequested.connect(self._session_for_payment)
        self.session.sessionOpened.connect(self._session_opened)
        self.sync.enrollRequested.connect(self.show_enroll)
        self.enroll.enrolled.connect(lambda: self._show(self.sync))
        self.enroll.cancelled.connect(lambda: self._show(self.sync))
        self.print_queue.settingsRequested.connect(lambda: self.navigate("settings"))
        self.ctx.runner.activeChanged.connect(self._activity)
        self.ctx.municipalityChanged.connect(self.retranslate)
        for key, keys in SHORTCUTS.items():
            shortcut(self.workspace, keys, lambda k=key: self.navigate(k))
        shortcut(self.workspace, "Ctrl+F", lambda: self.show_search(""))
        shortcut(self.workspace, "Ctrl+N", lambda: self.navigate("new"))
        shortcut(self.workspace, "Ctrl+7", self.show_print_queue)
        shortcut(self.workspace, "Ctrl+L", self.logout)
        shortcut(self.workspace, "F1", self.show_shortcuts)

    # -- navigation ----------------------------------------------------------------------
    def _show(self, view: QWidget, rail_key: str | None = None) -> None:
        if self.current_view() is self.form and view is not self.form:
            self.form.location_panel.stop()  # never keep a receiver running off-screen
        self.pages.setCurrentWidget(self._pages[view])
        self.rail.select(rail_key if rail_key is not None else self._rail_keys.get(view))

    def current_view(self) -> QWidget:
        page = self.pages.currentWidget()
        return page if page in self._pages else page.widget()

    def on_login_screen(self) -> bool:
        return self.root.currentWidget() is self._login_page

    def _draw_outline(self, obj) -> None:  # noqa: ANN001 - core.read_models.TaxableObject
        """From the card to the map, drawing the object's outline (its current one, if any)."""
        from core.errors import QuittanceError
        from core.geometry import polygon_from_text

        try:
            existing = polygon_from_text(obj.geometry)
        except QuittanceError:
            existing = None  # an outline that does not read is drawn again from nothing
        self.navigate("map")
        self.map.start_outline(obj.id, obj.reference, existing)
        if existing:
            ring = existing["coordinates"][0]
            self.map.view.fit_lonlat(min(p[0] for p in ring), min(p[1] for p in ring),
                                     max(p[0] for p in ring), max(p[1] for p in ring))

    def navigate(self, key: str) -> None:
        if self.root.currentWidget() is not self.workspace:
            return
        self._after_session = None  # the agent went somewhere else: no jump back later
        if key == "new":
            if self.form.editing is not None:
                self.form.start_new()  # an edit left half-way is abandoned; a new draft is kept
            self._show(self.form)
            self.form.name.setFocus()
            return
        if key == "search":
            self.show_search("")
            return
        self._show({"home": self.home, "session": self.session, "sync": self.sync,
                    "settings": self.settings, "census": self.census, "map": self.map}[key])

    def show_print_queue(self) -> None:
        if self.root.currentWidget() is self.workspace:
            self._show(self.print_queue)

    def show_enroll(self) -> None:
        """Offered from the Sync screen, never forced: a demo device runs unenrolled."""
        if self.root.currentWidget() is self.workspace:
            self.enroll.start()
            self._show(self.enroll)

    def show_search(self, text: str) -> None:
        self._show(self.search)
        self.search.start(text)

    def _card_from_map(self, taxpayer_id: str) -> None:
        self.open_card(taxpayer_id)
        self._card_origin = "map"  # Back returns to the map, where the agent was
        self.rail.select("map")

    def _card_back(self) -> None:
        if getattr(self, "_card_origin", "search") == "map":
            self._show(self.map, "map")
        else:
            self._show(self.search, "search")

    def open_card(self, taxpayer_id: str) -> None:
        self._card_origin = "search"
        self._show(self.card, "search")
        self.card.open(taxpayer_id)
        self.card.setFocus()

    def _start_payment(self, card) -> None:  # noqa: ANN001
        self._show(self.payment, "search")
        self.payment.start(card)

    def _census_for_taxpayer(self, taxpayer_id: str) -> None:
        self._show(self.census, "census")
        self.census.start_for_taxpayer(taxpayer_id)

    def _start_edit(self, card) -> None:  # noqa: ANN001
        self.form.start_edit(card)
        self._show(self.form, "search")

    # -- a session opened on the way to a payment ----------------------------------------
    def _session_for_card(self) -> None:
        """From a card (or its registration confirmation) with no session: once one is open, back to
        this taxpayer with the payment ready."""
        card = self.card.card
        self.navigate("session")
        if card is not None:
            self._after_session = lambda: self._start_payment(card)

    def _session_for_payment(self) -> None:
        """A payment refused for want of a session: once one is open, back to the form as it was typed."""
        self.navigate("session")
        self._after_session = self._resume_payment

    def _resume_payment(self) -> None:
        self._show(self.payment, "search")
        self.payment.resume()

    def _session_opened(self, _session_id: str) -> None:
        back, self._after_session = self._after_session, None
        if back is not None and self.current_view() is self.session:
            back()

    # -- session of the agent ------------------------------------------------------------
    def _logged_in(self, agent_id: str, name: str) -> None:
        self.ctx.set_agent(agent_id, name)
        self.rail.set_agent(name)
        self.root.setCurrentWidget(self.workspace)
        self.navigate("home")
        if not self._warmed:  # once per start: see desktop/warmup.py
            self._warmed = True
            self.ctx.run(load_printing, done=lambda _result: settle_heap(),
                         failed=lambda _error: None)  # a failure here is the first receipt's to say
            polish_in_turns(list(self._pages), then=settle_heap)  # the screens, not their scroll areas

    def logout(self) -> None:
        leaving = self.ctx.ledger.agent_id
        if leaving is not None:
            self.ctx.run(lambda: self.ctx.ledger.journal_later("logout", agent_id=leaving))
        self._after_session = None
        self.form.location_panel.stop()
        self.form.start_new()  # one agent's unsaved draft is not the next agent's business
        self.ctx.set_agent(None, "")
        self.root.setCurrentWidget(self._login_page)
        self.login.reset()

    def set_language(self, code: str) -> None:
        self.ctx.languages.apply(code)
        self.ctx.op(lambda ledger: ledger.save_setting("language", code))

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def _activity(self, labels: list[str]) -> None:
        self.activity.setText(labels[-1] + "…" if labels else "")
        self.activity_bar.setVisible(bool(labels))

    # -- lifecycle -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quittance — %1").replace("%1", self.ctx.municipality_name))
        self.place.setText(self.ctx.municipality_name)
        self.demo_badge.setText(self.tr("DEMO"))
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("Keyboard shortcuts (F1)"))

    def shutdown(self) -> None:
        """Stop receivers, let running writes finish, and cut every connection to the context."""
        if self._shut_down:
            return
        self._shut_down = True
        self.form.location_panel.stop()
        self.ctx.print_queue.teardown()  # no retry starts while the rest shuts down
        self.ctx.sync.stop()  # no sync starts; a running one stops at its next batch
        self.census.flush()  # answers typed a moment ago are written before the wait below
        self.queue_badge.teardown()
        self.ctx.runner.wait_for_done(30_000)
        self.ctx.runner.activeChanged.disconnect(self._activity)
        self.storage_banner.teardown()
        self.update_banner.teardown()
        for view in self.views:
            view.teardown()
        self.supervisor.teardown()
        self.ctx.languages.release()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
