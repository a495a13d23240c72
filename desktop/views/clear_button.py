"""A clear button a finger can hit: Qt's own (setClearButtonEnabled) is a 16 px icon, and
touch targets are at least 44 px. It sits inside the field's right end, as tall as the field
and square, shows only when there is text, and clears with a tap; the text never runs under it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from desktop.icons import icon
from desktop.theme import MUTED

MIN_TOUCH = 44


class ClearButton(QToolButton):
    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.setObjectName("clear_button")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Esc or Ctrl+A, Del from the keyboard; this is for fingers
        self.setIcon(icon("clear", MUTED, MUTED, 24))
        self.setIconSize(QSize(24, 24))
        self.clicked.connect(self._clear)
        edit.textChanged.connect(self._text_changed)
        edit.installEventFilter(self)
        self._place()
        self._text_changed(edit.text())
        self.retranslate()

    def _clear(self) -> None:
        self.edit.clear()
        self.edit.textEdited.emit("")  # what a user's own deletion says, for views that listen to edits
        self.edit.setFocus()

    def _text_changed(self, text: str) -> None:
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Clear"))
        self.setAccessibleName(self.tr("Clear"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        side = max(MIN_TOUCH, self.edit.height())
        self.setFixedSize(side, side)
        self.move(self.edit.width() - side, (self.edit.height() - side) // 2)
        self.edit.setTextMargins(0, 0, side - 8, 0)  # the field's own padding covers the rest


def add_clear_button(edit: QLineEdit) -> ClearButton:
    edit.setClearButtonEnabled(False)
    return ClearButton(edit)
