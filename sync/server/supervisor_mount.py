"""Every router of the supervisor's API, mounted on the app in one place."""
from __future__ import annotations

from fastapi import FastAPI

from sync.server import (admin_api, alerts_api, census_api, dashboard_api, journal_api, reconcile_api, registry_api,
                         reports_api, statements_api, supervisor_api)


def mount_supervisor(app: FastAPI) -> None:
    app.include_router(supervisor_api.open_router())
    # Each feature's router is a supervisor_api.supervisor_router(): every route needs a session.
    for feature in (dashboard_api, reconcile_api, alerts_api, statements_api, registry_api, reports_api, admin_api,
                    census_api, journal_api):
        app.include_router(feature.router)
