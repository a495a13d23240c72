"""Enrollment: a one-time code and the device's key give an id, a token and the configuration."""
from __future__ import annotations

from sqlalchemy import update

from core.config import check_pin
from sync.server.common import sha256_hex
from sync.server.schema import devices, enrollment_codes
from tests.server.support import auth, enroll, make_device


def test_enrollment_gives_token_config_and_server_key(server, tmp_path):
    ledger = make_device(tmp_path / "device.db", server)
    answer = enroll(server, ledger, server.enrollment_code("T07"))
    assert answer["device_id"] == ledger.device.id  # the device keeps the id it made (invariant 2)
    assert answer["device_code"] == "T07"
    assert len(answer["server_public_key"]) == 64
    config = answer["config"]
    assert config["municipality"]["currency"] == "CDF"
    assert {z["code"] for z in config["zones"]} == {"KAT", "NDE", "LUK"}
    ilunga = next(a for a in config["agents"] if a["name"] == "Ilunga Kabeya")
    assert check_pin("1234", ilunga["pin_hash"])  # the device checks a PIN the server set
    [row] = server.rows(devices)
    assert row["token_hash"] == sha256_hex(answer["token"]) and answer["token"] not in str(row)
    status = server.client.get("/api/v1/device", headers=auth(answer["token"])).json()
    assert status["device_code"] == "T07" and status["revoked"] is False and status["stored_through"] == 0


def test_code_typed_in_lower_case_without_dashes_works(server, tmp_path):
    ledger = make_device(tmp_path / "device.db", server)
    code = server.enrollment_code("T07").replace("-", "").lower()
    assert enroll(server, ledger, code)["device_code"] == "T07"


def test_reused_code_is_refused(server, tmp_path):
    code = server.enrollment_code("T07")
    enroll(server, make_device(tmp_path / "a.db", server), code)
    other = make_device(tmp_path / "b.db", server, code="T08").device
    response = server.client.post("/api/v1/enroll", json={"code": code, "device_id": other.id,
                                                           "public_key": other.public_key})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "enrollment_code_invalid"


def test_expired_code_is_refused(server, tmp_path):
    code = server.enrollment_code("T07")
    with server.engine.begin() as conn:  # a day has passed
        conn.execute(update(enrollment_codes).values(expires_at="2020-01-01T00:00:00.000Z"))
    device = make_device(tmp_path / "a.db", server).device
    response = server.client.post("/api/v1/enroll", json={"code": code, "device_id": device.id,
                                                           "public_key": device.public_key})
    assert response.status_code == 403 and response.json()["error"]["code"] == "enrollment_code_invalid"


def test_unknown_code_and_unenrolled_token_are_refused(server, tmp_path):
    device = make_device(tmp_path / "a.db", server).device
    response = server.client.post("/api/v1/enroll", json={"code": "AAAA-BBBB-CCCC", "device_id": device.id,
                                                           "public_key": device.public_key})
    assert response.status_code == 403
    for path in ("/api/v1/device", "/api/v1/pull"):
        answer = server.client.get(path, headers=auth("not-a-token"))
        assert answer.status_code == 401 and answer.json()["error"]["code"] == "unauthenticated"
    assert server.client.get("/api/v1/device").status_code == 401


def test_enrollment_attempts_are_rate_limited_per_address(server_factory, tmp_path):
    server = server_factory(enroll_attempts=3)
    device = make_device(tmp_path / "a.db", server).device
    body = {"code": "WRONG-CODE", "device_id": device.id, "public_key": device.public_key}
    codes = [server.client.post("/api/v1/enroll", json=body).status_code for _ in range(4)]
    assert codes == [403, 403, 403, 429]
    limited = server.client.post("/api/v1/enroll", json=body)
    assert limited.json()["error"]["code"] == "rate_limited" and int(limited.headers["Retry-After"]) >= 1
    # Even the right code waits: the limit is on the address, not on wrong guesses only.
    good = {**body, "code": server.enrollment_code("T07")}
    assert server.client.post("/api/v1/enroll", json=good).status_code == 429


def test_a_revoked_device_is_refused_everywhere(server, tmp_path):
    from sync.server.enrollment import revoke

    ledger = make_device(tmp_path / "a.db", server)
    token = enroll(server, ledger, server.enrollment_code("T07"))["token"]
    with server.engine.begin() as conn:
        revoke(conn, "T07")
    for response in (server.client.get("/api/v1/device", headers=auth(token)),
                     server.client.get("/api/v1/pull", headers=auth(token)),
                     server.client.post("/api/v1/push", headers=auth(token), json={"events": [
                         {"seq": 1, "payload": "{}", "prev_hash": "0" * 64, "hash": "0" * 64, "signature": ""}]})):
        assert response.status_code == 403 and response.json()["error"]["code"] == "device_revoked"
    assert server.rows(devices)[0]["revoked_at"] is not None


def test_revoking_a_device_not_yet_enrolled_cancels_its_code(server, tmp_path):
    from sync.server.enrollment import revoke

    code = server.enrollment_code("T07")
    with server.engine.begin() as conn:
        assert revoke(conn, "t07") is None  # the QR code was lost before the tablet was set up
    device = make_device(tmp_path / "a.db", server).device
    response = server.client.post("/api/v1/enroll", json={"code": code, "device_id": device.id,
                                                           "public_key": device.public_key})
    assert response.status_code == 403 and response.json()["error"]["code"] == "enrollment_code_invalid"
