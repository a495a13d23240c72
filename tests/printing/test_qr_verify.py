"""The QR printed on paper proves the receipt: decode it from the job bytes and check the
device's signature; a receipt whose amount was changed fails."""
from __future__ import annotations

import base64
import json

import pytest
import zxingcpp
from PIL import ImageOps

from core.errors import QuittanceError
from core.token import extract_token, verify_token
from printing.escpos import render_escpos
from printing.preview import render_preview
from printing.profiles import load_profile
from printing.receipt import receipt_document
from tests.printing.escpos_decoder import decode


def _scan(image) -> str:
    padded = ImageOps.expand(image, border=40, fill=255)  # the white paper around the code
    # Only QR codes: a phone's scanner app looks for those, and printed text can now and then
    # pass for a linear barcode.
    found = zxingcpp.read_barcodes(padded, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1, "exactly one readable QR code"
    return found[0].text


def _tamper_amount(token: str, amount: int) -> str:
    prefix, body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["a"] = amount
    body_json = json.dumps(claims, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    forged = base64.urlsafe_b64encode(body_json.encode()).rstrip(b"=")
    return f"{prefix}.{forged.decode()}.{signature}"


@pytest.mark.parametrize("profile", ["generic-58", "pos-5890", "generic-80"])
def test_qr_rebuilt_from_the_raster_bytes_carries_a_valid_signed_token(paid, profile):
    facts = paid.ledger.reads.receipt_facts(paid.payment.receipt_no)
    job = decode(render_escpos(receipt_document(facts, 1), load_profile(profile)))
    assert len(job.images) == 1
    scanned = _scan(job.images[0])
    assert scanned.startswith("https://mairie.example/v/Q2.")
    claims = verify_token(extract_token(scanned), paid.ledger.device.public_key)
    assert (claims.receipt_no, claims.amount, claims.currency) == (paid.payment.receipt_no, 1_500_000, "CDF")
    assert (claims.taxpayer_id, claims.tax_code, claims.period) == (paid.taxpayer_id, "PAT", "2026")


def test_qr_modules_print_at_four_dots(paid):
    facts = paid.ledger.reads.receipt_facts(paid.payment.receipt_no)
    image = decode(render_escpos(receipt_document(facts, 1), load_profile("generic-58"))).images[0]
    # version 14 is 73 modules; at 4 dots (0.5 mm) a phone reads it from a crumpled receipt
    assert image.height == 73 * 4


def test_a_tampered_amount_fails_verification(paid):
    facts = paid.ledger.reads.receipt_facts(paid.payment.receipt_no)
    scanned = _scan(decode(render_escpos(receipt_document(facts, 1), load_profile("generic-58"))).images[0])
    token = extract_token(scanned)
    assert _tamper_amount(token, 1_500_000) == token  # the forger's encoding is exact: only the amount differs
    forged = _tamper_amount(token, 9_500_000)
    with pytest.raises(QuittanceError) as refused:
        verify_token(forged, paid.ledger.device.public_key)
    assert refused.value.code == "invalid_token"
    assert verify_token(extract_token(scanned), paid.ledger.device.public_key).amount == 1_500_000


def test_qr_in_the_preview_scans_too(paid):
    facts = paid.ledger.reads.receipt_facts(paid.payment.receipt_no)
    scanned = _scan(render_preview(receipt_document(facts, 1), load_profile("generic-80")))
    assert verify_token(extract_token(scanned), paid.ledger.device.public_key).receipt_no == paid.payment.receipt_no


def test_the_pure_python_fallback_encoder_scans_the_same(paid, monkeypatch):
    from printing import qr

    def no_zxing_encoder(data, level):
        raise AttributeError("create_barcode")
    monkeypatch.setattr(qr, "_zxing_matrix", no_zxing_encoder)
    qr.qr_matrix.cache_clear()
    try:
        facts = paid.ledger.reads.receipt_facts(paid.payment.receipt_no)
        image = decode(render_escpos(receipt_document(facts, 1), load_profile("generic-58"))).images[0]
        scanned = _scan(image)
    finally:
        qr.qr_matrix.cache_clear()
    assert verify_token(extract_token(scanned), paid.ledger.device.public_key).amount == 1_500_000
