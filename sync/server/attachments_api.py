"""Device endpoints for census photos (docs/census/media.md, sync/server/attachments.py):

    POST /api/v1/attachments/missing   {"sha256": [...]} -> {"missing": [...]}: what to send
    PUT  /api/v1/attachments/{sha256}  the file's bytes -> {"sha256", "size", "stored"}

Both need the device token. A PUT is checked (hash, size limit, referenced by an accepted
submission of this device) and idempotent: the same file again answers stored=false."""
from __future__ import annotations

from typing import Any, Callable

from fastapi import Depends, FastAPI, Path as PathParam, Request
from pydantic import BaseModel, Field
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from sync.server import attachments
from sync.server.db import reading

ATTACHMENTS_PATH = "/api/v1/attachments/"


class Wanted(BaseModel):
    sha256: list[str] = Field(max_length=5000)


class Missing(BaseModel):
    missing: list[str]


class Received(BaseModel):
    sha256: str
    size: int
    stored: bool


def mount_attachments(app: FastAPI, engine: Engine, current_device: Callable[..., dict[str, Any]],
                      errors: dict[int | str, dict[str, Any]]) -> None:
    settings = app.state.settings

    @app.post("/api/v1/attachments/missing", response_model=Missing, responses=errors)
    def missing(wanted: Wanted, device: dict = Depends(current_device)) -> dict[str, Any]:  # noqa: B008
        with reading(engine) as conn:
            have = attachments.held(conn, settings.data_dir, wanted.sha256)
        return {"missing": [h for h in dict.fromkeys(wanted.sha256) if h not in have]}

    @app.put("/api/v1/attachments/{sha256}", response_model=Received, responses={**errors, 403: errors[403]})
    async def upload(request: Request, sha256: str = PathParam(pattern="^[0-9a-f]{64}$"),  # noqa: B008
                     device: dict = Depends(current_device)) -> dict[str, Any]:  # noqa: B008
        body = await request.body()  # BodyLimit has already refused anything over the photo limit
        return await run_in_threadpool(attachments.receive, engine, settings.data_dir, device["id"], sha256,
                                       body, settings.max_attachment_bytes)
