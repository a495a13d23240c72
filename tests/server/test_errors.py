"""Malformed, oversized or wrongly typed input gets a JSON 4xx with a stable code, never a 500."""
from __future__ import annotations

import json

import pytest

from core.canonical import canonical_json
from tests.server.support import auth, enrolled_device, push, record_sale, wire_events

GOOD_EVENT = {"seq": 1, "payload": "{}", "prev_hash": "0" * 64, "hash": "0" * 64, "signature": "00"}


def _error(response, status: int, code: str) -> None:  # noqa: ANN001
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]


@pytest.mark.parametrize("body", [
    b"{not json", b"[]", b"null", b'{"events": "all"}', b'{"events": []}', b'{"events": [{}]}',
    json.dumps({"events": [{**GOOD_EVENT, "seq": "1"}]}).encode(),
    json.dumps({"events": [{**GOOD_EVENT, "seq": 1.5}]}).encode(),
    json.dumps({"events": [{**GOOD_EVENT, "seq": 2 ** 80}]}).encode(),
    json.dumps({"events": [{**GOOD_EVENT, "hash": "XYZ"}]}).encode(),
    json.dumps({"events": [{**GOOD_EVENT, "extra": 1}]}).encode(),
    json.dumps({"events": [GOOD_EVENT] * 501}).encode(),
])
def test_bad_push_bodies_are_400(server, tmp_path, body):
    _ledger, token = enrolled_device(tmp_path / "device.db", server)
    response = server.client.post("/api/v1/push", content=body,
                                  headers={**auth(token), "Content-Type": "application/json"})
    _error(response, 400, "bad_request")


def test_oversized_body_is_413_before_parsing(server):
    body = b'{"events": "' + b"x" * (4 * 1024 * 1024 + 10) + b'"}'
    _error(server.client.post("/api/v1/push", content=body, headers={"Content-Type": "application/json"}),
           413, "body_too_large")

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(5):
            yield b"x" * (1024 * 1024)
    _error(server.client.post("/api/v1/enroll", content=chunks()), 413, "body_too_large")


def test_bad_enroll_bodies_are_400(server):
    for body in ({"code": 5, "device_id": "x", "public_key": "y"}, {"code": "A"},
                 {"code": "A", "device_id": "01938c00-0000-7000-8000-000000000001", "public_key": "zz" * 32}):
        _error(server.client.post("/api/v1/enroll", json=body), 400, "bad_request")


def test_payload_that_is_not_an_envelope_is_refused_as_integrity(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    batch = wire_events(ledger)
    non_canonical = json.dumps(json.loads(batch[0]["payload"]), indent=1)
    _error(push(server, token, [{**batch[0], "payload": non_canonical}]), 409, "payload_invalid")
    other_seq = json.loads(batch[0]["payload"]) | {"seq": 2}
    _error(push(server, token, [{**batch[0], "payload": canonical_json(other_seq)}]), 409, "payload_invalid")
    _error(push(server, token, [batch[0], batch[2]]), 409, "seq_gap")


def test_unknown_paths_and_methods_are_json(server):
    _error(server.client.get("/api/v1/nothing"), 404, "not_found")
    _error(server.client.get("/api/v1/push"), 405, "method_not_allowed")


def test_pull_limit_out_of_range_is_400(server, tmp_path):
    _ledger, token = enrolled_device(tmp_path / "device.db", server)
    for limit in ("0", "-1", "99999999", "ten"):
        _error(server.client.get("/api/v1/pull", params={"limit": limit}, headers=auth(token)), 400, "bad_request")


def test_health_and_openapi(server):
    health = server.client.get("/api/v1/health").json()
    assert health["status"] == "ok" and health["database"] in ("sqlite", "postgresql")
    schema = server.client.get("/openapi.json").json()
    assert {"/api/v1/enroll", "/api/v1/push", "/api/v1/pull", "/api/v1/device", "/api/v1/health"} <= \
        set(schema["paths"])
