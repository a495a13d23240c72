"""The Agents and Zones tabs of the administration screen."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.supervisor.admin_common import AdminTab, tr
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
        self.name.setPlaceholderText(tr("Agent's name"))
        self.pin.setPlaceholderText(tr("PIN (4 to 12 digits)"))
        self.zones.setPlaceholderText(tr("Zones, e.g. KAT, NDE"))
        self.add.setText(tr("Add agent"))
        self.set_zones.setText(tr("Give these zones"))
        self.new_pin.setText(tr("Set this PIN"))
        self._picked()

    def headers(self) -> list[str]:
        return [tr("Name"), tr("Role"), tr("Zones"), tr("Devices"), tr("State")]

    def rows(self, data: dict[str, Any]) -> list[list[str]]:
        return [[a["name"], tr("Supervisor") if a["role"] == "supervisor" else tr("Agent"),
                 ", ".join(a["zones"]) or "-", ", ".join(a["devices"]) or "-",
                 tr("Active") if a["active"] else tr("Deactivated")] for a in data.get("agents", [])]

    def _picked(self) -> None:
        agent = self.selected("agents")
        self.toggle.setText(tr("Reactivate") if agent and not agent["active"] else tr("Deactivate"))
        for widget in (self.set_zones, self.new_pin, self.toggle):
            widget.setEnabled(agent is not None)
        if agent is not None:
            self.zones.setText(", ".join(agent["zones"]))

    def _add(self) -> None:
        name, pin = self.name.text().strip(), self.pin.text().strip()
        if not name or not (pin.isdigit() and 4 <= len(pin) <= 12):
            self.refuse(tr("Type the agent's name and a PIN of 4 to 12 digits."))
            return
        self.send("/admin/agents", {"name": name, "pin": pin, "zones": _codes(self.zones.text())},
                  lambda answer: tr("Agent %1 added.").replace("%1", answer["name"]))

    def after_send(self, answer: dict[str, Any]) -> None:
        self.pin.clear()  # a PIN is never left on the screen

    def _set_zones(self) -> None:
        agent = self.selected("agents")
        if agent is None:
            return
        self.send(f"/admin/agents/{agent['id']}/zones", {"zones": _codes(self.zones.text())},
                  lambda answer: tr("Zones of %1: %2.").replace("%1", answer["name"])
                  .replace("%2", ", ".join(answer["zones"]) or "-"))

    def _new_pin(self) -> None:
        agent, pin = self.selected("agents"), self.pin.text().strip()
        if agent is None:
            return
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            self.refuse(tr("Type the new PIN (4 to 12 digits) in the PIN field."))
            return
        self.send(f"/admin/agents/{agent['id']}/pin", {"pin": pin},
                  lambda answer: tr("New PIN for %1; their devices take it at their next sync.")
                  .replace("%1", answer["name"]))

    def _toggle(self) -> None:
        agent = self.selected("agents")
        if agent is None:
            return
        action = "activate" if not agent["active"] else "deactivate"
        self.send(f"/admin/agents/{agent['id']}/{action}", {},
                  lambda answer: (tr("%1 is active again.") if answer["active"] else
                                  tr("%1 is deactivated; what they recorded stays as it is."))
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
        self.code.setPlaceholderText(tr("Code, e.g. KAT"))
        self.name.setPlaceholderText(tr("Zone's name"))
        self.add.setText(tr("Add zone"))
        self.rename.setText(tr("Rename"))
        self._picked()

    def headers(self) -> list[str]:
        return [tr("Code"), tr("Name"), tr("Agents"), tr("Taxpayers")]

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
            self.refuse(tr("Type the new zone's code and name."))
            return
        self.send("/admin/zones", {"code": self.code.text().strip(), "name": self.name.text().strip()},
                  lambda answer: tr("Zone %1 added.").replace("%1", f"{answer['code']} ({answer['name']})"))

    def _rename(self) -> None:
        zone = self.selected("zones")
        if zone is None or not self.name.text().strip():
            return
        self.send(f"/admin/zones/{zone['code']}/rename", {"name": self.name.text().strip()},
                  lambda answer: tr("Zone %1 is now called %2.").replace("%1", answer["code"])
                  .replace("%2", answer["name"]))
