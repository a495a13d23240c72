"""Reading an operator's mobile-money statement (CSV) with the column mapping saved for it.

Operators' exports differ: a byte-order mark, `;` or `,` (or tab) between cells, title lines
above the header, blank lines, amounts as `1 500,00`, `1,500.00`, `1500` or `1 500 XOF`, dates in
the operator's own format. Nothing here touches a database: `read_statement` turns the text into
lines (amounts in integer minor units, never a float; times in UTC) and problems, each with its
line number and why, and a line that cannot be read never stops the others."""
from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from core.money import currency
from core.timezones import zone
from sync.server.reference import AdminError

DELIMITERS = (";", ",", "\t", "|")
MAX_LINES = 100_000
# What operators write for money coming in, and for a transaction that went through (compared
# case-insensitively); a mapping may give its own.
DIRECTION_IN = ("in", "credit", "cr", "c", "incoming", "received", "deposit", "cash in", "crédit", "credit",
                "entrée", "entree", "reçu", "recu", "entrada", "recebido", "depósito", "deposito")
STATUS_OK = ("success", "successful", "succeeded", "completed", "complete", "ok", "confirmed", "done",
             "réussi", "reussi", "succès", "succes", "effectué", "effectue", "validé", "valide",
             "sucesso", "concluído", "concluido", "confirmado")


@dataclass(frozen=True)
class Mapping:
    """Which column holds what (header names, as in the file), and how to read the values."""
    reference: str
    amount: str
    time: str
    date_format: str = ""  # strptime format (e.g. %d/%m/%Y %H:%M); empty: ISO 8601
    decimal: str = "."  # the decimal separator of the amounts: "." or ","
    direction: str | None = None  # optional: a column saying in or out
    direction_in: tuple[str, ...] = ()  # its values for money in (default DIRECTION_IN)
    status: str | None = None  # optional: a column saying whether the transaction went through
    status_ok: tuple[str, ...] = ()  # its values for one that did (default STATUS_OK)

    @classmethod
    def from_dict(cls, value: Any) -> "Mapping":
        """A mapping from JSON or the command line, checked; AdminError says what is wrong."""
        if not isinstance(value, dict):
            raise AdminError("a column mapping is an object with reference, amount and time")
        unknown = set(value) - {f for f in cls.__dataclass_fields__}
        if unknown:
            raise AdminError(f"unknown mapping field(s): {', '.join(sorted(unknown))}")
        texts = {}
        for name in ("reference", "amount", "time"):
            column = value.get(name)
            if not isinstance(column, str) or not column.strip():
                raise AdminError(f"the mapping needs the column of the {name}")
            texts[name] = column.strip()[:120]
        for name in ("direction", "status"):
            column = value.get(name)
            if column is not None and not isinstance(column, str):
                raise AdminError(f"the {name} column is a column name")
            texts[name] = column.strip()[:120] if column and column.strip() else None
        decimal = value.get("decimal") or "."
        if decimal not in (".", ","):
            raise AdminError(f"the decimal separator is \".\" or \",\", not {decimal!r}")
        date_format = value.get("date_format") or ""
        if not isinstance(date_format, str) or len(date_format) > 64:
            raise AdminError("the date format is a strptime format such as %d/%m/%Y %H:%M")
        if date_format:
            try:
                datetime(2026, 11, 24, 15, 30, 5).strftime(date_format)
            except ValueError:
                raise AdminError(f"the date format {date_format!r} is not a strptime format") from None
            if "%" not in date_format:
                raise AdminError(f"the date format {date_format!r} has no field such as %d or %H")
        lists = {}
        for name in ("direction_in", "status_ok"):
            items = value.get(name) or ()
            if isinstance(items, str):
                items = items.split("|")
            if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
                raise AdminError(f"{name} is a list of values")
            lists[name] = tuple(i.strip() for i in items if i.strip())
        return cls(date_format=date_format.strip(), decimal=decimal, **texts, **lists)

    def to_dict(self) -> dict[str, Any]:
        value = asdict(self)
        value["direction_in"], value["status_ok"] = list(self.direction_in), list(self.status_ok)
        return value


@dataclass(frozen=True)
class Line:
    line_no: int
    reference: str  # trimmed and upper-cased, as matched
    amount: int  # minor units
    occurred_at: str  # UTC, ISO 8601 with milliseconds and Z (as devices write times)
    raw: str  # the cells as read, joined by the file's delimiter
    line_hash: str


@dataclass(frozen=True)
class Problem:
    line_no: int
    reason: str


@dataclass
class Reading:
    delimiter: str
    header_line: int  # 0: no header found
    columns: list[str]
    lines: list[Line] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # lines that could not be read
    skipped: list[Problem] = field(default_factory=list)  # lines read but not money in that went through


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(first line number, cells) of every record that is not blank."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, last = [], 0
    try:
        for cells in reader:
            start, last = last + 1, reader.line_num
            if any(c.strip() for c in cells):
                rows.append((start, cells))
            if len(rows) > MAX_LINES:
                raise AdminError(f"the statement has more than {MAX_LINES} lines: split it")
    except csv.Error as exc:
        raise AdminError(f"line {last + 1}: the file cannot be read as CSV ({exc})") from None
    return rows


def clean_text(data: bytes | str) -> str:
    """The file's text without its byte-order mark (UTF-8, or Windows-1252 when it is not UTF-8)."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            data = data.decode("cp1252", errors="replace")
    return data.lstrip("\ufeff")


def sniff(text: str) -> str:
    """The delimiter that gives the most records of the same width (more than one cell)."""
    sample = "\n".join(text.splitlines()[:60])
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        widths = Counter(len(cells) for _, cells in _rows(sample, delimiter) if len(cells) > 1)
        score = max(widths.values(), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _key(name: str) -> str:
    return " ".join(name.strip().casefold().split())


def find_header(rows: list[tuple[int, list[str]]], wanted: list[str] | None = None) -> int:
    """The index in `rows` of the header: the first row holding every wanted column, or (nothing
    wanted) the first row as wide as the widest of the first twenty."""
    if wanted:
        keys = {_key(w) for w in wanted}
        for index, (_, cells) in enumerate(rows[:50]):
            if keys <= {_key(c) for c in cells}:
                return index
        return -1
    widths = [sum(1 for c in cells if c.strip()) for _, cells in rows[:20]]
    return widths.index(max(widths)) if widths else -1


def preview(data: bytes | str, limit: int = 5) -> dict[str, Any]:
    """The delimiter, the header's line and columns, and the first rows: what a supervisor maps."""
    text = clean_text(data)
    delimiter = sniff(text)
    rows = _rows(text, delimiter)
    at = find_header(rows)
    if at < 0:
        raise AdminError("the file is empty")
    return {"delimiter": delimiter, "header_line": rows[at][0], "columns": [c.strip() for c in rows[at][1]],
            "rows": [cells for _, cells in rows[at + 1:at + 1 + limit]], "line_count": len(rows) - at - 1}


def read_statement(data: bytes | str, mapping: Mapping, currency_code: str, timezone_name: str | None,
                   operator: str) -> Reading:
    """Every line of the statement, read with `mapping`; what cannot be read is a Problem."""
    text = clean_text(data)
    delimiter = sniff(text)
    rows = _rows(text, delimiter)
    wanted = [mapping.reference, mapping.amount, mapping.time] + [c for c in (mapping.direction, mapping.status) if c]
    at = find_header(rows, wanted)
    if at < 0:
        found = preview(text)["columns"] if rows else []
        missing = [w for w in wanted if _key(w) not in {_key(c) for c in found}]
        raise AdminError(f"no header line with the column(s) {', '.join(missing)}; the file's columns are: "
                         f"{', '.join(c for c in found if c) or 'none'}")
    header = [_key(c) for c in rows[at][1]]
    index = {name: header.index(_key(name)) for name in wanted}
    reading = Reading(delimiter, rows[at][0], [c.strip() for c in rows[at][1]])
    ins = {_key(v) for v in (mapping.direction_in or DIRECTION_IN)}
    oks = {_key(v) for v in (mapping.status_ok or STATUS_OK)}
    tz = zone(timezone_name) or timezone.utc
    for line_no, cells in rows[at + 1:]:
        if [_key(c) for c in cells] == header:
            continue  # a header repeated (statements pasted together)
        if len(cells) < len(header) and len(cells) <= max(index.values()):
            reading.problems.append(Problem(line_no, f"{len(cells)} cell(s) where the header has {len(header)}"))
            continue
        cell = {name: cells[i].strip() for name, i in index.items()}
        if mapping.status and _key(cell[mapping.status]) not in oks:
            reading.skipped.append(Problem(line_no, f"status {cell[mapping.status]!r}: not a completed transaction"))
            continue
        if mapping.direction and _key(cell[mapping.direction]) not in ins:
            reading.skipped.append(Problem(line_no, f"direction {cell[mapping.direction]!r}: not money in"))
            continue
        try:
            reference = read_reference(cell[mapping.reference])
            amount = read_amount(cell[mapping.amount], mapping.decimal, currency_code)
            moment = read_time(cell[mapping.time], mapping.date_format, tz)
        except Outgoing as exc:
            reading.skipped.append(Problem(line_no, str(exc)))
            continue
        except ValueError as exc:
            reading.problems.append(Problem(line_no, str(exc)))
            continue
        raw = delimiter.join(c.strip() for c in cells)
        digest = hashlib.sha256(f"{operator.casefold()}\x1f{raw}".encode("utf-8")).hexdigest()
        reading.lines.append(Line(line_no, reference, amount, moment, raw, digest))
    return reading


class Outgoing(ValueError):
    """A negative amount: money going out, which a statement of payments received skips."""


def read_reference(text: str) -> str:
    reference = " ".join(text.split()).upper()
    if not reference:
        raise ValueError("no reference")
    if len(reference) > 120:
        raise ValueError("the reference is longer than 120 characters")
    return reference


_SPACES = re.compile(r"[\s\u00a0\u202f']+")


def read_amount(text: str, decimal: str, currency_code: str) -> int:
    """`1 500,00`, `1.500,00`, `1500` (decimal ","), `1,500.00`, `1500.5` (decimal "."), with or
    without a currency before or after, to minor units; more decimals than the currency has are
    refused unless they are zeros (`1500,00` XOF is 1500)."""
    cur = currency(currency_code)
    value = text.strip()
    core_text = re.sub(r"^[^\d+\-]+|[^\d]+$", "", value)  # a currency before or after
    if not core_text or re.search(r"[^\d\s\u00a0\u202f'.,+\-]", core_text):
        raise ValueError(f"amount {text!r} is not a number")
    sign = core_text[0] if core_text[0] in "+-" else ""
    digits = core_text[len(sign):].strip()
    if sign == "-":
        raise Outgoing(f"amount {text!r} is negative: money going out")
    group = "." if decimal == "," else ","
    digits = _SPACES.sub(group, digits)
    g, d = re.escape(group), re.escape(decimal)
    match = re.fullmatch(rf"(\d{{1,3}}(?:{g}\d{{3}})+|\d+)(?:{d}(\d+))?", digits)
    if not match:
        raise ValueError(f"amount {text!r} cannot be read with {decimal!r} as the decimal separator")
    whole, fraction = match.group(1).replace(group, ""), match.group(2) or ""
    if fraction[cur.minor_digits:].strip("0"):
        raise ValueError(f"amount {text!r} has more decimals than {cur.code} has ({cur.minor_digits})")
    minor = int(whole) * 10 ** cur.minor_digits + int((fraction + "0" * cur.minor_digits)[:cur.minor_digits] or 0)
    if minor <= 0:
        raise ValueError(f"amount {text!r} is zero")
    if minor > 2**63 - 1:
        raise ValueError(f"amount {text!r} is too large")
    return minor


def read_time(text: str, date_format: str, tz: Any) -> str:
    """The operator's time (its local time unless it says its offset) as UTC ISO text."""
    value = text.strip()
    try:
        moment = datetime.strptime(value, date_format) if date_format else \
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        expected = date_format or "ISO 8601 (2026-11-24 15:30)"
        raise ValueError(f"time {text!r} does not match the format {expected}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
