"""Pushed `submission.recorded` events are kept per form version in `submissions`, by the bulk
path and by the event-by-event path alike, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from typing import Any

import pytest

from sync.server import push as push_module
from sync.server.push_bulk import Fallback
from sync.server.schema import quarantine, submissions
from tests.server.census_support import record_submission
from tests.server.support import enrolled_device, push, push_all, wire_events

POINT = '{"type":"Point","coordinates":[22.41,-5.89]}'


def _seq_of(ledger, submission_id: str) -> int:  # noqa: ANN001
    return next(e["seq"] for e in wire_events(ledger) if json.loads(e["payload"])["data"].get("id") == submission_id)


def _refuse_bulk(*_args: Any, **_kwargs: Any) -> None:
    raise Fallback("bulk path disabled by the test")


@pytest.mark.parametrize("path", ["bulk", "each"])
def test_pushed_submissions_are_stored_per_form_version(server, tmp_path, monkeypatch, path):
    if path == "each":
        monkeypatch.setattr(push_module, "apply_bulk", _refuse_bulk)
    ledger, token = enrolled_device(tmp_path / "d.db", server)
    agent = server.agent_id("Ilunga Kabeya")
    first = record_submission(ledger, agent, answers={"building": {"floor_area": "120"}, "hh": [{"n": "3"}]},
                              geometry=POINT)
    second = record_submission(ledger, agent, version="2026.2", geometry={"type": "Point", "coordinates": [22, -5]},
                               at="2026-11-21T10:00:00.000Z")
    answer = push_all(server, token, ledger)
    assert answer["quarantined"] == []
    rows = {r["id"]: r for r in server.rows(submissions)}
    assert set(rows) == {first, second}
    one = rows[first]
    assert (one["form_id"], one["form_version"], one["agent_id"], one["device_id"]) == \
        ("census_buildings", "2026.1", agent, ledger.device.id)
    assert json.loads(one["answers"]) == {"building": {"floor_area": "120"}, "hh": [{"n": "3"}]}
    assert one["geometry"] == POINT and one["recorded_at"] == "2026-11-20T09:15:00.000Z"
    assert one["event_seq"] == _seq_of(ledger, first) and one["received_at"]
    assert rows[second]["form_version"] == "2026.2"
    assert json.loads(rows[second]["geometry"]) == {"type": "Point", "coordinates": [22, -5]}


@pytest.mark.parametrize("path", ["bulk", "each"])
def test_a_submission_that_does_not_fit_is_quarantined_not_stored(server, tmp_path, monkeypatch, path):
    if path == "each":
        monkeypatch.setattr(push_module, "apply_bulk", _refuse_bulk)
    ledger, token = enrolled_device(tmp_path / "d.db", server)
    agent = server.agent_id("Ilunga Kabeya")
    good = record_submission(ledger, agent)
    bad = record_submission(ledger, agent, answers=["not", "an", "object"])  # type: ignore[arg-type]
    answer = push_all(server, token, ledger)
    assert [(q["seq"], q["code"]) for q in answer["quarantined"]] == [(_seq_of(ledger, bad), "data_invalid")]
    assert [r["id"] for r in server.rows(submissions)] == [good]
    assert [r["seq"] for r in server.rows(quarantine)] == [_seq_of(ledger, bad)]


def test_a_submission_by_an_unknown_agent_is_quarantined(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "d.db", server)
    record_submission(ledger, "01938a00-0000-7000-8000-0000000000ff")
    answer = push_all(server, token, ledger)
    assert [q["code"] for q in answer["quarantined"]] == ["agent_unknown"]
    assert server.rows(submissions) == []


def test_a_resent_batch_stores_each_submission_once(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "d.db", server)
    record_submission(ledger, server.agent_id("Ilunga Kabeya"))
    push_all(server, token, ledger)
    again = push(server, token, wire_events(ledger))
    assert again.status_code == 200 and again.json()["duplicates"] == len(wire_events(ledger))
    assert len(server.rows(submissions)) == 1
