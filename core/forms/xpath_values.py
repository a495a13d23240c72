"""XPath 1.0's conversions (string, number, boolean) as lxml hands values to Python functions,
and ODK's dates: a date compares and subtracts as a number of days since 1970-01-01, the way
JavaRosa does, while the instance keeps the text ("2026-11-30")."""
from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta, timezone

EPOCH = date(1970, 1, 1)
_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_DATETIME = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?\s*$")
_NUMBER = re.compile(r"^\s*-?(\d+(\.\d*)?|\.\d+)\s*$")


def node_text(node) -> str:
    """The string-value of a node lxml passed in (an element, or a smart string)."""
    if isinstance(node, str):
        return str(node)
    return "".join(node.itertext())


def to_string(value) -> str:
    if isinstance(value, list):
        return node_text(value[0]) if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return number_text(value)
    return str(value)


def number_text(value: float) -> str:
    """XPath's string() of a number; NaN and infinities are "" because an agent must never read
    "NaN" where a calculation had a blank input."""
    if math.isnan(value) or math.isinf(value):
        return ""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = repr(value)
    if "e" in text:
        text = f"{value:.15f}".rstrip("0").rstrip(".")
    return text


def text_number(text: str) -> float:
    """XPath's number() of a string: NaN unless the whole string is a plain decimal number."""
    if _NUMBER.match(text):
        return float(text)
    return math.nan


def to_number(value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        return float(value)
    return text_number(to_string(value))


def to_boolean(value) -> bool:
    if isinstance(value, list):
        return bool(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not math.isnan(value) and value != 0
    return bool(str(value))


def date_days(text: str) -> float | None:
    """Days since 1970-01-01 for a date or date-time text (a fraction for the time of day, in
    the text's own offset), or None when the text is not a date."""
    match = _DATE.match(text)
    if match:
        try:
            return float((date(*map(int, match.groups())) - EPOCH).days)
        except ValueError:
            return None
    match = _DATETIME.match(text)
    if match:
        year, month, day, hour, minute, second, fraction, _offset = match.groups()
        try:
            day_number = (date(int(year), int(month), int(day)) - EPOCH).days
        except ValueError:
            return None
        seconds = int(hour) * 3600 + int(minute) * 60 + int(second or 0) + float(f"0.{fraction or 0}")
        return day_number + seconds / 86400
    return None


def to_number_or_days(value) -> float:
    """number(), except that a date or date-time text counts as its days since 1970-01-01."""
    if isinstance(value, (list, str)) and not isinstance(value, bool):
        text = to_string(value)
        days = date_days(text)
        if days is not None:
            return days
        return text_number(text)
    return to_number(value)


def days_to_date(days: float) -> str:
    if math.isnan(days) or math.isinf(days):
        return ""
    return (EPOCH + timedelta(days=math.floor(days))).isoformat()


def datetime_text(moment: datetime) -> str:
    """A date-time as ODK writes it: 2026-11-30T01:52:51.000+00:00."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    text = moment.isoformat(timespec="milliseconds")
    return text


def days_to_datetime(days: float) -> str:
    if math.isnan(days) or math.isinf(days):
        return ""
    return datetime_text(datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(days=days))


def values_of(value) -> list:
    """The items a comparison ranges over: each node of a node-set, or the single value."""
    if isinstance(value, list):
        return [node_text(node) for node in value]
    return [value]


def compare(op: str, left, right) -> bool:
    """XPath 1.0's relational comparison (any node of a node-set may satisfy it), except that a
    date text compares as its days: `${birth} <= today()` means what a form writer meant."""
    if isinstance(left, bool) or isinstance(right, bool):
        a, b = to_number(to_boolean(left)), to_number(to_boolean(right))
        return _relational(op, a, b)
    for a in values_of(left):
        for b in values_of(right):
            if _relational(op, to_number_or_days(a), to_number_or_days(b)):
                return True
    return False


def _relational(op: str, a: float, b: float) -> bool:
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b
