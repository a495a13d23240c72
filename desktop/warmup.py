"""What the agent's first payment of the day would otherwise load at the worst moment: right
after the payment is recorded, while the receipt screen is drawn. The print and the preview then
imported python-escpos, loaded the fonts and the CLDR number conventions (0.2 s of Python on a
worker, holding the interpreter lock the UI thread needs to draw). Loaded once, after login,
off the UI thread."""
from __future__ import annotations

from desktop.i18n import LANGUAGES


def load_printing() -> None:
    """On a worker thread: render the printer's test page (never sent) in both forms, so the
    ESC/POS library, the fonts, the image codecs and every language's amount conventions are
    loaded before a receipt needs them."""
    import io

    from core.money import format_money
    from printing.profiles import DEFAULT_PROFILE
    from printing.service import render, resolve_profile
    from printing.testpage import printer_test_document

    profile = resolve_profile(DEFAULT_PROFILE)
    for lang in LANGUAGES:
        format_money(1, "CDF", lang)
    doc = printer_test_document(profile)
    render(doc, "escpos", profile)
    render(doc, "png", profile).save(io.BytesIO(), format="PNG")
