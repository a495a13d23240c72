"""What the app and the command line call. Every function here may block (rendering, a
Bluetooth link): call them from a worker thread. Nothing here imports Qt.

A copy is counted in the ledger (`record_print`) only after the printer took the whole job,
or the file was written: a failed print leaves the recorded payment and its copy count as
they were, and the agent simply prints again."""
from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image

from core.errors import QuittanceError
from core.export import check_out_folder, output_file
from core.read_models import ReceiptFacts
from core.service import Ledger
from printing.errors import PrintError
from printing.closing import closing_document
from printing.escpos import render_escpos
from printing.model import Document
from printing.pdf import render_pdf
from printing.preview import render_preview
from printing.profiles import DEFAULT_PROFILE, PrinterProfile, load_profile
from printing.receipt import receipt_document
from printing.testpage import printer_test_document
from printing.transports import PrinterStatus, Progress, query_printer, send_job
from printing.zreport import z_report_document

FORMATS = ("escpos", "pdf", "png")
# Settings the app saves with ledger.save_setting(); the command line falls back on them.
SETTING_PRINTER = "printing.printer"  # e.g. 'bt://AA:BB:CC:DD:EE:FF'
SETTING_PROFILE = "printing.profile"  # e.g. 'pos-5890'
SETTING_LOGO = "printing.logo"  # older devices: a path to the logo; `init --logo` now stores its bytes

_print_lock = threading.Lock()  # one job at a time: two copies must not get the same number


@dataclass(frozen=True)
class PrintResult:
    receipt_no: str | None
    copy: int | None  # the copy number the ledger recorded (1 = original); None for reports
    uri: str
    bytes_sent: int
    attempts: int  # 2 when the first connection failed and the retry worked
    status: PrinterStatus  # after printing; status.answered is False when the printer is silent


def resolve_profile(profile: str | PrinterProfile | None, ledger: Ledger | None = None) -> PrinterProfile:
    if isinstance(profile, PrinterProfile):
        return profile
    if not profile and ledger is not None:
        profile = ledger.setting(SETTING_PROFILE)
    return load_profile(profile or DEFAULT_PROFILE)


def printer_uri(ledger: Ledger, uri: str | None = None) -> str:
    uri = uri or ledger.setting(SETTING_PRINTER)
    if not uri:
        raise PrintError("no_printer")
    return uri


def load_logo(ledger: Ledger) -> Image.Image | None:
    """The municipality's logo, stored in the database at `init`; else a logo file named by the
    older `printing.logo` setting. None when there is none: a broken logo never stops a receipt."""
    stored = ledger.logo()
    if stored is not None:
        return _decoded(stored)
    path = ledger.setting(SETTING_LOGO)
    if not path:
        return None
    try:
        with Image.open(path) as image:
            image.load()
            return image.copy()
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=2)
def _decoded(png: bytes) -> Image.Image | None:
    # Every receipt prints the same logo: decode it once (PIL images are not changed downstream).
    try:
        with Image.open(io.BytesIO(png)) as image:
            image.load()
            return image.copy()
    except (OSError, ValueError):
        return None


def receipt_model(ledger: Ledger, receipt_no: str, copy: int | None = None, duplicate: bool = False) -> Document:
    """The receipt as its next copy would print (copy = copies already printed + 1)."""
    facts = ledger.reads.receipt_facts(receipt_no)
    return receipt_document(facts, copy or facts.copies_printed + 1, duplicate=duplicate, logo=load_logo(ledger))


def render(doc: Document, fmt: str, profile: PrinterProfile, page: str = "roll") -> bytes | Image.Image:
    """escpos -> bytes, pdf -> bytes ('roll' 80 mm or 'a4'), png -> PIL image at the printer's dots."""
    if fmt == "escpos":
        return render_escpos(doc, profile)
    if fmt == "pdf":
        return render_pdf(doc, page)
    if fmt == "png":
        return render_preview(doc, profile)
    raise PrintError("unknown_format", fmt=fmt)


def render_receipt(ledger: Ledger, receipt_no: str, fmt: str = "png", profile: str | PrinterProfile | None = None,
                   duplicate: bool = False, page: str = "roll") -> bytes | Image.Image:
    """Render without counting a copy: the app's preview. fmt 'png' gives a PIL image."""
    return render(receipt_model(ledger, receipt_no, duplicate=duplicate), fmt, resolve_profile(profile, ledger), page)


def export_receipt(ledger: Ledger, receipt_no: str, out: str | Path, fmt: str = "pdf",
                   profile: str | PrinterProfile | None = None, duplicate: bool = False,
                   page: str = "roll") -> int:
    """Write a copy to a file (to share or archive) and count it. Returns its copy number."""
    with _print_lock:
        rendered = render_receipt(ledger, receipt_no, fmt, profile, duplicate, page)
        _write_file(Path(out), rendered)
        return ledger.record_print(receipt_no)


def print_receipt(ledger: Ledger, receipt_no: str, printer_uri: str, profile_name: str | PrinterProfile | None = None,
                  *, duplicate: bool = False, progress: Progress | None = None, **link_options) -> PrintResult:
    """Print the next copy (DUPLICATA from the second on), then count it. Raises PrintError with
    nothing counted if the printer could not take the whole job."""
    profile = resolve_profile(profile_name, ledger)
    with _print_lock:
        facts = ledger.reads.receipt_facts(receipt_no)
        copy = facts.copies_printed + 1
        doc = receipt_document(facts, copy, duplicate=duplicate or facts.print_outcome_unknown,
                               logo=load_logo(ledger))
        report = _send_receipt(ledger, facts, printer_uri, render_escpos(doc, profile), profile, progress,
                               link_options)
        recorded = ledger.record_print(facts.payment.receipt_no)
    return PrintResult(facts.payment.receipt_no, recorded, report.uri, report.bytes_sent, report.attempts, report.status)


def print_if_unprinted(ledger: Ledger, receipt_no: str, printer_uri: str,
                       profile_name: str | PrinterProfile | None = None, *, progress: Progress | None = None,
                       **link_options) -> PrintResult | None:
    """Print the original if no copy was printed yet; None (nothing sent) if one was, or if the
    receipt was voided. The print queue and the payment screen's retry both go through here, so
    a receipt the queue printed in the background is never printed again as a DUPLICATA by a
    retry that was already on its way (the check and the print happen under one lock)."""
    profile = resolve_profile(profile_name, ledger)
    with _print_lock:
        facts = ledger.reads.receipt_facts(receipt_no)
        if facts.copies_printed or facts.payment.voided:
            return None
        # An original already sent by a process that stopped before recording it may be on
        # paper: this copy then says DUPLICATA, so two originals can never be handed out.
        doc = receipt_document(facts, 1, duplicate=facts.print_outcome_unknown, logo=load_logo(ledger))
        report = _send_receipt(ledger, facts, printer_uri, render_escpos(doc, profile), profile, progress,
                               link_options)
        recorded = ledger.record_print(facts.payment.receipt_no)
    return PrintResult(facts.payment.receipt_no, recorded, report.uri, report.bytes_sent, report.attempts, report.status)


def render_z_report(ledger: Ledger, session_id: str | None = None, fmt: str = "pdf",
                    profile: str | PrinterProfile | None = None, page: str = "a4") -> bytes | Image.Image:
    """The Z-report of a closed session, or the running totals of the open one."""
    doc = z_report_document(ledger.session_report(session_id), ledger.municipality)
    return render(doc, fmt, resolve_profile(profile, ledger), page)


def print_z_report(ledger: Ledger, printer_uri: str, profile_name: str | PrinterProfile | None = None,
                   session_id: str | None = None, *, progress: Progress | None = None, **link_options) -> PrintResult:
    doc = z_report_document(ledger.session_report(session_id), ledger.municipality)
    return _print_report(ledger, doc, printer_uri, profile_name, progress, link_options, document="z_report")


def _print_report(ledger: Ledger, doc: Document, printer_uri: str, profile_name: str | PrinterProfile | None,
                  progress: Progress | None, link_options: dict, **what: str) -> PrintResult:
    """A report (Z, closing) to the printer; a failure is journaled, then raised as it was."""
    profile = resolve_profile(profile_name, ledger)
    with _print_lock:
        try:
            report = _send(printer_uri, render_escpos(doc, profile), profile, progress, link_options)
        except PrintError as error:
            journal_failure(ledger, printer_uri, error, **what)
            raise
    return PrintResult(None, None, report.uri, report.bytes_sent, report.attempts, report.status)


def closing_model(ledger: Ledger, period: str) -> Document:
    """A month's (2026-11) or a year's (2026) closing, as printed."""
    return closing_document(ledger.reads.closing(period), ledger.municipality, ledger.device.code)


def export_closing(ledger: Ledger, period: str, out: str | Path, fmt: str = "pdf",
                   profile: str | PrinterProfile | None = None, page: str = "a4") -> None:
    _write_file(Path(out), render(closing_model(ledger, period), fmt, resolve_profile(profile, ledger), page))


def print_closing(ledger: Ledger, period: str, printer_uri: str, profile_name: str | PrinterProfile | None = None,
                  *, progress: Progress | None = None, **link_options) -> PrintResult:
    return _print_report(ledger, closing_model(ledger, period), printer_uri, profile_name, progress, link_options,
                         document="closing", period=period)


def journal_failure(ledger: Ledger, uri: str, error: PrintError, **what: str) -> None:
    """The technical journal notes which printer failed and why (its code, never the text of the
    job); a journal that cannot be written never hides the printer's own error."""
    ledger.journal_quietly("printer_failure", {"printer": uri[:200], "error": error.code, **what})


def print_test_page(printer_uri: str, profile_name: str | PrinterProfile | None = None, locale: str = "fr",
                    *, progress: Progress | None = None, **link_options) -> PrintResult:
    profile = resolve_profile(profile_name)
    with _print_lock:
        report = _send(printer_uri, render_escpos(printer_test_document(profile, locale), profile), profile,
                       progress, link_options)
    return PrintResult(None, None, report.uri, report.bytes_sent, report.attempts, report.status)


def printer_status(printer_uri: str) -> PrinterStatus:
    """Best effort: PrinterStatus(answered=False) when the printer keeps quiet."""
    return query_printer(printer_uri)


def _send_receipt(ledger: Ledger, facts: ReceiptFacts, uri: str, data: bytes, profile: PrinterProfile,
                  progress: Progress | None, options: dict):
    """Send a receipt's copy, noted first (committed) when it is the first copy: a process
    killed between the printer taking it and `record_print` leaves the note, and the next copy
    says DUPLICATA. A printer that refused the job had nothing on paper: the note goes."""
    first = facts.copies_printed == 0
    if first:
        ledger.note_print_started(facts.payment.receipt_no)
    try:
        return _send(uri, data, profile, progress, options)
    except PrintError as error:
        journal_failure(ledger, uri, error, receipt_no=facts.payment.receipt_no)
        if first and not facts.print_outcome_unknown:
            try:
                ledger.forget_print_started(facts.payment.receipt_no)
            except QuittanceError:  # kept, the next copy says DUPLICATA: the safe side
                pass
        raise


def _send(uri: str, data: bytes, profile: PrinterProfile, progress: Progress | None, options: dict):
    options = {"chunk_bytes": profile.bt_chunk_bytes, "pacing_ms": profile.bt_pacing_ms,
               "query_status": profile.status_query, **options}
    return send_job(uri, data, progress=progress, **options)


def _write_file(path: Path, rendered: bytes | Image.Image) -> None:
    check_out_folder(path)
    try:
        with output_file(path, "wb") as handle:
            if isinstance(rendered, Image.Image):
                rendered.save(handle, format="PNG", optimize=True)
            else:
                handle.write(rendered)
    except OSError as error:
        raise QuittanceError("file_error", path=str(path), detail=error.strerror or str(error)) from None
