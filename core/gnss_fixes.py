"""NMEA epochs into fixes, without Qt: what `quittance gnss` prints and what the averaging takes.

An epoch is the sentences a receiver sends for one instant (core.nmea.split_epochs). Its fix is
the GGA's position (else the GNS's, else the RMC's), with the receiver's status: fix type (none,
2D, 3D, DGPS, RTK float, RTK fixed), satellites in use (GGA/GNS) and in view (GSV, summed over
constellations), HDOP. Accuracy is computed as the app computes it (desktop/gnss/capture.py): the
GST's 2DRMS when the receiver sends one for that epoch, else 2 x HDOP x UERE (Qt's estimate),
else unknown. Sentences whose checksum fails are dropped and counted."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from core.nmea import (checksum_ok, fix_type, gate, gsa_mode, gsv_in_view, parse_gga, parse_gns, parse_gst,
                       position_of, sentence_type, split_epochs)

DEFAULT_UERE_M = 5.0  # as desktop/gnss/capture.py: a single-frequency consumer receiver


@dataclass(frozen=True)
class EpochFix:
    """One epoch's status; `has_fix` False (fix_type "none") when the receiver had no position."""
    time: str  # hhmmss.ss as the receiver sent it
    fix_type: str  # core.nmea.FIX_TYPES
    latitude: float | None = None
    longitude: float | None = None
    accuracy_m: float | None = None
    basis: str = "unknown"  # gst | hdop | unknown
    hdop: float | None = None
    satellites_used: int | None = None
    satellites_in_view: int | None = None

    @property
    def has_fix(self) -> bool:
        return self.fix_type != "none" and self.latitude is not None


@dataclass
class EpochReader:
    """Reads epochs one after another, keeping what outlives an epoch (the last GSA mode and the
    satellites in view, which receivers send once every few epochs)."""
    uere_m: float = DEFAULT_UERE_M
    bad_checksums: int = 0
    _mode: str | None = None

    def __post_init__(self) -> None:
        self._in_view: dict[str, int] = {}

    def fix(self, sentences: list[str]) -> EpochFix | None:
        """The epoch's fix, or None for an epoch that carries no time-stamped position sentence."""
        stamp, position, quality, gns_modes, sats, hdop, gst = None, None, None, None, None, None, None
        for raw in sentences:
            sentence = raw.strip()
            if sentence_type(sentence) is None:
                continue  # proprietary ($PUBX...) or not NMEA: neither good nor bad
            if not checksum_ok(sentence):
                self.bad_checksums += 1
                continue
            kind = sentence_type(sentence)[1]
            if kind == "GSV":
                talker, count = gsv_in_view(sentence) or (None, 0)
                if talker:
                    self._in_view[talker] = count
                continue
            mode = gsa_mode(sentence)
            if kind == "GSA":
                self._mode = mode  # None for "no fix" (mode 1)
                continue
            gst = parse_gst(sentence) or gst
            if kind in ("GGA", "GNS", "RMC"):
                stamp = stamp or sentence.split(",")[1]
            passed = gate(sentence)
            if kind == "GGA":
                fields = sentence.split(",")
                quality = fields[6] if len(fields) > 6 else None
                details = parse_gga(passed) if passed else None
                if details is not None:
                    sats, hdop = details.satellites, details.hdop
                    position = position_of(passed)
            elif kind == "GNS":
                gns = parse_gns(sentence)
                if gns is not None:
                    gns_modes = gns.modes
                    position = position or (gns.latitude, gns.longitude)
                    sats = sats if sats is not None else gns.satellites
                    hdop = hdop if hdop is not None else gns.hdop
            elif kind == "RMC" and passed and position is None and quality is None:
                position = position_of(passed)
                quality = quality or "1"
        if stamp is None:
            return None
        in_view = sum(self._in_view.values()) if self._in_view else None
        kind = fix_type(quality, self._mode, gns_modes) if position else "none"
        if kind == "none":
            return EpochFix(stamp, "none", satellites_used=sats, satellites_in_view=in_view)
        accuracy, basis = None, "unknown"
        if gst is not None:
            accuracy, basis = gst.horizontal_m, "gst"
        elif hdop is not None:
            accuracy, basis = 2.0 * hdop * self.uere_m, "hdop"
        return EpochFix(stamp, kind, round(position[0], 8), round(position[1], 8),
                        round(accuracy, 3) if accuracy is not None else None, basis, hdop, sats, in_view)


def epochs(lines: Iterable[str]) -> Iterator[list[str]]:
    """core.nmea.split_epochs, lazily: a serial port's lines are grouped as they come, an epoch
    handed on as soon as the next one starts."""
    pending: list[str] = []
    for line in lines:
        pending.append(line)
        grouped = split_epochs(pending)
        if len(grouped) > 1:
            yield from grouped[:-1]
            pending = grouped[-1]
    if pending:
        yield from split_epochs(pending)


def read_fixes(lines: Iterable[str], uere_m: float = DEFAULT_UERE_M,
               reader: EpochReader | None = None) -> Iterator[EpochFix]:
    """Every epoch's status, in order, from a log's or a port's lines."""
    reader = reader or EpochReader(uere_m)
    for epoch in epochs(lines):
        fix = reader.fix(epoch)
        if fix is not None:
            yield fix
