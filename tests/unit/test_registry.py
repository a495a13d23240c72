import json

import pytest

from core.errors import QuittanceError
from core.reference import apply_server_records
from core.registry import Location


def events_of(ledger, event_type):
    return [json.loads(row[0])["data"] for row in
            ledger.store.conn.execute("SELECT payload FROM events WHERE type = ? ORDER BY seq", (event_type,))]


def test_register_with_location_records_every_field_and_an_event(ledger):
    location = Location(-5.896123, 22.417456, 4.5, "external-gnss", "2026-11-22T13:30:00Z")
    taxpayer_id = ledger.register_taxpayer(name="Kabasélé Ngoyi", phone="081 234 5678", zone="Katoka",
                                           address="Près du marché central", location=location)
    row = ledger.reads.taxpayer_card(taxpayer_id).taxpayer
    assert (row["latitude"], row["longitude"], row["accuracy_m"], row["location_source"], row["fix_time"]) == \
        (-5.896123, 22.417456, 4.5, "external-gnss", "2026-11-22T13:30:00Z")
    assert row["phone"] == "0812345678"
    (event,) = events_of(ledger, "taxpayer.registered")
    assert event["id"] == taxpayer_id and event["latitude"] == "-5.896123"


@pytest.mark.parametrize("fields, code", [
    ({"name": "  "}, "name_required"),
    ({"name": "A", "phone": "12"}, "invalid_phone"),
    ({"name": "A", "phone": "call me"}, "invalid_phone"),
    ({"name": "A", "zone": "Atlantis"}, "unknown_zone"),
    ({"name": "A", "location": Location(95.0, 22.0, 5.0, "gps")}, "invalid_coordinates"),
    ({"name": "A", "location": Location(-5.0, 22.0, 5.0, "guess")}, "invalid_location_source"),
])
def test_bad_registrations_are_refused(ledger, fields, code):
    with pytest.raises(QuittanceError) as raised:
        ledger.register_taxpayer(**fields)
    assert raised.value.code == code
    assert ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == 0


def test_update_records_changed_fields_against_their_base_version(ledger):
    taxpayer_id = ledger.register_taxpayer(name="Mbuyi Thérèse", zone="KAT")
    version = ledger.update_taxpayer(taxpayer_id, {"phone": "0991234567", "name": "Mbuyi Thérèse"}, expected_version=1)
    assert version == 2
    (event,) = events_of(ledger, "taxpayer.updated")
    # Never seen by the server: base version 0; the local counter travels beside it.
    assert event == {"taxpayer_id": taxpayer_id, "base_version": 0, "version": 2, "changes": {"phone": "0991234567"}}


def test_an_edit_of_a_pulled_taxpayer_names_the_server_version(ledger):
    with ledger.store.transaction() as conn:
        apply_server_records(conn, [{"kind": "taxpayer", "id": "01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f50", "version": 17,
                                     "data": {"name": "Kanku Odette", "kind": "person", "active": True}}])
    card = ledger.reads.taxpayer_card("01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f50").taxpayer
    ledger.update_taxpayer(card["id"], {"phone": "0991234567"}, expected_version=card["version"])
    ledger.update_taxpayer(card["id"], {"address": "Katoka"}, expected_version=card["version"] + 1)
    first, second = events_of(ledger, "taxpayer.updated")
    assert (first["base_version"], second["base_version"]) == (17, 17)
    assert (first["version"], second["version"]) == (card["version"] + 1, card["version"] + 2)
    assert ledger.verify().ok


def test_stale_edit_is_refused(ledger):
    taxpayer_id = ledger.register_taxpayer(name="Mbuyi Thérèse")
    ledger.update_taxpayer(taxpayer_id, {"address": "Avenue de la Mission"}, expected_version=1)
    with pytest.raises(QuittanceError) as raised:
        ledger.update_taxpayer(taxpayer_id, {"address": "Ailleurs"}, expected_version=1)
    assert raised.value.code == "stale_version"
    assert ledger.reads.taxpayer_card(taxpayer_id).taxpayer["address"] == "Avenue de la Mission"


def test_deactivation_is_a_field_change_not_a_delete(ledger):
    taxpayer_id = ledger.register_taxpayer(name="Mbuyi Thérèse")
    ledger.deactivate_taxpayer(taxpayer_id, expected_version=1)
    assert ledger.reads.taxpayer_card(taxpayer_id).taxpayer["status"] == "inactive"
    assert events_of(ledger, "taxpayer.updated")[0]["changes"] == {"status": "inactive"}


def test_taxable_objects_and_rate_based_assessment(ledger):
    from core.schedule import assess_object
    taxpayer_id = ledger.register_taxpayer(name="Kalala Jérôme")
    object_id = ledger.add_taxable_object(taxpayer_id=taxpayer_id, kind="property", reference="PRO-KAT-1",
                                          attributes={"surface_m2": 120})
    with ledger.store.transaction() as conn:
        amount = assess_object(conn, taxable_object_id=object_id, tax_code="IFO", period="2026", now="2026-01-01T00:00:00.000Z")
    assert amount == 120 * 15_000
    with pytest.raises(QuittanceError):
        ledger.add_taxable_object(taxpayer_id=taxpayer_id, kind="spaceship", reference="X")


def test_similar_taxpayers_by_phone_or_name_nearby(ledger):
    here = Location(-5.8961, 22.4170, 5.0, "gps")
    existing = ledger.register_taxpayer(name="Kabasélé Ngoyi", phone="0812345678", location=here)
    far = ledger.register_taxpayer(name="Kabasélé Ngoyi", location=Location(-5.95, 22.48, 5.0, "gps"))
    by_phone = ledger.reads.similar_taxpayers(name="Quelqu'un d'autre", phone="+243 81 234 5678")
    assert [h.taxpayer_id for h in by_phone] == [existing]
    nearby = ledger.reads.similar_taxpayers(name="kabasele", latitude=-5.8962, longitude=22.4171)
    assert [h.taxpayer_id for h in nearby] == [existing]
    assert far not in [h.taxpayer_id for h in nearby]


def test_an_object_found_in_the_field_owes_its_taxes_from_today(ledger):
    taxpayer_id = ledger.register_taxpayer(name="Boutique Élite", kind="business", objects=[
        {"kind": "business_premises", "reference": "BP-NEW-1"},
        {"kind": "property", "reference": "PRO-NEW-1", "attributes": {"surface_m2": 100}},
    ])
    card = ledger.reads.taxpayer_card(taxpayer_id)
    assert {(b.tax_code, b.period, b.due) for b in card.balances} == {("PAT", "2026", 2_000_000),
                                                                      ("IFO", "2026", 1_500_000)}
    assert len(events_of(ledger, "assessment.created")) == 2
    assert ledger.reads.search("PRO-NEW-1")[0].balance_due == 3_500_000


def test_registration_with_a_bad_object_writes_nothing(ledger):
    with pytest.raises(QuittanceError):
        ledger.register_taxpayer(name="Kalala", objects=[{"kind": "property", "reference": "P1"},
                                                         {"kind": "spaceship", "reference": "S1"}])
    assert ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == 0
    assert ledger.store.conn.execute("SELECT count(*) FROM events WHERE type != 'device.initialised'").fetchone()[0] == 0
