"""A Z-report (or the running totals of an open session) as a readable table."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from core.anchors import parse_chain_head
from core.sessions import ZReport
from desktop.context import AppContext
from desktop.labels import method_label

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def _row(name: str, value: str, strong: bool = False) -> str:
    cell = f"<b>{escape(value)}</b>" if strong else escape(value)
    return (f"<tr><td style='padding:4px 24px 4px 0'>{escape(name)}</td>"
            f"<td align='right' style='padding:4px 0'>{cell}</td></tr>")


def _heading(text: str) -> str:
    return f"<tr><td colspan='2' style='padding-top:14px'><b>{escape(text)}</b></td></tr>"


def receipt_rows(report: ZReport) -> list[str]:
    """Issued, voided and net, the figures the home screen shows for the day, then the receipts
    still unprinted (the print queue)."""
    tally = report.tally
    span = f"{report.first_receipt} → {report.last_receipt}" if report.first_receipt else "—"
    return [
        _heading(translate("ZReport", "Receipts")),
        _row(translate("ZReport", "Issued"), f"{tally.issued}  ({span})"),
        _row(translate("ZReport", "Voided"), str(tally.voided)),
        _row(translate("ZReport", "Net (valid receipts)"), str(tally.net), strong=True),
        _row(translate("ZReport", "Receipts not printed yet"), str(report.unprinted), strong=bool(report.unprinted)),
    ]


def chain_head_rows(report: ZReport) -> list[str]:
    """The signed chain head printed on the Z-report, as the command line shows it: an auditor
    types it into `quittance verify --anchor`."""
    head = parse_chain_head(report.chain_head or "")
    if head is None:
        return []
    # The signature in groups, so the line wraps on a tablet; `verify --anchor` ignores white space.
    prefix, _, signature = head.text.rpartition(".")
    text = escape(" ".join([prefix + "."] + [signature[i:i + 22] for i in range(0, len(signature), 22)]))
    return [_heading(translate("ZReport", "Ledger signed up to event %1").replace("%1", str(head.seq))),
            "<tr><td colspan='2' style='padding:4px 0'><span style='font-family:monospace'>"
            f"{text}</span></td></tr>"]


def perpetual_rows(ctx: AppContext, report: ZReport) -> list[str]:
    """The device's totals since its first day and the closing they carry on from, as printed."""
    totals = report.perpetual
    if not totals:
        return []
    rows = [_heading(translate("ZReport", "Perpetual totals (since the first day)")),
            _row(translate("ZReport", "Receipts (%1)").replace("%1", str(totals["receipts"])),
                 ctx.money(totals["collected"])),
            _row(translate("ZReport", "Voids (%1)").replace("%1", str(totals["voids"])), ctx.money(totals["voided"])),
            _row(translate("ZReport", "Net"), ctx.money(totals["net"]), strong=True)]
    if report.previous_closing:
        rows.append(_row(translate("ZReport", "Previous closing"), report.previous_closing[:16]))
    return rows


def zreport_html(ctx: AppContext, report: ZReport) -> str:
    rows = [
        _row(translate("ZReport", "Agent"), report.agent_name),
        _row(translate("ZReport", "Device"), report.device_code),
        _row(translate("ZReport", "Opened"), ctx.when(report.opened_at)),
    ]
    if report.closed_at:
        rows.append(_row(translate("ZReport", "Closed"), ctx.when(report.closed_at)))
    rows += receipt_rows(report)
    rows.append(_heading(translate("ZReport", "By tax")))
    rows += [_row(f"{ctx.tax_label(line.key)} ({line.count})", ctx.money(line.total)) for line in report.by_tax] or \
        [_row(translate("ZReport", "No payment"), "")]
    rows.append(_heading(translate("ZReport", "By method")))
    rows += [_row(f"{method_label(line.key)} ({line.count})", ctx.money(line.total))
             for line in report.by_method] or [_row(translate("ZReport", "No payment"), "")]
    if report.voids:
        rows.append(_heading(translate("ZReport", "Voided receipts")))
        rows += [_row(f"{void.receipt_no} — {void.reason}", ctx.money(void.amount)) for void in report.voids]
    rows.append(_heading(translate("ZReport", "Totals")))
    rows.append(_row(translate("ZReport", "Total collected"), ctx.money(report.total_collected), strong=True))
    rows.append(_row(translate("ZReport", "Opening float"), ctx.money(report.opening_float)))
    rows.append(_row(translate("ZReport", "Cash expected in the till"), ctx.money(report.expected_cash),
                     strong=True))
    rows += perpetual_rows(ctx, report)
    rows += chain_head_rows(report)
    return "<table width='100%' cellspacing='0'>" + "".join(rows) + "</table>"
