import pytest

from core.canonical import canonical_json
from core.errors import QuittanceError
from core.money import Money, format_money, parse_amount


@pytest.mark.parametrize("text, currency, expected", [
    ("15 000", "XOF", 15_000),
    ("15000", "XAF", 15_000),
    ("15.000", "XOF", 15_000),
    ("15 000", "CDF", 1_500_000),
    ("1 250,50", "CDF", 125_050),
    ("1,250.50", "CDF", 125_050),
    ("0,5", "CDF", 50),
])
def test_parse_amount_into_minor_units(text, currency, expected):
    assert parse_amount(text, currency) == expected


@pytest.mark.parametrize("text, currency", [("abc", "XOF"), ("-5", "XOF"), ("0", "CDF"), ("", "XOF"),
                                            ("12,5", "XOF"), ("0,001", "CDF")])
def test_bad_amounts_are_refused_with_a_message(text, currency):
    with pytest.raises(QuittanceError) as raised:
        parse_amount(text, currency)
    assert raised.value.message("fr")  # a sentence, not a code
    assert "invalid_amount" not in raised.value.message("fr")


NNBSP, NBSP = "\u202f", "\u00a0"  # CLDR's French group separator, and the space no line break splits


def test_xof_has_no_minor_unit_and_cdf_has_two():
    assert format_money(15_000, "XOF") == f"15{NNBSP}000{NBSP}FCFA"
    assert format_money(1_500_000, "CDF") == f"15{NNBSP}000{NBSP}CDF"
    assert format_money(1_500_050, "CDF") == f"15{NNBSP}000,50{NBSP}CDF"


@pytest.mark.parametrize("locale, cdf, xof, eur", [
    # CLDR: French groups with a narrow no-break space and puts the currency after; English
    # groups with commas and puts it first (a space after letters, none after a sign);
    # Portuguese as written in Angola, Mozambique and Europe.
    ("fr", f"1{NNBSP}234{NNBSP}567,89{NBSP}CDF", f"15{NNBSP}000{NBSP}FCFA", f"-12,50{NBSP}€"),
    ("en", f"CDF{NBSP}1,234,567.89", f"FCFA{NBSP}15,000", "-€12.50"),
    ("pt", f"1{NBSP}234{NBSP}567,89{NBSP}CDF", f"15{NBSP}000{NBSP}FCFA", f"-12,50{NBSP}€"),
])
def test_amounts_follow_the_language_conventions(locale, cdf, xof, eur):
    assert format_money(123_456_789, "CDF", locale) == cdf
    assert format_money(15_000, "XOF", locale) == xof
    assert format_money(-1_250, "EUR", locale) == eur
    assert Money(15_000, "XOF").format(locale) == xof


@pytest.mark.parametrize("locale", ["fr", "en", "pt"])
def test_an_amount_written_for_a_field_reads_back_the_same(locale):
    for amount in (1, 99, 100, 150_050, 123_456_789, 10_000_000_000):
        plain = format_money(amount, "CDF", locale, with_currency=False)
        assert parse_amount(plain, "CDF", locale=locale) == amount, plain


def test_refusals_write_amounts_in_the_language_they_are_read_in():
    from core.payments import check_payment_amount

    with pytest.raises(QuittanceError) as refused:
        check_payment_amount(2_000_050, 1_500_000, "CDF", 10**12, advance=False)
    assert f"(CDF{NBSP}15,000)" in refused.value.message("en")
    assert f"(15{NNBSP}000{NBSP}CDF)" in refused.value.message("fr")
    assert f"(15{NBSP}000{NBSP}CDF)" in refused.value.message("pt")
    check_payment_amount(2_000_050, 1_500_000, "CDF", 10**12, advance=True)  # an advance may exceed it
    with pytest.raises(QuittanceError) as too_large:
        check_payment_amount(10**12 + 1, 10**13, "CDF", 10**12, advance=True)
    assert too_large.value.code == "amount_too_large"
    assert f"CDF{NBSP}10,000,000,000" in too_large.value.message("en")


def test_unknown_currency_is_refused():
    with pytest.raises(QuittanceError):
        format_money(100, "ZZZ")


def test_money_never_holds_a_float():
    with pytest.raises(TypeError):
        Money(15.0, "XOF")
    with pytest.raises(TypeError):
        format_money(15.5, "XOF")
    assert Money(10, "XOF") + Money(5, "XOF") == Money(15, "XOF")


def test_hashed_payloads_refuse_floats():
    with pytest.raises(TypeError):
        canonical_json({"amount": 15000.0})


def test_recorded_amounts_are_integers_in_the_database(ledger, taxpayer):
    ledger.open_session(0)
    with pytest.raises(QuittanceError):
        ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=15000.0, method="cash")
    payment = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=1_000_000, method="cash")
    stored_type = ledger.store.conn.execute("SELECT typeof(amount) FROM payments WHERE id = ?",
                                            (payment.id,)).fetchone()[0]
    assert stored_type == "integer"


def test_the_database_itself_refuses_a_real_amount(ledger):
    from tests import device_sqlite as sqlite3  # the device driver, keyed
    with pytest.raises(sqlite3.IntegrityError):
        with ledger.store.transaction() as conn:
            conn.execute("INSERT INTO assessments (object_num, tax_code, period, amount, id, created_ms)"
                         " VALUES (1, 'PAT', '2026', 12.5, 'a', 0)")
