"""What a municipality prints on its receipts, set at `init`: address, logo and its own last line.

The logo's bytes are checked at init (PNG or JPEG, size limits), stored in the database, and a
refused logo refuses the whole init with one clear line in the language asked for."""
from __future__ import annotations

import io
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

import pytest
from PIL import Image

from core.config import RECEIPT_TEXT_MAX, Municipality
from core.errors import QuittanceError
from core.logo import MAX_FILE_BYTES, SETTING, prepare_logo
from core.service import Ledger
from desktop.main import main


@pytest.fixture(autouse=True)
def agent_pin(monkeypatch, tmp_path):
    monkeypatch.setenv("QUITTANCE_PIN", "1234")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))


def _image(size=(300, 150), fmt="PNG", mode="RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "navy").save(out, format=fmt)
    return out.getvalue()


def _init(capsys, db, *extra, locale="fr"):
    code = main([str(a) for a in ("init", "--db", db, "--municipality", "Commune de Kananga", "--currency", "CDF",
                                  "--device-code", "T07", "--agent", "Ilunga", "--pin", "1234",
                                  "--locale", locale, *extra)])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def _initialised(db) -> bool:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM settings WHERE key IN ('device', ?)", (SETTING,)).fetchone()[0] > 0
    finally:
        conn.close()


def test_init_stores_address_line_and_logo_bytes_so_the_file_can_go(tmp_path, capsys):
    logo = tmp_path / "sceau.jpg"
    logo.write_bytes(_image((1200, 600), "JPEG"))
    db = tmp_path / "device.db"
    code, _, err = _init(capsys, db, "--address", "Hôtel de ville, Kananga", "--logo", logo,
                         "--receipt-line", "Merci de contribuer.", "--service", "Service des recettes")
    assert code == 0, err
    logo.unlink()  # a USB key pulled out: the device no longer needs the file
    ledger = Ledger.open(db)
    try:
        town = ledger.municipality
        assert (town.address, town.receipt_line, town.service_name) == \
            ("Hôtel de ville, Kananga", "Merci de contribuer.", "Service des recettes")
        stored = Image.open(io.BytesIO(ledger.logo()))
        assert stored.format == "PNG" and stored.size == (600, 300), "normalised, proportions kept"
    finally:
        ledger.close()


@pytest.mark.parametrize("locale, needle", [
    ("fr", "n'est pas une image PNG ou JPEG lisible"),
    ("en", "is not a readable PNG or JPEG image"),
    ("pt", "não é uma imagem PNG ou JPEG legível"),
])
def test_init_with_a_gif_is_refused_in_the_language_asked_for(tmp_path, capsys, locale, needle):
    logo = tmp_path / "logo.gif"
    Image.new("RGB", (100, 100), "red").save(logo, format="GIF")
    db = tmp_path / "device.db"
    code, out, err = _init(capsys, db, "--logo", logo, locale=locale)
    assert code == 2 and needle in err and str(logo) in err and len(err.splitlines()) == 1
    assert not out and not _initialised(db), "a refused logo refuses the whole init"


def test_init_with_a_missing_logo_file_names_it(tmp_path, capsys):
    code, _, err = _init(capsys, tmp_path / "device.db", "--logo", tmp_path / "nowhere.png", locale="en")
    assert code == 2 and f'The logo "{tmp_path / "nowhere.png"}" cannot be read' in err


@pytest.mark.parametrize("data, code", [
    (b"GIF89a" + bytes(200), "logo_not_an_image"),
    (_image()[:200], "logo_not_an_image"),  # a PNG cut short: refused at init, not on a receipt
    (b"not an image at all", "logo_not_an_image"),
    (_image((10, 10)), "logo_bad_dimensions"),
    (_image((5000, 20), mode="1"), "logo_bad_dimensions"),
    (bytes(MAX_FILE_BYTES + 1), "logo_too_heavy"),
])
def test_bad_logos_are_refused_with_a_reason(data, code):
    with pytest.raises(QuittanceError) as refused:
        prepare_logo(data, "seal.png")
    assert refused.value.code == code
    for locale in ("fr", "en", "pt"):
        message = refused.value.message(locale)
        assert "seal.png" in message and "{" not in message


def test_a_transparent_png_is_kept_with_its_transparency():
    stored = Image.open(io.BytesIO(prepare_logo(_image((64, 64), mode="RGBA"))))
    assert stored.mode == "RGBA" and stored.size == (64, 64)


@pytest.mark.parametrize("field", ["address", "receipt_line"])
def test_receipt_texts_too_long_or_with_control_characters_are_refused(tmp_path, field):
    ledger = Ledger.open(tmp_path / "device.db", create=True)
    try:
        with pytest.raises(QuittanceError) as refused:
            ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF", **{field: "x" * (RECEIPT_TEXT_MAX + 1)}),
                              "T07")
        assert refused.value.code == "receipt_text_too_long"
        assert "121" in refused.value.message("en") and "{" not in refused.value.message("pt")
        with pytest.raises(QuittanceError) as refused:
            ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF", **{field: "Merci\x1b[2J"}), "T07")
        assert refused.value.code == "control_character"
        assert not ledger.is_initialised()
    finally:
        ledger.close()


def test_the_logo_can_be_replaced_and_removed(tmp_path):
    ledger = Ledger.open(tmp_path / "device.db", create=True)
    try:
        ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF"), "T07", logo=_image((100, 50)))
        ledger.set_logo(_image((40, 40), "JPEG"))
        assert Image.open(io.BytesIO(ledger.logo())).size == (40, 40)
        ledger.set_logo(None)
        assert ledger.logo() is None
    finally:
        ledger.close()
