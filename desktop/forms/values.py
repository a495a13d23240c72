"""Answers as ODK encodes them (core/forms/model.py), from and to what the widgets hold.
No Qt here: the conversions are plain and tested on their own."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

_DECIMAL_COMMA = re.compile(r"^\s*[-+]?\d*,\d+\s*$")


def number_text(text: str, kind: str) -> str:
    """What a number field's text means as an answer: "1,5" is 1.5 in French and Portuguese. Anything
    else goes to the engine as typed, so "1,5,5" comes back as a clear problem, never a guess."""
    text = text.strip()
    if kind == "decimal" and _DECIMAL_COMMA.match(text):
        return text.replace(",", ".")
    return text


def number_shown(value: str, language: str) -> str:
    """A stored decimal as the agent types it (a comma in French and Portuguese)."""
    if language in ("fr", "pt") and re.fullmatch(r"[-+]?\d*\.\d+", value):
        return value.replace(".", ",")
    return value


def date_value(day: date) -> str:
    return day.isoformat()


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def time_value(moment: time, offset: timedelta | None) -> str:
    """ODK's time: "HH:MM:SS.000+hh:mm" with the device's offset at the moment of answering."""
    offset = offset or timedelta()
    sign = "-" if offset < timedelta() else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{moment.strftime('%H:%M:%S')}.000{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_time(value: str) -> time | None:
    try:
        return time.fromisoformat(value.strip()[:8])
    except ValueError:
        return None


def local_offset(now: datetime) -> timedelta:
    return (now if now.tzinfo else now.replace(tzinfo=timezone.utc)).utcoffset() or timedelta()


def point_value(latitude: float, longitude: float, altitude: float | None, accuracy: float | None) -> str:
    """"lat lon alt accuracy", as ODK's geopoint (0 where unknown)."""
    return " ".join(_num(v) for v in (latitude, longitude, altitude or 0.0, accuracy or 0.0))


def parse_point(value: str) -> tuple[float, float, float, float] | None:
    parts = value.split()
    if len(parts) < 2:
        return None
    try:
        numbers = [float(p) for p in parts[:4]] + [0.0] * (4 - min(len(parts), 4))
    except ValueError:
        return None
    return numbers[0], numbers[1], numbers[2], numbers[3]


def points_value(points: list[tuple[float, float, float, float]], closed: bool) -> str:
    """A geotrace or geoshape: points joined by ";". A shape repeats its first point at the end."""
    shown = list(points)
    if closed and len(shown) >= 3 and shown[0] != shown[-1]:
        shown.append(shown[0])
    return ";".join(point_value(*p) for p in shown)


def parse_points(value: str, closed: bool) -> list[tuple[float, float, float, float]]:
    points = [p for p in (parse_point(part) for part in value.split(";")) if p is not None]
    if closed and len(points) >= 4 and points[0] == points[-1]:
        points = points[:-1]  # the closing point is the first one again, not a vertex of its own
    return points


def _num(value: float) -> str:
    return f"{value:.7f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value)) if abs(value) < 1e15 \
        else repr(value)
