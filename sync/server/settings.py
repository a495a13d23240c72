"""Where the server keeps its data, read from the environment once at start."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    key_path: Path
    max_body_bytes: int = 4 * 1024 * 1024
    # A census photo uploaded by a device (sync/server/attachments.py): its own, larger body limit.
    max_attachment_bytes: int = 10 * 1024 * 1024
    # Enrollment attempts allowed per client address in one window (the counter lives in the DB).
    enroll_attempts: int = 10
    enroll_window_s: int = 600
    enrollment_ttl_s: int = 24 * 3600
    # Receipt look-ups by number and code per client address in one window (the page's rate limit).
    verify_attempts: int = 30
    verify_window_s: int = 600
    pull_page: int = 500
    snapshot_page: int = 2000  # records per line of the snapshot stream (sync/server/snapshot.py)
    # Seconds a worker may keep serving a month's open-data table after the data moved
    # (sync/server/opendata_cache.py); 0 recomputes on every change.
    open_data_stale_s: int = 60
    # A supervisor's session lasts this long from login (sync/server/supervisors.py).
    supervisor_session_s: int = 8 * 3600
    # Login attempts allowed per client address in one window.
    login_attempts: int = 10
    login_window_s: int = 600


def load_settings(**overrides: object) -> Settings:
    """QUITTANCE_SERVER_DATA (default ./.server-data), QUITTANCE_DATABASE_URL (default an SQLite
    file in the data directory) and QUITTANCE_OPEN_DATA_STALE_S; keyword overrides win (tests, the CLI)."""
    data_dir = Path(str(overrides.pop("data_dir", None) or os.environ.get("QUITTANCE_SERVER_DATA")
                        or ".server-data")).resolve()
    url = str(overrides.pop("database_url", None) or os.environ.get("QUITTANCE_DATABASE_URL")
              or f"sqlite:///{data_dir / 'server.db'}")
    key_path = Path(str(overrides.pop("key_path", None) or os.environ.get("QUITTANCE_SERVER_KEY")
                        or data_dir / "server-key.hex"))
    if "max_attachment_bytes" not in overrides and os.environ.get("QUITTANCE_MAX_ATTACHMENT_BYTES"):
        overrides["max_attachment_bytes"] = int(os.environ["QUITTANCE_MAX_ATTACHMENT_BYTES"])
    if "open_data_stale_s" not in overrides and os.environ.get("QUITTANCE_OPEN_DATA_STALE_S"):
        overrides["open_data_stale_s"] = int(os.environ["QUITTANCE_OPEN_DATA_STALE_S"])
    return Settings(data_dir=data_dir, database_url=url, key_path=key_path, **overrides)  # type: ignore[arg-type]
