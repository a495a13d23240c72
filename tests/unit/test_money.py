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


def test_xof_has_no_minor_unit_and_cdf_has_two():
    assert format_money(15_000, "XOF") == "15 000 FCFA"
    assert format_money(1_500_000, "CDF") == "15 000 CDF"
    assert format_money(1_500_050, "CDF") == "15 000,50 CDF"
    assert format_money(1_500_050, "CDF", "en") == "15,000.50 CDF"


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
    import sqlite3
    with pytest.raises(sqlite3.IntegrityError):
        with ledger.store.transaction() as conn:
            conn.execute("INSERT INTO assessments (object_num, tax_code, period, amount, id, created_ms)"
                         " VALUES (1, 'PAT', '2026', 12.5, 'a', 0)")
