"""Large choice tiles for select_one and select_multiple: a grid of checkable buttons, two to a
row, each at least a thumb tall. The list is rebuilt when the choice filter changes it."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from core.forms.model import Choice, localized
from desktop.widgets import button

COLUMNS = 2


class ChoiceTiles(QWidget):
    edited = Signal(str)  # the answer: a choice name, or names joined by spaces (select_multiple)

    def __init__(self, multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.tiles: dict[str, QPushButton] = {}
        self._names: tuple[str, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._value = ""

    def set_choices(self, choices: tuple[Choice, ...], language: str, default_language: str) -> None:
        names = tuple(choice.name for choice in choices)
        labels = tuple(localized(choice.labels, language, default_language) or choice.name for choice in choices)
        if names == self._names and labels == self._labels:
            return  # the same list: keep the buttons (and the focus on one of them)
        self._names, self._labels = names, labels
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        for index, (name, text) in enumerate(zip(names, labels)):
            tile = button()
            tile.setObjectName(f"choice_{name}")
            tile.setCheckable(True)
            tile.setText(text)
            tile.setMinimumHeight(56)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.setProperty("choice", name)
            tile.clicked.connect(lambda _=False, n=name: self._tapped(n))
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[name] = tile
        self._render()

    def set_value(self, value: str) -> None:
        self._value = value
        self._render()

    def selected(self) -> list[str]:
        return self._value.split() if self.multiple else ([self._value] if self._value else [])

    def _tapped(self, name: str) -> None:
        chosen = self.selected()
        if self.multiple:
            chosen = [n for n in chosen if n != name] if name in chosen else chosen + [name]
            order = {n: i for i, n in enumerate(self._names)}
            chosen.sort(key=lambda n: order.get(n, len(order)))  # as ODK writes it: in the list's order
        else:
            chosen = [] if chosen == [name] else [name]  # tapping the chosen one again clears it
        self._value = " ".join(chosen)
        self._render()
        self.edited.emit(self._value)

    def _render(self) -> None:
        chosen = set(self.selected())
        for name, tile in self.tiles.items():
            tile.setChecked(name in chosen)

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt's name
        for tile in self.tiles.values():
            tile.setEnabled(enabled)
        super().setEnabled(enabled)


class ChoiceInput(QWidget):
    """The tiles as an input of the entry screen (see desktop/forms/inputs.py)."""
    edited = Signal(str)

    def __init__(self, multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tiles = ChoiceTiles(multiple)
        self.tiles.edited.connect(self.edited)
        layout.addWidget(self.tiles)

    def set_choices(self, choices: tuple[Choice, ...], language: str, default_language: str) -> None:
        self.tiles.set_choices(choices, language, default_language)

    def set_value(self, value: str) -> None:
        self.tiles.set_value(value)

    def focus(self) -> None:
        first = next(iter(self.tiles.tiles.values()), None)
        if first is not None:
            first.setFocus()

    def stop(self) -> None:
        pass
