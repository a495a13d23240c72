"""Amounts in words in Portuguese: 'dois mil e quinhentos kwanzas'."""
from __future__ import annotations

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


def number(n: int) -> str:
    if n == 0:
        return "zero"
    groups = []
    for value, singular, plural in ((10**9, "mil milhões", "mil milhões"), (10**6, "milhão", "milhões")):
        count, n = divmod(n, value)
        if count:
            groups.append(f"{number(count)} {singular if count == 1 else plural}")
    thousands, n = divmod(n, 1000)
    if thousands:
        groups.append("mil" if thousands == 1 else f"{_pt_below_1000(thousands)} mil")
    if n:
        # The last group joins with "e" when it is below 100 or a round hundred.
        joiner = " e " if groups and (n < 100 or n % 100 == 0) else " "
        return (joiner.join([" ".join(groups), _pt_below_1000(n)]) if groups else _pt_below_1000(n))
    return " ".join(groups)


# (singular, plural) names of each currency's major and minor unit.
CURRENCIES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "XOF": (("franco CFA", "francos CFA"), ("", "")),
    "XAF": (("franco CFA", "francos CFA"), ("", "")),
    "CDF": (("franco congolês", "francos congoleses"), ("cêntimo", "cêntimos")),
    "GNF": (("franco guineense", "francos guineenses"), ("", "")),
    "BIF": (("franco burundiano", "francos burundianos"), ("", "")),
    "RWF": (("franco ruandês", "francos ruandeses"), ("", "")),
    "KMF": (("franco comoriano", "francos comorianos"), ("", "")),
    "DJF": (("franco djibutiano", "francos djibutianos"), ("", "")),
    "MGA": (("ariary", "ariarys"), ("iraimbilanja", "iraimbilanjas")),
    "AOA": (("kwanza", "kwanzas"), ("cêntimo", "cêntimos")),
    "MZN": (("metical", "meticais"), ("centavo", "centavos")),
    "CVE": (("escudo", "escudos"), ("centavo", "centavos")),
    "STN": (("dobra", "dobras"), ("cêntimo", "cêntimos")),
    "NGN": (("naira", "nairas"), ("kobo", "kobos")),
    "GHS": (("cedi", "cedis"), ("pesewa", "pesewas")),
    "SLE": (("leone", "leones"), ("cêntimo", "cêntimos")),
    "LRD": (("dólar liberiano", "dólares liberianos"), ("cêntimo", "cêntimos")),
    "GMD": (("dalasi", "dalasis"), ("butut", "bututs")),
    "HTG": (("gourde", "gourdes"), ("cêntimo", "cêntimos")),
    "EUR": (("euro", "euros"), ("cêntimo", "cêntimos")),
    "USD": (("dólar", "dólares"), ("cêntimo", "cêntimos")),
}
AND = "e"
ROUND_MILLIONS = "de "  # "um milhão de kwanzas"
