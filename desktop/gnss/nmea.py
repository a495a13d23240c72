"""The parts of NMEA 0183 that Qt does not read for us: the GST error estimate.

Qt's QNmeaPositionInfoSource parses GGA/RMC (any talker: GP, GN, GL, GA, GB) and estimates
accuracy as 2 x HDOP x UERE. Receivers that send GST report their own error estimate, which is
far better than HDOP alone; we read it here and use it when its epoch matches the fix."""
from __future__ import annotations

import math
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
    try:
        expected = int(given[:2], 16)
    except ValueError:
        return False
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
    try:
        sigma_lat, sigma_lon = float(fields[6]), float(fields[7])
    except ValueError:
        return None  # receivers send empty fields until they have an estimate
    if key is None or sigma_lat <= 0 or sigma_lon <= 0:
        return None
    return GstEstimate(key, sigma_lat, sigma_lon)


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
        stamp = fields[1] if kind and kind[1] in ("GGA", "RMC", "GST", "GLL", "ZDA") and len(fields) > 1 else None
        if stamp and stamp != current_time:
            epochs.append([])
            current_time = stamp
        if not epochs:
            epochs.append([])
        epochs[-1].append(line)
    return epochs
