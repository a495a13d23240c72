"""Amounts in words for receipts, in French, Portuguese and English."""
from __future__ import annotations

from core.money import currency

_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
             "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr_below_100(n: int, final: bool) -> str:
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = 10 + unit
        joiner = " et " if (tens == 7 and unit == 1) else "-"
        return f"{base}{joiner}{_FR_UNITS[rest]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 and final else "quatre-vingt" + (f"-{_FR_UNITS[unit]}" if unit else "")
    base = _FR_TENS[tens]
    if unit == 0:
        return base
    if unit == 1:
        return f"{base} et un"
    return f"{base}-{_FR_UNITS[unit]}"


def _fr_below_1000(n: int, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        if hundreds == 1:
            parts.append("cent")
        else:
            plural = "s" if rest == 0 and final else ""
            parts.append(f"{_FR_UNITS[hundreds]} cent{plural}")
    if rest:
        parts.append(_fr_below_100(rest, final))
    return " ".join(parts)


def french(n: int) -> str:
    if n == 0:
        return "zéro"
    parts = []
    for value, singular, plural in ((10**9, "milliard", "milliards"), (10**6, "million", "millions")):
        count, n = divmod(n, value)
        if count:
            parts.append(f"{french(count)} {plural if count > 1 else singular}")
    thousands, n = divmod(n, 1000)
    if thousands:
        # "mille" never takes an s, and "quatre-vingt" / "cent" before it stay singular.
        parts.append("mille" if thousands == 1 else f"{_fr_below_1000(thousands, final=False)} mille")
    if n:
        parts.append(_fr_below_1000(n, final=True))
    return " ".join(parts)


_PT_UNITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
             "onze", "doze", "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove"]
_PT_TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
_PT_HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos",
                "setecentos", "oitocentos", "novecentos"]


def _pt_below_1000(n: int) -> str:
    if n == 100:
        return "cem"
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(_PT_HUNDREDS[hundreds])
    if rest:
        if rest < 20:
            parts.append(_PT_UNITS[rest])
        else:
            tens, unit = divmod(rest, 10)
            parts.append(_PT_TENS[tens] + (f" e {_PT_UNITS[unit]}" if unit else ""))
    return " e ".join(parts)


def portuguese(n: int) -> str:
    if n == 0:
        return "zero"
    groups = []
    for value, singular, plural in ((10**9, "mil milhões", "mil milhões"), (10**6, "milhão", "milhões")):
        count, n = divmod(n, value)
        if count:
            groups.append(f"{portuguese(count)} {singular if count == 1 else plural}")
    thousands, n = divmod(n, 1000)
    if thousands:
        groups.append("mil" if thousands == 1 else f"{_pt_below_1000(thousands)} mil")
    if n:
        # The last group joins with "e" when it is below 100 or a round hundred.
        joiner = " e " if groups and (n < 100 or n % 100 == 0) else " "
        return (joiner.join([" ".join(groups), _pt_below_1000(n)]) if groups else _pt_below_1000(n))
    return " ".join(groups)


_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_EN_UNITS[hundreds]} hundred")
    if rest:
        if rest < 20:
            words = _EN_UNITS[rest]
        else:
            tens, unit = divmod(rest, 10)
            words = _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")
        parts.append(words)
    return " and ".join(parts)


def english(n: int) -> str:
    if n == 0:
        return "zero"
    parts = []
    for value, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        count, n = divmod(n, value)
        if count:
            parts.append(f"{english(count)} {name}")
    if n:
        parts.append(("and " if parts and n < 100 else "") + _en_below_1000(n))
    return " ".join(parts)


_NUMBER_WORDS = {"fr": french, "pt": portuguese, "en": english}

# (singular, plural) names of each currency's major and minor unit, per language.
_CURRENCY_NAMES: dict[str, dict[str, tuple[tuple[str, str], tuple[str, str]]]] = {
    "fr": {
        "XOF": (("franc CFA", "francs CFA"), ("", "")),
        "XAF": (("franc CFA", "francs CFA"), ("", "")),
        "CDF": (("franc congolais", "francs congolais"), ("centime", "centimes")),
        "GNF": (("franc guinéen", "francs guinéens"), ("", "")),
        "EUR": (("euro", "euros"), ("centime", "centimes")),
    },
    "pt": {
        "AOA": (("kwanza", "kwanzas"), ("cêntimo", "cêntimos")),
        "MZN": (("metical", "meticais"), ("centavo", "centavos")),
        "CVE": (("escudo", "escudos"), ("centavo", "centavos")),
        "XOF": (("franco CFA", "francos CFA"), ("", "")),
        "XAF": (("franco CFA", "francos CFA"), ("", "")),
        "STN": (("dobra", "dobras"), ("cêntimo", "cêntimos")),
        "EUR": (("euro", "euros"), ("cêntimo", "cêntimos")),
    },
    "en": {
        "XOF": (("CFA franc", "CFA francs"), ("", "")),
        "XAF": (("CFA franc", "CFA francs"), ("", "")),
        "CDF": (("Congolese franc", "Congolese francs"), ("centime", "centimes")),
        "NGN": (("naira", "naira"), ("kobo", "kobo")),
        "GHS": (("cedi", "cedis"), ("pesewa", "pesewas")),
        "USD": (("dollar", "dollars"), ("cent", "cents")),
    },
}
_AND = {"fr": "et", "pt": "e", "en": "and"}


def number_in_words(n: int, locale: str = "fr") -> str:
    if type(n) is not int or n < 0:
        raise ValueError("number_in_words takes a non-negative int")
    return _NUMBER_WORDS.get(locale, french)(n)


def amount_in_words(amount: int, currency_code: str, locale: str = "fr") -> str:
    """'quinze mille francs congolais' for 1 500 000 minor units of CDF."""
    if type(amount) is not int or amount < 0:
        raise ValueError("amount_in_words takes a non-negative int of minor units")
    cur = currency(currency_code)
    major, minor = divmod(amount, 10 ** cur.minor_digits) if cur.minor_digits else (amount, 0)
    names = _CURRENCY_NAMES.get(locale, {}).get(cur.code)
    major_name = (names[0][0] if major == 1 else names[0][1]) if names else cur.code
    if locale == "fr" and names and major >= 10**6 and major % 10**6 == 0:
        major_name = "de " + major_name  # "un million de francs"
    if locale == "pt" and names and major >= 10**6 and major % 10**6 == 0:
        major_name = "de " + major_name
    text = f"{number_in_words(major, locale)} {major_name}"
    if minor:
        minor_name = (names[1][0] if minor == 1 else names[1][1]) if names and names[1][0] else ""
        text += f" {_AND.get(locale, 'et')} {number_in_words(minor, locale)}" + (f" {minor_name}" if minor_name else "")
    return text
