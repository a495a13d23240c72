"""Where a taxpayer stands for one year: assessed, paid, still due, and the status a map is
coloured by. One definition for the device's exports (core/gis_layers.py) and the server's
(sync/server/export_standing.py), so the same taxpayer reads the same in both files.

A line is a (tax, period) of the year: a period belongs to year Y when it is "Y" or starts with
"Y-" (annual 2026, monthly 2026-11, daily 2026-11-05, a one-off named 2026-…). Due is counted line
by line, as the device counts it (core.schedule.total_due_by_taxpayer): an advance on one line
does not hide arrears on another. A voided receipt pays nothing.

The statuses, in the words of issue 12 ("paid, partly paid, in arrears, never assessed"), are the
one vocabulary of the map (core/map_points.py), the device's GIS exports (core/gis_layers.py) and
the server's exports (sync/server/export_standing.py): `paid` (assessed, nothing still due),
`partly_paid` (something paid, something still due), `in_arrears` (due, and nothing paid for the
year) and `never_assessed` (no assessment for the year). `status_of` is the rule in Python and
`status_sql` the same rule for a query, so no other module spells it out again."""
from __future__ import annotations

from dataclasses import dataclass

PAID, PARTLY_PAID, IN_ARREARS, NEVER_ASSESSED = "paid", "partly_paid", "in_arrears", "never_assessed"
STATUSES = (PAID, PARTLY_PAID, IN_ARREARS, NEVER_ASSESSED)  # the order of the map's legend


def status_of(assessed: int, paid: int, due: int) -> str:
    """The status of a year's totals (minor units; `due` counted line by line, never negative)."""
    if not assessed:
        return NEVER_ASSESSED
    if not due:
        return PAID
    return PARTLY_PAID if paid else IN_ARREARS


def status_sql(assessed: str, paid: str, due: str) -> str:
    """`status_of` as an SQL CASE over three column expressions (NULL counts as 0)."""
    return (f"CASE WHEN coalesce({assessed}, 0) = 0 THEN '{NEVER_ASSESSED}' "
            f"WHEN coalesce({due}, 0) = 0 THEN '{PAID}' "
            f"WHEN coalesce({paid}, 0) > 0 THEN '{PARTLY_PAID}' ELSE '{IN_ARREARS}' END")


@dataclass(frozen=True)
class Standing:
    assessed: int  # minor units, every line of the year
    paid: int  # standing receipts for the year's lines
    due: int  # what is still owed, line by line
    last_payment: str | None  # paid_at (UTC ISO) of the latest standing receipt for the year

    @property
    def status(self) -> str:
        return status_of(self.assessed, self.paid, self.due)


NOTHING = Standing(0, 0, 0, None)

# The device's standings for one year, one row per taxpayer num that has a line in the year
# (SQLite; parameters :year "2026" and :prefix "2026-%", see year_params). The map and the GIS
# exports both read it, so a taxpayer stands the same on the screen and in the file.
STANDING_SQL = """
    WITH lines AS (
        SELECT o.taxpayer_num AS num, a.tax_code, a.period, a.amount AS assessed, 0 AS paid, NULL AS paid_at
        FROM assessments a JOIN taxable_objects o ON o.num = a.object_num
        WHERE a.period = :year OR a.period LIKE :prefix
        UNION ALL
        SELECT t.num, p.tax_code, p.period, 0, p.amount, p.issued_at FROM payments p
        JOIN taxpayers t ON t.id = p.taxpayer_id
        WHERE (p.period = :year OR p.period LIKE :prefix)
          AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.payment_id = p.id)
    ), per_line AS (
        SELECT num, SUM(assessed) AS assessed, SUM(paid) AS paid, MAX(paid_at) AS paid_at
        FROM lines GROUP BY num, tax_code, period
    )
    SELECT num, SUM(assessed) AS assessed, SUM(paid) AS paid, SUM(MAX(0, assessed - paid)) AS due,
           MAX(paid_at) AS last_payment
    FROM per_line GROUP BY num
"""


def year_params(year: int) -> dict[str, str]:
    return {"year": str(year), "prefix": f"{year}-%"}


def in_year(period: object, year: int) -> bool:
    text = str(period or "")
    return text == str(year) or text.startswith(f"{year}-")
