"""The receipt model: what a citizen reads, in the municipality's language."""
from __future__ import annotations

from core.ids import short_id
from printing.model import QR
from printing.receipt import receipt_document
from tests.printing.conftest import make_paid


def test_french_receipt_says_what_was_paid(paid):
    doc = receipt_document(paid.ledger.reads.receipt_facts(paid.payment.receipt_no), copy=1)
    texts = doc.texts()
    assert "COMMUNE DE KANANGA" in texts
    assert "REÇU DE PAIEMENT" in texts
    # issue 14: the signature excerpt beside the number, then the series (this device never enrolled)
    number = next(t for t in texts if t.startswith(f"N° {paid.payment.receipt_no} "))
    assert len(number) == len(f"N° {paid.payment.receipt_no} ") + 4
    assert texts[texts.index(number) + 1] == "série non enregistrée"
    assert "Contribuable : Kabasélé Ngoyi F." in texts
    assert "NIF : 0412-88-2231" in texts and "Zone : Katoka" in texts
    assert "Objet : BP-001" in texts
    assert not any(paid.taxpayer_id[:8] in text or short_id(paid.taxpayer_id) in text for text in texts), \
        "the internal id is for the token only"
    assert "Taxe : Patente 2026 (annuelle)" in texts
    assert ("MONTANT", "15\u202f000\u00a0CDF") == (texts[texts.index("MONTANT")], texts[texts.index("MONTANT") + 1])
    assert "quinze mille francs congolais" in texts
    assert "Mode : Espèces" in " ".join(texts)
    assert texts[texts.index("Reste à payer") + 1] == "5\u202f000\u00a0CDF"
    assert not any("DUPLICATA" in t or "ANNULÉ" in t for t in texts)
    qr = [b for b in doc.blocks if isinstance(b, QR)]
    assert qr[0].data == f"https://mairie.example/v/{paid.payment.token}"


def test_reprint_says_duplicata_and_its_copy_number(paid):
    doc = receipt_document(paid.ledger.reads.receipt_facts(paid.payment.receipt_no), copy=3)
    assert "*** DUPLICATA n° 3 ***" in doc.texts()


def test_voided_receipt_says_annule_and_drops_the_stale_balance(paid):
    paid.ledger.void(paid.payment.receipt_no, "Erreur de saisie")
    texts = receipt_document(paid.ledger.reads.receipt_facts(paid.payment.receipt_no), copy=2).texts()
    assert "*** ANNULÉ ***" in texts
    assert "MONTANT (ANNULÉ)" in texts
    assert "Motif : Erreur de saisie" in texts
    assert "Reste à payer" not in texts


def test_portuguese_labels(tmp_path):
    made = make_paid(tmp_path, "pt", amount=1_500_000, method="mobile_money", reference="MM-77812")
    texts = receipt_document(made.ledger.reads.receipt_facts(made.payment.receipt_no), copy=2).texts()
    assert "RECIBO DE PAGAMENTO" in texts
    assert "*** DUPLICADO n.º 2 ***" in texts
    assert "Contribuinte: João Gonçalves" in texts
    assert "Modo: Dinheiro móvel" in texts and "Ref.: MM-77812" in texts
    assert "Saldo em dívida" in texts
    assert "Guarde este recibo." in texts


def test_english_labels_and_credit_after_an_advance(tmp_path):
    made = make_paid(tmp_path, "en", amount=2_500_000, advance=True)
    texts = receipt_document(made.ledger.reads.receipt_facts(made.payment.receipt_no), copy=1).texts()
    assert "PAYMENT RECEIPT" in texts
    assert "Advance payment" in texts
    assert texts[texts.index("Credit (advance)") + 1] == "GHS\u00a05,000"  # CLDR: English puts the currency first


def test_without_a_server_the_qr_holds_the_bare_token(tmp_path):
    made = make_paid(tmp_path, verify_url="")
    doc = receipt_document(made.ledger.reads.receipt_facts(made.payment.receipt_no), copy=1)
    assert [b.data for b in doc.blocks if isinstance(b, QR)] == [made.payment.token]


def test_other_arrears_are_printed_so_zero_left_never_reads_as_paid_up(tmp_path):
    from core import schedule

    made = make_paid(tmp_path, amount=2_000_000)  # 2026 paid in full
    ledger = made.ledger
    object_id = ledger.reads.taxpayer_card(made.taxpayer_id).objects[0].id
    with ledger.store.transaction() as c:
        schedule.assess_object(c, taxable_object_id=object_id, tax_code="PAT", period="2025", now="2026-01-01T00:00:00Z")
    second = ledger.pay(taxpayer_id=made.taxpayer_id, tax_code="PAT", period="2026", amount=100_000,
                        method="cash", advance=True)
    texts = receipt_document(ledger.reads.receipt_facts(second.receipt_no), copy=1).texts()
    assert texts[texts.index("Autres sommes dues") + 1] == "20\u202f000\u00a0CDF"
    first = receipt_document(ledger.reads.receipt_facts(made.payment.receipt_no), copy=2).texts()
    assert "Autres sommes dues" not in first  # nothing else was owed when it was paid
