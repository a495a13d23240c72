"""The cash count of the reconciliation screen: a touch stepper per note and coin of the
municipality's currency (from the server's detail), the total counted and the variance, updated
as the supervisor types. Pure arithmetic on integer minor units (invariant 1)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from core.money import format_money
from desktop.views.stepper import Stepper
from desktop.widgets import label, whole_numbers

CONTEXT = "Reconciliation"
MAX_PIECES = 100_000  # the server's limit (sync/server/reconcile_count.MAX_PIECES)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def signed_money(amount: int, currency: str, language: str) -> str:
    """'-2 000 CDF' reads as a shortfall, '+1 000 CDF' as a surplus."""
    text = format_money(abs(amount), currency, language)
    return whole_numbers(f"-{text}" if amount < 0 else (f"+{text}" if amount > 0 else text))


class CountPanel(QWidget):
    """Two columns of [face] [− pieces +] [amount]; `changed` fires on every step or keystroke."""
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.spins: dict[str, QSpinBox] = {}
        self.values: dict[str, int] = {}
        self._amounts: dict[str, QLabel] = {}
        self._kinds: list[tuple[QLabel, str, str]] = []  # (label, face, kind): written again on a language change
        self.currency, self.language = "", "fr"

    def set_denominations(self, denominations: list[dict[str, Any]], currency: str, language: str) -> None:
        """A fresh count (every piece at 0) for these notes and coins."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.spins, self.values, self._amounts, self._kinds = {}, {}, {}, []
        self.currency, self.language = currency, language
        for index, d in enumerate(denominations):
            face = d["face"]
            spin = QSpinBox()
            spin.setObjectName(f"pieces_{face}")
            spin.setRange(0, MAX_PIECES)
            spin.setMinimumWidth(84)
            spin.setAccessibleName(face)
            spin.valueChanged.connect(self._step)
            row, col = divmod(index, 2)
            name = label("", "", wrap=False)
            self._kinds.append((name, face, d.get("kind") or "note"))
            self.grid.addWidget(name, row, col * 3)
            self.grid.addWidget(Stepper(spin), row, col * 3 + 1)
            amount = label("muted", "", wrap=False)
            amount.setMinimumWidth(96)
            self.grid.addWidget(amount, row, col * 3 + 2)
            self.spins[face], self.values[face], self._amounts[face] = spin, int(d["value"]), amount
        self.retranslate()
        self._step()

    def retranslate(self) -> None:
        for name, face, kind in self._kinds:
            name.setText(f"{face}\n{tr('note') if kind == 'note' else tr('coin')}")

    def pieces(self) -> dict[str, int]:
        return {face: spin.value() for face, spin in self.spins.items()}

    def total(self) -> int:
        return sum(self.values[face] * n for face, n in self.pieces().items())

    def reset(self) -> None:
        for spin in self.spins.values():
            spin.setValue(0)

    def _step(self, *_: object) -> None:
        for face, spin in self.spins.items():
            amount = self.values[face] * spin.value()
            self._amounts[face].setText(whole_numbers(format_money(amount, self.currency, self.language))
                                        if amount else "")
        self.changed.emit()

