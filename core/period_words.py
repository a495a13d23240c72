"""A tax period as an agent reads it: "2026", "mars 2026", "14 mars 2026" (CLDR, through Babel),
and a tax with its period: "Patente 2026", "Droit de place, mars 2026".

Periods are stored as codes ("2026", "2026-03", "2026-03-14"); only their display changes here."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

# Dates day first in English too, as the app's times are (en_GB, not en_US's "March 14, 2026").
_CLDR_LOCALES = {"fr": "fr", "en": "en_GB", "pt": "pt_PT"}
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@lru_cache(maxsize=4096)
def period_in_words(period: str, locale: str = "fr") -> str:
    """'2026-03' -> 'mars 2026' / 'March 2026' / 'março de 2026'; a day as a date in words;
    a year, or any other code, as it is."""
    from babel.dates import format_date, format_skeleton  # loaded when first needed, not at start

    cldr = _CLDR_LOCALES.get(locale, "fr")
    try:
        if (month := _MONTH.match(period or "")) is not None:
            return format_skeleton("yMMMM", date(int(month[1]), int(month[2]), 1), locale=cldr)
        if (day := _DAY.match(period or "")) is not None:
            return format_date(date(int(day[1]), int(day[2]), int(day[3])), "long", locale=cldr)
    except ValueError:  # not a real month or day: shown as stored rather than hidden
        pass
    return period


def tax_and_period(label: str, period: str, locale: str = "fr") -> str:
    """'Patente 2026' for a year; 'Droit de place, mars 2026' when the period is in words."""
    words = period_in_words(period, locale)
    return f"{label} {words}" if words == period else f"{label}, {words}"
