"""Receipt series on the device (issue 14, core/series.py): what an answer records, the excerpt
rule, and what a device never enrolled prints (the demo, a trial)."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from core import series
from core.context import WriteContext
from printing.escpos import render_escpos
from printing.pdf import render_pdf
from printing.profiles import load_profile
from printing.receipt import receipt_document
from tests.printing.conftest import make_paid
from tests.printing.escpos_decoder import decode


def test_the_excerpt_is_characters_1_11_21_31_of_the_signature_s_base64():
    # base64 of the bytes 0..63 starts "AAECAwQFBgcICQoLDA0ODxAREhMUFRYX…"
    assert series.signature_excerpt(bytes(range(64)).hex()) == "AcDY"
    assert series.signature_excerpt(None) == ""


@pytest.mark.parametrize("locale, words", [("fr", "série non enregistrée"), ("en", "unregistered series"),
                                           ("pt", "série não registada")])
def test_a_device_never_enrolled_prints_unregistered_series(tmp_path, locale, words):
    made = make_paid(tmp_path, locale)
    try:
        facts = made.ledger.reads.receipt_facts(made.payment.receipt_no)
        assert facts.series_code is None and len(facts.signature_excerpt) == 4
        doc = receipt_document(facts, 1)
        lines = [line.rstrip() for line in decode(render_escpos(doc, load_profile("generic-58"))).lines]
        assert words in lines
        number = next(line for line in lines if made.payment.receipt_no in line)
        assert number.endswith(f"{made.payment.receipt_no} {facts.signature_excerpt}")
        reader = PdfReader(io.BytesIO(render_pdf(doc, "roll")))
        text = "\n".join(page.extract_text() for page in reader.pages)
        assert words in text and facts.signature_excerpt in text
    finally:
        made.ledger.close()


def test_the_excerpt_is_the_payment_event_s_signature(tmp_path):
    made = make_paid(tmp_path)
    try:
        signature = made.ledger.store.conn.execute(
            "SELECT e.signature FROM events e JOIN payments p ON p.event_seq = e.seq").fetchone()[0]
        facts = made.ledger.reads.receipt_facts(made.payment.receipt_no)
        assert facts.signature_excerpt == series.signature_excerpt(signature)
    finally:
        made.ledger.close()


def test_an_answer_records_new_years_and_ignores_malformed_entries(tmp_path):
    made = make_paid(tmp_path)
    ledger = made.ledger
    try:
        context = WriteContext(ledger.device, ledger.municipality, None, "2026-11-30T08:00:00.000Z")
        answer = [{"year": 2026, "code": "K7Q2M9XD", "registered_at": "2026-11-30T08:00:00.000Z"},
                  {"year": 2027, "code": "k7q2m9xd", "registered_at": "2026-11-30T08:00:00.000Z"},  # lower case
                  {"year": 2028, "code": "K7Q2M9X0", "registered_at": "2026-11-30T08:00:00.000Z"},  # 0 is ambiguous
                  {"year": "2029", "code": "K7Q2M9XE", "registered_at": "2026-11-30T08:00:00.000Z"},
                  {"year": 2030, "code": "K7Q2M9XF"}, "2031"]
        with ledger.store.transaction() as conn:
            outcome = series.record_answer(conn, context, answer)
            again = series.record_answer(conn, context, answer[:1])
        assert (outcome.recorded, outcome.malformed, outcome.conflicts) == ([2026], 5, [])
        assert (again.recorded, again.conflicts) == ([], [])  # the same code again: nothing to do
        assert series.registered(ledger.store.conn) == {2026: "K7Q2M9XD"}
        assert ledger.verify().ok
    finally:
        ledger.close()


def test_an_eight_character_device_code_still_fits_the_58_mm_roll(tmp_path):
    made = make_paid(tmp_path, "en")
    try:
        facts = made.ledger.reads.receipt_facts(made.payment.receipt_no)
        # The same receipt from a device with the longest code a server gives (2 to 8 characters).
        facts = replace(facts, payment=replace(facts.payment, receipt_no="ABCDEFGH-2026-000001"))
        lines = [line.rstrip() for line in decode(render_escpos(receipt_document(facts, 1),
                                                                load_profile("generic-58"))).lines]
        assert f"No. ABCDEFGH-2026-000001 {facts.signature_excerpt}" in lines
        assert all(len(line) <= 32 for line in lines)
    finally:
        made.ledger.close()
