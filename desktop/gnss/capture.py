"""Position capture: one QtPositioning source chosen in settings, reported fix by fix.

Sources: the system's (`gps`), or NMEA from an external receiver on a serial/Bluetooth port or
from a recorded log (`external-gnss`). The form decides when a fix is good enough."""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtPositioning import QGeoPositionInfo, QGeoPositionInfoSource, QNmeaPositionInfoSource

from core.clock import iso
from core.errors import QuittanceError
from core.registry import Location
from desktop.gnss.feed import NmeaFeed, NmeaLogReplay, SerialReceiver
from core.gnss_average import DEFAULT_COUNT
from core.nmea import fix_type, time_key

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls

DEFAULT_THRESHOLD_M = 10.0
DEFAULT_UERE_M = 5.0  # typical single-frequency consumer receiver, in metres
DEFAULT_GPS_SETTINGS: dict[str, Any] = {
    "source": "system",  # system | serial | file
    "port": "", "baud": 9600, "file": "",
    "uere_m": DEFAULT_UERE_M, "threshold_m": DEFAULT_THRESHOLD_M,
    "replay_interval_ms": 1000,
    # Point averaging (core/gnss_average.py): fixes averaged into one position once the threshold
    # is reached; 1 keeps the first good fix as it is.
    "average_count": DEFAULT_COUNT,
    # The accuracy classes shown to the agent (desktop/gnss/quality.py), the municipality's choice.
    "good_m": 5.0, "fair_m": 15.0,
}


def gps_settings(stored: dict[str, Any] | None) -> dict[str, Any]:
    return {**DEFAULT_GPS_SETTINGS, **(stored or {})}


@dataclass(frozen=True)
class Fix:
    latitude: float
    longitude: float
    accuracy_m: float | None
    basis: str  # gst | hdop | system | unknown
    source: str  # gps | external-gnss (core's location sources)
    fix_time: str  # ISO UTC
    # Details shown on demand; None when the source does not say.
    hdop: float | None = None
    satellites: int | None = None
    quality: str | None = None  # GGA fix quality
    mode: str | None = None  # 2D | 3D, from GSA
    satellites_in_view: int | None = None  # GSV, over every constellation
    fix_type: str | None = None  # core.nmea.FIX_TYPES: none, 2d, 3d, dgps, rtk_float, rtk_fixed
    received_at: float = field(default_factory=time.monotonic)  # for the fix's age on screen

    def to_location(self) -> Location:
        return Location(self.latitude, self.longitude, self.accuracy_m, self.source, self.fix_time)


class PositionCapture(QObject):
    fixed = Signal(object)  # Fix
    failed = Signal(str)
    ended = Signal()  # the log file ran out

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: QGeoPositionInfoSource | None = None
        self._feed: NmeaFeed | None = None
        self._driver: NmeaLogReplay | SerialReceiver | None = None
        self._location_source = "gps"

    @property
    def running(self) -> bool:
        return self._source is not None

    def start(self, settings: dict[str, Any]) -> None:
        self.stop()
        settings = gps_settings(settings)
        kind = settings["source"]
        if kind == "system":
            self._start_system()
            return
        feed = self.start_nmea(float(settings["uere_m"]))
        if kind == "file":
            try:
                driver = NmeaLogReplay(settings["file"], feed, int(settings["replay_interval_ms"]), self)
            except OSError as error:
                self.stop()
                self.failed.emit(translate("PositionCapture", "Cannot read the NMEA log file: %1")
                                 .replace("%1", error.strerror or str(error)))
                return
            driver.finished.connect(self.ended)
        else:
            driver = SerialReceiver(settings["port"], int(settings["baud"]), feed, self)
            driver.failed.connect(self._serial_failed)
        self._driver = driver
        driver.start()

    def start_nmea(self, uere_m: float = DEFAULT_UERE_M) -> NmeaFeed:
        """Qt's NMEA parser over a feed; whatever pushes NMEA bytes into the returned feed
        (a serial port, a log replay, a test) drives the capture."""
        self.stop()
        self._location_source = "external-gnss"
        self._feed = NmeaFeed(self)
        source = QNmeaPositionInfoSource(QNmeaPositionInfoSource.UpdateMode.RealTimeMode, self)
        source.setDevice(self._feed)
        source.setUserEquivalentRangeError(uere_m)
        self._listen(source)
        return self._feed

    def _start_system(self) -> None:
        self._location_source = "gps"
        source = QGeoPositionInfoSource.createDefaultSource(self)
        if source is None:
            self.failed.emit(translate(
                "PositionCapture", "This device has no position service. Choose an external receiver "
                                   "in Settings, or enter the coordinates by hand."))
            return
        source.setUpdateInterval(1000)
        self._listen(source)

    def _listen(self, source: QGeoPositionInfoSource) -> None:
        self._source = source
        source.positionUpdated.connect(self._on_position)
        source.errorOccurred.connect(self._on_error)
        source.startUpdates()

    def stop(self) -> None:
        if self._driver is not None:
            self._driver.stop()
        if self._source is not None:
            self._source.stopUpdates()
        self._cleanup()

    def _cleanup(self) -> None:
        for obj in (self._driver, self._source, self._feed):
            if obj is not None:
                obj.deleteLater()
        self._driver = self._source = self._feed = None

    def _on_position(self, info: QGeoPositionInfo) -> None:
        coordinate = info.coordinate()
        if not coordinate.isValid():
            return
        try:  # the system's source is not gated like NMEA: a position must still be one
            Location(coordinate.latitude(), coordinate.longitude(), None, self._location_source).validate()
        except QuittanceError:
            return
        stamp = info.timestamp().toUTC()
        moment = datetime.fromtimestamp(stamp.toMSecsSinceEpoch() / 1000, tz=timezone.utc) if stamp.isValid() \
            else datetime.now(timezone.utc)
        accuracy, basis = None, "system"
        details = None
        if self._feed is not None:
            key = time_key(stamp.time().toString("hhmmss.zzz")) or -1
            details = self._feed.gga_at(key)
            gst = self._feed.gst_at(key)
            if gst is not None:
                accuracy, basis = gst.horizontal_m, "gst"
            elif info.hasAttribute(QGeoPositionInfo.Attribute.HorizontalAccuracy):
                accuracy, basis = info.attribute(QGeoPositionInfo.Attribute.HorizontalAccuracy), "hdop"
            else:
                basis = "unknown"  # no GST, and no usable HDOP (the gate blanks a negative one)
        elif info.hasAttribute(QGeoPositionInfo.Attribute.HorizontalAccuracy):
            accuracy = info.attribute(QGeoPositionInfo.Attribute.HorizontalAccuracy)
        if accuracy is not None and not (math.isfinite(accuracy) and accuracy > 0):
            accuracy, basis = None, "unknown"  # NaN, infinite or not positive: the source does not know
        self.fixed.emit(Fix(round(coordinate.latitude(), 7), round(coordinate.longitude(), 7),
                            round(accuracy, 1) if accuracy else None, basis, self._location_source, iso(moment),
                            hdop=details.hdop if details else None,
                            satellites=details.satellites if details else None,
                            quality=details.quality if details else None,
                            mode=self._feed.fix_mode if self._feed is not None else None,
                            satellites_in_view=self._feed.satellites_in_view if self._feed is not None else None,
                            fix_type=self._fix_type(details, key)))

    def _fix_type(self, details, key: int) -> str | None:  # noqa: ANN001 - GgaDetails or None
        """The receiver's fix type for the epoch; None when it did not say (an RMC-only receiver)."""
        if self._feed is None:
            return None
        kind = fix_type(details.quality if details else None, self._feed.fix_mode, self._feed.gns_modes_at(key))
        return None if kind == "none" else kind

    def _on_error(self, error: QGeoPositionInfoSource.Error) -> None:
        if error == QGeoPositionInfoSource.Error.NoError:
            return
        if error == QGeoPositionInfoSource.Error.AccessError:
            text = translate("PositionCapture", "The app is not allowed to use the position. "
                                                                 "Allow it in the system settings.")
        elif error == QGeoPositionInfoSource.Error.ClosedError:
            text = translate("PositionCapture", "The position service was switched off.")
        else:
            text = translate("PositionCapture", "No position yet: go outside, away from walls, "
                                                                 "and try again.")
        self.failed.emit(text)

    def _serial_failed(self, detail: str) -> None:
        self.stop()
        self.failed.emit(translate(
            "PositionCapture", "Cannot read the GNSS receiver (%1). Check that it is on and paired, "
                               "and the port in Settings.").replace("%1", detail))
