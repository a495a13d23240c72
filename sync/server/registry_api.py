"""The supervisor's registry endpoints: conflicts to resolve field by field, probable duplicates
to merge or dismiss (sync/server/registry_conflicts.py, registry_duplicates.py)."""
from __future__ import annotations

from typing import Any, Callable

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, StrictStr
from sqlalchemy.exc import IntegrityError

from sync.server import registry_conflicts, registry_duplicates, supervisor_api
from sync.server.db import reading
from sync.server.errors import ApiError
from sync.server.reference import AdminError, zone_ids_by_code

router = supervisor_api.supervisor_router(tags=["registry"])


class ResolveRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    choices: dict[StrictStr, StrictStr | None]  # field -> the value chosen
    reason: StrictStr = Field(max_length=2000)


class MergeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    keep: StrictStr = Field(min_length=1, max_length=36)
    merge: StrictStr = Field(min_length=1, max_length=36)
    reason: StrictStr = Field(max_length=2000)


class DismissRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    a: StrictStr = Field(min_length=1, max_length=36)
    b: StrictStr = Field(min_length=1, max_length=36)
    reason: StrictStr = Field(max_length=2000)


def _decide(request: Request, action: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run a decision in one transaction; refusals become the API's errors."""
    try:
        with request.app.state.engine.begin() as conn:
            return action(conn, *args)
    except registry_conflicts.ConflictError as error:
        raise ApiError(409, "conflict", str(error)) from None
    except AdminError as error:
        raise ApiError(400, "bad_request", str(error)) from None
    except LookupError as error:
        raise ApiError(404, "not_found", str(error.args[0])) from None
    except IntegrityError:  # the same decision made at the same moment by someone else
        raise ApiError(409, "conflict", "this was decided meanwhile by someone else; reload") from None


@router.get("/conflicts")
def list_conflicts(request: Request) -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        return {"taxpayers": registry_conflicts.open_conflicts(conn)}


@router.post("/conflicts/{taxpayer_id}/resolve")
def resolve_conflicts(taxpayer_id: str, body: ResolveRequest, request: Request,
                      supervisor: supervisor_api.Supervisor) -> dict[str, Any]:
    return _decide(request, registry_conflicts.resolve, taxpayer_id, body.choices, body.reason, supervisor["name"])


@router.get("/duplicates")
def list_duplicates(request: Request, zone: str | None = None) -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        zone_id = None
        if zone is not None:
            zone_id = zone_ids_by_code(conn).get(zone)
            if zone_id is None:
                raise ApiError(400, "bad_request", f"unknown zone {zone!r}")
        return registry_duplicates.probable_duplicates(conn, zone_id)


@router.post("/duplicates/merge")
def merge_duplicates(body: MergeRequest, request: Request, supervisor: supervisor_api.Supervisor) -> dict[str, Any]:
    return _decide(request, registry_duplicates.merge, body.keep, body.merge, body.reason, supervisor["name"])


@router.post("/duplicates/dismiss")
def dismiss_duplicates(body: DismissRequest, request: Request,
                       supervisor: supervisor_api.Supervisor) -> dict[str, Any]:
    return _decide(request, registry_duplicates.dismiss, body.a, body.b, body.reason, supervisor["name"])
