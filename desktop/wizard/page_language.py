"""The wizard's first page: the language, as three big tiles, each named in its own language.
A tap switches the whole wizard at once (Qt's LanguageChange reaches every page). The device keeps
the choice when it is made (desktop/wizard/device.make_device), and any switch after that
(desktop/wizard/session.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from desktop.i18n import LANGUAGES, language_name
from desktop.wizard.page import WizardPage
from desktop.wizard.session import FirstStartSession

TILE_PX = 150


class LanguagePage(WizardPage):
    key = "language"

    def __init__(self, session: FirstStartSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.tiles: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for code in LANGUAGES:
            tile = QPushButton(f"{language_name(code)}\n{code.upper()}")
            tile.setObjectName(f"wizard_language_{code}")
            tile.setCheckable(True)
            tile.setMinimumHeight(TILE_PX)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.setStyleSheet(f"QPushButton {{ font-size: 22pt; min-height: {TILE_PX}px; }}")  # the theme's min-height wins over setMinimumHeight
            tile.clicked.connect(lambda _=False, c=code: self.choose(c))
            self.group.addButton(tile)
            self.tiles[code] = tile
            row.addWidget(tile)
        self.column.addSpacing(12)
        self.column.addLayout(row)
        self.finish_layout()
        self.session.languages.changed.connect(self._show_current)
        self._show_current(self.session.lang)
        self.retranslate()

    def choose(self, code: str) -> None:
        self.session.languages.apply(code)  # every page retranslates now

    def _show_current(self, code: str) -> None:
        if code in self.tiles:
            self.tiles[code].setChecked(True)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Quittance"))
        self.intro.setText(self.tr("Choose your language. You can change it later on the login screen "
                                   "and in Settings."))
