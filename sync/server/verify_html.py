"""The HTML of the public verification page: one small self-contained document per answer.

No JavaScript and no external asset (inline CSS only, a few kilobytes), so that it opens fast on
a cheap phone over a poor link; the verdict is a coloured box whose words say everything the
colour says. Every value that comes from a receipt or a request goes through `_e` (HTML escaping)."""
from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from urllib.parse import urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.errors import QuittanceError
from core.money import format_money
from core.period_words import period_in_words
from core.words import amount_in_words
from sync.server.verify_logic import mask_name
from sync.server.verify_texts import offered, text
from sync.server.verify_types import Finding, MunicipalityInfo, Verdict

# The same CLDR variants as core.period_words: day first in English too.
_CLDR = {"fr": "fr", "en": "en_GB", "pt": "pt_PT"}

# Colours: light tints with dark text (contrast above 7:1); the border and the tag repeat them.
_CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1a1a1a;background:#f4f4f2}
main{max-width:34rem;margin:0 auto;padding:14px 14px 28px}
header{margin:0 0 12px}
.org{margin:0;font-size:.95rem;color:#444;font-weight:600;overflow-wrap:anywhere}
h1{margin:2px 0 0;font-size:1.3rem;line-height:1.25}
.verdict{border:2px solid;border-left-width:10px;border-radius:6px;padding:10px 12px;margin:0 0 14px}
.verdict h2{margin:2px 0 4px;font-size:1.15rem;line-height:1.3}
.verdict p{margin:0}
.tag{display:inline-block;font-size:.8rem;font-weight:700;letter-spacing:.06em;padding:1px 7px;border-radius:3px;color:#fff}
.ok{background:#e3f4e6;border-color:#1d7a32;color:#0b3316}.ok .tag{background:#1d7a32}
.wait{background:#fff3d1;border-color:#a86500;color:#3f2600}.wait .tag{background:#8a5300}
.bad{background:#fde6e4;border-color:#b3261e;color:#4d0b07}.bad .tag{background:#b3261e}
dl{margin:0 0 14px;background:#fff;border:1px solid #d6d6d2;border-radius:6px;padding:4px 12px}
dl div{padding:7px 0;border-top:1px solid #ececea}dl div:first-child{border-top:0}
dt{font-size:.85rem;color:#555}
dd{margin:0;font-weight:600;overflow-wrap:anywhere}
dd.amount{font-size:1.5rem;line-height:1.2}
dd.words{font-weight:400;font-style:italic}
dd.muted{font-weight:400;color:#555}
.void{text-decoration:line-through}
form{background:#fff;border:1px solid #d6d6d2;border-radius:6px;padding:10px 12px 14px;margin:0 0 14px}
form h2{margin:0 0 4px;font-size:1.1rem}
form p{margin:0 0 8px}
label{display:block;font-weight:600;margin:10px 0 3px}
input{width:100%;font:inherit;font-family:"DejaVu Sans Mono",ui-monospace,monospace;padding:9px 10px;border:1px solid #888;border-radius:4px;text-transform:uppercase}
button{margin-top:14px;width:100%;font:inherit;font-weight:700;padding:11px;border:0;border-radius:4px;background:#1f4e8c;color:#fff}
.note{font-weight:600;border-left:4px solid #555;padding:6px 10px;background:#fff;margin:0 0 14px}
a{color:#1f4e8c}
nav{font-size:.95rem;margin:6px 0}
nav a,nav strong{display:inline-block;padding:6px 4px;margin-right:6px}
footer{font-size:.85rem;color:#555}
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def verdict_page(finding: Finding, lang: str, municipality: MunicipalityInfo, lang_query: dict[str, str],
                 extra: str = "") -> str:
    """The answer for a scanned token or a matching number and code; `extra` (HTML) goes after the
    details: the receipt's place in the transparency log (sync/server/tlog_receipt.py)."""
    kind, tag, title, explanation = _verdict_words(finding, lang, municipality)
    body = [f'<section class="verdict {kind}" role="status" aria-labelledby="verdict">'
            f'<span class="tag">{_e(tag)}</span><h2 id="verdict">{_e(title)}</h2><p>{_e(explanation)}</p></section>']
    if finding.verdict is not Verdict.FORGED:
        body.append(_details(finding, lang, municipality))
    body.append(extra)
    body.append(f'<p><a href="./?{_e(urlencode({"lang": lang}))}">{_e(text("check_another", lang))}</a></p>')
    return _document(lang, municipality, text("page_title", lang), "".join(body), lang_query)


def form_page(lang: str, municipality: MunicipalityInfo, *, number: str = "", code: str = "",
              note: str = "", lang_query: dict[str, str] | None = None) -> str:
    """The form for a number and code typed by hand, with a message above it when there is one."""
    body = []
    if note:
        body.append(f'<p class="note" role="status">{_e(note)}</p>')
    body.append(
        f'<form method="get" action="./"><h2>{_e(text("form_title", lang))}</h2>'
        f'<p>{_e(text("form_intro", lang))}</p>'
        f'<label for="number">{_e(text("label_number", lang))}</label>'
        f'<input id="number" name="number" value="{_e(number)}" placeholder="T07-2026-000123" maxlength="48" '
        f'autocomplete="off" autocapitalize="characters" spellcheck="false" required>'
        f'<label for="code">{_e(text("label_code", lang))}</label>'
        f'<input id="code" name="code" value="{_e(code)}" placeholder="7KQ2-M9XD" maxlength="16" '
        f'autocomplete="off" autocapitalize="characters" spellcheck="false" required>'
        f'<input type="hidden" name="lang" value="{_e(lang)}">'
        f'<button type="submit">{_e(text("form_submit", lang))}</button></form>')
    return _document(lang, municipality, text("page_title", lang), "".join(body), lang_query or {})


def _document(lang: str, municipality: MunicipalityInfo, title: str, body: str, lang_query: dict[str, str]) -> str:
    return ("<!doctype html>"
            f'<html lang="{_e(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            '<meta name="robots" content="noindex">'
            f"<title>{_e(title)} · {_e(municipality.name)}</title><style>{_CSS}</style></head><body><main>"
            f'<header><p class="org">{_e(municipality.name)}</p><h1>{_e(title)}</h1></header>'
            f"{body}{_language_links(lang, municipality, lang_query)}"
            f"<footer><p>{_e(text('footer', lang))}</p></footer></main></body></html>")


def _language_links(current: str, municipality: MunicipalityInfo, query: dict[str, str]) -> str:
    """Each language named in itself, linking to the same answer in it."""
    items = []
    for lang in offered(municipality.locale):
        name = _e(text("lang_name", lang))
        if lang == current:
            items.append(f'<strong lang="{_e(lang)}" aria-current="true">{name}</strong>')
        else:
            href = "?" + urlencode({**query, "lang": lang})
            items.append(f'<a href="{_e(href)}" hreflang="{_e(lang)}" lang="{_e(lang)}">{name}</a>')
    return f'<nav aria-label="{_e(text("language", current))}">{"".join(items)}</nav>'


def _verdict_words(finding: Finding, lang: str, municipality: MunicipalityInfo) -> tuple[str, str, str, str]:
    if finding.verdict is Verdict.FORGED:
        return "bad", text("forged_tag", lang), text("forged_title", lang), text("forged_text", lang)
    if finding.verdict is Verdict.NOT_SYNCED:
        return ("wait", text("not_synced_tag", lang), text("not_synced_title", lang),
                text("not_synced_text", lang))
    if finding.voided_at:
        # Genuine, but no longer proof of payment: red like a forgery, in words of its own.
        day = local_date(finding.voided_at, lang, municipality.timezone)
        return "bad", text("voided_tag", lang), text("voided_title", lang, date=day), text("voided_text", lang)
    if finding.void_pending:
        # Still a proof of payment until a supervisor approves the void: amber, in words of its own.
        return ("wait", text("void_pending_tag", lang), text("void_pending_title", lang),
                text("void_pending_text", lang))
    return "ok", text("recorded_tag", lang), text("recorded_title", lang), text("recorded_text", lang)


def _details(finding: Finding, lang: str, municipality: MunicipalityInfo) -> str:
    claims, record = finding.claims, finding.record
    assert claims is not None  # not forged
    amount, currency_code = (record.amount, record.currency) if record else (claims.amount, claims.currency)
    period = record.period if record else claims.period
    moment = record.paid_at if record else claims.issued_at
    struck = ' void' if finding.voided_at else ''
    rows = [(text("label_number", lang), _e(record.number if record else claims.receipt_no), ""),
            (text("label_amount", lang), _e(_money(amount, currency_code, lang)), "amount" + struck)]
    words = _words(amount, currency_code, lang)
    if words:
        rows.append((text("label_amount_words", lang), _e(words), "words" + struck))
    rows += [(text("label_tax", lang), _e(_label(finding.tax_labels, lang, municipality.locale, claims.tax_code)), ""),
             (text("label_period", lang), _e(period_in_words(period, lang)), ""),
             (text("label_date", lang), _e(local_datetime(moment, lang, municipality.timezone)), "")]
    if record is not None and record.signature_excerpt:
        rows.insert(1, (text("signature_excerpt", lang), f"<code>{_e(record.signature_excerpt)}</code>", ""))
    if record is not None:
        rows.append((text("label_taxpayer", lang), _e(mask_name(record.taxpayer_name)), ""))
    else:
        rows.append((text("label_taxpayer", lang), _e(text("taxpayer_pending", lang)), "muted"))
    cells = "".join(f'<div><dt>{_e(label)}</dt><dd class="{cls.strip()}">{value}</dd></div>' if cls.strip()
                    else f"<div><dt>{_e(label)}</dt><dd>{value}</dd></div>" for label, value, cls in rows)
    return f"<dl>{cells}</dl>"


def _label(labels: dict[str, str], lang: str, default: str, code: str) -> str:
    return labels.get(lang) or labels.get(default) or next(iter(labels.values()), "") or code


def _money(amount: int, currency_code: str, lang: str) -> str:
    try:
        return format_money(amount, currency_code, lang)
    except (QuittanceError, TypeError):  # a currency this build does not know: shown as stored
        return f"{amount} {currency_code}"


def _words(amount: int, currency_code: str, lang: str) -> str:
    try:
        return amount_in_words(amount, currency_code, lang)
    except (QuittanceError, ValueError, TypeError):
        return ""


def _moment(iso: str, zone_name: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except (ValueError, AttributeError, TypeError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        zone = ZoneInfo(zone_name) if zone_name else timezone.utc
    except (ZoneInfoNotFoundError, ValueError):
        zone = timezone.utc
    return moment.astimezone(zone)


def local_date(iso: str, lang: str, zone_name: str) -> str:
    """'22 novembre 2026' in the municipality's time zone; the stored text when it is no date."""
    from babel.dates import format_date

    moment = _moment(iso, zone_name)
    return format_date(moment.date(), "long", locale=_CLDR.get(lang, "fr")) if moment else str(iso)


def local_datetime(iso: str, lang: str, zone_name: str) -> str:
    """'22 novembre 2026, 14:32' in the municipality's time zone."""
    from babel.dates import format_time

    moment = _moment(iso, zone_name)
    if moment is None:
        return str(iso)
    return f"{local_date(iso, lang, zone_name)}, {format_time(moment.time(), 'HH:mm', locale=_CLDR.get(lang, 'fr'))}"


# What the open-data page (sync/server/opendata_html.py) shares with this one: the look, and
# the links to the same answer in each language.
PAGE_CSS = _CSS
language_links = _language_links
