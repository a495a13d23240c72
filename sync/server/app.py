"""The FastAPI application: API v1 (sync/PROTOCOL.md). It keeps no state of its own."""

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy.exc import IntegrityError
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt, StrictStr

from sync.server import enrollment, push as push_module
from sync.server.attachments_api import ATTACHMENTS_PATH, mount_attachments
from sync.server.basemaps_api import mount_basemaps
from sync.server.bodylimit import BodyLimit
from sync.server.common import now_iso
from sync.server.db import make_engine, migrate, reading
from sync.server.device_head import mount_device_head
from sync.server.errors import ApiError, install_handlers
from sync.server.opendata_page import mount_open_data
from sync.server.pull_wire import pull_page_bytes
from sync.server.releases_api import mount_releases
from sync.server.keyrotation import finish_pending, handovers
from sync.server.serverkey import KeyFile, load_or_create, record_public_key
from sync.server.snapshot import MEDIA_TYPE as SNAPSHOT_TYPE, snapshot_bound, snapshot_lines
from sync.server.settings import Settings, load_settings
from sync.server.series import kept_ahead as keep_series_ahead, register_ahead as register_series_ahead
from sync.server.supervisor_mount import mount_supervisor
from sync.server.tlog_api import mount_tlog
from sync.server.verify_mount import mount_verification


def _whole_number(value: Any) -> Any:
    """JSON has one number type: 266.0 is the integer 266 (as JSON Schema says), 266.5 and "266" are not."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


WholeNumber = Annotated[StrictInt, BeforeValidator(_whole_number)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrollRequest(Strict):
    code: StrictStr = Field(max_length=64)
    device_id: StrictStr = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    public_key: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")
    app_version: StrictStr | None = Field(default=None, max_length=32)


class ReceiptSeries(BaseModel):
    year: int
    code: str
    registered_at: str


class EnrollResponse(BaseModel):
    device_id: str
    device_code: str
    token: str
    server_time: str
    server_public_key: str
    config: dict[str, Any]
    recovery_public_key: str | None = None  # the municipality's X25519 key (base64), when it has made one
    series: list[ReceiptSeries] = []  # issue 14: this year's and next year's, registered at enrollment


class WireEventModel(Strict):
    seq: WholeNumber = Field(ge=1, le=2**53 - 1)  # the largest whole number every JSON reader keeps exact
    payload: StrictStr = Field(max_length=256 * 1024)
    prev_hash: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")
    hash: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")
    signature: StrictStr = Field(max_length=256)


class PushRequest(Strict):
    events: list[WireEventModel] = Field(min_length=1, max_length=500)


class Quarantined(BaseModel):
    seq: int
    code: str
    reason: str


class PushResponse(BaseModel):
    stored_through: int
    stored: int
    duplicates: int
    quarantined: list[Quarantined]
    server_time: str


class KeyHandover(BaseModel):
    kind: str
    number: int
    previous_key: str
    public_key: str
    at: str
    signature: str


class DeviceStatus(BaseModel):
    device_id: str
    device_code: str
    revoked: bool
    stored_through: int
    last_sync: str | None
    server_time: str
    server_key: str
    key_handovers: list[KeyHandover]
    series: list[ReceiptSeries] = []  # issue 14: registered at every sync (sync/server/series.py)


class PullRecord(BaseModel):
    kind: str
    id: str
    version: int
    data: dict[str, Any]


class PullResponse(BaseModel):
    records: list[PullRecord]
    next_cursor: str
    more: bool
    server_time: str
    signature: str


class Health(BaseModel):
    status: str
    database: str
    server_time: str


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorResponse} for code in (400, 401, 403, 409, 413, 429)}
_SNAPSHOT = {200: {"description": "newline-delimited pull pages (PullResponse), each signed",
                   "content": {SNAPSHOT_TYPE: {"schema": {"type": "string"}}}}}


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app over one database; migrations run here, so there is no separate step."""
    settings = settings or load_settings()
    engine = make_engine(settings)
    migrate(engine)
    with engine.begin() as conn:
        finish_pending(conn, settings.key_path)  # a rotation cut short after its commit
        load_or_create(settings.key_path)
        server_key = KeyFile(settings.key_path)  # read again when `key rotate` replaces the file
        record_public_key(conn, server_key.public(), now_iso())
    app = FastAPI(title="Quittance server", version="1", description="Sync API v1 (sync/PROTOCOL.md)")
    app.state.engine, app.state.settings = engine, settings
    install_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes,
                       larger={ATTACHMENTS_PATH: max(settings.max_body_bytes, settings.max_attachment_bytes)})

    def current_device(authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        if not authorization or not authorization.startswith("Bearer ") or len(authorization) > 200:
            raise ApiError(401, "unauthenticated", "a Bearer token is required")
        with reading(engine) as conn:
            return enrollment.device_for_token(conn, authorization[len("Bearer "):].strip())

    @app.get("/api/v1/health", response_model=Health)
    def health() -> dict[str, Any]:
        return {"status": "ok", "database": engine.dialect.name, "server_time": now_iso()}

    @app.post("/api/v1/enroll", response_model=EnrollResponse, responses=_ERRORS)
    def enroll(body: EnrollRequest, request: Request) -> dict[str, Any]:
        client = request.client.host if request.client else "unknown"
        enrollment.check_rate(engine, f"enroll:{client}", settings.enroll_attempts, settings.enroll_window_s)
        try:
            with engine.begin() as conn:
                answer = enrollment.enroll(conn, code=body.code, device_id=body.device_id,
                                           public_key=body.public_key, app_version=body.app_version)
                answer["series"] = register_series_ahead(conn, body.device_id)
        except IntegrityError:  # the same device enrolling twice at once through two workers
            raise ApiError(403, "enrollment_code_invalid", "this device is enrolled already") from None
        return {**answer, "server_time": now_iso(), "server_public_key": server_key.public()}

    @app.post("/api/v1/push", response_model=PushResponse, responses=_ERRORS)
    def push(body: PushRequest, device: Annotated[dict, Depends(current_device)]) -> dict[str, Any]:
        batch = [push_module.WireEvent(e.seq, e.payload, e.prev_hash, e.hash, e.signature) for e in body.events]
        result = push_module.push(engine, device["id"], batch)
        return {"stored_through": result.stored_through, "stored": result.stored, "duplicates": result.duplicates,
                "quarantined": result.quarantined, "server_time": now_iso()}

    @app.get("/api/v1/pull", response_model=PullResponse, responses=_ERRORS)
    def pull(device: Annotated[dict, Depends(current_device)],
             cursor: Annotated[str | None, Query(max_length=64)] = None,
             limit: Annotated[int, Query(ge=1, le=5000)] = settings.pull_page) -> Response:
        with reading(engine) as conn:  # the page as signed, sent as it is (sync/server/pull_wire.py)
            page = pull_page_bytes(conn, device, cursor, limit, server_key.private())
        return Response(page, media_type="application/json")

    @app.get("/api/v1/snapshot", response_class=StreamingResponse, responses={**_SNAPSHOT, **_ERRORS})
    def snapshot(device: Annotated[dict, Depends(current_device)],
                 cursor: Annotated[str | None, Query(max_length=64)] = None,
                 limit: Annotated[int, Query(ge=1, le=5000)] = settings.snapshot_page) -> StreamingResponse:
        after, until = snapshot_bound(engine, cursor)  # before the stream starts: a bad cursor is a 400
        # One key for the whole stream, read now: a rotation meanwhile does not split it.
        return StreamingResponse(snapshot_lines(engine, device, after, until, limit, server_key.private()),
                                 media_type=SNAPSHOT_TYPE)

    @app.get("/api/v1/device", response_model=DeviceStatus, responses=_ERRORS)
    def device_status(device: Annotated[dict, Depends(current_device)]) -> dict[str, Any]:
        with reading(engine) as conn:  # a device that trusts an older key walks these to the one in use
            chain = handovers(conn)
        series = keep_series_ahead(engine, device["id"])  # asked first at every sync: the series stay a year ahead
        return {"device_id": device["id"], "device_code": device["code"], "revoked": bool(device["revoked_at"]),
                "stored_through": device["stored_through"], "last_sync": device["last_sync_at"],
                "server_time": now_iso(), "server_key": server_key.public(), "key_handovers": chain, "series": series}

    mount_basemaps(app, engine, current_device, _ERRORS)  # census: basemaps devices download
    mount_attachments(app, engine, current_device, _ERRORS)  # census: the photos of submissions
    mount_device_head(app, engine, current_device, _ERRORS)  # before a restore: what the server holds
    mount_releases(app, engine, current_device, server_key.private, _ERRORS)  # updates: the app versions offered
    mount_verification(app, engine, settings)
    mount_open_data(app, engine, settings.open_data_stale_s)
    mount_supervisor(app)
    mount_tlog(app, engine, server_key.public, _ERRORS)  # issue 14: the transparency log
    return app


def app_from_env() -> FastAPI:
    """The factory uvicorn calls in each worker (`quittance-server serve`)."""
    return create_app(load_settings())
