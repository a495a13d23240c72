"""The supervisor's reports under /api/v1/supervisor:

    GET /reports/reconciliation.pdf?date=YYYY-MM-DD | ?month=YYYY-MM [&lang=fr|en|pt]
    GET /attestation.pdf?taxpayer=ID&year=YYYY [&lang=]   issues (signs and stores) an attestation
    GET /taxpayers?q=NAME                                   name search, 20 results, to find the taxpayer

Every route needs a supervisor's session (supervisor_api.supervisor_router)."""
from __future__ import annotations

from typing import Any

from fastapi import Query, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from sync.server import supervisor_api
from sync.server.attestation import issue, parse_year
from sync.server.attestation_pdf import render_attestation
from sync.server.common import now_iso
from sync.server.db import reading
from sync.server.errors import ApiError
from sync.server.reconcile_ledger import municipality_settings
from sync.server.reference import AdminError
from sync.server.report_pdf import render_reconciliation_report
from sync.server.report_texts import language_of
from sync.server.schema import taxpayers, zones
from sync.server.serverkey import KeyFile

router = supervisor_api.supervisor_router(tags=["supervisor"])
SEARCH_LIMIT = 20
PDF_HEADERS = {"Cache-Control": "no-store"}


def _pdf(content: bytes, filename: str) -> Response:
    return Response(content, media_type="application/pdf",
                    headers={**PDF_HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/reports/reconciliation.pdf", response_class=Response)
def reconciliation_pdf(request: Request, date: str | None = Query(None, max_length=10),
                       month: str | None = Query(None, max_length=7),
                       lang: str | None = Query(None, max_length=5)) -> Response:
    try:
        with reading(request.app.state.engine) as conn:
            content = render_reconciliation_report(conn, day=date, month=month, language=lang)
    except AdminError as exc:
        raise ApiError(400, "bad_request", str(exc)) from None
    return _pdf(content, f"reconciliation-{date or month}.pdf")


@router.get("/attestation.pdf", response_class=Response)
def attestation_pdf(request: Request, supervisor: supervisor_api.Supervisor,
                    taxpayer: str = Query(..., min_length=1, max_length=36), year: str = Query(..., max_length=4),
                    lang: str | None = Query(None, max_length=5)) -> Response:
    settings = request.app.state.settings
    try:
        year_number = parse_year(year)
        with request.app.state.engine.begin() as conn:
            municipality = municipality_settings(conn)
            att = issue(conn, KeyFile(settings.key_path).private(), taxpayer, year_number, by=supervisor["name"],
                        at=now_iso())
    except AdminError as exc:
        status = 404 if str(exc).startswith("no taxpayer") else 400
        raise ApiError(status, "not_found" if status == 404 else "bad_request", str(exc)) from None
    content = render_attestation(att, lang=language_of(lang, municipality.get("locale")),
                                 timezone=municipality.get("timezone") or "UTC",
                                 verify_url=municipality.get("verify_url"), logo=municipality.get("logo"))
    return _pdf(content, f"attestation-{year_number}-{att.code}.pdf")


@router.get("/taxpayers")
def search_taxpayers(request: Request, q: str = Query(..., min_length=1, max_length=100)) -> dict[str, Any]:
    """Taxpayers whose name holds every word of `q` (case ignored), by name, at most 20."""
    words = [w for w in q.lower().split() if w][:6]
    if not words:
        raise ApiError(400, "bad_request", "q: type part of the taxpayer's name")
    name = func.lower(taxpayers.c.name)
    query = (select(taxpayers.c.id, taxpayers.c.name, zones.c.name.label("zone"))
             .select_from(taxpayers.outerjoin(zones, zones.c.id == taxpayers.c.zone_id))
             .where(*[name.like(f"%{_escaped(w)}%", escape="\\") for w in words])
             .order_by(taxpayers.c.name, taxpayers.c.id).limit(SEARCH_LIMIT))
    with reading(request.app.state.engine) as conn:
        rows = [{"id": r.id, "name": r.name or "", "zone": r.zone} for r in conn.execute(query)]
    return {"taxpayers": rows}


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
