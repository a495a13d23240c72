"""Byte sources for Qt's NMEA parser: a serial/Bluetooth receiver or a replayed log file.

Both write into an `NmeaFeed`, a sequential QIODevice that QNmeaPositionInfoSource reads in
real-time mode. The feed hands Qt only whole sentences that pass `nmea.gate` (checksum, complete,
sane, with a fix), and keeps the receiver's GST error estimates, which Qt ignores."""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtSerialPort import QSerialPort

from core.nmea import (GgaDetails, GstEstimate, gate, gsa_mode, gsv_in_view, parse_gga, parse_gns, parse_gst,
                       split_epochs)

_GST_KEPT = 64
_LONGEST_LINE = 1024  # NMEA allows 82 characters; receivers' proprietary sentences run longer


class NmeaFeed(QIODevice):
    """A pipe: sources `push()` bytes in, Qt's parser reads lines out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buffer = bytearray()
        self._partial = ""
        self._gst: OrderedDict[int, GstEstimate] = OrderedDict()
        self._gga: OrderedDict[int, GgaDetails] = OrderedDict()  # for the details an agent may ask for
        self.fix_mode: str | None = None  # the last GSA's 2D/3D
        self._gns: OrderedDict[int, str] = OrderedDict()  # GNS mode letters by epoch (R/F: RTK)
        self._in_view: dict[str, int] = {}  # satellites in view per constellation (GSV)
        self.open(QIODevice.OpenModeFlag.ReadOnly)

    # -- QIODevice -----------------------------------------------------------------------
    def isSequential(self) -> bool:
        return True

    def bytesAvailable(self) -> int:
        return len(self._buffer) + super().bytesAvailable()

    def canReadLine(self) -> bool:
        # Qt's real-time reader loops on canReadLine(); the default only looks at Qt's own buffer.
        return b"\n" in self._buffer or super().canReadLine()

    def readData(self, maxlen: int) -> bytes:
        chunk = bytes(self._buffer[:maxlen])
        del self._buffer[:maxlen]
        return chunk

    def writeData(self, data: bytes) -> int:
        return -1

    # -- input ---------------------------------------------------------------------------
    def push(self, data: bytes) -> None:
        text = self._partial + data.decode("ascii", errors="replace")
        *lines, self._partial = text.split("\n")
        if len(self._partial) > _LONGEST_LINE:
            self._partial = ""  # no newline for this long: line noise, not NMEA
        passed = [sentence for sentence in map(gate, lines) if sentence is not None]
        for sentence in passed:
            self._keep_gst(sentence)
            self._keep_details(sentence)
        if passed:
            self._buffer += "".join(f"{sentence}\r\n" for sentence in passed).encode("ascii")
            self.readyRead.emit()

    def _keep_gst(self, sentence: str) -> None:
        estimate = parse_gst(sentence)
        if estimate is not None:
            self._gst[estimate.time_ms] = estimate
            while len(self._gst) > _GST_KEPT:
                self._gst.popitem(last=False)

    def gst_at(self, time_ms: int) -> GstEstimate | None:
        return self._gst.get(time_ms)

    def _keep_details(self, sentence: str) -> None:
        details = parse_gga(sentence)
        if details is not None:
            self._gga[details.time_ms] = details
            while len(self._gga) > _GST_KEPT:
                self._gga.popitem(last=False)
        mode = gsa_mode(sentence)
        if mode is not None:
            self.fix_mode = mode
        in_view = gsv_in_view(sentence)
        if in_view is not None:
            self._in_view[in_view[0]] = in_view[1]
        gns = parse_gns(sentence)
        if gns is not None:
            self._gns[gns.time_ms] = gns.modes
            while len(self._gns) > _GST_KEPT:
                self._gns.popitem(last=False)

    @property
    def satellites_in_view(self) -> int | None:
        return sum(self._in_view.values()) if self._in_view else None

    def gns_modes_at(self, time_ms: int) -> str | None:
        return self._gns.get(time_ms)

    def gga_at(self, time_ms: int) -> GgaDetails | None:
        return self._gga.get(time_ms)


class NmeaLogReplay(QObject):
    """Plays an NMEA log into a feed one epoch at a time, as a receiver would send it.

    `interval_ms` is the receiver's update period (1000 for 1 Hz); tests shorten it."""
    finished = Signal()

    def __init__(self, path: str | Path, feed: NmeaFeed, interval_ms: int = 1000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        text = Path(path).read_text(encoding="ascii", errors="replace")
        self._epochs = split_epochs(text.splitlines())
        self._feed = feed
        self._index = 0
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, interval_ms))
        self._timer.timeout.connect(self._next)

    def start(self) -> None:
        if not self._epochs:
            self.finished.emit()
            return
        self._timer.start()
        self._next()

    def stop(self) -> None:
        self._timer.stop()

    def _next(self) -> None:
        if self._index >= len(self._epochs):
            self._timer.stop()
            self.finished.emit()
            return
        self._feed.push(("\r\n".join(self._epochs[self._index]) + "\r\n").encode("ascii"))
        self._index += 1


class SerialReceiver(QObject):
    """A GNSS receiver on a serial port: USB, or Bluetooth SPP bound to rfcomm / a COM port."""
    failed = Signal(str)

    def __init__(self, port: str, baud: int, feed: NmeaFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._feed = feed
        self._port = QSerialPort(self)
        self._port.setPortName(port)
        self._port.setBaudRate(baud)
        self._port.readyRead.connect(self._read)
        self._port.errorOccurred.connect(self._error)

    def start(self) -> None:
        if not self._port.open(QIODevice.OpenModeFlag.ReadOnly):
            self.failed.emit(self._port.errorString())

    def stop(self) -> None:
        if self._port.isOpen():
            self._port.close()

    def _read(self) -> None:
        self._feed.push(bytes(self._port.readAll().data()))

    def _error(self, error: QSerialPort.SerialPortError) -> None:
        if error not in (QSerialPort.SerialPortError.NoError,):
            self.failed.emit(self._port.errorString())
