"""Device endpoints for basemaps: GET /api/v1/basemaps (the list) and GET /api/v1/basemaps/{id}
(the MBTiles file, streamed, with its SHA-256 in a header so the client checks what it got)."""
from __future__ import annotations

from typing import Any, Callable, Iterator

from fastapi import Depends, FastAPI, Path as PathParam
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from sqlalchemy import Engine

from sync.server import basemaps
from sync.server.db import reading
from sync.server.errors import ApiError

MEDIA_TYPE = "application/x-sqlite3"  # MBTiles has no registered type of its own
_CHUNK = 256 * 1024


class Basemap(BaseModel):
    id: str
    name: str
    attribution: str
    bounds: str | None
    minzoom: int | None
    maxzoom: int | None
    size: int
    sha256: str
    added_at: str


class BasemapList(BaseModel):
    basemaps: list[Basemap]


def mount_basemaps(app: FastAPI, engine: Engine, current_device: Callable[..., dict[str, Any]],
                   errors: dict[int | str, dict[str, Any]]) -> None:
    data_dir = app.state.settings.data_dir

    @app.get("/api/v1/basemaps", response_model=BasemapList, responses=errors)
    def list_basemaps(device: dict = Depends(current_device)) -> dict[str, Any]:  # noqa: B008
        with reading(engine) as conn:
            return {"basemaps": basemaps.list_basemaps(conn)}

    @app.get("/api/v1/basemaps/{basemap_id}", response_class=StreamingResponse,
             responses={**errors, 404: errors[400],
                        200: {"description": "the MBTiles file", "content": {MEDIA_TYPE: {"schema": {"type": "string"}}}}})
    def download(basemap_id: str = PathParam(max_length=36),  # noqa: B008
                 device: dict = Depends(current_device)) -> StreamingResponse:  # noqa: B008
        with reading(engine) as conn:
            found = basemaps.find(conn, basemap_id, data_dir)
        if found is None:
            raise ApiError(404, "not_found", f"no basemap {basemap_id} on this server")
        info, path = found
        headers = {"X-Content-SHA256": info["sha256"], "Content-Length": str(path.stat().st_size),
                   "Content-Disposition": f'attachment; filename="{info["id"]}.mbtiles"'}
        return StreamingResponse(_chunks(path), media_type=MEDIA_TYPE, headers=headers)


def _chunks(path) -> Iterator[bytes]:  # noqa: ANN001
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk
