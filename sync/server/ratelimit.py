"""Fixed-window attempt counters kept in the database, so every worker sees the same count
(enrollment attempts, and receipt look-ups by number and code on the verification page)."""
from __future__ import annotations

import time

from sqlalchemy import Engine, select

from sync.server.schema import rate_limits


def count_attempt(engine: Engine, key: str, limit: int, window_s: int) -> float | None:
    """Count one attempt for `key`: None when it is within `limit` for the current window, else
    the seconds until the next window opens."""
    now = time.time()
    window = int(now) // window_s * window_s
    with engine.begin() as conn:
        conn.execute(rate_limits.delete().where(rate_limits.c.window_start < window - window_s))
        count = conn.execute(select(rate_limits.c.count).where(rate_limits.c.key == key,
                                                               rate_limits.c.window_start == window)).scalar()
        if count is None:
            conn.execute(rate_limits.insert().values(key=key, window_start=window, count=1))
        else:
            conn.execute(rate_limits.update().where(rate_limits.c.key == key, rate_limits.c.window_start == window)
                         .values(count=count + 1))
    if (count or 0) + 1 > limit:
        return max(window + window_s - now, 1.0)
    return None
