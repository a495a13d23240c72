"""A Z-report (or the running totals of an open session) as a readable table."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from core.sessions import ZReport
from desktop.context import AppContext
from desktop.labels import method_label

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def zreport_html(ctx: AppContext, report: ZReport) -> str:
    def row(name: str, value: str, strong: bool = False) -> str:
        cell = f"<b>{escape(value)}</b>" if strong else escape(value)
        return (f"<tr><td style='padding:4px 24px 4px 0'>{escape(name)}</td>"
                f"<td align='right' style='padding:4px 0'>{cell}</td></tr>")

    def heading(text: str) -> str:
        return f"<tr><td colspan='2' style='padding-top:14px'><b>{escape(text)}</b></td></tr>"

    rows = [
        row(translate("ZReport", "Agent"), report.agent_name),
        row(translate("ZReport", "Device"), report.device_code),
        row(translate("ZReport", "Opened"), ctx.when(report.opened_at)),
    ]
    if report.closed_at:
        rows.append(row(translate("ZReport", "Closed"), ctx.when(report.closed_at)))
    rows.append(row(translate("ZReport", "Receipts"), f"{report.receipt_count}  ({report.first_receipt or '—'} → "
                                               f"{report.last_receipt or '—'})"))
    rows.append(heading(translate("ZReport", "By tax")))
    rows += [row(f"{ctx.tax_label(line.key)} ({line.count})", ctx.money(line.total)) for line in report.by_tax] or \
        [row(translate("ZReport", "No payment"), "")]
    rows.append(heading(translate("ZReport", "By method")))
    rows += [row(f"{method_label(line.key)} ({line.count})", ctx.money(line.total)) for line in report.by_method] or \
        [row(translate("ZReport", "No payment"), "")]
    if report.voids:
        rows.append(heading(translate("ZReport", "Voided receipts")))
        rows += [row(f"{void.receipt_no} — {void.reason}", ctx.money(void.amount)) for void in report.voids]
    rows.append(heading(translate("ZReport", "Totals")))
    rows.append(row(translate("ZReport", "Total collected"), ctx.money(report.total_collected), strong=True))
    rows.append(row(translate("ZReport", "Opening float"), ctx.money(report.opening_float)))
    rows.append(row(translate("ZReport", "Cash expected in the till"), ctx.money(report.expected_cash), strong=True))
    return "<table width='100%' cellspacing='0'>" + "".join(rows) + "</table>"
