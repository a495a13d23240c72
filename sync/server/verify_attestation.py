"""The check of a payment attestation on the public verification page, next to the receipt check:

    GET /v/a/{code}                         the URL in the attestation's QR code
    GET /v/a/?code=XXXX-XXXX-XXXX           the same for a code typed by hand (no code: the form)
    GET /api/v1/attestations/verify?code=   the same verdict as JSON

The code (60 bits, sync/server/attestation.py) leads to the stored attestation, whose signature is
checked again against the server's keys at every look-up. The page shows what a person comparing
the paper needs (taxpayer masked as on the receipt page, year, count, total, date of issue), in
French, English or Portuguese like the receipt check."""
from __future__ import annotations

from html import escape
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from sync.server.supervisor_api import ErrorResponse
from sqlalchemy import Engine

from sync.server import attestation
from sync.server.db import reading
from sync.server.report_texts import t
from sync.server.verify_html import PAGE_CSS, _money, language_links, local_datetime
from sync.server.verify_logic import mask_name
from sync.server.verify_page import PAGE_HEADERS
from sync.server.verify_texts import choose_language
from sync.server.verify_types import MunicipalityInfo


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def make_attestation_router(engine: Engine, municipality: MunicipalityInfo) -> APIRouter:
    router = APIRouter()

    def answer(request: Request, code: str | None, lang: str | None) -> HTMLResponse:
        lang = choose_language(lang, request.headers.get("accept-language"), municipality.locale)
        query = {"code": code} if code else {}
        if not code:
            return _html(_page(lang, municipality, _form(lang, ""), query))
        with reading(engine) as conn:
            found = attestation.find(conn, code)
        status = 200 if found is not None and found.valid else 404 if found is None else 409
        return _html(_page(lang, municipality, _verdict(found, code, lang, municipality), query), status)

    @router.get("/v/a/", response_class=HTMLResponse, include_in_schema=False)
    def attestation_form(request: Request, code: str | None = None, lang: str | None = None) -> HTMLResponse:
        return answer(request, (code or "")[:64], lang)

    @router.get("/v/a/{code}", response_class=HTMLResponse, include_in_schema=False)
    def attestation_page(request: Request, code: str, lang: str | None = None) -> HTMLResponse:
        return answer(request, code[:64], lang)

    @router.get("/api/v1/attestations/verify", tags=["receipts"],
                responses={code: {"model": ErrorResponse} for code in (400, 404)})
    def attestation_json(code: str) -> JSONResponse:
        with reading(engine) as conn:
            found = attestation.find(conn, code[:64])
        if found is None:
            return JSONResponse({"error": {"code": "not_found", "message": "No attestation has this code."}}, 404)
        return JSONResponse({"verdict": "valid" if found.valid else "invalid", "code": found.code,
                             "attestation": _public(found.record) if found.valid else None})

    return router


def _public(record: dict[str, Any]) -> dict[str, Any]:
    """What the public may read of an attestation: no taxpayer id, the name masked."""
    return {"municipality": record.get("municipality"), "taxpayer": mask_name(record.get("taxpayer_name") or ""),
            "year": record.get("year"), "count": record.get("count"), "total": record.get("total"),
            "currency": record.get("currency"), "voided": len(record.get("voided") or []),
            "issued_at": record.get("issued_at")}


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=PAGE_HEADERS)


def _form(lang: str, code: str) -> str:
    return (f'<form method="get" action="/v/a/"><label for="code">{_e(t("att_code", lang))}</label>'
            f'<input id="code" name="code" value="{_e(code)}" placeholder="XXXX-XXXX-XXXX" maxlength="20" '
            f'autocomplete="off" autocapitalize="characters" spellcheck="false" required>'
            f'<input type="hidden" name="lang" value="{_e(lang)}">'
            f'<button type="submit">{_e(t("att_check", lang))}</button></form>')


def _verdict(found: attestation.Attestation | None, code: str, lang: str, municipality: MunicipalityInfo) -> str:
    if found is None:
        return (f'<section class="verdict bad" role="status"><h2>{_e(t("att_unknown", lang))}</h2>'
                f'<p>{_e(t("att_unknown_detail", lang))}</p></section>{_form(lang, code)}')
    if not found.valid:
        return (f'<section class="verdict bad" role="status"><h2>{_e(t("att_broken", lang))}</h2>'
                f'<p>{_e(t("att_broken_detail", lang))}</p></section>')
    shown = _public(found.record)
    rows = [(t("att_code", lang), found.code), (t("taxpayer", lang), shown["taxpayer"]),
            (t("attestation_year", lang, year=shown["year"]), ""),
            (t("att_receipt_count", lang), shown["count"]),
            (t("total_paid", lang), _money(int(shown["total"]), shown["currency"], lang)),
            (t("att_voided_count", lang), shown["voided"]),
            (t("att_issued_at", lang), local_datetime(shown["issued_at"], lang, municipality.timezone))]
    cells = "".join(f"<div><dt>{_e(label)}</dt><dd>{_e(value)}</dd></div>" if value != "" else
                    f"<div><dd>{_e(label)}</dd></div>" for label, value in rows)
    return (f'<section class="verdict ok" role="status"><h2>{_e(t("att_valid", lang))}</h2>'
            f'<p>{_e(t("att_valid_detail", lang))}</p></section><dl>{cells}</dl>')


def _page(lang: str, municipality: MunicipalityInfo, body: str, query: dict[str, str]) -> str:
    title = t("att_page_title", lang)
    return ("<!doctype html>"
            f'<html lang="{_e(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">'
            f"<title>{_e(title)} · {_e(municipality.name)}</title><style>{PAGE_CSS}</style></head><body><main>"
            f'<header><p class="org">{_e(municipality.name)}</p><h1>{_e(title)}</h1></header>'
            f"{body}{language_links(lang, municipality, query)}</main></body></html>")
