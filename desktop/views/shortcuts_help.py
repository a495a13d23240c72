"""F1: every keyboard path in one list, for agents on a laptop."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QGridLayout, QVBoxLayout, QWidget

from desktop.widgets import button, label, scrolling

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def shortcut_list() -> list[tuple[str, str]]:
    return [
        ("Ctrl+1 … Ctrl+6", translate("Shortcuts", "Home, Search, New taxpayer, Cash session, Synchronise, Settings")),
        ("Ctrl+7", translate("Shortcuts", "Receipts waiting for a printer (print queue)")),
        ("Ctrl+9", translate("Shortcuts", "Map")),
        ("Ctrl+F", translate("Shortcuts", "Search")),
        ("Ctrl+N", translate("Shortcuts", "New taxpayer")),
        ("Ctrl+L", translate("Shortcuts", "Log out")),
        ("↓ / Enter", translate("Shortcuts", "Search: go to the results / open the taxpayer")),
        ("Ctrl+P", translate("Shortcuts", "Taxpayer card: take a payment")),
        ("Ctrl+E", translate("Shortcuts", "Taxpayer card: edit")),
        ("Ctrl+R", translate("Shortcuts", "Taxpayer card: reprint the selected receipt (duplicate)")),
        ("Ctrl+Shift+V", translate("Shortcuts", "Taxpayer card: void the selected receipt")),
        ("Ctrl+Enter", translate("Shortcuts", "Payment: continue to the confirmation")),
        ("Ctrl+Shift+P", translate("Shortcuts", "Retry a failed print")),
        ("Ctrl+S", translate("Shortcuts", "Save (taxpayer, settings)")),
        ("Ctrl+G", translate("Shortcuts", "Registration: capture the position")),
        ("Ctrl+O", translate("Shortcuts", "Cash session: open")),
        ("Ctrl+Shift+W", translate("Shortcuts", "Cash session: close")),
        ("Ctrl+T", translate("Shortcuts", "Settings: print a test page")),
        ("Esc", translate("Shortcuts", "Back / cancel")),
        ("F1", translate("Shortcuts", "This list")),
    ]


class ShortcutsDialog(QDialog):
    """The list in a scroll area, sized to its parent window: wide enough that most lines fit on
    one line, and every wrapped line given the height its words need (a grid laid straight into
    a dialog got one line's height per label, and clipped the second line in every language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(label("subtitle", self.tr("Keyboard shortcuts")))
        self.list = QWidget()
        self.list.setObjectName("shortcuts_list")
        grid = QGridLayout(self.list)
        grid.setContentsMargins(0, 0, 12, 0)  # off the scroll bar
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        for row, (keys, action) in enumerate(shortcut_list()):
            native = " / ".join(QKeySequence(part.strip()).toString(QKeySequence.SequenceFormat.NativeText)
                                if "…" not in part and "↓" not in part else part for part in keys.split(" / "))
            key_label = label("", native, wrap=False)
            key_label.setStyleSheet("font-weight: 700;")
            grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label("", action), row, 1, Qt.AlignmentFlag.AlignTop)
        self.scroll = scrolling(self.list)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)
        close = button("primary")
        close.setText(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self._fit()

    def _fit(self) -> None:
        """As wide as the list reads well (up to 760 px) and as tall as it needs, within the
        window it opens over; the list scrolls when a short screen cannot hold it all."""
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        room = window.size() if window is not None else QSize(1024, 600)
        width = min(760, room.width() - 40)
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right() - self.scroll.verticalScrollBar().sizeHint().width()
        wanted = self.layout().sizeHint().height() - self.scroll.sizeHint().height() + \
            self.list.layout().heightForWidth(inner) + 4
        self.resize(width, max(240, min(wanted, room.height() - 40)))
