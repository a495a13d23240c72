"""Amounts in words for receipts, one small module per language (core/words/<lang>.py).

A language module defines:
    number(n: int) -> str        the words of a non-negative integer ("quinze mille")
    CURRENCIES                   {ISO code: ((singular, plural) of the major unit, same of the minor)}
    AND                          the word between the major and the minor unit ("et")
    ROUND_MILLIONS               put before the currency after a round million ("de "), or ""

A language with a catalogue but no such module (say Lingala, until someone writes core/words/ln.py)
has no amount in words: amount_in_words() and number_in_words() return "", and the receipt leaves
that line out. The amount in figures is what counts; printing the words in another language would
mix two languages on one receipt, and a wrong word there would be worse than none."""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from types import ModuleType

from core.money import currency

_LANGUAGE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


@lru_cache(maxsize=None)
def _module(locale: str) -> ModuleType | None:
    if not isinstance(locale, str) or not _LANGUAGE.fullmatch(locale):
        return None
    try:
        module = importlib.import_module(f"{__name__}.{locale}")
    except ModuleNotFoundError:
        return None
    return module if callable(getattr(module, "number", None)) else None


def has_words(locale: str) -> bool:
    """True when amounts can be written in words in `locale`."""
    return _module(locale) is not None


def number_in_words(n: int, locale: str = "fr") -> str:
    if type(n) is not int or n < 0:
        raise ValueError("number_in_words takes a non-negative int")
    module = _module(locale)
    return module.number(n) if module else ""


def amount_in_words(amount: int, currency_code: str, locale: str = "fr") -> str:
    """'quinze mille francs congolais' for 1 500 000 minor units of CDF; "" in a language without words."""
    if type(amount) is not int or amount < 0:
        raise ValueError("amount_in_words takes a non-negative int of minor units")
    cur = currency(currency_code)
    module = _module(locale)
    if module is None:
        return ""
    major, minor = divmod(amount, 10 ** cur.minor_digits) if cur.minor_digits else (amount, 0)
    names = getattr(module, "CURRENCIES", {}).get(cur.code)
    major_name = (names[0][0] if major == 1 else names[0][1]) if names else cur.code
    if names and major >= 10**6 and major % 10**6 == 0:
        major_name = getattr(module, "ROUND_MILLIONS", "") + major_name
    text = f"{module.number(major)} {major_name}"
    if minor:
        minor_name = (names[1][0] if minor == 1 else names[1][1]) if names and names[1][0] else ""
        text += f" {getattr(module, 'AND', '+')} {module.number(minor)}" + (f" {minor_name}" if minor_name else "")
    return text
