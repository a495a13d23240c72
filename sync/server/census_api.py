"""The supervisor's census endpoints under /api/v1/supervisor:

    GET /forms                                         every published form version
    GET /forms/{form_id}/submissions.zip[?version=V]   the submissions as CSV, one file per repeat, zipped

Every route needs a supervisor's session (supervisor_api.supervisor_router): an agent's device
token is refused."""
from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from fastapi import Path as PathParam, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from sync.server import census_forms, census_submissions, supervisor_api
from sync.server.db import reading
from sync.server.errors import ApiError
from sync.server.reference import AdminError

router = supervisor_api.supervisor_router(tags=["supervisor"])


class PublishedForm(BaseModel):
    form_id: str
    version: str
    title: dict[str, str]
    questions: int
    sha256: str
    published_at: str
    published_by: str


class FormList(BaseModel):
    forms: list[PublishedForm]


@router.get("/forms", response_model=FormList)
def list_forms(request: Request) -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        return {"forms": census_forms.list_forms(conn)}


@router.get("/forms/{form_id}/submissions.zip", response_class=Response,
            responses={200: {"description": "a ZIP of CSV files", "content": {"application/zip": {}}}})
def submissions_zip(request: Request, form_id: str = PathParam(max_length=64),  # noqa: B008
                    version: str | None = Query(None, max_length=64)) -> Response:
    with tempfile.TemporaryDirectory(prefix="quittance-export-") as folder:
        try:
            with reading(request.app.state.engine) as conn:
                done = census_submissions.export(conn, form_id, version, Path(folder),
                                                 request.app.state.settings.data_dir)
        except AdminError as exc:
            raise ApiError(404, "not_found", str(exc)) from None
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in done["files"]:
                archive.write(name, Path(name).name)
            for name in done["media"]:  # ODK Central's layout: the photos in media/ beside the CSVs
                archive.write(name, f"media/{Path(name).name}")
            if done["missing_media"]:  # listed, not fatal: a photo a device has not sent yet
                archive.writestr("media/MISSING.txt", "\n".join(done["missing_media"]) + "\n")
    filename = f"{form_id}-{done['version']}-submissions.zip"
    return Response(buffer.getvalue(), media_type="application/zip",
                    headers={"Cache-Control": "no-store", "Content-Disposition": f'attachment; filename="{filename}"',
                             "X-Submissions": str(done["submissions"]), "X-Media-Missing": str(len(done["missing_media"]))})
