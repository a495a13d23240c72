"""The wizard's printer: the printers this device is paired with (printing/paired.py, listed off
the UI thread), or an address typed as in Settings; the paper profile; a test page printed
through the real printing path (desktop/printer_gateway.py, in the printer's lane) and what came
of it. Skip leaves the device without a printer, to choose later in Settings."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget

from desktop.printer_gateway import PrinterGateway, PrintOutcome
from desktop.tasks import PRINT_LANE
from desktop.widgets import Card, Notice, button, field_label, label, mark_invalid, reveal
from desktop.wizard.page import WizardPage
from desktop.wizard.session import FirstStartSession
from printing.paired import PairedPrinter
from printing.profiles import DEFAULT_PROFILE, profile_names
from printing.transports import address_problem

LIST_ROWS_PX = 100  # two printers in view at 1024 x 600; more scroll in the list


class PrinterPage(WizardPage):
    key = "printer"
    optional = True

    def __init__(self, session: FirstStartSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.found: list[PairedPrinter] = []
        self.printed_ok = False
        card = Card()
        top = QHBoxLayout()
        self.list_title = label("subtitle")
        top.addWidget(self.list_title, 1)
        self.refresh_button = button()
        self.refresh_button.setObjectName("wizard_printers_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        card.body.addLayout(top)
        self.printers = QListWidget()
        self.printers.setObjectName("wizard_printers")
        self.printers.setFixedHeight(LIST_ROWS_PX)
        self.printers.currentRowChanged.connect(self._picked)
        card.body.addWidget(self.printers)
        self.empty = label("muted")
        self.empty.setObjectName("wizard_printers_empty")
        self.empty.hide()
        card.body.addWidget(self.empty)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(18)
        self.address = QLineEdit()
        self.address.setObjectName("wizard_printer_uri")
        self.address.textEdited.connect(self._typed)
        self.address_label = field_label()
        form.addRow(self.address_label, self.address)
        self.address_error = label("error")
        self.address_error.setObjectName("wizard_printer_uri_error")
        self.address_error.hide()
        form.addRow("", self.address_error)
        self.profile = QComboBox()
        self.profile.setObjectName("wizard_printer_profile")
        self.profile.addItems(profile_names())
        self.profile.setCurrentText(DEFAULT_PROFILE)
        self.profile.currentTextChanged.connect(lambda _: self._changed())
        self.profile_label = field_label()
        self.test_button = button()
        self.test_button.setObjectName("wizard_test_print")
        self.test_button.clicked.connect(self.test_print)
        row = QHBoxLayout()  # the test page beside the paper: the page fits a 600-pixel-high screen
        row.addWidget(self.profile, 1)
        row.addWidget(self.test_button)
        form.addRow(self.profile_label, row)
        card.body.addLayout(form)
        self.result = Notice()
        self.result.setObjectName("wizard_print_result")
        card.body.addWidget(self.result)
        self.column.addWidget(card)
        self.finish_layout()
        self.retranslate()
        self._changed()

    # -- the list --------------------------------------------------------------------------
    def enter(self) -> None:
        ledger = self.session.ledger
        if ledger is not None and not self.address.text():
            uri, profile = PrinterGateway(ledger).printer()  # a resume shows what was chosen
            self.address.setText(uri)
            if profile in profile_names():
                self.profile.setCurrentText(profile)
        self._changed()
        if not self.found:
            self.refresh()

    def refresh(self) -> None:
        if self.busy:
            return
        self.set_busy(True)
        discovery = self.session.discovery
        self.session.runner.submit(discovery.paired, self._listed, self._list_failed)

    def _listed(self, found: list[PairedPrinter]) -> None:
        self.set_busy(False)
        self.found = list(found)
        self.printers.blockSignals(True)
        self.printers.clear()
        for printer in self.found:
            item = QListWidgetItem(f"{printer.name}\n{printer.uri}")
            item.setData(Qt.ItemDataRole.UserRole, printer.uri)
            self.printers.addItem(item)
            if printer.uri == self.address.text().strip():
                self.printers.setCurrentItem(item)
        self.printers.blockSignals(False)
        self.empty.setVisible(not self.found)
        self._changed()

    def _list_failed(self, error: BaseException) -> None:
        self._listed([])
        self.notice.show_message("error", lambda: self.session.error_text(error))

    def _picked(self, row: int) -> None:
        if 0 <= row < len(self.found):
            self.address.setText(self.found[row].uri)
            self._changed()

    def _typed(self, text: str) -> None:
        listed = [p.uri for p in self.found]
        self.printers.blockSignals(True)
        self.printers.setCurrentRow(listed.index(text.strip()) if text.strip() in listed else -1)
        self.printers.blockSignals(False)
        self._changed()

    # -- validity --------------------------------------------------------------------------
    def chosen(self) -> tuple[str, str]:
        return self.address.text().strip(), self.profile.currentText()

    def _problem(self) -> str | None:
        uri = self.address.text().strip()
        return address_problem(uri, self.session.lang) if uri else None

    def _changed(self) -> None:
        if self.result.kind:  # a result said of another printer no longer applies
            self.result.clear()
        self.printed_ok = False
        problem = self._problem()
        self.address_error.setText(problem or "")
        self.address_error.setVisible(problem is not None)
        mark_invalid(self.address, problem is not None)
        self.test_button.setEnabled(problem is None and bool(self.address.text().strip()) and not self.busy)
        self.validChanged.emit()

    def is_valid(self) -> bool:
        uri = self.address.text().strip()
        return bool(uri) and self._problem() is None and not self.busy

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if hasattr(self, "test_button"):
            self.test_button.setEnabled(not busy and bool(self.address.text().strip()) and self._problem() is None)
            self.refresh_button.setEnabled(not busy)

    # -- the test page ---------------------------------------------------------------------
    def test_print(self) -> None:
        if self.busy or not self.is_valid() or self.session.ledger is None:
            return
        (uri, profile), lang = self.chosen(), self.session.lang
        gateway = PrinterGateway(self.session.ledger)
        self.result.clear()
        self.set_busy(True)
        self.session.runner.submit(lambda: gateway.print_test_page(uri, profile, lang), self._printed,
                                   self._print_failed, lane=PRINT_LANE)

    def _printed(self, outcome: PrintOutcome) -> None:
        self.set_busy(False)
        self.printed_ok = outcome.ok
        reveal(self.result)  # what came of it, in view on a short screen
        if outcome.ok:
            detail = outcome.detail
            self.result.show_message("success", lambda: self.tr("The test page was sent to the printer. Check "
                                                                "that the accents and the QR code came out well.")
                                     + (f" {detail}" if detail else ""))
        else:
            error = outcome.error
            self.result.show_message("error", (lambda: self.tr("The test page did not print: %1").replace(
                "%1", error.message(self.session.lang))) if error is not None else
                self.tr("The test page did not print: %1").replace("%1", outcome.message))

    def _print_failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.result.show_message("error", lambda: self.session.error_text(error))

    # -- leaving ---------------------------------------------------------------------------
    def leave(self, proceed: Callable[[], None]) -> None:
        self._save(self.chosen(), proceed)

    def skip(self, proceed: Callable[[], None]) -> None:
        self._save(("", self.profile.currentText()), proceed)

    def _save(self, choice: tuple[str, str], proceed: Callable[[], None]) -> None:
        uri, profile = choice
        self.set_busy(True)

        def saved(_: object) -> None:
            self.set_busy(False)
            proceed()

        def failed(error: BaseException) -> None:
            self.set_busy(False)
            self.notice.show_message("error", lambda: self.session.error_text(error))
        self.session.save(PrinterGateway.printer_settings(uri, profile), saved, failed)

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Receipt printer"))
        self.intro.setText(self.tr("Choose the printer paired with this device, or type its address, then "
                                   "print a test page. You can also skip this step."))
        self.list_title.setText(self.tr("Paired printers"))
        self.refresh_button.setText(self.tr("Look again"))
        self.empty.setText(self.tr("No paired printer was found. Pair the printer in the system's Bluetooth "
                                   "settings, then tap Look again, or type its address below."))
        self.address_label.setText(self.tr("Address"))
        self.address.setPlaceholderText("bt://AA:BB:CC:DD:EE:FF")
        self.profile_label.setText(self.tr("Paper"))
        self.test_button.setText(self.tr("Print a test page"))
        problem = self._problem() if hasattr(self, "address_error") else None
        if problem:
            self.address_error.setText(problem)
