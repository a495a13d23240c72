"""Enrollment: the one-time code and the device's own id and public key go to the server; its
token, public key, device code and address come back and are kept in the settings, its
configuration wins over the device's own (municipality, time zone, device code, verify URL, logo),
and its reference records go through the one apply path, all in one transaction."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from core import config, unlocked, vault
from core import version as core_version
from core.clock import iso
from core.config import Device, Municipality
from core.context import WriteContext
from core.device_status import clear_revoked
from core.errors import QuittanceError
from core.logo import apply_server_logo
from core.series import record_answer as record_series
from core.service import Ledger
from core.vault_crypto import parse_public_key
from sync.client import apply, state
from sync.client.clockdrift import offset_seconds
from sync.client.http import Backoff, ServerError, SyncClient, Unreachable

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
# Config lists and the record kind each holds (PROTOCOL.md, enrollment and pull).
RECOVERY_KEY_SETTING = vault.RECOVERY_KEY_SETTING
_CONFIG_KINDS = {"zones": "zone", "tax_types": "tax_type", "agents": "agent"}


@dataclass(frozen=True)
class Enrollment:
    device_id: str
    device_code: str
    previous_code: str
    server_url: str
    municipality: str
    records: int
    clock_offset_s: float | None
    series: list[int] = field(default_factory=list)  # the years whose receipt series the server registered

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def app_version() -> str:
    return core_version.app_version(unknown="0.0.0")


def enroll(db_path: str | Path, server_url: str, code: str, *,
           transport: httpx.BaseTransport | None = None, backoff: Backoff | None = None) -> Enrollment:
    """Enroll the device database at `db_path` with the server at `server_url`."""
    ledger = Ledger.open(db_path)
    try:
        return enroll_ledger(ledger, server_url, code, transport=transport, backoff=backoff)
    finally:
        ledger.close()


def enroll_ledger(ledger: Ledger, server_url: str, code: str, *,
                  transport: httpx.BaseTransport | None = None, backoff: Backoff | None = None) -> Enrollment:
    device = ledger.device
    url = server_address(server_url)
    with SyncClient(url, transport, max_attempts=3, backoff=backoff) as client:
        try:
            answer = client.enroll(code.strip(), device.id, device.public_key, app_version())
        except ServerError as error:
            raise enrollment_refused(error, url) from None
        except Unreachable as error:
            raise QuittanceError("sync_unreachable", server=url, detail=error.last) from None
        offset = offset_seconds(client)
    device_code, token, server_key = _checked(answer, device)
    recovery_key = _recovery_key(answer)
    cfg = answer.get("config") if isinstance(answer.get("config"), dict) else {}
    records = config_records(cfg)
    with ledger.store.transaction() as conn:
        # Enrolling again with the same server (after a revocation) keeps what it acknowledged,
        # so the next push does not resend the whole history; a new server starts from nothing.
        pushed = state.get(conn, state.PUSHED_SEQ, 0) if state.get(conn, state.SERVER_URL) == url else 0
        municipality = _merged(config.load_municipality(conn), cfg.get("municipality"))
        _refuse_currency_change(conn, ledger.municipality, municipality)
        enrolled = Device(device.id, device_code, device.private_key)
        config.save_device(conn, enrolled)
        config.save_municipality(conn, municipality)
        apply_server_logo(conn, cfg.get("municipality"))  # stored as `init --logo` stores one
        for key, value in ((state.SERVER_URL, url), (state.TOKEN, token), (state.SERVER_KEY, server_key),
                           (state.ENROLLED_AT, answer.get("server_time") or iso(ledger.clock())),
                           (state.PUSHED_SEQ, pushed or 0), (state.CLOCK_OFFSET, offset)):
            state.put(conn, key, value)
        for key in (state.CURSOR, state.STOPPED, state.LAST_RESULT):
            state.forget(conn, key)
        clear_revoked(conn)
        conn.execute("DELETE FROM sync_quarantine")
        apply.apply_server_records(conn, records)
        if recovery_key:
            config.save_setting(conn, RECOVERY_KEY_SETTING, recovery_key)
        # Enrollment is a change of the device: an event, so `verify` can hold the settings' new
        # device code to it, and the server sees where and when this device was enrolled.
        context = WriteContext(enrolled, municipality, None, iso(ledger.clock()))
        context.emit(conn, "device.enrolled", {
            "device_id": device.id, "device_code": device_code, "previous_code": device.code,
            "server_url": url, "server_public_key": server_key})
        # This year's and next year's receipt series (issue 14), after the event that enrolled it.
        series = record_series(conn, context, answer.get("series"))
    if recovery_key:  # the data key, unlocked in this process, wrapped for the municipality at once
        vault.set_recovery_key(ledger.store.path, unlocked.recall(ledger.store.path), recovery_key)
    return Enrollment(device.id, device_code, device.code, url, municipality.name, len(records), offset,
                      series.recorded)


def _recovery_key(answer: dict[str, Any]) -> str | None:
    """The municipality's recovery public key (PROTOCOL.md, optional): checked before anything is kept."""
    value = answer.get("recovery_public_key")
    if value is None:
        return None
    try:
        parse_public_key(value)
    except (ValueError, TypeError):
        raise QuittanceError("sync_bad_answer", detail="recovery_public_key") from None
    return value


def server_address(text: str) -> str:
    url = (text or "").strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise QuittanceError("sync_bad_server_url", server=text)
    return url


def enrollment_refused(error: ServerError, url: str) -> QuittanceError:
    if error.code == "enrollment_code_invalid":
        return QuittanceError("sync_code_invalid")
    if error.code == "rate_limited":
        return QuittanceError("sync_rate_limited")
    return QuittanceError("sync_server_refused", server=url, code=error.code, detail=error.message)


def config_records(cfg: dict[str, Any]) -> list[dict[str, Any]]:
    """The enrollment's reference data as pull records. The server may send each list as pull
    records ({kind, id, version, data}) or as the bare data of each; both are accepted."""
    records: list[dict[str, Any]] = []
    for key, kind in _CONFIG_KINDS.items():
        for item in cfg.get(key) or []:
            if not isinstance(item, dict):
                raise QuittanceError("sync_bad_answer", detail=f"config.{key}")
            if "kind" in item and isinstance(item.get("data"), dict):
                records.append(item)
            else:
                records.append({"kind": kind, "id": item.get("id") or item.get("code"),
                                "version": item.get("version", 1), "data": item})
    return records


def _checked(answer: dict[str, Any], device: Device) -> tuple[str, str, str]:
    if answer.get("device_id") != device.id:  # the device keeps the id it made (invariant 2)
        raise QuittanceError("sync_bad_answer", detail="device_id")
    token, key = answer.get("token"), answer.get("server_public_key")
    if not isinstance(token, str) or not token:
        raise QuittanceError("sync_bad_answer", detail="token")
    if not isinstance(key, str) or not _HEX64.match(key):
        raise QuittanceError("sync_bad_answer", detail="server_public_key")
    code = answer.get("device_code")
    return (config.validate_device_code(code) if isinstance(code, str) else device.code), token, key


def _merged(current: Municipality | None, server: Any) -> Municipality:
    """The server's municipality wins, field by field; what it does not send stays the device's."""
    if current is None:
        raise QuittanceError("not_initialised")
    fields = dict(current.__dict__)
    if isinstance(server, dict):
        fields.update({k: v for k, v in server.items() if k in fields})
    if fields.get("bbox") is not None:
        fields["bbox"] = tuple(fields["bbox"])
    try:
        municipality = Municipality(**fields)
        config.validate_municipality(municipality)
    except (TypeError, ValueError) as error:
        raise QuittanceError("sync_bad_answer", detail=f"municipality: {error}") from None
    return municipality


def _refuse_currency_change(conn, before: Municipality, after: Municipality) -> None:
    """Amounts already recorded are in the device's currency: a server in another currency is a
    wrong server (or a wrong code), not a setting to take over."""
    if before.currency != after.currency and conn.execute("SELECT 1 FROM payments LIMIT 1").fetchone():
        raise QuittanceError("sync_currency_mismatch", device=before.currency, server=after.currency)
