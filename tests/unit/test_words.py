import pytest

from core.words import amount_in_words, number_in_words


@pytest.mark.parametrize("n, words", [
    (21, "vingt et un"), (71, "soixante et onze"), (80, "quatre-vingts"), (81, "quatre-vingt-un"),
    (200, "deux cents"), (280, "deux cent quatre-vingts"), (1000, "mille"), (15_000, "quinze mille"),
    (80_000, "quatre-vingt mille"), (1_000_000, "un million"), (2_000_000, "deux millions"),
])
def test_french(n, words):
    assert number_in_words(n, "fr") == words


@pytest.mark.parametrize("n, words", [
    (21, "vinte e um"), (100, "cem"), (101, "cento e um"), (1000, "mil"), (1001, "mil e um"),
    (15_000, "quinze mil"), (2_000_000, "dois milhões"),
])
def test_portuguese(n, words):
    assert number_in_words(n, "pt") == words


def test_english():
    assert number_in_words(15_000, "en") == "fifteen thousand"
    assert number_in_words(123, "en") == "one hundred and twenty-three"


def test_amounts_name_the_currency():
    assert amount_in_words(1_500_000, "CDF", "fr") == "quinze mille francs congolais"
    assert amount_in_words(1_500_050, "CDF", "fr") == "quinze mille francs congolais et cinquante centimes"
    assert amount_in_words(15_000, "XOF", "fr") == "quinze mille francs CFA"
    assert amount_in_words(1_000_000, "XOF", "fr") == "un million de francs CFA"
    assert amount_in_words(1, "XAF", "en") == "one CFA franc"
    assert amount_in_words(250_000, "AOA", "pt") == "dois mil e quinhentos kwanzas"


def test_every_language_with_words_names_every_currency_the_app_takes():
    """A Portuguese receipt in francs must not read 'cento e vinte e cinco CDF'."""
    from core.money import CURRENCIES

    for lang in ("fr", "en", "pt"):
        for code, cur in CURRENCIES.items():
            text = amount_in_words(2 * 10 ** cur.minor_digits + (5 if cur.minor_digits else 0), code, lang)
            assert code not in text, (lang, text)
            if cur.minor_digits:
                assert text.split()[-1] not in ("e", "and", "et"), (lang, text)


def test_portuguese_names_the_congolese_franc():
    assert amount_in_words(12_500, "CDF", "pt") == "cento e vinte e cinco francos congoleses"
    assert amount_in_words(100, "CDF", "pt") == "um franco congolês"
    assert amount_in_words(1_000_000, "GNF", "pt") == "um milhão de francos guineenses"
