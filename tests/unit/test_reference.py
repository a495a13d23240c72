"""Server data reaches the device through one apply path (core/reference.py): no device event,
origin 'server', the server's version kept, and never over an edit the device has not pushed."""
from __future__ import annotations

import json

import pytest

from core.config import Municipality
from core.errors import QuittanceError
from core.events import last_seq
from core.reference import STORED_THROUGH, apply_server_records
from core.service import Ledger

ZONE = "01936b2e-0000-7000-8000-00000000000a"
AGENT = "01936b2e-aaaa-7bbb-8ccc-dddddddddddd"
TAXPAYER = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f50"
OBJECT = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f52"


def page() -> list[dict]:
    """One pull page as sync/PROTOCOL.md shapes it, deliberately out of dependency order."""
    return [
        {"kind": "assessment", "id": "01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f53", "version": 3,
         "data": {"taxable_object_id": OBJECT, "taxpayer_id": TAXPAYER, "tax_code": "PAT", "period": "2026",
                  "amount": 2_000_000, "created_at": "2026-01-05T08:00:00.000Z"}},
        {"kind": "taxable_object", "id": OBJECT, "version": 3,
         "data": {"taxpayer_id": TAXPAYER, "kind": "business_premises", "reference": "BP-LUK-0001",
                  "description": None, "attributes": {"surface_m2": 42, "corner": True}}},
        {"kind": "taxpayer", "id": TAXPAYER, "version": 5,
         "data": {"id": TAXPAYER, "kind": "business", "name": "Lubamba Angèle", "business_name": "Boutique Élite",
                  "phone": "+243812345678", "zone_id": ZONE, "latitude": "-5.896231", "longitude": "22.417055",
                  "accuracy_m": "4.5", "location_source": "gps", "active": True}},
        {"kind": "agent", "id": AGENT, "version": 2,
         "data": {"id": AGENT, "name": "Kanku Odette", "pin_hash": None, "active": True, "zones": [ZONE],
                  "role": "agent"}},
        {"kind": "zone", "id": ZONE, "version": 1, "data": {"id": ZONE, "code": "LUK", "name": "Lukonga"}},
        {"kind": "municipality", "id": "KGA", "version": 4, "data": {"name": "Ville de Kananga",
                                                                     "receipt_line": "Merci."}},
    ]


def apply(ledger: Ledger, records: list[dict], **options):
    with ledger.store.transaction() as conn:
        return apply_server_records(conn, records, **options)


def test_a_page_is_applied_without_any_device_event(ledger):
    before = last_seq(ledger.store.conn)
    changes = apply(ledger, page())
    assert last_seq(ledger.store.conn) == before
    assert changes.counts == {"municipality": 1, "zone": 1, "agent": 1, "taxpayer": 1, "taxable_object": 1,
                              "assessment": 1}
    assert changes.changed["taxpayer"] == [TAXPAYER] and not changes.deferred
    conn = ledger.store.conn
    assert tuple(conn.execute("SELECT origin, server_version FROM zones WHERE id = ?", (ZONE,)).fetchone()) == \
        ("server", 1)
    assert tuple(conn.execute("SELECT name, origin, role, server_version FROM agents WHERE id = ?",
                              (AGENT,)).fetchone()) == ("Kanku Odette", "server", "agent", 2)
    assert [tuple(r) for r in conn.execute("SELECT agent_id, zone_id FROM agent_zones")] == [(AGENT, ZONE)]
    card = ledger.reads.taxpayer_card(TAXPAYER)
    assert card.taxpayer["origin"] == "server" and card.taxpayer["server_version"] == 5
    assert card.taxpayer["latitude"] == pytest.approx(-5.896231) and card.zone_name == "Lukonga"
    assert card.objects[0].attributes == {"surface_m2": 42, "corner": True}  # types kept
    assert [line.period for line in card.balances] == ["2026"]
    assert ledger.municipality.name == "Ville de Kananga" and ledger.municipality.currency == "CDF"
    assert ledger.verify().ok


def test_an_agent_sent_again_has_the_zones_of_the_newest_record(ledger):
    apply(ledger, page())
    zone2 = "01936b2e-0000-7000-8000-00000000000b"
    apply(ledger, [{"kind": "zone", "id": zone2, "version": 2, "data": {"code": "BEN", "name": "Bena Mukuna"}},
                   {"kind": "agent", "id": AGENT, "version": 3, "data": {"name": "Kanku Odette", "active": False,
                                                                         "zones": [zone2]}}])
    conn = ledger.store.conn
    assert [r[0] for r in conn.execute("SELECT zone_id FROM agent_zones WHERE agent_id = ?", (AGENT,))] == [zone2]
    assert not ledger.find_agent(AGENT).active


def test_a_taxpayer_with_an_unpushed_edit_keeps_its_local_row_and_is_deferred(ledger):
    taxpayer_id = ledger.register_taxpayer(name="Mbuyi Thérèse", zone="KAT")
    from_server = {"kind": "taxpayer", "id": taxpayer_id, "version": 9,
                   "data": {"name": "Mbuyi Thérèse Pélagie", "kind": "person", "active": True}}
    changes = apply(ledger, [from_server])  # nothing pushed yet: sync.pushed_seq is absent
    assert changes.deferred == {"taxpayer": [taxpayer_id]} and not changes.changed
    assert ledger.reads.taxpayer_card(taxpayer_id).taxpayer["name"] == "Mbuyi Thérèse"
    # Once the server has stored the device's events, the merged row it sends back wins.
    ledger.save_setting(STORED_THROUGH, last_seq(ledger.store.conn))
    changes = apply(ledger, [from_server])
    assert changes.changed == {"taxpayer": [taxpayer_id]}
    row = ledger.reads.taxpayer_card(taxpayer_id).taxpayer
    assert (row["name"], row["origin"], row["server_version"]) == ("Mbuyi Thérèse Pélagie", "server", 9)
    assert ledger.verify().ok  # the device made it, the server sent it back: server data now
    # and the next edit names the server's version
    ledger.update_taxpayer(taxpayer_id, {"phone": "0991234567"}, expected_version=row["version"])
    payload = ledger.store.conn.execute("SELECT payload FROM events ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert json.loads(payload)["data"]["base_version"] == 9
    assert ledger.verify().ok


def test_an_explicit_unpushed_seq_overrides_the_setting(ledger):
    taxpayer_id = ledger.register_taxpayer(name="Mbuyi Thérèse")
    record = {"kind": "taxpayer", "id": taxpayer_id, "version": 2, "data": {"name": "Autre nom"}}
    assert apply(ledger, [record], unpushed_after_seq=last_seq(ledger.store.conn)).changed == \
        {"taxpayer": [taxpayer_id]}


def test_a_device_row_flipped_to_server_by_hand_is_still_caught(ledger):
    taxpayer_id = ledger.register_taxpayer(name="Mbuyi Thérèse")
    with ledger.store.transaction() as conn:
        conn.execute("UPDATE taxpayers SET origin = 'server', name = 'Quelqu''un' WHERE id = ?", (taxpayer_id,))
    assert [p.code for p in ledger.verify().problems] == ["origin_flipped"]


@pytest.mark.parametrize("record", [
    {"kind": "parcel", "id": "x", "version": 1, "data": {}},
    {"kind": "zone", "id": ZONE, "version": "1", "data": {"code": "LUK", "name": "Lukonga"}},
    {"kind": "zone", "id": ZONE, "version": 1, "data": {"code": "", "name": "Lukonga"}},
    {"kind": "tax_type", "id": "PAT", "version": 1, "data": {"code": "PAT", "label": "Patente",
                                                             "periodicity": "weekly", "basis": "flat"}},
    {"kind": "assessment", "id": "a", "version": 1, "data": {"amount": 1.5}},
    {"kind": "assessment", "id": "a", "version": 1, "data": {"amount": 100}},
    {"kind": "taxpayer", "id": TAXPAYER, "version": 1, "data": {"name": "X", "kind": "robot"}},
    {"kind": "taxpayer", "id": TAXPAYER, "version": 1, "data": {"name": "X", "latitude": "north"}},
])
def test_a_malformed_record_is_refused_and_the_page_writes_nothing(ledger, record):
    zones_before = ledger.zones()
    with pytest.raises(QuittanceError) as raised:
        apply(ledger, [{"kind": "zone", "id": "01936b2e-0000-7000-8000-0000000000ff", "version": 1,
                        "data": {"code": "NEW", "name": "Nouvelle"}}, record])
    assert raised.value.code == "server_record_invalid"
    assert ledger.zones() == zones_before


def test_agents_made_before_enrollment_are_device_local_and_made_through_the_apply_path(tmp_path):
    ledger = Ledger.open(tmp_path / "d.db", create=True)
    ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF"), "T07", [("Ilunga Kabeya", "1234")])
    rows = ledger.store.conn.execute("SELECT origin, server_version, role FROM agents").fetchall()
    assert [tuple(r) for r in rows] == [("device-local", None, "agent")]
    assert ledger.check_pin(ledger.find_agent("Ilunga Kabeya").id, "1234")
    ledger.close()


def test_nothing_is_written_without_a_named_agent(ledger):
    ledger.agent_id = None
    with pytest.raises(QuittanceError) as raised:
        ledger.register_taxpayer(name="Mbuyi Thérèse")
    assert raised.value.code == "agent_required"
    assert raised.value.message("en") != "agent_required"  # it has a message


def test_registry_events_name_the_acting_agent(ledger):
    agent = ledger.find_agent("Mbuyi Tshala")
    ledger.act_as(agent.id)
    taxpayer_id = ledger.register_taxpayer(name="Mbuyi Thérèse", zone="KAT")
    ledger.update_taxpayer(taxpayer_id, {"phone": "0991234567"}, expected_version=1)
    ledger.add_taxable_object(taxpayer_id=taxpayer_id, kind="business_premises", reference="BP-1")
    rows = ledger.store.conn.execute("SELECT type, payload FROM events WHERE type NOT LIKE 'device.%'").fetchall()
    assert {row[0] for row in rows} == {"taxpayer.registered", "taxpayer.updated", "taxable_object.added",
                                        "assessment.created"}
    assert {json.loads(row[1])["agent_id"] for row in rows} == {agent.id}
