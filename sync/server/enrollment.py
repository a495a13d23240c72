"""Enrollment codes (one-time, 24 h, stored hashed), device tokens, and the rate limit."""
from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, Engine, select

from sync.server.common import now_iso, sha256_hex
from sync.server.errors import ApiError
from sync.server.ratelimit import count_attempt
from sync.server.recovery import current_public_key
from sync.server.reference import AdminError, agent_by_name, reference_config
from sync.server.schema import GENESIS, device_agents, devices, enrollment_codes

_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # nothing that reads as another letter or digit
_HEX = re.compile(r"^[0-9a-f]{64}$")
_DEVICE_CODE = re.compile(r"^[A-Z0-9]{2,8}$")


def _iso_in(seconds: int) -> str:
    moment = datetime.now(timezone.utc) + timedelta(seconds=seconds)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def normalise_code(code: str) -> str:
    return re.sub(r"[\s\-]", "", code or "").upper()


def create_code(conn: Connection, device_code: str, agent_names: list[str], ttl_s: int) -> tuple[str, str]:
    """A new one-time code for a device yet to enroll; returns (code, expires_at)."""
    device_code = (device_code or "").strip().upper()
    if not _DEVICE_CODE.match(device_code):
        raise AdminError("a device code is 2 to 8 letters or digits")
    if conn.execute(select(devices.c.id).where(devices.c.code == device_code)).first():
        # Receipt numbers start with the device code: a second device under one code would repeat them.
        raise AdminError(f"device {device_code} is enrolled already; a replacement gets a new code")
    for name in agent_names:
        agent = agent_by_name(conn, name)
        if agent is None:
            raise AdminError(f"no agent named {name!r}")
        conn.execute(device_agents.delete().where(device_agents.c.device_code == device_code,
                                                  device_agents.c.agent_id == agent["id"]))
        conn.execute(device_agents.insert().values(device_code=device_code, agent_id=agent["id"]))
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    expires = _iso_in(ttl_s)
    conn.execute(enrollment_codes.insert().values(code_hash=sha256_hex(code), device_code=device_code,
                                                  created_at=now_iso(), expires_at=expires))
    return f"{code[:4]}-{code[4:8]}-{code[8:]}", expires


def check_rate(engine: Engine, key: str, limit: int, window_s: int) -> None:
    """A fixed window counter in the database, so every worker sees the same count."""
    wait = count_attempt(engine, key, limit, window_s)
    if wait is not None:
        raise ApiError(429, "rate_limited", "too many enrollment attempts from this address; try later",
                       {"Retry-After": str(max(int(wait), 1))})


def enroll(conn: Connection, *, code: str, device_id: str, public_key: str, app_version: str | None) -> dict[str, Any]:
    if not _HEX.match(public_key or ""):
        raise ApiError(400, "bad_request", "public_key must be 64 lowercase hex characters")
    row = conn.execute(select(enrollment_codes).where(
        enrollment_codes.c.code_hash == sha256_hex(normalise_code(code)))).mappings().first()
    now = now_iso()
    if row is None or row["used_at"] is not None or row["expires_at"] <= now:
        raise ApiError(403, "enrollment_code_invalid", "this enrollment code is unknown, used or expired")
    known = conn.execute(select(devices.c.revoked_at, devices.c.public_key).where(devices.c.id == device_id)).first()
    # A revoked device may enroll again with a new code (it keeps its id, key and chain, and
    # sends what it recorded meanwhile); an active one, or another key under its id, may not.
    if known and not (known.revoked_at and known.public_key == public_key):
        raise ApiError(403, "enrollment_code_invalid", "this device is enrolled already")
    token = secrets.token_urlsafe(32)
    used = conn.execute(enrollment_codes.update().where(enrollment_codes.c.code_hash == row["code_hash"],
                                                        enrollment_codes.c.used_at.is_(None)).values(used_at=now))
    if used.rowcount != 1:  # another worker took it in the same instant
        raise ApiError(403, "enrollment_code_invalid", "this enrollment code is unknown, used or expired")
    if known:
        conn.execute(devices.update().where(devices.c.id == device_id).values(
            code=row["device_code"], token_hash=sha256_hex(token), enrolled_at=now, revoked_at=None,
            app_version=app_version))
    else:
        conn.execute(devices.insert().values(id=device_id, code=row["device_code"], public_key=public_key,
                                             token_hash=sha256_hex(token), enrolled_at=now, stored_through=0,
                                             head_hash=GENESIS, app_version=app_version))
    answer = {"device_id": device_id, "device_code": row["device_code"], "token": token,
              "config": reference_config(conn)}
    recovery_key = current_public_key(conn)
    if recovery_key:  # additive (PROTOCOL.md): the device wraps its data key for the municipality
        answer["recovery_public_key"] = recovery_key
    return answer


def device_for_token(conn: Connection, token: str) -> dict[str, Any]:
    row = conn.execute(select(devices).where(devices.c.token_hash == sha256_hex(token))).mappings().first()
    if row is None:
        raise ApiError(401, "unauthenticated", "no enrolled device has this token")
    if row["revoked_at"]:
        raise ApiError(403, "device_revoked", "this device was revoked; it can no longer sync")
    return dict(row)


def revoke(conn: Connection, device_code: str) -> str | None:
    """Refuse an enrolled device's token from now on; returns its id. A device not enrolled yet
    has its pending enrollment codes cancelled instead (a lost QR code), and None is returned."""
    device_code = device_code.strip().upper()
    row = conn.execute(select(devices.c.id, devices.c.revoked_at).where(devices.c.code == device_code)).first()
    if row is None:
        cancelled = conn.execute(enrollment_codes.update().where(
            enrollment_codes.c.device_code == device_code, enrollment_codes.c.used_at.is_(None))
            .values(used_at=now_iso())).rowcount
        if not cancelled:
            raise AdminError(f"no device {device_code}, enrolled or waiting to enroll")
        return None
    if not row.revoked_at:
        conn.execute(devices.update().where(devices.c.id == row.id).values(revoked_at=now_iso()))
    return row.id
