"""Supervisors' accounts on the server: a name, a password, an optional TOTP second factor
(RFC 6238: SHA-1, 6 digits, 30 s steps, as every authenticator app reads an otpauth:// URI),
and sessions that expire.

Passwords are kept as scrypt hashes by core.pin_hash; a session token is
random and kept only as its SHA-256, as device tokens are."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, select

from core.pin_hash import check_pin, hash_pin
from core.ids import new_id
from sync.server.common import now_iso, sha256_hex
from sync.server.errors import ApiError
from sync.server.reference import AdminError
from sync.server.schema import devices, supervisor_sessions, supervisors

MIN_PASSWORD = 10
TOTP_STEP_S = 30
TOTP_DIGITS = 6
ROLE = "supervisor"


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AdminError(f"a supervisor's password has at least {MIN_PASSWORD} characters")
    if len(password) > 200:
        raise AdminError("a password has at most 200 characters")


def add_supervisor(conn: Connection, name: str, password: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise AdminError("a supervisor needs a name")
    check_password_strength(password)
    if conn.execute(select(supervisors.c.id).where(supervisors.c.name == name)).first():
        raise AdminError(f"a supervisor named {name!r} exists already")
    supervisor_id = new_id()
    conn.execute(supervisors.insert().values(id=supervisor_id, name=name, password_hash=hash_pin(password),
                                             totp_secret=None, active=1, created_at=now_iso()))
    return supervisor_id


def _by_name(conn: Connection, name: str) -> dict[str, Any]:
    row = conn.execute(select(supervisors).where(supervisors.c.name == " ".join((name or "").split()))).mappings().first()
    if row is None:
        raise AdminError(f"no supervisor named {name!r}")
    return dict(row)


def set_password(conn: Connection, name: str, password: str) -> None:
    """A new password ends every open session of that supervisor."""
    check_password_strength(password)
    row = _by_name(conn, name)
    conn.execute(supervisors.update().where(supervisors.c.id == row["id"]).values(password_hash=hash_pin(password)))
    end_sessions(conn, row["id"])


def set_active(conn: Connection, name: str, active: bool) -> None:
    row = _by_name(conn, name)
    conn.execute(supervisors.update().where(supervisors.c.id == row["id"]).values(active=int(active)))
    if not active:
        end_sessions(conn, row["id"])


def enable_totp(conn: Connection, name: str, issuer: str = "Quittance") -> tuple[str, str]:
    """A new TOTP secret for the supervisor; returns (base32 secret, otpauth:// URI for a QR code)."""
    row = _by_name(conn, name)
    secret = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    conn.execute(supervisors.update().where(supervisors.c.id == row["id"]).values(totp_secret=secret))
    uri = (f"otpauth://totp/{quote(issuer)}:{quote(row['name'])}?secret={secret}&issuer={quote(issuer)}"
           f"&algorithm=SHA1&digits={TOTP_DIGITS}&period={TOTP_STEP_S}")
    return secret, uri


def disable_totp(conn: Connection, name: str) -> None:
    row = _by_name(conn, name)
    conn.execute(supervisors.update().where(supervisors.c.id == row["id"]).values(totp_secret=None))


def totp_code(secret: str, at: float | None = None, step_offset: int = 0) -> str:
    """The code an authenticator shows for `secret` at time `at` (RFC 6238 / RFC 4226)."""
    counter = int((time.time() if at is None else at) // TOTP_STEP_S) + step_offset
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 10 ** TOTP_DIGITS
    return f"{number:0{TOTP_DIGITS}d}"


def totp_valid(secret: str, code: str, at: float | None = None) -> bool:
    """One step either side is accepted: a phone's clock drifts, and a code typed at the edge of a step."""
    code = "".join((code or "").split())
    if not (code.isdigit() and len(code) == TOTP_DIGITS):
        return False
    return any(hmac.compare_digest(totp_code(secret, at, offset), code) for offset in (-1, 0, 1))


_REFUSED = "this name and password do not match an active supervisor"


def log_in(conn: Connection, name: str, password: str, totp: str | None, session_s: int) -> dict[str, Any]:
    """A new session for a supervisor whose password (and code, where TOTP is on) is right.
    Every refusal says the same, so that the answer does not tell which part was wrong."""
    row = conn.execute(select(supervisors).where(
        supervisors.c.name == " ".join((name or "").split()))).mappings().first()
    # A name that does not exist costs the same scrypt as one that does.
    stored = row["password_hash"] if row else hash_pin(secrets.token_hex(8))
    password_ok = check_pin(password or "", stored)
    if row is None or not password_ok or not row["active"]:
        raise ApiError(401, "login_refused", _REFUSED)
    if row["totp_secret"]:
        if not totp:
            raise ApiError(401, "totp_required", "this account asks for the 6-digit code of its authenticator app")
        if not totp_valid(row["totp_secret"], totp):
            raise ApiError(401, "login_refused", _REFUSED)
    token = secrets.token_urlsafe(32)
    now = datetime.now(timezone.utc)
    expires = _iso(now + timedelta(seconds=session_s))
    conn.execute(supervisor_sessions.insert().values(token_hash=sha256_hex(token), supervisor_id=row["id"],
                                                     created_at=_iso(now), expires_at=expires))
    return {"token": token, "expires_at": expires, "role": ROLE, "supervisor": {"id": row["id"], "name": row["name"]}}


def supervisor_for_token(conn: Connection, token: str) -> dict[str, Any]:
    """The supervisor behind a session token; an agent's device token is refused as such (403)."""
    digest = sha256_hex(token)
    session = conn.execute(select(supervisor_sessions).where(
        supervisor_sessions.c.token_hash == digest)).mappings().first()
    if session is None:
        if conn.execute(select(devices.c.id).where(devices.c.token_hash == digest)).first():
            raise ApiError(403, "supervisor_only", "this is a device's token; only a supervisor may do this")
        raise ApiError(401, "unauthenticated", "log in as a supervisor first")
    if session["ended_at"] or session["expires_at"] <= now_iso():
        raise ApiError(401, "session_expired", "this session has ended; log in again")
    row = conn.execute(select(supervisors).where(supervisors.c.id == session["supervisor_id"])).mappings().first()
    if row is None or not row["active"]:
        raise ApiError(401, "session_expired", "this account is no longer active")
    return {"id": row["id"], "name": row["name"], "role": ROLE, "expires_at": session["expires_at"]}


def log_out(conn: Connection, token: str) -> None:
    conn.execute(supervisor_sessions.update().where(supervisor_sessions.c.token_hash == sha256_hex(token),
                                                    supervisor_sessions.c.ended_at.is_(None)).values(ended_at=now_iso()))


def end_sessions(conn: Connection, supervisor_id: str) -> None:
    conn.execute(supervisor_sessions.update().where(supervisor_sessions.c.supervisor_id == supervisor_id,
                                                    supervisor_sessions.c.ended_at.is_(None)).values(ended_at=now_iso()))


def list_supervisors(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(supervisors).order_by(supervisors.c.name)).mappings().all()
    return [{"name": r["name"], "active": bool(r["active"]), "totp": bool(r["totp_secret"]),
             "created_at": r["created_at"]} for r in rows]
