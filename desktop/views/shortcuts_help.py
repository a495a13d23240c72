"""F1: every keyboard path in one list, for agents on a laptop."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QGridLayout, QVBoxLayout, QWidget

from desktop.widgets import button, label

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def shortcut_list() -> list[tuple[str, str]]:
    return [
        ("Ctrl+1 … Ctrl+6", translate("Shortcuts", "Home, Search, New taxpayer, Cash session, Synchronise, Settings")),
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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(label("subtitle", self.tr("Keyboard shortcuts")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for row, (keys, action) in enumerate(shortcut_list()):
            native = " / ".join(QKeySequence(part.strip()).toString(QKeySequence.SequenceFormat.NativeText)
                                if "…" not in part and "↓" not in part else part for part in keys.split(" / "))
            key_label = label("", native, wrap=False)
            key_label.setStyleSheet("font-weight: 700;")
            grid.addWidget(key_label, row, 0)
            grid.addWidget(label("", action), row, 1)
        layout.addLayout(grid)
        close = button("primary")
        close.setText(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout.addWidget(close)
