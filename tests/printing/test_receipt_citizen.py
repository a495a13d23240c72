"""Issue 9, "the receipt, read by a citizen": decoded from the real ESC/POS bytes and the real PDF.

What a citizen can type is whole on its own line, within 32 columns at 58 mm (48 at 80 mm); the
taxpayer is named with their identity number and the object, never the internal id; the
municipality's address, logo and own line are printed."""
from __future__ import annotations

import io
import re
import uuid

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from core.ids import short_id
from core.token import verification_code
from printing import service
from printing.receipt import url_lines, verification_site
from tests.printing.conftest import ID_NUMBERS, TOWNS, make_paid
from tests.printing.escpos_decoder import decode

COLUMNS = {"generic-58": 32, "pos-5890": 32, "epson-tm-p20": 32, "generic-80": 48, "epson-tm-p80": 48}
TOWN = {"address": "Hôtel de ville, boulevard Lumumba, Kananga",
        "receipt_line": "Merci : vos taxes construisent Kananga."}


def _png(size: tuple[int, int], fill=(0, 90, 200, 255)) -> bytes:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((0, 0, size[0] - 1, size[1] - 1), fill=fill)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _escpos(made, profile: str):
    return decode(service.render_receipt(made.ledger, made.payment.receipt_no, "escpos", profile))


def _printed_width(line: str, style: int) -> int:
    return len(line.rstrip()) * (2 if style & 0x20 else 1)  # ESC ! bit 5: double width


def _internal_ids(made) -> list[str]:
    ids = [made.taxpayer_id, made.payment.id, made.ledger.device.id]
    return [form for value in ids for form in (value, uuid.UUID(value).hex, short_id(value), value[:8])]


@pytest.mark.parametrize("locale", ["fr", "en", "pt"])
@pytest.mark.parametrize("profile", sorted(COLUMNS))
def test_every_line_fits_and_the_taxpayer_is_named_not_numbered(tmp_path, locale, profile):
    made = make_paid(tmp_path, locale, municipality=TOWN, logo=_png((400, 200)))
    job = _escpos(made, profile)
    too_wide = [line for line, style in job.styled if _printed_width(line, style) > COLUMNS[profile]]
    assert not too_wide, f"wider than {COLUMNS[profile]} columns: {too_wide}"
    text = job.text()
    name = TOWNS[locale][2]
    assert name in text and ID_NUMBERS[locale] in text and "BP-001" in text
    for internal in _internal_ids(made):
        assert internal not in text, f"internal id {internal} printed"
    lines = [line.strip() for line in job.lines]
    assert TOWN["address"] in " ".join(lines) and "Hôtel de ville" in text
    assert "Merci : vos taxes" in text


@pytest.mark.parametrize("profile", ["generic-58", "generic-80"])
def test_the_short_url_is_printed_whole_on_its_own_line(tmp_path, profile):
    made = make_paid(tmp_path)  # https://mairie.example/v
    code = verification_code(made.payment.token)
    lines = [line.strip() for line in _escpos(made, profile).lines]
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", code), "Crockford base 32, grouped"
    index = lines.index(f"mairie.example/v/{code}")
    assert lines[index - 1] == "Vérifier sur :"
    assert not any(line.endswith("…") for line in lines), "nothing is cut short"


def test_a_long_site_prints_on_its_own_lines_then_the_code_alone(tmp_path):
    site = "https://verification.recettes.kananga.gouv.cd/recus-de-paiement"
    made = make_paid(tmp_path, verify_url=site)
    code = verification_code(made.payment.token)
    job = _escpos(made, "generic-58")
    lines = [line.strip() for line in job.lines]
    start = lines.index("Vérifier sur :")
    block = lines[start + 1:lines.index("Code de vérification :")]
    assert "".join(block) == "verification.recettes.kananga.gouv.cd/recus-de-paiement"
    assert all(len(line) <= 32 for line in block) and len(block) == 2
    assert block[0].endswith((".", "/")), "broken after a dot or a slash, not mid-word"
    after = lines[lines.index("Code de vérification :") + 1]
    assert after == code
    styled = dict((line.strip(), style) for line, style in job.styled)
    assert styled[code] & 0x08, "the code is bold"
    assert [line for line, style in job.styled if _printed_width(line, style) > 32] == []


def test_without_a_verification_site_the_code_is_printed_under_the_bare_token(tmp_path):
    made = make_paid(tmp_path, "en", verify_url="")
    lines = [line.strip() for line in _escpos(made, "generic-58").lines]
    code = verification_code(made.payment.token)
    assert lines[lines.index("Verification code:") + 1] == code


def test_url_lines_break_after_dots_and_slashes_and_lose_nothing():
    site = verification_site("https://a-very-long-municipal-domain.example.gov/receipt-verification/v/")
    assert site == "a-very-long-municipal-domain.example.gov/receipt-verification/v"
    lines = url_lines(site)
    assert "".join(lines) == site and all(len(line) <= 32 for line in lines)
    assert url_lines("x" * 70) == ["x" * 32, "x" * 32, "x" * 6], "a name with no dot is still never lost"


@pytest.mark.parametrize("profile, dots, size", [("generic-58", 384, (288, 144)), ("generic-80", 576, (320, 160))])
def test_the_logo_prints_as_a_raster_dithered_to_the_heads_width(tmp_path, profile, dots, size):
    grey = Image.new("RGB", (480, 240), (128, 128, 128))  # mid-grey: only dithering prints it as grey
    out = io.BytesIO()
    grey.save(out, format="JPEG")
    made = make_paid(tmp_path, logo=out.getvalue())
    job = _escpos(made, profile)
    rasters = [c for c in job.commands if c[0] == "raster"]
    assert len(rasters) == 2, "GS v 0 for the logo, then the QR"
    logo = job.images[0]
    assert logo.size == size and logo.width <= dots
    assert job.commands.index(rasters[0]) < min(i for i, c in enumerate(job.commands) if c[0] == "style" and c[1])
    burnt = logo.convert("L").histogram()[0] / (logo.width * logo.height)
    assert 0.3 < burnt < 0.7, f"a mid-grey logo is dithered, not thresholded ({burnt:.0%} black)"


def test_the_pdf_says_the_same_to_the_citizen(tmp_path):
    made = make_paid(tmp_path, municipality=TOWN, logo=_png((300, 300)))
    pdf = service.render_receipt(made.ledger, made.payment.receipt_no, "pdf")
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    code = verification_code(made.payment.token)
    for expected in ("Kabasélé Ngoyi F.", "NIF : 0412-88-2231", "Objet : BP-001", TOWN["address"],
                     TOWN["receipt_line"], f"mairie.example/v/{code}"):
        assert expected in text
    for internal in _internal_ids(made):
        assert internal not in text
    assert any("/Image" in str(obj.get_object().get("/Subtype", "")) for obj in
               reader.pages[0]["/Resources"]["/XObject"].values()), "the logo is drawn"


def test_the_preview_shows_the_logo_above_the_name(tmp_path):
    made = make_paid(tmp_path, logo=_png((200, 200), fill=(0, 0, 0, 255)))
    image = service.render_receipt(made.ledger, made.payment.receipt_no, "png", "generic-58")
    top = image.crop((0, 0, image.width, 120))
    assert top.convert("L").histogram()[0] > 5_000, "a black disc is printed at the top"
    (tmp_path / "plain").mkdir()
    without = make_paid(tmp_path / "plain")
    bare = service.render_receipt(without.ledger, without.payment.receipt_no, "png", "generic-58")
    assert image.height - bare.height >= 150


def test_the_sample_script_writes_every_roll_and_language(tmp_path):
    from printing.samples import main

    assert main([str(tmp_path / "receipts")]) == 0
    for width, dots in (("58", 384), ("80", 576)):
        for locale in ("fr", "en", "pt"):
            with Image.open(tmp_path / "receipts" / f"receipt-{width}-{locale}.png") as image:
                assert image.width == dots and image.height > 1_000
