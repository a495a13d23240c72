"""The HTML of the public open-data page: the list of months, one month's figures, and "not found".

It looks like the verification page (its CSS and its language links, sync/server/verify_html.py):
no JavaScript, nothing loaded from elsewhere, a few kilobytes. On a phone a zone x tax grid is
unreadable, so a month is a table per tax (all zones), then one small table per zone; the
downloads carry the whole grid. Every value from the database goes through `_e`."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from core.errors import QuittanceError
from core.money import format_money
from sync.server.opendata_month import UNKNOWN_ZONE, MonthTable, Zone, parse_month
from sync.server.opendata_protect import THRESHOLD, TOTAL, Position
from sync.server.opendata_texts import month_name, text
from sync.server.verify_html import PAGE_CSS, language_links
from sync.server.verify_types import MunicipalityInfo

_CSS = PAGE_CSS + """
main{max-width:44rem}
h2{font-size:1.1rem;margin:18px 0 6px}
.sum{background:#fff;border:1px solid #d6d6d2;border-left:10px solid #1f4e8c;border-radius:6px;padding:10px 12px;margin:0 0 14px}
.sum .big{font-size:1.6rem;font-weight:700;line-height:1.2;margin:2px 0}
.sum p{margin:0}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #d6d6d2;margin:0 0 12px;font-size:.92rem}
caption{text-align:left;font-weight:700;padding:2px 0 4px}
th,td{padding:6px 7px;border-top:1px solid #ececea;text-align:right;vertical-align:top}
th[scope=row]{text-align:left;font-weight:600;overflow-wrap:break-word;hyphens:auto}
thead th{font-size:.8rem;color:#555;font-weight:600;border-top:0;text-align:right}
thead th:first-child{text-align:left}
td{font-variant-numeric:tabular-nums;white-space:nowrap}
tr.all th,tr.all td{font-weight:700;border-top:2px solid #b9b9b4}
.hid{color:#6b6b6b}
.notes p{margin:0 0 8px;font-size:.92rem}
ul.months{list-style:none;margin:0 0 14px;padding:0;background:#fff;border:1px solid #d6d6d2;border-radius:6px}
ul.months li{padding:9px 12px;border-top:1px solid #ececea}ul.months li:first-child{border-top:0}
ul.months .files{font-size:.85rem;margin-left:8px}
.dl a{display:inline-block;padding:6px 0;margin-right:14px;font-weight:600}
@media (min-width:600px){table{table-layout:fixed}thead th:first-child{width:40%}thead th:last-child{width:26%}}
"""
HIDDEN = "—"


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def index_page(lang: str, municipality: MunicipalityInfo, months: list[str], *, as_of: str, log: str = "") -> str:
    """The months there are figures for, latest first, each with its page and downloads; `log`
    (HTML) is the transparency log's latest checkpoint (sync/server/tlog_opendata.py)."""
    body = [f'<p>{_e(text("index_intro", lang))}</p><h2>{_e(text("months_heading", lang))}</h2>']
    if not months:
        body.append(f'<p class="note">{_e(text("no_months", lang))}</p>')
    else:
        items = "".join(
            f'<li><a href="open-data/{_e(m)}?lang={_e(lang)}">{_e(_month_words(m, lang))}</a>'
            f'<span class="files"><a href="open-data/{_e(m)}.csv">CSV</a> · '
            f'<a href="open-data/{_e(m)}.json">JSON</a></span></li>' for m in months)
        body.append(f'<ul class="months">{items}</ul>')
    body.append(log)
    body.append(_notes(lang, municipality, hidden=False))
    return _document(lang, municipality, text("index_title", lang), "".join(body), as_of)


def month_page(table: MonthTable, lang: str, municipality: MunicipalityInfo, *, currency: str,
               in_progress: bool, tax_label: Callable[[str], str], as_of: str) -> str:
    money = _money_in(currency, lang)

    def amount(position: Position) -> str:
        shown = table.shown_amount(position)
        return f'<td class="hid">{HIDDEN}</td>' if shown is None else f"<td>{_e(money(shown))}</td>"

    def line(label: str, position: Position, total: bool = False) -> str:
        tally = table.grid[position]
        return (f'<tr{" class=all" if total else ""}><th scope="row">{_e(label)}</th>'
                f"<td>{tally.receipts}</td><td>{tally.voids}</td>{amount(position)}</tr>")

    head = (f'<thead><tr><th scope="col">{_e(text("col_tax", lang))}</th>'
            f'<th scope="col">{_e(text("col_receipts", lang))}</th><th scope="col">{_e(text("col_voids", lang))}</th>'
            f'<th scope="col">{_e(text("col_amount", lang))}</th></tr></thead>')
    body = []
    if in_progress:
        body.append(f'<p class="note" role="status">{_e(text("in_progress", lang))}</p>')
    grand = table.grid[(TOTAL, TOTAL)]
    total_shown = table.shown_amount((TOTAL, TOTAL))
    body.append(f'<section class="sum" aria-labelledby="whole"><p id="whole">{_e(text("summary_heading", lang))} · '
                f'{_e(text("collected", lang))}</p>'
                f'<p class="big">{_e(HIDDEN if total_shown is None else money(total_shown))}</p>'
                f'<p>{_e(text("receipts_count", lang, count=grand.receipts))} · '
                f'{_e(text("voids_count", lang, count=grand.voids))}</p></section>')
    if grand.receipts == 0:
        body.append(f'<p class="note">{_e(text("no_receipts", lang))}</p>')
    else:
        rows = [line(tax_label(code), (TOTAL, code)) for code in table.taxes if table.grid[(TOTAL, code)].receipts]
        body.append(f'<h2>{_e(text("by_tax", lang))}</h2><table>{head}<tbody>{"".join(rows)}'
                    f'{line(text("all_taxes", lang), (TOTAL, TOTAL), True)}</tbody></table>')
        body.append(f'<h2>{_e(text("by_zone", lang))}</h2>')
        for zone in table.zones:
            if not table.grid[(zone.key, TOTAL)].receipts:
                continue  # the downloads keep the empty zones; the page shows where money came from
            rows = [line(tax_label(code), (zone.key, code)) for code in table.taxes
                    if table.grid[(zone.key, code)].receipts]
            body.append(f'<table><caption>{_e(text("zone_caption", lang, zone=_zone_words(zone, lang)))}</caption>'
                        f'{head}<tbody>{"".join(rows)}{line(text("all_taxes", lang), (zone.key, TOTAL), True)}'
                        f"</tbody></table>")
    body.append(_notes(lang, municipality, hidden=bool(table.hidden)))
    body.append(f'<p class="dl">{_e(text("downloads", lang))}<br><a href="{_e(table.month)}.csv">'
                f'{_e(text("download_csv", lang))}</a><a href="{_e(table.month)}.json">'
                f'{_e(text("download_json", lang))}</a></p>'
                f'<p><a href="../open-data?lang={_e(lang)}">{_e(text("all_months", lang))}</a></p>')
    title = text("month_title", lang, month=_month_words(table.month, lang))
    return _document(lang, municipality, title, "".join(body), as_of)


def not_found_page(lang: str, municipality: MunicipalityInfo, message: str, *, as_of: str) -> str:
    body = (f'<p class="note" role="status">{_e(message)}</p>'
            f'<p><a href="../open-data?lang={_e(lang)}">{_e(text("all_months", lang))}</a></p>')
    return _document(lang, municipality, text("not_found_title", lang), body, as_of)


def _notes(lang: str, municipality: MunicipalityInfo, *, hidden: bool) -> str:
    notes = [text("hidden_note", lang, minimum=THRESHOLD)] if hidden else []
    notes += [text("method_month", lang, timezone=municipality.timezone or "UTC"), text("method_void", lang),
              text("method_late", lang)]
    return '<div class="notes">' + "".join(f"<p>{_e(n)}</p>" for n in notes) + "</div>"


def _zone_words(zone: Zone, lang: str) -> str:
    if zone.key == UNKNOWN_ZONE:
        return text("unknown_zone", lang)
    return f"{zone.name} ({zone.code})" if zone.code and zone.code != zone.name else zone.name


def _month_words(month: str, lang: str) -> str:
    parsed = parse_month(month)
    return month_name(*parsed, lang) if parsed else month


def _money_in(currency: str, lang: str) -> Callable[[int], str]:
    def show(amount: int) -> str:
        try:
            return format_money(amount, currency, lang)
        except (QuittanceError, TypeError):  # a currency this build does not know: as stored
            return f"{amount} {currency}"
    return show


def _document(lang: str, municipality: MunicipalityInfo, title: str, body: str, as_of: str) -> str:
    return ("<!doctype html>"
            f'<html lang="{_e(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{_e(title)} · {_e(municipality.name)}</title><style>{_CSS}</style></head><body><main>"
            f'<header><p class="org">{_e(municipality.name)}</p><h1>{_e(title)}</h1></header>'
            f"{body}{language_links(lang, municipality, {})}"
            f"<footer><p>{_e(text('footer', lang, time=as_of))}</p></footer></main></body></html>")
