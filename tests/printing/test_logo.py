"""An optional municipal logo: its bytes stored at init (or, on older devices, a file named in the
settings); a broken one never stops a receipt."""
from __future__ import annotations

from PIL import Image, ImageDraw

from printing import service
from tests.printing.escpos_decoder import decode


def test_logo_prints_above_the_receipt_and_stays_small(paid, tmp_path):
    seal = Image.new("RGBA", (800, 400), (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse((10, 10, 390, 390), fill=(20, 60, 160, 255))
    seal.save(tmp_path / "seal.png")
    paid.ledger.save_setting(service.SETTING_LOGO, str(tmp_path / "seal.png"))
    job = decode(service.render_receipt(paid.ledger, paid.payment.receipt_no, "escpos", "generic-58"))
    logo, qr = job.images
    assert logo.width <= 384 * 0.75 + 8 and logo.height <= 160
    assert abs(logo.width - 2 * logo.height) <= 2, "the seal keeps its proportions"
    assert qr.height == 73 * 4  # the width is padded to whole bytes


def test_a_missing_logo_file_is_ignored(paid, tmp_path):
    paid.ledger.save_setting(service.SETTING_LOGO, str(tmp_path / "gone.png"))
    job = decode(service.render_receipt(paid.ledger, paid.payment.receipt_no, "escpos", "generic-58"))
    assert len(job.images) == 1 and "REÇU DE PAIEMENT" in job.text()


def test_the_stored_logo_wins_over_an_old_path_setting(paid, tmp_path):
    Image.new("RGB", (800, 400), "black").save(tmp_path / "old.png")
    paid.ledger.save_setting(service.SETTING_LOGO, str(tmp_path / "old.png"))
    square = tmp_path / "new.png"
    Image.new("RGB", (300, 300), "black").save(square)
    paid.ledger.set_logo(square.read_bytes())
    square.unlink()
    logo = decode(service.render_receipt(paid.ledger, paid.payment.receipt_no, "escpos", "generic-58")).images[0]
    assert logo.size == (160, 160), "the stored square logo, capped at 160 dots high"
