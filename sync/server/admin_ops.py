"""Agents, zones and devices as the supervisor manages them, from the screens (admin_api.py) and
the command line (cli.py, cli_admin.py) alike: one function per act, over the reference data
functions devices already receive by pull (reference.py, enrollment.py)."""
from __future__ import annotations

import base64
import io
import json
import re
from typing import Any

from sqlalchemy import Connection, func, select

from sync.server import enrollment, reference
from sync.server.common import now_iso
from sync.server.reference import AdminError
from sync.server.schema import agent_zones, agents, device_agents, devices, enrollment_codes, taxpayers, zones

_ZONE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,15}$")


# -- agents ------------------------------------------------------------------------------
def list_agents(conn: Connection) -> list[dict[str, Any]]:
    code_of = {r.id: r.code for r in conn.execute(select(zones.c.id, zones.c.code))}
    zones_of: dict[str, list[str]] = {}
    for row in conn.execute(select(agent_zones.c.agent_id, agent_zones.c.zone_id)):
        zones_of.setdefault(row.agent_id, []).append(code_of.get(row.zone_id, row.zone_id))
    devices_of: dict[str, list[str]] = {}
    for row in conn.execute(select(device_agents.c.agent_id, device_agents.c.device_code)):
        devices_of.setdefault(row.agent_id, []).append(row.device_code)
    return [{"id": r.id, "name": r.name, "role": r.role, "active": bool(r.active),
             "zones": sorted(zones_of.get(r.id, [])), "devices": sorted(devices_of.get(r.id, []))}
            for r in conn.execute(select(agents).order_by(agents.c.name))]


def agent_named(conn: Connection, name: str) -> dict[str, Any]:
    agent = reference.agent_by_name(conn, name or "")
    if agent is None:
        raise AdminError(f"no agent named {(name or '').strip()!r}")
    return agent


def agent_with_id(conn: Connection, agent_id: str) -> dict[str, Any]:
    row = conn.execute(select(agents).where(agents.c.id == agent_id)).mappings().first()
    if row is None:
        raise AdminError(f"no agent with id {agent_id}")
    return dict(row)


def zone_codes(text: str | list[str]) -> list[str]:
    items = text.split(",") if isinstance(text, str) else list(text)
    return [str(z).strip().upper() for z in items if str(z).strip()]


def set_active(conn: Connection, name: str, active: bool) -> dict[str, Any]:
    """Deactivate (or reactivate) an agent: their devices refuse their login from the next pull, and
    the server refuses what they record after it. Nothing they recorded is touched."""
    agent = agent_named(conn, name)
    if bool(agent["active"]) != active:
        reference.set_agent_active(conn, agent["id"], active)
    return {"id": agent["id"], "name": agent["name"], "active": active}


def reset_pin(conn: Connection, name: str, pin: str) -> dict[str, Any]:
    agent = agent_named(conn, name)
    reference.set_agent_pin(conn, agent["id"], str(pin or ""))
    return {"id": agent["id"], "name": agent["name"], "pin_changed": True}


# -- zones -------------------------------------------------------------------------------
def list_zones(conn: Connection) -> list[dict[str, Any]]:
    agent_count = dict(conn.execute(select(agent_zones.c.zone_id, func.count()).group_by(agent_zones.c.zone_id)).all())
    taxpayer_count = dict(conn.execute(select(taxpayers.c.zone_id, func.count()).group_by(taxpayers.c.zone_id)).all())
    return [{"id": r.id, "code": r.code, "name": r.name, "agents": agent_count.get(r.id, 0),
             "taxpayers": taxpayer_count.get(r.id, 0)}
            for r in conn.execute(select(zones).order_by(zones.c.code))]


def _zone_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 80:
        raise AdminError("a zone's name is 1 to 80 characters")
    return name


def add_zone(conn: Connection, code: str, name: str) -> dict[str, Any]:
    code = (code or "").strip().upper()
    if not _ZONE_CODE.match(code):
        raise AdminError("a zone code is 1 to 16 letters, digits or dashes")
    if conn.execute(select(zones.c.id).where(zones.c.code == code)).first():
        raise AdminError(f"zone {code} exists already; rename it instead")
    zone_id = reference.upsert_zone(conn, code, _zone_name(name))
    return {"id": zone_id, "code": code, "name": name.strip()}


def rename_zone(conn: Connection, code: str, name: str) -> dict[str, Any]:
    """A zone keeps its code and id (taxpayers and receipts point at it); only its name changes."""
    code = (code or "").strip().upper()
    row = conn.execute(select(zones.c.id, zones.c.name).where(zones.c.code == code)).first()
    if row is None:
        raise AdminError(f"no zone {code!r}")
    name = _zone_name(name)
    if name != row.name:
        reference.upsert_zone(conn, code, name)
    return {"id": row.id, "code": code, "name": name, "previous_name": row.name}


# -- devices -----------------------------------------------------------------------------
def list_devices(conn: Connection) -> list[dict[str, Any]]:
    """Enrolled devices with their last sync, app version and state, then the device codes still
    waiting to enroll (an enrollment code made, unused)."""
    names = {r.id: r.name for r in conn.execute(select(agents.c.id, agents.c.name))}
    agents_of: dict[str, list[str]] = {}
    for row in conn.execute(select(device_agents)):
        agents_of.setdefault(row.device_code, []).append(names.get(row.agent_id, row.agent_id))
    listed = []
    for r in conn.execute(select(devices).order_by(devices.c.code)):
        state = "revoked" if r.revoked_at else ("stopped" if r.stopped_reason else "active")
        listed.append({"code": r.code, "id": r.id, "state": state, "enrolled_at": r.enrolled_at,
                       "last_sync_at": r.last_sync_at, "app_version": r.app_version, "revoked_at": r.revoked_at,
                       "stopped_reason": r.stopped_reason, "stored_through": r.stored_through,
                       "agents": sorted(agents_of.get(r.code, []))})
    enrolled = {d["code"] for d in listed}
    now = now_iso()
    waiting = conn.execute(select(enrollment_codes.c.device_code, func.max(enrollment_codes.c.expires_at))
                           .where(enrollment_codes.c.used_at.is_(None), enrollment_codes.c.expires_at > now)
                           .group_by(enrollment_codes.c.device_code)).all()
    for code, expires in sorted(waiting):
        if code not in enrolled:
            listed.append({"code": code, "id": None, "state": "waiting", "enrolled_at": None, "last_sync_at": None,
                           "app_version": None, "revoked_at": None, "stopped_reason": None, "stored_through": 0,
                           "code_expires_at": expires, "agents": sorted(agents_of.get(code, []))})
    return listed


def enrollment_qr_png(code: str, server_url: str | None) -> bytes:
    """The QR a device's camera reads: the code alone, or `{"server": URL, "code": CODE}`."""
    import qrcode

    text = json.dumps({"server": server_url, "code": code}, separators=(",", ":")) if server_url else code
    buffer = io.BytesIO()
    qrcode.make(text).save(buffer)
    return buffer.getvalue()


def new_enrollment(conn: Connection, device_code: str, agent_names: list[str], ttl_s: int,
                   server_url: str | None = None) -> dict[str, Any]:
    names = [n.strip() for n in agent_names if n and n.strip()]
    if not names:
        raise AdminError("a device needs at least one agent")
    code, expires = enrollment.create_code(conn, device_code, names, ttl_s)
    png = enrollment_qr_png(code, server_url)
    return {"device_code": device_code.strip().upper(), "enrollment_code": code, "expires_at": expires,
            "agents": names, "qr_png": base64.b64encode(png).decode("ascii")}


def revoke_device(conn: Connection, device_code: str) -> dict[str, Any]:
    device_id = enrollment.revoke(conn, device_code)
    return {"device_code": device_code.strip().upper(), "device_id": device_id, "revoked": device_id is not None,
            "codes_cancelled": device_id is None}
