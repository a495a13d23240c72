"""The cash count of the reconciliation screen: a touch stepper per note and coin of the
municipality's currency (from the server's detail), the total counted and the variance, updated
as the supervisor types. Pure arithmetic on integer minor units (invariant 1)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from core.money import format_money
from desktop.views.stepper import Stepper
from desktop.widgets import label, whole_numbers

COLUMNS = 2  # two [face][− n +] pairs a row fit the 1024 px screen with touch-sized buttons
MAX_PIECES = 100_000  # the server's limit (sync/server/reconcile_count.MAX_PIECES)


def signed_money(amount: int, currency: str, language: str) -> str:
    """'-2 000 CDF' reads as a shortfall, '+1 000 CDF' as a surplus."""
    text = format_money(abs(amount), currency, language)
    return whole_numbers(f"-{text}" if amount < 0 else (f"+{text}" if amount > 0 else text))


class CountPanel(QWidget):
    """Rows of [face] [− pieces +]; `changed` fires on every step or keystroke."""
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.spins: dict[str, QSpinBox] = {}
        self.values: dict[str, int] = {}
        self._kinds: list[tuple[QLabel, str, str]] = []  # (label, face, kind): written again on a language change
        self.currency, self.language = "", "fr"

    def set_denominations(self, denominations: list[dict[str, Any]], currency: str, language: str) -> None:
        """A fresh count (every piece at 0) for these notes and coins."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.spins, self.values, self._kinds = {}, {}, []
        self.currency, self.language = currency, language
        for index, d in enumerate(denominations):
            face = d["face"]
            spin = QSpinBox()
            spin.setObjectName(f"pieces_{face}")
            spin.setRange(0, MAX_PIECES)
            spin.setMinimumWidth(72)
            spin.setAccessibleName(face)
            spin.valueChanged.connect(self._step)
            row, col = divmod(index, COLUMNS)
            name = label("", "", wrap=False)
            name.setMinimumWidth(170)  # '= CDF 100,000' once counted
            self._kinds.append((name, face, d.get("kind") or "note"))
            self.grid.addWidget(name, row, col * 2)
            self.grid.addWidget(Stepper(spin), row, col * 2 + 1)
            self.spins[face], self.values[face] = spin, int(d["value"])
        self._step()

    def pieces(self) -> dict[str, int]:
        return {face: spin.value() for face, spin in self.spins.items()}

    def total(self) -> int:
        return sum(self.values[face] * n for face, n in self.pieces().items())

    def reset(self) -> None:
        for spin in self.spins.values():
            spin.setValue(0)

    def retranslate(self) -> None:
        self._step()

    def _step(self, *_: object) -> None:
        """Each face with its kind, or with what its pieces add up to once some are counted."""
        for name, face, kind in self._kinds:
            amount = self.values[face] * self.spins[face].value()
            second = whole_numbers("= " + format_money(amount, self.currency, self.language)) if amount else \
                (self.tr("note") if kind == "note" else self.tr("coin"))
            name.setText(f"{face}\n{second}")
        self.changed.emit()
