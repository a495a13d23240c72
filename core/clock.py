"""Device time. Recorded and shown, never used to order anything (invariant 9)."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso_to_ms(text: str) -> int:
    """Milliseconds since 1970 (UTC), for large tables where 24 characters per row add up."""
    return round(parse_iso(text).timestamp() * 1000)
