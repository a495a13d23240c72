"""Is an answer's text of its question's type? A wrong one is a problem the agent reads, never a
crash: "1,5,5" for an integer, "inf" or "nan" for a decimal, 2026-02-30 for a date."""
from __future__ import annotations

import re
from datetime import date

from core.forms import engine_texts as texts
from core.forms.model import Question, Texts

# ASCII digits only and \Z, not $: Python's \d takes any script's digits ("٣", "１２") and `$` matches
# before a final newline, and neither is a number for XPath, ODK or a GIS tool reading the submission.
_INTEGER = re.compile(r"^[-+]?\d+\Z", re.ASCII)
_DECIMAL = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)\Z", re.ASCII)
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\Z", re.ASCII)
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\Z", re.ASCII)


def type_problem(question: Question, value: str, choice_names: frozenset[str] | None = None) -> Texts | None:
    """The message for an answer that is not of its question's type, or None ("" is never one)."""
    if value == "":
        return None
    kind = question.type
    if kind == "integer":
        return None if _INTEGER.match(value) else texts.INTEGER
    if kind == "decimal":
        return None if _DECIMAL.match(value) else texts.DECIMAL
    if kind == "date":
        return None if _is_date(value) else texts.DATE
    if kind == "time":
        return None if _TIME.match(value) else texts.TIME
    if kind == "geopoint":
        return None if _is_point(value) else texts.GEOPOINT
    if kind in ("geotrace", "geoshape"):
        points = [p for p in value.split(";") if p.strip()]
        enough = len(points) >= (2 if kind == "geotrace" else 3)
        return None if enough and all(_is_point(p) for p in points) else texts.GEOSHAPE
    if kind in ("select_one", "select_multiple") and choice_names is not None:
        names = value.split() if kind == "select_multiple" else [value]
        if kind == "select_one" and len(value.split()) != 1:
            return texts.CHOICE
        return None if all(name in choice_names for name in names) else texts.CHOICE
    return None


def _is_date(value: str) -> bool:
    match = _DATE.match(value)
    if not match:
        return False
    try:
        date(*map(int, match.groups()))
    except ValueError:
        return False
    return True


def _is_point(text: str) -> bool:
    parts = text.split()
    if not 2 <= len(parts) <= 4 or not all(_DECIMAL.match(p) for p in parts):
        return False
    latitude, longitude = float(parts[0]), float(parts[1])
    return -90 <= latitude <= 90 and -180 <= longitude <= 180
