"""The Agents and Zones tabs of the administration screen."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.supervisor.admin_common import AdminTab, translate
from desktop.supervisor.context import SupervisorContext
from desktop.widgets import button


def _codes(text: str) -> list[str]:
    return [code.strip().upper() for code in text.replace(";", ",").split(",") if code.strip()]


class AgentsTab(AdminTab):
    path = "/admin/agents"

    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.name = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.zones = QLineEdit()
        self.add = button("primary")
        self.set_zones = button()
        self.new_pin = button()
        self.toggle = button()
        self.row(self.name, self.pin, self.zones, self.add, stretch=False)
        self.row(self.set_zones, self.new_pin, self.toggle)
        self.add.clicked.connect(self._add)
        self.set_zones.clicked.connect(self._set_zones)
        self.new_pin.clicked.connect(self._new_pin)
        self.toggle.clicked.connect(self._toggle)
        self.table.itemSelectionChanged.connect(self._picked)
        self.retranslate_form()

    def retranslate_form(self) -> None:
        self.name.setPlaceholderText(translate("SupervisorAdmin", "Agent's name"))
        self.pin.setPlaceholderText(translate("SupervisorAdmin", "PIN (4 to 12 digits)"))
        self.zones.setPlaceholderText(translate("SupervisorAdmin", "Zones, e.g. KAT, NDE"))
        self.add.setText(translate("SupervisorAdmin", "Add agent"))
        self.set_zones.setText(translate("SupervisorAdmin", "Give these zones"))
        self.new_pin.setText(translate("SupervisorAdmin", "Set this PIN"))
        self._picked()

    def headers(self) -> list[str]:
        return [translate("SupervisorAdmin", "Name"), translate("SupervisorAdmin", "Role"), translate("SupervisorAdmin", "Zones"), translate("SupervisorAdmin", "Devices"), translate("SupervisorAdmin", "State")]

    def rows(self, data: dict[str, Any]) -> list[list[str]]:
        return [[a["name"], translate("SupervisorAdmin", "Supervisor") if a["role"] == "supervisor" else translate("SupervisorAdmin", "Agent"),
                 ", ".join(a["zones"]) or "-", ", ".join(a["devices"]) or "-",
                 translate("SupervisorAdmin", "Active") if a["active"] else translate("SupervisorAdmin", "Deactivated")] for a in data.get("agents", [])]

    def _picked(self) -> None:
        agent = self.selected("agents")
        self.toggle.setText(translate("SupervisorAdmin", "Reactivate") if agent and not agent["active"] else translate("SupervisorAdmin", "Deactivate"))
        for widget in (self.set_zones, self.new_pin, self.toggle):
            widget.setEnabled(agent is not None)
        if agent is not None:
            self.zones.setText(", ".join(agent["zones"]))

    def _add(self) -> None:
        name, pin = self.name.text().strip(), self.pin.text().strip()
        if not name or not (pin.isdigit() and 4 <= len(pin) <= 12):
            self.refuse(translate("SupervisorAdmin", "Type the agent's name and a PIN of 4 to 12 digits."))
            return
        self.send("/admin/agents", {"name": name, "pin": pin, "zones": _codes(self.zones.text())},
                  lambda answer: translate("SupervisorAdmin", "Agent %1 added.").replace("%1", answer["name"]))

    def after_send(self, answer: dict[str, Any]) -> None:
        self.pin.clear()  # a PIN is never left on the screen

    def _set_zones(self) -> None:
        agent = self.selected("agents")
        if agent is None:
            return
        self.send(f"/admin/agents/{agent['id']}/zones", {"zones": _codes(self.zones.text())},
                  lambda answer: translate("SupervisorAdmin", "Zones of %1: %2.").replace("%1", answer["name"])
                  .replace("%2", ", ".join(answer["zones"]) or "-"))

    def _new_pin(self) -> None:
        agent, pin = self.selected("agents"), self.pin.text().strip()
        if agent is None:
            return
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            self.refuse(translate("SupervisorAdmin", "Type the new PIN (4 to 12 digits) in the PIN field."))
            return
        self.send(f"/admin/agents/{agent['id']}/pin", {"pin": pin},
                  lambda answer: translate("SupervisorAdmin", "New PIN for %1; their devices take it at their next sync.")
                  .replace("%1", answer["name"]))

    def _toggle(self) -> None:
        agent = self.selected("agents")
        if agent is None:
            return
        action = "activate" if not agent["active"] else "deactivate"
        self.send(f"/admin/agents/{agent['id']}/{action}", {},
                  lambda answer: (translate("SupervisorAdmin", "%1 is active again.") if answer["active"] else
                                  translate("SupervisorAdmin", "%1 is deactivated; what they recorded stays as it is."))
                  .replace("%1", answer["name"]))


class ZonesTab(AdminTab):
    path = "/admin/zones"

    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.add = button("primary")
        self.rename = button()
        self.row(self.code, self.name, self.add, self.rename, stretch=False)
        self.add.clicked.connect(self._add)
        self.rename.clicked.connect(self._rename)
        self.table.itemSelectionChanged.connect(self._picked)
        self.retranslate_form()

    def retranslate_form(self) -> None:
        self.code.setPlaceholderText(translate("SupervisorAdmin", "Code, e.g. KAT"))
        self.name.setPlaceholderText(translate("SupervisorAdmin", "Zone's name"))
        self.add.setText(translate("SupervisorAdmin", "Add zone"))
        self.rename.setText(translate("SupervisorAdmin", "Rename"))
        self._picked()

    def headers(self) -> list[str]:
        return [translate("SupervisorAdmin", "Code"), translate("SupervisorAdmin", "Name"), translate("SupervisorAdmin", "Agents"), translate("SupervisorAdmin", "Taxpayers")]

    def rows(self, data: dict[str, Any]) -> list[list[str]]:
        return [[z["code"], z["name"], str(z["agents"]), str(z["taxpayers"])] for z in data.get("zones", [])]

    def _picked(self) -> None:
        zone = self.selected("zones")
        self.rename.setEnabled(zone is not None)
        if zone is not None:
            self.code.setText(zone["code"])
            self.name.setText(zone["name"])

    def _add(self) -> None:
        if not self.code.text().strip() or not self.name.text().strip():
            self.refuse(translate("SupervisorAdmin", "Type the new zone's code and name."))
            return
        self.send("/admin/zones", {"code": self.code.text().strip(), "name": self.name.text().strip()},
                  lambda answer: translate("SupervisorAdmin", "Zone %1 added.").replace("%1", f"{answer['code']} ({answer['name']})"))

    def _rename(self) -> None:
        zone = self.selected("zones")
        if zone is None or not self.name.text().strip():
            return
        self.send(f"/admin/zones/{zone['code']}/rename", {"name": self.name.text().strip()},
                  lambda answer: translate("SupervisorAdmin", "Zone %1 is now called %2.").replace("%1", answer["code"])
                  .replace("%2", answer["name"]))
