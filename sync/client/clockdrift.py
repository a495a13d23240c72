"""The server's clock against the device's. Events keep their device time (invariant 9); the
offset is only shown, and a drift past five minutes is reported so the agent fixes the clock."""
from __future__ import annotations

from core.clock import parse_iso

DRIFT_LIMIT_S = 300.0


def offset_seconds(client: object) -> float | None:
    """Server time minus device time, from the last answer that carried `server_time`."""
    server, local = getattr(client, "last_server_time", None), getattr(client, "last_local_time", None)
    if server is None or local is None:
        return None
    try:
        return round(parse_iso(server).timestamp() - local, 3)
    except (ValueError, TypeError, OverflowError):
        return None


def drifted(offset: float | None) -> bool:
    return offset is not None and abs(offset) > DRIFT_LIMIT_S
