"""Settings: printer (address, profile, test page), GPS source and accuracy threshold, language
(switched live), and the server address the sync will use."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtSerialPort import QSerialPortInfo
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from desktop.context import AppContext
from desktop.gnss.capture import gps_settings
from desktop.i18n import LANGUAGES, language_name
from desktop.views.change_pin import ChangePinCard
from desktop.views.print_status import PrintStatus
from desktop.views.stepper import Stepper
from desktop.widgets import (Card, Links, Notice, busy_bar, button, field_label, label, mark_invalid, scrolling, shortcut,
                             with_shortcut_hint)
from printing.transports import address_problem

_BAUDS = ("4800", "9600", "19200", "38400", "57600", "115200")


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(18)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class SettingsView(QWidget):
    scrolls_itself = True  # its body scrolls; its buttons stay in view
    languageChosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.ctx = ctx
        self.links = Links()
        self._saving = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 10)
        self.title = label("title")
        outer.addWidget(self.title)
        page = QWidget()
        body = QVBoxLayout(page)
        body.setSpacing(14)
        outer.addWidget(scrolling(page), 1)

        language = Card()
        self.language_title = label("subtitle")
        language.body.addWidget(self.language_title)
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.activated.connect(lambda _: self.languageChosen.emit(self.language.currentData()))
        language.body.addWidget(self.language)
        body.addWidget(language)
        self.change_pin = ChangePinCard(ctx)  # an encrypted device only (desktop/views/change_pin.py)
        body.addWidget(self.change_pin)

        printer = Card()
        self.printer_title = label("subtitle")
        printer.body.addWidget(self.printer_title)
        form = _form()
        self.printer_uri = QLineEdit()
        self.printer_uri.setObjectName("settings_printer_uri")
        self.printer_profile = QComboBox()
        self.printer_profile.setObjectName("settings_printer_profile")
        self.printer_uri_label, self.printer_profile_label = field_label(), field_label()
        # Under the field, as it is typed: why the address cannot print (the printing's own parser says).
        self.printer_uri_error = label("error")
        self.printer_uri_error.setObjectName("settings_printer_uri_error")
        self.printer_uri_error.hide()
        uri_box = QWidget()
        uri_column = QVBoxLayout(uri_box)
        uri_column.setContentsMargins(0, 0, 0, 0)
        uri_column.setSpacing(6)
        uri_column.addWidget(self.printer_uri)
        uri_column.addWidget(self.printer_uri_error)
        form.addRow(self.printer_uri_label, uri_box)
        form.addRow(self.printer_profile_label, self.printer_profile)
        printer.body.addLayout(form)
        self.printer_hint = label("muted")
        printer.body.addWidget(self.printer_hint)
        self.test_button = button()
        self.test_button.setObjectName("settings_test_print")
        self.test_button.clicked.connect(self.test_print)
        printer.body.addWidget(self.test_button)
        self.print_status = PrintStatus(ctx)
        printer.body.addWidget(self.print_status)
        self.printer_uri.textChanged.connect(self._printer_edited)
        self.printer_profile.currentTextChanged.connect(self._printer_edited)
        body.addWidget(printer)

        gps = Card()
        self.gps_title = label("subtitle")
        gps.body.addWidget(self.gps_title)
        form = _form()
        self.gps_source = QComboBox()
        self.gps_source.setObjectName("settings_gps_source")
        for key in ("system", "serial", "file"):
            self.gps_source.addItem("", key)
        self.gps_source.currentIndexChanged.connect(self._source_changed)
        self.port = QComboBox()
        self.port.setObjectName("settings_gps_port")
        self.port.setEditable(True)
        self.baud = QComboBox()
        self.baud.addItems(_BAUDS)
        port_row = QHBoxLayout()
        port_row.setContentsMargins(0, 0, 0, 0)
        port_row.addWidget(self.port, 3)
        port_row.addWidget(self.baud, 1)
        self.port_box = QWidget()
        self.port_box.setLayout(port_row)
        self.file = QLineEdit()
        self.file.setObjectName("settings_gps_file")
        self.browse = button()
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.file_box = QWidget()
        self.file_box.setLayout(file_row)
        self.uere = QDoubleSpinBox()
        self.uere.setObjectName("settings_uere")
        self.uere.setRange(0.5, 50.0)
        self.uere.setDecimals(1)
        self.uere.setSuffix(" m")
        self.uere.setSingleStep(0.5)
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("settings_threshold")
        self.threshold.setRange(1.0, 200.0)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" m")
        # Point averaging and the accuracy classes (docs/census/positions.md)
        self.average_count = QSpinBox()
        self.average_count.setObjectName("settings_average_count")
        self.average_count.setRange(1, 120)
        self.good_m, self.fair_m = QDoubleSpinBox(), QDoubleSpinBox()
        for name, box in (("settings_good_m", self.good_m), ("settings_fair_m", self.fair_m)):
            box.setObjectName(name)
            box.setRange(0.1, 200.0)
            box.setDecimals(1)
            box.setSuffix(" m")
        self.gps_labels = [field_label() for _ in range(8)]
        self.uere_stepper, self.threshold_stepper = Stepper(self.uere), Stepper(self.threshold)
        for text_label, widget in zip(self.gps_labels, (self.gps_source, self.port_box, self.file_box,
                                                        self.uere_stepper, self.threshold_stepper,
                                                        Stepper(self.average_count), Stepper(self.good_m),
                                                        Stepper(self.fair_m))):
            form.addRow(text_label, widget)
        self._gps_form = form
        gps.body.addLayout(form)
        self.gps_hint = label("muted")
        gps.body.addWidget(self.gps_hint)
        body.addWidget(gps)

        server = Card()
        self.server_title = label("subtitle")
        server.body.addWidget(self.server_title)
        self.server_url = QLineEdit()
        self.server_url.setObjectName("settings_server_url")
        server.body.addWidget(self.server_url)
        body.addWidget(server)
        body.addStretch(1)

        self.notice = Notice()
        self.notice.setObjectName("settings_notice")
        outer.addWidget(self.notice)
        self.busy = busy_bar()
        outer.addWidget(self.busy)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.save_button = button("primary")
        self.save_button.setObjectName("settings_save")
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.save_button)
        outer.addLayout(actions)
        shortcut(self, "Ctrl+S", self.save)
        shortcut(self, "Ctrl+T", self.test_print)
        self.links.connect(ctx.languages.changed, self._language_applied)
        self.links.connect(ctx.sync.statusChanged, self._enrolled_server)
        self.links.connect(ctx.agentChanged, self.change_pin.refresh)
        self.retranslate()
        self.load()

    # -- values --------------------------------------------------------------------------
    def load(self) -> None:
        uri, profile = self.ctx.printer.printer()
        self.printer_uri.setText(uri)
        self.printer_profile.clear()
        profiles = self.ctx.printer.profiles()
        self.printer_profile.addItems(profiles if profile in profiles else [profile, *profiles])
        self.printer_profile.setCurrentText(profile)
        gps = gps_settings(self.ctx.setting("gps"))
        self.gps_source.setCurrentIndex(max(0, self.gps_source.findData(gps["source"])))
        self.port.clear()
        self.port.addItems([info.systemLocation() for info in QSerialPortInfo.availablePorts()])
        self.port.setCurrentText(gps["port"])
        self.baud.setCurrentText(str(gps["baud"]))
        self.file.setText(gps["file"])
        self.uere.setValue(float(gps["uere_m"]))
        self.threshold.setValue(float(gps["threshold_m"]))
        self.average_count.setValue(int(gps["average_count"]))
        self.good_m.setValue(float(gps["good_m"]))
        self.fair_m.setValue(float(gps["fair_m"]))
        self._gps_extra = {k: v for k, v in gps.items() if k == "replay_interval_ms"}
        self.server_url.setText(self.ctx.setting("server_url", "") or "")
        self._enrolled_server()
        self._language_applied(self.ctx.lang)
        self._source_changed()
        self._check_address()

    def values(self) -> dict:
        return {
            "printer": {"uri": self.printer_uri.text().strip(), "profile": self.printer_profile.currentText()},
            "gps": {**self._gps_extra, "source": self.gps_source.currentData(), "port": self.port.currentText().strip(),
                    "baud": int(self.baud.currentText()), "file": self.file.text().strip(),
                    "uere_m": self.uere.value(), "threshold_m": self.threshold.value(),
                    "average_count": self.average_count.value(), "good_m": self.good_m.value(),
                    "fair_m": max(self.fair_m.value(), self.good_m.value())},
            "server_url": self.server_url.text().strip(),
        }

    def _enrolled_server(self) -> None:
        """An enrolled device syncs with the server it enrolled with (its token is that server's):
        the address is shown, not edited here; another server means enrolling again."""
        status = self.ctx.sync.status
        if status is not None and status.enrolled:
            self.server_url.setText(status.server_url or "")
        self.server_url.setReadOnly(self.ctx.sync.enrolled)

    def _source_changed(self, *_: object) -> None:
        source = self.gps_source.currentData()
        self._gps_form.setRowVisible(1, source == "serial")
        self._gps_form.setRowVisible(2, source == "file")
        self._gps_form.setRowVisible(3, source != "system")

    def _printer_edited(self, *_: object) -> None:
        # What was said about the previous address (its failure, its Retry button) no longer
        # applies: a retry would go to the old address. The next test page takes the new one.
        if self.print_status.state in ("failed", "printed"):
            self.print_status.reset()
        self._check_address()

    def _check_address(self) -> None:
        """Red outline and the reason under the field while the address cannot print; Save waits
        for a valid one. An empty address is allowed: it means no printer (yet)."""
        uri = self.printer_uri.text().strip()
        problem = address_problem(uri, self.ctx.lang) if uri else None
        self.printer_uri_error.setText(problem or "")
        self.printer_uri_error.setVisible(problem is not None)
        mark_invalid(self.printer_uri, problem is not None)
        self.save_button.setEnabled(problem is None and not self._saving)
        self.test_button.setEnabled(problem is None and bool(uri))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an NMEA log"), self.file.text(),
                                              self.tr("NMEA logs (*.nmea *.txt *.log);;All files (*)"))
        if path:
            self.file.setText(path)

    def _language_applied(self, code: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(code)))
        self._check_address()  # the reason under the address, in the new language

    # -- actions -------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():  # Ctrl+S while the address is invalid or a save runs
            return
        values = self.values()
        printer = values.pop("printer")
        values.update(self.ctx.printer.printer_settings(printer["uri"], printer["profile"]))
        self._saving = True
        self.busy.show()
        self.save_button.setEnabled(False)
        # One transaction in the core: all of the page or none of it.
        self.ctx.op(lambda ledger: ledger.save_settings(values), self._saved, self._failed,
                    label=self.tr("Saving the settings"))

    def _saved(self, _: object) -> None:
        self._saving = False
        self.busy.hide()
        self._check_address()
        self.notice.show_message("success", lambda: self.tr("Settings saved."))

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.busy.hide()
        self._check_address()
        self.notice.show_message("error", lambda: self.ctx.error_text(error))

    def test_print(self) -> None:
        gateway, lang = self.ctx.printer, self.ctx.lang
        uri, profile = self.printer_uri.text().strip(), self.printer_profile.currentText()
        if not self.test_button.isEnabled():  # Ctrl+T with no address, or one that cannot print
            return
        self.print_status.start(lambda: gateway.print_test_page(uri, profile, lang), self.tr("the test page"))

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_title.setText(self.tr("Language"))
        self.printer_title.setText(self.tr("Receipt printer"))
        self.printer_uri_label.setText(self.tr("Address"))
        self.printer_profile_label.setText(self.tr("Profile"))
        self.printer_uri.setPlaceholderText("bt://AA:BB:CC:DD:EE:FF")
        self.printer_hint.setText(self.tr("bt://AA:BB:CC:DD:EE:FF for Bluetooth, serial:///dev/rfcomm0 or "
                                          "serial://COM5, tcp://192.168.1.50:9100, or file:///path for a file. "
                                          "A USB printer: serial:///dev/ttyUSB0, serial://COM3 or "
                                          "file:///dev/usb/lp0."))
        self.test_button.setText(self.tr("Print a test page"))
        self.test_button.setToolTip(with_shortcut_hint(self.tr("Print a test page"), "Ctrl+T"))
        self.gps_title.setText(self.tr("Position (GPS)"))
        for index, text in enumerate((self.tr("System position service"),
                                      self.tr("External receiver (serial or Bluetooth port)"),
                                      self.tr("NMEA log file (replay)"))):
            self.gps_source.setItemText(index, text)
        for text_label, text in zip(self.gps_labels, (self.tr("Source"), self.tr("Port and speed"),
                                                      self.tr("Log file"), self.tr("Range error (UERE)"),
                                                      self.tr("Accuracy needed"), self.tr("Fixes averaged"),
                                                      self.tr("Good up to"), self.tr("Fair up to"))):
            text_label.setText(text)
        self.browse.setText(self.tr("Browse…"))
        self.port.lineEdit().setPlaceholderText(self.tr("e.g. /dev/rfcomm0 or COM5"))
        self.gps_hint.setText(self.tr("Capture waits until the accuracy is this good or better, unless you accept "
                                      "a worse fix. Without a GST error estimate from the receiver, accuracy is "
                                      "2 × HDOP × the range error. Once it is, that many fixes are averaged into "
                                      "the position kept (1: no averaging)."))
        self.server_title.setText(self.tr("Synchronisation server"))
        self.server_url.setPlaceholderText(self.tr("https://revenue.city.example"))  # an example in the UI language
        self.save_button.setText(self.tr("Save the settings"))
        self.save_button.setToolTip(with_shortcut_hint(self.tr("Save the settings"), "Ctrl+S"))

    def teardown(self) -> None:
        self.links.disconnect_all()
