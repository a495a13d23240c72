"""How far off a device's clock seems, from what the server holds: each stored event's
`device_time` (the device's clock when it was recorded) against its `received_at` (the server's
clock when its push arrived).

An event cannot reach the server before it was recorded, so for every event
`device_time - received_at <= offset` (the device clock minus the true time). Over a window of
pushes, the largest `device_time - received_at` is therefore:
- above zero: the clock is **ahead** by at least that much (certain);
- below zero: every event of the window arrived at least that long after its device time: the
  clock is **behind** by up to that much, or the device only synced long after recording. A device
  that syncs by itself (15 s after a payment while it has a network) shows its true offset here.
A push is judged `ahead` on its own events, `behind` on the pushes received in the 24 hours up to
it, so one late sync after a day offline is weighed with that day's earlier pushes. Only the device's newest `RECENT_EVENTS`
events are read (one index range per device)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, select

from core.clock import parse_iso
from sync.server.common import bucket_of
from sync.server.schema import events

WINDOW = timedelta(hours=24)
RECENT_EVENTS = 1000


@dataclass(frozen=True)
class Drift:
    direction: str  # ahead | behind
    offset_s: float  # the estimate at the latest push: device clock minus server clock (bound)
    since: str  # received_at of the first push of this stretch of drift
    last_push: str  # received_at of the latest push


def push_offsets(conn: Connection, device_id: str) -> list[tuple[str, float]]:
    """(received_at, largest device_time - received_at in seconds) per push, oldest first."""
    rows = conn.execute(select(events.c.device_time, events.c.received_at).where(
        events.c.bucket == bucket_of(device_id), events.c.device_id == device_id)
        .order_by(events.c.seq.desc()).limit(RECENT_EVENTS)).all()
    pushes: dict[str, float] = {}
    for device_time, received_at in rows:
        try:
            offset = (parse_iso(device_time) - parse_iso(received_at)).total_seconds()
        except (TypeError, ValueError):
            continue  # a time that is no time tells nothing about the clock
        pushes[received_at] = max(offset, pushes.get(received_at, offset))
    return sorted(pushes.items())


def states(pushes: list[tuple[str, float]], limit_s: float) -> list[tuple[str, str, float]]:
    """(received_at, state, estimate) per push, oldest first. `ahead` is judged on the push's own
    events (certain, and a clock set right shows at its next push); `behind` on the largest offset
    of the pushes in the 24 hours up to it (so one late sync after a day offline is weighed with
    the day's earlier, prompter pushes)."""
    moments = [parse_iso(received) for received, _ in pushes]
    result, start = [], 0
    for index, (received, own) in enumerate(pushes):
        while moments[index] - moments[start] >= WINDOW:
            start += 1
        window = max(offset for _, offset in pushes[start:index + 1])
        if own > limit_s:
            result.append((received, "ahead", own))
        elif window < -limit_s:
            result.append((received, "behind", window))
        else:
            result.append((received, "ok", window))
    return result


def drift_of(pushes: list[tuple[str, float]], limit_s: float) -> Drift | None:
    """The drift as of the latest push, with the push its current stretch began at; None when the
    clock is within `limit_s` at the latest push (or there is none)."""
    judged = states(pushes, limit_s)
    if not judged or judged[-1][1] == "ok":
        return None
    last_received, state, estimate = judged[-1]
    since = last_received
    for received, other, _estimate in reversed(judged):
        if other != state:
            break
        since = received
    return Drift(state, estimate, since, last_received)


def current_drift(conn: Connection, device_id: str, limit_s: float) -> Drift | None:
    """`drift_of` the device's recent pushes."""
    return drift_of(push_offsets(conn, device_id), limit_s)
