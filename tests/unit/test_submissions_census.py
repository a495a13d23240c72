"""The census link: a submission registers (or updates) a taxpayer and adds its buildings through
the registry's own code, so assessments follow from the schedule as for a manual registration."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from core.errors import QuittanceError
from core.registry import taxable_objects_of
from tests.unit.census_forms import answers, building_census, serve_form


@pytest.fixture
def census(ledger, monkeypatch):
    form = building_census()
    serve_form(monkeypatch, ledger, form)
    return form


def _submit(ledger, tree=None, taxpayer_id=None) -> str:
    draft_id = ledger.start_draft("census_buildings", taxpayer_id=taxpayer_id)
    ledger.save_draft(draft_id, answers() if tree is None else tree)
    return ledger.submit_draft(draft_id)


def _assessments(ledger, taxpayer_id):
    return sorted(tuple(r) for r in ledger.store.conn.execute(
        "SELECT o.reference, a.tax_code, a.period, a.amount FROM assessments a "
        "JOIN taxable_objects o ON o.num = a.object_num JOIN taxpayers t ON t.num = o.taxpayer_num "
        "WHERE t.id = ?", (taxpayer_id,)))


def test_a_census_registers_the_owner_and_a_building_per_instance(ledger, census):
    submission_id = _submit(ledger)
    [row] = ledger.submissions("census_buildings")
    taxpayer = ledger.store.conn.execute("SELECT * FROM taxpayers WHERE id = ?", (row.taxpayer_id,)).fetchone()
    assert (taxpayer["name"], taxpayer["phone"]) == ("Kabasélé Ngoyi", "+243810000001")
    zone = ledger.store.conn.execute("SELECT code FROM zones WHERE id = ?", (taxpayer["zone_id"],)).fetchone()[0]
    assert zone == "KAT"
    assert (taxpayer["latitude"], taxpayer["longitude"], taxpayer["accuracy_m"]) == (-5.8961, 22.4166, 4.5)
    objects = taxable_objects_of(ledger.store.conn, row.taxpayer_id)
    assert [(o["reference"], o["kind"], json.loads(o["attributes"])) for o in objects] == [
        ("KAT-0001", "property", {"surface_m2": 120, "use": "home shop"}),
        ("KAT-0002", "property", {"surface_m2": "35.5"}),
    ]
    data = json.loads(ledger.store.conn.execute("SELECT payload FROM events WHERE entity_id = ?",
                                                (submission_id,)).fetchone()[0])["data"]
    assert data["taxpayer_id"] == row.taxpayer_id and data["taxpayer_registered"] is True
    assert data["object_ids"] == [o["id"] for o in sorted(objects, key=lambda o: o["reference"])]
    assert ledger.verify().ok


def test_a_building_counted_by_census_owes_what_a_manual_one_owes(ledger, census):
    _submit(ledger)
    [row] = ledger.submissions("census_buildings")
    manual = ledger.register_taxpayer(name="Mukendi", zone="KAT", objects=[
        {"kind": "property", "reference": "MAN-0001", "attributes": {"surface_m2": 120}},
        {"kind": "property", "reference": "MAN-0002", "attributes": {"surface_m2": "35.5"}},
    ])
    by_census = _assessments(ledger, row.taxpayer_id)
    by_hand = _assessments(ledger, manual)
    assert [a[1:] for a in by_census] == [a[1:] for a in by_hand] == [
        ("IFO", "2026", 1_800_000), ("IFO", "2026", 532_500)]  # 15 000 x 120 m², 15 000 x 35.5 m²
    # What the agent sees on the card: the same amount due either way.
    assert ledger.reads.taxpayer_card(row.taxpayer_id).total_due == ledger.reads.taxpayer_card(manual).total_due \
        == 2_332_500


def test_a_census_from_a_card_updates_that_taxpayer(ledger, census, taxpayer):
    before = ledger.store.conn.execute("SELECT version, name FROM taxpayers WHERE id = ?", (taxpayer,)).fetchone()
    _submit(ledger, answers(owner={"owner_name": "Kabasélé Ngoyi Félicité", "owner_phone": "0810000002"}),
            taxpayer_id=taxpayer)
    after = ledger.store.conn.execute("SELECT version, name, phone FROM taxpayers WHERE id = ?",
                                      (taxpayer,)).fetchone()
    assert after["version"] == before["version"] + 1
    assert after["phone"] == "0810000002"
    assert ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == 1
    assert {o["reference"] for o in taxable_objects_of(ledger.store.conn, taxpayer)} >= {"KAT-0001", "KAT-0002"}
    [row] = ledger.submissions("census_buildings")
    assert row.taxpayer_id == taxpayer
    assert ledger.verify().ok


def test_a_census_naming_an_unknown_zone_is_refused_whole(ledger, census):
    draft_id = ledger.start_draft("census_buildings")
    ledger.save_draft(draft_id, answers(zone="mweka"))  # on the form's list, not among the device's zones
    with pytest.raises(QuittanceError) as refused:
        ledger.submit_draft(draft_id)
    assert refused.value.code == "unknown_zone"
    assert ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == 0  # nothing half done
    assert ledger.submissions("census_buildings") == []
    assert ledger.draft(draft_id).answers["zone"] == "mweka"
    assert "mweka" in refused.value.message("en")


def test_a_form_naming_a_taxpayer_by_id_updates_that_one_or_is_refused(ledger, monkeypatch, taxpayer):
    form = building_census()
    by_id = replace(form, census=replace(form.census, taxpayer_fields={"id": "/census/comments",
                                                                       "phone": "/census/owner/owner_phone"}))
    serve_form(monkeypatch, ledger, by_id)
    _submit(ledger, answers(comments=taxpayer))
    assert ledger.store.conn.execute("SELECT phone FROM taxpayers WHERE id = ?", (taxpayer,)).fetchone()[0] \
        == "+243810000001"
    assert ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == 1
    with pytest.raises(QuittanceError) as refused:
        _submit(ledger, answers(comments="01936b2e-0000-7000-8000-000000000000"))
    assert refused.value.code == "unknown_taxpayer"
