"""Amounts in words in English: 'fifteen thousand Congolese francs'."""
from __future__ import annotations

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


def number(n: int) -> str:
    if n == 0:
        return "zero"
    parts = []
    for value, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        count, n = divmod(n, value)
        if count:
            parts.append(f"{number(count)} {name}")
    if n:
        parts.append(("and " if parts and n < 100 else "") + _en_below_1000(n))
    return " ".join(parts)


# (singular, plural) names of each currency's major and minor unit.
CURRENCIES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "XOF": (("CFA franc", "CFA francs"), ("", "")),
    "XAF": (("CFA franc", "CFA francs"), ("", "")),
    "CDF": (("Congolese franc", "Congolese francs"), ("centime", "centimes")),
    "GNF": (("Guinean franc", "Guinean francs"), ("", "")),
    "BIF": (("Burundian franc", "Burundian francs"), ("", "")),
    "RWF": (("Rwandan franc", "Rwandan francs"), ("", "")),
    "KMF": (("Comorian franc", "Comorian francs"), ("", "")),
    "DJF": (("Djiboutian franc", "Djiboutian francs"), ("", "")),
    "MGA": (("ariary", "ariary"), ("iraimbilanja", "iraimbilanja")),
    "AOA": (("kwanza", "kwanzas"), ("centimo", "centimos")),
    "MZN": (("metical", "meticais"), ("centavo", "centavos")),
    "CVE": (("escudo", "escudos"), ("centavo", "centavos")),
    "STN": (("dobra", "dobras"), ("centimo", "centimos")),
    "NGN": (("naira", "naira"), ("kobo", "kobo")),
    "GHS": (("cedi", "cedis"), ("pesewa", "pesewas")),
    "SLE": (("leone", "leones"), ("cent", "cents")),
    "LRD": (("Liberian dollar", "Liberian dollars"), ("cent", "cents")),
    "GMD": (("dalasi", "dalasis"), ("butut", "bututs")),
    "HTG": (("gourde", "gourdes"), ("centime", "centimes")),
    "EUR": (("euro", "euros"), ("cent", "cents")),
    "USD": (("dollar", "dollars"), ("cent", "cents")),
}
AND = "and"
ROUND_MILLIONS = ""
