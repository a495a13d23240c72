"""Receipt series (issue 14, core/fiscal_events.py): a series is this device's receipts of one
year, registered by the server with a validation code (Portugal's ATCUD plays the same part).

The server answers its series at enrollment and at every sync; `record_answer` records a
`series.registered` event for each year not registered yet. A code that differs from the one
recorded for its year is never recorded: a server that changed its mind is an alarm, reported
to the caller, not a silent overwrite (the receipts of that year already print the first code).

Which years may be issued (`series_for_payment`):
- the year has a registered series: its code is printed on the receipt;
- the device has no series at all: it was never enrolled (the demo, a trial), or it was enrolled
  before series existed and has not synced since. It keeps issuing, and its receipts print
  "série non enregistrée"; its next sync registers its series;
- otherwise (some series, but not this year's): refused with `series_not_registered` until a
  sync registers the year. Since the server registers the next year ahead, this happens only to
  a device that stayed offline for more than a whole calendar year.

Only a server registers series, so a device with any series was enrolled: the rule needs no
look through the events for `device.enrolled`."""
from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from typing import Any

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from core.context import WriteContext
from core.errors import QuittanceError
from core.fiscal_events import SERIES_REGISTERED

# 8 characters of the server's unambiguous alphabet (sync/server/enrollment.py `_CODE_ALPHABET`).
SERIES_CODE = re.compile(r"^[ABCDEFGHJKMNPQRSTVWXYZ23456789]{8}$")
_ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
# 1-based positions of the signature's base64 that a receipt prints, as Portugal's certified
# billing software prints characters 1, 11, 21 and 31 of its document signature.
EXCERPT_POSITIONS = (1, 11, 21, 31)


@dataclass(frozen=True)
class SeriesConflict:
    """A year the server answered with another code than the one this device recorded."""
    year: int
    recorded: str
    answered: str


@dataclass
class SeriesOutcome:
    recorded: list[int] = field(default_factory=list)  # the years registered by this answer
    conflicts: list[SeriesConflict] = field(default_factory=list)
    malformed: int = 0  # entries that were not {"year", "code", "registered_at"}: ignored

    def to_dict(self) -> dict[str, Any]:
        return {"recorded": self.recorded, "malformed": self.malformed,
                "conflicts": [{"year": c.year, "recorded": c.recorded, "answered": c.answered}
                              for c in self.conflicts]}


def registered(conn: sqlite3.Connection) -> dict[int, str]:
    """The code of every registered year."""
    return {year: code for year, code in conn.execute("SELECT year, code FROM receipt_series ORDER BY year")}


def _well_formed(entry: Any) -> bool:
    return (isinstance(entry, dict) and type(entry.get("year")) is int and 2000 <= entry["year"] <= 9999
            and isinstance(entry.get("code"), str) and bool(SERIES_CODE.match(entry["code"]))
            and isinstance(entry.get("registered_at"), str) and bool(_ISO_UTC.match(entry["registered_at"])))


def record_answer(conn: sqlite3.Connection, ctx: WriteContext, answered: Any) -> SeriesOutcome:
    """Record the series of a server's answer (its `series` list; None from a server that has
    none). Call inside one store transaction."""
    outcome = SeriesOutcome()
    known = registered(conn)
    for entry in answered if isinstance(answered, list) else []:
        if not _well_formed(entry):
            outcome.malformed += 1
            continue
        year, code = entry["year"], entry["code"]
        if year in known:
            if known[year] != code:
                outcome.conflicts.append(SeriesConflict(year, known[year], code))
            continue
        ctx.record(conn, SERIES_REGISTERED, {"year": year, "code": code, "registered_at": entry["registered_at"]})
        known[year] = code
        outcome.recorded.append(year)
    return outcome


def series_for_payment(conn: sqlite3.Connection, year: int) -> str | None:
    """The series code a receipt of `year` is issued under; None when the device issues without
    one (see the module's rules); QuittanceError("series_not_registered") when it may not issue."""
    found = conn.execute("SELECT code FROM receipt_series WHERE year = ?", (year,)).fetchone()
    if found is not None:
        return found[0]
    if conn.execute("SELECT 1 FROM receipt_series LIMIT 1").fetchone() is None:
        return None
    raise QuittanceError("series_not_registered", year=year)


def receipt_series_code(conn: sqlite3.Connection, year: int, payment_event_seq: int) -> str | None:
    """The code a receipt prints: its year's series, if registered before the payment was recorded
    (a receipt issued before its year was registered stays "unregistered series", reprints too)."""
    found = conn.execute("SELECT code FROM receipt_series WHERE year = ? AND event_seq < ?",
                         (year, payment_event_seq)).fetchone()
    return found[0] if found else None


def signature_excerpt(signature_hex: str | None) -> str:
    """Characters 1, 11, 21 and 31 of the standard base64 of the event signature's 64 bytes;
    "" for an event without a signature (none since schema v2)."""
    if not signature_hex:
        return ""
    text = base64.b64encode(bytes.fromhex(signature_hex)).decode("ascii")
    return "".join(text[position - 1] for position in EXCERPT_POSITIONS)
