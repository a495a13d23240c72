"""A month's open data as the downloads give it: JSON and CSV, the same figures as the page.

Amounts are integers of minor units (invariant 1), and the CSV adds the same amount in major units
as a decimal text for spreadsheets; a hidden amount is null in JSON and empty in CSV. The CSV is
written as the device's exports are (core.export): UTF-8 with a BOM, and no cell a spreadsheet
would evaluate as a formula."""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from typing import Any

from core.errors import QuittanceError
from core.export import csv_cell
from core.money import currency as currency_info
from sync.server.opendata_month import MonthTable
from sync.server.opendata_protect import THRESHOLD, TOTAL, Position

CSV_COLUMNS = ("month", "level", "zone_code", "zone_name", "tax_code", "tax_label", "receipts", "voids",
               "amount_minor", "amount", "currency")
Labels = Callable[[str], Mapping[str, str]]  # tax code -> its name per language


def minor_digits(currency_code: str) -> int:
    try:
        return currency_info(currency_code).minor_digits
    except QuittanceError:
        return 0


def as_json(table: MonthTable, *, municipality: str, currency: str, timezone: str,
            labels: Labels) -> dict[str, Any]:
    """The month as a JSON document (its schema is OpenDataMonth in sync/server/opendata_page.py)."""
    zone_code = {z.key: z.code for z in table.zones}

    def figures(position: Position) -> dict[str, Any]:
        tally = table.grid[position]
        return {"receipts": tally.receipts, "voids": tally.voids, "amount": table.shown_amount(position)}

    return {
        "month": table.month, "municipality": municipality, "currency": currency,
        "minor_digits": minor_digits(currency), "timezone": timezone or "UTC",
        "starts": table.starts.isoformat(), "ends": table.ends.isoformat(),
        "counted_by": "paid_at", "minimum_taxpayers": THRESHOLD,
        "zones": [{"code": z.code, "name": z.name} for z in table.zones],
        "taxes": [{"code": code, "labels": dict(labels(code))} for code in table.taxes],
        "cells": [{"zone": zone_code[z.key], "tax": code, **figures((z.key, code))}
                  for z in table.zones for code in table.taxes],
        "zone_totals": [{"zone": z.code, **figures((z.key, TOTAL))} for z in table.zones],
        "tax_totals": [{"tax": code, **figures((TOTAL, code))} for code in table.taxes],
        "total": figures((TOTAL, TOTAL)),
    }


def as_csv(table: MonthTable, *, currency: str, label: Callable[[str], str]) -> str:
    """One line per cell, then per zone total, per tax total and the grand total (`level` says
    which). Starts with a BOM: a spreadsheet then reads the accents of zone names right."""
    digits = minor_digits(currency)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    lines = [("cell", z, code) for z in table.zones for code in table.taxes]
    lines += [("zone_total", z, None) for z in table.zones]
    lines += [("tax_total", None, code) for code in table.taxes]
    lines.append(("total", None, None))
    for level, zone, code in lines:
        position = (zone.key if zone else TOTAL, code)
        tally, amount = table.grid[position], table.shown_amount(position)
        row = [table.month, level, zone.code if zone else "", zone.name if zone else "", code or "",
               label(code) if code else "", tally.receipts, tally.voids,
               "" if amount is None else amount, "" if amount is None else major_units(amount, digits), currency]
        writer.writerow([csv_cell(value) for value in row])
    return "\ufeff" + out.getvalue()


def major_units(amount: int, digits: int) -> str:
    """'15000.50' from 1500050 and 2 digits, by integer arithmetic (no float anywhere)."""
    if not digits:
        return str(amount)
    sign = "-" if amount < 0 else ""
    whole, part = divmod(abs(amount), 10 ** digits)
    return f"{sign}{whole}.{part:0{digits}d}"
