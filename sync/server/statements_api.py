"""The supervisor's API for mobile-money statements, under /api/v1/supervisor/statements.

- GET  /statements/mappings, GET|PUT|POST /statements/mappings/{operator}: the operators' column mappings;
- POST /statements/preview {text}: the columns a file has, to map them;
- POST /statements/imports {operator, text, filename?, mapping?}: import a statement (the CSV's text);
- GET  /statements/imports, GET /statements/imports/{id}: imports, and one import's results;
- GET  /statements/results?from=YYYY-MM-DD&to=YYYY-MM-DD: results by local days (without: everything);
- POST /statements/flags/{flag_id}/clear {reason}: clear a flag, recorded with the supervisor's name."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import Query, Request
from pydantic import BaseModel, ConfigDict, Field, StrictStr

from sync.server import statements, statements_match, supervisor_api
from sync.server.db import reading
from sync.server.errors import ApiError
from sync.server.reconcile_ledger import day_bounds, municipality_settings
from sync.server.reference import AdminError
from sync.server.statement_csv import Mapping, preview

class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorAnswer(BaseModel):
    error: ErrorBody


# Every answer but 200 is {"error": {code, message}}: no session (401), a device's token (403), a
# refusal in words (400: a mapping, a file, a reason), nothing by that name (404).
router = supervisor_api.supervisor_router(tags=["statements"], responses={
    code: {"model": ErrorAnswer} for code in (400, 401, 403, 404)})
Supervisor = supervisor_api.Supervisor


class MappingBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reference: StrictStr = Field(max_length=120)
    amount: StrictStr = Field(max_length=120)
    time: StrictStr = Field(max_length=120)
    date_format: StrictStr = Field(default="", max_length=64)
    decimal: StrictStr = Field(default=".", max_length=1)
    direction: StrictStr | None = Field(default=None, max_length=120)
    direction_in: list[StrictStr] = Field(default_factory=list, max_length=30)
    status: StrictStr | None = Field(default=None, max_length=120)
    status_ok: list[StrictStr] = Field(default_factory=list, max_length=30)


class PreviewBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: StrictStr = Field(max_length=4 * 1024 * 1024)
    operator: StrictStr | None = Field(default=None, max_length=64)


class ImportBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    operator: StrictStr = Field(max_length=64)
    text: StrictStr = Field(max_length=4 * 1024 * 1024)
    filename: StrictStr | None = Field(default=None, max_length=260)
    mapping: MappingBody | None = None


class ClearBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: StrictStr = Field(default="", max_length=2000)


def _refusal(exc: AdminError) -> ApiError:
    return ApiError(400, "statement_refused", str(exc))


def _mapping(body: MappingBody) -> Mapping:
    try:
        return Mapping.from_dict(body.model_dump())
    except AdminError as exc:
        raise _refusal(exc) from None


@router.get("/statements/mappings")
def list_mappings(request: Request) -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        return {"mappings": statements.mappings(conn)}


@router.get("/statements/mappings/{operator}")
def get_mapping(operator: str, request: Request) -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        try:
            found = statements.mapping_of(conn, operator)
        except AdminError as exc:
            raise _refusal(exc) from None
    if found is None:
        raise ApiError(404, "no_mapping", f"no column mapping saved for {operator}")
    return {"operator": statements.operator_name(operator), "mapping": found.to_dict()}


@router.put("/statements/mappings/{operator}")
@router.post("/statements/mappings/{operator}")
def put_mapping(operator: str, body: MappingBody, request: Request, supervisor: Supervisor) -> dict[str, Any]:
    mapping = _mapping(body)
    with request.app.state.engine.begin() as conn:
        try:
            return statements.save_mapping(conn, operator, mapping, supervisor["name"])
        except AdminError as exc:
            raise _refusal(exc) from None


@router.post("/statements/preview")
def preview_file(body: PreviewBody, request: Request) -> dict[str, Any]:
    try:
        found = preview(body.text)
        saved = None
        if body.operator:
            with reading(request.app.state.engine) as conn:
                mapping = statements.mapping_of(conn, body.operator)
            saved = mapping.to_dict() if mapping else None
    except AdminError as exc:
        raise _refusal(exc) from None
    return {**found, "mapping": saved}


@router.post("/statements/imports")
def import_file(body: ImportBody, request: Request, supervisor: Supervisor) -> dict[str, Any]:
    mapping = _mapping(body.mapping) if body.mapping else None
    with request.app.state.engine.begin() as conn:
        try:
            done = statements.import_statement(conn, body.operator, body.text, filename=body.filename,
                                               by=supervisor["name"], mapping=mapping)
        except AdminError as exc:
            raise _refusal(exc) from None
    with reading(request.app.state.engine) as conn:
        return statements.import_results(conn, done["id"])


@router.get("/statements/imports")
def list_imports(request: Request) -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        return {"imports": statements.imports(conn)}


@router.get("/statements/imports/{import_id}")
def one_import(import_id: str, request: Request) -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        try:
            return statements.import_results(conn, import_id)
        except LookupError as exc:
            raise ApiError(404, "not_found", str(exc)) from None


def _day(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ApiError(400, "bad_request", f"{name}: give the day as YYYY-MM-DD") from None


@router.get("/statements/results")
def results(request: Request, start: Annotated[str | None, Query(alias="from", max_length=10)] = None,
            end: Annotated[str | None, Query(alias="to", max_length=10)] = None) -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        if start is None and end is None:
            return statements_match.results_for_all(conn)
        if start is None or end is None:
            raise ApiError(400, "bad_request", "give both from and to, or neither")
        first, last = _day(start, "from"), _day(end, "to")
        if last < first:
            raise ApiError(400, "bad_request", "to is before from")
        tz = municipality_settings(conn).get("timezone")
        return statements_match.results_for_range(conn, day_bounds(first, tz)[0], day_bounds(last, tz)[1])


@router.post("/statements/flags/{flag_id}/clear")
def clear(flag_id: str, body: ClearBody, request: Request, supervisor: Supervisor) -> dict[str, Any]:
    with request.app.state.engine.begin() as conn:
        try:
            return statements.clear_flag(conn, flag_id, body.reason, supervisor["name"])
        except AdminError as exc:
            raise _refusal(exc) from None
        except LookupError as exc:
            raise ApiError(404, "no_flag", str(exc)) from None
