"""The supervisor's administration API, under /api/v1/supervisor: agents, zones, devices, the tax
schedule (`/admin/...`), the settings (`/settings`) and the retention report.

Each write calls the same function as the command line (admin_ops.py, schedule_versions.py,
server_settings.py), so a screen and a script do exactly the same thing; a refusal is a 422
`refused` with the words the command line prints."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from sync.server import admin_ops, retention, schedule_versions, server_settings
from sync.server.db import reading
from sync.server.errors import ApiError
from sync.server.reference import AdminError, get_municipality, set_agent_zone_codes
from sync.server.supervisor_api import Supervisor, supervisor_router

_ERROR = {"content": {"application/json": {}}}
router = supervisor_router(tags=["supervisor: administration"], responses={
    400: {"description": "not JSON", **_ERROR}, 401: {"description": "no supervisor's session", **_ERROR}, 403: {"description": "a device's token", **_ERROR},
    404: {"description": "no such route", **_ERROR}, 413: {"description": "body too large", **_ERROR},
    422: {"description": "refused, with the reason", **_ERROR}})


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NewAgent(_Body):
    name: StrictStr = Field(min_length=1, max_length=120)
    pin: StrictStr = Field(min_length=4, max_length=12)
    zones: list[StrictStr] = Field(default_factory=list, max_length=200)
    role: StrictStr = Field(default="agent", pattern="^(agent|supervisor)$")


class Zones(_Body):
    zones: list[StrictStr] = Field(max_length=200)


class Pin(_Body):
    pin: StrictStr = Field(min_length=4, max_length=12)


class NewZone(_Body):
    code: StrictStr = Field(min_length=1, max_length=16)
    name: StrictStr = Field(min_length=1, max_length=80)


class ZoneName(_Body):
    name: StrictStr = Field(min_length=1, max_length=80)


class NewEnrollment(_Body):
    device_code: StrictStr = Field(min_length=2, max_length=8)
    agents: list[StrictStr] = Field(min_length=1, max_length=20)
    server_url: StrictStr | None = Field(default=None, max_length=300)


class NewVersion(_Body):
    tax_code: StrictStr = Field(min_length=1, max_length=16)
    effective_from: StrictStr = Field(min_length=10, max_length=10)
    amount: StrictInt | None = Field(default=None, ge=0)
    rate: StrictInt | None = Field(default=None, ge=0)
    note: StrictStr | None = Field(default=None, max_length=500)


class SettingValue(_Body):
    key: StrictStr = Field(min_length=1, max_length=64)
    value: StrictInt | StrictStr


@contextmanager
def _writing(request: Request) -> Iterator[Any]:
    try:
        with request.app.state.engine.begin() as conn:
            yield conn
    except AdminError as refusal:
        raise ApiError(422, "refused", str(refusal)) from None


def _read(request: Request) -> Any:
    return reading(request.app.state.engine)


def _agent_name(conn: Any, agent_id: str) -> str:
    return admin_ops.agent_with_id(conn, agent_id)["name"]


# -- agents ------------------------------------------------------------------------------
@router.get("/admin/agents")
def agents_list(request: Request) -> dict[str, Any]:
    with _read(request) as conn:
        return {"agents": admin_ops.list_agents(conn)}


@router.post("/admin/agents")
def agent_add(body: NewAgent, request: Request) -> dict[str, Any]:
    from sync.server.reference import add_agent

    with _writing(request) as conn:
        agent_id = add_agent(conn, body.name, admin_ops.zone_codes(body.zones), body.pin, role=body.role)
    return {"id": agent_id, "name": body.name.strip(), "zones": admin_ops.zone_codes(body.zones)}


@router.post("/admin/agents/{agent_id}/zones")
def agent_zones(agent_id: str, body: Zones, request: Request) -> dict[str, Any]:
    with _writing(request) as conn:
        name = _agent_name(conn, agent_id)
        moved = set_agent_zone_codes(conn, name, admin_ops.zone_codes(body.zones))
    return {"id": agent_id, "name": name, "zones": admin_ops.zone_codes(body.zones), **moved}


@router.post("/admin/agents/{agent_id}/deactivate")
def agent_deactivate(agent_id: str, request: Request) -> dict[str, Any]:
    with _writing(request) as conn:
        return admin_ops.set_active(conn, _agent_name(conn, agent_id), False)


@router.post("/admin/agents/{agent_id}/activate")
def agent_activate(agent_id: str, request: Request) -> dict[str, Any]:
    with _writing(request) as conn:
        return admin_ops.set_active(conn, _agent_name(conn, agent_id), True)


@router.post("/admin/agents/{agent_id}/pin")
def agent_pin(agent_id: str, body: Pin, request: Request) -> dict[str, Any]:
    with _writing(request) as conn:
        return admin_ops.reset_pin(conn, _agent_name(conn, agent_id), body.pin)


# -- zones -------------------------------------------------------------------------------
@router.get("/admin/zones")
def zones_list(request: Request) -> dict[str, Any]:
    with _read(request) as conn:
        return {"zones": admin_ops.list_zones(conn)}


@router.post("/admin/zones")
def zone_add(body: NewZone, request: Request) -> dict[str, Any]:
    with _writing(request) as conn:
        return admin_ops.add_zone(conn, body.code, body.name)


@router.post("/admin/zones/{code}/rename")
def zone_rename(code: str, body: ZoneName, request: Request) -> dict[str, Any]:
    with _writing(request) as conn:
        return admin_ops.rename_zone(conn, code, body.name)


# -- devices -----------------------------------------------------------------------------
@router.get("/admin/devices")
def devices_list(request: Request) -> dict[str, Any]:
    with _read(request) as conn:
        return {"devices": admin_ops.list_devices(conn)}


@router.post("/admin/devices/enrollment")
def device_enrollment(body: NewEnrollment, request: Request) -> dict[str, Any]:
    """A one-time enrollment code, and its QR code as a base64 PNG (the server's own address in it,
    unless `server_url` says where devices reach it)."""
    server_url = body.server_url or str(request.base_url).rstrip("/")
    with _writing(request) as conn:
        return admin_ops.new_enrollment(conn, body.device_code, body.agents,
                                        request.app.state.settings.enrollment_ttl_s, server_url)


@router.post("/admin/devices/{device_code}/revoke")
def device_revoke(device_code: str, request: Request) -> dict[str, Any]:
    with _writing(request) as conn:
        return admin_ops.revoke_device(conn, device_code)


# -- tax schedule ------------------------------------------------------------------------
@router.get("/admin/schedule")
def schedule_list(request: Request) -> dict[str, Any]:
    with _read(request) as conn:
        currency = (get_municipality(conn) or {}).get("currency")
        return {"currency": currency, "taxes": schedule_versions.schedule(conn)}


@router.post("/admin/schedule")
def schedule_add(body: NewVersion, request: Request, supervisor: Supervisor) -> dict[str, Any]:
    with _writing(request) as conn:
        return schedule_versions.add_version(conn, body.tax_code, body.effective_from, amount=body.amount,
                                             rate=body.rate, by=supervisor["name"], note=body.note)


# -- settings and retention --------------------------------------------------------------
@router.get("/settings")
def settings_list(request: Request) -> dict[str, Any]:
    with _read(request) as conn:
        return {"settings": server_settings.all_settings(conn)}


@router.put("/settings")
def settings_put(body: SettingValue, request: Request, supervisor: Supervisor) -> dict[str, Any]:
    with _writing(request) as conn:
        value = server_settings.put(conn, body.key, body.value, supervisor["name"])
    return {"key": body.key, "value": value, "updated_by": supervisor["name"]}


@router.get("/admin/retention")
def retention_report(request: Request) -> dict[str, Any]:
    with _read(request) as conn:
        return retention.report(conn)

