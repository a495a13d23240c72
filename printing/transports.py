"""Sending a job to a printer, the same way over every link: chunked and paced writes, a
connect timeout, one reconnect-and-retry, and a best-effort status query.

Status is asked with DLE EOT. A printer that does not answer has an *unknown* status, never
"paper OK". Every call blocks: run it on a worker thread, never on the UI thread."""
from __future__ import annotations

import socket
import time
from dataclasses import dataclass
from typing import Callable

from printing.errors import PrintError, notice
from printing.links import Link, PeerClosed, open_link, parse_uri

DLE_EOT = b"\x10\x04"
# n=2: offline cause (cover, paper-end stop, error); n=4: paper roll sensor.
STATUS_QUERY = DLE_EOT + b"\x02" + DLE_EOT + b"\x04"
RETRY_DELAY = 1.0  # a Bluetooth printer needs a moment before it accepts a new connection

Progress = Callable[[int, int], None]  # (bytes sent, bytes in the job)


@dataclass(frozen=True)
class PrinterStatus:
    answered: bool
    paper: str = "unknown"  # 'ok', 'near_end', 'out' or 'unknown'
    cover_open: bool | None = None
    error: bool | None = None

    def describe(self, locale: str = "fr") -> str:
        if not self.answered:
            return notice("status_unknown", locale)
        if self.cover_open:
            return notice("status_cover", locale)
        if self.paper == "out":
            return notice("status_out", locale)
        if self.paper == "near_end":
            return notice("status_near_end", locale)
        return notice("status_ok", locale) if self.paper == "ok" else notice("status_unknown", locale)


UNKNOWN = PrinterStatus(answered=False)


@dataclass(frozen=True)
class SendReport:
    uri: str
    bytes_sent: int
    chunks: int
    attempts: int
    status: PrinterStatus


def parse_status(reply: bytes) -> PrinterStatus:
    """Decode the answers to STATUS_QUERY. Bytes that are not status bytes (fixed bits 0x12 set,
    0x81 clear) mean the printer does not speak DLE EOT: unknown, not fine."""
    valid = [b for b in reply[:2] if b & 0x93 == 0x12]
    if len(valid) < len(reply[:2]) or not valid:
        return UNKNOWN
    offline = valid[0]
    cover_open, error = bool(offline & 0x04), bool(offline & 0x40)
    paper = "out" if offline & 0x20 else "unknown"
    if len(valid) == 2:
        sensor = valid[1]
        paper = "out" if sensor & 0x60 else "near_end" if sensor & 0x0C else ("out" if paper == "out" else "ok")
    return PrinterStatus(True, paper, cover_open, error)


def read_status(link: Link, timeout: float) -> PrinterStatus:
    """Ask and wait up to `timeout` for both answers. Raises PeerClosed if the link is gone."""
    link.write(STATUS_QUERY)
    reply = b""
    deadline = time.monotonic() + timeout
    while len(reply) < 2:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        chunk = link.read(2 - len(reply), left)
        if not chunk:
            break
        reply += chunk
    return parse_status(reply)


def _refuse_if_stopped(status: PrinterStatus) -> None:
    if status.cover_open:
        raise PrintError("cover_open")
    if status.paper == "out":
        raise PrintError("paper_out")


def send_job(uri: str, data: bytes, *, chunk_bytes: int = 256, pacing_ms: int = 30,
             connect_timeout: float = 8.0, write_timeout: float = 10.0, status_timeout: float = 0.5,
             query_status: bool = True, retries: int = 1, retry_delay: float = RETRY_DELAY,
             progress: Progress | None = None, sleep: Callable[[float], None] = time.sleep) -> SendReport:
    """Send one whole job. On a failed connection or a link lost mid-job, reconnect and send the
    whole job again (it starts with ESC @, so a half-received first try cannot garble it), once.

    Raises PrintError in the user's language; the caller decides what the failure means for
    the ledger (for a receipt: nothing, it stays recorded and can be printed again)."""
    address = parse_uri(uri)
    ask = query_status and address.scheme != "file"
    attempt = 0
    while True:
        attempt += 1
        try:
            return _attempt(address, data, attempt, chunk_bytes, pacing_ms, connect_timeout, write_timeout,
                            status_timeout, ask, progress, sleep)
        except PrintError as error:
            if error.code not in ("printer_unreachable", "printer_timeout", "connection_lost") or attempt > retries:
                raise
        sleep(retry_delay)


def _attempt(address, data: bytes, attempt: int, chunk_bytes: int, pacing_ms: int, connect_timeout: float,
             write_timeout: float, status_timeout: float, ask: bool, progress: Progress | None,
             sleep: Callable[[float], None]) -> SendReport:
    link = open_link(address, connect_timeout, write_timeout)
    try:
        if ask:
            # Before: a printer that says it has no paper gets nothing, and nothing is counted.
            _refuse_if_stopped(read_status(link, status_timeout))
        chunks = _write_paced(link, data, chunk_bytes, pacing_ms / 1000 if address.scheme != "file" else 0,
                              progress, sleep)
        # After: an answer, or silence, proves the link held; a hang-up means a lost job.
        status = read_status(link, status_timeout) if ask else UNKNOWN
        if status.cover_open or status.paper == "out":
            _refuse_if_stopped(status)  # ran out while printing: the copy is incomplete
        return SendReport(address.uri, len(data), chunks, attempt, status)
    except PrintError:
        raise
    except (PeerClosed, BrokenPipeError, ConnectionResetError, ConnectionAbortedError) as error:
        raise PrintError("connection_lost", uri=address.uri, detail=str(error)) from None
    except (socket.timeout, TimeoutError) as error:
        raise PrintError("printer_timeout", uri=address.uri, detail=str(error)) from None
    except OSError as error:
        raise PrintError("connection_lost", uri=address.uri, detail=str(error)) from None
    except Exception as error:  # pyserial's SerialException/SerialTimeoutException
        if type(error).__name__ == "SerialTimeoutException":
            raise PrintError("printer_timeout", uri=address.uri, detail=str(error)) from None
        if type(error).__name__ == "SerialException":
            raise PrintError("connection_lost", uri=address.uri, detail=str(error)) from None
        raise
    finally:
        try:
            link.close()
        except OSError:
            pass


def _write_paced(link: Link, data: bytes, chunk_bytes: int, pause: float, progress: Progress | None,
                 sleep: Callable[[float], None]) -> int:
    """Cheap Bluetooth printers have a few KB of buffer and drop what overflows it: write a
    chunk, pause, write the next."""
    chunks = 0
    for start in range(0, len(data), chunk_bytes):
        if chunks and pause:
            sleep(pause)
        link.write(data[start:start + chunk_bytes])
        chunks += 1
        if progress:
            progress(min(start + chunk_bytes, len(data)), len(data))
    return chunks


def address_problem(uri: str, locale: str = "fr") -> str | None:
    """Why `uri` is not a printer address send_job can use, in `locale`; None when it is.
    The same parser as the printing itself, so a field checked as it is typed accepts exactly
    what will print (no second copy of the rules to drift apart)."""
    try:
        parse_uri(uri)
    except PrintError as error:
        return error.message(locale)
    return None


def query_printer(uri: str, *, connect_timeout: float = 8.0, status_timeout: float = 1.0) -> PrinterStatus:
    """Connect, ask DLE EOT, hang up. UNKNOWN when the printer does not answer."""
    address = parse_uri(uri)
    if address.scheme == "file":
        return UNKNOWN
    link = open_link(address, connect_timeout, connect_timeout)
    try:
        return read_status(link, status_timeout)
    except (OSError, PeerClosed):
        return UNKNOWN
    finally:
        link.close()
