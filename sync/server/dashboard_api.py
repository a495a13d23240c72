"""`GET /api/v1/supervisor/dashboard?from=D&to=D`: the dashboard's figures (dashboard_data.py)."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Any

from fastapi import Query, Request

from core.timezones import zone
from sync.server import supervisor_api
from sync.server.dashboard_data import WindowError, dashboard, parse_window, settings
from sync.server.db import reading
from sync.server.errors import ApiError

router = supervisor_api.supervisor_router(tags=["supervisor"])


@router.get("/dashboard")
def read_dashboard(request: Request, supervisor: supervisor_api.Supervisor,
                   first: Annotated[str | None, Query(alias="from", max_length=10)] = None,
                   last: Annotated[str | None, Query(alias="to", max_length=10)] = None) -> dict[str, Any]:
    """The window's local days, both included (default: the last 30 days to today)."""
    with reading(request.app.state.engine) as conn:
        tz = zone(settings(conn).get("timezone")) or timezone.utc
        try:
            start, end = parse_window(first, last, datetime.now(tz).date())
        except WindowError as error:
            raise ApiError(400, "bad_window", str(error)) from None
        return dashboard(conn, start, end)
