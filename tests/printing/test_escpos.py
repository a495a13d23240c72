"""The ESC/POS job, decoded byte by byte: reset, code page, accents, emphasis, feed and cut."""
from __future__ import annotations

import pytest

from printing.escpos import render_escpos
from printing.profiles import load_profile
from printing.receipt import receipt_document
from tests.printing.conftest import make_paid
from tests.printing.escpos_decoder import decode


def _job(paid, profile="generic-58", copy=1):
    facts = paid.ledger.reads.receipt_facts(paid.payment.receipt_no)
    return render_escpos(receipt_document(facts, copy), load_profile(profile))


def test_every_job_starts_with_reset_kanji_off_and_the_pinned_code_page(paid):
    data = _job(paid)
    assert data.startswith(b"\x1b@\x1c.\x1bt\x13")  # ESC @, FS ., ESC t 19 (CP858)
    assert decode(data).names()[:4] == ["init", "kanji_off", "codepage", "charset"]


def test_text_prints_in_cp858_with_its_accents(paid):
    job = decode(_job(paid))
    lines = [line.rstrip() for line in job.lines]
    assert "Contribuable : Kabasélé Ngoyi F." in lines
    assert "REÇU DE PAIEMENT" in lines
    assert "MONTANT               15 000 CDF" in lines
    assert "Reste à payer          5 000 CDF" in lines
    assert "       Conservez ce reçu." in lines
    assert all(len(line) <= 32 for line in lines), "a 58 mm line is 32 columns"
    assert "é".encode("cp858") in _job(paid) and "é".encode("utf-8") not in _job(paid)


def test_amount_is_bold_and_double_height_and_title_double_size(paid):
    styled = dict((line.strip(), style) for line, style in decode(_job(paid)).styled)
    assert styled["MONTANT               15 000 CDF"] == 0x18  # bold + double height
    assert styled["REÇU DE PAIEMENT"] == 0x38  # bold + double height + double width
    assert styled["Mode : Espèces"] == 0


def test_a_reprint_prints_duplicata(paid):
    assert "*** DUPLICATA n° 2 ***" in decode(_job(paid, copy=2)).text()


def test_portuguese_receipt_keeps_its_tildes(tmp_path):
    made = make_paid(tmp_path, "pt")
    text = decode(_job(made)).text()
    assert "RECIBO DE PAGAMENTO" in text and "João Gonçalves" in text and "Numerário" in text


@pytest.mark.parametrize("profile, feed, cut", [
    ("generic-58", 4, None), ("pos-5890", 4, None), ("generic-80", 5, 1), ("epson-tm-p80", 5, 1)])
def test_job_ends_with_the_profiles_feed_and_cut(paid, profile, feed, cut):
    commands = decode(_job(paid, profile)).commands
    cuts = [c for c in commands if c[0] == "cut"]
    assert ("feed", feed) in commands
    assert cuts == ([("cut", cut)] if cut is not None else [])
    assert commands[-1] == (("cut", cut) if cut is not None else ("feed", feed))


def test_80mm_lines_use_48_columns(paid):
    lines = decode(_job(paid, "generic-80")).lines
    assert max(len(line) for line in lines) == 48
    assert "MONTANT" + " " * 31 + "15 000 CDF" in lines


def test_image_qr_job_stays_under_6_kb_and_native_under_1_5_kb(paid):
    image_job, native_job = _job(paid, "pos-5890"), _job(paid, "epson-tm-p20")
    assert len(image_job) <= 6 * 1024
    assert len(native_job) <= 1536
    assert decode(image_job).qr_native == [] and len(decode(image_job).images) == 1
    assert decode(native_job).qr_native == [f"https://mairie.example/v/{paid.payment.token}".encode()]
