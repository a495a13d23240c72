"""The agent's way in, shared by the login (switch agent) and the unlock screen: large name tiles,
a PIN field and an on-screen keypad. One keypad for both, so a fix to one is a fix to both."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.widgets import button

TILE_PX = 56
KEY_PX = 60


def pin_field(name: str = "pin") -> QLineEdit:
    """Digits only, masked, large: typed on a laptop's keyboard or with the keypad."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(r"\d{0,12}", field))
    field.setAlignment(Qt.AlignmentFlag.AlignCenter)
    field.setProperty("role", "amount")
    return field


class AgentTiles(QWidget):
    """One checkable tile per agent, stacked; the first is chosen at the start."""
    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(10)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonClicked.connect(lambda _button: self.chosen.emit())
        self.buttons: dict[str, QPushButton] = {}

    def set_agents(self, agents: list[tuple[str, str]]) -> None:
        """(agent_id, name) pairs, in the order shown."""
        for tile in list(self.buttons.values()):
            self.group.removeButton(tile)
            tile.deleteLater()
        self.buttons = {}
        for agent_id, name in agents:
            tile = button()
            tile.setText(name)
            tile.setCheckable(True)
            tile.setProperty("agent_id", agent_id)
            tile.setMinimumHeight(TILE_PX)
            self.group.addButton(tile)
            self.buttons[agent_id] = tile
            self.column.addWidget(tile)
        if agents:
            self.buttons[agents[0][0]].setChecked(True)

    def selected(self) -> tuple[str, str] | None:
        tile = self.group.checkedButton()
        return (tile.property("agent_id"), tile.text()) if tile else None


class PinKeypad(QWidget):
    """Digits, backspace and OK for `field`. The keys never take the focus, so typing on a
    keyboard keeps going into the field."""
    submitted = Signal()

    def __init__(self, field: QLineEdit, ok_name: str = "login_ok", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.ok_button: QPushButton | None = None
        for position, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]):
            key_button = button("primary" if key == "OK" else "")
            key_button.setText(key)
            key_button.setMinimumHeight(KEY_PX)
            key_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "OK":
                key_button.setObjectName(ok_name)
                key_button.clicked.connect(self.submitted)
                self.ok_button = key_button
            elif key == "⌫":
                key_button.setObjectName("pin_backspace")
                key_button.clicked.connect(lambda: self.field.backspace())
            else:
                key_button.clicked.connect(lambda _=False, k=key: self.field.insert(k))
            grid.addWidget(key_button, position // 3, position % 3)
        field.returnPressed.connect(self.submitted)
