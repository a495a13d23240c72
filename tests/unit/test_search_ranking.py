"""Issue 8, section 9: search ranks what the agent typed. In a registry with many Kabasélé, what
was typed whole (full name, phone, identity number, receipt number) comes first, then every
word whole, then prefix matches; ties by name."""
import pytest

FILLERS = ["Ngoyi", "Mbuyi", "Tshibangu", "Mukendi", "Kalala", "Ilunga", "Kasongo", "Muamba", "Nkulu", "Bokélé"]


@pytest.fixture
def crowded(ledger):
    """160 Kabasélé registered before the one whose name is exactly "Kabasélé Françoise", so
    that she is far down the index's own order."""
    ids = {}
    for i in range(160):
        ledger.register_taxpayer(name=f"Kabasélé {FILLERS[i % 10]} Françoise {i:03d}")
    ids["prefix_phone"] = ledger.register_taxpayer(name="Aaron Banza", phone="08123456789")
    ids["prefix_id"] = ledger.register_taxpayer(name="Abeli Tshala", id_number="CNI-0001234567")
    ids["words"] = ledger.register_taxpayer(name="Kabasélé Ngoyi Françoise")
    ids["exact"] = ledger.register_taxpayer(name="Kabasélé Françoise", phone="+243 81 234 5678",
                                            id_number="CNI-000123456", zone="KAT")
    ids["prefix_name"] = ledger.register_taxpayer(name="Kabasélé Françoisette")
    return ledger, ids


def ranked(ledger, text, limit=20):
    return [r.hit.taxpayer_id for r in ledger.reads.search(text, limit)]


@pytest.mark.parametrize("typed", ["kabasele francoise", "Kabasélé Françoise", "KABASELE  FRANCOISE"])
def test_the_exact_full_name_comes_first_even_among_many_prefix_matches(crowded, typed):
    ledger, ids = crowded
    results = ledger.reads.search(typed)
    assert results[0].hit.taxpayer_id == ids["exact"]
    # then names holding every word typed as a whole word, by name; "Françoisette" only after them
    after = [r.hit.name for r in results[1:]]
    assert after and all({"Kabasélé", "Françoise"} <= set(name.split()) for name in after)
    assert after == sorted(after)
    assert ids["prefix_name"] in ranked(ledger, typed, limit=200)[162:]


@pytest.mark.parametrize("typed", ["0812345678", "+243 81 234 5678", "243812345678"])
def test_a_phone_typed_whole_comes_before_longer_numbers_it_begins(crowded, typed):
    ledger, ids = crowded
    found = ranked(ledger, typed)
    assert found[0] == ids["exact"]
    if typed == "0812345678":
        assert ids["prefix_phone"] in found  # "08123456789" begins with it: found, but after


def test_an_identity_number_typed_whole_comes_first(crowded):
    ledger, ids = crowded
    assert ranked(ledger, "CNI-000123456")[:2] == [ids["exact"], ids["prefix_id"]]


def test_a_receipt_number_typed_whole_comes_first(crowded):
    ledger, ids = crowded
    ledger.open_session(0)
    object_id = ledger.add_taxable_object(taxpayer_id=ids["words"], kind="business_premises", reference="BP-KAT-0001")
    assert object_id
    receipt = ledger.pay(taxpayer_id=ids["words"], tax_code="PAT", period="2026", amount=100, method="cash")
    results = ledger.reads.search(receipt.receipt_no)
    assert results[0].hit.taxpayer_id == ids["words"]
    assert results[0].hit.matched_receipt == receipt.receipt_no


def test_an_object_reference_typed_whole_comes_first(crowded):
    ledger, ids = crowded
    ledger.add_taxable_object(taxpayer_id=ids["words"], kind="market_stall", reference="MAR-KAT-12")
    ledger.add_taxable_object(taxpayer_id=ids["exact"], kind="market_stall", reference="MAR-KAT-123")
    assert ranked(ledger, "MAR-KAT-12")[:2] == [ids["words"], ids["exact"]]
    assert ranked(ledger, "MAR-KAT-123")[0] == ids["exact"]


def test_prefix_matches_come_after_and_ties_go_by_name(crowded):
    ledger, _ = crowded
    names = [r.hit.name for r in ledger.reads.search("kabasele franc", limit=20)]
    assert names == sorted(names, key=lambda n: n.casefold().replace("é", "e").replace("ç", "c"))
    assert all(name.startswith("Kabasélé") for name in names)


def test_a_name_that_starts_with_the_query_comes_before_one_that_contains_it(ledger):
    ledger.register_taxpayer(name="Ngoyi Kabasélé Aimé")
    ledger.register_taxpayer(name="Kabasélé Zéphirin")
    assert [r.hit.name for r in ledger.reads.search("kaba")] == ["Kabasélé Zéphirin", "Ngoyi Kabasélé Aimé"]
