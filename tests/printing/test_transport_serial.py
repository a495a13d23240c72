"""The serial transport (a paired Bluetooth printer's COM port or /dev/rfcomm0) through a
pseudo-terminal: the test plays the printer on the master side."""
from __future__ import annotations

import os
import sys
import threading
import time
import tty

import pytest

from printing.errors import PrintError
from printing.links import parse_uri
from printing.transports import STATUS_QUERY, send_job

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="os.openpty is POSIX")

JOB = b"\x1b@\x1c.\x1bt\x13" + "Reçu n° 1 : Kabasélé\n".encode("cp858") * 200


class PtyPrinter:
    def __init__(self, answer: bytes | None = None) -> None:
        self.master, slave = os.openpty()
        tty.setraw(slave)
        self.path = os.ttyname(slave)
        self.slave = slave  # kept open so the pty lives while the transport reopens it
        self.answer = answer
        self.data = bytearray()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        while not self.done.is_set():
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                return
            self.data += chunk
            if self.answer and STATUS_QUERY[:2] in chunk:
                os.write(self.master, self.answer[: chunk.count(STATUS_QUERY[:2])])
            time.sleep(0.001)  # a slow printer

    def close(self) -> None:
        self.done.set()
        os.close(self.slave)
        os.close(self.master)


def test_uri_forms():
    assert parse_uri("serial:///dev/rfcomm0?baud=9600").target == "/dev/rfcomm0"
    assert parse_uri("serial:///dev/rfcomm0?baud=9600").number == 9600
    assert (parse_uri("serial://COM5").target, parse_uri("serial://COM5").number) == ("COM5", 9600)


def test_a_job_crosses_the_serial_port_in_paced_chunks_and_status_is_read():
    printer = PtyPrinter(answer=b"\x12\x12")
    pauses = []
    try:
        report = send_job(f"serial://{printer.path}?baud=115200", JOB, chunk_bytes=128, pacing_ms=20,
                          status_timeout=2.0, sleep=pauses.append)
        deadline = time.monotonic() + 5
        while printer.data.count(STATUS_QUERY) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        printer.close()
    assert bytes(printer.data).replace(STATUS_QUERY, b"") == JOB
    assert "Kabasélé".encode("cp858") in printer.data
    assert report.chunks == -(-len(JOB) // 128) and pauses == [0.02] * (report.chunks - 1)
    assert report.status.answered and report.status.paper == "ok"


def test_a_missing_serial_port_is_unreachable():
    with pytest.raises(PrintError) as failed:
        send_job("serial:///dev/does-not-exist-quittance", JOB, retry_delay=0, connect_timeout=2)
    assert failed.value.message("fr") == "Imprimante injoignable : vérifiez qu'elle est allumée et appairée."
