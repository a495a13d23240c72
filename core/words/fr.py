"""Amounts in words in French: 'quinze mille francs congolais'."""
from __future__ import annotations

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


def number(n: int) -> str:
    if n == 0:
        return "zéro"
    parts = []
    for value, singular, plural in ((10**9, "milliard", "milliards"), (10**6, "million", "millions")):
        count, n = divmod(n, value)
        if count:
            parts.append(f"{number(count)} {plural if count > 1 else singular}")
    thousands, n = divmod(n, 1000)
    if thousands:
        # "mille" never takes an s, and "quatre-vingt" / "cent" before it stay singular.
        parts.append("mille" if thousands == 1 else f"{_fr_below_1000(thousands, final=False)} mille")
    if n:
        parts.append(_fr_below_1000(n, final=True))
    return " ".join(parts)


# (singular, plural) names of each currency's major and minor unit.
CURRENCIES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "XOF": (("franc CFA", "francs CFA"), ("", "")),
    "XAF": (("franc CFA", "francs CFA"), ("", "")),
    "CDF": (("franc congolais", "francs congolais"), ("centime", "centimes")),
    "GNF": (("franc guinéen", "francs guinéens"), ("", "")),
    "BIF": (("franc burundais", "francs burundais"), ("", "")),
    "RWF": (("franc rwandais", "francs rwandais"), ("", "")),
    "KMF": (("franc comorien", "francs comoriens"), ("", "")),
    "DJF": (("franc djiboutien", "francs djiboutiens"), ("", "")),
    "MGA": (("ariary", "ariary"), ("iraimbilanja", "iraimbilanja")),
    "AOA": (("kwanza", "kwanzas"), ("cêntimo", "cêntimos")),
    "MZN": (("metical", "meticais"), ("centavo", "centavos")),
    "CVE": (("escudo", "escudos"), ("centavo", "centavos")),
    "STN": (("dobra", "dobras"), ("cêntimo", "cêntimos")),
    "NGN": (("naira", "nairas"), ("kobo", "kobos")),
    "GHS": (("cedi", "cedis"), ("pesewa", "pesewas")),
    "SLE": (("leone", "leones"), ("cent", "cents")),
    "LRD": (("dollar libérien", "dollars libériens"), ("cent", "cents")),
    "GMD": (("dalasi", "dalasis"), ("butut", "bututs")),
    "HTG": (("gourde", "gourdes"), ("centime", "centimes")),
    "EUR": (("euro", "euros"), ("centime", "centimes")),
    "USD": (("dollar", "dollars"), ("cent", "cents")),
}
AND = "et"  # between the major and the minor unit
ROUND_MILLIONS = "de "  # "un million de francs"
