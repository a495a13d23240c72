"""The public open-data page: what was collected, by zone, tax and month. No login.

    GET /open-data                 the months there are figures for, latest first (HTML)
    GET /open-data/{YYYY-MM}       one month's figures (HTML), a stable address per month
    GET /open-data/{YYYY-MM}.csv   the same figures as CSV
    GET /open-data/{YYYY-MM}.json  the same figures as JSON (in the OpenAPI schema)

Months are the municipality's (its time zone); a month that has not begun, or text that is no
month, is a 404. Only counts, sums and the names of zones and taxes leave here, and an amount
behind fewer than five taxpayers is hidden with enough others that it cannot be worked out
(sync/server/opendata_protect.py)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy import Engine

from core.clock import iso, parse_iso, utc_now
from sync.server.db import reading
from sync.server.errors import ApiError
from sync.server.opendata_cache import MonthTables
from sync.server.opendata_html import index_page, month_page, not_found_page
from sync.server.opendata_month import MonthTable, month_bounds, month_of, paid_range, parse_month, previous_month
from sync.server.opendata_publish import as_csv, as_json
from sync.server.opendata_texts import month_name, text
from sync.server.tlog_opendata import log_block
from sync.server.verify_db import DatabaseMunicipality
from sync.server.verify_html import local_datetime
from sync.server.verify_texts import choose_language

MAX_MONTHS_LISTED = 60  # five years of links on the index
# Open data changes only as devices sync: a minute in a cache between is harmless.
CACHE = "public, max-age=60"
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
                               "frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": CACHE,
    "Vary": "Accept-Language",
}
# Anyone's program may read the downloads, from any web page.
DATA_HEADERS = {"Cache-Control": CACHE, "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff"}


class Figures(BaseModel):
    receipts: int  # issued in the month, voided ones included
    voids: int  # of those, voided
    amount: int | None  # minor units of the receipts not voided; null when hidden


class CellFigures(Figures):
    zone: str  # zone code; "" for receipts whose taxpayer the server does not hold
    tax: str


class ZoneFigures(Figures):
    zone: str


class TaxFigures(Figures):
    tax: str


class ZoneName(BaseModel):
    code: str
    name: str


class TaxName(BaseModel):
    code: str
    labels: dict[str, str]


class OpenDataMonth(BaseModel):
    month: str
    municipality: str
    currency: str
    minor_digits: int
    timezone: str
    starts: str
    ends: str
    counted_by: str  # "paid_at": the time on the receipt
    minimum_taxpayers: int
    in_progress: bool
    as_of: str
    zones: list[ZoneName]
    taxes: list[TaxName]
    cells: list[CellFigures]
    zone_totals: list[ZoneFigures]
    tax_totals: list[TaxFigures]
    total: Figures


class OpenDataErrorDetail(BaseModel):
    code: str
    message: str


class OpenDataError(BaseModel):
    error: OpenDataErrorDetail


def make_opendata_router(engine: Engine, municipality: DatabaseMunicipality, tables: MonthTables,
                         clock: Callable[[], datetime] = utc_now) -> APIRouter:
    router = APIRouter()

    def language(request: Request, lang: str | None) -> str:
        return choose_language(lang, request.headers.get("accept-language"), municipality.locale)

    def label(code: str, lang: str) -> str:
        labels = municipality.tax_labels(code)
        return labels.get(lang) or labels.get(municipality.locale) or next(iter(labels.values()), "") or code

    def local(moment: datetime, lang: str) -> str:
        return local_datetime(iso(moment), lang, municipality.timezone)

    def month_or_refusal(month: str, now: datetime) -> tuple[str, str] | None:
        """(code, English message) when `month` has no page, else None."""
        parsed = parse_month(month)
        if parsed is None:
            return "not_a_month", "The month must be written YYYY-MM, such as 2026-11."
        if month_bounds(*parsed, municipality.timezone)[0] > now:
            return "month_not_begun", f"{month} has not begun."
        return None

    def table_for(month: str) -> tuple[MonthTable, datetime]:
        return tables.get(month, municipality.timezone)

    def data_refusal(month: str, now: datetime) -> None:
        refusal = month_or_refusal(month, now)
        if refusal is not None:
            raise ApiError(404, *refusal)

    @router.get("/open-data", response_class=HTMLResponse, include_in_schema=False)
    def open_data_index(request: Request, lang: str | None = None) -> HTMLResponse:
        lang, now = language(request, lang), clock()
        with reading(engine) as conn:
            bounds = paid_range(conn)
            log = log_block(conn, lang, lambda at: local_datetime(at, lang, municipality.timezone))
        body = index_page(lang, municipality, _months(bounds, now, municipality.timezone), as_of=local(now, lang),
                          log=log)
        return HTMLResponse(body, headers=PAGE_HEADERS)

    @router.get("/open-data/{month}.json", response_model=OpenDataMonth, tags=["open data"],
                summary="One month of open data", responses={404: {"model": OpenDataError}})
    def open_data_json(month: str) -> JSONResponse:
        """One month's collection by zone and tax, with totals; hidden amounts are null."""
        now = clock()
        data_refusal(month, now)
        table, as_of = table_for(month)
        document = as_json(table, municipality=municipality.name, currency=municipality.currency,
                           timezone=municipality.timezone, labels=municipality.tax_labels)
        document.update(in_progress=table.ends > now, as_of=iso(as_of))
        return JSONResponse(document, headers=DATA_HEADERS)

    @router.get("/open-data/{month}.csv", include_in_schema=False)
    def open_data_csv(month: str) -> Response:
        now = clock()
        data_refusal(month, now)
        body = as_csv(table_for(month)[0], currency=municipality.currency,
                      label=lambda code: label(code, municipality.locale))
        return Response(body, media_type="text/csv; charset=utf-8", headers={
            **DATA_HEADERS, "Content-Disposition": f'attachment; filename="open-data-{month}.csv"'})

    @router.get("/open-data/{month}", response_class=HTMLResponse, include_in_schema=False)
    def open_data_month(request: Request, month: str, lang: str | None = None) -> HTMLResponse:
        lang, now = language(request, lang), clock()
        refusal = month_or_refusal(month, now)
        if refusal is not None:
            parsed = parse_month(month)
            message = (text("not_yet", lang, month=month_name(*parsed, lang)) if parsed
                       else text("not_a_month", lang, example=month_of(now, municipality.timezone)))
            return HTMLResponse(not_found_page(lang, municipality, message, as_of=local(now, lang)), 404,
                                headers=PAGE_HEADERS)
        table, as_of = table_for(month)
        body = month_page(table, lang, municipality, currency=municipality.currency, in_progress=table.ends > now,
                          tax_label=lambda code: label(code, lang), as_of=local(as_of, lang))
        return HTMLResponse(body, headers=PAGE_HEADERS)

    return router


def _months(bounds: tuple[str, str] | None, now: datetime, zone_name: str) -> list[str]:
    """Latest first, from the month of the latest payment (never after this month: a device
    clock set in the future) back to the month of the earliest."""
    if bounds is None:
        return []
    try:
        first, last = (month_of(parse_iso(value), zone_name) for value in bounds)
    except (ValueError, TypeError):  # a device time that is no time: list from this month back
        first, last = "0000-01", month_of(now, zone_name)
    month, months = min(last, month_of(now, zone_name)), []
    while month >= first and len(months) < MAX_MONTHS_LISTED:
        months.append(month)
        month = previous_month(month)
    return months


def mount_open_data(app: FastAPI, engine: Engine, stale_s: float) -> None:
    app.include_router(make_opendata_router(engine, DatabaseMunicipality(engine), MonthTables(engine, stale_s)))
