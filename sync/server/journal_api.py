"""The devices' technical journals for supervisors, under /api/v1/supervisor:

- GET /journal?device=T07&kind=wrong_pin&limit=100&before=ARRIVAL   newest first, paged by `next`

Read only: a journal entry is a device's signed event, never changed on the server."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import Query, Request
from pydantic import BaseModel

from core.fiscal_events import JOURNAL_KINDS
from sync.server.db import reading
from sync.server.journal_view import MAX_LIMIT, journal_entries
from sync.server.supervisor_api import supervisor_router

router = supervisor_router(tags=["supervisor: technical journal"])

JournalKind = Literal[JOURNAL_KINDS]  # type: ignore[valid-type] - the contract's tuple, spelled once


class JournalEntry(BaseModel):
    arrival: int
    device: str
    device_id: str
    seq: int
    kind: str
    at: str
    agent_id: str | None
    agent: str
    details: dict[str, Any]
    received_at: str


class JournalPage(BaseModel):
    entries: list[JournalEntry]
    next: int | None


@router.get("/journal", response_model=JournalPage)
def list_journal(request: Request, device: str | None = Query(default=None, max_length=8),
                 kind: JournalKind | None = None, limit: int = Query(default=100, ge=1, le=MAX_LIMIT),
                 before: int | None = Query(default=None, ge=0)) -> dict[str, Any]:
    with reading(request.app.state.engine) as conn:
        return journal_entries(conn, device=device or None, kind=kind, limit=limit, before=before)
