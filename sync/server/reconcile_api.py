"""The supervisor's reconciliation API: the day's view of every agent, one agent's detail, the
sign-off as the logged-in supervisor, and the signed handover receipt (PDF).

The figures and the sign-off are the command line's (reconcile_report): the same record, the same
rules, signed by the same server key; the supervisor's account name is its `signed_by`."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr
from sqlalchemy import Connection, select

from sync.server import keyrotation, supervisor_api
from sync.server.common import now_iso
from sync.server.db import reading
from sync.server.errors import ApiError
from sync.server.handover_receipt import handover_pdf
from sync.server.reconcile_count import CashCount, CountError, denominations, parse_count
from sync.server.reconcile_ledger import municipality_settings, parse_day
from sync.server.reconcile_overview import agent_rows, open_variances
from sync.server.reconcile_report import reconcile, sign_off_as
from sync.server.reconcile_signoff import sign_offs
from sync.server.reference import AdminError
from sync.server.schema import agents
from sync.server.serverkey import load_or_create, public_key, record_public_key

router = supervisor_api.supervisor_router(tags=["supervisor: reconciliation"])
Day = Annotated[str, Query(alias="date", min_length=1, max_length=10, description="YYYY-MM-DD, municipality time")]


class SignOffRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    date: StrictStr = Field(max_length=10)
    count: dict[Annotated[str, Field(max_length=12)], StrictInt] = Field(max_length=40)
    note: StrictStr | None = Field(default=None, max_length=500)


def _day(text: str) -> date:
    try:
        return parse_day(text)
    except AdminError:
        raise ApiError(400, "date_invalid", f"date {text!r}: give the day as YYYY-MM-DD") from None


def _agent_name(conn: Connection, agent_id: str) -> str:
    name = conn.execute(select(agents.c.name).where(agents.c.id == agent_id)).scalar()
    if name is None:
        raise ApiError(404, "agent_unknown", "no agent has this id")
    return name


def _refused(exc: AdminError) -> ApiError:
    return ApiError(400, getattr(exc, "code", "refused"), str(exc))


def count_of(pieces: dict[str, int], currency_code: str) -> CashCount:
    """{face: pieces} as the screen sends it (every note and coin, most at 0) to a checked count."""
    if any(n < 0 for n in pieces.values()):
        raise CountError("count_invalid", "the number of notes or coins is a whole number from 0 upwards")
    given = {face: n for face, n in pieces.items() if n}
    if not given:
        return CashCount(currency_code, 0)  # nothing handed in: a record of that, too
    return parse_count(",".join(f"{face.strip()}x{n}" for face, n in given.items()), currency_code)


@router.get("/reconciliation")
def day_view(request: Request, day: Day) -> dict[str, Any]:
    when = _day(day)
    try:
        with reading(request.app.state.engine) as conn:
            settings = municipality_settings(conn)
            rows = agent_rows(conn, when)
    except AdminError as exc:  # a server not initialised yet: said in words, not a 500
        raise _refused(exc) from None
    return {"day": when.isoformat(), "timezone": settings["timezone"], "currency": settings["currency"],
            "agents": rows}


@router.get("/reconciliation/{agent_id}")
def agent_detail(request: Request, agent_id: str, day: Day) -> dict[str, Any]:
    when = _day(day)
    try:
        with reading(request.app.state.engine) as conn:
            view = reconcile(conn, _agent_name(conn, agent_id), when, None)
            earlier_open = open_variances(conn, when).get(agent_id, [])
    except AdminError as exc:
        raise _refused(exc) from None
    currency_code = view.figures.currency
    try:
        notes = [{"face": d.face, "value": d.value, "kind": d.kind} for d in denominations(currency_code)]
    except CountError:
        notes = []  # a currency without a table: the count is typed as one amount (command line)
    return {**view.to_dict(), "denominations": notes, "open_days": earlier_open}


@router.post("/reconciliation/{agent_id}/sign-off")
def sign_off(request: Request, agent_id: str, body: SignOffRequest,
             supervisor: supervisor_api.Supervisor) -> dict[str, Any]:
    when = _day(body.date)
    key_path = request.app.state.settings.key_path
    try:
        with request.app.state.engine.begin() as conn:
            name = _agent_name(conn, agent_id)
            keyrotation.finish_pending(conn, key_path)  # a rotation cut short: sign with the key in use
            private_hex = load_or_create(key_path)
            record_public_key(conn, public_key(private_hex), now_iso())
            count = count_of(body.count, municipality_settings(conn)["currency"])
            view = reconcile(conn, name, when, count)
            signed = sign_off_as(conn, private_hex, view, supervisor=supervisor["name"],
                                 supervisor_id=supervisor["id"], note=body.note, at=now_iso(),
                                 extra={"signed_by_account": "supervisor"})
    except AdminError as exc:
        if "recorded meanwhile" in str(exc):
            raise ApiError(409, "sign_off_conflict", str(exc)) from None
        raise _refused(exc) from None
    return {**view.to_dict(), "signed": signed.to_dict()}


@router.get("/reconciliation/{agent_id}/handover.pdf")
def handover(request: Request, agent_id: str, day: Day,
             number: Annotated[int | None, Query(ge=1, le=10_000)] = None) -> Response:
    when = _day(day)
    with reading(request.app.state.engine) as conn:
        _agent_name(conn, agent_id)
        records = sign_offs(conn, agent_id, when.isoformat())
        settings = municipality_settings(conn)
    if not records:
        raise ApiError(404, "sign_off_unknown", "this agent's day has no sign-off yet")
    chosen = records[-1] if number is None else next((s for s in records if s.record["number"] == number), None)
    if chosen is None:
        raise ApiError(404, "sign_off_unknown", f"this agent's day has no sign-off number {number}")
    if not chosen.valid:
        raise ApiError(409, "signature_failed", f"sign-off {chosen.record['number']} fails its signature check "
                                                f"(the record was altered): no receipt is printed for it")
    name = f"handover-{when.isoformat()}-{chosen.record['number']}.pdf"
    return Response(handover_pdf(chosen, settings), media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
