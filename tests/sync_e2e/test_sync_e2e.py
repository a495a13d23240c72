"""The real device client against the real server: enroll, record, sync, and check both sides."""
from __future__ import annotations

import pytest

from core.events import last_seq
from core.registry import Location
from sync.client.enroll import enroll_ledger
from tests.conftest import make_ledger
from sync.server.reference import upsert_zone as server_upsert_zone
from sync.server.schema import events as server_events, quarantine, receipts, taxpayers
from sync.server.common import loads
from tests.server.support import record_sale
from tests.sync_e2e.support import (IN_PROCESS_URL, assert_exactly_once, enrolled_device, in_process, server_seqs,
                                    sync)


def test_a_field_day_reaches_the_server_exactly_once_and_both_sides_agree(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    assert device.device.code == "T07"
    taxpayer_id, payment = record_sale(device, amount=500_000)
    _other, second = record_sale(device, name="Tshibangu Mwamba Odette", zone="NDE", amount=250_000)
    row = device.store.conn.execute("SELECT version FROM taxpayers WHERE id = ?", (taxpayer_id,)).fetchone()
    device.update_taxpayer(taxpayer_id, {"phone": "+243899000111", "address": "12 av. du Marché"}, row[0])
    device.void(second.receipt_no, "erreur de montant")
    located = device.register_taxpayer(name="Ngalula Mbombo Thérèse", zone="KAT", location=Location(
        -5.8963412, 22.4166711, 4.5, "gps", "2026-11-22T13:30:00.000Z"))

    result = sync(device, transport)

    assert result.ok, (result.refused, result.error)
    assert result.quarantined == []
    assert result.pushed == last_seq(device.store.conn) and result.pending == 0
    assert_exactly_once(server, device)
    stored = {r["receipt_no"]: r for r in server.rows(receipts)}
    assert stored[payment.receipt_no]["amount"] == 500_000 and stored[payment.receipt_no]["voided_at"] is None
    assert stored[second.receipt_no]["voided_at"] is not None
    edited = loads(server.rows(taxpayers, taxpayers.c.id == taxpayer_id)[0]["data"])
    assert (edited["phone"], edited["address"]) == ("+243899000111", "12 av. du Marché")
    assert server.rows(quarantine) == []
    # Coordinates travel as decimal text (signed JSON carries no float), and the pull page that
    # brought this taxpayer back was signed and accepted (result.ok above).
    where = loads(server.rows(taxpayers, taxpayers.c.id == located)[0]["data"])
    assert (where["latitude"], where["longitude"], where["accuracy_m"]) == ("-5.8963412", "22.4166711", "4.5")
    assert result.pulled > 0


def test_a_device_used_before_enrollment_sends_that_work_too(server, tmp_path):
    """A device runs on its own settings until it is enrolled (as the demo does): what its own
    agents recorded is stored, nothing lost, and held for a supervisor, since the server does not
    know those agents."""
    device = make_ledger(tmp_path / "demo.db")
    device.act_as(device.find_agent("Ilunga Kabeya").id)
    before = device.register_taxpayer(name="Kabasélé Ngoyi Françoise", zone="KAT")
    transport = in_process(server)
    enroll_ledger(device, IN_PROCESS_URL, server.enrollment_code("T07"), transport=transport)
    result = sync(device, transport)
    assert result.ok, (result.refused, result.error)
    assert_exactly_once(server, device)
    assert [q["code"] for q in result.quarantined] == ["agent_unknown"]
    assert server.rows(quarantine)[0]["seq"] == result.quarantined[0]["seq"]
    assert result.quarantined[0]["seq"] == device.store.conn.execute(
        "SELECT seq FROM events WHERE entity_id = ?", (before,)).fetchone()[0]
    # device.initialised and device.enrolled have no agent and nothing to apply: stored, not held.
    types = {r["type"] for r in server.rows(server_events)}
    assert {"device.initialised", "device.enrolled"} <= types


def test_a_second_sync_sends_only_what_is_new(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    record_sale(device)
    first = sync(device, transport)
    again = sync(device, transport)
    assert first.ok and again.ok
    assert (again.pushed, again.duplicates, again.batches) == (0, 0, 0)
    record_sale(device, name="Kalala Nkulu Pélagie")
    third = sync(device, transport)
    assert third.ok and third.pushed > 0 and third.duplicates == 0
    assert_exactly_once(server, device)


def test_many_batches_and_a_small_page_size(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    with device.store.transaction():
        for i in range(60):
            device.register_taxpayer(name=f"Contribuable {i:03d}", zone="KAT")
    result = sync(device, transport, batch_size=25, page_size=2)
    assert result.ok and result.batches == 3 and result.pages > 1
    assert server_seqs(server, device.device.id) == list(range(1, last_seq(device.store.conn) + 1))


def test_pull_brings_the_servers_reference_data_and_its_signature_holds(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    with server.engine.begin() as conn:  # the supervisor adds a zone and renames one after enrollment
        new_zone = server_upsert_zone(conn, "MAK", "Malandji")
        server_upsert_zone(conn, "NDE", "Ndesha-Centre")
    result = sync(device, transport)
    assert result.ok, (result.refused, result.error)
    assert result.pulled > 0
    zones = {code: (zone_id, name) for zone_id, code, name in device.zones()}
    assert zones["MAK"] == (new_zone, "Malandji")
    assert zones["NDE"][1] == "Ndesha-Centre"
    # The page was checked against the server's key before it was applied, and nothing it wrote
    # is a device event: the device still verifies and has nothing new to push.
    assert device.verify().ok
    assert sync(device, transport).pushed == 0


def test_a_taxpayer_registered_on_one_device_reaches_another(server, tmp_path):
    transport = in_process(server)
    one = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport, code="T07")
    two = enrolled_device(tmp_path / "t08.db", server, IN_PROCESS_URL, transport, code="T08")
    taxpayer_id = one.register_taxpayer(name="Mujinga Kalenga Rose", zone="KAT")
    assert sync(one, transport).ok
    assert sync(two, transport).ok
    row = two.store.conn.execute("SELECT name, origin FROM taxpayers WHERE id = ?", (taxpayer_id,)).fetchone()
    assert tuple(row) == ("Mujinga Kalenga Rose", "server")
    assert two.verify().ok
