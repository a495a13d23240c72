"""TCP transport against loopback printers: paced chunks, one retry, status, clear errors."""
from __future__ import annotations

import socket

import pytest

from printing.errors import PrintError
from printing.transports import STATUS_QUERY, send_job
from tests.printing.loopback import LoopbackPrinter

JOB = b"\x1b@" + bytes(range(32, 127)) * 60  # 5.7 KB, about a receipt with its QR


@pytest.fixture
def printer(request):
    made = LoopbackPrinter(**getattr(request, "param", {}))
    yield made
    made.close()


def _strip_status(received: bytes) -> bytes:
    return received.replace(STATUS_QUERY, b"")


@pytest.mark.parametrize("printer", [{"slow": True}], indirect=True)
def test_a_slow_printer_gets_every_byte_in_paced_chunks(printer):
    pauses, sizes = [], []
    report = send_job(printer.uri, JOB, chunk_bytes=256, pacing_ms=30, status_timeout=0.2,
                      progress=lambda sent, total: sizes.append((sent, total)), sleep=pauses.append)
    printer.close()
    assert _strip_status(printer.received[0]) == JOB
    assert report.chunks == len(JOB) // 256 + 1 and report.attempts == 1
    assert pauses == [0.03] * (report.chunks - 1), "a pause between chunks, none after the last"
    assert sizes[-1] == (len(JOB), len(JOB)) and all(b - a <= 256 for (a, _), (b, _) in zip(sizes, sizes[1:]))
    assert not report.status.answered and report.status.paper == "unknown", "silence is unknown, never paper OK"


@pytest.mark.parametrize("printer", [{"drop_first": True, "status": b"\x12\x12"}], indirect=True)
def test_a_dropped_first_connection_is_retried_once_with_the_whole_job(printer):
    pauses = []
    report = send_job(printer.uri, JOB, chunk_bytes=512, pacing_ms=5, status_timeout=3.0, retry_delay=0.01,
                      sleep=pauses.append)
    printer.close()
    assert report.attempts == 2
    assert printer.received[0] == b""
    assert _strip_status(printer.received[1]) == JOB
    assert 0.01 in pauses, "waited before reconnecting"


@pytest.mark.parametrize("printer", [{"status": b"\x12\x1e"}], indirect=True)
def test_status_answer_is_read(printer):
    # 0x12: online, cover closed; 0x1e: paper sensor says near end (bits 2-3).
    report = send_job(printer.uri, b"\x1b@hello\n", status_timeout=1.0)
    assert report.status.answered and report.status.paper == "near_end" and report.status.cover_open is False
    assert report.status.describe("fr") == "papier presque fini"


@pytest.mark.parametrize("printer", [{"status": b"\x12\x72"}], indirect=True)
def test_a_printer_out_of_paper_gets_no_job(printer):
    with pytest.raises(PrintError) as refused:
        send_job(printer.uri, JOB, status_timeout=1.0)
    assert refused.value.code == "paper_out"
    assert refused.value.message("fr") == "Plus de papier : remettez un rouleau puis relancez l'impression."
    printer.close()
    assert b"Q" not in printer.received[0].replace(STATUS_QUERY, b"")


def test_unreachable_printer_says_so_in_french_after_one_retry():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pauses = []
    with pytest.raises(PrintError) as failed:
        send_job(f"tcp://127.0.0.1:{port}", JOB, connect_timeout=1, retry_delay=0, sleep=pauses.append)
    assert failed.value.message("fr") == "Imprimante injoignable : vérifiez qu'elle est allumée et appairée."
    assert failed.value.message("pt").startswith("Impressora inacessível")
    assert pauses == [0], "one retry, then the error"
