"""Every word printed on a receipt, a Z-report or a test page, in the municipality's language.

Printed documents follow the municipality's language, not the agent's screen, so these live
apart from Qt's translation files."""
from __future__ import annotations

from datetime import datetime

from core.catalogues import known, lookup
from core.timezones import local_moment

# The words are in the gettext catalogue `receipts` (resources/locale/<lang>/LC_MESSAGES/receipts.po),
# one per key (msgctxt), English as the source text; see core/catalogues.py.
DOMAIN = "receipts"


def label(key: str, locale: str) -> str:
    """The word in `locale`, in English when that language lacks it; KeyError for an unknown key."""
    text = lookup(DOMAIN, key, locale)
    if text is None:
        raise KeyError(key)
    return text


def field(key: str, value: str, locale: str) -> str:
    """'Agent : Ilunga' in French (space before the colon), 'Agent: Ilunga' otherwise."""
    return f"{label(key, locale)}{colon(locale)}{value}"


def colon(locale: str) -> str:
    # A catalogue entry, not a rule: French spaces it (" : "), most languages do not (": ").
    return label("colon", locale)


def method_name(method: str, locale: str) -> str:
    key = f"method_{method}"
    return label(key, locale) if known(DOMAIN, key) else method


def periodicity_name(periodicity: str, locale: str) -> str:
    key = f"per_{periodicity}"
    return label(key, locale) if known(DOMAIN, key) else periodicity


def local_datetime(iso_text: str | None, locale: str, timezone_name: str | None = None) -> str:
    """Date and time in the municipality's zone, with its offset so that nobody has to guess:
    '22/11/2026 14:32 (UTC+2)'. Without a zone (a database from before zones), the device's."""
    if not iso_text:
        return ""
    moment = local_moment(iso_text, timezone_name)
    return f"{format_datetime(moment, locale)} ({utc_offset(moment)})"


def utc_offset(moment: datetime) -> str:
    """'UTC+2', 'UTC-3:30', 'UTC': short enough for a 32-column receipt line."""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def format_datetime(moment: datetime, locale: str) -> str:
    # Day first in every supported language: that is how receipts read in all three regions.
    return moment.strftime("%d/%m/%Y %H:%M")
