"""The parts of NMEA 0183 that Qt does not do for us: the gate in front of its parser, and the
GST error estimate.

Qt's QNmeaPositionInfoSource parses GGA/RMC (any talker: GP, GN, GL, GA, GB) and estimates
accuracy as 2 x HDOP x UERE. But it takes the coordinates of a sentence that says "no fix" (a
searching receiver fills them with zeros, its last position, or SkyTraq's 8960.000000,N), and a
negative HDOP. So `gate()` lets through only sentences whose checksum holds, that are complete and
sane, and that report a fix; it blanks an HDOP that is not a positive number (shown as unknown).

Receivers that send GST report their own error estimate, which is far better than HDOP alone; we
read it here and use it when its epoch matches the fix."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import reduce

TALKERS = ("GP", "GN", "GL", "GA", "GB", "BD", "GQ")


def checksum_ok(sentence: str) -> bool:
    """`$...*hh`: XOR of the characters between `$` and `*`. A sentence without one is refused:
    a Bluetooth link that drops bytes must not produce a wrong position."""
    sentence = sentence.strip()
    if not sentence.startswith("$") or "*" not in sentence:
        return False
    body, _, given = sentence[1:].rpartition("*")
    if not re.fullmatch(r"[0-9A-Fa-f]{2}", given):  # exactly two hex digits: "*4" or "*4FZZ" is damage
        return False
    expected = int(given, 16)
    return reduce(lambda acc, char: acc ^ ord(char), body, 0) == expected


def sentence_type(sentence: str) -> tuple[str, str] | None:
    """('GN', 'GST') for '$GNGST,...'; None for anything we do not recognise."""
    head = sentence.strip()[1:6]
    if len(head) != 5 or head[:2] not in TALKERS:
        return None
    return head[:2], head[2:]


def time_key(hhmmss: str) -> int | None:
    """Milliseconds since midnight UTC, the key that ties a GST to its GGA/RMC epoch."""
    try:
        hours, minutes = int(hhmmss[0:2]), int(hhmmss[2:4])
        seconds = float(hhmmss[4:])
    except (ValueError, IndexError):
        return None
    return int(round(((hours * 60 + minutes) * 60 + seconds) * 1000))


# GGA fix quality: 1 GPS, 2 DGPS, 3 PPS, 4 RTK fixed, 5 RTK float. 0 is no fix; 6 (dead
# reckoning), 7 (manual input) and 8 (simulator) are not a measured position either.
_GGA_FIXED = frozenset("12345")
_MIN_FIELDS = {"GGA": 15, "RMC": 12, "GLL": 7, "GSA": 18}


def _fields(sentence: str) -> list[str]:
    return sentence.strip()[1:].rsplit("*", 1)[0].split(",")


def _with_checksum(body: str) -> str:
    return f"${body}*{reduce(lambda acc, char: acc ^ ord(char), body, 0):02X}"


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _coordinate_ok(value: str, hemisphere: str, degree_digits: int, limit: int, hemispheres: str) -> bool:
    """`ddmm.mmmm` (latitude) or `dddmm.mmmm` (longitude): minutes below 60, within +-limit."""
    if hemisphere not in hemispheres or not re.fullmatch(rf"[0-9]{{{degree_digits + 2}}}(\.[0-9]+)?", value):
        return False
    minutes = float(value[degree_digits:])
    return minutes < 60 and int(value[:degree_digits]) + minutes / 60 <= limit


def _time_ok(hhmmss: str) -> bool:
    if len(hhmmss) < 6 or not hhmmss[:6].isdigit():
        return False
    seconds = _number(hhmmss[4:])
    return int(hhmmss[0:2]) < 24 and int(hhmmss[2:4]) < 60 and seconds is not None and 0 <= seconds < 61


def _position_ok(fields: list[str], first: int) -> bool:
    return _coordinate_ok(fields[first], fields[first + 1], 2, 90, "NS") and \
        _coordinate_ok(fields[first + 2], fields[first + 3], 3, 180, "EW")


def gate(sentence: str) -> str | None:
    """The sentence Qt may read, or None to drop it. See the module's docstring."""
    sentence = sentence.strip()
    if not sentence.isascii() or not sentence.isprintable() or not checksum_ok(sentence):
        return None
    kind = sentence_type(sentence)
    if kind is None:
        return None  # proprietary ($PUBX, $PMTK, $PSRF, $PSTI...) or unknown talker: Qt has no use for it
    fields = _fields(sentence)
    if len(fields) < _MIN_FIELDS.get(kind[1], 1):
        return None  # cut short
    if kind[1] == "GGA":
        if fields[6] not in _GGA_FIXED or not _time_ok(fields[1]) or not _position_ok(fields, 2):
            return None
        hdop = _number(fields[8])
        if hdop is None or hdop <= 0:
            fields[8] = ""
            return _with_checksum(",".join(fields))
    elif kind[1] == "RMC":
        mode = fields[12] if len(fields) > 12 else "A"
        if fields[2] != "A" or mode == "N" or not _time_ok(fields[1]) or not _position_ok(fields, 3):
            return None
    elif kind[1] == "GLL":
        mode = fields[7] if len(fields) > 7 else "A"
        if fields[6] != "A" or mode == "N" or not _position_ok(fields, 1):
            return None
    elif kind[1] == "GSA" and fields[2] not in ("2", "3"):
        return None  # mode 1: no fix
    return sentence


@dataclass(frozen=True)
class GstEstimate:
    time_ms: int
    sigma_lat_m: float
    sigma_lon_m: float

    @property
    def horizontal_m(self) -> float:
        """2DRMS (about 95 %), the same confidence Qt uses for its 2 x HDOP x UERE estimate,
        so the threshold means the same thing whichever way accuracy was obtained."""
        return 2.0 * math.hypot(self.sigma_lat_m, self.sigma_lon_m)


def parse_gst(sentence: str) -> GstEstimate | None:
    """`$xxGST,time,rms,smaj,smin,orient,sigma_lat,sigma_lon,sigma_alt*hh`."""
    if not checksum_ok(sentence):
        return None
    kind = sentence_type(sentence)
    if kind is None or kind[1] != "GST":
        return None
    fields = sentence.strip()[1:].split("*")[0].split(",")
    if len(fields) < 8:
        return None
    key = time_key(fields[1])
    # Receivers send empty fields until they have an estimate; `inf` or `nan` is no estimate either.
    sigma_lat, sigma_lon = _number(fields[6]), _number(fields[7])
    if key is None or sigma_lat is None or sigma_lon is None or sigma_lat <= 0 or sigma_lon <= 0:
        return None
    return GstEstimate(key, sigma_lat, sigma_lon)


@dataclass(frozen=True)
class GgaDetails:
    """What a fix's GGA says about itself, for the agent who asks for details."""
    time_ms: int
    quality: str  # 1 GPS, 2 DGPS, 3 PPS, 4 RTK fixed, 5 RTK float
    satellites: int | None
    hdop: float | None  # only a finite positive number; anything else is not reported


def parse_gga(sentence: str) -> GgaDetails | None:
    """A gated GGA's fix quality, satellites in use and HDOP (None for a negative, NaN or infinite one)."""
    kind = sentence_type(sentence)
    if kind is None or kind[1] != "GGA" or not checksum_ok(sentence):
        return None
    fields = _fields(sentence)
    key = time_key(fields[1]) if len(fields) > 8 else None
    if key is None:
        return None
    satellites = int(fields[7]) if fields[7].isdigit() else None
    hdop = _number(fields[8])
    return GgaDetails(key, fields[6], satellites, hdop if hdop is not None and hdop > 0 else None)


def gsa_mode(sentence: str) -> str | None:
    """'2D' or '3D' from a GSA's fix mode."""
    kind = sentence_type(sentence)
    if kind is None or kind[1] != "GSA" or not checksum_ok(sentence):
        return None
    fields = _fields(sentence)
    return {"2": "2D", "3": "3D"}.get(fields[2]) if len(fields) > 2 else None


def split_epochs(lines: list[str]) -> list[list[str]]:
    """Group a log's sentences by their UTC time field, for replaying it epoch by epoch."""
    epochs: list[list[str]] = []
    current_time: str | None = None
    for line in lines:
        line = line.strip()
        if not line.startswith("$"):
            continue
        fields = line.split(",")
        kind = sentence_type(line)
        timed = kind is not None and kind[1] in ("GGA", "RMC", "GST", "GLL", "ZDA", "GNS")
        stamp = fields[1] if timed and len(fields) > 1 else None
        if stamp and stamp != current_time:
            epochs.append([])
            current_time = stamp
        if not epochs:
            epochs.append([])
        epochs[-1].append(line)
    return epochs


def gsv_in_view(sentence: str) -> tuple[str, int] | None:
    """(talker, satellites in view) from a GSV's third field; every message of a GSV group repeats
    it, so the caller keeps one figure per talker (GP, GL, GA, GB...) and adds them up."""
    kind = sentence_type(sentence)
    if kind is None or kind[1] != "GSV" or not checksum_ok(sentence):
        return None
    fields = _fields(sentence)
    if len(fields) < 4 or not fields[3].isdigit():
        return None
    return kind[0], int(fields[3])


@dataclass(frozen=True)
class GnsDetails:
    """A GNS sentence (NMEA 4.x): per-constellation mode indicators, where RTK receivers
    (u-blox F9P, Emlid Reach) say R (RTK fixed) or F (RTK float)."""
    time_ms: int
    latitude: float
    longitude: float
    modes: str  # e.g. "RR", "FFN": one letter per constellation
    satellites: int | None
    hdop: float | None


def _degrees(value: str, hemisphere: str, degree_digits: int) -> float:
    degrees = int(value[:degree_digits]) + float(value[degree_digits:]) / 60
    return -degrees if hemisphere in "SW" else degrees


def position_of(sentence: str) -> tuple[float, float] | None:
    """(latitude, longitude) in decimal degrees of a gated GGA, RMC or GNS; None otherwise."""
    kind = sentence_type(sentence)
    if kind is None:
        return None
    fields = _fields(sentence)
    first = {"GGA": 2, "GNS": 2, "RMC": 3}.get(kind[1])
    if first is None or len(fields) < first + 4 or not _position_ok(fields, first):
        return None
    return (_degrees(fields[first], fields[first + 1], 2), _degrees(fields[first + 2], fields[first + 3], 3))


def parse_gns(sentence: str) -> GnsDetails | None:
    """`$xxGNS,time,lat,N,lon,E,modes,sats,hdop,alt,sep,age,station[,nav]*hh`, with a fix."""
    kind = sentence_type(sentence)
    if kind is None or kind[1] != "GNS" or not checksum_ok(sentence):
        return None
    fields = _fields(sentence)
    if len(fields) < 9 or not _time_ok(fields[1]):
        return None
    modes = fields[6].upper()
    if not modes or set(modes) <= {"N"} or not _position_ok(fields, 2):
        return None
    hdop = _number(fields[8])
    key = time_key(fields[1])
    latitude, longitude = _degrees(fields[2], fields[3], 2), _degrees(fields[4], fields[5], 3)
    return GnsDetails(key or 0, latitude, longitude, modes, int(fields[7]) if fields[7].isdigit() else None,
                      hdop if hdop is not None and hdop > 0 else None)


# Fix types, best first where several are said at once. GGA quality 4/5 and GNS R/F are RTK; 2
# and D are differential (SBAS, DGPS); GSA's 2/3 is the dimension of a plain fix.
FIX_TYPES = ("none", "2d", "3d", "dgps", "rtk_float", "rtk_fixed")


def fix_type(quality: str | None, gsa: str | None = None, gns_modes: str | None = None) -> str:
    """One of FIX_TYPES from a GGA's quality, a GSA's '2D'/'3D' and a GNS's mode letters."""
    modes = set(gns_modes or "")
    if quality == "4" or "R" in modes:
        return "rtk_fixed"
    if quality == "5" or "F" in modes:
        return "rtk_float"
    if quality == "2" or "D" in modes:
        return "dgps"
    if quality in ("1", "3") or modes & {"A", "P"}:
        return "2d" if gsa == "2D" else "3d"  # a GGA without a GSA: a receiver that tracks 4+ is 3D
    return "none"
