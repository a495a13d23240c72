"""Enrollment: the server's answer is stored and its configuration wins, in one transaction."""
from __future__ import annotations

import httpx
import pytest

from core.errors import QuittanceError
from sync.client import state
from sync.client.enroll import enroll, enroll_ledger
from sync.client.http import Backoff
from tests.sync_client.conftest import SERVER_URL


def test_enrollment_stores_the_server_and_takes_its_configuration(device, server):
    before = device.device
    done = enroll_ledger(device, SERVER_URL + "/", server.add_code("T09"), transport=server.transport())

    assert done.device_id == before.id and done.device_code == "T09" and done.previous_code == "T07"
    registered = server.device(before.id)
    assert registered.public_key == before.public_key  # the device's own key and id were sent
    conn = device.store.conn
    assert state.get(conn, state.SERVER_URL) == SERVER_URL
    assert state.get(conn, state.SERVER_KEY) == server.public_key
    assert state.get(conn, state.TOKEN)  # the bearer token, which the server keeps only hashed
    assert device.device.code == "T09" and device.device.id == before.id
    municipality = device.municipality
    assert municipality.timezone == "Africa/Lubumbashi"
    assert municipality.verify_url == "https://recettes.kananga.example/v/"
    assert municipality.service_name == "Service des recettes"
    assert ("LUK", "Lukonga") in [(code, name) for _, code, name in device.zones()]  # reference records applied


def test_an_enrolled_device_still_verifies_and_numbers_receipts_with_the_servers_code(enrolled, server):
    report = enrolled.verify()
    assert report.ok, [p.message("en") for p in report.problems]
    from tests.conftest import add_assessed_taxpayer

    taxpayer = add_assessed_taxpayer(enrolled)
    enrolled.open_session(0)
    payment = enrolled.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=500_000, method="cash")
    assert payment.receipt_no.startswith("T09-")
    assert enrolled.verify().ok


def test_a_used_code_is_refused_in_the_users_language_and_changes_nothing(device, server):
    code = server.add_code()
    enroll_ledger(device, SERVER_URL, code, transport=server.transport())
    token = state.get(device.store.conn, state.TOKEN)
    with pytest.raises(QuittanceError) as refused:
        enroll_ledger(device, SERVER_URL, code, transport=server.transport())
    assert refused.value.code == "sync_code_invalid"
    assert "superviseur" in refused.value.message("fr")
    assert state.get(device.store.conn, state.TOKEN) == token


def test_an_answer_for_another_device_is_refused_before_anything_is_stored(device, server):
    def other_device(request: httpx.Request) -> httpx.Response:
        response = server.handle(request)
        body = response.json()
        body["device_id"] = "0190aaaa-0000-7000-8000-000000000000"
        return httpx.Response(200, json=body)

    with pytest.raises(QuittanceError) as refused:
        enroll_ledger(device, SERVER_URL, server.add_code(), transport=httpx.MockTransport(other_device))
    assert refused.value.code == "sync_bad_answer"
    assert not state.is_enrolled(device.store.conn) and device.device.code == "T07"


def test_enroll_by_path_and_a_server_that_cannot_be_reached(device, server, sleeps):
    path = device.store.path
    device.close()

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route to host", request=request)

    with pytest.raises(QuittanceError) as refused:
        enroll(path, SERVER_URL, "ABCD", transport=httpx.MockTransport(down), backoff=Backoff(sleep=sleeps))
    assert refused.value.code == "sync_unreachable"
    assert len(sleeps.waits) == 2  # three attempts, two waits between them
    assert enroll(path, SERVER_URL, server.add_code(), transport=server.transport()).device_code == "T09"


def test_a_device_code_edited_after_enrollment_is_still_caught(enrolled):
    import json

    conn = enrolled.store.conn
    settings = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'device'").fetchone()[0])
    with enrolled.store.transaction() as tx:
        tx.execute("UPDATE settings SET value = ? WHERE key = 'device'", (json.dumps({**settings, "code": "T99"}),))
    report = enrolled.verify()
    assert not report.ok
    assert any(p.code == "identity_mismatch" and "T09" in p.message("en") for p in report.problems)
