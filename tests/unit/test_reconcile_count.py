"""The arithmetic of a cash handover (sync/server/reconcile_count.py): pure, no database."""
from __future__ import annotations

import pytest

from sync.server.reconcile_count import (MAX_PIECES, CountError, Variance, counted_amount, denominations, face_value,
                                         money_text, parse_count)


def test_a_count_by_denomination_adds_up_in_minor_units():
    count = parse_count("5000x2, 20000x3,1000 x 0", "CDF")
    assert count.total == 3 * 2_000_000 + 2 * 500_000  # CDF has two minor digits
    assert [(line.face, line.pieces, line.amount) for line in count.lines] == \
        [("20000", 3, 6_000_000), ("5000", 2, 1_000_000), ("1000", 0, 0)]  # largest first
    assert parse_count("10000x4,500×3", "XOF").total == 41_500  # XOF has no minor unit; × is accepted
    assert parse_count("2x1,0.50x3,0.01x7", "EUR").total == 200 + 150 + 7


def test_denominations_come_from_the_currency_settings():
    faces = [d.face for d in denominations("XOF")]
    assert faces[:5] == ["10000", "5000", "2000", "1000", "500"]
    assert faces.count("500") == 1  # the 500 note and the 500 coin count alike
    assert {d.kind for d in denominations("EUR")} == {"note", "coin"}
    assert face_value("0.50", "MZN") == 50 and face_value("20000", "CDF") == 2_000_000


@pytest.mark.parametrize(("spec", "code", "words"), [
    ("7000x1", "denomination_unknown", "7000 is not a CDF note or coin (known: 20000, 10000"),
    ("0.50x2", "denomination_unknown", "not a CDF note"),
    ("20000x-3", "count_invalid", "whole number from 0"),
    ("20000x1.5", "count_invalid", "whole number from 0"),
    ("20000x٣", "count_invalid", "whole number"),  # an Arabic-Indic digit is refused, not read
    (f"20000x{MAX_PIECES + 1}", "count_absurd", "check the count"),
    ("20000x1,20000x2", "denomination_twice", "counted twice"),
    ("20000", "count_invalid", "FACExPIECES"),
    ("", "count_invalid", "the count is empty"),
    (" , ", "count_invalid", "the count is empty"),
])
def test_a_bad_count_is_refused_with_its_reason(spec, code, words):
    with pytest.raises(CountError) as refused:
        parse_count(spec, "CDF")
    assert refused.value.code == code and words in str(refused.value)


def test_a_currency_without_notes_set_asks_for_an_amount():
    with pytest.raises(CountError, match="give --counted AMOUNT") as refused:
        parse_count("100x1", "HTG")
    assert refused.value.code == "denominations_unknown"


def test_a_typed_amount_is_parsed_as_an_agent_types_it():
    assert counted_amount("1 500 000", "CDF").total == 150_000_000
    assert counted_amount("15000.50", "CDF").total == 1_500_050
    assert counted_amount("0", "CDF").total == 0 and counted_amount("0", "CDF").lines == ()
    for bad in ("-5", "abc", "1.5", "1e5"):  # XOF has no decimals
        with pytest.raises(CountError) as refused:
            counted_amount(bad, "XOF")
        assert refused.value.code == "amount_invalid"


def test_variance_is_counted_minus_expected():
    assert (Variance(6_700_000, 6_500_000).variance, Variance(6_700_000, 6_500_000).status) == (-200_000, "shortfall")
    assert Variance(100, 150).status == "surplus" and Variance(100, 100).status == "balanced"
    assert money_text(-200_000, "CDF").startswith("-") and "2,000" in money_text(-200_000, "CDF")
