"""The supervisor's alert queue and void approvals over HTTP, under /api/v1/supervisor:

- GET  /alerts?status=open|decided            the queue (each alert with the actions it allows)
- POST /alerts/{alert_id}/decide  {action, reason}
- GET  /voids?status=pending|decided          voids that wait for approval, or were decided
- POST /voids/{receipt_no}/approve  {reason}
- POST /voids/{receipt_no}/reject   {reason}

Who decided is the logged-in supervisor (supervisor_api.Supervisor)."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, StrictStr

from sync.server import alerts, voids
from sync.server.db import reading
from sync.server.decisions import MAX_REASON, DecisionError
from sync.server.errors import ApiError
from sync.server.supervisor_api import Supervisor, supervisor_router



class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


# Every refusal is {"error": {"code", "message"}} (sync/server/errors.py), documented for each route.
router = supervisor_router(tags=["supervisor: alerts and voids"],
                           responses={code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 503)})


class Decision(BaseModel):
    action: str
    reason: str
    by: str
    at: str


class Alert(BaseModel):
    id: str
    kind: str
    category: str
    device: str
    device_id: str | None
    agents: list[str]
    what: str
    when: str
    facts: dict[str, Any]
    actions: list[str]
    device_revoked: bool
    device_stopped: str | None
    decision: Decision | None = None


class AlertList(BaseModel):
    status: str
    alerts: list[Alert]


class AlertDecisionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["acknowledge", "revoke", "resume"]
    reason: StrictStr = Field(max_length=MAX_REASON + 100)


class VoidReason(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: StrictStr = Field(max_length=MAX_REASON + 100)


class PendingVoid(BaseModel):
    receipt_no: str
    amount: int
    currency: str
    taxpayer_name: str
    tax_code: str
    period: str
    paid_at: str
    agent: str
    device: str
    reason: str
    voided_at: str
    received_at: str
    why: list[str]
    status: str
    decision: Decision | None
    actions: list[str]


class VoidList(BaseModel):
    status: str
    voids: list[PendingVoid]


def _refused(error: DecisionError) -> ApiError:
    return ApiError(error.status, error.code, str(error))


@router.get("/alerts", response_model=AlertList)
def list_alerts(request: Request, status: Literal["open", "decided"] = "open") -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        found = alerts.open_alerts(conn) if status == "open" else alerts.decided_alerts(conn)
    return {"status": status, "alerts": found}


@router.post("/alerts/{alert_id}/decide", response_model=Alert)
def decide_alert(alert_id: str, body: AlertDecisionBody, request: Request, supervisor: Supervisor) -> dict[str, Any]:
    try:
        with request.app.state.engine.begin() as conn:
            return alerts.decide(conn, alert_id, body.action, body.reason, supervisor["name"])
    except DecisionError as error:
        raise _refused(error) from None


@router.get("/voids", response_model=VoidList)
def list_voids(request: Request, status: Literal["pending", "decided"] = "pending") -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        return {"status": status, "voids": voids.list_voids(conn, status)}


def _decide_void(request: Request, receipt_no: str, action: str, reason: str, name: str) -> dict[str, Any]:
    try:
        with request.app.state.engine.begin() as conn:
            return voids.decide(conn, receipt_no, action, reason, name)
    except DecisionError as error:
        raise _refused(error) from None


@router.post("/voids/{receipt_no}/approve", response_model=PendingVoid)
def approve_void(receipt_no: str, body: VoidReason, request: Request, supervisor: Supervisor) -> dict[str, Any]:
    return _decide_void(request, receipt_no, "approve", body.reason, supervisor["name"])


@router.post("/voids/{receipt_no}/reject", response_model=PendingVoid)
def reject_void(receipt_no: str, body: VoidReason, request: Request, supervisor: Supervisor) -> dict[str, Any]:
    return _decide_void(request, receipt_no, "reject", body.reason, supervisor["name"])
