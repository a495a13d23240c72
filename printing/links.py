"""Printer addresses and the raw connections behind them: Bluetooth RFCOMM, serial, TCP, file.

A link only connects, writes, reads and closes. Chunking, pacing, retry and status are the
same for all of them and live in printing/transports.py."""
from __future__ import annotations

import errno
import re
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from printing.errors import PrintError

_MAC = re.compile(r"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$")
DEFAULT_TCP_PORT = 9100
DEFAULT_RFCOMM_CHANNEL = 1
DEFAULT_BAUD = 9600


@dataclass(frozen=True)
class PrinterAddress:
    scheme: str  # 'bt', 'serial', 'tcp' or 'file'
    target: str  # MAC address, port name, host name or path
    number: int = 0  # RFCOMM channel, TCP port or baud rate
    uri: str = ""


def parse_uri(uri: str) -> PrinterAddress:
    """bt://AA:BB:CC:DD:EE:FF[/channel], serial:///dev/rfcomm0?baud=9600, serial://COM5,
    tcp://host[:9100], file:///path. PrintError('invalid_printer_uri') for anything else."""
    text = (uri or "").strip()
    bad = PrintError("invalid_printer_uri", uri=uri)
    scheme, _, rest = text.partition("://")
    scheme = scheme.lower()
    if not rest:
        raise bad
    if scheme == "bt":
        mac, _, channel = rest.partition("/")
        if not _MAC.match(mac) or (channel and not channel.isdigit()) or (channel and not 1 <= int(channel) <= 30):
            raise bad
        return PrinterAddress("bt", mac.upper(), int(channel or DEFAULT_RFCOMM_CHANNEL), text)
    parts = urlsplit(text)
    if scheme == "tcp":
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise bad from None
        if not parts.hostname:
            raise bad
        return PrinterAddress("tcp", parts.hostname, port, text)
    if scheme == "serial":
        port_name = unquote(parts.netloc + parts.path) if parts.netloc else unquote(parts.path)
        baud = parse_qs(parts.query).get("baud", [str(DEFAULT_BAUD)])[0]
        if not port_name or not baud.isdigit():
            raise bad
        return PrinterAddress("serial", port_name, int(baud), text)
    if scheme == "file":
        path = unquote(parts.netloc + parts.path)
        if re.match(r"^/[A-Za-z]:[/\\]", path):  # file:///C:/... on Windows
            path = path[1:]
        if not path:
            raise bad
        return PrinterAddress("file", path, 0, text)
    raise bad


class PeerClosed(ConnectionError):
    """The other end hung up: what the job wrote may never have been printed."""


class Link(Protocol):
    def write(self, data: bytes) -> None: ...
    def read(self, size: int, timeout: float) -> bytes: ...  # b'' = no answer in time
    def close(self) -> None: ...


def open_link(address: PrinterAddress, connect_timeout: float, write_timeout: float) -> Link:
    if address.scheme == "tcp":
        return _tcp(address, connect_timeout, write_timeout)
    if address.scheme == "bt":
        return _bluetooth(address, connect_timeout, write_timeout)
    if address.scheme == "serial":
        return _serial(address, connect_timeout, write_timeout)
    if address.scheme == "file":
        return FileLink(Path(address.target))
    raise PrintError("invalid_printer_uri", uri=address.uri)


class SocketLink:
    def __init__(self, sock: socket.socket, write_timeout: float) -> None:
        self.sock = sock
        self.write_timeout = write_timeout

    def write(self, data: bytes) -> None:
        self.sock.settimeout(self.write_timeout)
        self.sock.sendall(data)

    def read(self, size: int, timeout: float) -> bytes:
        self.sock.settimeout(timeout)
        try:
            data = self.sock.recv(size)
        except (socket.timeout, TimeoutError):
            return b""
        if not data:
            raise PeerClosed("printer closed the connection")
        return data

    def close(self) -> None:
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def _tcp(address: PrinterAddress, connect_timeout: float, write_timeout: float) -> SocketLink:
    try:
        sock = socket.create_connection((address.target, address.number), timeout=connect_timeout)
    except OSError as error:
        raise PrintError("printer_unreachable", uri=address.uri, detail=str(error)) from None
    # Each chunk leaves at once, so the pacing between chunks is real.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return SocketLink(sock, write_timeout)


def bluetooth_available() -> bool:
    return hasattr(socket, "AF_BLUETOOTH") and hasattr(socket, "BTPROTO_RFCOMM")


def _bluetooth(address: PrinterAddress, connect_timeout: float, write_timeout: float) -> SocketLink:
    if not bluetooth_available():
        raise PrintError("bt_unsupported", uri=address.uri)
    try:
        sock = socket.socket(socket.AF_BLUETOOTH, socket.SOCK_STREAM, socket.BTPROTO_RFCOMM)
    except OSError as error:
        if error.errno in (errno.EAFNOSUPPORT, errno.EPROTONOSUPPORT):
            raise PrintError("bt_unsupported", uri=address.uri) from None
        raise PrintError("printer_unreachable", uri=address.uri, detail=str(error)) from None
    sock.settimeout(connect_timeout)
    try:
        sock.connect((address.target, address.number))
    except OSError as error:
        sock.close()
        raise PrintError("printer_unreachable", uri=address.uri, detail=str(error)) from None
    return SocketLink(sock, write_timeout)


class SerialLink:
    def __init__(self, port) -> None:
        self.port = port

    def write(self, data: bytes) -> None:
        self.port.write(data)
        self.port.flush()  # wait until the bytes have left, so the pause after them is real

    def read(self, size: int, timeout: float) -> bytes:
        self.port.timeout = timeout
        return self.port.read(size)

    def close(self) -> None:
        self.port.close()


def _serial(address: PrinterAddress, connect_timeout: float, write_timeout: float) -> SerialLink:
    import serial

    # Opening /dev/rfcomm0 or a Bluetooth COM port makes the OS connect the printer and can block
    # for a long time; open it on a helper thread and give up after the connect timeout.
    outcome: dict[str, object] = {}

    def opener() -> None:
        try:
            outcome["port"] = serial.Serial(address.target, address.number, timeout=0.2, write_timeout=write_timeout)
        except Exception as error:  # noqa: BLE001 - reported to the caller below
            outcome["error"] = error
        if outcome.pop("abandoned", False) and "port" in outcome:
            outcome["port"].close()

    thread = threading.Thread(target=opener, name="quittance-serial-open", daemon=True)
    thread.start()
    thread.join(connect_timeout)
    if thread.is_alive():
        outcome["abandoned"] = True
        raise PrintError("printer_unreachable", uri=address.uri, detail="open timed out")
    error = outcome.get("error")
    if isinstance(error, PermissionError) or "PermissionError" in str(error) or "Access is denied" in str(error):
        raise PrintError("printer_busy", uri=address.uri, detail=str(error))
    if error is not None:
        raise PrintError("printer_unreachable", uri=address.uri, detail=str(error))
    return SerialLink(outcome["port"])


class FileLink:
    """A file or a device node (file:///dev/usb/lp0): written whole, never answers."""

    def __init__(self, path: Path) -> None:
        try:
            self.handle = open(path, "wb")
        except OSError as error:
            raise PrintError("printer_unreachable", uri=str(path), detail=str(error)) from None

    def write(self, data: bytes) -> None:
        self.handle.write(data)
        self.handle.flush()

    def read(self, size: int, timeout: float) -> bytes:
        return b""

    def close(self) -> None:
        self.handle.close()
