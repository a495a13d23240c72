"""Money as integer minor units with an ISO 4217 currency (invariant 1).

No function here accepts or returns a float: amounts are ints, text is parsed with Decimal."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from core.errors import QuittanceError


@dataclass(frozen=True)
class Currency:
    code: str
    minor_digits: int
    display: str  # what follows the amount on a receipt


CURRENCIES: dict[str, Currency] = {
    c.code: c
    for c in (
        Currency("XOF", 0, "FCFA"),
        Currency("XAF", 0, "FCFA"),
        Currency("CDF", 2, "CDF"),
        Currency("GNF", 0, "GNF"),
        Currency("BIF", 0, "BIF"),
        Currency("RWF", 0, "RWF"),
        Currency("KMF", 0, "KMF"),
        Currency("DJF", 0, "DJF"),
        Currency("MGA", 2, "Ar"),
        Currency("AOA", 2, "Kz"),
        Currency("MZN", 2, "MT"),
        Currency("CVE", 2, "CVE"),
        Currency("STN", 2, "Db"),
        Currency("NGN", 2, "NGN"),
        Currency("GHS", 2, "GHS"),
        Currency("SLE", 2, "SLE"),
        Currency("LRD", 2, "LRD"),
        Currency("GMD", 2, "GMD"),
        Currency("HTG", 2, "HTG"),
        Currency("EUR", 2, "€"),
        Currency("USD", 2, "USD"),
    )
}


def currency(code: str) -> Currency:
    found = CURRENCIES.get((code or "").upper())
    if found is None:
        raise QuittanceError("unknown_currency", currency=code)
    return found


@dataclass(frozen=True)
class Money:
    amount: int  # minor units
    currency: str

    def __post_init__(self) -> None:
        if type(self.amount) is not int:  # bool and float are both refused
            raise TypeError("Money.amount must be an int of minor units")
        currency(self.currency)

    def __add__(self, other: "Money") -> "Money":
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def _same_currency(self, other: "Money") -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def format(self, locale: str = "fr") -> str:
        return format_money(self.amount, self.currency, locale)


_SEPARATORS = {"fr": (" ", ","), "pt": (" ", ","), "en": (",", ".")}


def format_money(amount: int, currency_code: str, locale: str = "fr", *, with_currency: bool = True) -> str:
    """'15 000 FCFA' in French; decimals shown only when the minor part is not zero."""
    if type(amount) is not int:
        raise TypeError("amounts are ints of minor units")
    cur = currency(currency_code)
    group, decimal_mark = _SEPARATORS.get(locale, _SEPARATORS["fr"])
    sign = "-" if amount < 0 else ""
    major, minor = divmod(abs(amount), 10 ** cur.minor_digits) if cur.minor_digits else (abs(amount), 0)
    digits = f"{major:,}".replace(",", group)
    text = sign + digits
    if cur.minor_digits and minor:
        text += decimal_mark + f"{minor:0{cur.minor_digits}d}"
    return f"{text} {cur.display}" if with_currency else text


_AMOUNT_TEXT = re.compile(r"^[0-9][0-9 \u00a0\u202f.,']*$")


def parse_amount(text: str, currency_code: str) -> int:
    """Parse what an agent typed ('15 000', '15000', '1 250,50', '1,250.50') into minor units.

    Refuses negatives, zero, letters, and more decimals than the currency has."""
    cur = currency(currency_code)
    raw = (text or "").strip()
    if not raw or not _AMOUNT_TEXT.match(raw):
        raise QuittanceError("invalid_amount", text=text)
    compact = re.sub(r"[ \u00a0\u202f']", "", raw)
    integer_part, decimal_part = _split_decimal(compact, cur.minor_digits)
    if not integer_part.isdigit() or (decimal_part and not decimal_part.isdigit()):
        raise QuittanceError("invalid_amount", text=text)
    if len(decimal_part) > cur.minor_digits and decimal_part.strip("0"):
        raise QuittanceError("too_many_decimals", currency=cur.code, digits=cur.minor_digits, text=text)
    try:
        value = Decimal(f"{integer_part}.{decimal_part or '0'}")
    except InvalidOperation:
        raise QuittanceError("invalid_amount", text=text) from None
    minor = int(value.scaleb(cur.minor_digits).to_integral_value())
    if minor <= 0:
        raise QuittanceError("invalid_amount", text=text)
    return minor


def _split_decimal(compact: str, minor_digits: int) -> tuple[str, str]:
    """Tell grouping marks from the decimal mark: with both, the last one is decimal; a lone
    mark followed by exactly three digits groups thousands ('15.000', '15,000')."""
    marks = [m for m in ",." if m in compact]
    if not marks:
        return compact, ""
    if len(marks) == 2:
        decimal_mark = compact[max(compact.rfind(","), compact.rfind("."))]
    else:
        mark = marks[0]
        tail = compact.rsplit(mark, 1)[1]
        if compact.count(mark) > 1 or (len(tail) == 3 and minor_digits < 3 and compact[0] != "0"):
            return compact.replace(mark, ""), ""
        decimal_mark = mark
    head, tail = compact.rsplit(decimal_mark, 1)
    return re.sub(r"[.,]", "", head), tail


def to_minor(major: int, currency_code: str) -> int:
    """Whole units of a currency to minor units (15000 CDF -> 1500000)."""
    return major * 10 ** currency(currency_code).minor_digits
