"""Where a taxpayer stands for one year: assessed, paid, still due, and the status a map is
coloured by. One definition for the device's exports (core/gis_layers.py) and the server's
(sync/server/export_standing.py), so the same taxpayer reads the same in both files.

A line is a (tax, period) of the year: a period belongs to year Y when it is "Y" or starts with
"Y-" (annual 2026, monthly 2026-11, daily 2026-11-05, a one-off named 2026-…). Due is counted line
by line, as the device counts it (core.schedule.total_due_by_taxpayer): an advance on one line
does not hide arrears on another. A voided receipt pays nothing.

The statuses, in the words of issue 12: `paid` (nothing due), `partly_paid` (something paid,
something still due), `owes` (in arrears: due, and nothing paid for the year), and
`nothing_assessed` (never assessed for the year)."""
from __future__ import annotations

from dataclasses import dataclass

PAID, PARTLY_PAID, OWES, NOTHING_ASSESSED = "paid", "partly_paid", "owes", "nothing_assessed"
STATUSES = (PAID, PARTLY_PAID, OWES, NOTHING_ASSESSED)


@dataclass(frozen=True)
class Standing:
    assessed: int  # minor units, every line of the year
    paid: int  # standing receipts for the year's lines
    due: int  # what is still owed, line by line
    last_payment: str | None  # paid_at (UTC ISO) of the latest standing receipt for the year

    @property
    def status(self) -> str:
        if not self.assessed:
            return NOTHING_ASSESSED
        if not self.due:
            return PAID
        return PARTLY_PAID if self.paid else OWES


NOTHING = Standing(0, 0, 0, None)


def in_year(period: object, year: int) -> bool:
    text = str(period or "")
    return text == str(year) or text.startswith(f"{year}-")
