"""Tax types speak every language the municipality gives them (issue 9): screens show the UI
language's label, receipts the municipality's; the period refusal names its format in the reader's
language, never the French "AAAA" in English."""
from __future__ import annotations

from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

import pytest

from core import migrations
from core.errors import QuittanceError
from core.schedule import TaxType, get_tax_type, list_tax_types, upsert_tax_type
from core.seed import demo_tax_types
from core.service import Ledger


def test_a_tax_type_keeps_its_labels_per_language_and_falls_back_to_its_own(ledger):
    with ledger.store.transaction() as conn:
        upsert_tax_type(conn, TaxType("PAT", "Patente", "annual", "flat", amount=2_000_000,
                                      object_kinds=("business_premises",),
                                      labels={"en": "Business licence", "pt": "Alvará", "sw": "  "}))
    tax = get_tax_type(ledger.store.conn, "PAT")
    assert tax.labels == {"en": "Business licence", "pt": "Alvará"}  # a blank one is no label
    assert [tax.label_in(lang) for lang in ("fr", "en", "pt", "sw")] == \
        ["Patente", "Business licence", "Alvará", "Patente"]
    assert get_tax_type(ledger.store.conn, "MAR").label_in("en") == "Droit de place"  # none given


def test_the_demo_schedule_has_english_and_portuguese_labels():
    for tax in demo_tax_types("CDF"):
        assert tax.label_in("en") != tax.label and tax.label_in("pt") != tax.label, tax.code
    assert {t.code: t.label_in("en") for t in demo_tax_types("CDF")}["PAT"] == "Business licence"


def test_a_v6_file_gets_the_labels_column_and_keeps_its_schedule(tmp_path):
    path = tmp_path / "v6.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    migrations.migrate(conn, target=6)
    conn.execute("INSERT INTO tax_types (code, label, periodicity, basis, amount) "
                 "VALUES ('PAT', 'Patente', 'annual', 'flat', 2000000)")
    conn.execute("COMMIT")
    conn.close()

    ledger = Ledger.open(path)
    try:
        assert migrations.schema_version(ledger.store.conn) == migrations.LATEST_VERSION
        [tax] = list_tax_types(ledger.store.conn)
        assert (tax.label, tax.labels, tax.label_in("en")) == ("Patente", {}, "Patente")
    finally:
        ledger.close()


def test_the_receipt_prints_the_label_in_the_municipality_language(ledger, taxpayer):
    with ledger.store.transaction() as conn:
        upsert_tax_type(conn, TaxType("PAT", "Patente", "annual", "flat", amount=2_000_000,
                                      object_kinds=("business_premises",), labels={"pt": "Alvará"}))
    ledger.open_session(0)
    payment = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
    assert ledger.reads.receipt_facts(payment.receipt_no).tax_label == "Patente"  # a French municipality
    ledger.update_municipality(locale="pt")
    assert ledger.reads.receipt_facts(payment.receipt_no).tax_label == "Alvará"


@pytest.mark.parametrize("tax, period, expected", [
    ("PAT", "26", {"fr": "AAAA, par ex. 2026", "en": "YYYY, e.g. 2026", "pt": "AAAA, p. ex. 2026"}),
    ("MAR", "2026-13", {"fr": "AAAA-MM", "en": "YYYY-MM, e.g. 2026-03", "pt": "AAAA-MM, p. ex."}),
])
def test_a_wrong_period_names_its_format_in_the_reader_language(ledger, taxpayer, tax, period, expected):
    ledger.open_session(0)
    with pytest.raises(QuittanceError) as raised:
        ledger.pay(taxpayer_id=taxpayer, tax_code=tax, period=period, amount=100_000, method="cash",
                   advance=True)
    assert raised.value.code == "invalid_period"
    for lang, fragment in expected.items():
        assert fragment in raised.value.message(lang), lang
    assert "AAAA" not in raised.value.message("en") and "AAAA" not in str(raised.value)
