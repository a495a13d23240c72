"""Census on a test server: a `submission.recorded` event appended on a real device (the
shape helper submissions' Ledger writes, docs/census/submissions.md) and a small serialized form."""
from __future__ import annotations

from typing import Any

from core.events import append_event
from core.ids import new_id
from core.service import Ledger


def record_submission(ledger: Ledger, agent_id: str | None, *, form_id: str = "census_buildings",
                      version: str = "2026.1", answers: dict[str, Any] | None = None,
                      geometry: Any = None, taxpayer_id: str | None = None,
                      at: str = "2026-11-20T09:15:00.000Z") -> str:
    submission_id = new_id()
    data = {"id": submission_id, "form_id": form_id, "form_version": version,
            "answers": answers if answers is not None else {"building": {"floor_area": "120"}},
            "geometry": geometry, "taxpayer_id": taxpayer_id, "started_at": at}
    device = ledger.device
    with ledger.store.transaction() as conn:
        append_event(conn, event_type="submission.recorded", data=data, device_id=device.id, device_time=at,
                     signing_key=device.private_key, agent_id=agent_id, entity_id=submission_id)
    return submission_id
