"""The reconciliation report of a day or a month as an A4 PDF for the municipal council: the
municipality and its logo, the period, the headline figures, a table per agent, the collection by
zone and by tax, for a month a table day by day, and on every page when and by which server it was
made and its page number. Figures come from sync/server/report_data.py (summed by the database)."""
from __future__ import annotations

import io
from datetime import date

from babel.dates import format_date
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from sqlalchemy import Connection

from core.money import currency, format_money
from core.period_words import period_in_words
from sync.server.pdf_common import (MARGIN, WIDTH, footer_canvas, grid, local_now, logo_flowable, money, p,
                                    server_name, styles)
from sync.server.report_data import Line, ReportData, read_report
from sync.server.report_texts import language_of, t

_CLDR = {"fr": "fr", "en": "en_GB", "pt": "pt_PT"}
RED = "#b3261e"


def render_reconciliation_report(conn: Connection, *, day: str | None = None, month: str | None = None,
                                 language: str | None = None) -> bytes:
    """The report's PDF bytes for `day` (YYYY-MM-DD) or `month` (YYYY-MM), in `language` (fr, en,
    pt; default the municipality's). AdminError for a period that is not one."""
    data = read_report(conn, day=day, month=month)
    return render_report(data, language_of(language, data.locale))


def render_report(data: ReportData, lang: str) -> bytes:
    s = styles()
    out = io.BytesIO()
    now = local_now(data.timezone)
    key = (data.server_key or "?")[:16]
    footer = t("generated", lang, at=now.strftime("%Y-%m-%d %H:%M"), tz=data.timezone, server=server_name(),
               key=key + "…")
    title = f"{t('report_title', lang)} {data.period} – {data.municipality}"
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=18 * mm, title=title, author="Quittance", creator="Quittance")
    story = _heading(data, lang, s) + _headline(data, lang, s)
    story += [Paragraph(t("by_agent", lang), s["h2"]), _agents(data, lang, s)]
    story += [Paragraph(t("by_zone", lang), s["h2"]),
              _collection(data.zones, t("zone", lang), data, lang, s, zone_names=True)]
    story += [Paragraph(t("by_tax", lang), s["h2"]), _collection(data.taxes, t("tax", lang), data, lang, s)]
    if data.kind == "month":
        story += [Paragraph(t("by_day", lang), s["h2"]), _days(data, lang, s)]
    story.append(KeepTogether([Paragraph(t("notes", lang), s["h2"]), p(t("note_paid", lang), s["small"]),
                               Spacer(0, 2), p(t("note_cash", lang), s["small"])]))
    doc.build(story, canvasmaker=footer_canvas(footer, lambda n, total: t("page", lang, n=n, total=total)))
    return out.getvalue()


def _heading(data: ReportData, lang: str, s: dict) -> list:
    words = period_in_words(data.period, lang)
    period = t("period_day" if data.kind == "day" else "period_month", lang, period=words)
    text = [p(data.municipality, s["org"]), p(t("report_title", lang), s["title"]), p(period, s["subtitle"]),
            p(t("times_in", lang, tz=data.timezone, currency=data.currency), s["small"])]
    logo = logo_flowable(data.logo)
    if logo is None:
        return [*text, Spacer(0, 6)]
    table = Table([[logo, text]], colWidths=[logo.drawWidth + 4 * mm, WIDTH - logo.drawWidth - 4 * mm])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [table, Spacer(0, 6)]


def _signed(amount: int | None, data: ReportData, lang: str, *, currency: bool = True) -> str:
    """An amount as markup for a cell: a negative one (cash missing) in red; None as a dash."""
    if amount is None:
        return "—"
    text = money(amount, data.currency, lang) if currency else _plain(amount, data, lang)
    return f'<font color="{RED}">{text}</font>' if amount < 0 else text


def _plain(amount: int, data: ReportData, lang: str) -> str:
    return format_money(int(amount), data.currency, lang, with_currency=False)


def _unit(data: ReportData) -> int:
    """One whole unit in minor units: a count goes through the money format for its grouping."""
    return 10 ** currency(data.currency).minor_digits


def _headline(data: ReportData, lang: str, s: dict) -> list:
    tally, cash, cur = data.total.tally, data.total.cash, data.currency
    rows = [
        (t("receipts_issued", lang), _number(tally.receipts, data, lang)),
        (t("collected", lang), money(tally.collected, cur, lang)),
        (f"{t('voided', lang)} ({_number(tally.voids, data, lang)})", money(tally.voided, cur, lang)),
        *([(f"{t('void_pending', lang)} ({_number(data.pending_voids, data, lang)})",
            money(data.pending_voided, cur, lang))] if data.pending_voids else []),
        (t("net", lang), money(tally.net, cur, lang)),
        ("    " + t("mobile_money", lang), money(tally.mobile, cur, lang)),
        (t("expected_cash", lang), money(cash.expected, cur, lang)),
        (t("counted", lang), money(cash.counted, cur, lang)),
        (t("variance_open", lang), _signed(cash.variance, data, lang)),
        (f"{t('not_reconciled', lang)} ({t('agent_days', lang, n=_number(cash.open_days, data, lang))})",
         money(cash.unreconciled, cur, lang)),
    ]
    table = grid([[p(label, s["base"]), Paragraph(value, s["figure"])] for label, value in rows],
                 [WIDTH * 0.62, WIDTH * 0.38], header=False)
    return [Paragraph(t("headline", lang), s["h2"]), table]


def _agents(data: ReportData, lang: str, s: dict) -> Table | Paragraph:
    if not data.agents:
        return p(t("none", lang), s["base"])
    head = [t("agent", lang), t("receipts", lang), t("voids", lang), t("net", lang), t("expected", lang),
            t("counted_short", lang), t("variance", lang), t("signed_by", lang)]
    rows = [[p(h, s["head"] if i in (0, 7) else s["head_right"]) for i, h in enumerate(head)]]
    for line in [*data.agents, data.total]:
        total = line is data.total
        name = t("total", lang) if total else (line.label or t("unknown_agent", lang))
        rows.append([p(name, s["cell_bold"] if total else s["cell"]), *_counts(line, s, data, lang),
                     Paragraph(_plain(line.tally.net, data, lang), s["cell_right"]),
                     Paragraph(_plain(line.cash.expected, data, lang), s["cell_right"]),
                     Paragraph(_plain(line.cash.counted, data, lang) if line.cash.signed_days else "—",
                               s["cell_right"]),
                     Paragraph(_signed(line.cash.variance, data, lang, currency=False), s["cell_right"]),
                     _signers(line, lang, s, total)])
    widths = [x * mm for x in (34, 16, 13, 24, 23, 23, 21, 26)]
    return grid(rows, widths, total_row=True)


def _signers(line: Line, lang: str, s: dict, total: bool) -> Paragraph:
    if total:
        return p("", s["cell"])
    if line.cash.signed_by:
        names = ", ".join(line.cash.signed_by)
        more = f" (+{line.cash.open_days} {t('not_signed', lang)})" if line.cash.open_days else ""
        return p(names + more, s["cell"])
    return Paragraph(f"<i>{t('not_signed', lang)}</i>" if line.cash.expected else "—", s["cell"])


def _counts(line: Line, s: dict, data: ReportData, lang: str) -> list[Paragraph]:
    return [Paragraph(_number(line.tally.receipts, data, lang), s["cell_right"]),
            Paragraph(_number(line.tally.voids, data, lang), s["cell_right"])]


def _number(count: int, data: ReportData, lang: str) -> str:
    """A count grouped by thousands as the language groups amounts ('150 000', '150,000')."""
    return _plain(count * _unit(data), data, lang)


def _collection(lines: list[Line], heading: str, data: ReportData, lang: str, s: dict,
                zone_names: bool = False) -> Table | Paragraph:
    if not lines:
        return p(t("none", lang), s["base"])
    head = [heading, t("receipts", lang), t("voids", lang), t("voided", lang), t("net", lang)]
    rows = [[p(h, s["head"] if i == 0 else s["head_right"]) for i, h in enumerate(head)]]
    for line in [*lines, data.total]:
        total = line is data.total
        label = t("total", lang) if total else (line.label or (t("unknown_zone", lang) if zone_names else line.key))
        rows.append([p(label, s["cell_bold"] if total else s["cell"]), *_counts(line, s, data, lang),
                     Paragraph(_plain(line.tally.voided, data, lang), s["cell_right"]),
                     Paragraph(_plain(line.tally.net, data, lang), s["cell_right"])])
    return grid(rows, [x * mm for x in (76, 22, 22, 30, 30)], total_row=True)


def _days(data: ReportData, lang: str, s: dict) -> Table:
    head = [t("day", lang), t("receipts", lang), t("voids", lang), t("net", lang), t("mobile_money", lang),
            t("expected", lang), t("counted_short", lang), t("variance", lang)]
    rows = [[p(h, s["head"] if i == 0 else s["head_right"]) for i, h in enumerate(head)]]
    for line in [*data.by_day, data.total]:
        total = line is data.total
        label = t("total", lang) if total else _day_label(date.fromisoformat(line.key), lang)
        rows.append([p(label, s["cell_bold"] if total else s["cell"]), *_counts(line, s, data, lang),
                     Paragraph(_plain(line.tally.net, data, lang), s["cell_right"]),
                     Paragraph(_plain(line.tally.mobile, data, lang), s["cell_right"]),
                     Paragraph(_plain(line.cash.expected, data, lang), s["cell_right"]),
                     Paragraph(_plain(line.cash.counted, data, lang) if line.cash.signed_days else "—",
                               s["cell_right"]),
                     Paragraph(_signed(line.cash.variance, data, lang, currency=False), s["cell_right"])])
    return grid(rows, [x * mm for x in (24, 16, 13, 27, 25, 27, 26, 22)], total_row=True)


def _day_label(day: date, lang: str) -> str:
    return format_date(day, "EEE d MMM", locale=_CLDR.get(lang, "fr"))
