"""Device endpoints for app updates: GET /api/v1/release?platform=… (the current release, signed)
and GET /api/v1/releases/{id} (its installer file, streamed; a `Range: bytes=N-` request gets the
rest from byte N, so a download cut by the network resumes where it stopped)."""

import re
from pathlib import Path
from typing import Annotated, Any, Callable, Iterator, Literal

from fastapi import Depends, FastAPI, Header, Path as PathParam, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from sqlalchemy import Engine

from sync.releases import PLATFORMS
from sync.server import releases
from sync.server.common import now_iso
from sync.server.db import reading
from sync.server.errors import ApiError

MEDIA_TYPE = "application/octet-stream"
_CHUNK = 256 * 1024
_RANGE = re.compile(r"^bytes=(\d{1,15})-$")  # the one form served: from byte N to the end
_RANGE_OR_NONE = r"^(bytes=\d{1,15}-)?$"  # what the schema states: that form, or no Range at all
Platform = Literal["linux-deb", "windows-exe"]  # sync.releases.PLATFORMS, as the schema states it
assert set(PLATFORMS) == set(Platform.__args__)  # noqa: S101 - one list, said twice


class Release(BaseModel):
    id: str
    version: str
    platform: str
    file_name: str
    size: int
    sha256: str
    notes: str
    published_at: str
    signature: str
    signed_by: str


class CurrentRelease(BaseModel):
    release: Release | None
    server_time: str


def mount_releases(app: FastAPI, engine: Engine, current_device: Callable[..., dict[str, Any]],
                   private_key: Callable[[], str], errors: dict[int | str, dict[str, Any]]) -> None:
    data_dir = app.state.settings.data_dir

    @app.get("/api/v1/release", response_model=CurrentRelease, responses=errors)
    def current_release(device: Annotated[dict, Depends(current_device)],
                        platform: Annotated[Platform, Query()]) -> dict[str, Any]:
        with reading(engine) as conn:
            found = releases.current(conn, platform, private_key())
        return {"release": found, "server_time": now_iso()}

    @app.get("/api/v1/releases/{release_id}", response_class=StreamingResponse,
             responses={**errors, 404: errors[400], 416: errors[400],
                        200: {"description": "the installer file", "content": {MEDIA_TYPE: {"schema": {"type": "string"}}}},
                        206: {"description": "the installer file from the byte asked for",
                              "content": {MEDIA_TYPE: {"schema": {"type": "string"}}}}})
    def download(device: Annotated[dict, Depends(current_device)],
                 release_id: Annotated[str, PathParam(max_length=36)],
                 range_: Annotated[str, Header(alias="Range", pattern=_RANGE_OR_NONE)] = "") -> StreamingResponse:
        with reading(engine) as conn:
            found = releases.find(conn, release_id, data_dir)
        if found is None:
            raise ApiError(404, "not_found", f"no release {release_id} on this server")
        info, path = found
        size = path.stat().st_size
        start = _start_of(range_, size)
        headers = {"X-Content-SHA256": info["sha256"], "Content-Length": str(size - start),
                   "Accept-Ranges": "bytes", "Content-Disposition": f'attachment; filename="{info["file_name"]}"'}
        if start:
            headers["Content-Range"] = f"bytes {start}-{size - 1}/{size}"
        return StreamingResponse(_chunks(path, start), status_code=206 if start else 200, media_type=MEDIA_TYPE,
                                 headers=headers)


def _start_of(header: str | None, size: int) -> int:
    """The first byte asked for: 0 without a Range; a range this server does not serve is a 416."""
    if not header:
        return 0
    found = _RANGE.match(header.strip())
    if found is None:
        raise ApiError(416, "range_not_satisfiable", "only a range 'bytes=N-' is served")
    start = int(found.group(1))
    if start >= size:
        raise ApiError(416, "range_not_satisfiable", f"the file has {size} bytes; byte {start} is past its end",
                       headers={"Content-Range": f"bytes */{size}"})
    return start


def _chunks(path: Path, start: int) -> Iterator[bytes]:
    with path.open("rb") as handle:
        handle.seek(start)
        while chunk := handle.read(_CHUNK):
            yield chunk
