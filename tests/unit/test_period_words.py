"""Periods in words, in the language the agent reads: months and days by CLDR (Babel)."""
from __future__ import annotations

import pytest

from core.period_words import period_in_words, tax_and_period


@pytest.mark.parametrize("locale, month, day", [
    ("fr", "mars 2026", "14 mars 2026"),
    ("en", "March 2026", "14 March 2026"),  # day first, as the app's dates are
    ("pt", "março de 2026", "14 de março de 2026"),
])
def test_months_and_days_in_words(locale, month, day):
    assert period_in_words("2026-03", locale) == month
    assert period_in_words("2026-03-14", locale) == day
    assert period_in_words("2026", locale) == "2026"


def test_a_tax_with_its_period():
    assert tax_and_period("Patente", "2026", "fr") == "Patente 2026"
    assert tax_and_period("Droit de place", "2026-03", "fr") == "Droit de place, mars 2026"
    assert tax_and_period("Market fee", "2026-02-01", "en") == "Market fee, 1 February 2026"


@pytest.mark.parametrize("period", ["2026-13", "2026-02-30", "T1-2026", ""])
def test_what_is_no_real_month_or_day_is_shown_as_stored(period):
    assert period_in_words(period, "fr") == period
