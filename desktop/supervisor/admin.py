"""The supervisor's administration screen (key "admin"): tabs for agents, zones, devices (with the
enrollment QR code), the tax schedule and the settings. Each tab reads the server off the UI
thread when the screen opens and after each decision (desktop/supervisor/admin_*.py)."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.supervisor.admin_common import AdminTab, translate
from desktop.supervisor.admin_devices import DevicesTab
from desktop.supervisor.admin_people import AgentsTab, ZonesTab
from desktop.supervisor.admin_schedule import ScheduleTab, SettingsTab
from desktop.supervisor.context import SupervisorContext

TABS = (("agents", AgentsTab, lambda: translate("SupervisorAdmin", "Agents")), ("zones", ZonesTab, lambda: translate("SupervisorAdmin", "Zones")),
        ("devices", DevicesTab, lambda: translate("SupervisorAdmin", "Devices")), ("schedule", ScheduleTab, lambda: translate("SupervisorAdmin", "Tax schedule")),
        ("settings", SettingsTab, lambda: translate("SupervisorAdmin", "Settings")))


class AdminScreen(QWidget):
    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 44px; padding: 0 14px; }"  # touch-sized
                                "QTabBar::tab:selected { font-weight: 700; border-bottom: 4px solid #0b5cad; }")
        self.pages: dict[str, AdminTab] = {}
        for key, kind, _title in TABS:
            self.pages[key] = kind(context, self)
            self.tabs.addTab(self.pages[key], "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        for page in self.pages.values():
            page.refresh()

    def retranslate(self) -> None:
        for index, (_key, _kind, title) in enumerate(TABS):
            self.tabs.setTabText(index, title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def make(context: SupervisorContext, parent: QWidget | None = None) -> QWidget:
    return AdminScreen(context, parent)


def title() -> str:
    return translate("SupervisorAdmin", "Administration")
