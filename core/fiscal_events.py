"""The event families of fiscal-grade integrity (issue 14): the contract every part builds on.

Event types are additive to envelope schema 3: a new type never changes an old one's meaning.
Each is carried by the chain like every other event (hashed, chained, signed), builds one
append-only table (migration v18, core/migrations.py) and is replayed by `verify`.

`series.registered` (core/series.py) — the server registered a receipt series (this device, one
year) and gave it a validation code. Data:
    {"year": 2026, "code": "K7Q2M9XD", "registered_at": "<server time, ISO 8601 UTC>"}
An enrolled device issues no number in a year with no registered series.

`closing.made` (core/closings.py) — a month or a year closed on the device, never reopened.
Data:
    {"id": <uuid7>, "kind": "month" | "year", "period": "2026-11" | "2026",
     "totals": {"receipts": n, "collected": minor units, "voids": n, "voided": minor units,
                "net": minor units},            # the period's own figures
     "perpetual": {same keys},                  # since the device's first day, up to the closing
     "previous_closing": "<hash of the previous closing event, or 64 zeros>",
     "time": "<the moment that decided the period, ISO UTC>", "time_source": "server" | "device"}
A session's Z-report (the `session.closed` event's "report") carries "perpetual" and
"previous_closing" the same way; session, month and year closings form one chain of closings.
The figures, exactly (core/perpetual.py, core/closings.py; verify: core/closing_audit.py): a
closing's "perpetual" counts every `payment.recorded` (receipts, sum of amount = collected) and
every `payment.voided` (voids, sum of the voided payment's amount = voided) with a smaller seq,
net = collected - voided; a month's (year's) "totals" are its perpetual minus the perpetual of the
closing of the month (year) before it, zero for the first. Every month from the first session's on
gets one closing, empty ones too, in order; the year's comes right after its December.
docs/audit/closings.md explains them for an auditor.

`journal.recorded` (core/journal.py) — the technical journal: what happened to the device and
the app rather than to the money. Data:
    {"kind": one of JOURNAL_KINDS, "at": "<when it happened, device time ISO UTC>",
     "details": {...}}   # never a taxpayer's personal data
Events that happened while the database was locked wait in the side file `<db>.journal` and
join the chain at the next unlock, each with its own "at"."""
from __future__ import annotations

SERIES_REGISTERED = "series.registered"
CLOSING_MADE = "closing.made"
JOURNAL_RECORDED = "journal.recorded"

CLOSING_KINDS = ("month", "year")
TOTAL_KEYS = ("receipts", "collected", "voids", "voided", "net")

JOURNAL_KINDS = (
    "login", "logout", "wrong_pin", "lockout", "unlock",
    "setting_changed", "clock_changed", "clock_jump",
    "printer_failure", "reprint",
    "app_started", "app_stopped", "migration",
    "export", "backup", "restore",
)
