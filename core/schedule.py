"""The tax schedule, assessments, and what each taxpayer owes.

Tax types and assessments are reference data owned by the server (invariant 10); the device
only reads them, apart from the demo seed that stands in for a first pull."""
from __future__ import annotations

import json
import re
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from core.clock import iso_to_ms, parse_iso
from core.errors import QuittanceError
from core.messages import translate
from core.ids import id_bytes, new_id

if TYPE_CHECKING:
    from core.context import WriteContext

PERIODICITIES = ("annual", "monthly", "daily", "one-off")
_PERIOD_FORMATS = {
    "annual": re.compile(r"^\d{4}$", re.ASCII),
    "monthly": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$", re.ASCII),
    "daily": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$", re.ASCII),
    "one-off": re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$", re.ASCII),
}


class PeriodError(QuittanceError):
    """A period not in its tax's format. The expected format is named in the reader's language
    (YYYY in English, AAAA in French and Portuguese), so it is looked up when the message is
    made rather than stored as a French hint among the parameters."""

    def __init__(self, tax: str, period: str, periodicity: str) -> None:
        super().__init__("invalid_period", tax=tax, period=period, periodicity=periodicity)

    def message(self, locale: str = "fr") -> str:
        expected = translate(f"period_format_{self.params['periodicity'].replace('-', '_')}", locale)
        return translate(self.code, locale, tax=self.params["tax"], period=self.params["period"], expected=expected)


# The years a dated period may name: well before any arrears a municipality still collects, and
# this century. "0001" or "9999" is a slip of the keyboard, not a tax year.
_PERIOD_YEARS = (1990, 2099)


@dataclass(frozen=True)
class TaxType:
    code: str
    label: str
    periodicity: str
    basis: str  # 'flat' or 'rate'
    amount: int | None = None  # flat amount, minor units
    rate: int | None = None  # minor units per unit of `rate_attribute`
    rate_attribute: str | None = None
    object_kinds: tuple[str, ...] = ()
    # The municipality's `label` in other languages ({"en": "Business licence", "pt": "Alvará"}):
    # screens show the UI language's, receipts the municipality's; `label` is the fallback.
    labels: dict[str, str] = field(default_factory=dict, hash=False)
    # The schedule from a date (sync/server/schedule_versions.py): (effective_from, amount, rate),
    # oldest first, the first from always (None). Empty: `amount` and `rate` hold for every period.
    versions: tuple[tuple[str | None, int | None, int | None], ...] = field(default=(), hash=False)

    def for_period(self, period: str, today: date) -> "TaxType":
        """This tax as it is in force for `period`: the version in force on the period's first
        day (a one-off period has no day: the version in force today). An assessment made is
        never changed afterwards; this only chooses the amount of one being made."""
        if not self.versions:
            return self
        day = (period_start(self.periodicity, period) or today).isoformat()
        chosen = self.versions[0]
        for version in self.versions[1:]:
            if version[0] is not None and version[0] <= day:
                chosen = version
        return replace(self, amount=chosen[1], rate=chosen[2])

    def label_in(self, language: str) -> str:
        """The label in `language`, or the municipality's own when it gave none."""
        return (self.labels.get(language) or "").strip() or self.label

    def assess(self, attributes: dict[str, Any]) -> int:
        """The amount due for one taxable object and one period, in minor units."""
        if self.basis == "flat":
            return int(self.amount or 0)
        quantity = Decimal(str(attributes.get(self.rate_attribute or "", "0") or "0"))
        return int((Decimal(self.rate or 0) * quantity).to_integral_value(rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class BalanceLine:
    tax_code: str
    tax_label: str
    period: str
    assessed: int
    paid: int
    is_arrears: bool

    @property
    def due(self) -> int:
        return self.assessed - self.paid


def period_start(periodicity: str, period: str) -> date | None:
    """The first day of a dated period ("2027" -> 2027-01-01, "2027-03" -> 2027-03-01)."""
    try:
        if periodicity == "annual":
            return date(int(period[:4]), 1, 1)
        if periodicity == "monthly":
            return date(int(period[:4]), int(period[5:7]), 1)
        if periodicity == "daily":
            return date.fromisoformat(period)
    except ValueError:
        return None
    return None


def upsert_tax_type(conn: sqlite3.Connection, tax: TaxType) -> None:
    if tax.periodicity not in PERIODICITIES or tax.basis not in ("flat", "rate"):
        raise ValueError(f"bad tax type {tax}")
    conn.execute(
        """INSERT INTO tax_types (code, label, periodicity, basis, amount, rate, rate_attribute, object_kinds,
                                  labels, versions)
           VALUES (?,?,?,?,?,?,?,?,?,?)
           ON CONFLICT(code) DO UPDATE SET label=excluded.label, periodicity=excluded.periodicity,
             basis=excluded.basis, amount=excluded.amount, rate=excluded.rate,
             rate_attribute=excluded.rate_attribute, object_kinds=excluded.object_kinds, labels=excluded.labels,
             versions=excluded.versions""",
        (tax.code, tax.label, tax.periodicity, tax.basis, tax.amount, tax.rate, tax.rate_attribute,
         json.dumps(list(tax.object_kinds)), json.dumps(_clean_labels(tax.labels), ensure_ascii=False,
                                                        sort_keys=True),
         json.dumps([list(v) for v in tax.versions]) if tax.versions else None),
    )


def _clean_labels(labels: dict[str, str] | None) -> dict[str, str]:
    """Only non-empty text under a language code: a blank label falls back to the default."""
    return {str(lang).strip().lower(): text.strip() for lang, text in (labels or {}).items()
            if isinstance(text, str) and text.strip() and str(lang).strip()}


def _labels_from(text: str | None) -> dict[str, str]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}  # reference data the server resends; a damaged cell only loses the translations
    return _clean_labels(value) if isinstance(value, dict) else {}


def _versions_from(text: str | None) -> tuple[tuple[str | None, int | None, int | None], ...]:
    try:
        return tuple((v[0], v[1], v[2]) for v in json.loads(text or "[]"))
    except (ValueError, TypeError, IndexError):
        return ()  # reference data the server resends; a damaged cell falls back to `amount`


def _tax_from_row(row: sqlite3.Row) -> TaxType:
    return TaxType(row["code"], row["label"], row["periodicity"], row["basis"], row["amount"], row["rate"],
                   row["rate_attribute"], tuple(json.loads(row["object_kinds"] or "[]")),
                   _labels_from(row["labels"]), _versions_from(row["versions"]))


def get_tax_type(conn: sqlite3.Connection, code: str) -> TaxType:
    row = conn.execute("SELECT * FROM tax_types WHERE code = ? COLLATE NOCASE", (code,)).fetchone()
    if row is None:
        raise QuittanceError("unknown_tax", tax=code)
    return _tax_from_row(row)


def list_tax_types(conn: sqlite3.Connection) -> list[TaxType]:
    return [_tax_from_row(r) for r in conn.execute("SELECT * FROM tax_types ORDER BY code")]


def validate_period(tax: TaxType, period: str) -> str:
    pattern = _PERIOD_FORMATS[tax.periodicity]
    period = (period or "").strip()
    if not pattern.match(period) or (tax.periodicity != "one-off" and not _PERIOD_YEARS[0] <= int(period[:4])
                                     <= _PERIOD_YEARS[1]):
        raise PeriodError(tax.code, period, tax.periodicity)
    return period


def current_period(periodicity: str, today: date) -> str:
    if periodicity == "monthly":
        return today.strftime("%Y-%m")
    if periodicity == "daily":
        return today.isoformat()
    return str(today.year)


# Assessments are stored by object row number, tax and period (migration v6); the ids callers
# pass and receive stay text UUIDs. Every statement on the table lives here and in core/seed.py.
def insert_assessment(conn: sqlite3.Connection, *, assessment_id: str, taxable_object_id: str, taxpayer_id: str,
                      tax_code: str, period: str, amount: int, created_at: str, keep_existing: bool = False) -> bool:
    """The one statement that writes an assessment (the server's pull, the demo seed's stand-in
    aside, which loads in bulk). `taxpayer_id` is the object's owner, which the row does not
    repeat. With `keep_existing`, an existing one is kept. True if written."""
    obj = _object_row(conn, taxable_object_id)
    if obj["taxpayer_id"] != taxpayer_id:
        raise QuittanceError("unknown_object", object=taxable_object_id)
    verb = "INSERT OR IGNORE" if keep_existing else "INSERT"
    return conn.execute(
        f"{verb} INTO assessments (object_num, tax_code, period, amount, id, created_ms) VALUES (?,?,?,?,?,?)",
        (obj["num"], tax_code, period, amount, id_bytes(assessment_id), iso_to_ms(created_at)),
    ).rowcount > 0


def assessment_exists(conn: sqlite3.Connection, taxable_object_id: str, tax_code: str, period: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM assessments a JOIN taxable_objects o ON o.num = a.object_num "
        "WHERE o.id = ? AND a.tax_code = ? AND a.period = ?", (id_bytes(taxable_object_id), tax_code, period)
    ).fetchone() is not None


def _object_row(conn: sqlite3.Connection, taxable_object_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT o.num, o.attributes, t.id AS taxpayer_id FROM taxable_objects o "
                       "JOIN taxpayers t ON t.num = o.taxpayer_num WHERE o.id = ?",
                       (id_bytes(taxable_object_id),)).fetchone()
    if row is None:
        raise QuittanceError("unknown_object", object=taxable_object_id)
    return row


def assess_object(conn: sqlite3.Connection, *, taxable_object_id: str, tax_code: str, period: str, now: str,
                  assessment_id: str | None = None) -> int:
    """Create (or keep) the assessment of one object for one tax and period; returns its amount."""
    tax = get_tax_type(conn, tax_code)
    period = validate_period(tax, period)
    obj = _object_row(conn, taxable_object_id)
    amount = tax.for_period(period, parse_iso(now).date()).assess(json.loads(obj["attributes"] or "{}"))
    insert_assessment(conn, assessment_id=assessment_id or new_id(), taxable_object_id=taxable_object_id,
                      taxpayer_id=obj["taxpayer_id"], tax_code=tax.code, period=period, amount=amount,
                      created_at=now, keep_existing=True)
    return amount


def assess_new_object(conn: sqlite3.Connection, ctx: "WriteContext", *, taxable_object_id: str, taxpayer_id: str,
                      kind: str, attributes: dict[str, Any]) -> list[tuple[str, str, int]]:
    """A taxable object found in the field owes, from today, every tax of the server's schedule
    that applies to its kind, for the current period. Returns (tax, period, amount) created."""
    today = parse_iso(ctx.now).astimezone().date()
    created = []
    for tax in list_tax_types(conn):
        if kind not in tax.object_kinds:
            continue
        period = current_period(tax.periodicity, today)
        amount = tax.for_period(period, today).assess(attributes)
        if amount <= 0:
            continue
        if not assessment_exists(conn, taxable_object_id, tax.code, period):
            assessment_id = new_id()
            ctx.record(conn, "assessment.created", {"id": assessment_id, "taxable_object_id": taxable_object_id,
                                                    "taxpayer_id": taxpayer_id, "tax_code": tax.code,
                                                    "period": period, "amount": amount}, entity_id=assessment_id)
            created.append((tax.code, period, amount))
    return created


# A taxpayer's assessments are those of their objects.
_ASSESSED_BY_TAXPAYER = """
    SELECT t.id AS taxpayer_id, a.tax_code, a.period, a.amount FROM taxpayers t
    JOIN taxable_objects o ON o.taxpayer_num = t.num
    JOIN assessments a ON a.object_num = o.num
"""
_VALID_PAYMENTS = """
    SELECT p.taxpayer_id, p.tax_code, p.period, p.amount FROM payments p
    WHERE NOT EXISTS (SELECT 1 FROM voids v WHERE v.payment_id = p.id)
"""


def balances(conn: sqlite3.Connection, taxpayer_id: str, today: date) -> list[BalanceLine]:
    """Assessed minus valid payments, per tax and period, oldest first; arrears flagged."""
    rows = conn.execute(
        f"""
        WITH assessed AS (
            SELECT tax_code, period, SUM(amount) AS amount FROM ({_ASSESSED_BY_TAXPAYER}) WHERE taxpayer_id = :t
            GROUP BY tax_code, period
        ), paid AS (
            SELECT tax_code, period, SUM(amount) AS amount FROM ({_VALID_PAYMENTS}) WHERE taxpayer_id = :t
            GROUP BY tax_code, period
        ), keys AS (SELECT tax_code, period FROM assessed UNION SELECT tax_code, period FROM paid)
        SELECT k.tax_code, tt.label, tt.periodicity, k.period,
               coalesce(a.amount, 0) AS assessed, coalesce(p.amount, 0) AS paid
        FROM keys k
        JOIN tax_types tt ON tt.code = k.tax_code
        LEFT JOIN assessed a ON a.tax_code = k.tax_code AND a.period = k.period
        LEFT JOIN paid p ON p.tax_code = k.tax_code AND p.period = k.period
        ORDER BY k.period, k.tax_code
        """,
        {"t": taxpayer_id},
    ).fetchall()
    return [
        BalanceLine(r["tax_code"], r["label"], r["period"], r["assessed"], r["paid"],
                    r["period"] < current_period(r["periodicity"], today))
        for r in rows
    ]


def total_due_by_taxpayer(conn: sqlite3.Connection, taxpayer_ids: list[str]) -> dict[str, int]:
    """Everything still owed, all taxes and periods, for a page of search results."""
    if not taxpayer_ids:
        return {}
    marks = ",".join("?" for _ in taxpayer_ids)
    lines: dict[tuple[str, str, str], int] = {}
    for tid, tax, period, amount in conn.execute(
        f"SELECT taxpayer_id, tax_code, period, SUM(amount) FROM ({_ASSESSED_BY_TAXPAYER}) AS a "
        f"WHERE taxpayer_id IN ({marks}) GROUP BY taxpayer_id, tax_code, period", taxpayer_ids):
        lines[(tid, tax, period)] = amount
    for tid, tax, period, amount in conn.execute(
        f"SELECT taxpayer_id, tax_code, period, SUM(amount) FROM ({_VALID_PAYMENTS}) AS v "
        f"WHERE taxpayer_id IN ({marks}) GROUP BY taxpayer_id, tax_code, period", taxpayer_ids):
        lines[(tid, tax, period)] = lines.get((tid, tax, period), 0) - amount
    totals = dict.fromkeys(taxpayer_ids, 0)
    for (tid, _tax, _period), due in lines.items():
        totals[tid] += max(0, due)  # an advance on one line does not hide arrears on another
    return totals
