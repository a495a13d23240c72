"""Receipt verification, for citizens and for programs: the routes.

    GET /v/{token}                      the URL in a receipt's QR code: the verdict page
    GET /v/                             a form for the receipt number and its printed code
    GET /v/?number=N&code=C             the verdict page for a number and code typed by hand
    GET /api/v1/receipts/verify?token=T, or ?number=N&code=C   the same verdict as JSON

A number with its code is looked up only when both match, and those look-ups are rate-limited per
client address (page and API share the budget), so that stepping through receipt numbers learns
nothing: an unknown number and a wrong code give the same answer."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel

from core.token import normalise_code
from sync.server.tlog_receipt import log_section
from sync.server.verify_html import form_page, local_datetime, verdict_page
from sync.server.verify_logic import looks_like_token, mask_name, verify_by_code, verify_by_token
from sync.server.verify_texts import choose_language, text
from sync.server.verify_types import DeviceKeys, Finding, MunicipalityInfo, RateLimiter, ReceiptLookup, Verdict

# No script may run, nothing is loaded from elsewhere, and the token in the URL is not sent on.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",  # a verdict changes: not synced today, recorded tomorrow, voided later
    "Vary": "Accept-Language",
}
MAX_INPUT = 64  # a receipt number or a code typed by hand is far shorter


class VerifiedReceipt(BaseModel):
    number: str
    amount: int  # minor units
    currency: str
    tax_code: str
    tax_labels: dict[str, str]
    period: str
    paid_at: str
    taxpayer: str | None  # masked as on the page; None until the receipt reaches the server
    device_id: str
    # Issue 14: 4 characters of the payment event's signature, as printed beside the number
    # (core/series.py); None until the receipt reaches the server.
    signature_excerpt: str | None = None


class VerifyResponse(BaseModel):
    verdict: Literal["recorded", "not_synced", "forged"]
    receipt: VerifiedReceipt | None
    voided_at: str | None
    void_pending: bool = False  # a void was requested and waits for a supervisor's approval


class VerifyErrorDetail(BaseModel):
    code: str
    message: str


class VerifyError(BaseModel):
    error: VerifyErrorDetail


def make_verify_router(lookup: ReceiptLookup, municipality: MunicipalityInfo, device_keys: DeviceKeys,
                       limiter: RateLimiter,
                       receipt_log: Callable[[str], dict[str, Any] | None] | None = None) -> APIRouter:
    """`receipt_log(number)`: the receipt's transparency-log bundle (sync/server/tlog_receipt.py)."""
    router = APIRouter()

    def log_html(finding: Finding, lang: str) -> str:
        if receipt_log is None or finding.verdict is not Verdict.RECORDED or finding.record is None:
            return ""
        # Relative to /v/: the download is the stored token's own address, whichever way the page was reached.
        return log_section(receipt_log(finding.record.number), lang,
                           lambda at: local_datetime(at, lang, municipality.timezone),
                           f"{quote(finding.record.token, safe='')}/log.json")

    def language(request: Request, lang: str | None) -> str:
        return choose_language(lang, request.headers.get("accept-language"), municipality.locale)

    def html(body: str, status: int = 200, extra: dict[str, str] | None = None) -> HTMLResponse:
        return HTMLResponse(body, status_code=status, headers={**PAGE_HEADERS, **(extra or {})})

    @router.get("/v/", response_class=HTMLResponse, include_in_schema=False)
    def verify_by_code_page(request: Request, number: str | None = None, code: str | None = None,
                            lang: str | None = None) -> HTMLResponse:
        lang = language(request, lang)
        if number is None and code is None:
            return html(form_page(lang, municipality))
        number, code = (number or "")[:MAX_INPUT], (code or "")[:MAX_INPUT]
        query = {"number": number, "code": code}
        if not number.strip() or not code.strip():
            return html(form_page(lang, municipality, number=number, code=code, note=text("incomplete", lang),
                                  lang_query=query))
        wait = limiter.hit(client_key(request))
        if wait is not None:
            return html(form_page(lang, municipality, number=number, code=code, lang_query=query,
                                  note=text("rate_limited", lang, minutes=_minutes(wait))),
                        429, {"Retry-After": str(_seconds(wait))})
        finding = verify_by_code(number, code, lookup, device_keys, municipality)
        if finding is None:
            return html(form_page(lang, municipality, number=number, code=code, note=text("no_match", lang),
                                  lang_query=query), 404)
        return html(verdict_page(finding, lang, municipality, query, log_html(finding, lang)))

    @router.get("/v/{token}", response_class=HTMLResponse, include_in_schema=False)
    def verify_by_token_page(request: Request, token: str, lang: str | None = None) -> HTMLResponse:
        lang = language(request, lang)
        typed_code = None if looks_like_token(token) else normalise_code(token[:MAX_INPUT])
        if typed_code is not None:
            # The short address printed under the QR code ('kananga.cd/v/7KQ2-M9XD') typed into a
            # browser: the code alone finds nothing, so ask for the receipt number beside it.
            return html(form_page(lang, municipality, code=typed_code, note=text("code_needs_number", lang)))
        finding = verify_by_token(token, lookup, device_keys, municipality)
        return html(verdict_page(finding, lang, municipality, {}, log_html(finding, lang)))

    @router.get("/v/{token}/log.json", include_in_schema=False)
    def receipt_log_file(token: str) -> JSONResponse:
        """The receipt's inclusion proof, event and checkpoint, as a file: for a recorded receipt
        only, reached with its signed token (the event's text is the receipt's own)."""
        finding = verify_by_token(token, lookup, device_keys, municipality)
        bundle = (receipt_log(finding.record.number) if receipt_log and finding.record
                  and finding.verdict is Verdict.RECORDED else None)
        if bundle is None:
            return _error(404, "not_found", "No recorded receipt for this token.")
        name = f"quittance-log-{finding.record.number}.json"
        return JSONResponse(bundle, headers={"Content-Disposition": f'attachment; filename="{name}"',
                                             "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})

    @router.get("/api/v1/receipts/verify", response_model=VerifyResponse, tags=["receipts"],
                responses={400: {"model": VerifyError}, 404: {"model": VerifyError}, 429: {"model": VerifyError}})
    def verify_receipt(request: Request, token: str | None = None, number: str | None = None,
                       code: str | None = None):
        """The verdict on a receipt, from its QR token or from its number and printed code."""
        if token is not None:
            return _as_json(verify_by_token(token, lookup, device_keys, municipality))
        if not number or not code or len(number) > MAX_INPUT or len(code) > MAX_INPUT:
            return _error(400, "bad_request", "Give either token, or both number and code.")
        wait = limiter.hit(client_key(request))
        if wait is not None:
            return _error(429, "rate_limited", "Too many look-ups from this address; try again later.",
                          {"Retry-After": str(_seconds(wait))})
        finding = verify_by_code(number, code, lookup, device_keys, municipality)
        if finding is None:
            return _error(404, "not_found", "No receipt matches this number and code.")
        return _as_json(finding)

    return router


def client_key(request: Request) -> str:
    """The rate limiter's key: the client address as the ASGI server saw it. Behind a load
    balancer, run uvicorn with --proxy-headers and --forwarded-allow-ips so this is the citizen's
    address, not the balancer's."""
    return f"verify:{request.client.host if request.client else 'unknown'}"


def _as_json(finding: Finding) -> VerifyResponse:
    claims, record = finding.claims, finding.record
    if finding.verdict is Verdict.FORGED or claims is None:
        return VerifyResponse(verdict=Verdict.FORGED.value, receipt=None, voided_at=None)
    receipt = VerifiedReceipt(
        number=record.number if record else claims.receipt_no,
        amount=record.amount if record else claims.amount,
        currency=record.currency if record else claims.currency,
        tax_code=claims.tax_code, tax_labels=dict(finding.tax_labels),
        period=record.period if record else claims.period,
        paid_at=record.paid_at if record else claims.issued_at,
        taxpayer=mask_name(record.taxpayer_name) if record else None,
        device_id=claims.device_id,
        signature_excerpt=(record.signature_excerpt or None) if record else None)
    return VerifyResponse(verdict=finding.verdict.value, receipt=receipt, voided_at=finding.voided_at,
                          void_pending=finding.void_pending)


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _seconds(wait: float) -> int:
    return max(1, int(-(-wait // 1)))


def _minutes(wait: float) -> int:
    return max(1, int(-(-wait // 60)))
