"""The calibration page: accents of the pinned page, a column ruler, a width bar, a QR."""
from __future__ import annotations

import zxingcpp
from PIL import ImageOps

from printing.escpos import render_escpos
from printing.profiles import load_profile
from printing.testpage import TEST_QR_TEXT, printer_test_document
from tests.printing.escpos_decoder import decode


def test_test_page_on_58mm():
    profile = load_profile("generic-58")
    job = decode(render_escpos(printer_test_document(profile), profile))
    lines = [line.rstrip() for line in job.lines]
    assert "12345678901234567890123456789012" in lines, "the ruler is exactly 32 columns"
    assert "àâäçéèêëîïôöùûüÿ ÀÂÇÉÈÊËÎÏÔÙÛÜ" in lines
    assert "ãõáíóúâêôç ÃÕÁÍÓÚÂÊÔÇ ª º" in lines
    assert "€ « » ° oe OE ' ..." in lines
    assert "8x ÇüéâäàåçêëèïîìÄÅ" in lines
    assert "Page de code : CP858 (ESC t 19)" in lines
    bar, qr = job.images
    assert bar.width == 384, "the width bar spans every dot"
    found = zxingcpp.read_barcodes(ImageOps.expand(qr, border=40, fill=255))
    assert [f.text for f in found] == [TEST_QR_TEXT]


def test_test_page_in_english_on_80mm():
    profile = load_profile("epson-tm-p80")
    job = decode(render_escpos(printer_test_document(profile, "en"), profile))
    assert "TEST PAGE" in job.text() and "1234567890" * 4 + "12345678" in job.text()
    assert job.qr_native == [TEST_QR_TEXT.encode("utf-8")]
