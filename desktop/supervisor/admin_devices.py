"""The Devices tab: devices with their last sync, app version and state; a one-time enrollment
code with its QR code on screen for the agent's tablet to scan; revoking a device."""
from __future__ import annotations

import base64
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.supervisor.admin_common import AdminTab, translate
from desktop.supervisor.context import SupervisorContext
from desktop.widgets import Card, button, label

QR_PX = 200


class DevicesTab(AdminTab):
    path = "/admin/devices"

    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.code = QLineEdit()
        self.code.setMaxLength(8)
        self.agents = QLineEdit()
        self.make = button("primary")
        self.revoke = button("danger")
        self.row(self.code, self.agents, self.make, self.revoke, stretch=False)
        self.panel = Card()
        self.panel.setFixedWidth(QR_PX + 40)
        self.qr_title = label("subtitle")
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setFixedSize(QR_PX, QR_PX)
        self.qr_code = label("", wrap=False, selectable=True)
        self.qr_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_until = label("muted")
        for widget in (self.qr_title, self.qr, self.qr_code, self.qr_until):
            self.panel.body.addWidget(widget)
        self.panel.body.addStretch(1)
        self.panel.hide()
        self.body.addWidget(self.panel)
        self.enrollment: dict[str, Any] | None = None
        self.armed: str | None = None
        self.make.clicked.connect(self._make)
        self.revoke.clicked.connect(self._revoke)
        self.table.itemSelectionChanged.connect(self._picked)
        self.retranslate_form()

    def retranslate_form(self) -> None:
        self.code.setPlaceholderText(translate("SupervisorAdmin", "Device code, e.g. T09"))
        self.agents.setPlaceholderText(translate("SupervisorAdmin", "Its agents, comma-separated"))
        self.make.setText(translate("SupervisorAdmin", "Make enrollment code"))
        self.revoke.setText(translate("SupervisorAdmin", "Revoke"))
        self.qr_title.setText(translate("SupervisorAdmin", "Scan on the device"))
        if self.enrollment:
            self.qr_until.setText(translate("SupervisorAdmin", "Valid once, until %1.").replace("%1", self.context.when(self.enrollment["expires_at"])))
        self._picked()

    def headers(self) -> list[str]:
        return [translate("SupervisorAdmin", "Device"), translate("SupervisorAdmin", "State"), translate("SupervisorAdmin", "Last sync"), translate("SupervisorAdmin", "App"), translate("SupervisorAdmin", "Agents")]

    def rows(self, data: dict[str, Any]) -> list[list[str]]:
        states = {"active": translate("SupervisorAdmin", "Active"), "revoked": translate("SupervisorAdmin", "Revoked"), "stopped": translate("SupervisorAdmin", "Stopped (alert)"),
                  "waiting": translate("SupervisorAdmin", "Waiting to enroll")}
        return [[d["code"], states.get(d["state"], d["state"]), self.context.when(d["last_sync_at"], translate("SupervisorAdmin", "never")), d["app_version"] or "-",
                 ", ".join(d["agents"]) or "-"] for d in data.get("devices", [])]

    def _picked(self) -> None:
        device = self.selected("devices")
        self.armed = None  # a revocation is confirmed by a second press on the same device
        self.revoke.setText(translate("SupervisorAdmin", "Revoke"))
        self.revoke.setEnabled(device is not None and device["state"] != "revoked")

    def _make(self) -> None:
        code = self.code.text().strip()
        names = [n.strip() for n in self.agents.text().split(",") if n.strip()]
        if not code or not names:
            self.refuse(translate("SupervisorAdmin", "Type the device's code and the name of at least one of its agents."))
            return
        self.send("/admin/devices/enrollment", {"device_code": code, "agents": names},
                  lambda answer: translate("SupervisorAdmin", "Enrollment code for %1: %2").replace("%1", answer["device_code"])
                  .replace("%2", answer["enrollment_code"]))

    def after_send(self, answer: dict[str, Any]) -> None:
        if "qr_png" not in answer:
            return
        self.enrollment = answer
        picture = QPixmap()
        picture.loadFromData(base64.b64decode(answer["qr_png"]), "PNG")
        self.qr.setPixmap(picture.scaled(QR_PX, QR_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.FastTransformation))
        self.qr_code.setText(answer["enrollment_code"])
        self.retranslate_form()
        self.panel.show()

    def _revoke(self) -> None:
        device = self.selected("devices")
        if device is None:
            return
        if self.armed != device["code"]:
            self.armed = device["code"]
            self.revoke.setText(translate("SupervisorAdmin", "Press again to revoke %1").replace("%1", device["code"]))
            return
        self.armed = None
        self.send(f"/admin/devices/{device['code']}/revoke", {},
                  lambda answer: (translate("SupervisorAdmin", "Device %1 revoked: its token is refused from now on.") if answer["revoked"]
                                  else translate("SupervisorAdmin", "The enrollment code of %1 no longer works."))
                  .replace("%1", answer["device_code"]))
