"""What the registry screen's two panes share: field names and values in words, bold labels,
the reason field with its buttons, and how a refusal is said (desktop/supervisor/registry.py)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.widgets import label, scrolling
from sync.client.http import ServerError

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def field_name(field: str) -> str:
    names = {
        "name": translate("SupervisorRegistry", "Name"),
        "business_name": translate("SupervisorRegistry", "Business name"),
        "phone": translate("SupervisorRegistry", "Phone"),
        "id_number": translate("SupervisorRegistry", "ID number"),
        "address": translate("SupervisorRegistry", "Address"),
        "zone_id": translate("SupervisorRegistry", "Zone"),
        "kind": translate("SupervisorRegistry", "Kind"),
        "latitude": translate("SupervisorRegistry", "Latitude"),
        "longitude": translate("SupervisorRegistry", "Longitude"),
        "accuracy_m": translate("SupervisorRegistry", "Accuracy (m)"),
        "location_source": translate("SupervisorRegistry", "Position source"),
        "fix_time": translate("SupervisorRegistry", "Fix time"),
        "status": translate("SupervisorRegistry", "Status")}
    return names.get(field, field)


def strong(text: str) -> QLabel:
    """A label in bold: a field's name, or a value that differs between the two sides of a pair."""
    widget = label("", text)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


def shown(value: Any) -> str:
    return translate("SupervisorRegistry", "(empty)") if value in (None, "") else str(value)


def reason_text(reason: str) -> str:
    return {"phone": translate("SupervisorRegistry", "same phone"),
            "id_number": translate("SupervisorRegistry", "same ID number"),
            "name_nearby": translate("SupervisorRegistry", "similar name nearby")}.get(reason, reason)


def failure_text(error: BaseException) -> str:
    if isinstance(error, ServerError):
        if error.status == 409:
            return translate("SupervisorRegistry",
                             "Someone decided this meanwhile. The lists were read again: look before deciding.")
        return translate("SupervisorRegistry", "The server refused: %1").replace("%1", error.message)
    return translate("SupervisorRegistry",
                     "The server cannot be reached: nothing was decided. Try again when the network is back.")


class Decision(QWidget):
    """A reason field and the action buttons under it; an action waits for a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.buttons = QHBoxLayout()
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addLayout(self.buttons)

    def text(self) -> str:
        return " ".join(self.reason.text().split())


def with_decision(detail: QWidget, decision: Decision) -> QWidget:
    """What is compared scrolls; the reason and the buttons stay in sight under it, even on a
    1024×600 screen."""
    side = QWidget()
    layout = QVBoxLayout(side)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scrolling(detail), 1)
    layout.addWidget(decision)
    decision.layout().setContentsMargins(10, 4, 10, 4)
    return side


ROWS = ("name", "business_name", "phone", "id_number", "zone", "address", "receipts", "created_at")


def row_name(key: str) -> str:
    """A duplicate pair's row: the registry's fields, then what was recorded for each."""
    if key == "zone":
        return field_name("zone_id")
    if key == "receipts":
        return translate("SupervisorRegistry", "Receipts")
    if key == "created_at":
        return translate("SupervisorRegistry", "Registered")
    return field_name(key)
