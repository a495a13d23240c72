"""Number fields a finger can use. Qt's spin box arrows are two 26 px halves stacked in the
field's end, hard to hit on a tablet and cramped at 1024x600: a stepper puts a − and a +
button (touch-sized, repeating when held) on either side of the field instead, and the field
asks the on-screen keyboard for digits. For a value typed rather than stepped (a surface in m²),
`number_field` keeps only the field."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QPushButton, QWidget

BUTTON_PX = 56


def number_field(spin: QAbstractSpinBox) -> QAbstractSpinBox:
    """No arrows; digits from the on-screen keyboard; the value centred in the field."""
    # Arrows hidden by theme.py (width 0): NoButtons makes the styled edit field 1 px wide.
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
    spin.setProperty("stepper", True)  # theme.py: no room kept for arrows
    spin.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
    spin.style().unpolish(spin)  # re-read the stylesheet for the new property
    spin.style().polish(spin)
    return spin


class Stepper(QWidget):
    """[ − ] [ value ] [ + ] around a spin box, which stays the one holding the value."""

    def __init__(self, spin: QAbstractSpinBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = number_field(spin)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.minus, self.plus = QPushButton("−"), QPushButton("+")
        for name, widget, step in (("minus", self.minus, spin.stepDown), ("plus", self.plus, spin.stepUp)):
            widget.setObjectName(f"{spin.objectName() or 'stepper'}_{name}")
            widget.setProperty("role", "stepper")
            widget.setFixedWidth(BUTTON_PX)
            widget.setAutoRepeat(True)  # held down, it keeps counting
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard has the arrow keys in the field
            widget.setCursor(Qt.CursorShape.PointingHandCursor)
            widget.clicked.connect(step)
        row.addWidget(self.minus)
        row.addWidget(spin, 1)
        row.addWidget(self.plus)
        spin.valueChanged.connect(self._limits)
        self._limits()
        self.retranslate()

    def _limits(self, *_: object) -> None:
        self.minus.setEnabled(self.spin.value() > self.spin.minimum())
        self.plus.setEnabled(self.spin.value() < self.spin.maximum())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.minus.setAccessibleName(self.tr("Less"))
        self.minus.setToolTip(self.tr("Less"))
        self.plus.setAccessibleName(self.tr("More"))
        self.plus.setToolTip(self.tr("More"))
