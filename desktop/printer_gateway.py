"""The one place the app talks to `printing/`, so that a change in its API touches one file.

Every method here may block (rendering, a Bluetooth link): call them through the task runner.
A failed print never touches the recorded payment; the printing layer counts a copy only once
the printer took the whole job, so a retry prints the same copy number again."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QImage

from core.errors import QuittanceError
from core.printqueue import QueuedReceipt
from core.service import Ledger
from printing import service
from printing.profiles import DEFAULT_PROFILE, profile_names

# The app keeps {"uri", "profile"} under "printer" (as the demo seeds it) and mirrors both into
# the printing layer's own keys, which the command line falls back on.
SETTING = "printer"
PRINTER_SETTINGS = frozenset({SETTING, service.SETTING_PRINTER, service.SETTING_PROFILE})
_ALREADY = object()  # print_original found a copy already printed


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    copy: int | None = None  # 1 = original, above 1 = DUPLICATA
    message: str = ""  # why it failed, in the agent's language
    detail: str = ""  # e.g. the printer's status after the job
    already: bool = False  # nothing sent: a copy was printed already (by the queue), or it was voided
    error: QuittanceError | None = None  # the refusal behind `message`, to say it again in another language


class PrinterGateway:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    # -- configuration -------------------------------------------------------------------
    def printer(self) -> tuple[str, str]:
        conf: dict[str, Any] = self.ledger.setting(SETTING, {}) or {}
        uri = conf.get("uri") or self.ledger.setting(service.SETTING_PRINTER) or ""
        profile = conf.get("profile") or self.ledger.setting(service.SETTING_PROFILE) or DEFAULT_PROFILE
        return uri, profile

    def save_printer(self, uri: str, profile: str) -> None:
        self.ledger.save_settings(self.printer_settings(uri, profile))

    @staticmethod
    def printer_settings(uri: str, profile: str) -> dict[str, Any]:
        """The setting keys a printer choice is kept under (all of PRINTER_SETTINGS)."""
        return {SETTING: {"uri": uri, "profile": profile}, service.SETTING_PRINTER: uri, service.SETTING_PROFILE: profile}

    @staticmethod
    def profiles() -> list[str]:
        return profile_names()

    # -- documents -----------------------------------------------------------------------
    def receipt_image(self, receipt_no: str, lang: str = "fr") -> QImage:
        """The receipt as the printer will produce it (the original, never counted), as a QImage
        made on the worker: the UI thread then only turns it into a pixmap, where a PNG would
        cost an encode here and a decode there, in the turn that shows the payment recorded."""
        _, profile = self.printer()
        image = service.render_receipt(self.ledger, receipt_no, "png", profile).convert("L")
        width, height = image.size
        data = image.tobytes()
        # The QImage reads `data` in place: copy() gives it its own buffer before `data` goes.
        return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()

    def print_receipt(self, receipt_no: str, lang: str = "fr") -> PrintOutcome:
        """The next copy: the original the first time, DUPLICATA after that."""
        uri, profile = self.printer()
        return self._run(lambda: service.print_receipt(self.ledger, receipt_no, service.printer_uri(self.ledger, uri),
                                                       profile), lang)

    def print_original(self, receipt_no: str, lang: str = "fr") -> PrintOutcome:
        """The original if no copy was printed yet, else nothing (ok, already=True): what the print
        queue and the payment screen send, so the same receipt never comes out twice."""
        uri, profile = self.printer()

        def job():  # noqa: ANN202
            result = service.print_if_unprinted(self.ledger, receipt_no, service.printer_uri(self.ledger, uri), profile)
            return result if result is not None else _ALREADY
        return self._run(job, lang)

    def print_queue(self) -> list[QueuedReceipt]:
        return self.ledger.reads.print_queue()

    def print_z_report(self, session_id: str, lang: str = "fr") -> PrintOutcome:
        uri, profile = self.printer()
        return self._run(lambda: service.print_z_report(self.ledger, service.printer_uri(self.ledger, uri), profile,
                                                        session_id), lang)

    def print_closings(self, periods: list[str], lang: str = "fr") -> PrintOutcome:
        """The month and year closings an opening made, one document each, in order."""
        uri, profile = self.printer()

        def job():  # noqa: ANN202
            result = None
            for period in periods:
                result = service.print_closing(self.ledger, period, service.printer_uri(self.ledger, uri), profile)
            return result
        return self._run(job, lang)

    def print_test_page(self, uri: str, profile: str, lang: str = "fr") -> PrintOutcome:
        return self._run(lambda: service.print_test_page(service.printer_uri(self.ledger, uri), profile, lang), lang)

    @staticmethod
    def _run(job, lang: str) -> PrintOutcome:  # noqa: ANN001
        try:
            result = job()
        except QuittanceError as error:  # PrintError included: said in the agent's language
            if error.code == "no_printer":  # the command line's wording names --printer
                error = type(error)("no_printer_app")
            return PrintOutcome(False, None, error.message(lang), error=error)
        except OSError as error:
            return PrintOutcome(False, None, error.strerror or str(error))
        if result is _ALREADY:
            return PrintOutcome(True, None, already=True)
        # Only a printer that answered has something worth saying (e.g. paper nearly out).
        detail = result.status.describe(lang) if result.status.answered else ""
        return PrintOutcome(True, result.copy, "", detail)
