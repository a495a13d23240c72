"""The API the app calls: a copy is counted only once the printer took it."""
from __future__ import annotations

import socket

import pytest

from printing import service
from printing.errors import PrintError
from printing.transports import STATUS_QUERY
from tests.printing.escpos_decoder import decode
from tests.printing.loopback import LoopbackPrinter


@pytest.fixture
def printer():
    made = LoopbackPrinter(status=b"\x12\x12")
    yield made
    made.close()


def _closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{probe.getsockname()[1]}"


def test_print_then_reprint_counts_original_then_duplicata(paid, printer):
    receipt_no = paid.payment.receipt_no
    first = service.print_receipt(paid.ledger, receipt_no, printer.uri, "generic-58", retry_delay=0)
    second = service.print_receipt(paid.ledger, receipt_no, printer.uri, "generic-58", retry_delay=0)
    printer.close()
    assert (first.copy, second.copy) == (1, 2)
    assert paid.ledger.reads.receipt_facts(receipt_no).copies_printed == 2
    original, reprint = (decode(job.replace(STATUS_QUERY, b"")).text() for job in printer.received)
    assert "DUPLICATA" not in original and "*** DUPLICATA n° 2 ***" in reprint
    assert first.status.answered and first.status.paper == "ok"


def test_a_failed_print_leaves_the_payment_and_its_copies_untouched(paid):
    receipt_no = paid.payment.receipt_no
    with pytest.raises(PrintError) as failed:
        service.print_receipt(paid.ledger, receipt_no, _closed_port(), "generic-58", retry_delay=0, connect_timeout=1)
    assert failed.value.message("fr").startswith("Imprimante injoignable")
    facts = paid.ledger.reads.receipt_facts(receipt_no)
    assert facts.copies_printed == 0
    assert facts.payment == paid.payment
    assert paid.ledger.verify().ok


def test_preview_does_not_count_a_copy(paid):
    image = service.render_receipt(paid.ledger, paid.payment.receipt_no, "png", "generic-80")
    assert image.width == 576
    assert paid.ledger.reads.receipt_facts(paid.payment.receipt_no).copies_printed == 0


def test_export_writes_the_file_and_counts_it(paid, tmp_path):
    out = tmp_path / "out" / "recu.pdf"
    out.parent.mkdir()  # a missing folder is refused, never made (tests/unit/test_export.py)
    copy = service.export_receipt(paid.ledger, paid.payment.receipt_no, out, "pdf")
    assert copy == 1 and out.read_bytes().startswith(b"%PDF")
    assert paid.ledger.reads.receipt_facts(paid.payment.receipt_no).copies_printed == 1


def test_unknown_format_and_profile_are_clear(paid):
    with pytest.raises(PrintError) as bad_format:
        service.render_receipt(paid.ledger, paid.payment.receipt_no, "docx")
    assert bad_format.value.message("fr") == "Format inconnu : « docx » (escpos, pdf ou png)."
    with pytest.raises(PrintError) as bad_profile:
        service.render_receipt(paid.ledger, paid.payment.receipt_no, "escpos", "tm-unknown")
    assert "generic-58" in bad_profile.value.message("fr")


def test_z_report_prints_and_renders(paid, printer):
    paid.ledger.close_session()
    result = service.print_z_report(paid.ledger, printer.uri, "generic-58", paid.payment.session_id, retry_delay=0)
    printer.close()
    text = decode(printer.received[0].replace(STATUS_QUERY, b"")).text()
    assert result.copy is None and "RAPPORT Z" in text and "ESPÈCES ATTENDUES" in text
    pdf = service.render_z_report(paid.ledger, paid.payment.session_id, "pdf")
    assert pdf.startswith(b"%PDF")


def test_the_queue_prints_the_original_once_and_never_a_duplicata(paid, printer):
    """The queue and a retry on the payment screen may both reach a receipt: one original prints."""
    receipt_no = paid.payment.receipt_no
    first = service.print_if_unprinted(paid.ledger, receipt_no, printer.uri, "generic-58", retry_delay=0)
    again = service.print_if_unprinted(paid.ledger, receipt_no, printer.uri, "generic-58", retry_delay=0)
    printer.close()
    assert first is not None and first.copy == 1 and again is None
    assert len(printer.received) == 1 and "DUPLICATA" not in decode(printer.received[0].replace(STATUS_QUERY, b"")).text()
    assert paid.ledger.reads.print_queue() == []


def test_a_dead_printer_leaves_the_receipt_in_the_queue(paid):
    with pytest.raises(PrintError):
        service.print_if_unprinted(paid.ledger, paid.payment.receipt_no, _closed_port(), "generic-58",
                                   retry_delay=0, connect_timeout=0.5)
    assert [q.receipt_no for q in paid.ledger.reads.print_queue()] == [paid.payment.receipt_no]


def test_a_refused_original_prints_as_an_original_next_time(paid, printer):
    """The note taken before an original goes out is forgotten when the printer refuses the job:
    nothing of it is on paper, so the retry is the original, not a DUPLICATA."""
    receipt_no = paid.payment.receipt_no
    with pytest.raises(PrintError):
        service.print_if_unprinted(paid.ledger, receipt_no, _closed_port(), "generic-58", retry_delay=0,
                                   connect_timeout=0.5)
    assert not paid.ledger.reads.receipt_facts(receipt_no).print_outcome_unknown
    done = service.print_if_unprinted(paid.ledger, receipt_no, printer.uri, "generic-58", retry_delay=0)
    printer.close()
    assert done is not None and done.copy == 1
    assert "DUPLICATA" not in decode(printer.received[0].replace(STATUS_QUERY, b"")).text()


def test_an_original_whose_outcome_was_never_known_reprints_as_duplicata(paid, printer):
    """A process that stopped after sending the original, before recording it (the note stays):
    the receipt is still queued, and its copy says DUPLICATA, since the original may be out."""
    receipt_no = paid.payment.receipt_no
    paid.ledger.note_print_started(receipt_no)  # what print_if_unprinted commits before sending
    assert [q.receipt_no for q in paid.ledger.reads.print_queue()] == [receipt_no]
    with pytest.raises(PrintError):  # a failure now does not forget the earlier, unknown outcome
        service.print_if_unprinted(paid.ledger, receipt_no, _closed_port(), "generic-58", retry_delay=0,
                                   connect_timeout=0.5)
    done = service.print_if_unprinted(paid.ledger, receipt_no, printer.uri, "generic-58", retry_delay=0)
    printer.close()
    assert done is not None and done.copy == 1
    assert "DUPLICATA" in decode(printer.received[0].replace(STATUS_QUERY, b"")).text()
    assert paid.ledger.reads.print_queue() == [] and paid.ledger.verify().ok
