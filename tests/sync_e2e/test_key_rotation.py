"""The server rotates its key; devices enrolled before follow the signed hand-over, on SQLite and
PostgreSQL. A hand-over the device cannot trust is refused, and nothing of it is applied."""
from __future__ import annotations

import json
import os

import httpx
import pytest

from core.canonical import canonical_json
from core.events import last_seq
from core.handover import make_handover
from core.keys import generate_keypair, sign
from sync.client import state
from sync.client.cli import describe
from sync.client.pull import page_signed
from sync.server import keyrotation
from sync.server.reference import upsert_zone
from sync.server.schema import server_keys
from tests.server.support import record_sale
from tests.sync_e2e.support import IN_PROCESS_URL, assert_exactly_once, enrolled_device, in_process, server_seqs, sync

KEY_EVENT = "device.server_key_changed"


def _trusted(device) -> str:  # noqa: ANN001
    with device.store.read() as conn:
        return state.get(conn, state.SERVER_KEY)


def _key_events(device) -> list[dict]:  # noqa: ANN001
    rows = device.store.conn.execute("SELECT payload FROM events WHERE type = ? ORDER BY seq", (KEY_EVENT,))
    return [json.loads(payload)["data"] for (payload,) in rows]


def _new_zone(server, code: str) -> None:  # noqa: ANN001
    with server.engine.begin() as conn:
        upsert_zone(conn, code, f"Zone {code}", None)


def _pull_signer(server, token_device) -> dict:  # noqa: ANN001
    with token_device.store.read() as conn:
        token = state.get(conn, state.TOKEN)
    return server.client.get("/api/v1/pull", headers={"Authorization": f"Bearer {token}"}).json()


def test_a_device_enrolled_before_a_rotation_follows_the_signed_hand_over(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    record_sale(device)
    assert sync(device, transport).ok
    first_key = _trusted(device)

    rotated = keyrotation.rotate(server.engine, server.settings.key_path)  # the running app is not restarted
    assert rotated["previous_key"] == first_key and rotated["public_key"] != first_key
    _new_zone(server, "MAK")
    _taxpayer, payment = record_sale(device, amount=750_000)

    result = sync(device, transport)

    assert result.ok, (result.refused, result.error)
    assert result.pulled >= 1 and result.pending == 0
    assert _trusted(device) == rotated["public_key"]
    assert device.store.conn.execute("SELECT 1 FROM zones WHERE code = 'MAK'").fetchone()  # the new key's page applied
    [recorded] = _key_events(device)
    assert (recorded["number"], recorded["previous_key"], recorded["public_key"]) == (2, first_key,
                                                                                      rotated["public_key"])
    # The event went with that sync, and both sides still verify (the device's verify checks the
    # hand-over's signature and holds the settings' key to it).
    assert_exactly_once(server, device)
    page = _pull_signer(server, device)
    assert page_signed(page, rotated["public_key"]) and not page_signed(page, first_key)
    assert sync(device, transport).ok and len(_key_events(device)) == 1  # nothing to follow the next time


def test_two_rotations_while_a_device_was_offline(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    first_key = _trusted(device)
    second = keyrotation.rotate(server.engine, server.settings.key_path)
    # A device enrolled between the two rotations trusts key 2 from the start.
    later = enrolled_device(tmp_path / "t08.db", server, IN_PROCESS_URL, transport, code="T08")
    assert _trusted(later) == second["public_key"]
    third = keyrotation.rotate(server.engine, server.settings.key_path)
    record_sale(device)

    assert sync(device, transport).ok and sync(later, transport).ok

    assert _trusted(device) == _trusted(later) == third["public_key"]
    assert [(e["previous_key"], e["public_key"]) for e in _key_events(device)] == [
        (first_key, second["public_key"]), (second["public_key"], third["public_key"])]
    assert [e["number"] for e in _key_events(later)] == [3]
    assert_exactly_once(server, device)
    assert_exactly_once(server, later)
    with server.engine.connect() as conn:
        rows = conn.execute(server_keys.select().order_by(server_keys.c.number)).mappings().all()
    assert [r["number"] for r in rows] == [1, 2, 3] and [r["retired_at"] is None for r in rows] == [False, False, True]


class _Attacker(httpx.BaseTransport):
    """Between the device and the real server: rewrites the device status to hand the device
    over to the attacker's key, and signs the pages it forwards with that key."""

    def __init__(self, inner: httpx.BaseTransport, status: callable) -> None:  # noqa: F821
        self.inner, self.status = inner, status
        self.private, self.public = generate_keypair()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        if response.status_code != 200 or request.url.path not in ("/api/v1/device", "/api/v1/pull"):
            return response
        body = response.json()
        if request.url.path == "/api/v1/device":
            body = self.status(self, body)
        else:
            body["records"].append({"kind": "zone", "id": "01938a00-0000-7000-8000-0000000000ff", "version": 1,
                                    "data": {"id": "01938a00-0000-7000-8000-0000000000ff", "code": "EVIL",
                                             "name": "Zone forgée"}})
            unsigned = {k: v for k, v in body.items() if k != "signature"}
            body["signature"] = sign(self.private, canonical_json(unsigned).encode("utf-8")).hex()
        return httpx.Response(200, json=body)


def _self_signed(attacker: _Attacker, body: dict) -> dict:
    trusted = body["server_key"]
    forged = make_handover(attacker.private, trusted, 2, attacker.public, "2026-11-29T10:00:00.000Z")
    return {**body, "server_key": attacker.public, "key_handovers": [*body["key_handovers"], forged]}


def _stripped(attacker: _Attacker, body: dict) -> dict:
    return {**body, "server_key": attacker.public, "key_handovers": []}


@pytest.mark.parametrize("rewrite, code", [(_self_signed, "key_handover_forged"), (_stripped, "key_handover_missing")])
def test_a_hand_over_not_signed_by_a_trusted_key_is_refused_and_nothing_applied(server, tmp_path, rewrite, code):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    assert sync(device, transport).ok
    trusted, events_before = _trusted(device), last_seq(device.store.conn)
    record_sale(device)
    pending = last_seq(device.store.conn)

    result = sync(device, _Attacker(transport, rewrite))

    assert not result.ok and result.refused["code"] == code, result
    # The agent is told in their language (the `quittance sync` output).
    said = describe(result, "fr", IN_PROCESS_URL)
    assert any("La nouvelle clé du serveur n'a pas pu être vérifiée" in line and code in line for line in said), said
    assert _trusted(device) == trusted and _key_events(device) == []
    assert device.store.conn.execute("SELECT 1 FROM zones WHERE code = 'EVIL'").fetchone() is None
    assert result.pushed == 0 and max(server_seqs(server, device.device.id)) == events_before < pending
    assert device.verify().ok
    # The real server, reached without the attacker, is still trusted and takes everything.
    assert sync(device, transport).ok
    assert_exactly_once(server, device)


def test_a_page_signed_by_a_key_rotated_during_the_sync_is_checked_after_following_the_hand_over(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)

    class RotateAfterStatus(httpx.BaseTransport):
        def __init__(self) -> None:
            self.rotated = None

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = transport.handle_request(request)
            if request.url.path == "/api/v1/device" and self.rotated is None:  # the server rotates meanwhile
                self.rotated = keyrotation.rotate(server.engine, server.settings.key_path)
            return response

    between = RotateAfterStatus()
    result = sync(device, between)
    assert result.ok, result
    assert _trusted(device) == between.rotated["public_key"] and len(_key_events(device)) == 1
    assert sync(device, transport).ok  # the event recording the key went with the next push
    assert_exactly_once(server, device)


def test_a_rotation_cut_short_after_its_commit_is_finished_when_the_server_starts(server, tmp_path, monkeypatch):
    from tests.server.support import Server, TEST_CONFIG

    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    first_key = _trusted(device)
    real_replace = os.replace

    def power_cut(src, dst):  # noqa: ANN001, ANN202
        raise OSError("power cut before the new key was put in place")

    monkeypatch.setattr(keyrotation.os, "replace", power_cut)
    with pytest.raises(OSError):
        keyrotation.rotate(server.engine, server.settings.key_path)
    monkeypatch.setattr(keyrotation.os, "replace", real_replace)
    # The old key still signs, and devices that trust it are not disturbed.
    assert sync(device, transport).ok and _trusted(device) == first_key
    assert keyrotation.pending_path(server.settings.key_path).exists()

    restarted = Server.start(server.settings.data_dir, server.settings.database_url, TEST_CONFIG)
    try:
        assert not keyrotation.pending_path(server.settings.key_path).exists()
        assert sync(device, in_process(restarted)).ok
        assert _trusted(device) != first_key and len(_key_events(device)) == 1
        assert device.verify().ok
    finally:
        restarted.close()


def test_verify_names_a_swapped_server_key_and_a_hand_over_the_recorded_key_did_not_sign(server, tmp_path):
    from core.clock import iso
    from core.context import WriteContext

    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    keyrotation.rotate(server.engine, server.settings.key_path)
    assert sync(device, transport).ok and device.verify().ok
    followed = _trusted(device)
    # Someone puts their own key in the settings, so that pages they sign would be accepted.
    private, public = generate_keypair()
    with device.store.transaction() as conn:
        state.put(conn, state.SERVER_KEY, public)
    assert [p.code for p in device.verify().problems] == ["server_key_mismatch"]
    # ...and records a hand-over to it, signed by their key rather than the trusted one.
    forged = make_handover(private, followed, 3, public, "2026-11-29T10:00:00.000Z")
    with device.store.transaction() as conn:
        WriteContext(device.device, device.municipality, None, iso(device.clock())).emit(conn, KEY_EVENT, forged)
    problems = device.verify().problems
    assert [p.code for p in problems] == ["server_key_handover", "server_key_mismatch"]
    assert problems[0].seq == last_seq(device.store.conn)
    assert "signed" in problems[0].message("en") and problems[0].message("fr") != problems[0].message("en")


def test_a_device_file_put_back_in_time_records_no_key_change_at_seqs_the_server_holds(server, tmp_path, monkeypatch):
    import shutil

    from core.service import Ledger

    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, in_process(server))
    device.close()
    shutil.copy(tmp_path / "t07.db", tmp_path / "backup.db")  # a backup from earlier in the day
    device = Ledger.open(tmp_path / "t07.db")
    device.act_as(server.agent_id("Ilunga Kabeya"))
    record_sale(device)
    assert sync(device, in_process(server)).ok
    device.close()
    keyrotation.rotate(server.engine, server.settings.key_path)
    monkeypatch.setenv("QUITTANCE_STATE_DIR", str(tmp_path / "fresh-state"))  # its high-water mark lost too
    shutil.copy(tmp_path / "backup.db", tmp_path / "t07.db")
    device = Ledger.open(tmp_path / "t07.db")
    before = last_seq(device.store.conn)

    result = sync(device, in_process(server))

    assert result.refused["code"] == "device_behind_server"
    assert last_seq(device.store.conn) == before and _key_events(device) == []  # no event at a seq the server has
