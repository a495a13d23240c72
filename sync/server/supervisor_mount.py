"""Every router of the supervisor's API, mounted on the app in one place."""
from __future__ import annotations

from fastapi import FastAPI

from sync.server import (admin_api, alerts_api, reconcile_api, registry_api, reports_api, statements_api,
                         supervisor_api)


def mount_supervisor(app: FastAPI) -> None:
    app.include_router(supervisor_api.open_router())
    # Each feature's router (supervisor_api.supervisor_router()) is included below, one line each.
    app.include_router(reports_api.router)
    app.include_router(statements_api.router)
    app.include_router(reconcile_api.router)
    app.include_router(registry_api.router)
    app.include_router(admin_api.router)
    app.include_router(alerts_api.router)
