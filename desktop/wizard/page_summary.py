"""The wizard's last page: what was set, read back from the ledger (not from the pages), so what
the agent sees is what the device will use. Finish then leads to the login screen."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QWidget

from core.service import Ledger
from desktop.gnss.capture import gps_settings
from desktop.i18n import language_name
from desktop.printer_gateway import PrinterGateway
from desktop.widgets import Card, field_label, label
from desktop.wizard import device
from desktop.wizard.page import WizardPage
from desktop.wizard.session import FirstStartSession


@dataclass(frozen=True)
class Summary:
    facts: device.DeviceFacts
    printer_uri: str
    printer_profile: str
    gps: dict


def read_summary(ledger: Ledger) -> Summary:
    uri, profile = PrinterGateway(ledger).printer()
    return Summary(device.device_facts(ledger), uri, profile, gps_settings(ledger.setting("gps")))


class SummaryPage(WizardPage):
    key = "summary"

    def __init__(self, session: FirstStartSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        card = Card()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(4)
        self.rows: dict[str, tuple] = {}
        for key in ("language", "municipality", "device", "server", "agents", "printer", "gnss"):
            name, value = field_label(), label()
            value.setObjectName(f"wizard_summary_{key}")
            form.addRow(name, value)
            self.rows[key] = (name, value)
        card.body.addLayout(form)
        self.column.addWidget(card)
        self.summary: Summary | None = None
        self.finish_layout()
        self.retranslate()

    def is_valid(self) -> bool:
        return self.summary is not None and not self.busy

    def enter(self) -> None:
        ledger = self.session.ledger
        self.summary = None
        self.set_busy(True)
        self.session.runner.submit(lambda: read_summary(ledger), self._read, self._failed)

    def _read(self, summary: Summary) -> None:
        self.summary = summary
        self.set_busy(False)
        self._write()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.notice.show_message("error", lambda: self.session.error_text(error))

    def value(self, key: str) -> str:
        return self.rows[key][1].text()

    def _write(self) -> None:
        summary = self.summary
        self.rows["language"][1].setText(language_name(self.session.lang))
        if summary is None:
            return
        facts = summary.facts
        self.rows["municipality"][1].setText(facts.municipality)
        self.rows["device"][1].setText(facts.device_code)
        self.rows["server"][1].setText(facts.server_url)
        self.rows["agents"][1].setText(", ".join(facts.agents) or "—")
        self.rows["printer"][1].setText(
            self.tr("%1 (paper: %2)").replace("%1", summary.printer_uri).replace("%2", summary.printer_profile)
            if summary.printer_uri else self.tr("None yet: choose it later in Settings"))
        gps = summary.gps
        self.rows["gnss"][1].setText({
            "serial": self.tr("External receiver on %1").replace("%1", str(gps.get("port") or "")),
            "file": self.tr("NMEA log %1").replace("%1", str(gps.get("file") or "")),
        }.get(gps.get("source"), self.tr("The device's own position service")))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Ready"))
        self.intro.setText(self.tr("This is how the device is set up. Finish, then log in with your name and "
                                   "PIN. Everything here can be changed later in Settings."))
        for key, text in (("language", self.tr("Language")), ("municipality", self.tr("Municipality")),
                          ("device", self.tr("Device")), ("server", self.tr("Server")),
                          ("agents", self.tr("Agents")), ("printer", self.tr("Printer")),
                          ("gnss", self.tr("Position"))):
            self.rows[key][0].setText(text)
        self._write()
