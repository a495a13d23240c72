"""The wizard's position source, as Settings offers it: the system's position service, an
external receiver on a serial or Bluetooth port, or an NMEA log replayed. A log is read off the
UI thread before Next goes on: a file without a single valid NMEA sentence is refused here,
not discovered at the first census. Skip keeps the system's service."""
from __future__ import annotations

from typing import Callable

from PySide6.QtSerialPort import QSerialPortInfo
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from core.nmea import checksum_ok, sentence_type
from desktop.gnss.capture import gps_settings
from desktop.widgets import Card, button, label, mark_invalid
from desktop.wizard.page import WizardPage
from desktop.wizard.session import FirstStartSession

SOURCES = ("system", "serial", "file")
_BAUDS = ("4800", "9600", "19200", "38400", "57600", "115200")
NMEA_PEEK_BYTES = 256 * 1024


class NotNmea(Exception):
    pass


def nmea_sentences(path: str) -> int:
    """How many checked NMEA sentences the start of the log holds (raises NotNmea for none)."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(NMEA_PEEK_BYTES)
    except OSError:
        raise NotNmea("unreadable") from None
    lines = head.decode("ascii", errors="replace").splitlines()
    count = sum(1 for line in lines if line.startswith("$") and checksum_ok(line.strip())
                and sentence_type(line.strip()) is not None)
    if count == 0:
        raise NotNmea("empty")
    return count


class GnssPage(WizardPage):
    key = "gnss"
    optional = True

    def __init__(self, session: FirstStartSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        card = Card()
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for source in SOURCES:
            choice = QRadioButton()
            choice.setObjectName(f"wizard_gnss_{source}")
            self.group.addButton(choice)
            self.choices[source] = choice
            choice.toggled.connect(lambda on, _s=source: on and self._changed())
        card.body.addWidget(self.choices["system"])
        card.body.addWidget(self.choices["serial"])
        self.port_row = QWidget()
        port_line = QHBoxLayout(self.port_row)
        port_line.setContentsMargins(40, 0, 0, 0)
        self.port = QComboBox()
        self.port.setObjectName("wizard_gnss_port")
        self.port.setEditable(True)
        self.port.editTextChanged.connect(lambda _: self._changed())
        self.baud = QComboBox()
        self.baud.addItems(_BAUDS)
        self.baud.setCurrentText("9600")
        port_line.addWidget(self.port, 3)
        port_line.addWidget(self.baud, 1)
        card.body.addWidget(self.port_row)
        card.body.addWidget(self.choices["file"])
        self.file_row = QWidget()
        file_line = QHBoxLayout(self.file_row)
        file_line.setContentsMargins(40, 0, 0, 0)
        self.file = QLineEdit()
        self.file.setObjectName("wizard_gnss_file")
        self.file.textChanged.connect(lambda _: self._changed())
        self.browse = button()
        self.browse.setObjectName("wizard_gnss_browse")
        self.browse.clicked.connect(self._browse)
        file_line.addWidget(self.file, 1)
        file_line.addWidget(self.browse)
        card.body.addWidget(self.file_row)
        self.file_error = label("error")
        self.file_error.setObjectName("wizard_gnss_file_error")
        self.file_error.hide()
        card.body.addWidget(self.file_error)
        self.column.addWidget(card)
        self.finish_layout()
        self.choices["system"].setChecked(True)
        self.retranslate()
        self._changed()

    def source(self) -> str:
        return next(key for key, choice in self.choices.items() if choice.isChecked())

    def enter(self) -> None:
        self.port.blockSignals(True)
        current = self.port.currentText()
        self.port.clear()
        self.port.addItems([info.systemLocation() for info in QSerialPortInfo.availablePorts()])
        self.port.setCurrentText(current)
        self.port.blockSignals(False)
        ledger = self.session.ledger
        if ledger is not None and not self.file.text() and not current:
            stored = ledger.setting("gps")  # a resume shows what was chosen
            if stored:
                gps = gps_settings(stored)
                self.port.setCurrentText(gps["port"])
                self.baud.setCurrentText(str(gps["baud"]))
                self.file.setText(gps["file"])
                self.choices.get(gps["source"], self.choices["system"]).setChecked(True)
        self._changed()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an NMEA log"), self.file.text(),
                                              self.tr("NMEA logs (*.nmea *.txt *.log);;All files (*)"))
        if path:
            self.file.setText(path)

    def _changed(self) -> None:
        source = self.source()
        self.port_row.setVisible(source == "serial")
        self.file_row.setVisible(source == "file")
        if self.file_error.text():
            self.file_error.setText("")
            self.file_error.hide()
            mark_invalid(self.file, False)
        self.validChanged.emit()

    def is_valid(self) -> bool:
        if self.busy:
            return False
        source = self.source()
        if source == "serial":
            return bool(self.port.currentText().strip())
        if source == "file":
            return bool(self.file.text().strip())
        return True

    def values(self) -> dict:
        stored = (self.session.ledger.setting("gps") if self.session.ledger is not None else None) or {}
        return {"gps": {**gps_settings(stored), "source": self.source(), "port": self.port.currentText().strip(),
                        "baud": int(self.baud.currentText()), "file": self.file.text().strip()}}

    def leave(self, proceed: Callable[[], None]) -> None:
        if self.source() != "file":
            self._save(self.values(), proceed)
            return
        path = self.file.text().strip()
        self.set_busy(True)
        self.session.runner.submit(lambda: nmea_sentences(path), lambda _: self._save(self.values(), proceed),
                                   self._not_nmea)

    def skip(self, proceed: Callable[[], None]) -> None:
        stored = (self.session.ledger.setting("gps") if self.session.ledger is not None else None) or {}
        self._save({"gps": {**gps_settings(stored), "source": "system"}}, proceed)

    def _not_nmea(self, error: BaseException) -> None:
        self.set_busy(False)
        reason = str(error)
        self.file_error.setText(self._file_message(reason))
        self.file_error.setProperty("reason", reason)
        self.file_error.show()
        mark_invalid(self.file, True)
        self.file.setFocus()

    def _file_message(self, reason: str) -> str:
        if reason == "unreadable":
            return self.tr("This file cannot be read. Check the path, or choose another log.")
        return self.tr("This file holds no NMEA sentence (lines such as $GPGGA,…). Choose the log the "
                       "receiver recorded.")

    def _save(self, values: dict, proceed: Callable[[], None]) -> None:
        self.set_busy(True)

        def saved(_: object) -> None:
            self.set_busy(False)
            proceed()

        def failed(error: BaseException) -> None:
            self.set_busy(False)
            self.notice.show_message("error", lambda: self.session.error_text(error))
        self.session.save(values, saved, failed)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Position (GPS)"))
        self.intro.setText(self.tr("Where this device takes its position from when you locate a taxpayer. "
                                   "You can skip this and change it later in Settings."))
        self.choices["system"].setText(self.tr("The device's own position service"))
        self.choices["serial"].setText(self.tr("External receiver (serial or Bluetooth port)"))
        self.choices["file"].setText(self.tr("NMEA log file (replay)"))
        self.port.lineEdit().setPlaceholderText(self.tr("e.g. /dev/rfcomm0 or COM5"))
        self.browse.setText(self.tr("Browse…"))
        reason = self.file_error.property("reason")
        if self.file_error.text() and reason:
            self.file_error.setText(self._file_message(str(reason)))
