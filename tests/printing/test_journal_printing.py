"""The printer's part of the technical journal: a failed job names the printer and its error,
a reprint names the receipt and its copy; the original is not a journal entry."""
from __future__ import annotations

import pytest

from core import journal
from printing import service
from printing.errors import PrintError
from tests.printing.loopback import LoopbackPrinter
from tests.printing.test_service import _closed_port


def test_a_printer_failure_is_journaled_with_the_printer_and_its_error(paid):
    receipt_no = paid.payment.receipt_no
    uri = _closed_port()
    with pytest.raises(PrintError) as failed:
        service.print_receipt(paid.ledger, receipt_no, uri, "generic-58", retry_delay=0, connect_timeout=1)
    [entry] = journal.entries(paid.ledger.store.conn, "printer_failure")
    assert entry.details == {"printer": uri, "error": failed.value.code, "receipt_no": receipt_no}
    assert paid.ledger.verify().ok


def test_a_reprint_through_the_printer_is_journaled_and_the_original_is_not(paid):
    printer = LoopbackPrinter(status=b"\x12\x12")
    try:
        receipt_no = paid.payment.receipt_no
        service.print_receipt(paid.ledger, receipt_no, printer.uri, "generic-58", retry_delay=0)
        assert journal.entries(paid.ledger.store.conn, "reprint") == []
        service.print_receipt(paid.ledger, receipt_no, printer.uri, "generic-58", retry_delay=0)
    finally:
        printer.close()
    [entry] = journal.entries(paid.ledger.store.conn, "reprint")
    assert entry.details == {"receipt_no": receipt_no, "copy": 2}
    assert entry.agent_id == paid.ledger.agent_id
