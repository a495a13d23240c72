import uuid

from core.ids import new_id, uuid7


def test_uuid7_has_version_7_and_rfc_variant():
    value = uuid7()
    assert value.version == 7
    assert value.variant == uuid.RFC_4122


def test_ids_made_in_a_burst_sort_in_creation_order_and_never_repeat():
    ids = [new_id() for _ in range(5000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)


def test_every_field_record_gets_a_device_made_uuid7(ledger, taxpayer):
    ledger.open_session(0)
    payment = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash")
    for record_id in (taxpayer, payment.id, payment.session_id):
        assert uuid.UUID(record_id).version == 7
