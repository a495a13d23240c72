"""Attempt counters kept in the database, so every worker sees the same count (enrollment
attempts, supervisor logins, and receipt look-ups by number and code on the verification page).

A key's window opens at its first attempt and lasts `window_s`. Windows aligned to the clock let
a burst straddle a boundary and be counted twice as half (so twice the limit got through), and a
slow client was told to wait or not depending on the minute it happened to start."""
from __future__ import annotations

import time

from sqlalchemy import Engine, select

from sync.server.schema import rate_limits

_DAY_S = 86_400


def count_attempt(engine: Engine, key: str, limit: int, window_s: int) -> float | None:
    """Count one attempt for `key`: None when it is within `limit` for its open window, else the
    seconds until that window closes."""
    now = time.time()
    with engine.begin() as conn:
        # Other kinds of key may keep longer windows: only this key's closed windows go now, and
        # everyone's after a day (the retention command sweeps the rest).
        conn.execute(rate_limits.delete().where(
            (rate_limits.c.key == key) & (rate_limits.c.window_start <= now - window_s)
            | (rate_limits.c.window_start <= now - max(window_s, _DAY_S))))
        open_window = conn.execute(
            select(rate_limits.c.window_start, rate_limits.c.count)
            .where(rate_limits.c.key == key, rate_limits.c.window_start > now - window_s)
            .order_by(rate_limits.c.window_start).limit(1)).first()
        if open_window is None:
            start, count = int(now), 0
            conn.execute(rate_limits.insert().values(key=key, window_start=start, count=1))
        else:
            start, count = open_window
            conn.execute(rate_limits.update().where(rate_limits.c.key == key, rate_limits.c.window_start == start)
                         .values(count=count + 1))
    if count + 1 > limit:
        return max(start + window_s - now, 1.0)
    return None
