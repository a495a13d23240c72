"""The arithmetic of a cash handover, pure: the notes and coins counted, what they add up to, and
the variance against the expected cash. No database, no clock (sync/server/reconcile_ledger.py
finds the expected cash; sync/server/reconcile_signoff.py records a sign-off).

Amounts are integer minor units (invariant 1). A denomination is written as printed on the note
or coin, in whole units ("20000", "0.50"), and kept as minor units."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.errors import QuittanceError
from core.money import INT64_MAX, currency, format_money, parse_amount
from sync.server.reference import AdminError

DENOMINATIONS_FILE = Path(__file__).resolve().parents[2] / "resources" / "server" / "denominations.json"
# More pieces of one denomination than a field agent could carry is a typing slip, not cash.
MAX_PIECES = 100_000
_FACE = re.compile(r"^([0-9]+)(?:\.([0-9]+))?$")
_LINE = re.compile(r"^\s*([^x×*\s]+)\s*[x×*]\s*(\S+)\s*$", re.I)


class CountError(AdminError):
    """A count the supervisor must fix; `code` is stable for --json and the tests."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Denomination:
    face: str  # as printed: "20000", "0.50"
    value: int  # minor units
    kind: str  # note | coin


@dataclass(frozen=True)
class CountLine:
    face: str
    value: int
    pieces: int

    @property
    def amount(self) -> int:
        return self.value * self.pieces

    def to_dict(self) -> dict[str, int | str]:
        return {"face": self.face, "value": self.value, "pieces": self.pieces, "amount": self.amount}


@dataclass(frozen=True)
class CashCount:
    """What was counted at a handover: by denomination, or (lines empty) one amount typed."""
    currency: str
    total: int
    lines: tuple[CountLine, ...] = ()


@dataclass(frozen=True)
class Variance:
    expected: int
    handed_in: int  # every earlier sign-off of the day plus this count

    @property
    def variance(self) -> int:
        return self.handed_in - self.expected

    @property
    def status(self) -> str:
        return "balanced" if self.variance == 0 else ("shortfall" if self.variance < 0 else "surplus")


def face_value(face: str, currency_code: str) -> int:
    """'20000' or '0.50' (whole units, as printed) to minor units; more decimals than the
    currency has, or anything but digits and one dot, is refused."""
    digits = currency(currency_code).minor_digits
    match = _FACE.match(face.strip())
    if not match or (match[2] and len(match[2]) > digits):
        raise CountError("denomination_invalid", f"{face!r} is not a {currency_code} note or coin value")
    decimals = (match[2] or "").ljust(digits, "0")
    return int(match[1]) * 10 ** digits + (int(decimals) if digits else 0)


@lru_cache(maxsize=None)
def denominations(currency_code: str) -> tuple[Denomination, ...]:
    """The notes and coins of a currency (resources/server/denominations.json), largest first."""
    table = json.loads(DENOMINATIONS_FILE.read_text(encoding="utf-8"))
    entry = table.get(currency_code)
    if not isinstance(entry, dict):
        raise CountError("denominations_unknown", f"no notes and coins are set for {currency_code} "
                                                  f"(resources/server/denominations.json); give --counted AMOUNT")
    found = {}
    for kind in ("notes", "coins"):
        for face in entry.get(kind, []):
            value = face_value(face, currency_code)
            found.setdefault(value, Denomination(face, value, kind[:-1]))  # a 500 note and coin count alike
    return tuple(sorted(found.values(), key=lambda d: -d.value))


def parse_count(spec: str, currency_code: str) -> CashCount:
    """'20000x3,5000x2' (face value x pieces, comma-separated) to a count. Unknown denominations,
    a denomination twice, and counts that are not whole numbers from 0 to MAX_PIECES are refused."""
    known = {d.value: d for d in denominations(currency_code)}
    lines: list[CountLine] = []
    seen: set[int] = set()
    for part in [p for p in (spec or "").split(",") if p.strip()]:
        match = _LINE.match(part)
        if not match:
            raise CountError("count_invalid", f"{part.strip()!r}: write each denomination as FACExPIECES, "
                                              f"e.g. 20000x3")
        face, pieces_text = match[1], match[2]
        try:
            value = face_value(face, currency_code)
        except CountError:
            value = -1
        if value not in known:
            faces = ", ".join(d.face for d in known.values())
            raise CountError("denomination_unknown", f"{face} is not a {currency_code} note or coin "
                                                     f"(known: {faces})")
        if not pieces_text.isascii() or not pieces_text.isdigit():
            raise CountError("count_invalid", f"{pieces_text!r} {known[value].face}: the number of notes or "
                                              f"coins is a whole number from 0 to {MAX_PIECES}")
        pieces = int(pieces_text)
        if pieces > MAX_PIECES:
            raise CountError("count_absurd", f"{pieces} × {known[value].face}: more than {MAX_PIECES} "
                                             f"pieces of one denomination; check the count")
        if value in seen:
            raise CountError("denomination_twice", f"{known[value].face} is counted twice; give each "
                                                   f"denomination once")
        seen.add(value)
        lines.append(CountLine(known[value].face, value, pieces))
    if not lines:
        raise CountError("count_invalid", "the count is empty: give FACExPIECES, e.g. 20000x3,5000x2")
    lines.sort(key=lambda line: -line.value)
    return CashCount(currency_code, _checked_total(sum(line.amount for line in lines), currency_code), tuple(lines))


def counted_amount(text: str, currency_code: str) -> CashCount:
    """An amount typed in whole units as an agent types one ('1 500 000', '15000.50'); 0 is a
    handover of nothing."""
    if (text or "").strip() in ("0", "0.0", "0.00", "0,00"):
        return CashCount(currency_code, 0)
    try:
        return CashCount(currency_code, parse_amount(text, currency_code, locale="en"))
    except QuittanceError as exc:
        raise CountError("amount_invalid", f"--counted {text!r}: {exc.message('en')}") from None


def _checked_total(total: int, currency_code: str) -> int:
    if total > INT64_MAX:
        raise CountError("count_absurd", f"the count adds up to more than any {currency_code} amount the "
                                         f"ledger holds; check it")
    return total


def money_text(amount: int, currency_code: str) -> str:
    """A signed amount for the supervisor's terminal: '-1 000.00 CDF' reads as a shortfall."""
    text = format_money(abs(amount), currency_code, "en")
    return f"-{text}" if amount < 0 else text
