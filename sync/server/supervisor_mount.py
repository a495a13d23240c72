"""Every router of the supervisor's API, mounted on the app in one place."""
from __future__ import annotations

from fastapi import FastAPI

from sync.server import supervisor_api
from sync.server import registry_api  # noqa: I001 (one import line per feature)


def mount_supervisor(app: FastAPI) -> None:
    app.include_router(supervisor_api.open_router())
    # Each feature's router (supervisor_api.supervisor_router()) is included below, one line each.
    app.include_router(registry_api.router)
