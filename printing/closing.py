"""A month's or a year's closing as its own printed document (ESC/POS, PDF, preview), through the
one Document model: the period's own figures, the perpetual totals, and the closing before it."""
from __future__ import annotations

from core.closings import Closing
from core.clock import iso, utc_now
from core.config import Municipality
from core.money import format_money
from printing.labels import colon, field, label, local_datetime
from printing.model import Block, Blank, Document, Fields, Pair, Rule, Text
from printing.zreport import perpetual_blocks, totals_blocks


def closing_document(closing: Closing, municipality: Municipality, device_code: str,
                     printed_at: str | None = None) -> Document:
    loc, tz = municipality.locale, municipality.timezone
    money = lambda amount: format_money(amount, municipality.currency, loc)  # noqa: E731
    title = label(f"{closing.kind}_closing_title", loc)
    blocks: list[Block] = [
        Text(municipality.name.upper(), align="center", bold=True, size="tall"),
        Rule(heavy=True),
        Text(title, align="center", bold=True, size="big"),
        Text(closing.period, align="center", bold=True, size="big"),
        Text(label("closing_subtitle", loc), align="center"),
        Rule(heavy=True),
        Fields((field("period", closing.period, loc), field("device", device_code, loc))),
        Pair(label("closed_on", loc), local_datetime(closing.closed_at, loc, tz)),
        Text(label(f"time_{closing.time_source}", loc) + colon(loc).rstrip()),
        Text(local_datetime(closing.time, loc, tz), align="right"),
        Rule(),
        Text(label("period_totals", loc), bold=True),
        *totals_blocks(closing.totals.to_dict(), money, loc),
        Rule(heavy=True),
        *perpetual_blocks(closing.perpetual.to_dict(), closing.previous_closing, money, loc),
        Blank(),
        Text(label("sign_supervisor", loc) + colon(loc).rstrip()),
        Blank(2),
        Pair(label("printed_at", loc), local_datetime(printed_at or iso(utc_now()), loc, tz)),
        Blank(),
    ]
    return Document("closing", f"{title} {device_code} {closing.period}", loc, tuple(blocks))
