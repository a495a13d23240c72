"""`quittance gnss --file LOG | --port PORT [--average N] [--json]`: a receiver's fixes as the
app takes them (position, accuracy, fix type, satellites, HDOP) and, with --average, the averaged
point and its spread (core/gnss_average.py). A field technician checks a receiver with it
before a campaign; it needs no device database."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Iterable, Iterator

from core.errors import QuittanceError
from core.gnss_average import PointAverager
from core.gnss_fixes import DEFAULT_UERE_M, EpochFix, EpochReader, read_fixes
from core.messages import system_language, translate
from core.terminal import safe

MAX_UERE_M = 100.0  # a receiver worse than this gives no position worth recording


def add_gnss_command(sub: argparse._SubParsersAction, common) -> None:  # noqa: ANN001 - cli_options.Options
    p = sub.add_parser("gnss", parents=common("json"),
                       help="read a GNSS receiver or an NMEA log and print its fixes, as the app takes them")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--file", type=Path, metavar="LOG", help="an NMEA log file")
    source.add_argument("--port", metavar="PORT", help="a serial or Bluetooth port (/dev/rfcomm0, COM5)")
    p.add_argument("--baud", type=int, default=9600, help="the port's speed (default 9600)")
    p.add_argument("--average", type=int, metavar="N", default=None,
                   help="average N fixes into one point and print its spread, then stop")
    p.add_argument("--count", type=int, metavar="N", default=None,
                   help="stop after N epochs (default: the whole log; a port runs until Ctrl-C)")
    p.add_argument("--uere", type=float, default=DEFAULT_UERE_M,
                   help="user equivalent range error in metres, for accuracy from HDOP (default 5)")
    p.set_defaults(handler=cmd_gnss, needs_ledger=False)


def _port_lines(port: str, baud: int) -> Iterator[str]:
    import serial  # pyserial, a dependency already; imported here so the rest never loads it

    try:
        link = serial.Serial(port, baud, timeout=5)
    except (serial.SerialException, OSError, ValueError) as error:
        raise QuittanceError("gnss_port_unreadable", port=port, error=str(error)) from None
    with link:
        while True:
            raw = link.readline()
            if not raw:
                continue  # no byte for 5 s: keep waiting, as a receiver warming up sends nothing
            yield raw.decode("ascii", errors="replace")


def _lines(args: argparse.Namespace) -> Iterable[str]:
    if args.file is not None:
        try:
            return args.file.read_text(encoding="ascii", errors="replace").splitlines()
        except OSError as error:
            raise QuittanceError("gnss_log_unreadable", path=args.file, error=error.strerror or str(error)) from None
    return _port_lines(args.port, args.baud)


def fix_line(fix: EpochFix, locale: str) -> str:
    """One epoch as the technician reads it."""
    kind = translate(f"gnss_fix_{fix.fix_type}", locale)
    used = "-" if fix.satellites_used is None else str(fix.satellites_used)
    view = "-" if fix.satellites_in_view is None else str(fix.satellites_in_view)
    hdop = "-" if fix.hdop is None else f"{fix.hdop:g}"
    if not fix.has_fix:
        return translate("gnss_line_no_fix", locale, time=_time(fix.time), kind=kind, used=used, view=view)
    accuracy = translate("gnss_accuracy_unknown", locale) if fix.accuracy_m is None \
        else f"± {fix.accuracy_m:.1f} m ({fix.basis})"
    return translate("gnss_line_fix", locale, time=_time(fix.time), latitude=f"{fix.latitude:.7f}",
                     longitude=f"{fix.longitude:.7f}", accuracy=accuracy, kind=kind, used=used, view=view, hdop=hdop)


def _time(stamp: str) -> str:
    return f"{stamp[0:2]}:{stamp[2:4]}:{stamp[4:6]}" if len(stamp) >= 6 else stamp


def cmd_gnss(args: argparse.Namespace, _ledger: object) -> int:
    locale = system_language()
    if args.average is not None and args.average < 1 or args.count is not None and args.count < 1:
        raise QuittanceError("gnss_count_invalid")
    if not 0 < args.uere <= MAX_UERE_M:  # also refuses nan; inf printed "± inf m" and wrote JSON's non-standard Infinity
        raise QuittanceError("gnss_uere_invalid", most=f"{MAX_UERE_M:g}")
    reader = EpochReader(args.uere)
    averager = PointAverager(args.average) if args.average else None
    fixes: list[EpochFix] = []
    try:
        for fix in read_fixes(_lines(args), reader=reader):
            fixes.append(fix)
            if not args.json:
                print(safe(fix_line(fix, locale)), flush=True)
            if averager is not None and averager.add(fix):
                break
            if args.count is not None and len(fixes) >= args.count:
                break
    except KeyboardInterrupt:
        pass  # a port is read until the technician stops it: the summary still follows
    located = [fix for fix in fixes if fix.has_fix]
    point = averager.result() if averager is not None and averager.fixes else None
    if args.json:
        print(json.dumps({
            "fixes": [{**fix.__dict__, "has_fix": fix.has_fix} for fix in fixes],
            "epochs": len(fixes), "epochs_with_fix": len(located), "bad_checksums": reader.bad_checksums,
            "average": point.as_dict() if point else None,
            "average_requested": args.average,
        }, ensure_ascii=False, indent=2))
    else:
        if reader.bad_checksums:
            print(translate("gnss_bad_checksums", locale, count=reader.bad_checksums))
        if point is not None:
            print(translate("gnss_averaged", locale, latitude=f"{point.latitude:.7f}",
                            longitude=f"{point.longitude:.7f}",
                            spread="-" if point.accuracy_m is None else f"{point.accuracy_m:.2f}",
                            used=point.used, discarded=point.discarded, cut=f"{point.cut_m:.2f}"))
            if len(averager.fixes) < averager.count:
                print(translate("gnss_average_incomplete", locale, got=len(averager.fixes), wanted=averager.count))
    if not fixes:
        if args.file is not None:  # the port, baud and power advice means nothing for a file
            print(translate("gnss_no_data_file", locale, path=safe(str(args.file))), flush=True)
        else:
            print(translate("gnss_no_data", locale), flush=True)
        return 1
    if not located:
        print(translate("gnss_no_fix", locale, epochs=len(fixes)), flush=True)
        return 1
    return 0
