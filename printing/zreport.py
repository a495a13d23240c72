"""The Z-report an agent prints when closing a cash session (or the running totals of an open one)."""
from __future__ import annotations

from typing import Callable

from core.anchors import parse_chain_head
from core.config import Municipality
from core.clock import iso, utc_now
from core.sessions import ZReport
from core.money import format_money
from printing.labels import colon, field, label, local_datetime, method_name
from printing.model import QR, Block, Blank, Document, Fields, Pair, Rule, Text


def z_report_document(report: ZReport, municipality: Municipality, printed_at: str | None = None) -> Document:
    loc, tz = municipality.locale, municipality.timezone
    money = lambda amount: format_money(amount, report.currency, loc)  # noqa: E731
    closed = report.closed_at is not None
    blocks: list[Block] = [
        Text(municipality.name.upper(), align="center", bold=True, size="tall"),
        Rule(heavy=True),
        Text(label("z_title" if closed else "x_title", loc), align="center", bold=True, size="big"),
        Text(label("z_subtitle" if closed else "x_subtitle", loc), align="center"),
        Rule(heavy=True),
        Fields((field("agent", report.agent_name, loc), field("device", report.device_code, loc))),
        # A time and its offset stay on one line: as "label : value" they split on a 58 mm roll,
        # leaving "(UTC+2)" alone on the next line.
        Pair(label("opened", loc), local_datetime(report.opened_at, loc, tz)),
    ]
    if closed:
        blocks.append(Pair(label("closed", loc), local_datetime(report.closed_at, loc, tz)))
    if tz:
        blocks.append(Text(field("timezone", tz, loc)))
    blocks.append(Pair(label("float", loc), money(report.opening_float)))
    blocks.append(Pair(label("receipts", loc), str(report.receipt_count)))
    if report.receipt_count:
        blocks.append(Text(f"{report.first_receipt} -> {report.last_receipt}", align="right"))
        # Citizens who left with a hand-written stub: the supervisor sees how many.
        blocks.append(Pair(label("unprinted", loc), str(report.unprinted)))
    blocks += [Rule(), Text(label("by_tax", loc), bold=True)]
    blocks += [Pair(f"{line.label} ({line.count})", money(line.total)) for line in report.by_tax]
    if not report.by_tax:
        blocks.append(Text(label("none", loc)))
    blocks += [Rule(), Text(label("by_method", loc), bold=True)]
    blocks += [Pair(f"{method_name(line.key, loc)} ({line.count})", money(line.total)) for line in report.by_method]
    if not report.by_method:
        blocks.append(Text(label("none", loc)))
    blocks += [Rule(), Pair(label("total_collected", loc), money(report.total_collected), bold=True, size="tall")]
    if report.voids:
        blocks += [Rule(), Text(f"{label('voids', loc)} ({len(report.voids)})", bold=True)]
        for void in report.voids:
            blocks.append(Pair(void.receipt_no, money(void.amount)))
            blocks.append(Text(f"  {field('reason', void.reason, loc)}"))
    blocks += [Rule(heavy=True),
               Pair(label("expected_cash", loc), money(report.expected_cash), bold=True, size="tall"),
               Rule(heavy=True)]
    if report.perpetual is not None:
        blocks += perpetual_blocks(report.perpetual, report.previous_closing, money, loc)
    head = parse_chain_head(report.chain_head or "")
    if head is not None:
        # The signed chain head: an auditor checks it with `quittance verify --anchor TEXT` (or the QR).
        blocks += [Text(label("chain_head", loc), bold=True),
                   Pair(f"{label('copy_no', loc)} {head.seq}", head.short_hash),
                   Text(head.text), QR(head.text), Rule(heavy=True)]
    blocks += [Blank(),
               Text(label("sign_agent", loc) + colon(loc).rstrip()),
               Blank(2),
               Text(label("sign_supervisor", loc) + colon(loc).rstrip()),
               Blank(2),
               Pair(label("printed_at", loc), local_datetime(printed_at or iso(utc_now()), loc, tz)),
               Blank()]
    title = f"{label('z_title' if closed else 'x_title', loc)} {report.device_code} {report.session_id}"
    return Document("z_report", title, loc, tuple(blocks))


SHORT_HASH = 16  # hex characters of the previous closing's hash: enough to find it, short enough for a roll


def totals_blocks(totals: dict, money: Callable[[int], str], loc: str) -> list[Block]:
    return [Pair(f"{label('receipts', loc)} ({totals['receipts']})", money(totals["collected"])),
            Pair(f"{label('voids_recorded', loc)} ({totals['voids']})", money(totals["voided"])),
            Pair(label("net", loc), money(totals["net"]), bold=True)]


def perpetual_blocks(perpetual: dict, previous_closing: str | None, money: Callable[[int], str],
                     loc: str) -> list[Block]:
    """The device's totals since its first day and the closing they carry on from: an auditor
    holds two printed closings side by side and sees that nothing went missing between them."""
    blocks: list[Block] = [Text(label("perpetual", loc), bold=True), *totals_blocks(perpetual, money, loc)]
    if previous_closing:
        # On two lines: a 16-character hash beside the label overflows a 58 mm roll.
        blocks += [Text(label("previous_closing", loc) + colon(loc).rstrip()),
                   Text(previous_closing[:SHORT_HASH], align="right")]
    return [*blocks, Rule(heavy=True)]
