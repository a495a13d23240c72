"""The disk fills up while a printed copy is being recorded (`receipt.printed`).

The disk is made full for real: SQLite's `max_page_count`, pinned at the file's current size on
the device's own connection, makes the next write that needs a new page fail with SQLite's own
"database or disk is full" (SQLITE_FULL), as a full volume does. The queue is drained as the app's
print lane drains it (PrinterGateway.print_original) to a printer on the loopback, until a record
hits the full disk. Then: the agent gets the storage fault's message in their language; the
payment is intact and still queued; nothing half-written (no copy without its event, no event
without its copy); `verify` passes; and once space is back, the copy is recorded. The receipt's
original did come out before the record failed, so its next copy says DUPLICATA."""
from __future__ import annotations

import pytest

from core.events import last_seq
from core.messages import translate
from desktop.printer_gateway import PrinterGateway
from tests.conftest import add_assessed_taxpayer, make_ledger
from tests.printing.escpos_decoder import decode
from tests.printing.loopback import LoopbackPrinter

RECEIPTS = 8
ONLINE = b"\x12"  # DLE EOT answer: online, no error (the fixed bits alone)
FEED = b"\x1bd\x04"  # generic-58's last command of a receipt


def _paper(received: bytes) -> str:
    return decode(received[received.index(b"\x1b@"):received.rindex(FEED) + len(FEED)]).text()


def _copies(ledger, receipt_no: str) -> tuple[int, int]:  # noqa: ANN001
    """(rows in receipt_prints, receipt.printed events) for one receipt."""
    conn = ledger.store.conn
    payment_id = ledger.payment(receipt_no).id
    rows = conn.execute("SELECT count(*) FROM receipt_prints WHERE payment_id = ?", (payment_id,)).fetchone()[0]
    events = conn.execute("SELECT count(*) FROM events WHERE type = 'receipt.printed' AND payload LIKE ?",
                          (f'%"payment_id":"{payment_id}"%',)).fetchone()[0]
    return rows, events


@pytest.fixture
def printer():
    made = LoopbackPrinter(status=ONLINE)
    yield made
    made.close()


def test_disk_full_while_recording_a_printed_copy(tmp_path, printer):
    ledger = make_ledger(tmp_path / "device.db")
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    numbers = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000 + n, method="cash",
                          advance=True).receipt_no for n in range(RECEIPTS)]
    ledger.save_settings(PrinterGateway.printer_settings(printer.uri, "generic-58"))
    gateway = PrinterGateway(ledger)
    conn = ledger.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    assert conn.execute(f"PRAGMA max_page_count = {pages}").fetchone()[0] == pages  # the disk is now full

    for receipt_no in numbers:
        before, jobs = last_seq(conn), len(printer.received)
        outcome = gateway.print_original(receipt_no, "en")
        if not outcome.ok:
            break
        assert outcome.copy == 1  # printed in the space left, as a full disk allows until it doesn't
    else:
        pytest.fail("the disk never filled up")
    full = receipt_no
    # The printer took the whole original: the failure was in recording it.
    assert len(printer.received) == jobs + 1 and full in _paper(printer.received[-1])
    assert outcome.error is not None and outcome.error.code == "storage_full"
    assert outcome.message == translate("storage_full", "en", **outcome.error.params)
    assert "disk is full" in outcome.message
    assert {outcome.error.message(lang) for lang in ("fr", "en", "pt")} == {
        translate("storage_full", lang, **outcome.error.params) for lang in ("fr", "en", "pt")}
    assert len({outcome.error.message(lang) for lang in ("fr", "en", "pt")}) == 3  # each language its own
    # Nothing half-written, nothing lost.
    assert last_seq(conn) == before
    assert _copies(ledger, full) == (0, 0)
    assert ledger.payment(full).amount == 100_000 + numbers.index(full)
    assert [q.receipt_no for q in ledger.reads.print_queue()] == numbers[numbers.index(full):]
    report = ledger.verify()
    assert report.ok, report.first_problem

    conn.execute("PRAGMA max_page_count = 1073741823")  # space is back
    again = gateway.print_original(full, "en")
    assert again.ok and again.copy == 1, again.message
    assert _copies(ledger, full) == (1, 1)
    assert "DUPLICATA" in _paper(printer.received[-1])  # its original is already out: never a second one
    while queue := ledger.reads.print_queue():
        assert gateway.print_original(queue[0].receipt_no, "en").ok
    assert all(_copies(ledger, n) == (1, 1) for n in numbers)
    papers = [_paper(received) for received in printer.received if FEED in received]
    for number in numbers:
        assert len([p for p in papers if number in p and "DUPLICATA" not in p]) == 1, number
    report = ledger.verify()
    assert report.ok, report.first_problem
    ledger.close()
