"""kill -9 in the middle of draining the print queue (invariants 5 and 7).

A real process drains a queue of several receipts to a printer on the loopback (the test's
LoopbackPrinter behind the real tcp:// transport, silent to status queries as many cheap
printers are) and is killed with SIGKILL at the worst moment: the printer has taken a whole
original, and the process has not recorded it yet. After a restart the drain finishes, and:
every payment is there; every receipt is recorded printed exactly once, or was still queued;
none was marked printed before its paper came out; and no receipt came out as a second
original: the one whose original may already be on paper comes out as DUPLICATA."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.service import Ledger
from desktop.printer_gateway import PrinterGateway
from printing.escpos import render_escpos
from printing.profiles import load_profile
from printing.receipt import receipt_document
from printing.service import load_logo
from tests.conftest import add_assessed_taxpayer, assert_gap_free, make_ledger
from tests.printing.escpos_decoder import decode
from tests.printing.loopback import LoopbackPrinter

ROOT = Path(__file__).resolve().parents[2]
FEED = b"\x1bd\x04"  # ESC d 4: generic-58's paper feed, the last command of each receipt
RECEIPTS = 5


def _originals(db: Path) -> dict[str, bytes]:
    """Each receipt's original exactly as the printer must receive it (the whole job)."""
    ledger = Ledger.open(db)
    profile = load_profile("generic-58")
    jobs = {q.receipt_no: render_escpos(receipt_document(ledger.reads.receipt_facts(q.receipt_no), 1,
                                                         logo=load_logo(ledger)), profile)
            for q in ledger.reads.print_queue()}
    ledger.close()
    return jobs


def _queue_of_receipts(db: Path, printer_uri: str) -> list[str]:
    ledger = make_ledger(db)
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    numbers = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000 + n, method="cash",
                          advance=True).receipt_no for n in range(RECEIPTS)]
    ledger.save_settings(PrinterGateway.printer_settings(printer_uri, "generic-58"))
    ledger.close()
    return numbers


def _drain(db: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "tests.integration.print_drain_worker", str(db)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    assert process.stdout.readline().strip() == "ready"
    return process


def _job(received: bytes) -> bytes:
    """What a connection carried, without the transport's status queries (DLE EOT) around it."""
    return received[received.index(b"\x1b@"):received.rindex(FEED) + len(FEED)]


def _printed(ledger: Ledger) -> dict[str, int]:
    return dict(ledger.store.conn.execute(
        "SELECT p.receipt_no, count(r.payment_id) FROM payments p LEFT JOIN receipt_prints r ON r.payment_id = p.id "
        "GROUP BY p.receipt_no"))


def _kill_after_next_original(db: Path, printer: LoopbackPrinter, originals: dict[str, bytes],
                              on_paper: set[str]) -> str | None:
    """Drain; as soon as one more original is whole on the printer, SIGKILL the drain (it is
    then waiting for the printer's status, before recording the copy). Returns the receipt the
    kill caught on paper but unrecorded, or None when the drain won the race and recorded it
    first (the process was late to be scheduled)."""
    process = _drain(db)
    deadline = time.monotonic() + 60
    while not (whole := {n for n, job in originals.items() if any(job in r for r in list(printer.received))}
               - on_paper):
        assert process.poll() is None and time.monotonic() < deadline, process.stderr.read()
        time.sleep(0.002)
    os.kill(process.pid, signal.SIGKILL)
    output, _ = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    on_paper |= whole
    acknowledged = [line.split()[0] for line in output.splitlines()[:-1] if line.startswith("T07-")]
    ledger = Ledger.open(db)
    try:
        printed = _printed(ledger)
        assert sorted(printed) == sorted(originals)  # every payment is still there
        assert all(printed[n] == 1 for n in acknowledged)  # what was reported printed is recorded
        assert all(printed[n] == 0 for n in originals if n not in on_paper)  # never marked printed before paper
        assert [q.receipt_no for q in ledger.reads.print_queue()] == [n for n in originals if printed[n] == 0]
        report = ledger.verify()
        assert report.ok, report.first_problem
        [caught] = whole
        return caught if printed[caught] == 0 else None
    finally:
        ledger.close()


@pytest.mark.slow
def test_sigkill_while_draining_the_print_queue(tmp_path):
    printer = LoopbackPrinter(status=None)
    try:
        db = tmp_path / "device.db"
        numbers = _queue_of_receipts(db, printer.uri)
        originals = _originals(db)
        on_paper: set[str] = set()
        caught = None
        while caught is None and len(on_paper) < RECEIPTS - 1:
            caught = _kill_after_next_original(db, printer, originals, on_paper)
        assert caught is not None, "every kill came after the copy was recorded"

        restarted = _drain(db)
        output, errors = restarted.communicate(timeout=120)
        assert restarted.returncode == 0, output + errors
        assert output.splitlines()[-1] == "drained"

        ledger = Ledger.open(db)
        assert _printed(ledger) == dict.fromkeys(numbers, 1)  # each recorded printed once
        assert ledger.reads.print_queue() == []
        report = ledger.verify()
        assert report.ok, report.first_problem
        assert_gap_free(numbers, RECEIPTS)
        ledger.close()
        papers = [decode(_job(received)).text() for received in list(printer.received) if FEED in received]
        for number in numbers:
            mine = [text for text in papers if number in text]
            assert len([text for text in mine if "DUPLICATA" not in text]) == 1, f"{number}: not one original"
        # The receipt the kill caught came out twice: its original, then a DUPLICATA.
        assert [("DUPLICATA" in text) for text in papers if caught in text] == [False, True]
    finally:
        printer.close()
