"""Enrollment: the server's address and the one-time code a supervisor gave, typed or pasted,
checked as they are typed, or read from the supervisor's QR code by the camera (desktop/views/qr_scan.py);
then the device enrolls in the background (desktop/sync_runner.py).

Offered from the Sync screen when the device is not enrolled (or was revoked), never forced:
a demo device runs unenrolled. A refusal says what happened and what to do, in the agent's
language, and keeps what was typed."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from core.errors import QuittanceError
from desktop.camera import Cameras, QtCameras
from desktop.context import AppContext
from desktop.enroll_input import code_problem, normalise_code, server_problem, split_link
from desktop.views.qr_scan import QrScanPanel
from desktop.widgets import Card, Notice, busy_bar, button, field_label, label, mark_invalid, shortcut


class EnrollView(QWidget):
    enrolled = Signal()
    cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, cameras: Cameras | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enroll")
        self.ctx = ctx
        self.cameras: Cameras = cameras or QtCameras()  # tests give still pictures of a real QR PNG
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(10)
        self.title = label("title")
        layout.addWidget(self.title)
        self.intro = label("muted")
        layout.addWidget(self.intro)

        card = Card()
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(18)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.server = QLineEdit()
        self.server.setObjectName("enroll_server")
        self.server.textEdited.connect(self._server_edited)
        self.server.returnPressed.connect(lambda: self.code.setFocus())
        self.server_label = field_label()
        form.addRow(self.server_label, self.server)
        self.server_error = label("error")
        self.server_error.setObjectName("enroll_server_error")
        form.addRow("", self.server_error)
        code_row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setObjectName("enroll_code")
        self.code.textEdited.connect(self._code_edited)
        self.code.returnPressed.connect(self.submit)
        self.paste_button = button()
        self.paste_button.setObjectName("enroll_paste")
        self.paste_button.clicked.connect(self.paste)
        self.scan_button = button()
        self.scan_button.setObjectName("enroll_scan")
        self.scan_button.clicked.connect(self.scan)
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.paste_button)
        code_row.addWidget(self.scan_button)
        self.code_label = field_label()
        form.addRow(self.code_label, code_row)
        self.code_error = label("error")
        self.code_error.setObjectName("enroll_code_error")
        form.addRow("", self.code_error)
        self.scan_note = label("muted")  # why the camera cannot be used (a tablet shows no tooltip)
        self.scan_note.setObjectName("enroll_scan_note")
        self.scan_note.hide()
        form.addRow("", self.scan_note)
        card.body.addLayout(form)
        self.form_card = card
        layout.addWidget(card)
        self.scanner = QrScanPanel(ctx)
        self.scanner.found.connect(self._scanned)
        self.scanner.stopped.connect(self._scan_closed)
        layout.addWidget(self.scanner)

        self.notice = Notice()
        self.notice.setObjectName("enroll_notice")
        layout.addWidget(self.notice)
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        actions = QHBoxLayout()
        self.cancel_button = button()
        self.cancel_button.setObjectName("enroll_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.submit_button = button("primary")
        self.submit_button.setObjectName("enroll_submit")
        self.submit_button.clicked.connect(self.submit)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.submit_button)
        layout.addLayout(actions)
        layout.addStretch(1)
        shortcut(self, "Escape", self._escape)
        self._camera_asked = False
        self.scan_button.setEnabled(False)
        self.retranslate()

    def start(self) -> None:
        """A fresh form; the server address the settings hold, if any, is offered."""
        if self._busy:
            return
        self.scanner.teardown()
        self.form_card.show()
        self._camera_state()
        self.server.setText(self.ctx.setting("server_url", "") or "")
        self.code.clear()
        self.notice.clear()
        self._check(show_incomplete=False)
        (self.code if self.server.text() else self.server).setFocus()

    # -- checked as typed ----------------------------------------------------------------
    def _server_edited(self, text: str) -> None:
        server, code = split_link(text)
        if server is not None or code is not None:  # an enrollment link pasted into the address
            self.server.setText(server or "")
            if code:
                self.code.setText(normalise_code(code))
        self._check(show_incomplete=False)

    def _code_edited(self, text: str) -> None:
        server, code = split_link(text)
        if code is not None:
            self.code.setText(normalise_code(code))
            if server:
                self.server.setText(server)
        self._check(show_incomplete=False)

    def paste(self) -> None:
        """The tablet's way to paste: the clipboard into the code (a whole link fills both fields)."""
        text = QGuiApplication.clipboard().text().strip()
        server, code = split_link(text)
        self._fill(server, code if code is not None else text)
        self.code.setFocus()

    def _fill(self, server: str | None, code: str) -> None:
        """What a pasted link and a scanned QR code do alike: the server (if it came), the code."""
        if server:
            self.server.setText(server)
        self.code.setText(normalise_code(code))
        self._check(show_incomplete=False)

    # -- the camera ----------------------------------------------------------------------
    def _camera_state(self) -> None:
        self._camera_asked = True
        has_camera = self.cameras.available()
        self.scan_button.setEnabled(has_camera and not self._busy)
        self.scan_note.setVisible(not has_camera)
        self.scan_button.setToolTip("" if has_camera else self.scan_note.text())

    def scan(self) -> None:
        """Open the camera in place of the form; the first enrollment QR code fills it."""
        if self._busy or self.scanner.scanning or not self.cameras.available():
            return
        self.notice.clear()
        self.form_card.hide()
        self.scanner.open_camera(self.cameras)
        self.scanner.stop_button.setFocus()

    def _scanned(self, server: str | None, code: str) -> None:
        self.form_card.show()
        self._fill(server, code)
        # The agent's next step is Enroll; an address still missing (a QR code holding the code
        # alone, and none in Settings) is asked for first.
        (self.submit_button if self.submit_button.isEnabled() else self.server).setFocus()

    def _scan_closed(self) -> None:
        self.form_card.show()
        self.scan_button.setFocus()

    def _escape(self) -> None:
        if self.scanner.scanning:
            self.scanner.close_camera()
        else:
            self.cancel()

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - the camera never stays on behind another screen
        if self.scanner.scanning:
            self.scanner.close_camera()
        super().hideEvent(event)

    def _server_message(self, problem: str | None, show_incomplete: bool) -> str:
        if problem == "bad" or (show_incomplete and problem in ("typing", "empty")):
            return self.tr("Type the server's address as your supervisor gave it, starting with https:// "
                           "(for example https://revenue.city.example).")
        return ""

    def _code_message(self, problem: str | None, show_incomplete: bool) -> str:
        if problem == "characters":
            return self.tr("An enrollment code has only letters and digits.")
        if problem == "long":
            return self.tr("This is longer than an enrollment code: check what was pasted.")
        if show_incomplete and problem in ("short", "empty"):
            return self.tr("Type the whole code your supervisor gave you.")
        return ""

    def _check(self, show_incomplete: bool) -> bool:
        server_issue, code_issue = server_problem(self.server.text()), code_problem(self.code.text())
        for field, error, text in (
                (self.server, self.server_error, self._server_message(server_issue, show_incomplete)),
                (self.code, self.code_error, self._code_message(code_issue, show_incomplete))):
            error.setText(text)
            error.setVisible(bool(text))
            mark_invalid(field, bool(text))
        ready = server_issue is None and code_issue is None
        self.submit_button.setEnabled(ready and not self._busy)
        return ready

    # -- enrolling -----------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy or not self._check(show_incomplete=True):
            return
        self._busy = True
        self.notice.clear()
        self.busy.show()
        self.submit_button.setEnabled(False)
        self.scan_button.setEnabled(False)
        self.ctx.sync.enroll(self.server.text().strip(), normalise_code(self.code.text()), self._done, self._refused)

    def _done(self, enrollment) -> None:  # noqa: ANN001 - sync.client.enroll.Enrollment
        self._busy = False
        self.busy.hide()
        self._camera_state()
        self.code.clear()
        self._check(show_incomplete=False)
        self.enrolled.emit()

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.busy.hide()
        self._camera_state()
        self._check(show_incomplete=False)
        code = error.code if isinstance(error, QuittanceError) else ""
        if code in ("sync_code_invalid", "sync_rate_limited"):
            mark_invalid(self.code, True)
            self.code.setFocus()
        elif code in ("sync_unreachable", "sync_bad_server_url", "sync_server_refused"):
            mark_invalid(self.server, True)
            self.server.setFocus()
        self.notice.show_message("error", lambda: self.ctx.error_text(error), cause=code or "error")

    def cancel(self) -> None:
        if not self._busy:
            self.cancelled.emit()

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Enroll this device"))
        self.intro.setText(self.tr(
            "Enrolling links this device to the municipality's server, so that what you record reaches it. "
            "Your supervisor gives you the server's address and a one-time code (valid for 24 hours). "
            "Nothing recorded on this device is lost: it is all sent after enrollment."))
        self.server_label.setText(self.tr("Server address"))
        self.server.setPlaceholderText(self.tr("https://revenue.city.example"))
        self.code_label.setText(self.tr("Enrollment code"))
        self.code.setPlaceholderText(self.tr("e.g. K7Q2M9XD"))
        self.paste_button.setText(self.tr("Paste"))
        self.scan_button.setText(self.tr("Scan the QR code"))
        self.scan_note.setText(self.tr("This device has no camera to read the QR code: type the address and "
                                       "the code, or paste the enrollment link."))
        if self._camera_asked:  # asking loads QtMultimedia: not at start-up, only once the screen is used
            self._camera_state()
        self.cancel_button.setText(self.tr("Cancel"))
        self.submit_button.setText(self.tr("Enroll"))
        if self.server_error.text() or self.code_error.text():
            self._check(show_incomplete=True)

    def teardown(self) -> None:
        self.scanner.teardown()
