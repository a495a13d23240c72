"""What the agent's first payment of the day would otherwise load at the worst moment: right
after the payment is recorded, while the receipt screen is drawn. The print and the preview then
imported python-escpos, loaded the fonts and the CLDR number conventions (0.2 s of Python on a
worker, holding the interpreter lock the UI thread needs to draw). Loaded once, after login,
off the UI thread; and the screens' styles are read one screen per turn."""
from __future__ import annotations

import gc

from typing import Callable

from PySide6.QtWidgets import QWidget

from desktop.i18n import LANGUAGES
from desktop.turns import after_frame


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


def settle_heap() -> None:
    """Move every object alive now (modules, screens, styles, fonts: what lives as long as the
    app) out of the collector's reach. Python's cyclic collector otherwise walks them all on each
    full collection, 40 ms at a time at 200,000 taxpayers, in the middle of whatever the agent is
    typing; afterwards a collection walks only what was made since. Called once the start-up and
    warm-up work is done, when nothing is in the agent's way."""
    gc.freeze()


def polish_in_turns(widgets: list[QWidget], then: Callable[[], None] | None = None) -> None:
    """Let the style read the stylesheet for every screen now, one screen per turn of the event
    loop, rather than for the whole screen at the moment it is first shown (the receipt screen is
    first shown right after the first payment, when the UI thread has the most to do). A screen
    with a `warm_up()` method gets it called in its turn."""
    pending = [w for w in widgets]

    def next_one() -> None:
        while pending:
            widget = pending.pop(0)
            if shiboken_valid(widget):
                widget.ensurePolished()
                warm_up = getattr(widget, "warm_up", None)
                if warm_up is not None:  # a screen with first-time costs of its own to pay now
                    warm_up()
                break
        if pending:
            after_frame(pending[0], next_one)
        elif then is not None:
            then()

    if pending:
        after_frame(pending[0], next_one)


def shiboken_valid(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
