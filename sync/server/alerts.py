"""The supervisor's alert queue: integrity alerts recorded by push, and alerts computed from what
the server knows of each device (no sync for too long, a clock that is off), each with its own
actions; every decision is an immutable `alert_decisions` row (who, when, why, and the alert as
it was shown).

Which alert a decision is about, and so when an alert comes back after one:
- `tamper-<id>`: an `alerts` row (chain_broken, fork, bad_signature, seq_gap, payload_invalid,
  wrong_device). Push keeps one undecided alert per device and kind; once decided, the next
  refusal of that kind raises a new one.
- `nosync-<device>-<last sync>`: the device has not pushed for more than `alerts.no_sync_days`
  days since its last sync (or its enrollment). A decision covers that silence; once the device
  syncs and then falls silent again, the new silence is a new alert.
- `clock-<device>-<ahead|behind>-<start>`: the device's clock seems off by more than
  `alerts.clock_drift_minutes` (clock_drift.py says how it is measured) since the push `start`.
  A decision covers that stretch; once a push shows the clock right again, a later drift is new.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from core.clock import parse_iso
from sync.server import clock_drift, enrollment, server_settings
from sync.server.common import now_iso
from sync.server.decisions import DecisionError, checked_name, checked_reason
from sync.server.schema import agents, alert_decisions, alerts, device_agents, devices

NO_SYNC_DAYS = server_settings.declare(
    "alerts.no_sync_days", 3, "days without a sync after which a device is flagged",
    server_settings.whole_number(1, 365))
CLOCK_DRIFT_MINUTES = server_settings.declare(
    "alerts.clock_drift_minutes", 10, "minutes a device's clock may be off before it is flagged",
    server_settings.whole_number(1, 1440))

TAMPER_KINDS = ("chain_broken", "fork", "bad_signature", "seq_gap", "payload_invalid", "wrong_device")
ACKNOWLEDGE, REVOKE, RESUME = "acknowledge", "revoke", "resume"
ACTIONS = (ACKNOWLEDGE, REVOKE, RESUME)


def _compact(moment: str) -> str:
    """An ISO time as a short token for an alert's id: 2026-11-24T10:00:00.000Z -> 20261124T100000Z."""
    return moment[:19].replace("-", "").replace(":", "") + "Z"


def _days(delta: timedelta) -> int:
    return int(delta.total_seconds() // 86_400)


def _device_info(conn: Connection) -> tuple[dict[str, dict[str, Any]], dict[str, list[str]]]:
    found = {row["id"]: dict(row) for row in conn.execute(select(devices)).mappings()}
    names: dict[str, list[str]] = {}
    for code, name in conn.execute(select(device_agents.c.device_code, agents.c.name)
                                   .join(agents, agents.c.id == device_agents.c.agent_id)
                                   .order_by(agents.c.name)):
        names.setdefault(code, []).append(name)
    return found, names


def _alert(alert_id: str, kind: str, device: dict[str, Any] | None, agent_names: dict[str, list[str]],
           what: str, when: str, facts: dict[str, Any], actions: list[str]) -> dict[str, Any]:
    code = device["code"] if device else ""
    return {"id": alert_id, "kind": kind, "category": "tamper" if kind in TAMPER_KINDS else "device",
            "device": code, "device_id": device["id"] if device else None, "agents": agent_names.get(code, []),
            "what": what, "when": when, "facts": facts, "actions": actions,
            "device_revoked": bool(device and device["revoked_at"]),
            "device_stopped": device["stopped_reason"] if device else None}


def open_alerts(conn: Connection, now: datetime | None = None) -> list[dict[str, Any]]:
    """Every alert not decided yet: integrity alerts first (oldest first), then the computed ones."""
    now = now or datetime.now(timezone.utc)
    decided = set(conn.execute(select(alert_decisions.c.alert_key)).scalars())
    known, names = _device_info(conn)
    found = []
    for row in conn.execute(select(alerts).order_by(alerts.c.created_at, alerts.c.id)).mappings():
        alert_id = f"tamper-{row['id']}"
        if alert_id in decided:
            continue
        device = known.get(row["device_id"])
        actions = [ACKNOWLEDGE]
        if device and not device["revoked_at"]:
            actions.append(REVOKE)
            if device["stopped_reason"]:
                actions.append(RESUME)
        found.append(_alert(alert_id, row["kind"], device, names, row["detail"], row["created_at"],
                            {"seq": row["seq"]}, actions))
    no_sync_days = server_settings.get(conn, NO_SYNC_DAYS.key)
    drift_minutes = server_settings.get(conn, CLOCK_DRIFT_MINUTES.key)
    for device in sorted(known.values(), key=lambda d: d["code"]):
        if device["revoked_at"]:
            continue  # a revoked device syncs no more, by design
        found += [a for a in _computed(conn, device, names, now, no_sync_days, drift_minutes) if a["id"] not in decided]
    return found


def _computed(conn: Connection, device: dict[str, Any], names: dict[str, list[str]], now: datetime,
              no_sync_days: int, drift_minutes: int) -> list[dict[str, Any]]:
    computed = []
    since = device["last_sync_at"] or device["enrolled_at"]
    try:
        silent = now - parse_iso(since)
    except (TypeError, ValueError):
        silent = timedelta(0)
    if silent > timedelta(days=no_sync_days):
        what = (f"no sync for {_days(silent)} days (last sync {since})" if device["last_sync_at"]
                else f"never synced in {_days(silent)} days since its enrollment ({since})")
        computed.append(_alert(f"nosync-{device['code']}-{_compact(since)}", "no_sync", device, names, what, since,
                               {"days": _days(silent), "last_sync_at": device["last_sync_at"],
                                "limit_days": no_sync_days}, [ACKNOWLEDGE, REVOKE]))
    drift = clock_drift.current_drift(conn, device["id"], drift_minutes * 60)
    if drift is not None:
        minutes = round(abs(drift.offset_s) / 60)
        what = (f"clock ahead by at least {minutes} min: events dated after they reached the server"
                if drift.direction == "ahead" else
                f"clock possibly behind by up to {minutes} min: no event reached the server sooner after it was "
                f"recorded (or the device syncs long after recording)")
        computed.append(_alert(f"clock-{device['code']}-{drift.direction}-{_compact(drift.since)}", "clock_drift",
                               device, names, what, drift.last_push,
                               {"direction": drift.direction, "minutes": minutes, "since": drift.since,
                                "limit_minutes": drift_minutes}, [ACKNOWLEDGE]))
    return computed


def decided_alerts(conn: Connection, limit: int = 500) -> list[dict[str, Any]]:
    """Decisions, newest first, each with the alert as it was shown when decided."""
    rows = conn.execute(select(alert_decisions).order_by(alert_decisions.c.decided_at.desc(),
                                                         alert_decisions.c.id.desc()).limit(limit)).mappings()
    return [{**json.loads(row["snapshot"]), "actions": [],
             "decision": {"action": row["action"], "reason": row["reason"], "by": row["decided_by"],
                          "at": row["decided_at"]}} for row in rows]


def decide(conn: Connection, alert_id: str, action: str, reason: str, by: str,
           now: datetime | None = None) -> dict[str, Any]:
    """Record a supervisor's decision on an open alert and carry out its action."""
    reason, by = checked_reason(reason), checked_name(by)
    alert_id = (alert_id or "").strip()
    alert = next((a for a in open_alerts(conn, now) if a["id"] == alert_id), None)
    if alert is None:
        done = conn.execute(select(alert_decisions).where(alert_decisions.c.alert_key == alert_id)).mappings().first()
        if done:
            raise DecisionError(f"alert {alert_id} was already decided ({done['action']}) by {done['decided_by']} "
                                f"at {done['decided_at']}", "already_decided", 409)
        raise DecisionError(f"no open alert {alert_id} (a computed alert ends when its cause does)", "not_found", 404)
    if action not in alert["actions"]:
        raise DecisionError(f"alert {alert_id} allows {', '.join(alert['actions'])}, not {action!r}", "bad_action")
    decided_at = now_iso()
    snapshot = {k: v for k, v in alert.items() if k not in ("actions",)}
    try:
        with conn.begin_nested():
            conn.execute(alert_decisions.insert().values(
                alert_key=alert_id, kind=alert["kind"], device_id=alert["device_id"], action=action, reason=reason,
                decided_by=by, decided_at=decided_at, snapshot=json.dumps(snapshot, ensure_ascii=False)))
    except IntegrityError:
        raise DecisionError(f"alert {alert_id} was decided a moment ago by someone else", "already_decided",
                            409) from None
    if action == REVOKE:
        enrollment.revoke(conn, alert["device"])
    elif action == RESUME:  # the next push is checked as any other: a fault still there is refused again
        conn.execute(devices.update().where(devices.c.id == alert["device_id"]).values(stopped_reason=None))
    return {**snapshot, "actions": [], "decision": {"action": action, "reason": reason, "by": by, "at": decided_at}}


def undecided_alert_exists(conn: Connection, device_id: str, kind: str) -> bool:
    """Push's rule: one undecided integrity alert per device and kind."""
    ids = list(conn.execute(select(alerts.c.id).where(alerts.c.device_id == device_id, alerts.c.kind == kind)).scalars())
    if not ids:
        return False
    decided = set(conn.execute(select(alert_decisions.c.alert_key).where(
        alert_decisions.c.alert_key.in_([f"tamper-{i}" for i in ids]))).scalars())
    return any(f"tamper-{i}" not in decided for i in ids)
