"""Money as integer minor units with an ISO 4217 currency (invariant 1).

No function here accepts or returns a float: amounts are ints, text is parsed digit by digit."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


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

    def localized(self, locale: str) -> str:
        """How a message shows this amount: in the language it is read in, not the one that
        raised it (see QuittanceError.message)."""
        return self.format(locale)

    def __str__(self) -> str:
        return self.format("fr")


# The app's languages as CLDR locales. Portuguese is the African and European usage (Angola,
# Mozambique, Cabo Verde: '15 000,50'), not Brazil's ('15.000,50').
_CLDR_LOCALES = {"fr": "fr", "en": "en", "pt": "pt_PT"}


@dataclass(frozen=True)
class _Conventions:
    cldr: str
    symbol_first: bool  # 'CDF 15,000.50' (en) or '15 000,50 CDF' (fr, pt)
    gap: str  # what the pattern puts between the currency and the number
    minus: str
    group: str  # thousands: '\u202f' (fr), ',' (en), '\u00a0' (pt)
    decimal: str


@lru_cache(maxsize=None)
def _conventions(locale: str) -> _Conventions:
    # Babel and its CLDR data load on the first amount shown, not at start (0.1 s + 0.2 s).
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

    cldr = _CLDR_LOCALES.get(locale, locale or "fr")
    try:
        pattern = Locale.parse(cldr).currency_formats["standard"].pattern.split(";")[0]
    except (UnknownLocaleError, ValueError, LookupError):  # an unknown language: the default's conventions
        return _conventions("fr")
    symbol_at, number_at = pattern.index("\u00a4"), re.search(r"[#0]", pattern).start()
    if symbol_at < number_at:
        between = pattern[symbol_at + 1:number_at]
    else:
        between = pattern[pattern.rindex("0") + 1:symbol_at]
    return _Conventions(cldr, symbol_at < number_at, between, get_minus_sign_symbol(cldr),
                        get_group_symbol(cldr), get_decimal_symbol(cldr))


def format_money(amount: int, currency_code: str, locale: str = "fr", *, with_currency: bool = True) -> str:
    """An amount as the language writes it (CLDR): '15 000,50 CDF' in French and Portuguese,
    'CDF 15,000.50' in English; the currency's display name ('FCFA') where it has one, and
    decimals only when the minor part is not zero ('15 000 CDF'). Every screen, receipt and
    report formats amounts here, so no two places can disagree on a separator."""
    if type(amount) is not int:
        raise TypeError("amounts are ints of minor units")
    cur = currency(currency_code)
    rules = _conventions(locale)
    major, minor = divmod(abs(amount), 10 ** cur.minor_digits)
    # The locale's symbols, read once from CLDR; grouping by three, as in all three languages
    # (Babel's format_decimal gives the same text at a hundred times the cost, and a search
    # result list formats an amount per row on every keystroke).
    number = f"{major:,}".replace(",", rules.group)
    if cur.minor_digits and minor:
        number += rules.decimal + f"{minor:0{cur.minor_digits}d}"
    sign = rules.minus if amount < 0 else ""
    if not with_currency:
        return sign + number
    # CLDR's currency spacing: a symbol made of letters ('CDF', 'FCFA') never touches the digits.
    gap = rules.gap or ("\u00a0" if cur.display[-1 if rules.symbol_first else 0].isalpha() else "")
    return sign + (cur.display + gap + number if rules.symbol_first else number + gap + cur.display)


INT64_MAX = 2**63 - 1  # the largest amount SQLite's INTEGER, and so the ledger, can hold

# What an agent may type: ASCII digits, one kind of thousands separator used between groups of
# three, and a decimal mark that differs from it. Digits from other scripts are refused rather
# than normalised, so that what is recorded is exactly what the agent saw on the keypad.
_GROUP_MARKS = " \u00a0\u202f.,'"
_AMOUNT = re.compile(
    r"^(?P<int>[0-9]+|[0-9]{1,3}(?:(?P<group>[" + _GROUP_MARKS + r"])[0-9]{3})(?:(?P=group)[0-9]{3})*)"
    r"(?:(?P<mark>[.,])(?P<dec>[0-9]+))?$"
)


def parse_amount(text: str, currency_code: str, *, maximum: int = INT64_MAX, locale: str = "fr") -> int:
    """Parse what an agent typed ('15 000', '15000', '1 250,50', '1,250.50') into minor units.

    Refuses negatives, zero, letters, exponents, broken grouping ('1,5,5', '1.2.3'), non-ASCII
    digits, more decimals than the currency has, and anything above `maximum`."""
    cur = currency(currency_code)
    raw = (text or "").strip() if isinstance(text, str) else ""
    match = _AMOUNT.match(raw)
    if not match:
        raise QuittanceError("invalid_amount", text=text)
    integer_part, group, mark, decimal_part = match["int"], match["group"], match["mark"], match["dec"] or ""
    if group and mark == group:
        raise QuittanceError("invalid_amount", text=text)
    if mark and not group and len(decimal_part) == 3 and cur.minor_digits < 3 and integer_part[0] != "0":
        # A lone mark followed by exactly three digits groups thousands: '15.000', '15,000'.
        integer_part, decimal_part = integer_part + decimal_part, ""
    integer_part = re.sub(r"[^0-9]", "", integer_part)
    if len(decimal_part) > cur.minor_digits and decimal_part[cur.minor_digits:].strip("0"):
        raise QuittanceError("too_many_decimals", currency=cur.code, digits=cur.minor_digits, text=text)
    minor = int(integer_part) * 10 ** cur.minor_digits
    if cur.minor_digits:
        minor += int((decimal_part + "0" * cur.minor_digits)[:cur.minor_digits])
    if minor <= 0:
        raise QuittanceError("invalid_amount", text=text)
    check_amount_limit(minor, currency_code, maximum, locale)
    return minor


def check_amount_limit(minor: int, currency_code: str, maximum: int = INT64_MAX, locale: str = "fr") -> None:
    """Refuse an amount above `maximum`, and never accept one above what the ledger can hold.
    The amounts travel as Money, so the message formats them in the language it is read in
    (`locale` is kept for callers that still pass it)."""
    limit = min(maximum, INT64_MAX)
    if minor > limit:
        raise QuittanceError("amount_too_large", maximum=Money(limit, currency_code),
                             text=Money(minor, currency_code))


def to_minor(major: int, currency_code: str) -> int:
    """Whole units of a currency to minor units (15000 CDF -> 1500000)."""
    return major * 10 ** currency(currency_code).minor_digits
