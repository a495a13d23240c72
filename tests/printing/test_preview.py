"""The preview is the paper: same width in dots, same lines as the ESC/POS job."""
from __future__ import annotations

import pytest

from printing.escpos import render_escpos
from printing.preview import LINE_PITCH, render_preview
from printing.profiles import load_profile
from printing.receipt import receipt_document
from tests.printing.escpos_decoder import decode


@pytest.mark.parametrize("profile, dots", [("generic-58", 384), ("generic-80", 576), ("epson-tm-p20", 384)])
def test_preview_is_as_wide_as_the_print_head(paid, profile, dots):
    image = render_preview(receipt_document(paid.ledger.reads.receipt_facts(paid.payment.receipt_no), 1),
                           load_profile(profile))
    assert image.width == dots
    used = {value for value, count in enumerate(image.histogram()) if count}
    assert used == {0, 255}, "a thermal dot is burnt or not"


def test_preview_is_as_long_as_the_printed_receipt(paid):
    profile = load_profile("generic-58")
    doc = receipt_document(paid.ledger.reads.receipt_facts(paid.payment.receipt_no), 1)
    job = decode(render_escpos(doc, profile))
    tall = sum(1 for _, style in job.styled if style & 0x10)
    expected = (len(job.lines) + tall + profile.feed_lines) * LINE_PITCH + sum(i.height for i in job.images)
    assert abs(render_preview(doc, profile).height - expected) <= LINE_PITCH
