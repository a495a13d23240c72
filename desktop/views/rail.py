"""The navigation rail: Home, Search, New taxpayer, Map, Cash session, Synchronise, Settings.
Big icon-and-label buttons for thumbs; Ctrl+1…6 (and Ctrl+9 for the map) from the keyboard."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop.icons import icon
from desktop.widgets import label, with_shortcut_hint

ITEMS = ("home", "search", "new", "map", "session", "sync", "settings")
_ICONS = {"home": "home", "search": "search", "new": "person-add", "session": "cash", "sync": "sync",
          "settings": "settings", "map": "map"}
# Ctrl+1…6 keep their places for agents who learnt them; Ctrl+7 is the print queue.
SHORTCUTS = {"home": "Ctrl+1", "search": "Ctrl+2", "new": "Ctrl+3", "session": "Ctrl+4", "sync": "Ctrl+5",
             "settings": "Ctrl+6", "map": "Ctrl+9"}
RAIL_WIDTH = 144


class Rail(QWidget):
    chosen = Signal(str)
    logoutRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(RAIL_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        self.brand = label("", "Quittance", wrap=False)
        self.brand.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.brand.setStyleSheet("font-weight: 700; font-size: 13pt; color: white;")
        layout.addWidget(self.brand)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for key in ITEMS:
            item = self._tool_button(key, _ICONS[key])
            item.setCheckable(True)
            item.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            self.group.addButton(item)
            self.buttons[key] = item
            layout.addWidget(item)
        layout.addStretch(1)
        self.agent = label("", wrap=True)
        self.agent.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.agent.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.agent)
        self.logout = self._tool_button("logout", "logout")
        self.logout.clicked.connect(self.logoutRequested)
        layout.addWidget(self.logout)
        self.retranslate()

    def _tool_button(self, name: str, icon_name: str) -> QToolButton:
        item = QToolButton()
        item.setObjectName(f"rail_{name}")
        item.setIcon(icon(icon_name))
        item.setIconSize(QSize(32, 32))
        item.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        item.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        return item

    def select(self, key: str | None) -> None:
        """Highlight where the agent is; None for screens reached from within (card, payment)."""
        if key is None:
            self.group.setExclusive(False)
            for item in self.buttons.values():
                item.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[key].setChecked(True)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        """On a short screen (600 px tablets) smaller icons and no brand line, so that every item
        stays whole, two-line labels included."""
        super().resizeEvent(event)
        short = event.size().height() < 720
        size = QSize(24, 24) if short else QSize(32, 32)
        self.brand.setVisible(not short)
        for item in [*self.buttons.values(), self.logout]:
            if item.iconSize() != size:
                item.setIconSize(size)

    def minimumSizeHint(self) -> QSize:
        """What the rail needs once short (small icons, no brand line), so that a 600 px window
        may shrink it there: it only switches to short when resized below 720 px."""
        hint = super().minimumSizeHint()
        if self.brand.isVisible():
            hint.setHeight(hint.height() - self.brand.sizeHint().height() - self.layout().spacing())
        shrink = max(0, next(iter(self.buttons.values())).iconSize().height() - 24)
        hint.setHeight(hint.height() - shrink * (len(self.buttons) + 1))
        return hint

    def set_agent(self, name: str) -> None:
        self.agent.setText(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {"home": self.tr("Home"), "search": self.tr("Search"), "new": self.tr("New\ntaxpayer"),
                 "session": self.tr("Cash\nsession"), "sync": self.tr("Synchronise"), "settings": self.tr("Settings"),
                 "map": self.tr("Map")}
        for key in ITEMS:
            self.buttons[key].setText(texts[key])
            self.buttons[key].setToolTip(with_shortcut_hint(texts[key].replace("\n", " "), SHORTCUTS[key]))
        self.logout.setText(self.tr("Log out"))
        self.logout.setToolTip(with_shortcut_hint(self.tr("Log out"), "Ctrl+L"))
