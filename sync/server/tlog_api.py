"""The transparency log's public routes (no login; sync/PROTOCOL.md, "Transparency log").

    GET /api/v1/log/checkpoint                    the latest signed checkpoint (text/plain, a signed note)
    GET /api/v1/log/checkpoints?after=ID          every checkpoint ever published, oldest first, paged
    GET /api/v1/log/key                           the log's origin and its verifier keys (name+hash+key)
    GET /api/v1/log/inclusion?size=N&index=I      RFC 9162 inclusion proof of leaf I in the tree of N
        (or &device=D&seq=S: the leaf of that event; or &leaf=B: the leaf whose hash is B, base64)
    GET /api/v1/log/consistency?first=M&second=N  RFC 9162 consistency proof between two tree sizes

Hashes are base64, as in the checkpoints."""
from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import FastAPI, Query
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel
from sqlalchemy import Engine

from sync.server import tlog, tlog_checkpoints
from sync.server.db import reading
from sync.server.errors import ApiError

MAX_SIZE = 2**62
# The base64 of 32 bytes: 43 characters, the last carrying 4 bits, then one "=".
LEAF_B64 = r"^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$"


class CheckpointRecord(BaseModel):
    id: int
    origin: str
    size: int
    root: str  # hex
    note: str
    created_at: str


class CheckpointList(BaseModel):
    checkpoints: list[CheckpointRecord]
    more: bool


class LogKey(BaseModel):
    origin: str
    vkey: str  # the key signing now
    vkeys: list[str]  # every key that ever signed, oldest first


class InclusionProof(BaseModel):
    index: int
    size: int
    leaf_hash: str
    proof: list[str]


class ConsistencyProof(BaseModel):
    first: int
    second: int
    proof: list[str]


def b64(value: bytes) -> str:
    return base64.b64encode(value).decode()


def _log_error(exc: tlog.LogError) -> ApiError:
    return ApiError(500 if exc.code == "log_damaged" else 404, exc.code, exc.message)


def inclusion_answer(conn: Any, index: int, size: int) -> dict[str, Any]:
    try:
        proof = tlog.inclusion(conn, index, size)
        return {"index": index, "size": size, "leaf_hash": b64(tlog.leaf_hash(conn, index)),
                "proof": [b64(p) for p in proof]}
    except tlog.LogError as exc:
        raise _log_error(exc) from None


def _leaf_bytes(text: str) -> bytes:
    """A leaf hash as the proofs give it (base64 of 32 bytes); anything else names no leaf."""
    try:
        value = base64.b64decode(text, validate=True)
    except ValueError:
        raise ApiError(400, "bad_request", "leaf must be the base64 of a 32-byte leaf hash") from None
    if len(value) != 32:
        raise ApiError(400, "bad_request", "leaf must be the base64 of a 32-byte leaf hash")
    return value


def mount_tlog(app: FastAPI, engine: Engine, public_key: Callable[[], str], api_errors: dict) -> None:
    # A size the log has not reached, a leaf outside the tree, no checkpoint yet: a 404 in the schema.
    errors = {**api_errors, 404: api_errors[400]}
    @app.get("/api/v1/log/checkpoint", response_class=PlainTextResponse, responses={404: {
        "description": "no checkpoint yet", "content": {"text/plain": {"schema": {"type": "string"}}}}})
    def checkpoint() -> PlainTextResponse:
        with reading(engine) as conn:
            found = tlog_checkpoints.latest(conn)
        if found is None:  # as text, like the checkpoint itself: a witness reading notes reads this too
            return PlainTextResponse("the log has no checkpoint yet\n", status_code=404)
        return PlainTextResponse(found["note"], headers={"Cache-Control": "no-cache"})

    @app.get("/api/v1/log/checkpoints", response_model=CheckpointList, responses=errors)
    def checkpoints(after: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,  # the id column is 32-bit
                    limit: Annotated[int, Query(ge=1, le=1000)] = 1000) -> dict[str, Any]:
        with reading(engine) as conn:
            found = tlog_checkpoints.all_checkpoints(conn, after, limit + 1)
        return {"checkpoints": found[:limit], "more": len(found) > limit}

    @app.get("/api/v1/log/key", response_model=LogKey, responses=errors)
    def key() -> dict[str, Any]:
        with reading(engine) as conn:
            origin = tlog_checkpoints.origin_of(conn)
            every = tlog_checkpoints.vkeys(conn, origin)
        return {"origin": origin, "vkey": tlog_checkpoints.verifier(origin, public_key()).vkey, "vkeys": every}

    @app.get("/api/v1/log/inclusion", response_model=InclusionProof, responses=errors)
    def inclusion(size: Annotated[int, Query(ge=1, le=MAX_SIZE)],
                  index: Annotated[int | None, Query(ge=0, le=MAX_SIZE)] = None,
                  device: Annotated[str | None, Query(max_length=36)] = None,
                  seq: Annotated[int | None, Query(ge=1, le=2**53 - 1)] = None,
                  leaf: Annotated[str | None, Query(pattern=LEAF_B64)] = None) -> dict[str, Any]:
        with reading(engine) as conn:
            if index is None and leaf is not None:
                index = tlog.index_of_leaf(conn, _leaf_bytes(leaf))
            elif index is None and device is not None and seq is not None:
                index = tlog.index_of_event(conn, device, seq)
            if index is None:
                # No leaf named is no leaf found: a 404, as the schema cannot say "index, or device and seq".
                raise ApiError(404, "log_index_unknown", "give a leaf index, the hash of a leaf in the log, "
                                                         "or the device and seq of an event in it")
            return inclusion_answer(conn, index, size)

    @app.get("/api/v1/log/consistency", response_model=ConsistencyProof, responses=errors)
    def consistency(first: Annotated[int, Query(ge=0, le=MAX_SIZE)],
                    second: Annotated[int, Query(ge=0, le=MAX_SIZE)]) -> dict[str, Any]:
        with reading(engine) as conn:
            try:
                proof = tlog.consistency(conn, first, second)
            except tlog.LogError as exc:
                raise _log_error(exc) from None
        return {"first": first, "second": second, "proof": [b64(p) for p in proof]}
