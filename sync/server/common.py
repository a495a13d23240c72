"""Small helpers every server module shares: time, hashing, buckets, JSON."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

from sync.server.schema import BUCKETS


def now_iso() -> str:
    """Server time, ISO 8601 UTC with milliseconds and Z, as the device writes its own."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def bucket_of(device_id: str) -> int:
    """The events partition of a device: stable, from a hash of its id."""
    return hashlib.sha256(device_id.encode("utf-8")).digest()[0] % BUCKETS


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)
