"""The wizard's enrollment: the server's address and the one-time code, typed or pasted, read from
a picture of the QR code, or from the camera. Enrolling runs in the background; a refusal is said
under the form in the chosen language and keeps what was typed. Once enrolled, the page says so
and is never enrolled again (Back and a resumed start show the same)."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from core.errors import QuittanceError
from desktop.enroll_input import code_problem, normalise_code, server_problem, split_link
from desktop.tasks import SYNC_LANE
from desktop.views.qr_scan import QrScanPanel
from desktop.widgets import Card, button, field_label, label, mark_invalid
from desktop.wizard import device
from desktop.wizard.page import WizardPage
from desktop.wizard.qr_image import QrImageProblem, enrollment_in_picture
from desktop.wizard.session import FirstStartSession

_SERVER_CODES = ("sync_unreachable", "sync_bad_server_url", "sync_server_refused")
_CODE_CODES = ("sync_code_invalid", "sync_rate_limited")


class EnrollPage(WizardPage):
    key = "enroll"

    def __init__(self, session: FirstStartSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.enrolled = False
        self._camera_asked = False
        self.form_card = Card()
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(18)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.server = QLineEdit()
        self.server.setObjectName("wizard_server")
        self.server.textEdited.connect(self._edited)
        self.server.returnPressed.connect(lambda: self.code.setFocus())
        self.server_label = field_label()
        form.addRow(self.server_label, self.server)
        self.server_error = label("error")
        self.server_error.setObjectName("wizard_server_error")
        form.addRow("", self.server_error)
        self.code = QLineEdit()
        self.code.setObjectName("wizard_code")
        self.code.textEdited.connect(self._edited)
        self.code.returnPressed.connect(self.submit)
        self.code_label = field_label()
        form.addRow(self.code_label, self.code)
        self.code_error = label("error")
        self.code_error.setObjectName("wizard_code_error")
        form.addRow("", self.code_error)
        self.form_card.body.addLayout(form)
        row = QHBoxLayout()
        self.paste_button, self.image_button, self.scan_button = button(), button(), button()
        for widget, name, slot in ((self.paste_button, "wizard_paste", self.paste),
                                   (self.image_button, "wizard_qr_image", self.choose_image),
                                   (self.scan_button, "wizard_scan", self.scan)):
            widget.setObjectName(name)
            widget.clicked.connect(slot)
            row.addWidget(widget)
        row.addStretch(1)
        self.submit_button = button("primary")
        self.submit_button.setObjectName("wizard_enroll")
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.submit_button)
        self.form_card.body.addLayout(row)
        self.column.addWidget(self.form_card)
        self.scanner = QrScanPanel(session)  # it needs only the runner of what it is given
        self.scanner.found.connect(self._found)
        self.scanner.stopped.connect(self.form_card.show)
        self.column.addWidget(self.scanner)
        self.done_card = Card()
        self.done_card.setObjectName("wizard_enrolled")
        self.done_text = label("success")
        self.done_text.setObjectName("wizard_enrolled_text")
        self.done_card.body.addWidget(self.done_text)
        self.done_card.hide()
        self.column.addWidget(self.done_card)
        self._facts: device.DeviceFacts | None = None
        self.finish_layout()
        self.retranslate()
        self._check(show_incomplete=False)

    # -- state -----------------------------------------------------------------------------
    def is_valid(self) -> bool:
        return self.enrolled and not self.busy

    def enter(self) -> None:
        ledger = self.session.ledger
        if ledger is None:
            self._show_form()
            return
        self.set_busy(True)
        self.session.runner.submit(lambda: (device.is_enrolled(ledger), ledger.setting("server_url", "")),
                                   self._state_read, self._failed)

    def _state_read(self, found: tuple[bool, str]) -> None:
        self.set_busy(False)
        enrolled, server = found
        if enrolled:
            self._read_facts()
        else:
            if server and not self.server.text():
                self.server.setText(server)
            self._show_form()

    def _show_form(self) -> None:
        self.enrolled = False
        self.done_card.hide()
        self.form_card.show()
        self._camera_state()
        self._check(show_incomplete=False)
        (self.code if self.server.text() else self.server).setFocus()
        self.validChanged.emit()

    def _read_facts(self) -> None:
        ledger = self.session.ledger
        self.set_busy(True)
        self.session.runner.submit(lambda: device.device_facts(ledger), self._show_done, self._failed)

    def _show_done(self, facts: device.DeviceFacts) -> None:
        self.set_busy(False)
        self._facts = facts
        self.enrolled = True
        self.scanner.teardown()
        self.form_card.hide()
        self.done_card.show()
        self.notice.clear()
        self._write_done()
        self.validChanged.emit()

    def _write_done(self) -> None:
        facts = self._facts
        if facts is None:
            return
        self.done_text.setText(self.tr("This device is enrolled: device %1 of %2, on %3. Agents: %4.")
                               .replace("%1", facts.device_code).replace("%2", facts.municipality)
                               .replace("%3", facts.server_url).replace("%4", ", ".join(facts.agents) or "—"))

    # -- checked as typed ------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        server, code = split_link(text)
        if code is not None:  # a pasted link or the QR code's text fills both fields
            self._fill(server, code)
            return
        self._check(show_incomplete=False)

    def _fill(self, server: str | None, code: str) -> None:
        if server:
            self.server.setText(server)
        self.code.setText(normalise_code(code))
        self.notice.clear()
        self._check(show_incomplete=False)

    def _check(self, show_incomplete: bool) -> bool:
        server_issue, code_issue = server_problem(self.server.text()), code_problem(self.code.text())
        server_text = self.tr("Type the server's address as your supervisor gave it, starting with https:// "
                              "(for example https://revenue.city.example).") \
            if server_issue == "bad" or (show_incomplete and server_issue in ("typing", "empty")) else ""
        code_text = {"characters": self.tr("An enrollment code has only letters and digits."),
                     "long": self.tr("This is longer than an enrollment code: check what was pasted.")
                     }.get(code_issue or "", "")
        if show_incomplete and code_issue in ("short", "empty"):
            code_text = self.tr("Type the whole code your supervisor gave you.")
        for field, error, text in ((self.server, self.server_error, server_text),
                                   (self.code, self.code_error, code_text)):
            error.setText(text)
            error.setVisible(bool(text))
            mark_invalid(field, bool(text))
        ready = server_issue is None and code_issue is None
        self.submit_button.setEnabled(ready and not self.busy)
        return ready

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text().strip()
        server, code = split_link(text)
        self._fill(server, code if code is not None else text)

    # -- the QR code: a picture file or the camera -----------------------------------------
    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the picture of the enrollment QR code"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;"
                                                      "All files (*)"))
        if path:
            self.read_image(path)

    def read_image(self, path: str) -> None:
        self.notice.clear()
        self.set_busy(True)
        self.session.runner.submit(lambda: enrollment_in_picture(path), self._image_read, self._image_failed)

    def _image_read(self, found: tuple[str | None, str]) -> None:
        self.set_busy(False)
        self._fill(*found)
        (self.submit_button if self.submit_button.isEnabled() else self.server).setFocus()

    def _image_failed(self, error: BaseException) -> None:
        self.set_busy(False)
        reason = error.reason if isinstance(error, QrImageProblem) else "unreadable"
        texts = {
            "unreadable": lambda: self.tr("This file is not a picture that can be read. Choose the PNG or the "
                                          "photo of the enrollment QR code."),
            "none": lambda: self.tr("No QR code was found in this picture. Choose a sharper picture, or type "
                                    "the address and the code."),
            "wrong": lambda: self.tr("This QR code is not an enrollment code (a receipt's QR code, for example). "
                                     "Choose the one your supervisor gave you."),
        }
        self.notice.show_message("error", texts[reason], cause="qr")

    def _camera_state(self) -> None:
        self._camera_asked = True
        available = self.session.cameras.available()
        self.scan_button.setVisible(available)  # no camera: the picture and the typing remain
        self.scan_button.setEnabled(available and not self.busy)

    def scan(self) -> None:
        if self.busy or self.scanner.scanning or not self.session.cameras.available():
            return
        self.notice.clear()
        self.form_card.hide()
        self.scanner.open_camera(self.session.cameras)

    def _found(self, server: str | None, code: str) -> None:
        self.form_card.show()
        self._fill(server, code)

    # -- enrolling -------------------------------------------------------------------------
    def submit(self) -> None:
        if self.busy or self.enrolled or not self._check(show_incomplete=True):
            return
        session = self.session
        server, code, lang = self.server.text().strip(), normalise_code(self.code.text()), session.lang
        ledger, path = session.ledger, session.db_path
        self.notice.clear()
        self.set_busy(True)
        self.submit_button.setEnabled(False)
        session.runner.submit(lambda: device.make_device(path, ledger, server, lang),
                              lambda made: self._made(made, server, code), self._refused, lane=SYNC_LANE)

    def _made(self, ledger, server: str, code: str) -> None:  # noqa: ANN001 - the device's Ledger
        session = self.session
        session.ledger = ledger  # made, not enrolled yet: a refused try keeps it for the next
        transport, backoff = session.transport, session.backoff
        session.runner.submit(lambda: device.enroll(ledger, server, code, transport=transport, backoff=backoff),
                              self._enrolled, self._refused, lane=SYNC_LANE)

    def _enrolled(self, _enrollment: object) -> None:
        self.set_busy(False)
        self.code.clear()
        self._read_facts()

    def _refused(self, error: BaseException) -> None:
        self._failed(error)
        code = error.code if isinstance(error, QuittanceError) else ""
        if code in _CODE_CODES:
            mark_invalid(self.code, True)
            self.code.setFocus()
        elif code in _SERVER_CODES:
            mark_invalid(self.server, True)
            self.server.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self._check(show_incomplete=False)
        self._camera_state()
        self.notice.show_message("error", lambda: self.session.error_text(error), cause="enroll")

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if hasattr(self, "submit_button"):
            self._check(show_incomplete=False)
            for widget in (self.image_button, self.paste_button):
                widget.setEnabled(not busy)
            if self._camera_asked:
                self._camera_state()

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Enroll this device"))
        self.intro.setText(self.tr("Your supervisor gives you the server's address and a one-time code, "
                                   "or a QR code that holds both. Type them, or read the QR code from a "
                                   "picture or with the camera."))
        self.server_label.setText(self.tr("Server address"))
        self.server.setPlaceholderText(self.tr("https://revenue.city.example"))
        self.code_label.setText(self.tr("Enrollment code"))
        self.code.setPlaceholderText(self.tr("e.g. K7Q2M9XD"))
        self.paste_button.setText(self.tr("Paste"))
        self.image_button.setText(self.tr("Read the QR code from a picture"))
        self.scan_button.setText(self.tr("Scan with the camera"))
        self.submit_button.setText(self.tr("Enroll"))
        if self.server_error.text() or self.code_error.text():
            self._check(show_incomplete=True)
        self._write_done()

    def teardown(self) -> None:
        self.scanner.teardown()
