"""The supervisor's API, under /api/v1/supervisor: login, logout, who am I.

Every other supervisor endpoint lives in its own module as an APIRouter built by
`supervisor_router()`, which carries `current_supervisor`, so that no endpoint under the prefix
can be reached with an agent's device token (tests/server/test_supervisor_auth.py walks them all)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from pydantic import BaseModel, ConfigDict, Field, StrictStr

from sync.server import supervisors
from sync.server.db import reading
from sync.server.errors import ApiError
from sync.server.ratelimit import count_attempt

PREFIX = "/api/v1/supervisor"


def bearer(authorization: str | None) -> str:
    if not authorization or not authorization.startswith("Bearer ") or len(authorization) > 200:
        raise ApiError(401, "unauthenticated", "log in as a supervisor first")
    return authorization[len("Bearer "):].strip()


def current_supervisor(request: Request, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    """The logged-in supervisor ({id, name, role, expires_at}); 401 without a live session, 403 for a device token."""
    token = bearer(authorization)
    with reading(request.app.state.engine) as conn:
        return supervisors.supervisor_for_token(conn, token)


Supervisor = Annotated[dict, Depends(current_supervisor)]


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


# What every supervisor endpoint may answer besides its success (documented, so that the schema
# fuzz test holds the API to it): bad input, no session, a device's token, too many attempts.
AUTH_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorResponse} for code in (400, 401, 403, 429)}
# ... and what a feature's endpoint may refuse: nothing found, a conflicting decision, a refused value.
FEATURE_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorResponse}
                                                   for code in (400, 401, 403, 404, 409, 422)}


def supervisor_router(**kwargs: Any) -> APIRouter:
    """An APIRouter under the supervisor prefix whose every route requires a supervisor's session."""
    kwargs.setdefault("responses", FEATURE_ERRORS)
    return APIRouter(prefix=PREFIX, dependencies=[Depends(current_supervisor)], **kwargs)


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: StrictStr = Field(min_length=1, max_length=120)
    password: StrictStr = Field(min_length=1, max_length=200)
    totp: StrictStr | None = Field(default=None, max_length=12)


class SupervisorRef(BaseModel):
    id: str
    name: str


class LoginResponse(BaseModel):
    token: str
    expires_at: str
    role: str
    supervisor: SupervisorRef


class Me(BaseModel):
    id: str
    name: str
    role: str
    expires_at: str


def open_router() -> APIRouter:
    """Login (no session yet), logout and `me`."""
    router = APIRouter(prefix=PREFIX, tags=["supervisor"])

    @router.post("/login", response_model=LoginResponse, responses=AUTH_ERRORS)
    def login(body: LoginRequest, request: Request) -> dict[str, Any]:
        engine, settings = request.app.state.engine, request.app.state.settings
        client = request.client.host if request.client else "unknown"
        wait = count_attempt(engine, f"login:{client}", settings.login_attempts, settings.login_window_s)
        if wait is not None:
            raise ApiError(429, "rate_limited", "too many login attempts from this address; try later",
                           {"Retry-After": str(max(int(wait), 1))})
        with engine.begin() as conn:
            return supervisors.log_in(conn, body.name, body.password, body.totp, settings.supervisor_session_s)

    @router.get("/me", response_model=Me, responses=AUTH_ERRORS)
    def me(supervisor: Supervisor) -> dict[str, Any]:
        return supervisor

    @router.post("/logout", status_code=204, responses=AUTH_ERRORS)
    def logout(request: Request, supervisor: Supervisor,
               authorization: Annotated[str | None, Header()] = None) -> None:
        with request.app.state.engine.begin() as conn:
            supervisors.log_out(conn, bearer(authorization))

    return router
