"""Small building blocks the views share: styled labels, cards, message boxes in-line, shortcuts."""
from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget


def set_role(widget: QWidget, role: str) -> None:
    """Switch a widget's style role (see theme.py) and make Qt re-read the stylesheet. Re-reading
    it costs milliseconds on the UI thread, so a role that did not change is left alone."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")


def whole_numbers(text: str) -> str:
    """'100 000 000 CDF' never broken across two lines, where '100' alone would read as the
    amount: the spaces between groups of digits become no-break spaces."""
    return _GROUP_SPACE.sub("\u00a0", text)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Outline a field in red (or no longer): the style is re-read, or the old colour stays (and
    only then: re-reading it for nothing is milliseconds of UI thread at each Continue)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def reveal(widget: QWidget) -> None:
    """Scroll the nearest scroll area holding `widget` until it is in view (a field marked as
    wrong below the fold of a short screen is no help). Calls made in turn are honoured in turn."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            # Once the layout has placed what was just shown (the field, the message beside it).
            QTimer.singleShot(0, parent, lambda area=parent: area.ensureWidgetVisible(widget))
            return
        parent = parent.parentWidget()


def label(role: str = "", text: str = "", wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label in the theme's `role`. Only a one-line label is made selectable (a receipt number,
    a verification code): a selectable label lays its text out as a rich-text document, and a
    wrapped one did so again on every layout pass of its screen, a third of the time it took to
    show a taxpayer's card or a recorded payment."""
    if selectable and wrap:
        raise ValueError("only a label that does not wrap is made selectable")
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def field_label(text: str = "") -> QLabel:
    """A form row's label, centred on its (tall, touch-sized) field rather than stuck to its top."""
    widget = QLabel(text)
    widget.setMinimumHeight(46)
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return widget


def button(role: str = "") -> QPushButton:
    widget = QPushButton()
    if role:
        widget.setProperty("role", role)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


class Card(QFrame):
    """A panel with a little background, for the home tiles and the taxpayer card sections."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 14)
        self.body.setSpacing(8)


class Notice(QFrame):
    """An in-line message (error, warning, success) that stays until replaced or until its cause
    is gone: an agent in the sun may look away, so nothing important disappears on a timer.

    A message given as a function (`lambda: self.tr(...)`) is written again in the new language
    when the agent switches language; a message given as plain text cannot be, so it goes.
    A message shown with a `cause` ("amount", "storage", "print"...) is taken away by
    `clear(cause)` when that cause is gone, and by nothing else that clears another cause.

    A frame around a label rather than a padded label: Qt under-sizes word-wrapped labels that
    have stylesheet padding, which squashed the text against the border."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)  # not selectable: see label()
        self._render: Callable[[], str] | None = None
        self._language = ""
        self.kind = ""
        self.cause = ""
        self.hide()

    def show_message(self, kind: str, text: str | Callable[[], str], cause: str = "") -> None:
        self._render = text if callable(text) else None
        self._language = QLocale().name()  # the language it was written in (desktop.i18n sets it)
        self.kind, self.cause = kind, cause
        set_role(self, kind)
        set_role(self.label, kind)
        self._write(text() if callable(text) else text)

    def _write(self, text: str) -> None:
        self.label.setText(whole_numbers(text))
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()

    def clear(self, cause: str | None = None) -> None:
        """Take the message away; with a `cause`, only if it is that cause's message."""
        if cause is not None and cause != self.cause:
            return
        self._render = None
        self.kind, self.cause = "", ""
        self.label.setText("")
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.label.text():
            if self._render is not None:
                self._write(self._render())
            elif QLocale().name() != self._language:
                self.clear()  # written in a language the agent just left: stale
        super().changeEvent(event)


def scrolling(widget: QWidget) -> QScrollArea:
    """A screen inside a scroll area that normally fills the window: it only scrolls when the
    window is smaller than the screen needs (a short landscape tablet, a window split in two),
    so nothing is ever cut off out of reach."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # indeterminate: we know something runs, not how long
    bar.setTextVisible(False)
    bar.hide()
    return bar


def shortcut(parent: QWidget, keys: str | QKeySequence.StandardKey, slot: Callable[[], None],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A keyboard path for a touch action. Scoped to the view by default, so the same key can
    mean the right thing on each screen."""
    sequence = QKeySequence(keys)
    item = QShortcut(sequence, parent)
    item.setContext(context)
    item.activated.connect(slot)
    return item


def with_shortcut_hint(text: str, keys: str) -> str:
    """Tooltip text naming the shortcut, in the platform's notation."""
    return f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"


class Links:
    """Connections a view makes to longer-lived objects (the context, the runner), kept so the
    view can cut them all when it is torn down: no slot runs on a half-deleted widget, and
    tests do not leak one window's handlers into the next."""

    def __init__(self) -> None:
        self._pairs: list[tuple[object, Callable]] = []

    def connect(self, signal, slot: Callable) -> None:  # noqa: ANN001 - a bound Qt signal
        signal.connect(slot)
        self._pairs.append((signal, slot))

    def disconnect_all(self) -> None:
        for signal, slot in self._pairs:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # the sender is already gone
        self._pairs.clear()
