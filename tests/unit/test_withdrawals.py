"""A taxpayer the server withdrew from this device's zones (core/withdrawals.py): deleted when
nothing recorded here refers to it, otherwise kept, hidden from search and closed to payments and
edits, with its card saying why; back when the server sends it again. No device event, and
`verify` still passes."""
from __future__ import annotations

import pytest

from core.errors import QuittanceError
from core.events import last_seq
from core.reference import STORED_THROUGH, apply_server_records
from core.service import Ledger

NDE_ID = "01936b2e-0000-7000-8000-0000000000d1"
SERVER_TAXPAYER = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f60"
SERVER_OBJECT = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f61"


def apply(ledger: Ledger, records: list[dict], **options):
    with ledger.store.transaction() as conn:
        return apply_server_records(conn, records, **options)


def zone_id(ledger: Ledger, code: str) -> str:
    return next(z[0] for z in ledger.zones() if z[1] == code)


def server_taxpayer(ledger: Ledger, taxpayer_id: str = SERVER_TAXPAYER, name: str = "Lubamba Angèle",
                    zone: str = "KAT", version: int = 3) -> list[dict]:
    """A server taxpayer with a shop and its assessment, as a pull page brings them."""
    return [
        {"kind": "taxpayer", "id": taxpayer_id, "version": version,
         "data": {"id": taxpayer_id, "kind": "person", "name": name, "phone": "+243812345678",
                  "zone_id": zone_id(ledger, zone), "active": True}},
        {"kind": "taxable_object", "id": SERVER_OBJECT, "version": 1,
         "data": {"taxpayer_id": taxpayer_id, "kind": "business_premises", "reference": "BP-LUB-1",
                  "attributes": {}}},
        {"kind": "assessment", "id": "01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f62", "version": 1,
         "data": {"taxable_object_id": SERVER_OBJECT, "taxpayer_id": taxpayer_id, "tax_code": "PAT",
                  "period": "2026", "amount": 2_000_000}},
    ]


def moved(taxpayer_id: str, to_zone: str | None, version: int = 4) -> dict:
    return {"kind": "withdrawn", "id": taxpayer_id, "version": version,
            "data": {"kind": "taxpayer", "zone_id": to_zone}}


def found(ledger: Ledger, text: str) -> list[str]:
    return [r.hit.taxpayer_id for r in ledger.reads.search(text)]


def count(ledger: Ledger, sql: str, *args) -> int:
    return ledger.store.conn.execute(sql, args).fetchone()[0]


def test_a_server_taxpayer_nothing_refers_to_is_deleted_with_its_objects_and_assessments(ledger):
    apply(ledger, server_taxpayer(ledger))
    assert found(ledger, "Lubamba") == [SERVER_TAXPAYER] and found(ledger, "BP-LUB-1") == [SERVER_TAXPAYER]
    before = last_seq(ledger.store.conn)
    changes = apply(ledger, [moved(SERVER_TAXPAYER, zone_id(ledger, "NDE"))])
    assert changes.changed == {"withdrawn": [SERVER_TAXPAYER]}
    assert last_seq(ledger.store.conn) == before  # server data: no device event
    assert count(ledger, "SELECT count(*) FROM taxpayers WHERE id = ?", SERVER_TAXPAYER) == 0
    assert count(ledger, "SELECT count(*) FROM taxable_objects") == 0
    assert count(ledger, "SELECT count(*) FROM assessments") == 0
    assert found(ledger, "Lubamba") == [] and found(ledger, "BP-LUB-1") == []  # the index forgot it
    assert ledger.verify().ok


def test_a_taxpayer_with_a_receipt_is_kept_hidden_and_closed_to_payments_and_edits(ledger):
    apply(ledger, server_taxpayer(ledger))
    ledger.open_session(0)
    paid = ledger.pay(taxpayer_id=SERVER_TAXPAYER, tax_code="PAT", period="2026", amount=500_000, method="cash")
    ledger.save_setting(STORED_THROUGH, last_seq(ledger.store.conn))  # pushed: nothing is pending
    apply(ledger, [moved(SERVER_TAXPAYER, zone_id(ledger, "NDE"))])

    assert found(ledger, "Lubamba") == [] and found(ledger, "+243812345678") == []
    assert found(ledger, paid.receipt_no) == [SERVER_TAXPAYER]  # a past receipt still leads to its card
    card = ledger.reads.taxpayer_card(SERVER_TAXPAYER)
    assert (card.withdrawal.reason, card.withdrawal_zone_name) == ("moved", "Ndesha")
    assert card.zone_name == "Katoka" and [p.receipt_no for p in card.payments] == [paid.receipt_no]
    assert [o.reference for o in card.objects] == ["BP-LUB-1"]  # nothing of it was lost
    with pytest.raises(QuittanceError) as refused:
        ledger.pay(taxpayer_id=SERVER_TAXPAYER, tax_code="PAT", period="2026", amount=100_000, method="cash")
    assert refused.value.code == "taxpayer_withdrawn"
    for edit in (lambda: ledger.update_taxpayer(SERVER_TAXPAYER, {"phone": "0991234567"},
                                                expected_version=card.taxpayer["version"]),
                 lambda: ledger.add_taxable_object(taxpayer_id=SERVER_TAXPAYER, kind="market_stall",
                                                   reference="MS-1")):
        with pytest.raises(QuittanceError) as refused:
            edit()
        assert refused.value.code == "taxpayer_withdrawn"
    assert "zones" in refused.value.message("en") and "zones" in refused.value.message("fr")
    assert ledger.verify().ok
    # Void of the past receipt still works: it is about money already taken.
    ledger.void(paid.receipt_no, "erreur de période")
    assert ledger.verify().ok


def test_it_comes_back_when_the_server_sends_it_again(ledger):
    apply(ledger, server_taxpayer(ledger))
    ledger.open_session(0)
    ledger.pay(taxpayer_id=SERVER_TAXPAYER, tax_code="PAT", period="2026", amount=500_000, method="cash")
    ledger.save_setting(STORED_THROUGH, last_seq(ledger.store.conn))
    apply(ledger, [moved(SERVER_TAXPAYER, zone_id(ledger, "NDE"))])
    assert found(ledger, "Lubamba") == []
    changes = apply(ledger, server_taxpayer(ledger, version=5)[:1])  # moved back to KAT
    assert changes.changed == {"withdrawn": [SERVER_TAXPAYER], "taxpayer": [SERVER_TAXPAYER]}
    assert found(ledger, "Lubamba") == [SERVER_TAXPAYER]
    assert ledger.reads.taxpayer_card(SERVER_TAXPAYER).withdrawal is None
    ledger.pay(taxpayer_id=SERVER_TAXPAYER, tax_code="PAT", period="2026", amount=100_000, method="cash")
    assert ledger.verify().ok


def test_an_unpushed_edit_is_never_overwritten_and_the_taxpayer_is_kept(ledger):
    apply(ledger, server_taxpayer(ledger))
    version = ledger.reads.taxpayer_card(SERVER_TAXPAYER).taxpayer["version"]
    ledger.update_taxpayer(SERVER_TAXPAYER, {"phone": "0991234567"}, expected_version=version)
    ledger.save_setting(STORED_THROUGH, last_seq(ledger.store.conn) - 1)  # the edit is not pushed yet
    apply(ledger, [moved(SERVER_TAXPAYER, zone_id(ledger, "NDE"))])
    card = ledger.reads.taxpayer_card(SERVER_TAXPAYER)
    assert card.taxpayer["phone"] == "0991234567" and card.withdrawal is not None
    assert found(ledger, "Lubamba") == []
    assert ledger.verify().ok


def test_a_taxpayer_registered_on_this_device_is_kept(ledger):
    taxpayer_id = ledger.register_taxpayer(name="Mbuyi Thérèse", zone="KAT")
    ledger.save_setting(STORED_THROUGH, last_seq(ledger.store.conn))
    apply(ledger, [moved(taxpayer_id, zone_id(ledger, "NDE"))])
    assert count(ledger, "SELECT count(*) FROM taxpayers WHERE id = ?", taxpayer_id) == 1
    assert found(ledger, "Mbuyi") == [] and ledger.verify().ok


def test_a_zone_taken_from_the_agents_withdraws_its_registry_and_keeps_what_was_recorded(ledger):
    apply(ledger, server_taxpayer(ledger))
    other = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f70"
    apply(ledger, server_taxpayer(ledger, taxpayer_id=other, name="Kanku Odette", zone="NDE")[:1])
    registered_here = ledger.register_taxpayer(name="Mbuyi Thérèse", zone="KAT")
    ledger.save_setting(STORED_THROUGH, last_seq(ledger.store.conn))
    kat = zone_id(ledger, "KAT")
    changes = apply(ledger, [{"kind": "withdrawn", "id": kat, "version": 1, "data": {"kind": "zone", "zone_id": kat}}])
    assert changes.changed == {"withdrawn": [kat]}
    assert count(ledger, "SELECT count(*) FROM taxpayers WHERE id = ?", SERVER_TAXPAYER) == 0
    assert found(ledger, "Mbuyi") == [] and found(ledger, "Kanku") == [other]  # NDE stays
    card = ledger.reads.taxpayer_card(registered_here)
    assert (card.withdrawal.reason, card.withdrawal_zone_name) == ("zone", "Katoka")
    assert ledger.verify().ok


@pytest.mark.parametrize("data", [{"kind": "agent"}, {"kind": "taxpayer", "zone_id": 7}, {}])
def test_a_malformed_withdrawal_is_refused_and_the_page_writes_nothing(ledger, data):
    apply(ledger, server_taxpayer(ledger))
    with pytest.raises(QuittanceError) as refused:
        apply(ledger, [{"kind": "withdrawn", "id": SERVER_TAXPAYER, "version": 4, "data": data}])
    assert refused.value.code == "server_record_invalid"
    assert found(ledger, "Lubamba") == [SERVER_TAXPAYER]


def test_a_withdrawal_of_a_taxpayer_the_device_never_held_changes_nothing(ledger):
    assert not apply(ledger, [moved(SERVER_TAXPAYER, None)])
