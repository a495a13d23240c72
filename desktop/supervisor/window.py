"""The supervisor's window: a rail built from SCREENS (in their order), the supervisor's name,
the language switch and Log out beside the work area; a banner says when the figures shown
come from the cache (the server could not be reached) and from when.

Screens are made the first time they are opened, so a window with many screens opens at once and
reads only what is looked at. A screen may say it holds typed input not yet sent
(`has_unsaved() -> bool`): the window names it before anything could drop it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

from desktop.context import AppContext
from desktop.i18n import LANGUAGES
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.screens import SCREENS, ScreenSpec
from desktop.supervisor.session import WatchedClient
from desktop.widgets import button, label
from sync.client.supervisor import Reading

RAIL_WIDTH = 200  # "Reconciliação", "Administração" whole at the app's font size


translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


class SupervisorWindow(QWidget):
    logoutRequested = Signal()
    expired = Signal(str)  # the server's code: the session is no longer accepted
    languageRequested = Signal(str)

    def __init__(self, ctx: AppContext, client: WatchedClient, screens: list[ScreenSpec] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisor_window")
        self.ctx, self.client = ctx, client
        self.specs = list(SCREENS if screens is None else screens)
        self.context = SupervisorContext(client, ctx.runner, ctx.lang, ctx.timezone)
        self.screens: dict[str, QWidget] = {}
        self.last_reading: Reading | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        rail = QWidget()
        rail.setObjectName("rail")
        rail.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        rail.setFixedWidth(RAIL_WIDTH)
        column = QVBoxLayout(rail)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(3)
        brand = label("", "Quittance", wrap=False)
        brand.setStyleSheet("font-weight: 700; font-size: 13pt; color: white;")
        brand.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(brand)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.rail_buttons: dict[str, QPushButton] = {}
        for spec in self.specs:
            item = QPushButton()
            item.setObjectName(f"supervisor_rail_{spec.key}")
            item.setCheckable(True)
            item.setCursor(Qt.CursorShape.PointingHandCursor)
            # A touch target (the theme's 44 px), with less padding: seven and the rail's foot fit 600 px.
            item.setStyleSheet("text-align: left; padding: 0px 8px; font-size: 11pt;")
            item.clicked.connect(lambda _=False, k=spec.key: self.open_screen(k))
            self.group.addButton(item)
            self.rail_buttons[spec.key] = item
            column.addWidget(item)
        column.addStretch(1)
        self.who = label("", wrap=True)
        self.who.setObjectName("supervisor_who")
        self.who.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.who.setStyleSheet("font-size: 12pt; color: white;")
        column.addWidget(self.who)
        languages = QHBoxLayout()
        languages.setSpacing(2)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            choice = QPushButton(code.upper())
            choice.setCheckable(True)
            choice.setMinimumHeight(44)
            choice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            choice.setStyleSheet("padding: 0px; min-width: 0px;")  # three side by side in the rail
            choice.clicked.connect(lambda _=False, c=code: self.languageRequested.emit(c))
            self.language_buttons[code] = choice
            languages.addWidget(choice)
        column.addLayout(languages)
        self.logout = QPushButton()
        self.logout.setObjectName("supervisor_logout")
        self.logout.setStyleSheet("padding: 0px 8px;")
        self.logout.clicked.connect(self.logoutRequested)
        column.addWidget(self.logout)
        row.addWidget(rail)

        work = QVBoxLayout()
        work.setContentsMargins(0, 0, 0, 0)
        work.setSpacing(0)
        self.banner = label("banner", wrap=True)
        self.banner.setObjectName("supervisor_offline_banner")
        self.banner.setContentsMargins(16, 8, 16, 8)
        self.banner.hide()
        work.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.empty = label("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        work.addWidget(self.stack, 1)
        row.addLayout(work, 1)

        client.watch.reading.connect(self._reading)
        client.watch.expired.connect(self.expired)
        ctx.languages.changed.connect(self._language_changed)
        self._language_changed(ctx.lang)
        self.retranslate()
        if self.specs:
            self.open_screen(self.specs[0].key)

    # -- screens -------------------------------------------------------------------------
    def open_screen(self, key: str) -> QWidget:
        if key not in self.screens:
            spec = next(s for s in self.specs if s.key == key)
            made = spec.make(self.context, None)
            made.setObjectName(made.objectName() or f"supervisor_screen_{key}")
            self.screens[key] = made
            self.stack.addWidget(made)
        self.stack.setCurrentWidget(self.screens[key])
        self.rail_buttons[key].setChecked(True)
        return self.screens[key]

    def current_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((k for k, w in self.screens.items() if w is current), None)

    def unsaved_screens(self) -> list[str]:
        """The titles of the screens holding input not yet sent, in the rail's order."""
        found = []
        for spec in self.specs:
            screen = self.screens.get(spec.key)
            check = getattr(screen, "has_unsaved", None)
            if callable(check) and check():
                found.append(spec.title())
        return found

    # -- the offline banner --------------------------------------------------------------
    def _reading(self, reading: Reading) -> None:
        self.last_reading = reading
        self._show_banner()

    def _show_banner(self) -> None:
        reading = self.last_reading
        if reading is not None and reading.cached:
            self.banner.setText(translate("SupervisorWindow", "Offline — figures from %1")
                                .replace("%1", self.ctx.when(reading.fetched_at)))
        elif self.client.offline and reading is None:
            self.banner.setText(translate("SupervisorWindow", "Offline — showing the last figures kept on this device"))
        else:
            self.banner.hide()
            return
        self.banner.show()

    # -- language ------------------------------------------------------------------------
    def _language_changed(self, code: str) -> None:
        self.context.language = code
        for screen in self.screens.values():  # the figures' formats follow the language too
            again = getattr(screen, "retranslate", None)
            if callable(again):
                again()
        for each, choice in self.language_buttons.items():
            choice.setChecked(each == code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for spec in self.specs:
            self.rail_buttons[spec.key].setText(spec.title())
        self.who.setText(self.client.name or "")
        self.logout.setText(translate("SupervisorWindow", "Log out"))
        self.empty.setText(translate("SupervisorWindow", "No supervisor screen is installed."))
        self._show_banner()

    def teardown(self) -> None:
        for signal, slot in ((self.client.watch.reading, self._reading), (self.client.watch.expired, self.expired),
                             (self.ctx.languages.changed, self._language_changed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        for screen in self.screens.values():
            stop = getattr(screen, "teardown", None)
            if callable(stop):
                stop()
